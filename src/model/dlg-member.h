#pragma once

#include "dlg-enums.h"
#include "dlg-record.h"

G_BEGIN_DECLS

#define DLG_TYPE_MEMBER (dlg_member_get_type ())
G_DECLARE_FINAL_TYPE (DlgMember, dlg_member, DLG, MEMBER, DlgRecord)

const char      *dlg_member_get_name             (DlgMember *self);
const char      *dlg_member_get_party            (DlgMember *self);
const char      *dlg_member_get_role             (DlgMember *self);
DlgRoleKind      dlg_member_get_role_kind        (DlgMember *self);
DlgMemberStatus  dlg_member_get_status           (DlgMember *self);
gboolean         dlg_member_get_is_leader        (DlgMember *self);
const char      *dlg_member_get_delegation_id    (DlgMember *self);
const char      *dlg_member_get_delegation_label (DlgMember *self);
const char      *dlg_member_get_side_id          (DlgMember *self);
const char      *dlg_member_get_side_name        (DlgMember *self);

G_END_DECLS
