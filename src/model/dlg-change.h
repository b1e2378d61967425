/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What changed between two versions of a dataset (dlg-diff.h), in the
 * order a report lists them within one delegation. */
typedef enum
{
  DLG_CHANGE_SIDE_ADDED,
  DLG_CHANGE_SIDE_REMOVED,
  DLG_CHANGE_SIDE_CHANGED,
  DLG_CHANGE_DELEGATION_ADDED,
  DLG_CHANGE_DELEGATION_REMOVED,
  DLG_CHANGE_DELEGATION_CHANGED,
  /* an object matched by name whose id changed: field "id" */
  DLG_CHANGE_ID_CHANGED,
  DLG_CHANGE_MEMBER_ADDED,
  DLG_CHANGE_MEMBER_REMOVED,
  DLG_CHANGE_MEMBER_CHANGED,
  DLG_CHANGE_STOP_ADDED,
  DLG_CHANGE_STOP_REMOVED,
  /* its status became planned-not-visited: now recorded as not visited
   * (not "cancelled": no source need have said why) */
  DLG_CHANGE_STOP_NOT_VISITED,
  /* its certainty went up (towards confirmed) */
  DLG_CHANGE_STOP_CONFIRMED,
  DLG_CHANGE_STOP_DATES_MOVED,
  /* its certainty went down */
  DLG_CHANGE_STOP_CERTAINTY_CHANGED,
  /* another field of a stop (its status, planned to visited) */
  DLG_CHANGE_STOP_CHANGED,
  DLG_CHANGE_SOURCE_ADDED,
  DLG_CHANGE_SOURCE_REMOVED,
  DLG_CHANGE_SOURCE_CHANGED,
  /* the sources a fact cites */
  DLG_CHANGE_SOURCES_CHANGED,
  DLG_CHANGE_NOTES_CHANGED,
  DLG_CHANGE_DISAGREEMENTS_CHANGED,
} DlgChangeKind;
#define DLG_N_CHANGE_KINDS (DLG_CHANGE_DISAGREEMENTS_CHANGED + 1)

#define DLG_TYPE_CHANGE_KIND (dlg_change_kind_get_type ())
GType dlg_change_kind_get_type (void) G_GNUC_CONST;

/* "member removed": the kind for people */
const char *dlg_change_kind_to_label (DlgChangeKind kind);

/* One change; immutable.  Texts are NULL where they do not apply (no
 * delegation for a side's change, no old value for an addition). */
#define DLG_TYPE_CHANGE (dlg_change_get_type ())
G_DECLARE_FINAL_TYPE (DlgChange, dlg_change, DLG, CHANGE, GObject)

DlgChangeKind       dlg_change_get_kind             (DlgChange *self);
const char         *dlg_change_get_side_id          (DlgChange *self);
const char         *dlg_change_get_side_name        (DlgChange *self);
const char         *dlg_change_get_delegation_id    (DlgChange *self);
const char         *dlg_change_get_delegation_label (DlgChange *self);
/* What it is about, for a link: the DlgMember, DlgDestination,
 * DlgSource, DlgDelegation, DlgSide or (its sources, notes and
 * disagreements) the DlgDataset, of the new version, or of the old one
 * when it was removed */
gpointer            dlg_change_get_object           (DlgChange *self);
/* The object it is about (member, stop, source, delegation or side):
 * its id in the new version (the old one when removed; NULL for a stop
 * without an id) and what to call it (a name, a place, a title) */
const char         *dlg_change_get_subject_id       (DlgChange *self);
const char         *dlg_change_get_subject          (DlgChange *self);
/* The field that changed ("status", "dates", "party"...), NULL for an
 * addition or a removal */
const char         *dlg_change_get_field            (DlgChange *self);
const char         *dlg_change_get_old_value        (DlgChange *self);
const char         *dlg_change_get_new_value        (DlgChange *self);
/* The ids of the sources the new version gives for the fact (never
 * NULL; empty for a removal or a fact without sources) */
const char * const *dlg_change_get_sources          (DlgChange *self);

/* "party" → "party", "dates" → "dates" in the interface's language */
const char *dlg_change_field_to_label (const char *field);

/* The change in one line for people, without side and delegation:
 * "member removed: X", "stop changed: Paris, dates: 26–27 May 2025 →
 * 27–28 May 2025".  Dataset text is bidi-isolated when isolate is TRUE
 * (for the window); else it is left as it is for a caller that escapes
 * it (a terminal).  Never markup. */
char *dlg_change_dup_text (DlgChange *self,
                           gboolean   isolate);
/* Whether b is listed under the same group as a (the same side and
 * delegation, by id); FALSE when a is NULL (b opens the list) */
gboolean dlg_change_same_group (DlgChange *a,
                                DlgChange *b);
/* The group a change is listed under: "India · Group 2", "India" (a
 * side's own change), "The dataset" (its sources, notes and
 * disagreements); isolate as for dlg_change_dup_text() */
char *dlg_change_dup_group (DlgChange *self,
                            gboolean   isolate);

G_END_DECLS
