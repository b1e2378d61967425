#define G_LOG_DOMAIN "dlg-map"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "dlg-map-scene.h"

#define LAND_RESOURCE "/com/example/Delegations/map/land-110m.txt"
#define DOT_RADIUS 5.0

/* Projected coordinates (Equal Earth, y up), about ±2.7 by ±1.3 */
typedef struct
{
  double x;
  double y;
} Point;

typedef struct
{
  char *key;
  char *name;
  char *plain_name;
  char *country;
  Point p;
  /* bit 0: the first side, bit 1: the second */
  guint visited;
  guint planned;
  gboolean unsc;
  /* the tooltip's lines: side, delegation, dates, status; the first
   * WHO_LINES of them, n_who counts them all */
  GString *who;
  guint n_who;
  /* the first destination at this place, for its details */
  DlgDestination *destination;
} Place;

typedef struct
{
  guint side;
  GArray *points;
} Route;

/* A leg of a side's routes, as the key of the legs drawn */
typedef struct
{
  guint side;
  Point from;
  Point to;
} Leg;

static guint
point_hash (Point p)
{
  guint64 x, y;

  memcpy (&x, &p.x, sizeof x);
  memcpy (&y, &p.y, sizeof y);
  return (guint) (x ^ (x >> 32)) * 31 + (guint) (y ^ (y >> 32));
}

static guint
leg_hash (gconstpointer data)
{
  const Leg *leg = data;

  return (point_hash (leg->from) * 31 + point_hash (leg->to)) * 31 + leg->side;
}

static gboolean
leg_equal (gconstpointer a,
           gconstpointer b)
{
  const Leg *la = a;
  const Leg *lb = b;

  return la->side == lb->side && la->from.x == lb->from.x && la->from.y == lb->from.y &&
         la->to.x == lb->to.x && la->to.y == lb->to.y;
}

struct _DlgMapScene
{
  /* a window may draw the scene in a worker thread while it makes the
   * next: each holds a reference (the scene does not change once made) */
  gatomicrefcount ref_count;
  GPtrArray *places;
  GPtrArray *routes;
  /* the legs already in a route of their side: a leg many delegations
   * flew is drawn once (45 000 legs of 100 000 members were 4 s a frame) */
  GHashTable *legs;
  /* the places by key (owned by places) */
  GHashTable *places_by_key;
  DlgColour colours[2];
  /* each side's home capital, where its routes start (has_home: known) */
  gboolean has_home[2];
  Point home[2];
};

void
dlg_side_colour (DlgSide   *side,
                 guint      index,
                 DlgColour *colour)
{
  const char *text = side != NULL ? dlg_side_get_colour (side) : NULL;
  guint r, g, b;

  /* the loader accepts "#rrggbb" only */
  if (text == NULL || sscanf (text, "#%02x%02x%02x", &r, &g, &b) != 3)
    {
      r = index == 0 ? 0xc6 : 0x1c;
      g = index == 0 ? 0x46 : 0x71;
      b = index == 0 ? 0x00 : 0xd8;
    }
  colour->red = r / 255.0;
  colour->green = g / 255.0;
  colour->blue = b / 255.0;
}

/* --- projection and land --- */

static Point
equal_earth (double lon,
             double lat)
{
  const double a1 = 1.340264, a2 = -0.081106, a3 = 0.000893, a4 = 0.003796;
  double l = lon * G_PI / 180.0;
  double t = asin (sqrt (3.0) / 2.0 * sin (lat * G_PI / 180.0));
  double t2 = t * t, t6 = t2 * t2 * t2;
  Point p;

  p.x = 2.0 * sqrt (3.0) * l * cos (t) /
        (3.0 * (9.0 * a4 * t6 * t2 + 7.0 * a3 * t6 + 3.0 * a2 * t2 + a1));
  p.y = t * (a1 + a2 * t2 + t6 * (a3 + a4 * t2));
  return p;
}

/* Rings of projected points (GArray of Point), read once from the
 * resources: Natural Earth 1:110m land, converted by build-aux/make-land.py.
 * Without the resources (a program that does not link them) no land. */
