/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "dlg-enums.h"
#include "dlg-destination.h"
#include "dlg-place.h"
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

typedef enum
{
  DLG_MEMBER_FIELD_NAME,
  DLG_MEMBER_FIELD_PARTY,
  DLG_MEMBER_FIELD_ROLE,
  DLG_MEMBER_FIELD_DELEGATION,
  DLG_MEMBER_FIELD_STATUS,
} DlgMemberField;
#define DLG_N_MEMBER_FIELDS (DLG_MEMBER_FIELD_STATUS + 1)

/* The text a column shows for a field ("" when unknown). */
const char      *dlg_member_get_field_text       (DlgMember      *self,
                                                  DlgMemberField  field);
/* Locale collation key of a field, made by the loader. */
const char      *dlg_member_get_sort_key         (DlgMember      *self,
                                                  DlgMemberField  field);
/* TRUE when folded_term (see dlg_text_fold()) occurs in the member's
 * name, party, role, delegation or its delegation's destinations. */
gboolean         dlg_member_matches              (DlgMember      *self,
                                                  const char     *folded_term);
/* When the member matches folded_term only through a stop of their route
 * (not their own name, party, role or delegation): that stop, else NULL */
DlgDestination  *dlg_member_match_stop           (DlgMember      *self,
                                                  const char     *folded_term);

/* Format 1.1 */
DlgMembership       dlg_member_get_membership   (DlgMember *self);
/* The destinations (DlgDestination) this member attended, in route
 * order: the delegation's whole route unless the file says otherwise
 * (format 1.2: a member whose travel is unconfirmed attended no stop
 * known; stops not known are in dlg_member_get_not_known()).  Stops the
 * delegation planned and did not visit stay on the route of a member
 * who went with it, with their status. */
GPtrArray          *dlg_member_get_route        (DlgMember *self);
/* TRUE when the file says which legs the member attended or missed */
gboolean            dlg_member_has_legs         (DlgMember *self);
/* The destinations the member missed (empty when none) and the sources
 * the file gives for the member's legs */
GPtrArray          *dlg_member_get_missed       (DlgMember *self);
const char * const *dlg_member_get_legs_sources (DlgMember *self);
/* Format 1.2: the stops of the delegation's route (visited ones) that no
 * source places the member at or away from: "not known", never "missed" */
GPtrArray          *dlg_member_get_not_known    (DlgMember *self);
/* What the sources say of the member at one stop of the delegation's
 * route, with the sources (never NULL) and how sure it is.  A member
 * with the delegation's whole route attended every stop as surely as
 * both the member and the stop are; a stop the member did not travel
 * to at all (withdrew, declined) is not known. */
DlgAttendance       dlg_member_get_attendance   (DlgMember           *self,
                                                 DlgDestination      *stop,
                                                 const char * const **sources,
                                                 DlgCertainty        *certainty);

/* The member's status with what is known of their legs, for a table:
 * "Travelled", "Travelled, missed 2 stops", "Travelled, 3 stops not
 * known", "Travelled, missed 1 stop, 2 not known", "Travelled, stops not
 * known" (no source places them at any stop).  Only a travelled member's
 * legs are told: who withdrew, declined or is unconfirmed was at no stop
 * known, and the status says so. */
char               *dlg_member_dup_status_text  (DlgMember *self);

/* "Manama → Kuwait City → Paris (Planned, not visited)": the stops
 * (DlgDestination) of a route, place names bidi-isolated, for people;
 * it starts with the language's direction mark ("" for no stops) */
char               *dlg_route_text              (GPtrArray *stops);

G_END_DECLS
