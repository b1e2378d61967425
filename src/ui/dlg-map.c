#define G_LOG_DOMAIN "dlg-map"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "dlg-map.h"
#include "dlg-overview.h"

#define LAND_RESOURCE "/com/example/Delegations/map/land-110m.txt"
#define DOT_RADIUS 5.0
#define HIT_RADIUS 10.0

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
  char *country;
  Point p;
  /* bit 0: the first side, bit 1: the second */
  guint visited;
  guint planned;
  gboolean unsc;
  GString *who;
} Place;

typedef struct
{
  guint side;
  GArray *points;
} Route;

typedef struct
{
  double scale;
  double cx;
  double cy;
  int width;
  int height;
} View;

struct _DlgMap
{
  GtkWidget parent_instance;

  DlgSide *sides[2];
  /* the destinations the members shown went to; NULL: all */
  GHashTable *reached;

  GPtrArray *places;
  GPtrArray *routes;
  GdkRGBA colours[2];
  double zoom;

  /* the land, drawn once for a view and reused while it stays */
  GskRenderNode *land_node;
  View land_view;
};

G_DEFINE_FINAL_TYPE (DlgMap, dlg_map, GTK_TYPE_WIDGET)

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
 * resources: Natural Earth 1:110m land, converted by build-aux/make-land.py. */
static GPtrArray *
land_rings (void)
{
  static GPtrArray *rings = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) lines = NULL;

  if (rings != NULL)
    return rings;

  rings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  bytes = g_resources_lookup_data (LAND_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    return rings;
  {
    g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

    lines = g_strsplit (text, "\n", -1);
  }
  for (guint i = 0; lines[i] != NULL; i++)
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
      g_ptr_array_add (rings, ring);
    }
  return rings;
}

/* --- places and routes --- */

static void
place_free (gpointer data)
{
  Place *place = data;

  g_free (place->key);
  g_free (place->name);
  g_free (place->country);
  g_string_free (place->who, TRUE);
  g_free (place);
}

static void
route_free (gpointer data)
{
  Route *route = data;

  g_array_unref (route->points);
  g_free (route);
}

static Place *
find_place (DlgMap     *self,
            const char *key)
{
  for (guint i = 0; i < self->places->len; i++)
    {
      Place *place = g_ptr_array_index (self->places, i);

      if (g_strcmp0 (place->key, key) == 0)
        return place;
    }
  return NULL;
}

static void
add_side (DlgMap  *self,
          DlgSide *side,
          guint    index)
{
  GListModel *delegations = dlg_side_get_delegations (side);
  g_autofree char *side_name = dlg_text_isolate (dlg_side_get_name (side));

  dlg_side_rgba (side, index, &self->colours[index]);

  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(DlgDelegation) d = g_list_model_get_item (delegations, i);
      GListModel *stops = dlg_delegation_get_destinations (d);
      g_autofree char *label = dlg_text_isolate (dlg_delegation_get_label (d));
      GHashTable *shown = self->reached;
      Route *route = g_new0 (Route, 1);

      route->side = index;
      route->points = g_array_new (FALSE, FALSE, sizeof (Point));
      for (guint j = 0; j < g_list_model_get_n_items (stops); j++)
        {
          g_autoptr(DlgDestination) dest = g_list_model_get_item (stops, j);
          g_autofree char *dates = dlg_format_dates (dlg_destination_get_from (dest),
                                                     dlg_destination_get_to (dest),
                                                     dlg_destination_get_dates_approximate (dest));
          DlgVisitStatus status = dlg_destination_get_status (dest);
          Place *place;
          double lat, lon;

          if (!dlg_destination_get_coordinates (dest, &lat, &lon) ||
              (shown != NULL && !g_hash_table_contains (shown, dest)))
            continue;
          place = find_place (self, dlg_destination_get_key (dest));
          if (place == NULL)
            {
              DlgPlace *named = dlg_destination_get_place (dest);

              place = g_new0 (Place, 1);
              place->key = g_strdup (dlg_destination_get_key (dest));
              place->name = dlg_text_isolate (dlg_destination_get_place_label (dest));
              place->country = dlg_text_isolate (named != NULL &&
                                                 dlg_place_get_country (named) != NULL
                                                 ? dlg_place_get_country (named)
                                                 : dlg_destination_get_country (dest));
              place->p = equal_earth (lon, lat);
              place->who = g_string_new (NULL);
              g_ptr_array_add (self->places, place);
            }
          if (dlg_destination_get_unsc (dest) == DLG_UNSC_PERMANENT ||
              dlg_destination_get_unsc (dest) == DLG_UNSC_ELECTED)
            place->unsc = TRUE;
          if (status == DLG_VISIT_STATUS_VISITED)
            {
              place->visited |= 1u << index;
              g_array_append_val (route->points, place->p);
            }
          else
            place->planned |= 1u << index;

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

static void
rebuild (DlgMap *self)
{
  g_autofree char *label = NULL;

  g_ptr_array_set_size (self->places, 0);
  g_ptr_array_set_size (self->routes, 0);
  for (guint i = 0; i < 2; i++)
    if (self->sides[i] != NULL)
      add_side (self, self->sides[i], i);
  g_clear_pointer (&self->land_node, gsk_render_node_unref);

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Map of the routes, %u place",
                                        "Map of the routes, %u places", self->places->len),
                           self->places->len);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
dlg_map_get_n_places (DlgMap *self)
{
  g_return_val_if_fail (DLG_IS_MAP (self), 0);
  return self->places->len;
}

/* --- the view --- */

static View
current_view (DlgMap *self)
{
  View v = { 1, 0, 0, gtk_widget_get_width (GTK_WIDGET (self)),
             gtk_widget_get_height (GTK_WIDGET (self)) };
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
    }
  /* a margin round the places, and never closer than a region */
  span_x = MAX (x1 - x0, 0.6) * 1.15;
  span_y = MAX (y1 - y0, 0.4) * 1.25;
  v.cx = (x0 + x1) / 2;
  v.cy = (y0 + y1) / 2;
  v.scale = MIN (MAX (v.width, 1) / span_x, MAX (v.height, 1) / span_y) * self->zoom;
  return v;
}

