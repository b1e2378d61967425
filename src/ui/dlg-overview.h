/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "dlg-board.h"
#include "dlg-filter.h"
#include "dlg-headline.h"
#include "dlg-map.h"
#include "dlg-model.h"
#include "dlg-timeline.h"

G_BEGIN_DECLS

/* The Overview: the headline (the whole dataset's figures and brief),
 * the map, the board, the leaders side by side, the timeline with where
 * both sides were, and the comparison in numbers and lists, of two sides
 * of a dataset, showing what the filter's result reaches.
 *
 * It brings itself up to date: new sides before the next frame (small
 * ones at once), a filter's new result part by part, one part a main loop
 * turn, so that no turn takes long; while it is not the view shown
 * ("active" FALSE) it only marks what is stale, and follows when shown or
 * asked for (the getters). */
#define DLG_TYPE_OVERVIEW (dlg_overview_get_type ())
G_DECLARE_FINAL_TYPE (DlgOverview, dlg_overview, DLG, OVERVIEW, GtkWidget)

/* The sides compared (a dataset opened, or sides chosen) */
void         dlg_overview_set_sides          (DlgOverview     *self,
                                              DlgDataset      *dataset,
                                              DlgSide         *a,
                                              DlgSide         *b);
/* What the filter leaves (NULL: everything) */
void         dlg_overview_set_result         (DlgOverview     *self,
                                              DlgFilterResult *result);
/* Whether a filter is on: each part's caption then says whether it
 * follows it */
void         dlg_overview_set_filtered       (DlgOverview     *self,
                                              gboolean         filtered);
/* What the filter shows, for the headline to say what its figures cover
 * (they never follow the filter): the filter in words (NULL: none), and
 * shown of total people */
void         dlg_overview_set_coverage       (DlgOverview     *self,
                                              const char      *filter,
                                              guint            shown,
                                              guint            total);
DlgHeadline *dlg_overview_get_headline       (DlgOverview     *self);
/* Whether it is the view shown: it follows only then */
void         dlg_overview_set_active         (DlgOverview     *self,
                                              gboolean         active);
/* Narrow: the leaders' columns one under the other */
void         dlg_overview_set_narrow         (DlgOverview     *self,
                                              gboolean         narrow);
/* Everything still stale, now */
void         dlg_overview_ensure             (DlgOverview     *self);

/* Its parts, brought up to date (the board and the leaders with every
 * chip and card, not those of the frames so far) */
DlgMap      *dlg_overview_get_map            (DlgOverview     *self);
DlgTimeline *dlg_overview_get_timeline       (DlgOverview     *self);
DlgBoard    *dlg_overview_get_board          (DlgOverview     *self);
GtkWidget   *dlg_overview_get_leaders        (DlgOverview     *self);
const char  *dlg_overview_get_meetings_text  (DlgOverview     *self);
/* The comparison in numbers and lists, as text */
char        *dlg_overview_get_comparison_text (DlgOverview    *self);

G_END_DECLS
