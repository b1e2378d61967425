/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "dlg-model.h"

G_BEGIN_DECLS

/* The two sides on a world map: land only (Natural Earth 1:110m, no
 * borders), Equal Earth projection, each side's routes in its colour,
 * destinations as dots (hollow when planned but not visited), places both
 * sides visited ringed, the names that fit (dlg_map_scene_names), and a
 * legend under it.  The view fits the places shown; scroll or +/-/0
 * zoom.  Hovering a place tells its name and who came when. */
#define DLG_TYPE_MAP (dlg_map_get_type ())
G_DECLARE_FINAL_TYPE (DlgMap, dlg_map, DLG, MAP, GtkWidget)

GtkWidget *dlg_map_new            (void);
/* Shows sides a and b (either may be NULL); a place both visited (by
 * dlg_destination_get_key) is drawn in both colours.  reached is the set
 * of destinations (DlgDestination pointers) the members shown went to,
 * NULL for all: a place stays while one of its destinations is in it.
 * dlg_map_set_reached() redraws for a new set after the filter changed. */
void       dlg_map_set_sides      (DlgMap     *self,
                                   DlgSide    *a,
                                   DlgSide    *b,
                                   GHashTable *reached);
void       dlg_map_set_reached    (DlgMap     *self,
                                   GHashTable *reached);
guint      dlg_map_get_n_places   (DlgMap     *self);
/* Where the place named name is drawn, in widget coordinates; FALSE when
 * it is not on the map. */
gboolean   dlg_map_get_place_position (DlgMap     *self,
                                       const char *name,
                                       double     *x,
                                       double     *y);
/* Where the place named name has its name written on the map (the
 * middle of its box), in widget coordinates; FALSE when it is not named.
 * Hovering or clicking a name is hovering or clicking its place. */
gboolean   dlg_map_get_name_position (DlgMap     *self,
                                      const char *name,
                                      double     *x,
                                      double     *y);
/* "London, United Kingdom: India Group 2 (31 May – 3 Jun 2025); Pakistan
 * Peace delegation (…)": the tooltip text of the place at (x, y), or NULL. */
char      *dlg_map_describe_at    (DlgMap     *self,
                                   double      x,
                                   double      y);

/* The keyboard's place (arrow keys move it, Enter or a click activates
 * it: "place-activated" with its first destination); -1 for none */
int        dlg_map_get_focus      (DlgMap     *self);
void       dlg_map_move_focus     (DlgMap     *self,
                                   int         step);
void       dlg_map_activate_focus (DlgMap     *self);
/* The map's accessible label: "Map of the routes, 34 places", and while
 * the keyboard is on a place, its name ("…: London, United Kingdom") */
const char *dlg_map_get_label     (DlgMap     *self);
/* The legend under the map (a GtkLabel): what its colours and marks mean */
GtkWidget  *dlg_map_get_legend    (DlgMap     *self);
/* TRUE once the image of the map's present scene is on screen (a big
 * scene is drawn in a worker thread, the last image shown meanwhile) */
gboolean   dlg_map_is_drawn       (DlgMap     *self);
/* Scenes of more legs than this are drawn in a worker thread (3000) */
void       dlg_map_set_background_legs (DlgMap *self,
                                        guint   legs);
/* Scenes of sides with more stops than this are made in a worker thread
 * (20000); until one is made the map shows, and answers for, the last */
void       dlg_map_set_background_stops (DlgMap *self,
                                         guint   stops);

G_END_DECLS