static void
to_screen (const View  *v,
           Point        p,
           double      *x,
           double      *y)
{
  *x = v->width / 2.0 + (p.x - v->cx) * v->scale;
  *y = v->height / 2.0 - (p.y - v->cy) * v->scale;
}

gboolean
dlg_map_get_place_position (DlgMap     *self,
                            const char *name,
                            double     *x,
                            double     *y)
{
  View v;

  g_return_val_if_fail (DLG_IS_MAP (self), FALSE);

  v = current_view (self);
  for (guint i = 0; i < self->places->len; i++)
    {
      Place *place = g_ptr_array_index (self->places, i);
      g_autofree char *plain = g_strndup (place->name + strlen ("\u2068"),
                                          strlen (place->name) - 2 * strlen ("\u2068"));

      if (g_strcmp0 (plain, name) == 0)
        {
          to_screen (&v, place->p, x, y);
          return TRUE;
        }
    }
  return FALSE;
}

static Place *
place_at (DlgMap *self,
          double  x,
          double  y)
{
  View v = current_view (self);
  Place *best = NULL;
  double best_d = HIT_RADIUS * HIT_RADIUS;

  for (guint i = 0; i < self->places->len; i++)
    {
      Place *place = g_ptr_array_index (self->places, i);
      double px, py, d;

      to_screen (&v, place->p, &px, &py);
      d = (px - x) * (px - x) + (py - y) * (py - y);
      if (d <= best_d)
        {
          best = place;
          best_d = d;
        }
    }
  return best;
}

char *
dlg_map_describe_at (DlgMap *self,
                     double  x,
                     double  y)
{
  Place *place;

  g_return_val_if_fail (DLG_IS_MAP (self), NULL);

  place = place_at (self, x, y);
  if (place == NULL)
    return NULL;
  /* Translators: a map place's tooltip: its name and country, then one line per visit */
  return g_strdup_printf (_("%s, %s%s"), place->name, place->country, place->who->str);
}

/* --- drawing --- */

static GskRenderNode *
draw_land (DlgMap     *self,
           const View *v)
{
  GPtrArray *rings = land_rings ();
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot,
                                           &GRAPHENE_RECT_INIT (0, 0, v->width, v->height));
  GdkRGBA fg;

  dlg_widget_foreground (GTK_WIDGET (self), &fg);
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
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.13);
  cairo_fill (cr);
  cairo_destroy (cr);
  return gtk_snapshot_to_node (snapshot);
}

static void
set_colour (cairo_t       *cr,
            const GdkRGBA *c,
            double         alpha)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, alpha);
}

