#define G_LOG_DOMAIN "dlg-map"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlg-map.h"
#include "dlg-map-scene.h"
#include "dlg-overview.h"

#define HIT_RADIUS 10.0

struct _DlgMap
{
  GtkWidget parent_instance;

  DlgSide *sides[2];
  /* the destinations the members shown went to; NULL: all */
  GHashTable *reached;

  DlgMapScene *scene;
  double zoom;
  /* the place the keyboard is on, -1 for none */
  int focus;

  /* land, routes and places as an image, drawn once for a scene, view,
   * scale and colour and shown again while they stay: as a cairo node
   * every frame of the window (a focus ring, the page scrolled) replayed
   * all the routes, a second a frame for 100 000 members */
  GdkTexture *texture;
  DlgMapView texture_view;
  DlgColour texture_fg;
  int texture_scale;
};

G_DEFINE_FINAL_TYPE (DlgMap, dlg_map, GTK_TYPE_WIDGET)

enum {
  PLACE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
rebuild (DlgMap *self)
{
  g_autofree char *label = NULL;
  guint n;

  g_clear_pointer (&self->scene, dlg_map_scene_free);
  self->scene = dlg_map_scene_new (self->sides[0], self->sides[1], self->reached);
  g_clear_object (&self->texture);
  self->focus = -1;

  n = dlg_map_scene_get_n_places (self->scene);
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Map of the routes, %u place",
                                        "Map of the routes, %u places", n), n);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
dlg_map_get_n_places (DlgMap *self)
{
  g_return_val_if_fail (DLG_IS_MAP (self), 0);
  return dlg_map_scene_get_n_places (self->scene);
}

static DlgMapView
current_view (DlgMap *self)
{
  return dlg_map_scene_fit (self->scene, gtk_widget_get_width (GTK_WIDGET (self)),
                            gtk_widget_get_height (GTK_WIDGET (self)), self->zoom);
}

gboolean
dlg_map_get_place_position (DlgMap     *self,
                            const char *name,
                            double     *x,
                            double     *y)
{
  DlgMapView v;

  g_return_val_if_fail (DLG_IS_MAP (self), FALSE);

  v = current_view (self);
  for (guint i = 0; i < dlg_map_scene_get_n_places (self->scene); i++)
    if (g_strcmp0 (dlg_map_scene_place_name (self->scene, i), name) == 0)
      {
        dlg_map_scene_place_position (self->scene, &v, i, x, y);
        return TRUE;
      }
  return FALSE;
}

char *
dlg_map_describe_at (DlgMap *self,
                     double  x,
                     double  y)
{
  DlgMapView v;
  int index;

  g_return_val_if_fail (DLG_IS_MAP (self), NULL);

  v = current_view (self);
  index = dlg_map_scene_place_at (self->scene, &v, x, y, HIT_RADIUS);
  return index >= 0 ? dlg_map_scene_describe (self->scene, index) : NULL;
}

/* --- drawing --- */

static void
foreground (DlgMap    *self,
            DlgColour *fg)
{
  GdkRGBA rgba;

  dlg_widget_foreground (GTK_WIDGET (self), &rgba);
  fg->red = rgba.red;
  fg->green = rgba.green;
  fg->blue = rgba.blue;
}

static GdkTexture *
render_texture (DlgMap           *self,
                const DlgMapView *v,
                const DlgColour  *fg,
                int               scale)
{
  cairo_surface_t *surface = dlg_map_scene_render (self->scene, v, fg, scale);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  gsize stride = (gsize) cairo_image_surface_get_stride (surface);
  /* cairo's ARGB32 is GDK's default memory format (premultiplied, native order) */
  g_autoptr(GBytes) bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                                        stride * (gsize) height,
                                                        (GDestroyNotify) cairo_surface_destroy,
                                                        surface);

  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
}

static void
dlg_map_snapshot (GtkWidget   *widget,
                  GtkSnapshot *snapshot)
{
  DlgMap *self = DLG_MAP (widget);
  DlgMapView v = current_view (self);
  int scale = gtk_widget_get_scale_factor (widget);
  DlgColour fg;

  if (v.width <= 0 || v.height <= 0)
    return;
  foreground (self, &fg);
  if (self->texture == NULL || scale != self->texture_scale ||
      memcmp (&v, &self->texture_view, sizeof v) != 0 ||
      memcmp (&fg, &self->texture_fg, sizeof fg) != 0)
    {
      g_clear_object (&self->texture);
      self->texture = render_texture (self, &v, &fg, scale);
      self->texture_view = v;
      self->texture_fg = fg;
      self->texture_scale = scale;
    }
  gtk_snapshot_append_texture (snapshot, self->texture,
                               &GRAPHENE_RECT_INIT (0, 0,
                                                    (float) gdk_texture_get_width (self->texture) / scale,
                                                    (float) gdk_texture_get_height (self->texture) / scale));
  if (self->focus >= 0 && gtk_widget_has_focus (widget))
    {
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot,
                                               &GRAPHENE_RECT_INIT (0, 0, v.width, v.height));

      dlg_map_scene_draw_focus (self->scene, &v, cr, &fg, self->focus);
      cairo_destroy (cr);
    }
}

