/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-map"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "dlg-map-scene.h"

#define LAND_RESOURCE "/com/example/Delegations/map/land-110m.txt"
#define DOT_RADIUS 5.0
/* the land: the text colour at this opacity over the background */
#define LAND_ALPHA 0.13

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
  /* what the map calls it: its outermost place's name ("Brussels" for
   * the EU institutions there); the tooltip keeps the whole name */
  char *map_name;
  char *country;
  Point p;
  /* bit 0: the first side, bit 1: the second */
  guint visited;
  guint planned;
  gboolean unsc;
  gboolean capital;
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
  /* the sides' names, isolated (NULL: no such side), for the legend */
  char *side_names[2];
  /* their home capitals' names as the dataset gives them, for the map */
  char *home_names[2];
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
  g_free (place->map_name);
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

/* A stop's status inside a tooltip's sentence, after a comma: lower case */
static const char *
status_in_sentence (DlgVisitStatus status)
{
  switch (status)
    {
    /* Translators: a stop's status inside a sentence of the map's tooltip,
     * after its dates: "India Group 2: 31 May – 3 Jun 2025, planned" */
    case DLG_VISIT_STATUS_PLANNED: return C_("status in a sentence", "planned");
    /* Translators: as "planned" */
    case DLG_VISIT_STATUS_VISITED: return C_("status in a sentence", "visited");
    /* Translators: as "planned" */
    case DLG_VISIT_STATUS_PLANNED_NOT_VISITED:
    default: return C_("status in a sentence", "planned, not visited");
    }
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
  self->side_names[index] = g_strdup (side_name);
  {
    DlgPlace *home = dlg_side_get_home_place (side);
    double lat, lon;

    if (home != NULL && dlg_place_get_coordinates (home, &lat, &lon))
      {
        self->has_home[index] = TRUE;
        self->home[index] = equal_earth (lon, lat);
        self->home_names[index] = g_strdup (dlg_place_get_name (home));
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
              g_clear_pointer (&cut, g_free);
              place->map_name = g_strdup (dlg_text_shown (dlg_destination_get_outer_label (dest),
                                                          &cut));
              place->name = dlg_text_isolate (dlg_destination_get_place_label (dest));
              place->country = dlg_text_isolate (named != NULL &&
                                                 dlg_place_get_country (named) != NULL
                                                 ? dlg_place_get_country (named)
                                                 : dlg_destination_get_country (dest));
              place->p = equal_earth (lon, lat);
              place->capital = named != NULL && dlg_place_get_kind (named) == DLG_PLACE_KIND_CAPITAL;
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
           * "India Group 2: 31 May – 3 Jun 2025, visited" */
          g_string_append_printf (place->who, _("%s %s: %s, %s"), side_name, label,
                                  dates != NULL ? dates : _("dates not known"),
                                  status_in_sentence (status));
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
  g_free (self->side_names[0]);
  g_free (self->side_names[1]);
  g_free (self->home_names[0]);
  g_free (self->home_names[1]);
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

gboolean
dlg_map_scene_place_is_capital (DlgMapScene *self,
                                guint        index)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return index < self->places->len && ((Place *) g_ptr_array_index (self->places, index))->capital;
}

gboolean
dlg_map_scene_place_is_shared (DlgMapScene *self,
                               guint        index)
{
  if (index >= self->places->len)
    return FALSE;
  return ((Place *) g_ptr_array_index (self->places, index))->visited == 3;
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

/* --- colours --- */

static double
channel (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const DlgColour *c)
{
  return 0.2126 * channel (c->red) + 0.7152 * channel (c->green) + 0.0722 * channel (c->blue);
}

double
dlg_colour_contrast (const DlgColour *a,
                     const DlgColour *b)
{
  double la = luminance (a);
  double lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

static DlgColour
mix (const DlgColour *a,
     const DlgColour *b,
     double           t)
{
  DlgColour c = { a->red + (b->red - a->red) * t, a->green + (b->green - a->green) * t,
                  a->blue + (b->blue - a->blue) * t };

  return c;
}

void
dlg_map_land_colour (const DlgMapInk *ink,
                     DlgColour       *land)
{
  *land = mix (&ink->bg, &ink->fg, LAND_ALPHA);
}

static double
hue_channel (double p,
             double q,
             double t)
{
  t = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
  if (t < 1.0 / 6)
    return p + (q - p) * 6 * t;
  if (t < 0.5)
    return q;
  if (t < 2.0 / 3)
    return p + (q - p) * (2.0 / 3 - t) * 6;
  return p;
}

/* c with its HSL lightness set to l: the same hue and saturation */
static DlgColour
with_lightness (const DlgColour *c,
                double           l)
{
  double max = MAX (c->red, MAX (c->green, c->blue));
  double min = MIN (c->red, MIN (c->green, c->blue));
  double d = max - min, h = 0, sat = 0, q, p;
  DlgColour out;

  if (d > 0)
    {
      double l0 = (max + min) / 2;

      sat = l0 > 0.5 ? d / (2 - max - min) : d / (max + min);
      if (max == c->red)
        h = (c->green - c->blue) / d + (c->green < c->blue ? 6 : 0);
      else if (max == c->green)
        h = (c->blue - c->red) / d + 2;
      else
        h = (c->red - c->green) / d + 4;
      h /= 6;
    }
  q = l < 0.5 ? l * (1 + sat) : l + sat - l * sat;
  p = 2 * l - q;
  out.red = hue_channel (p, q, h + 1.0 / 3);
  out.green = hue_channel (p, q, h);
  out.blue = hue_channel (p, q, h - 1.0 / 3);
  return out;
}

void
dlg_map_route_colour (const DlgMapInk *ink,
                      const DlgColour *side,
                      DlgColour       *route)
{
  /* away from the background: darker on paper, lighter on a dark theme,
   * in the side's hue and saturation */
  gboolean darker = luminance (&ink->bg) > 0.18;
  double l0 = (MAX (side->red, MAX (side->green, side->blue)) +
               MIN (side->red, MIN (side->green, side->blue))) / 2;
  DlgColour land;
  double best = 0;

  dlg_map_land_colour (ink, &land);
  *route = *side;
  for (guint step = 0; step <= 40; step++)
    {
      double l = darker ? l0 * (1 - step / 40.0) : l0 + (1 - l0) * step / 40.0;
      DlgColour c = step == 0 ? *side : with_lightness (side, l);
      double worst = MIN (dlg_colour_contrast (&c, &ink->bg), dlg_colour_contrast (&c, &land));

      if (worst > best)
        {
          best = worst;
          *route = c;
        }
      if (worst >= DLG_MAP_MIN_CONTRAST)
        return;
    }
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
  set_colour (cr, fg, LAND_ALPHA);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* --- names --- */

/* a name longer than DLG_MAP_NAME_CHARS is cut (its tooltip has it whole) */
#define NAME_PAD 2.0
/* places tried for a name, by priority: a big scene's first ones are
 * all that can fit in any case */
#define NAMES_TRIED 300

typedef struct
{
  double x0;
  double y0;
  double x1;
  double y1;
} Box;

static gboolean
boxes_overlap (const Box *a,
               const Box *b)
{
  return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

static PangoLayout *
name_layout (cairo_t         *cr,
             const DlgMapInk *ink)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);

  /* sizes in the cairo_t's units, whatever the surface's resolution */
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, ink->font);
  return layout;
}

/* The name as shown: plain text (never markup), cut */
static void
set_name (PangoLayout *layout,
          const char  *name)
{
  if (g_utf8_strlen (name, -1) > DLG_MAP_NAME_CHARS)
    {
      g_autofree char *start = g_utf8_substring (name, 0, DLG_MAP_NAME_CHARS - 1);
      g_autofree char *cut = g_strconcat (start, "…", NULL);

      pango_layout_set_text (layout, cut, -1);
    }
  else
    pango_layout_set_text (layout, name, -1);
}

/* What is named: place index, or past the places a side's home capital
 * (n_places + side), only for a side that has one with a name */
typedef struct
{
  Point p;
  const char *name;
  /* 0: both sides visited, 1: a capital, 2: any other place */
  int rank;
  guint n_who;
} Subject;

static void
get_subject (DlgMapScene *self,
             guint        index,
             Subject     *subject)
{
  guint n = self->places->len;

  if (index < n)
    {
      Place *place = g_ptr_array_index (self->places, index);

      *subject = (Subject) { place->p, place->map_name,
                             place->visited == 3 ? 0 : place->capital ? 1 : 2, place->n_who };
      return;
    }
  /* the names' order holds only the capitals that have a name; an
   * assertion (not a silent FALSE) also tells the compiler that *subject
   * is always set */
  g_assert (index < n + 2 && self->has_home[index - n] && self->home_names[index - n] != NULL);
  /* where the routes start: before the other capitals */
  *subject = (Subject) { self->home[index - n], self->home_names[index - n], 1, G_MAXUINT };
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  Subject sa, sb;

  get_subject (data, *(const guint *) a, &sa);
  get_subject (data, *(const guint *) b, &sb);
  if (sa.rank != sb.rank)
    return sa.rank - sb.rank;
  if (sa.n_who != sb.n_who)
    return sa.n_who > sb.n_who ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

/* Whether box is inside the view and clear of every box in taken */
static gboolean
box_free (const Box        *box,
          const DlgMapView *v,
          GArray           *taken)
{
  if (box->x0 < 1 || box->y0 < 1 || box->x1 > v->width - 1 || box->y1 > v->height - 1)
    return FALSE;
  for (guint i = 0; i < taken->len; i++)
    if (boxes_overlap (box, &g_array_index (taken, Box, i)))
      return FALSE;
  return TRUE;
}

/* a leader line keeps this far from other places and names: one that
 * grazed a dot could be read as that place's */
#define LEADER_CLEARANCE 1.0

/* Whether the segment from (x0, y0) to (x1, y1) crosses none of the
 * boxes taken (places and names), grown by LEADER_CLEARANCE, but for the
 * place's own, skip */
static gboolean
leader_free (double  x0,
             double  y0,
             double  x1,
             double  y1,
             GArray *taken,
             guint   skip,
             guint   from)
{
  guint steps = (guint) (hypot (x1 - x0, y1 - y0) / 3) + 1;

  for (guint i = from; i < taken->len; i++)
    {
      const Box *t = &g_array_index (taken, Box, i);
      Box grown = { t->x0 - LEADER_CLEARANCE, t->y0 - LEADER_CLEARANCE, t->x1 + LEADER_CLEARANCE,
                    t->y1 + LEADER_CLEARANCE };
      const Box *b = &grown;

      if (i == skip || MAX (x0, x1) < b->x0 || MIN (x0, x1) > b->x1 || MAX (y0, y1) < b->y0 ||
          MIN (y0, y1) > b->y1)
        continue;
      for (guint k = 0; k <= steps; k++)
        {
          double x = x0 + (x1 - x0) * k / steps;
          double y = y0 + (y1 - y0) * k / steps;

          if (x > b->x0 && x < b->x1 && y > b->y0 && y < b->y1)
            return FALSE;
        }
    }
  return TRUE;
}

/* The box of a name of width w and height h whose side nearest (x, y),
 * seen from the place in direction (dx, dy), touches it */
static Box
box_towards (double x,
             double y,
             double dx,
             double dy,
             double w,
             double h)
{
  Box b;

  if (dx > 0.3)
    b.x0 = x;
  else if (dx < -0.3)
    b.x0 = x - w;
  else
    b.x0 = x - w / 2;
  if (dx > 0.3 || dx < -0.3)
    b.y0 = y - h / 2;
  else if (dy > 0)
    b.y0 = y;
  else
    b.y0 = y - h;
  b.x1 = b.x0 + w;
  b.y1 = b.y0 + h;
  return b;
}

/* Where a name of width w and height h goes for the place at (x, y):
 * beside it (gap from its middle), or further off with a leader line
 * that crosses no place nor name; FALSE when nowhere.  A name that must
 * be shown (must: the boxes from there on are names) goes further off
 * still, its leader line over places if need be, never over a name;
 * another goes at most n_far steps off (0: beside it only), its leader
 * line crossing nothing. */
static gboolean
place_name (const DlgMapView *v,
            GArray           *taken,
            guint             own,
            guint             must,
            double            x,
            double            y,
            double            gap,
            double            w,
            double            h,
            guint             n_far,
            DlgMapName       *name)
{
  /* right, left, above, below, then the corners; then further off, the
   * sideways directions first (y down) */
  static const double near[][2] = {
    { 1, 0 }, { -1, 0 }, { 0, -1 }, { 0, 1 }, { 0.7, -0.7 }, { 0.7, 0.7 }, { -0.7, -0.7 },
    { -0.7, 0.7 },
  };
  /* beside it but raised or lowered by part of the name's height */
  static const double shifts[] = { -0.4, 0.4, -0.8, 0.8 };
  static const double angles[] = { 0, 180, 30, 150, -30, -150, 60, 120, -60, -120, 90, -90,
                                   15, 165, -15, -165, 45, 135, -45, -135, 75, 105, -75, -105 };
  static const double reach[] = { 26, 40, 58, 80, 106, 140, 180, 230, 290 };

  for (guint i = 0; i < G_N_ELEMENTS (near); i++)
    {
      Box b = box_towards (x + near[i][0] * gap, y + near[i][1] * gap, near[i][0], near[i][1], w,
                           h);

      if (box_free (&b, v, taken))
        {
          *name = (DlgMapName) { 0, NULL, b.x0, b.y0, w, h, FALSE };
          return TRUE;
        }
    }
  for (guint i = 0; i < 2 * G_N_ELEMENTS (shifts); i++)
    {
      double side = i % 2 == 0 ? 1 : -1;
      Box b = box_towards (x + side * gap, y + shifts[i / 2] * h, side, 0, w, h);

      if (box_free (&b, v, taken))
        {
          *name = (DlgMapName) { 0, NULL, b.x0, b.y0, w, h, FALSE };
          return TRUE;
        }
    }
  guint n_reach = must > 0 ? G_N_ELEMENTS (reach) : MIN (n_far, G_N_ELEMENTS (reach));

  for (guint r = 0; r < n_reach * (must > 0 ? 2 : 1); r++)
    for (guint i = 0; i < G_N_ELEMENTS (angles); i++)
      {
        /* the second round: over places (after the whole first round) */
        guint from = r < n_reach ? 0 : must;
        double dx = cos (angles[i] * G_PI / 180);
        double dy = -sin (angles[i] * G_PI / 180);
        double ex = x + dx * reach[r % n_reach];
        double ey = y + dy * reach[r % n_reach];
        Box b = box_towards (ex, ey, dx, dy, w, h);
        /* the line as drawn: from the dot's edge to the name's nearest point */
        double nx = CLAMP (x, b.x0, b.x1), ny = CLAMP (y, b.y0, b.y1);
        double d = hypot (nx - x, ny - y);

        if (d > DOT_RADIUS + 2 && box_free (&b, v, taken) &&
            leader_free (x + (nx - x) * (DOT_RADIUS + 2) / d, y + (ny - y) * (DOT_RADIUS + 2) / d,
                         nx, ny, taken, own, from))
          {
            *name = (DlgMapName) { 0, NULL, b.x0, b.y0, w, h, TRUE };
            return TRUE;
          }
      }
  return FALSE;
}

GArray *
dlg_map_scene_names (DlgMapScene      *self,
                     const DlgMapView *v,
                     cairo_t          *cr,
                     const DlgMapInk  *ink)
{
  GArray *names = g_array_new (FALSE, FALSE, sizeof (DlgMapName));
  g_autoptr(GArray) order = NULL;
  g_autoptr(GArray) taken = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree gboolean *placed = NULL;
  guint n = self->places->len, tried;

  if (ink->font == NULL || n == 0)
    return names;
  layout = name_layout (cr, ink);
  order = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  taken = g_array_sized_new (FALSE, FALSE, sizeof (Box), n + 2);
  /* every dot and home square is taken: a name never hides a place */
  for (guint i = 0; i < n; i++)
    {
      Place *place = g_ptr_array_index (self->places, i);
      double x, y, r = DOT_RADIUS + (place->unsc ? 4 : 1.5);
      Box b;

      to_screen (v, place->p, &x, &y);
      b = (Box) { x - r, y - r, x + r, y + r };
      g_array_append_val (taken, b);
      g_array_append_val (order, i);
    }
  /* the home squares (taken n and n + 1: a side with none takes nothing) */
  for (guint i = 0; i < 2; i++)
    {
      Box b = { -G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
      double x, y;

      if (self->has_home[i])
        {
          to_screen (v, self->home[i], &x, &y);
          b = (Box) { x - DOT_RADIUS - 1, y - DOT_RADIUS - 1, x + DOT_RADIUS + 1,
                      y + DOT_RADIUS + 1 };
          if (self->home_names[i] != NULL)
            {
              guint home = n + i;

              g_array_append_val (order, home);
            }
        }
      g_array_append_val (taken, b);
    }
  g_array_sort_with_data (order, compare_names, self);
  tried = MIN (order->len, NAMES_TRIED);
  placed = g_new0 (gboolean, tried);

  /* places both sides visited, whatever it takes; the capitals beside
   * them, then with leader lines as far as need be (so that one capital's
   * leader line takes no other's place beside its dot); the other places
   * beside them or a few steps off */
  for (guint pass = 0; pass < 4; pass++)
   for (guint k = 0; k < tried; k++)
    {
      static const int pass_rank[] = { 0, 1, 1, 2 };
      static const guint pass_far[] = { 0, 5, G_MAXUINT, 5 };
      guint i = g_array_index (order, guint, k);
      PangoRectangle logical;
      DlgMapName name;
      Subject subject;
      double x, y;

      get_subject (self, i, &subject);
      if (placed[k] || subject.rank != pass_rank[pass])
        continue;
      to_screen (v, subject.p, &x, &y);
      /* off the view (zoomed in): nothing to name */
      if (x < 0 || y < 0 || x > v->width || y > v->height)
        continue;
      set_name (layout, subject.name);
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      /* a place both sides visited is named whatever it takes (the
       * boxes from n + 2 on are names) */
      if (place_name (v, taken, i, subject.rank == 0 ? n + 2 : 0, x, y, DOT_RADIUS + 4,
                      logical.width + 2 * NAME_PAD, logical.height + 2 * NAME_PAD,
                      pass_far[pass], &name))
        {
          Box b = { name.x, name.y, name.x + name.width, name.y + name.height };

          placed[k] = TRUE;
          name.place = i;
          name.text = subject.name;
          g_array_append_val (names, name);
          g_array_append_val (taken, b);
        }
    }
  return names;
}

static void
draw_names (DlgMapScene      *self,
            const DlgMapView *v,
            cairo_t          *cr,
            const DlgMapInk  *ink)
{
  g_autoptr(GArray) names = dlg_map_scene_names (self, v, cr, ink);
  g_autoptr(PangoLayout) layout = NULL;

  if (names->len == 0)
    return;
  layout = name_layout (cr, ink);
  cairo_save (cr);
  for (guint i = 0; i < names->len; i++)
    {
      const DlgMapName *name = &g_array_index (names, DlgMapName, i);
      double x, y;

      if (!name->leader)
        continue;
      /* the leader line: from the dot's edge to the name's nearest point */
      {
        Subject subject;

        get_subject (self, name->place, &subject);
        to_screen (v, subject.p, &x, &y);
      }
      {
        double ex = CLAMP (x, name->x, name->x + name->width);
        double ey = CLAMP (y, name->y, name->y + name->height);
        double d = hypot (ex - x, ey - y);

        if (d <= DOT_RADIUS + 2)
          continue;
        cairo_move_to (cr, x + (ex - x) * (DOT_RADIUS + 2) / d, y + (ey - y) * (DOT_RADIUS + 2) / d);
        cairo_line_to (cr, ex, ey);
      }
    }
  cairo_set_line_width (cr, 1);
  set_colour (cr, &ink->fg, 0.7);
  cairo_stroke (cr);

  for (guint i = 0; i < names->len; i++)
    {
      const DlgMapName *name = &g_array_index (names, DlgMapName, i);

      set_name (layout, name->text);
      /* the text on an opaque halo of the background, drawn after the
       * routes: readable over land and routes (London's tangle) */
      cairo_move_to (cr, name->x + NAME_PAD, name->y + NAME_PAD);
      pango_cairo_layout_path (cr, layout);
      cairo_set_line_width (cr, 4.5);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      set_colour (cr, &ink->bg, 1);
      cairo_stroke (cr);
      cairo_move_to (cr, name->x + NAME_PAD, name->y + NAME_PAD);
      set_colour (cr, &ink->fg, 1);
      pango_cairo_show_layout (cr, layout);
    }
  cairo_new_path (cr);
  cairo_restore (cr);
}

void
dlg_map_scene_draw_focus (DlgMapScene      *self,
                          const DlgMapView *v,
                          cairo_t          *cr,
                          const DlgMapInk  *ink,
                          guint             index)
{
  Place *place;
  double x, y;

  g_return_if_fail (index < self->places->len);
  place = g_ptr_array_index (self->places, index);
  to_screen (v, place->p, &x, &y);
  cairo_save (cr);
  /* nothing joins the ring from a path left by what was drawn before */
  cairo_new_path (cr);
  cairo_set_line_width (cr, 2);
  set_colour (cr, &ink->fg, 1);
  cairo_arc (cr, x, y, DOT_RADIUS + 7, 0, 2 * G_PI);
  cairo_stroke (cr);

  /* its name and country in a box beside it: the first side of the ring
   * where the box fits in the view */
  if (ink->font != NULL)
    {
      g_autoptr(PangoLayout) layout = name_layout (cr, ink);
      /* the first line of its tooltip: "London, United Kingdom" */
      g_autofree char *described = dlg_map_scene_describe (self, index);
      g_autofree char *text = g_strndup (described, strcspn (described, "\n"));
      g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (Box));
      PangoRectangle logical;
      DlgMapName box;
      double pad = 4;

      pango_layout_set_text (layout, text, -1);
      pango_layout_set_width (layout, (int) MAX (v->width - 4 * pad, 1) * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      if (!place_name (v, none, 0, 0, x, y, DOT_RADIUS + 10, logical.width + 2 * pad,
                       logical.height + 2 * pad, FALSE, &box))
        {
          /* a view too small for it: at the top, as far as it goes */
          box = (DlgMapName) { index, NULL, 0, 0, logical.width + 2 * pad, logical.height + 2 * pad,
                               FALSE };
        }
      cairo_rectangle (cr, box.x, box.y, box.width, box.height);
      set_colour (cr, &ink->bg, 1);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 1);
      set_colour (cr, &ink->fg, 1);
      cairo_stroke (cr);
      cairo_move_to (cr, box.x + pad - logical.x, box.y + pad);
      pango_cairo_show_layout (cr, layout);
      cairo_new_path (cr);
    }
  cairo_restore (cr);
}

void
dlg_map_scene_draw (DlgMapScene      *self,
                    const DlgMapView *v,
                    cairo_t          *cr,
                    const DlgMapInk  *ink)
{
  DlgColour colours[2];

  dlg_map_route_colour (ink, &self->colours[0], &colours[0]);
  dlg_map_route_colour (ink, &self->colours[1], &colours[1]);
  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* routes: gently curved legs in the side's route colour */
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
          /* a casing in the background's colour parts crossing routes;
           * the route colour itself stands out from land and background */
          cairo_set_line_width (cr, 4);
          set_colour (cr, &ink->bg, 0.5);
          cairo_stroke_preserve (cr);
          cairo_set_line_width (cr, 2);
          set_colour (cr, &colours[route->side], 1);
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
      set_colour (cr, &colours[i], 1);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 1.5);
      set_colour (cr, &ink->fg, 0.9);
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
          set_colour (cr, &ink->fg, 0.75);
          cairo_arc (cr, x, y, DOT_RADIUS + 3, 0, 2 * G_PI);
          cairo_stroke (cr);
        }
      /* every dot outlined in the text colour, whatever the side colour */
      cairo_set_line_width (cr, 1.5);
      set_colour (cr, &ink->fg, 0.9);
      cairo_arc (cr, x, y, DOT_RADIUS + 0.75, 0, 2 * G_PI);
      cairo_stroke (cr);
      if (place->visited == 3)
        {
          set_colour (cr, &colours[0], 1);
          cairo_arc (cr, x, y, DOT_RADIUS, G_PI / 2, 3 * G_PI / 2);
          cairo_fill (cr);
          set_colour (cr, &colours[1], 1);
          cairo_arc (cr, x, y, DOT_RADIUS, -G_PI / 2, G_PI / 2);
          cairo_fill (cr);
        }
      else if (place->visited != 0)
        {
          set_colour (cr, &colours[place->visited == 1 ? 0 : 1], 1);
          cairo_arc (cr, x, y, DOT_RADIUS, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      else
        {
          cairo_set_line_width (cr, 2);
          set_colour (cr, &colours[place->planned & 1 ? 0 : 1], 1);
          cairo_arc (cr, x, y, DOT_RADIUS - 1, 0, 2 * G_PI);
          cairo_stroke (cr);
        }
    }
  cairo_restore (cr);
  draw_names (self, v, cr, ink);
}

/* --- the legend --- */

static char *
colour_hex (const DlgColour *c)
{
  return g_strdup_printf ("#%02x%02x%02x", (guint) (c->red * 255 + 0.5),
                          (guint) (c->green * 255 + 0.5), (guint) (c->blue * 255 + 0.5));
}

/* An entry: its mark (markup) and its words (plain text), kept together */
static void
legend_entry (GString    *s,
              const char *mark,
              const char *words)
{
  g_autofree char *escaped = g_markup_escape_text (words, -1);
  g_auto(GStrv) parts = g_strsplit (escaped, " ", -1);
  g_autofree char *joined = g_strjoinv ("\u00a0", parts);

  /* the interface's direction mark first: the legend may open with a
   * side's name in another script (isolated, but Pango finds a
   * paragraph's direction in it all the same); entries apart by an em
   * space, where a line breaks; within an entry no-break spaces (a line
   * narrower than one breaks at a character) */
  if (s->len == 0)
    g_string_append (s, dlg_text_locale_mark ());
  else
    g_string_append (s, "\u2003");
  g_string_append_printf (s, "%s\u00a0%s", mark, joined);
}

char *
dlg_map_scene_legend_markup (DlgMapScene     *self,
                             const DlgMapInk *ink)
{
  GString *s = g_string_new (NULL);
  char *hex[2];
  gboolean planned = FALSE, unsc = FALSE, shared = FALSE;

  for (guint i = 0; i < 2; i++)
    {
      DlgColour c;

      dlg_map_route_colour (ink, &self->colours[i], &c);
      hex[i] = colour_hex (&c);
    }
  for (guint i = 0; i < self->places->len; i++)
    {
      Place *place = g_ptr_array_index (self->places, i);

      planned |= place->visited == 0;
      shared |= place->visited == 3;
      unsc |= place->unsc;
    }
  /* each side: a stretch of route and a dot, in its route colour */
  for (guint i = 0; i < 2; i++)
    if (self->side_names[i] != NULL)
      {
        g_autofree char *mark = g_strdup_printf ("<span foreground=\"%s\">━●</span>", hex[i]);

        legend_entry (s, mark, self->side_names[i]);
      }
  if (self->has_home[0] || self->has_home[1])
    legend_entry (s, "■", _("home capital"));
  /* as the other entries, only when the map has one */
  if (shared)
    {
      /* the two halves of a shared place's dot, as the map draws them
       * (left to right in any language: a right-to-left line would turn
       * the halves apart) */
      g_autofree char *mark = g_strdup_printf ("\u2066<span foreground=\"%s\">◖</span>"
                                               "<span foreground=\"%s\">◗</span>\u2069",
                                               hex[0], hex[1]);

      legend_entry (s, mark, _("both visited"));
    }
  if (planned)
    legend_entry (s, "○", _("planned, not visited"));
  if (unsc)
    legend_entry (s, "◎", _("ringed: UN Security Council member"));
  g_free (hex[0]);
  g_free (hex[1]);
  return g_string_free (s, FALSE);
}

cairo_surface_t *
dlg_map_scene_render (DlgMapScene      *self,
                      const DlgMapView *v,
                      const DlgMapInk  *ink,
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
  dlg_map_draw_land (v, cr, &ink->fg);
  dlg_map_scene_draw (self, v, cr, ink);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

void
dlg_map_scene_paint (DlgMapScene     *scene,
                     cairo_t         *cr,
                     double           x,
                     double           y,
                     double           width,
                     double           height,
                     const DlgMapInk *ink)
{
  DlgMapView view;

  g_return_if_fail (scene != NULL);

  view = dlg_map_scene_fit (scene, width, height, 1.0);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  dlg_map_draw_land (&view, cr, &ink->fg);
  dlg_map_scene_draw (scene, &view, cr, ink);
  cairo_restore (cr);
}
