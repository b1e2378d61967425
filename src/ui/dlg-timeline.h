#pragma once

#include <gtk/gtk.h>

#include "dlg-model.h"

G_BEGIN_DECLS

/* Who was where when: one lane per delegation of the two sides, days on
 * the axis, each stay a bar labelled with its place in the side's colour;
 * approximate dates drawn faint with a dashed edge, planned stays hatched;
 * stays of both sides at one place within a week joined by a dashed line.
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
/* The meetings described, at most: the closest in time */
#define DLG_TIMELINE_MEETINGS_SHOWN 24

/* "London: India Group 2, 31 May – 3 Jun 2025; Pakistan Peace delegation,
 * 8–10 Jun 2025: 5 days apart", one line per place the two sides set
 * visited ("" for none), at most DLG_TIMELINE_MEETINGS_SHOWN of them, then
 * "and N more" */
char       *dlg_timeline_describe_meetings (DlgTimeline *self);

G_END_DECLS