/* --- the keyboard's place, activation --- */

int
dlg_map_get_focus (DlgMap *self)
{
  g_return_val_if_fail (DLG_IS_MAP (self), -1);
  return self->focus;
}

/* Moves the keyboard's place by step (places in the order the sides'
 * routes first reach them); its name and who came when become the map's
 * description, which screen readers read. */
void
dlg_map_move_focus (DlgMap *self,
                    int     step)
{
  guint n;
  g_autofree char *text = NULL;

  g_return_if_fail (DLG_IS_MAP (self));

  n = dlg_map_scene_get_n_places (self->scene);
  if (n == 0)
    return;
  if (self->focus < 0)
    self->focus = step >= 0 ? 0 : (int) n - 1;
  else
    self->focus = ((self->focus + step) % (int) n + (int) n) % (int) n;
  text = dlg_map_scene_describe (self->scene, self->focus);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* "place-activated" for the keyboard's place */
void
dlg_map_activate_focus (DlgMap *self)
{
  g_return_if_fail (DLG_IS_MAP (self));

  if (self->focus >= 0)
    g_signal_emit (self, signals[PLACE_ACTIVATED], 0,
                   dlg_map_scene_place_destination (self->scene, self->focus));
}

static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   DlgMap          *self)
{
  DlgMapView v = current_view (self);
  int index = dlg_map_scene_place_at (self->scene, &v, x, y, HIT_RADIUS);

  if (index < 0)
    return;
  self->focus = index;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  dlg_map_activate_focus (self);
}

/* --- zoom and tooltips --- */
static void
set_zoom (DlgMap *self,
          double  zoom)
{
  self->zoom = CLAMP (zoom, 0.5, 16.0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Scrolling zooms once the map has the focus (a click or Tab), or with
 * Ctrl; otherwise it scrolls the page the map sits in. */
static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           DlgMap                   *self)
{
  GdkModifierType state =
    gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (!gtk_widget_has_focus (GTK_WIDGET (self)) && !(state & GDK_CONTROL_MASK))
    return FALSE;
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
    case GDK_KEY_Right:
    case GDK_KEY_Down:
      dlg_map_move_focus (self, 1);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
      dlg_map_move_focus (self, -1);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      dlg_map_activate_focus (self);
      return self->focus >= 0;
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
  DlgMap *self = DLG_MAP (widget);
  g_autofree char *text = keyboard && self->focus >= 0
                          ? dlg_map_scene_describe (self->scene, self->focus)
                          : dlg_map_describe_at (self, x, y);

  g_autofree char *shown = NULL;

  if (text == NULL)
    return FALSE;
  shown = dlg_text_in_locale_direction (text);
  gtk_tooltip_set_text (tooltip, shown);
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

void
dlg_map_set_sides (DlgMap     *self,
                   DlgSide    *a,
                   DlgSide    *b,
                   GHashTable *reached)
{
  g_return_if_fail (DLG_IS_MAP (self));

  g_set_object (&self->sides[0], a);
  g_set_object (&self->sides[1], b);
  dlg_replace_set (&self->reached, reached);
  self->zoom = 1.0;
  rebuild (self);
}

void
dlg_map_set_reached (DlgMap     *self,
                     GHashTable *reached)
{
  g_return_if_fail (DLG_IS_MAP (self));

  dlg_replace_set (&self->reached, reached);
  rebuild (self);
}

static void
dlg_map_dispose (GObject *object)
{
  DlgMap *self = DLG_MAP (object);

  g_clear_object (&self->sides[0]);
  g_clear_object (&self->sides[1]);
  g_clear_pointer (&self->reached, g_hash_table_unref);

  g_clear_object (&self->texture);
  g_clear_pointer (&self->scene, dlg_map_scene_free);

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

  /* a place clicked, or Enter on the keyboard's place: its first destination */
  signals[PLACE_ACTIVATED] =
    g_signal_new ("place-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, DLG_TYPE_DESTINATION);
  gtk_widget_class_set_css_name (widget_class, "map");
}

static void
dlg_map_init (DlgMap *self)
{
  GtkEventController *scroll = gtk_event_controller_scroll_new (
    GTK_EVENT_CONTROLLER_SCROLL_VERTICAL | GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->scene = dlg_map_scene_new (NULL, NULL, NULL);
  self->zoom = 1.0;
  self->focus = -1;
  {
    GtkGesture *click = gtk_gesture_click_new ();

    g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  }

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
