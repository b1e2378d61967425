#pragma once

#include <gtk/gtk.h>

#include "dlg-model.h"

G_BEGIN_DECLS

/* Shared by the overview's views: the map, the board and the timeline. */

/* The destinations (a set of DlgDestination pointers) of a delegation
 * that the members a filter keeps went to, by their own routes; NULL,
 * meaning all of them, when filter is NULL.  The map, the board and the
 * timeline follow the search and facets through this. */
GHashTable *dlg_destinations_reached (DlgDelegation *delegation,
                                      GtkFilter     *filter);

/* The side's colour from the dataset, or a default for its place (index
 * 0 or 1) when it gives none */
void        dlg_side_rgba            (DlgSide       *side,
                                      guint          index,
                                      GdkRGBA       *rgba);
/* The widget's text colour, for drawing that suits light and dark */
void        dlg_widget_foreground    (GtkWidget     *widget,
                                      GdkRGBA       *rgba);

G_END_DECLS
