/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "dlg-change.h"
#include "dlg-dataset.h"

G_BEGIN_DECLS

/* What changed from one version of a dataset to another: objects
 * matched by id (sides, delegations, members, stops, sources), else by
 * name within their side or delegation (then a DLG_CHANGE_ID_CHANGED
 * says so).  Made whole when created; immutable, so any thread may
 * read it.  Time and memory grow with the size of the datasets, never
 * with its square. */
#define DLG_TYPE_DIFF (dlg_diff_get_type ())
G_DECLARE_FINAL_TYPE (DlgDiff, dlg_diff, DLG, DIFF, GObject)

DlgDiff    *dlg_diff_new             (DlgDataset *old_dataset,
                                      DlgDataset *new_dataset);
DlgDataset *dlg_diff_get_old_dataset (DlgDiff    *self);
DlgDataset *dlg_diff_get_new_dataset (DlgDiff    *self);
/* GListModel of DlgChange: changes to the dataset's sources first, then
 * by side and delegation (in the new version's order, removed ones
 * after), then by kind; empty when nothing differs */
GListModel *dlg_diff_get_changes     (DlgDiff    *self);
guint       dlg_diff_get_n_changes   (DlgDiff    *self);

G_END_DECLS
