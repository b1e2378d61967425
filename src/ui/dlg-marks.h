/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "dlg-model.h"

G_BEGIN_DECLS

/* Certainty in the window (format 1.2): every fact shown that is not
 * confirmed carries its mark (dlg_certainty_to_mark), never a colour
 * alone; tooltips and screen readers get the certainty in words; a
 * legend (dlg_certainty_legend) stands where marks appear.  These
 * helpers are what the window's parts share of it. */

/* text followed by its mark ("Paris†", as every output writes it), or
 * text alone when confirmed (the text as it is: callers isolate dataset
 * text) */
char      *dlg_mark_append          (const char         *text,
                                     DlgCertainty        certainty);
/* Dataset text with its mark: the text bidi-isolated and cut
 * (dlg_text_isolate) when marked, else shown as it is */
char      *dlg_mark_dataset_text    (const char         *text,
                                     DlgCertainty        certainty);
/* The words for a mark ("Single source"), or NULL when confirmed: for
 * tooltips and accessible descriptions */
const char *dlg_mark_words          (DlgCertainty        certainty);
/* Sets the widget's accessible description to the certainty in words,
 * or resets it when confirmed */
void       dlg_mark_describe        (GtkWidget          *widget,
                                     DlgCertainty        certainty);
/* " [3, 17]": the sources' reference numbers (dlg_dataset_source_numbers)
 * after a space, to follow a fact; "" for none */
char      *dlg_source_numbers       (DlgDataset         *dataset,
                                     const char * const *ids);
/* "Manama → Kuwait City† → Paris (Planned, not visited)": stops
 * (DlgDestination) as dlg_route_text() writes them, each with the mark
 * of what the sources say of member there (dlg_member_get_attendance),
 * or of the stop itself when member is NULL */
/* Stops that are no route (those missed, those not known), joined as a
 * list ("Riyadh · Algiers"), each with its mark when with_marks */
char      *dlg_stops_list_text      (DlgMember          *member,
                                     GPtrArray          *stops,
                                     gboolean            with_marks);
char      *dlg_marked_route_text    (DlgMember          *member,
                                     GPtrArray          *stops);
/* "7 May 2025: Operation Sindoor [3, 4]": an event of the background
 * (the Overview's list, the timeline's context lane), its text with its
 * mark; *certainty (or NULL): how sure it is */
char      *dlg_mark_event_text      (DlgDataset         *dataset,
                                     DlgEvent           *event,
                                     DlgCertainty       *certainty);
/* Whether any member, delegation or stop of the side carries a mark:
 * where its facts are shown, the legend says what marks mean */
gboolean   dlg_mark_side_has_marks  (DlgSide            *side);
/* The legend, one line: a label that wraps, dimmed (4.5:1 kept) */
GtkWidget *dlg_mark_legend_new      (void);

G_END_DECLS
