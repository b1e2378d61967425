/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "dlg-filter.h"

G_BEGIN_DECLS

/* The search entry and the four facets' drop-downs, bound to a
 * DlgFilter both ways: what is typed or chosen sets the filter, and what
 * the filter is set to (by anyone) shows.  Wide, the facets stand in a
 * row under the search; narrow, in the popover of a Filters button. */
#define DLG_TYPE_FILTER_BAR (dlg_filter_bar_get_type ())
G_DECLARE_FINAL_TYPE (DlgFilterBar, dlg_filter_bar, DLG, FILTER_BAR, GtkWidget)

void       dlg_filter_bar_set_filter      (DlgFilterBar *self,
                                           DlgFilter    *filter);
DlgFilter *dlg_filter_bar_get_filter      (DlgFilterBar *self);
void       dlg_filter_bar_set_narrow      (DlgFilterBar *self,
                                           gboolean      narrow);
/* Typing in widget starts a search */
void       dlg_filter_bar_set_key_capture_widget (DlgFilterBar *self,
                                                  GtkWidget    *widget);
/* Shows the search entry and puts the focus in it */
void       dlg_filter_bar_focus_search    (DlgFilterBar *self);
/* The part F6 moves to: the facets' row, or the Filters button */
GtkWidget *dlg_filter_bar_get_focus_part  (DlgFilterBar *self);
/* A facet's drop-down, for tests */
GtkDropDown *dlg_filter_bar_get_dropdown  (DlgFilterBar *self,
                                           DlgFacet      facet);

G_END_DECLS
