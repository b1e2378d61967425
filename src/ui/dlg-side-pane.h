/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "dlg-model.h"

G_BEGIN_DECLS

#define DLG_TYPE_SIDE_PANE (dlg_side_pane_get_type ())
G_DECLARE_FINAL_TYPE (DlgSidePane, dlg_side_pane, DLG, SIDE_PANE, GtkWidget)

/* Shows side (of dataset) filtered by filter.  shared_keys holds the
 * destination keys both shown sides visited (highlighted). */
void        dlg_side_pane_set_side       (DlgSidePane *self,
                                          DlgDataset  *dataset,
                                          DlgSide     *side,
                                          GtkFilter   *filter,
                                          GHashTable  *shared_keys);
DlgSide    *dlg_side_pane_get_side       (DlgSidePane *self);
/* Which side the drop-down offers as chosen (for datasets of 3+ sides) */
void        dlg_side_pane_set_side_index (DlgSidePane *self,
                                          guint        index);
guint       dlg_side_pane_get_n_shown    (DlgSidePane *self);
guint       dlg_side_pane_get_n_total    (DlgSidePane *self);
/* The members in the order shown (the live model) */
GListModel *dlg_side_pane_get_shown      (DlgSidePane *self);
/* A copy of the members shown, in order: what an output of "members as
 * shown" holds */
GPtrArray  *dlg_side_pane_collect_shown  (DlgSidePane *self);
/* field is a DlgMemberField, or -1 for dataset order */
gboolean    dlg_side_pane_get_sort       (DlgSidePane *self,
                                          int         *field,
                                          gboolean    *descending);
void        dlg_side_pane_set_sort       (DlgSidePane *self,
                                          int          field,
                                          gboolean     descending);
/* "table", or "empty" when the filter leaves no member */
const char *dlg_side_pane_get_members_page (DlgSidePane *self);

/* Fewer columns for a narrow window (name, party, status) */
void        dlg_side_pane_set_compact     (DlgSidePane *self,
                                           gboolean     compact);
/* "members", "leaders" or "destinations" */
void        dlg_side_pane_set_view        (DlgSidePane *self,
                                           const char  *view);
const char *dlg_side_pane_get_view        (DlgSidePane *self);
/* The folded search: a member found through a stop of their route says
 * so under their name */
void        dlg_side_pane_set_search      (DlgSidePane *self,
                                           const char  *folded_term);
/* What the window's filter leaves for the leader and destination lists:
 * the destinations reached and the ids of the delegations with a member
 * shown (NULL: all) */
void        dlg_side_pane_set_shown       (DlgSidePane *self,
                                           GHashTable  *reached,
                                           GHashTable  *delegations);

G_END_DECLS
