/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

#include "dlg-model.h"

G_BEGIN_DECLS

/* What the map shows, without a widget: the window's map and the printed
 * sheet's page one both draw it.  Land only (Natural Earth 1:110m, from
 * the resources; no borders), Equal Earth projection, each side's routes
 * in its colour, destinations as dots (hollow when only planned), places
 * both sides visited in both colours, UN Security Council members ringed. */

typedef struct
{
  double red;
  double green;
  double blue;
} DlgColour;

/* The side's "#rrggbb" colour from the dataset, or a default for its
 * place (index 0 or 1) */
void dlg_side_colour (DlgSide   *side,
                      guint      index,
                      DlgColour *colour);

/* What the map is drawn with: the text colour (outlines, names, the
 * land's tint), the colour beneath (the window's background, the paper),
 * and the names' font, its size in the cairo_t's units (NULL: no names) */
typedef struct
{
  DlgColour fg;
  DlgColour bg;
  const PangoFontDescription *font;
} DlgMapInk;

/* WCAG's contrast ratio of two colours, 1 to 21 */
double dlg_colour_contrast      (const DlgColour *a,
                                 const DlgColour *b);
/* The land's colour: fg's tint over bg */
void   dlg_map_land_colour      (const DlgMapInk *ink,
                                 DlgColour       *land);
/* The colour a side's routes and dots are drawn in: its colour, darker
 * (on a light background) or lighter (on a dark one) until it stands out
 * at least DLG_MAP_MIN_CONTRAST:1 against the background and the land */
#define DLG_MAP_MIN_CONTRAST 3.0
void   dlg_map_route_colour     (const DlgMapInk *ink,
                                 const DlgColour *side,
                                 DlgColour       *route);

typedef struct _DlgMapScene DlgMapScene;

/* A view of the scene: the places fitted into width x height, times zoom */
typedef struct
{
  double scale;
  double cx;
  double cy;
  double width;
  double height;
} DlgMapView;

/* Sides a and b (either may be NULL); reached: the destinations the
 * members shown went to (NULL: all) */
DlgMapScene *dlg_map_scene_new        (DlgSide           *a,
                                       DlgSide           *b,
                                       GHashTable        *reached);
/* Drops a reference (the scene is freed with the last) */
void         dlg_map_scene_free       (DlgMapScene       *scene);
DlgMapScene *dlg_map_scene_ref        (DlgMapScene       *scene);
/* The legs drawn (a leg a side flew several times counts once) */
guint        dlg_map_scene_get_n_legs (DlgMapScene       *scene);
guint        dlg_map_scene_get_n_places (DlgMapScene     *scene);
DlgMapView   dlg_map_scene_fit        (DlgMapScene       *scene,
                                       double             width,
                                       double             height,
                                       double             zoom);
/* The land, in fg at a light tint (fg alone: the land needs no more) */
void         dlg_map_draw_land        (const DlgMapView  *view,
                                       cairo_t           *cr,
                                       const DlgColour   *fg);
/* Routes and places over the land, in the sides' route colours, outlined
 * in ink's fg; with ink's font, the places' names (dlg_map_scene_names) */
void         dlg_map_scene_draw       (DlgMapScene       *scene,
                                       const DlgMapView  *view,
                                       cairo_t           *cr,
                                       const DlgMapInk   *ink);
/* The land, routes, places and names of view as an image (ARGB32, scale
 * pixels a unit): what a window shows until the scene, the view or the
 * ink change.  At least one pixel and at most DLG_MAP_MAX_IMAGE a
 * side, whatever the view. */
#define DLG_MAP_MAX_IMAGE 8192
cairo_surface_t *dlg_map_scene_render (DlgMapScene      *scene,
                                       const DlgMapView *view,
                                       const DlgMapInk  *ink,
                                       int               scale);
/* The land, routes, places and (with ink's font) names fitted into the
 * box (x, y, width, height) and clipped to it: the printed sheet's and
 * the exported image's map */
void         dlg_map_scene_paint      (DlgMapScene       *scene,
                                       cairo_t           *cr,
                                       double             x,
                                       double             y,
                                       double             width,
                                       double             height,
                                       const DlgMapInk   *ink);
/* The keyboard's focus: a ring round place index and its name and
 * country in a box beside it, over whatever is there */
void         dlg_map_scene_draw_focus (DlgMapScene       *scene,
                                       const DlgMapView  *view,
                                       cairo_t           *cr,
                                       const DlgMapInk   *ink,
                                       guint              index);

/* A place's name on the map: the place's index (past the places, a
 * side's home capital: n_places + side), its text (the name of the
 * outermost place it lies within, "Brussels" for the EU institutions
 * there, as the dataset gives it, before it is cut to
 * DLG_MAP_NAME_CHARS), its box (x, y, width, height in the view) and,
 * when it stands away from its place, a leader line to it */
#define DLG_MAP_NAME_CHARS 22
typedef struct
{
  guint place;
  const char *text;
  double x;
  double y;
  double width;
  double height;
  gboolean leader;
} DlgMapName;

/* The names that fit in view, laid out with cr's font options in ink's
 * font: every place both sides visited first, then the sides' home
 * capitals and the other capitals, then the places more delegations
 * went to; no name over another, over a place or
 * past the view's edge.  A place whose name fits nowhere near it gets it
 * further off with a leader line; one that fits nowhere is not named (its
 * tooltip and the keyboard's focus name it).  An array of DlgMapName. */
GArray      *dlg_map_scene_names      (DlgMapScene       *scene,
                                       const DlgMapView  *view,
                                       cairo_t           *cr,
                                       const DlgMapInk   *ink);
/* Whether place index is a capital (FALSE past the places) */
gboolean     dlg_map_scene_place_is_capital (DlgMapScene *scene,
                                             guint        index);
/* Whether both sides visited place index (FALSE past the places) */
gboolean     dlg_map_scene_place_is_shared (DlgMapScene *scene,
                                            guint        index);

/* The map's legend as Pango markup (dataset text escaped and isolated):
 * each side's route and dot in its route colour for ink, the home
 * capital, both visited, planned, the Security Council ring; the marks
 * the scene does not draw are left out */
char        *dlg_map_scene_legend_markup (DlgMapScene     *scene,
                                          const DlgMapInk *ink);
/* The first destination at place index (for its details) */
DlgDestination *dlg_map_scene_place_destination (DlgMapScene *scene,
                                                 guint        index);
/* The place drawn nearest (x, y) within radius, or -1 */
int          dlg_map_scene_place_at   (DlgMapScene       *scene,
                                       const DlgMapView  *view,
                                       double             x,
                                       double             y,
                                       double             radius);
/* Where place index is drawn */
void         dlg_map_scene_place_position (DlgMapScene      *scene,
                                           const DlgMapView *view,
                                           guint             index,
                                           double           *x,
                                           double           *y);
/* Its name as the dataset gives it (not isolated) */
const char  *dlg_map_scene_place_name (DlgMapScene       *scene,
                                       guint              index);
/* "London, United Kingdom" and one line per visit: who came when */
char        *dlg_map_scene_describe   (DlgMapScene       *scene,
                                       guint              index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlgMapScene, dlg_map_scene_free)

G_END_DECLS
