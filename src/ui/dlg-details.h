/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "dlg-model.h"

G_BEGIN_DECLS

/* The details pane: every fact about a member, a delegation, a
 * destination or a side, with its sources, a delegation's name a link to it.  What
 * was shown is kept: Back and Forward (the buttons, details.back and
 * details.forward) go along it, so that following a link can be undone.
 * ::shown is emitted whenever something is shown; details.close hides
 * the pane. */
#define DLG_TYPE_DETAILS (dlg_details_get_type ())
G_DECLARE_FINAL_TYPE (DlgDetails, dlg_details, DLG, DETAILS, GtkWidget)

/* The dataset shown: what was shown goes, a hint takes its place */
void      dlg_details_set_dataset      (DlgDetails     *self,
                                        DlgDataset     *dataset);
void      dlg_details_show_member      (DlgDetails     *self,
                                        DlgMember      *member);
void      dlg_details_show_delegation  (DlgDetails     *self,
                                        DlgDelegation  *delegation);
void      dlg_details_show_destination (DlgDetails     *self,
                                        DlgDestination *destination);
/* A side: its people counted, its stated purposes and the background */
void      dlg_details_show_side        (DlgDetails     *self,
                                        DlgSide        *side);
/* A source by its id: its web page (::open-uri), else its line among
 * the sources of what is shown */
void      dlg_details_open_source      (DlgDetails     *self,
                                        const char     *id);
/* " [3, 17]" as markup, each number a link "source:ID" (the source's
 * title its tooltip); "" for none */
char     *dlg_details_source_refs_markup (DlgDataset         *dataset,
                                          const char * const *ids);
/* FALSE when there is nothing before (after) */
gboolean  dlg_details_go_back          (DlgDetails     *self);
gboolean  dlg_details_go_forward       (DlgDetails     *self);
/* What is shown, as text */
char     *dlg_details_get_text         (DlgDetails     *self);

/* Shared with the Overview: the comparison in numbers and lists, then
 * the background (the dataset's events, each side's purpose), into box;
 * any widget's labels as text, one a line */
void dlg_details_show_comparison  (GtkBox              *box,
                                   DlgDataset          *dataset,
                                   DlgSide             *a,
                                   DlgSide             *b,
                                   const DlgComparison *comparison);
char *dlg_details_collect_text    (GtkWidget           *widget);
/* The widget name of the box of the sides' columns in the comparison (a
 * horizontal GtkBox: the Overview stacks them when narrow) */
#define DLG_DETAILS_COLUMNS_NAME "comparison-columns"

G_END_DECLS
