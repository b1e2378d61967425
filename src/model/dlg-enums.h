/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  DLG_ROLE_KIND_SITTING_LEGISLATOR,
  DLG_ROLE_KIND_MINISTER,
  DLG_ROLE_KIND_FORMER_MINISTER,
  DLG_ROLE_KIND_FORMER_DIPLOMAT,
  DLG_ROLE_KIND_OFFICIAL,
  DLG_ROLE_KIND_OTHER,
} DlgRoleKind;
#define DLG_N_ROLE_KINDS (DLG_ROLE_KIND_OTHER + 1)

typedef enum
{
  DLG_MEMBER_STATUS_TRAVELLED,
  DLG_MEMBER_STATUS_WITHDREW,
  DLG_MEMBER_STATUS_DECLINED,
  DLG_MEMBER_STATUS_UNCONFIRMED,
} DlgMemberStatus;
#define DLG_N_MEMBER_STATUSES (DLG_MEMBER_STATUS_UNCONFIRMED + 1)

typedef enum
{
  DLG_VISIT_STATUS_PLANNED,
  DLG_VISIT_STATUS_VISITED,
  DLG_VISIT_STATUS_PLANNED_NOT_VISITED,
} DlgVisitStatus;
#define DLG_N_VISIT_STATUSES (DLG_VISIT_STATUS_PLANNED_NOT_VISITED + 1)

typedef enum
{
  DLG_UNSC_PERMANENT,
  DLG_UNSC_ELECTED,
  DLG_UNSC_NONE,
  DLG_UNSC_NOT_A_STATE,
} DlgUnsc;
#define DLG_N_UNSC (DLG_UNSC_NOT_A_STATE + 1)

/* Format 1.1: who belongs to the delegation, and who travels with it */
typedef enum
{
  DLG_MEMBERSHIP_MEMBER,
  DLG_MEMBERSHIP_ACCOMPANYING,
} DlgMembership;

typedef enum
{
  DLG_PLACE_KIND_CAPITAL,
  DLG_PLACE_KIND_CITY,
  DLG_PLACE_KIND_INTERNATIONAL_ORGANISATION,
} DlgPlaceKind;

/* Format 1.2: what a source is.  An announcement (a report of plans)
 * never counts as confirmation. */
typedef enum
{
  DLG_SOURCE_KIND_NEWS_REPORT,
  DLG_SOURCE_KIND_OFFICIAL_STATEMENT,
  DLG_SOURCE_KIND_ANNOUNCEMENT,
} DlgSourceKind;

/* Format 1.2: how sure a fact is, derived from its sources: two or more
 * independent ones (not announcements) confirm it; one is a single
 * source; none, or a flag in the file, leaves it unconfirmed; recorded
 * disagreements make it disputed.  In order of doubt. */
typedef enum
{
  DLG_CERTAINTY_CONFIRMED,
  DLG_CERTAINTY_SINGLE_SOURCE,
  DLG_CERTAINTY_UNCONFIRMED,
  DLG_CERTAINTY_DISPUTED,
} DlgCertainty;
#define DLG_N_CERTAINTIES (DLG_CERTAINTY_DISPUTED + 1)

/* Format 1.2: a person at one stop of their delegation's route */
typedef enum
{
  DLG_ATTENDANCE_ATTENDED,
  DLG_ATTENDANCE_MISSED,
  DLG_ATTENDANCE_NOT_KNOWN,
} DlgAttendance;

#define DLG_TYPE_ROLE_KIND (dlg_role_kind_get_type ())
#define DLG_TYPE_MEMBER_STATUS (dlg_member_status_get_type ())
#define DLG_TYPE_VISIT_STATUS (dlg_visit_status_get_type ())
#define DLG_TYPE_UNSC (dlg_unsc_get_type ())
#define DLG_TYPE_MEMBERSHIP (dlg_membership_get_type ())
#define DLG_TYPE_PLACE_KIND (dlg_place_kind_get_type ())
#define DLG_TYPE_SOURCE_KIND (dlg_source_kind_get_type ())
#define DLG_TYPE_CERTAINTY (dlg_certainty_get_type ())
#define DLG_TYPE_ATTENDANCE (dlg_attendance_get_type ())

GType dlg_role_kind_get_type     (void) G_GNUC_CONST;
GType dlg_member_status_get_type (void) G_GNUC_CONST;
GType dlg_visit_status_get_type  (void) G_GNUC_CONST;
GType dlg_unsc_get_type          (void) G_GNUC_CONST;
GType dlg_membership_get_type    (void) G_GNUC_CONST;
GType dlg_place_kind_get_type    (void) G_GNUC_CONST;
GType dlg_source_kind_get_type   (void) G_GNUC_CONST;
GType dlg_certainty_get_type     (void) G_GNUC_CONST;
GType dlg_attendance_get_type    (void) G_GNUC_CONST;

/* The JSON spelling of a value ("sitting-legislator") and back. */
const char *dlg_enum_to_nick   (GType        enum_type,
                                int          value);
gboolean    dlg_enum_from_nick (GType        enum_type,
                                const char  *nick,
                                int         *value);
/* Comma-separated list of accepted nicks, for error messages. */
char       *dlg_enum_list_nicks (GType       enum_type);

/* Translated label for people ("Sitting legislator"). */
const char *dlg_role_kind_to_label     (DlgRoleKind     kind);
const char *dlg_member_status_to_label (DlgMemberStatus status);
const char *dlg_visit_status_to_label  (DlgVisitStatus  status);
const char *dlg_unsc_to_label          (DlgUnsc         unsc);
const char *dlg_membership_to_label    (DlgMembership   membership);
const char *dlg_place_kind_to_label    (DlgPlaceKind    kind);

/* Format 1.2 */
const char *dlg_certainty_to_label  (DlgCertainty  certainty);
/* "" for a confirmed fact, else the one-character mark outputs put after
 * the fact ("†", "?", "≠"); never a colour alone */
const char *dlg_certainty_to_mark   (DlgCertainty  certainty);
/* What the marks mean, one sentence, for every output that shows them */
char       *dlg_certainty_legend    (void);
const char *dlg_attendance_to_label (DlgAttendance attendance);

G_END_DECLS
