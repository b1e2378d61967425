/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "dlg-model.h"

G_BEGIN_DECLS

/* What an output shows, taken when the user asks for it: the dataset, the
 * sides in the order shown, the members of each side as shown (filtered
 * and sorted; NULL for all of them), the filter in words, the paper, and
 * the files no export may replace (the open dataset).  Print, preview,
 * PDF and CSV render a snapshot, so what they show is what was on screen
 * whatever loads afterwards.  Built with the setters below, then handed
 * to a job and never changed again (dlg_snapshot_seal()). */

/* What the printed sheet holds: page one "At a glance" only; the
 * briefing (page one, then each side's delegations and members, the
 * comparison, the sources); or the full annex (the briefing with every
 * stop's table). */
typedef enum
{
  DLG_SHEET_BRIEFING,
  DLG_SHEET_GLANCE,
  DLG_SHEET_FULL,
} DlgSheetKind;

/* A DlgSheetKind's nick at its index: "briefing", "glance", "full";
 * NULL-terminated */
extern const char * const dlg_sheet_kind_nicks[];
/* What an output holds: "shown" (the members as shown), "all";
 * NULL-terminated */
extern const char * const dlg_sheet_scope_nicks[];

gboolean     dlg_sheet_kind_from_nick     (const char   *nick,
                                           DlgSheetKind *kind);

#define DLG_TYPE_SNAPSHOT (dlg_snapshot_get_type ())
G_DECLARE_FINAL_TYPE (DlgSnapshot, dlg_snapshot, DLG, SNAPSHOT, GObject)

DlgSnapshot *dlg_snapshot_new             (DlgDataset  *dataset);
/* members: DlgMember in the order shown (copied), or NULL for all */
void         dlg_snapshot_add_side        (DlgSnapshot *self,
                                           DlgSide     *side,
                                           GPtrArray   *members);
void         dlg_snapshot_set_filter_text (DlgSnapshot *self,
                                           const char  *filter_text);
/* In points; the locale's paper (landscape) unless set */
void         dlg_snapshot_set_paper       (DlgSnapshot *self,
                                           double       width,
                                           double       height);
/* ISO date printed on the sheet; today unless set */
void         dlg_snapshot_set_print_date  (DlgSnapshot *self,
                                           const char  *iso_date);
void         dlg_snapshot_set_sheet_kind  (DlgSnapshot  *self,
                                           DlgSheetKind  kind);
/* What changed since an earlier version of the dataset, for the
 * briefing's page "Changes since …": diff's new dataset must be the
 * snapshot's; heading says what the changes are counted from ("Changes
 * since “monday.json”", file names isolated).  The diff is immutable:
 * a reference is kept. */
void         dlg_snapshot_set_changes     (DlgSnapshot *self,
                                           DlgDiff     *diff,
                                           const char  *heading);
/* A file an export of this snapshot must refuse to replace */
void         dlg_snapshot_protect         (DlgSnapshot *self,
                                           GFile       *file);
/* The same moment with another choice: as_shown keeps the members as
 * shown (when self has them), else every member; kind is the sheet's.
 * Sealed. */
DlgSnapshot *dlg_snapshot_derive          (DlgSnapshot  *self,
                                           gboolean      as_shown,
                                           DlgSheetKind  kind);
/* No more changes; jobs call this before they start. */
void         dlg_snapshot_seal            (DlgSnapshot *self);

DlgDataset  *dlg_snapshot_get_dataset     (DlgSnapshot *self);
/* The sides added, or every side of the dataset when none was */
guint        dlg_snapshot_get_n_sides     (DlgSnapshot *self);
DlgSide     *dlg_snapshot_get_side        (DlgSnapshot *self,
                                           guint        index);
/* The members shown of side index, or NULL for all of them */
GListModel  *dlg_snapshot_get_members     (DlgSnapshot *self,
                                           guint        index);
gboolean     dlg_snapshot_get_as_shown    (DlgSnapshot *self);
const char  *dlg_snapshot_get_filter_text (DlgSnapshot *self);
void         dlg_snapshot_get_paper       (DlgSnapshot *self,
                                           double      *width,
                                           double      *height);
const char  *dlg_snapshot_get_print_date  (DlgSnapshot *self);
DlgSheetKind dlg_snapshot_get_sheet_kind  (DlgSnapshot *self);
/* The stops (DlgDestination) the members shown went to, over every side
 * (a side without a list: all its members), or NULL when every side has
 * all its members: a new set */
GHashTable  *dlg_snapshot_collect_reached (DlgSnapshot *self);
/* The changes and their heading, or NULL */
DlgDiff     *dlg_snapshot_get_changes     (DlgSnapshot *self);
const char  *dlg_snapshot_get_changes_heading (DlgSnapshot *self);
/* GFile array */
GPtrArray   *dlg_snapshot_get_protected   (DlgSnapshot *self);

G_END_DECLS