static GPtrArray *
land_rings (void)
{
  static GPtrArray *rings = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *made;

  if (g_atomic_pointer_get (&rings) != NULL)
    return rings;

  made = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  bytes = g_resources_lookup_data (LAND_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes != NULL)
    {
      g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

      lines = g_strsplit (text, "\n", -1);
    }
  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      GArray *ring;
      char *p = lines[i];

      if (p[0] == '#' || p[0] == '\0')
        continue;
      ring = g_array_new (FALSE, FALSE, sizeof (Point));
      while (*p != '\0')
        {
          char *end;
          double lon = g_ascii_strtod (p, &end);
          double lat;
          Point pt;

          if (end == p)
            break;
          lat = g_ascii_strtod (end, &p);
          if (p == end)
            break;
          pt = equal_earth (lon, lat);
          g_array_append_val (ring, pt);
        }
      g_ptr_array_add (made, ring);
    }
  /* the print path may draw from a worker thread: one copy wins */
  if (!g_atomic_pointer_compare_and_exchange (&rings, NULL, made))
    g_ptr_array_unref (made);
  return rings;
}

/* --- places and routes --- */

#define WHO_LINES 8

/* The next stop of a route: a leg from the one before, unless the side
 * has drawn that leg already; then the route starts again from here */
static void
add_point (DlgMapScene *self,
           Route       *route,
           Point        p)
{
  if (route->points->len > 0)
    {
      Leg *leg = g_new (Leg, 1);

      leg->side = route->side;
      leg->from = g_array_index (route->points, Point, route->points->len - 1);
      leg->to = p;
      if (!g_hash_table_add (self->legs, leg))
        {
          /* drawn: a new segment starts at p; the one so far is kept
           * unless it is a lone point, which draws nothing (most are:
           * many delegations fly the same legs) */
          if (route->points->len > 1)
            {
              Route *next = g_new0 (Route, 1);

              next->side = route->side;
              next->points = route->points;
              route->points = g_array_new (FALSE, FALSE, sizeof (Point));
              g_ptr_array_add (self->routes, next);
            }
          else
            g_array_set_size (route->points, 0);
        }
    }
  g_array_append_val (route->points, p);
}


static void
place_free (gpointer data)
{
  Place *place = data;

  g_free (place->key);
  g_free (place->name);
  g_free (place->plain_name);
  g_free (place->country);
  g_string_free (place->who, TRUE);
  g_clear_object (&place->destination);
  g_free (place);
}

static void
route_free (gpointer data)
{
  Route *route = data;

  g_array_unref (route->points);
  g_free (route);
}

static void
add_side (DlgMapScene *self,
          DlgSide     *side,
          guint        index,
          GHashTable  *shown)
{
  GListModel *delegations = dlg_side_get_delegations (side);
  g_autofree char *side_name = dlg_text_isolate (dlg_side_get_name (side));

  dlg_side_colour (side, index, &self->colours[index]);
  {
    DlgPlace *home = dlg_side_get_home_place (side);
    double lat, lon;

    if (home != NULL && dlg_place_get_coordinates (home, &lat, &lon))
      {
        self->has_home[index] = TRUE;
        self->home[index] = equal_earth (lon, lat);
      }
  }

  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(DlgDelegation) d = g_list_model_get_item (delegations, i);
      GListModel *stops = dlg_delegation_get_destinations (d);
      g_autofree char *label = dlg_text_isolate (dlg_delegation_get_label (d));
      Route *route = g_new0 (Route, 1);

      route->side = index;
      route->points = g_array_new (FALSE, FALSE, sizeof (Point));
      /* the route leaves from the side's home capital */
      if (self->has_home[index])
        g_array_append_val (route->points, self->home[index]);
      for (guint j = 0; j < g_list_model_get_n_items (stops); j++)
        {
          g_autoptr(DlgDestination) dest = g_list_model_get_item (stops, j);
          g_autofree char *dates = NULL;
          DlgVisitStatus status = dlg_destination_get_status (dest);
          Place *place;
          double lat, lon;

          if (!dlg_destination_get_coordinates (dest, &lat, &lon) ||
              (shown != NULL && !g_hash_table_contains (shown, dest)))
            continue;
          place = g_hash_table_lookup (self->places_by_key, dlg_destination_get_key (dest));
          if (place == NULL)
            {
              DlgPlace *named = dlg_destination_get_place (dest);
              g_autofree char *cut = NULL;

              place = g_new0 (Place, 1);
              place->key = g_strdup (dlg_destination_get_key (dest));
              place->plain_name = g_strdup (dlg_text_shown (dlg_destination_get_place_label (dest),
                                                            &cut));
              place->name = dlg_text_isolate (dlg_destination_get_place_label (dest));
              place->country = dlg_text_isolate (named != NULL &&
                                                 dlg_place_get_country (named) != NULL
                                                 ? dlg_place_get_country (named)
                                                 : dlg_destination_get_country (dest));
              place->p = equal_earth (lon, lat);
              place->who = g_string_new (NULL);
              place->destination = g_object_ref (dest);
              g_ptr_array_add (self->places, place);
              g_hash_table_insert (self->places_by_key, place->key, place);
            }
          if (dlg_destination_get_unsc (dest) == DLG_UNSC_PERMANENT ||
              dlg_destination_get_unsc (dest) == DLG_UNSC_ELECTED)
            place->unsc = TRUE;
          if (status == DLG_VISIT_STATUS_VISITED)
            {
              place->visited |= 1u << index;
              add_point (self, route, place->p);
            }
          else
            place->planned |= 1u << index;

          if (place->n_who++ >= WHO_LINES)
            continue;
          dates = dlg_format_dates (dlg_destination_get_from (dest), dlg_destination_get_to (dest),
                                    dlg_destination_get_dates_approximate (dest));
          g_string_append_c (place->who, '\n');
          /* Translators: a line of a map place's tooltip: side, delegation, dates, status;
           * "India Group 2: 31 May – 3 Jun 2025, Visited" */
          g_string_append_printf (place->who, _("%s %s: %s, %s"), side_name, label,
                                  dates != NULL ? dates : _("dates not known"),
                                  dlg_visit_status_to_label (status));
        }
      g_ptr_array_add (self->routes, route);
    }
}

