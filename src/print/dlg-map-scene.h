#pragma once

#include <cairo.h>
#include <gio/gio.h>

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
/* The land, in fg at a light tint */
void         dlg_map_draw_land        (const DlgMapView  *view,
                                       cairo_t           *cr,
                                       const DlgColour   *fg);
/* Routes and places over the land; fg outlines them (the text colour) */
void         dlg_map_scene_draw       (DlgMapScene       *scene,
                                       const DlgMapView  *view,
                                       cairo_t           *cr,
                                       const DlgColour   *fg);
/* A ring round place index: the keyboard's focus */
/* The land, routes and places of view as an image (ARGB32, scale
 * pixels a unit): what a window shows until the scene, the view or the
 * colours change.  At least one pixel and at most DLG_MAP_MAX_IMAGE a
 * side, whatever the view. */
#define DLG_MAP_MAX_IMAGE 8192
cairo_surface_t *dlg_map_scene_render (DlgMapScene      *scene,
                                       const DlgMapView *view,
                                       const DlgColour  *fg,
                                       int               scale);
void         dlg_map_scene_draw_focus (DlgMapScene       *scene,
                                       const DlgMapView  *view,
                                       cairo_t           *cr,
                                       const DlgColour   *fg,
                                       guint              index);
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
