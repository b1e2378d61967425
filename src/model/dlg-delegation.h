/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "dlg-member.h"
#include "dlg-place.h"
#include "dlg-record.h"

G_BEGIN_DECLS

#define DLG_TYPE_DELEGATION (dlg_delegation_get_type ())
G_DECLARE_FINAL_TYPE (DlgDelegation, dlg_delegation, DLG, DELEGATION, DlgRecord)

const char *dlg_delegation_get_label             (DlgDelegation *self);
DlgMember  *dlg_delegation_get_leader            (DlgDelegation *self);
const char *dlg_delegation_get_from              (DlgDelegation *self);
const char *dlg_delegation_get_to                (DlgDelegation *self);
gboolean    dlg_delegation_get_dates_approximate (DlgDelegation *self);
/* GListModel of DlgMember, in dataset order */
GListModel *dlg_delegation_get_members           (DlgDelegation *self);
/* GListModel of DlgDestination, in dataset order (the route) */
GListModel *dlg_delegation_get_destinations      (DlgDelegation *self);
const char *dlg_delegation_get_side_id           (DlgDelegation *self);

/* Format 1.1: the figures announced for it, or NULL */
const DlgAnnounced *dlg_delegation_get_announced (DlgDelegation *self);
/* Format 1.2: TRUE when the file says who went where in full, so that a
 * stop a member's "attended" does not name was missed */
gboolean    dlg_delegation_get_attendance_complete (DlgDelegation *self);

G_END_DECLS