DlgMapScene *
dlg_map_scene_new (DlgSide    *a,
                   DlgSide    *b,
                   GHashTable *reached)
{
  DlgMapScene *self = g_new0 (DlgMapScene, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->places = g_ptr_array_new_with_free_func (place_free);
  self->routes = g_ptr_array_new_with_free_func (route_free);
  self->legs = g_hash_table_new_full (leg_hash, leg_equal, g_free, NULL);
  self->places_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  dlg_side_colour (NULL, 0, &self->colours[0]);
  dlg_side_colour (NULL, 1, &self->colours[1]);
  if (a != NULL)
    add_side (self, a, 0, reached);
  if (b != NULL)
    add_side (self, b, 1, reached);
  return self;
}

DlgMapScene *
dlg_map_scene_ref (DlgMapScene *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/* Each leg in a route was added to legs once (add_point), and only
 * those: the window asks this for every frame */
guint
dlg_map_scene_get_n_legs (DlgMapScene *self)
{
  return g_hash_table_size (self->legs);
}

void
dlg_map_scene_free (DlgMapScene *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_ptr_array_unref (self->places);
  g_ptr_array_unref (self->routes);
  g_hash_table_unref (self->legs);
  g_hash_table_unref (self->places_by_key);
  g_free (self);
}

guint
dlg_map_scene_get_n_places (DlgMapScene *self)
{
  return self->places->len;
}

/* --- the view --- */

DlgMapView
dlg_map_scene_fit (DlgMapScene *self,
                   double       width,
                   double       height,
                   double       zoom)
{
  DlgMapView v = { 1, 0, 0, width, height };
  double x0 = -2.7, x1 = 2.7, y0 = -1.32, y1 = 1.32;
  double span_x, span_y;

  if (self->places->len > 0)
    {
      x0 = y0 = G_MAXDOUBLE;
      x1 = y1 = -G_MAXDOUBLE;
      for (guint i = 0; i < self->places->len; i++)
        {
          Place *place = g_ptr_array_index (self->places, i);

          x0 = MIN (x0, place->p.x);
          x1 = MAX (x1, place->p.x);
          y0 = MIN (y0, place->p.y);
          y1 = MAX (y1, place->p.y);
        }
      /* the home capitals the routes leave from */
      for (guint i = 0; i < 2; i++)
        if (self->has_home[i])
          {
            x0 = MIN (x0, self->home[i].x);
            x1 = MAX (x1, self->home[i].x);
            y0 = MIN (y0, self->home[i].y);
            y1 = MAX (y1, self->home[i].y);
          }
    }
  /* a margin round the places, and never closer than a region */
  span_x = MAX (x1 - x0, 0.6) * 1.15;
  span_y = MAX (y1 - y0, 0.4) * 1.25;
  v.cx = (x0 + x1) / 2;
  v.cy = (y0 + y1) / 2;
  v.scale = MIN (MAX (width, 1) / span_x, MAX (height, 1) / span_y) * zoom;
  return v;
}

static void
to_screen (const DlgMapView *v,
           Point             p,
           double           *x,
           double           *y)
{
  *x = v->width / 2.0 + (p.x - v->cx) * v->scale;
  *y = v->height / 2.0 - (p.y - v->cy) * v->scale;
}

void
dlg_map_scene_place_position (DlgMapScene      *self,
                              const DlgMapView *view,
                              guint             index,
                              double           *x,
                              double           *y)
{
  g_return_if_fail (index < self->places->len);
  to_screen (view, ((Place *) g_ptr_array_index (self->places, index))->p, x, y);
}

const char *
dlg_map_scene_place_name (DlgMapScene *self,
                          guint        index)
{
  g_return_val_if_fail (index < self->places->len, NULL);
  return ((Place *) g_ptr_array_index (self->places, index))->plain_name;
}

DlgDestination *
dlg_map_scene_place_destination (DlgMapScene *self,
                                 guint        index)
{
  g_return_val_if_fail (index < self->places->len, NULL);
  return ((Place *) g_ptr_array_index (self->places, index))->destination;
}

int
dlg_map_scene_place_at (DlgMapScene      *self,
                        const DlgMapView *view,
                        double            x,
                        double            y,
                        double            radius)
{
  int best = -1;
  double best_d = radius * radius;

  for (guint i = 0; i < self->places->len; i++)
    {
      Place *place = g_ptr_array_index (self->places, i);
      double px, py, d;

      to_screen (view, place->p, &px, &py);
      d = (px - x) * (px - x) + (py - y) * (py - y);
      if (d <= best_d)
        {
          best = i;
          best_d = d;
        }
    }
  return best;
}

char *
dlg_map_scene_describe (DlgMapScene *self,
                        guint        index)
{
  g_autoptr(GString) lines = NULL;
  Place *place;

  g_return_val_if_fail (index < self->places->len, NULL);
  place = g_ptr_array_index (self->places, index);
  lines = g_string_new (place->who->str);
  if (place->n_who > WHO_LINES)
    {
      guint more = place->n_who - WHO_LINES;

      g_string_append_c (lines, '\n');
      g_string_append_printf (lines, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more",
                                                  more), more);
    }
  /* Translators: a map place's tooltip: its name and country, then one line per visit */
  return g_strdup_printf (_("%s, %s%s"), place->name, place->country, lines->str);
}

/* --- drawing --- */

static void
set_colour (cairo_t         *cr,
            const DlgColour *c,
            double           alpha)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, alpha);
}