static void
dlg_map_snapshot (GtkWidget   *widget,
                  GtkSnapshot *snapshot)
{
  DlgMap *self = DLG_MAP (widget);
  View v = current_view (self);
  cairo_t *cr;
  GdkRGBA fg;

  if (v.width <= 0 || v.height <= 0)
    return;
  if (self->land_node == NULL || memcmp (&v, &self->land_view, sizeof v) != 0)
    {
      g_clear_pointer (&self->land_node, gsk_render_node_unref);
      self->land_node = draw_land (self, &v);
      self->land_view = v;
    }
  if (self->land_node != NULL)
    gtk_snapshot_append_node (snapshot, self->land_node);

  dlg_widget_foreground (GTK_WIDGET (self), &fg);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, v.width, v.height));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* routes: gently curved legs in the side's colour */
  cairo_set_line_width (cr, 2);
  for (guint i = 0; i < self->routes->len; i++)
    {
      Route *route = g_ptr_array_index (self->routes, i);

      for (guint j = 1; j < route->points->len; j++)
        {
          double x0, y0, x1, y1;

          to_screen (&v, g_array_index (route->points, Point, j - 1), &x0, &y0);
          to_screen (&v, g_array_index (route->points, Point, j), &x1, &y1);
          cairo_move_to (cr, x0, y0);
          cairo_curve_to (cr, x0 + (x1 - x0) / 3 - (y1 - y0) / 6, y0 + (y1 - y0) / 3 + (x1 - x0) / 6,
                          x0 + 2 * (x1 - x0) / 3 - (y1 - y0) / 6,
                          y0 + 2 * (y1 - y0) / 3 + (x1 - x0) / 6, x1, y1);
          /* a halo in the text colour keeps a dark side colour visible on a
           * dark theme, and a light one on a light theme */
          cairo_set_line_width (cr, 4);
          set_colour (cr, &fg, 0.3);
          cairo_stroke_preserve (cr);
          cairo_set_line_width (cr, 2);
          set_colour (cr, &self->colours[route->side], 0.85);
          cairo_stroke (cr);
        }
    }

  /* places: filled where visited, hollow where only planned; both
   * sides' colours where both visited; UN Security Council members ringed */
  for (guint i = 0; i < self->places->len; i++)
    {
      Place *place = g_ptr_array_index (self->places, i);
      double x, y;

      to_screen (&v, place->p, &x, &y);
      if (place->unsc)
        {
          cairo_set_line_width (cr, 1.5);
          set_colour (cr, &fg, 0.75);
          cairo_arc (cr, x, y, DOT_RADIUS + 3, 0, 2 * G_PI);
          cairo_stroke (cr);
        }
      /* every dot outlined in the text colour, whatever the side colour */
      cairo_set_line_width (cr, 1.5);
      set_colour (cr, &fg, 0.9);
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
  cairo_destroy (cr);
}

/* --- zoom and tooltips --- */

static void
set_zoom (DlgMap *self,
          double  zoom)
{
  self->zoom = CLAMP (zoom, 0.5, 16.0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           DlgMap                   *self)
{
  set_zoom (self, self->zoom * (dy < 0 ? 1.25 : 0.8));
  return TRUE;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                DlgMap                *self)
{
  switch (keyval)
    {
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      set_zoom (self, self->zoom * 1.25);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      set_zoom (self, self->zoom * 0.8);
      return TRUE;
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      set_zoom (self, 1.0);
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  g_autofree char *text = dlg_map_describe_at (DLG_MAP (widget), x, y);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
dlg_map_measure (GtkWidget      *widget,
                 GtkOrientation  orientation,
                 int             for_size,
                 int            *minimum,
                 int            *natural,
                 int            *minimum_baseline,
                 int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 200 : 120;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 320;
}

static void
take_reached (DlgMap     *self,
              GHashTable *reached)
{
  g_clear_pointer (&self->reached, g_hash_table_unref);
  self->reached = reached != NULL ? g_hash_table_ref (reached) : NULL;
}

void
dlg_map_set_sides (DlgMap     *self,
                   DlgSide    *a,
                   DlgSide    *b,
                   GHashTable *reached)
{
  g_return_if_fail (DLG_IS_MAP (self));

  g_set_object (&self->sides[0], a);
  g_set_object (&self->sides[1], b);
  take_reached (self, reached);
  self->zoom = 1.0;
  rebuild (self);
}

void
dlg_map_set_reached (DlgMap     *self,
                     GHashTable *reached)
{
  g_return_if_fail (DLG_IS_MAP (self));

  take_reached (self, reached);
  rebuild (self);
}

static void
dlg_map_dispose (GObject *object)
{
  DlgMap *self = DLG_MAP (object);

  g_clear_object (&self->sides[0]);
  g_clear_object (&self->sides[1]);
  g_clear_pointer (&self->reached, g_hash_table_unref);

  g_clear_pointer (&self->land_node, gsk_render_node_unref);
  g_clear_pointer (&self->places, g_ptr_array_unref);
  g_clear_pointer (&self->routes, g_ptr_array_unref);

  G_OBJECT_CLASS (dlg_map_parent_class)->dispose (object);
}

static void
dlg_map_class_init (DlgMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlg_map_dispose;
  widget_class->snapshot = dlg_map_snapshot;
  widget_class->measure = dlg_map_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "map");
}

static void
dlg_map_init (DlgMap *self)
{
  GtkEventController *scroll = gtk_event_controller_scroll_new (
    GTK_EVENT_CONTROLLER_SCROLL_VERTICAL | GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->places = g_ptr_array_new_with_free_func (place_free);
  self->routes = g_ptr_array_new_with_free_func (route_free);
  self->zoom = 1.0;
  gdk_rgba_parse (&self->colours[0], "#c64600");
  gdk_rgba_parse (&self->colours[1], "#1c71d8");

  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}

GtkWidget *
dlg_map_new (void)
{
  return g_object_new (DLG_TYPE_MAP, NULL);
}
