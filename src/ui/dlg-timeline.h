/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "dlg-model.h"

G_BEGIN_DECLS

/* Who was where when: one lane per delegation of the two sides, days on
 * the axis, each stay a bar labelled with its place in the side's colour;
 * approximate dates drawn faint with a dashed edge, planned stays hatched;
 * stays of both sides at one place within a week marked by a corner in
 * the other side's colour.  Every bar is named: inside, beside, on a row
 * of text above or under the bars, or by a number keyed under the lanes,
 * where the stops without dates are listed too.
 * reached is the set of destinations the members shown went to (NULL:
 * all); dlg_timeline_set_reached() redraws for a new set. */
#define DLG_TYPE_TIMELINE (dlg_timeline_get_type ())
G_DECLARE_FINAL_TYPE (DlgTimeline, dlg_timeline, DLG, TIMELINE, GtkWidget)

GtkWidget  *dlg_timeline_new            (void);
/* The two sides compared, with where they met (dlg_dataset_get_meetings) */
void        dlg_timeline_set_sides      (DlgTimeline *self,
                                         DlgSide     *a,
                                         DlgSide     *b,
                                         GPtrArray   *meetings,
                                         GHashTable  *reached);
/* The dataset's events (format 1.2), drawn on a context lane above the
 * delegations': a marker at each event's dates, its text after it; they
 * do not follow the filter (NULL: none) */
void        dlg_timeline_set_background (DlgTimeline *self,
                                         DlgDataset  *dataset);
void        dlg_timeline_set_reached    (DlgTimeline *self,
                                         GHashTable  *reached);
guint       dlg_timeline_get_n_lanes    (DlgTimeline *self);
/* "India · Group 1: Manama 24–26 May 2025, …": a lane in words (also the
 * widget's accessible description, one lane per line) */
const char *dlg_timeline_get_lane_text  (DlgTimeline *self,
                                         guint        lane);
/* The bar of a lane's stay, in the widget's coordinates: days run in
 * reading order, from the right in a right-to-left language.  FALSE for
 * no such stay. */
gboolean    dlg_timeline_get_stay_area  (DlgTimeline     *self,
                                         guint            lane,
                                         guint            stay,
                                         graphene_rect_t *area);
/* Gaps of more than ten days between stays are cut out of the axis and
 * drawn as a break mark: how many there are */
guint       dlg_timeline_get_n_breaks   (DlgTimeline *self);
/* The timeline in words, as screen readers get it (its accessible
 * description): a lane a line, then the background's events (the
 * context lane), "Background: 7 May 2025: Operation Sindoor [3, 4]; …" */
const char *dlg_timeline_get_description (DlgTimeline *self);
/* The dataset's events drawn on the context lane (format 1.2) */
guint       dlg_timeline_get_n_events   (DlgTimeline *self);
/* The dates written on the axis at the widget's width: days ("27 May"),
 * months ("Jun 2025") or years ("2025") as the span needs */
GStrv       dlg_timeline_get_axis_labels (DlgTimeline *self);
/* A lane's area, the rows of its names included, in the widget's
 * coordinates (FALSE: no such lane) */
gboolean    dlg_timeline_get_lane_area  (DlgTimeline     *self,
                                         guint            lane,
                                         graphene_rect_t *area);
/* How a stay's bar is named where it is drawn, and where that text is:
 * its name (inside the bar, beside it, or on a row of text above or
 * under the bars), or the number keyed in dlg_timeline_get_footer_text()
 * when none of these has room.  NULL: no such stay, or no room at all. */
char       *dlg_timeline_get_stay_label (DlgTimeline     *self,
                                         guint            lane,
                                         guint            stay,
                                         graphene_rect_t *area);
/* The same for an event of the context lane: its text (cut at a few
 * words at most) or its number */
char       *dlg_timeline_get_event_label (DlgTimeline     *self,
                                          guint            event,
                                          graphene_rect_t *area);
/* The text under the lanes at the widget's width: the key of the numbered
 * bars ("Numbers on the timeline: 1 Kuwait City (India · Group 1); …"),
 * then the stops whose dates are not reported ("" for neither) */
const char *dlg_timeline_get_footer_text (DlgTimeline *self);
/* "Dates not reported: Singapore (India · Group 3), …": the stops of the
 * delegations shown that have no dates, so no bar ("" for none); it is
 * also the last line of the accessible description */
const char *dlg_timeline_get_undated_text (DlgTimeline *self);
/* Stays of both sides at one place within a week: how many, and the mark
 * on each of the two bars (a corner of the bar in the other side's
 * colour, inside its own lane: no line joins them across lanes) */
guint       dlg_timeline_get_n_links    (DlgTimeline *self);
gboolean    dlg_timeline_get_link_marks (DlgTimeline     *self,
                                         guint            link,
                                         guint           *lane_a,
                                         graphene_rect_t *mark_a,
                                         guint           *lane_b,
                                         graphene_rect_t *mark_b);
/* The meetings described, at most: the closest in time */
#define DLG_TIMELINE_MEETINGS_SHOWN 24

/* "London: India Group 2, 31 May – 3 Jun 2025; Pakistan Peace delegation,
 * 8–10 Jun 2025: 5 days apart", one line per place the two sides set
 * visited ("" for none), at most DLG_TIMELINE_MEETINGS_SHOWN of them, then
 * "and N more" */
char       *dlg_timeline_describe_meetings (DlgTimeline *self);

G_END_DECLS