void
dlg_map_draw_land (const DlgMapView *v,
                   cairo_t          *cr,
                   const DlgColour  *fg)
{
  GPtrArray *rings = land_rings ();

  cairo_save (cr);
  for (guint i = 0; i < rings->len; i++)
    {
      GArray *ring = g_ptr_array_index (rings, i);

      for (guint j = 0; j < ring->len; j++)
        {
          double x, y;

          to_screen (v, g_array_index (ring, Point, j), &x, &y);
          if (j == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_close_path (cr);
    }
  /* land in a tint of the text colour: right in light and dark */
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  set_colour (cr, fg, 0.13);
  cairo_fill (cr);
  cairo_restore (cr);
}

void
dlg_map_scene_draw_focus (DlgMapScene      *self,
                          const DlgMapView *v,
                          cairo_t          *cr,
                          const DlgColour  *fg,
                          guint             index)
{
  double x, y;

  g_return_if_fail (index < self->places->len);
  to_screen (v, ((Place *) g_ptr_array_index (self->places, index))->p, &x, &y);
  cairo_save (cr);
  cairo_set_line_width (cr, 2);
  set_colour (cr, fg, 1);
  cairo_arc (cr, x, y, DOT_RADIUS + 7, 0, 2 * G_PI);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
dlg_map_scene_draw (DlgMapScene      *self,
                    const DlgMapView *v,
                    cairo_t          *cr,
                    const DlgColour  *fg)
{
  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* routes: gently curved legs in the side's colour */
  for (guint i = 0; i < self->routes->len; i++)
    {
      Route *route = g_ptr_array_index (self->routes, i);

      for (guint j = 1; j < route->points->len; j++)
        {
          double x0, y0, x1, y1;

          to_screen (v, g_array_index (route->points, Point, j - 1), &x0, &y0);
          to_screen (v, g_array_index (route->points, Point, j), &x1, &y1);
          cairo_move_to (cr, x0, y0);
          cairo_curve_to (cr, x0 + (x1 - x0) / 3 - (y1 - y0) / 6, y0 + (y1 - y0) / 3 + (x1 - x0) / 6,
                          x0 + 2 * (x1 - x0) / 3 - (y1 - y0) / 6,
                          y0 + 2 * (y1 - y0) / 3 + (x1 - x0) / 6, x1, y1);
          /* a halo in the text colour keeps a dark side colour visible on a
           * dark theme, and a light one on a light theme */
          cairo_set_line_width (cr, 4);
          set_colour (cr, fg, 0.3);
          cairo_stroke_preserve (cr);
          cairo_set_line_width (cr, 2);
          set_colour (cr, &self->colours[route->side], 0.85);
          cairo_stroke (cr);
        }
    }

  /* home capitals: a square in the side's colour */
  for (guint i = 0; i < 2; i++)
    {
      double x, y;

      if (!self->has_home[i])
        continue;
      to_screen (v, self->home[i], &x, &y);
      cairo_rectangle (cr, x - DOT_RADIUS, y - DOT_RADIUS, 2 * DOT_RADIUS, 2 * DOT_RADIUS);
      set_colour (cr, &self->colours[i], 1);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 1.5);
      set_colour (cr, fg, 0.9);
      cairo_stroke (cr);
    }

  /* places: filled where visited, hollow where only planned; both
   * sides' colours where both visited; UN Security Council members ringed */
  for (guint i = 0; i < self->places->len; i++)
    {
      Place *place = g_ptr_array_index (self->places, i);
      double x, y;

      to_screen (v, place->p, &x, &y);
      if (place->unsc)
        {
          cairo_set_line_width (cr, 1.5);
          set_colour (cr, fg, 0.75);
          cairo_arc (cr, x, y, DOT_RADIUS + 3, 0, 2 * G_PI);
          cairo_stroke (cr);
        }
      /* every dot outlined in the text colour, whatever the side colour */
      cairo_set_line_width (cr, 1.5);
      set_colour (cr, fg, 0.9);
      cairo_arc (cr, x, y, DOT_RADIUS + 0.75, 0, 2 * G_PI);
      cairo_stroke (cr);
      if (place->visited == 3)
        {
          set_colour (cr, &self->colours[0], 1);
          cairo_arc (cr, x, y, DOT_RADIUS, G_PI / 2, 3 * G_PI / 2);
          cairo_fill (cr);
          set_colour (cr, &self->colours[1], 1);
          cairo_arc (cr, x, y, DOT_RADIUS, -G_PI / 2, G_PI / 2);
          cairo_fill (cr);
        }
      else if (place->visited != 0)
        {
          set_colour (cr, &self->colours[place->visited == 1 ? 0 : 1], 1);
          cairo_arc (cr, x, y, DOT_RADIUS, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      else
        {
          cairo_set_line_width (cr, 2);
          set_colour (cr, &self->colours[place->planned & 1 ? 0 : 1], 1);
          cairo_arc (cr, x, y, DOT_RADIUS - 1, 0, 2 * G_PI);
          cairo_stroke (cr);
        }
    }
  cairo_restore (cr);
}

cairo_surface_t *
dlg_map_scene_render (DlgMapScene      *self,
                      const DlgMapView *v,
                      const DlgColour  *fg,
                      int               scale)
{
  /* never an empty image (a texture needs a pixel), nor one past
   * DLG_MAP_MAX_IMAGE pixels a side (cairo refuses 32 768; a window
   * that wide shows the rest empty) */
  double width = CLAMP (ceil (v->width * scale), 1, DLG_MAP_MAX_IMAGE);
  double height = CLAMP (ceil (v->height * scale), 1, DLG_MAP_MAX_IMAGE);
  cairo_surface_t *surface =
    cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, scale, scale);
  /* curves flattened to a third of a pixel, not a tenth: a sixth less
   * time for the routes of a big dataset, no facet to see (at a whole
   * pixel long legs showed corners) */
  cairo_set_tolerance (cr, 0.3);
  dlg_map_draw_land (v, cr, fg);
  dlg_map_scene_draw (self, v, cr, fg);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}
