#pragma once

#include <gtk/gtk.h>

#include "dlg-model.h"

G_BEGIN_DECLS

/* Shared by the overview's views: the map and the timeline. */

/* The side's colour from the dataset, or a default for its place (index
 * 0 or 1) when it gives none */
void        dlg_side_rgba            (DlgSide       *side,
                                      guint          index,
                                      GdkRGBA       *rgba);
/* The widget's text colour, for drawing that suits light and dark */
void        dlg_widget_foreground    (GtkWidget     *widget,
                                      GdkRGBA       *rgba);

/* *set = a new reference to value (or NULL), the old one dropped: the
 * views keep the filter's sets of destinations and delegations this way */
/* TRUE when a and b hold the same keys (or both are NULL) */
gboolean    dlg_sets_equal           (GHashTable    *a,
                                      GHashTable    *b);
void        dlg_replace_set          (GHashTable   **set,
                                      GHashTable    *value);
/* TRUE when a and b hold the same keys (or both are NULL) */
gboolean    dlg_sets_equal           (GHashTable    *a,
                                      GHashTable    *b);

G_END_DECLS
