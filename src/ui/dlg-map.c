/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-map"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include <pango/pangocairo.h>

#include "dlg-map.h"
#include "dlg-map-scene.h"
#include "dlg-sets.h"
#include "dlg-style.h"

#define HIT_RADIUS 10.0
/* between the map and its legend under it */
#define LEGEND_GAP 4
/* the places' names: this much of the text's size */
#define NAME_SCALE 0.9
/* A scene of more legs than this is drawn in a worker thread, the last
 * image shown meanwhile: a leg takes about 60 us to draw here (3 058 legs,
 * 10 000 members: 190 ms), so the main loop draws at most 25 ms of it */
#define BACKGROUND_LEGS 400
/* Sides with more stops than this have their scene made in a worker
 * thread too (45 000 stops, 100 000 members: 80 ms a filter change); the
 * last scene answers hover and clicks meanwhile, as its image is shown */
#define BACKGROUND_STOPS 20000

/* What a scene is made from: the window replaces its reached set and
 * never changes one it gave, and a dataset's lists are safe to read from
 * two threads (DlgList) */
typedef struct
{
  DlgSide *sides[2];
  GHashTable *reached;
  guint serial;
} SceneJob;

static void
scene_job_free (gpointer data)
{
  SceneJob *job = data;

  g_clear_object (&job->sides[0]);
  g_clear_object (&job->sides[1]);
  g_clear_pointer (&job->reached, g_hash_table_unref);
  g_free (job);
}

/* What an image is drawn for; ink's font is the drawing's own */
typedef struct
{
  DlgMapScene *scene;
  DlgMapView view;
  DlgMapInk ink;
  int scale;
} Drawing;

static void
drawing_free (gpointer data)
{
  Drawing *drawing = data;

  dlg_map_scene_free (drawing->scene);
  g_clear_pointer ((PangoFontDescription **) &drawing->ink.font, pango_font_description_free);
  g_free (drawing);
}

static Drawing *
drawing_copy (const Drawing *drawing)
{
  Drawing *copy = g_memdup2 (drawing, sizeof *drawing);

  dlg_map_scene_ref (copy->scene);
  copy->ink.font = pango_font_description_copy (drawing->ink.font);
  return copy;
}

static gboolean
drawing_equal (const Drawing *a,
               const Drawing *b)
{
  return a->scene == b->scene && a->scale == b->scale &&
         memcmp (&a->view, &b->view, sizeof a->view) == 0 &&
         memcmp (&a->ink.fg, &b->ink.fg, sizeof a->ink.fg) == 0 &&
         memcmp (&a->ink.bg, &b->ink.bg, sizeof a->ink.bg) == 0 &&
         pango_font_description_equal (a->ink.font, b->ink.font);
}

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
  /* the accessible label: the map and its places, and the keyboard's
   * place when there is one */
  char *label;
  /* what the marks and colours mean, under the map (a label: text that
   * wraps at any width, and that screen readers read) */
  GtkWidget *legend;
  /* the names on the image shown (DlgMapName), for hover and clicks on
   * them, made when first asked for that image */
  GArray *names;
  Drawing *names_drawing;

  /* land, routes and places as an image, drawn once for a scene, view,
   * scale and colour and shown again while they stay: as a cairo node
   * every frame of the window (a focus ring, the page scrolled) replayed
   * all the routes, a second a frame for 100 000 members */
  GdkTexture *texture;
  Drawing *texture_drawing;
  /* the image being drawn in a worker thread (one at a time), the one
   * asked for since (drawn next; one asked for after it replaces it), and
   * what stops the wait when the map goes */
  Drawing *pending;
  Drawing *next;
  GCancellable *cancellable;
  guint background_legs;
  /* a big scene being made in a worker thread, and the one asked for
   * since (made next); serial counts the scenes asked for, so that one
   * made for an older request is dropped */
  SceneJob *scene_job;
  SceneJob *scene_next;
  guint scene_serial;
  guint background_stops;
};

G_DEFINE_FINAL_TYPE (DlgMap, dlg_map, GTK_TYPE_WIDGET)

enum {
  PLACE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_label (DlgMap     *self,
           const char *label)
{
  g_free (self->label);
  self->label = g_strdup (label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void update_legend (DlgMap *self);

static void
set_scene (DlgMap      *self,
           DlgMapScene *scene)
{
  g_autofree char *label = NULL;
  guint n;

  g_clear_pointer (&self->scene, dlg_map_scene_free);
  self->scene = scene;
  /* the old image stays on screen until the new one is drawn */
  self->focus = -1;

  n = dlg_map_scene_get_n_places (self->scene);
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Map of the routes, %u place",
                                        "Map of the routes, %u places", n), n);
  set_label (self, label);
  update_legend (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
make_scene_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  SceneJob *job = task_data;

  g_task_return_pointer (task, dlg_map_scene_new (job->sides[0], job->sides[1], job->reached),
                         (GDestroyNotify) dlg_map_scene_free);
}

static void scene_made_cb (GObject      *source,
                           GAsyncResult *result,
                           gpointer      user_data);

/* Makes self->scene_job's scene in a worker thread; the task holds the
 * map (its source) until it is done, and owns the job */
static void
start_scene (DlgMap *self)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, scene_made_cb, NULL);

  g_task_set_source_tag (task, start_scene);
  g_task_set_task_data (task, self->scene_job, scene_job_free);
  g_task_run_in_thread (task, make_scene_thread);
}

static void
scene_made_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  DlgMap *self = DLG_MAP (source);
  SceneJob *job = g_task_get_task_data (G_TASK (result));
  /* NULL when the map went meanwhile (its cancellable) */
  DlgMapScene *scene = g_task_propagate_pointer (G_TASK (result), NULL);

  if (scene == NULL)
    return;
  self->scene_job = NULL;
  if (job->serial == self->scene_serial)
    set_scene (self, scene);
  else
    dlg_map_scene_free (scene);
  if (self->scene_next != NULL)
    {
      self->scene_job = g_steal_pointer (&self->scene_next);
      start_scene (self);
    }
}

static guint
n_stops (DlgMap *self)
{
  guint n = 0;

  for (guint i = 0; i < 2; i++)
    if (self->sides[i] != NULL)
      n += g_list_model_get_n_items (dlg_side_get_destinations (self->sides[i]));
  return n;
}

static void
rebuild (DlgMap *self)
{
  SceneJob *job;

  self->scene_serial++;
  if (n_stops (self) <= self->background_stops)
    {
      /* small: at once; a scene still being made is dropped when done */
      g_clear_pointer (&self->scene_next, scene_job_free);
      set_scene (self, dlg_map_scene_new (self->sides[0], self->sides[1], self->reached));
      return;
    }
  job = g_new0 (SceneJob, 1);
  g_set_object (&job->sides[0], self->sides[0]);
  g_set_object (&job->sides[1], self->sides[1]);
  job->reached = self->reached != NULL ? g_hash_table_ref (self->reached) : NULL;
  job->serial = self->scene_serial;
  if (self->scene_job != NULL)
    {
      /* one at a time: this one waits, and replaces any waiting */
      g_clear_pointer (&self->scene_next, scene_job_free);
      self->scene_next = job;
      return;
    }
  self->scene_job = job;
  start_scene (self);
}

guint
dlg_map_get_n_places (DlgMap *self)
{
  g_return_val_if_fail (DLG_IS_MAP (self), 0);
  return dlg_map_scene_get_n_places (self->scene);
}

/* The map's height: the widget's, less the legend under it */
static int
map_height (DlgMap *self)
{
  int legend = gtk_widget_get_visible (self->legend) ? gtk_widget_get_height (self->legend) : 0;

  return MAX (gtk_widget_get_height (GTK_WIDGET (self)) - (legend > 0 ? legend + LEGEND_GAP : 0),
              0);
}

static DlgMapView
current_view (DlgMap *self)
{
  return dlg_map_scene_fit (self->scene, gtk_widget_get_width (GTK_WIDGET (self)),
                            map_height (self), self->zoom);
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

/* The names on the image shown: laid out as it drew them (once) */
static GArray *
shown_names (DlgMap *self)
{
  if (self->texture_drawing == NULL || self->texture_drawing->scene != self->scene)
    return NULL;
  if (self->names_drawing == NULL || !drawing_equal (self->names_drawing, self->texture_drawing))
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
      cairo_t *cr = cairo_create (surface);

      g_clear_pointer (&self->names, g_array_unref);
      g_clear_pointer (&self->names_drawing, drawing_free);
      self->names = dlg_map_scene_names (self->scene, &self->texture_drawing->view, cr,
                                         &self->texture_drawing->ink);
      self->names_drawing = drawing_copy (self->texture_drawing);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  return self->names;
}

/* The place at (x, y): its dot, or its name on the map; -1 for none */
static int
place_at (DlgMap *self,
          double  x,
          double  y)
{
  DlgMapView v = current_view (self);
  int index;
  GArray *names;

  if (y > v.height)
    return -1;
  index = dlg_map_scene_place_at (self->scene, &v, x, y, HIT_RADIUS);
  names = index < 0 ? shown_names (self) : NULL;
  for (guint i = 0; names != NULL && i < names->len; i++)
    {
      const DlgMapName *name = &g_array_index (names, DlgMapName, i);

      /* a home capital's name (past the places) has no tooltip of its own */
      if (x >= name->x && x < name->x + name->width && y >= name->y &&
          y < name->y + name->height && name->place < dlg_map_scene_get_n_places (self->scene))
        return name->place;
    }
  return index;
}

gboolean
dlg_map_get_name_position (DlgMap     *self,
                           const char *name,
                           double     *x,
                           double     *y)
{
  GArray *names;

  g_return_val_if_fail (DLG_IS_MAP (self), FALSE);

  names = shown_names (self);
  for (guint i = 0; names != NULL && i < names->len; i++)
    {
      const DlgMapName *n = &g_array_index (names, DlgMapName, i);

      if (g_strcmp0 (n->text, name) == 0)
        {
          *x = n->x + n->width / 2;
          *y = n->y + n->height / 2;
          return TRUE;
        }
    }
  return FALSE;
}

char *
dlg_map_describe_at (DlgMap *self,
                     double  x,
                     double  y)
{
  int index;

  g_return_val_if_fail (DLG_IS_MAP (self), NULL);

  index = place_at (self, x, y);
  return index >= 0 ? dlg_map_scene_describe (self->scene, index) : NULL;
}

/* --- drawing --- */

/* The text colour and the background under the map, and the names'
 * font (a copy: the caller frees it) */
static void
get_ink (DlgMap    *self,
         DlgMapInk *ink)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontDescription *font = pango_font_description_copy (pango_context_get_font_description (context));
  double dpi = pango_cairo_context_get_resolution (context);
  double size = pango_font_description_get_size (font) * NAME_SCALE;
  GdkRGBA fg, bg;

  dlg_widget_foreground (GTK_WIDGET (self), &fg);
  dlg_widget_background (GTK_WIDGET (self), &bg);
  ink->fg = (DlgColour) { fg.red, fg.green, fg.blue };
  ink->bg = (DlgColour) { bg.red, bg.green, bg.blue };
  /* the scene lays names out at 72 dpi: points are its units, pixels here */
  if (!pango_font_description_get_size_is_absolute (font))
    size = size * (dpi > 0 ? dpi : 96) / 72;
  pango_font_description_set_size (font, MAX ((int) size, PANGO_SCALE));
  ink->font = font;
}

static void
update_legend (DlgMap *self)
{
  DlgMapInk ink;
  g_autofree char *markup = NULL;

  get_ink (self, &ink);
  markup = dlg_map_scene_legend_markup (self->scene, &ink);
  pango_font_description_free ((PangoFontDescription *) ink.font);
  /* the style changes with the focus too: the same legend stays as it is */
  if (g_strcmp0 (markup, gtk_label_get_label (GTK_LABEL (self->legend))) != 0)
    gtk_label_set_markup (GTK_LABEL (self->legend), markup);
  gtk_widget_set_visible (self->legend, markup[0] != '\0');
}

/* cairo's ARGB32 is GDK's default memory format (premultiplied, native order) */
static GdkTexture *
texture_from_surface (cairo_surface_t *surface)
{
  int height = cairo_image_surface_get_height (surface);
  gsize stride = (gsize) cairo_image_surface_get_stride (surface);
  g_autoptr(GBytes) bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                                        stride * (gsize) height,
                                                        (GDestroyNotify) cairo_surface_destroy,
                                                        surface);

  return gdk_memory_texture_new (cairo_image_surface_get_width (surface), height,
                                 GDK_MEMORY_DEFAULT, bytes, stride);
}

/* takes surface and drawing */
static void
show_image (DlgMap          *self,
            cairo_surface_t *surface,
            Drawing         *drawing)
{
  g_clear_object (&self->texture);
  g_clear_pointer (&self->texture_drawing, drawing_free);
  self->texture = texture_from_surface (surface);
  self->texture_drawing = drawing;
}

static void
draw_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  Drawing *drawing = data;

  g_task_return_pointer (task,
                         dlg_map_scene_render (drawing->scene, &drawing->view, &drawing->ink,
                                               drawing->scale),
                         (GDestroyNotify) cairo_surface_destroy);
}

static void drawn_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data);

/* Draws self->pending in a worker thread; the task holds the map (its
 * source) until it is done */
static void
start_drawing (DlgMap *self)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, drawn_cb, NULL);

  g_task_set_source_tag (task, start_drawing);
  g_task_set_task_data (task, drawing_copy (self->pending), drawing_free);
  g_task_run_in_thread (task, draw_thread);
}

static void
drawn_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  DlgMap *self = DLG_MAP (source);
  Drawing *drawing = g_task_get_task_data (G_TASK (result));
  /* NULL when the map went meanwhile (its cancellable) */
  cairo_surface_t *surface = g_task_propagate_pointer (G_TASK (result), NULL);

  /* or no longer what is waited for (a small scene was drawn at once) */
  if (surface == NULL || self->pending == NULL || !drawing_equal (drawing, self->pending))
    {
      g_clear_pointer (&surface, cairo_surface_destroy);
      return;
    }
  /* newer than the image shown, even when a newer one waits */
  show_image (self, surface, g_steal_pointer (&self->pending));
  if (self->next != NULL)
    {
      self->pending = g_steal_pointer (&self->next);
      start_drawing (self);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Makes sure the image being shown, or drawn, is drawing's; takes it */
static void
draw_image (DlgMap  *self,
            Drawing *drawing)
{
  if (self->texture_drawing != NULL && drawing_equal (drawing, self->texture_drawing) &&
      self->pending == NULL)
    {
      drawing_free (drawing);
      return;
    }
  if (dlg_map_scene_get_n_legs (drawing->scene) <= self->background_legs)
    {
      /* small: at once (the bundled dataset's map takes 4 ms); a drawing
       * still in a thread is dropped when it is done */
      g_clear_pointer (&self->pending, drawing_free);
      g_clear_pointer (&self->next, drawing_free);
      show_image (self, dlg_map_scene_render (drawing->scene, &drawing->view, &drawing->ink,
                                              drawing->scale), drawing);
      return;
    }
  if (self->pending != NULL)
    {
      if (drawing_equal (drawing, self->pending))
        {
          g_clear_pointer (&self->next, drawing_free);
          drawing_free (drawing);
        }
      else if (self->next == NULL || !drawing_equal (drawing, self->next))
        {
          g_clear_pointer (&self->next, drawing_free);
          self->next = drawing;
        }
      else
        drawing_free (drawing);
      return;
    }
  self->pending = drawing;
  start_drawing (self);
}

static void
dlg_map_snapshot (GtkWidget   *widget,
                  GtkSnapshot *snapshot)
{
  DlgMap *self = DLG_MAP (widget);
  DlgMapView v = current_view (self);
  int scale = gtk_widget_get_scale_factor (widget);
  Drawing *drawing;

  if (gtk_widget_get_visible (self->legend))
    gtk_widget_snapshot_child (widget, self->legend, snapshot);
  if (v.width <= 0 || v.height <= 0)
    return;
  drawing = g_new0 (Drawing, 1);
  get_ink (self, &drawing->ink);
  drawing->scene = dlg_map_scene_ref (self->scene);
  drawing->view = v;
  drawing->scale = scale;
  draw_image (self, drawing);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, v.width, v.height));
  if (self->texture != NULL)
    gtk_snapshot_append_texture (snapshot, self->texture,
                                 &GRAPHENE_RECT_INIT (0, 0,
                                                      (float) gdk_texture_get_width (self->texture) / scale,
                                                      (float) gdk_texture_get_height (self->texture) / scale));
  if (self->focus >= 0 && gtk_widget_has_focus (widget))
    {
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot,
                                               &GRAPHENE_RECT_INIT (0, 0, v.width, v.height));
      DlgMapInk ink;

      get_ink (self, &ink);
      dlg_map_scene_draw_focus (self->scene, &v, cr, &ink, self->focus);
      pango_font_description_free ((PangoFontDescription *) ink.font);
      cairo_destroy (cr);
    }
  gtk_snapshot_pop (snapshot);
}

gboolean
dlg_map_is_drawn (DlgMap *self)
{
  g_return_val_if_fail (DLG_IS_MAP (self), FALSE);
  return self->texture_drawing != NULL && self->texture_drawing->scene == self->scene &&
         self->pending == NULL && self->next == NULL && self->scene_job == NULL &&
         self->scene_next == NULL;
}

void
dlg_map_set_background_legs (DlgMap *self,
                             guint   legs)
{
  g_return_if_fail (DLG_IS_MAP (self));
  self->background_legs = legs;
}

void
dlg_map_set_background_stops (DlgMap *self,
                              guint   stops)
{
  g_return_if_fail (DLG_IS_MAP (self));
  self->background_stops = stops;
}

const char *
dlg_map_get_label (DlgMap *self)
{
  g_return_val_if_fail (DLG_IS_MAP (self), NULL);
  return self->label;
}

GtkWidget *
dlg_map_get_legend (DlgMap *self)
{
  g_return_val_if_fail (DLG_IS_MAP (self), NULL);
  return self->legend;
}

/* --- the keyboard's place, activation --- */

int
dlg_map_get_focus (DlgMap *self)
{
  g_return_val_if_fail (DLG_IS_MAP (self), -1);
  return self->focus;
}

/* Moves the keyboard's place by step (places in the order the sides'
 * routes first reach them): the map names it beside its ring, its name
 * joins the map's accessible label (a screen reader reads the focused
 * widget's new name) and who came when becomes its description. */
void
dlg_map_move_focus (DlgMap *self,
                    int     step)
{
  guint n;
  g_autofree char *text = NULL;
  g_autofree char *base = NULL;
  g_autofree char *label = NULL;

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
  base = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Map of the routes, %u place",
                                       "Map of the routes, %u places", n), n);
  {
    /* the first line of the description: "London, United Kingdom" */
    g_autofree char *place = g_strndup (text, strcspn (text, "\n"));

    /* Translators: the map's accessible name while the keyboard is on a place:
     * "Map of the routes, 34 places", then "London, United Kingdom" */
    label = g_strdup_printf (C_("map's name", "%s: %s"), base, place);
  }
  set_label (self, label);
  /* the tooltip follows (has-tooltip stays TRUE: hovering goes on working) */
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
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
  int index = place_at (self, x, y);

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
query_tooltip (GtkWidget  *widget,
               int         x,
               int         y,
               gboolean    keyboard,
               GtkTooltip *tooltip)
{
  DlgMap *self = DLG_MAP (widget);
  g_autofree char *text = keyboard && self->focus >= 0
                          ? dlg_map_scene_describe (self->scene, self->focus)
                          : keyboard ? NULL : dlg_map_describe_at (self, x, y);

  g_autofree char *shown = NULL;

  if (text == NULL)
    return FALSE;
  shown = dlg_text_in_locale_direction (text);
  gtk_tooltip_set_text (tooltip, shown);
  return TRUE;
}

/* The map, and its legend under it at its height for the width */
static void
dlg_map_measure (GtkWidget      *widget,
                 GtkOrientation  orientation,
                 int             for_size,
                 int            *minimum,
                 int            *natural,
                 int            *minimum_baseline,
                 int            *natural_baseline)
{
  DlgMap *self = DLG_MAP (widget);
  int legend_min = 0, legend_nat = 0;

  if (gtk_widget_get_visible (self->legend))
    gtk_widget_measure (self->legend, orientation, for_size, &legend_min, &legend_nat, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (200, legend_min);
      *natural = MAX (640, *minimum);
    }
  else
    {
      int gap = legend_nat > 0 ? LEGEND_GAP : 0;

      *minimum = 120 + legend_min + gap;
      *natural = 320 + legend_nat + gap;
    }
}

static GtkSizeRequestMode
dlg_map_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
dlg_map_size_allocate (GtkWidget *widget,
                       int        width,
                       int        height,
                       int        baseline)
{
  DlgMap *self = DLG_MAP (widget);
  int legend = 0;

  if (!gtk_widget_get_visible (self->legend))
    return;
  gtk_widget_measure (self->legend, GTK_ORIENTATION_VERTICAL, width, &legend, NULL, NULL, NULL);
  legend = MIN (legend, height);
  gtk_widget_size_allocate (self->legend, &(GtkAllocation) { 0, height - legend, width, legend },
                            -1);
}

/* the theme changed (dark, light): the legend's colours follow */
static void
dlg_map_css_changed (GtkWidget         *widget,
                     GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (dlg_map_parent_class)->css_changed (widget, change);
  update_legend (DLG_MAP (widget));
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

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->pending, drawing_free);
  g_clear_pointer (&self->next, drawing_free);
  /* the job being made is its task's */
  self->scene_job = NULL;
  g_clear_pointer (&self->scene_next, scene_job_free);
  g_clear_object (&self->texture);
  g_clear_pointer (&self->texture_drawing, drawing_free);
  g_clear_pointer (&self->scene, dlg_map_scene_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->legend, gtk_widget_unparent);
  g_clear_pointer (&self->names, g_array_unref);
  g_clear_pointer (&self->names_drawing, drawing_free);

  G_OBJECT_CLASS (dlg_map_parent_class)->dispose (object);
}

static void
dlg_map_class_init (DlgMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlg_map_dispose;
  widget_class->snapshot = dlg_map_snapshot;
  widget_class->query_tooltip = query_tooltip;
  widget_class->measure = dlg_map_measure;
  widget_class->get_request_mode = dlg_map_get_request_mode;
  widget_class->size_allocate = dlg_map_size_allocate;
  widget_class->css_changed = dlg_map_css_changed;
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

  self->legend = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->legend), 0);
  dlg_label_set_wrapping (GTK_LABEL (self->legend), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (self->legend, "map-legend");
  gtk_widget_set_parent (self->legend, GTK_WIDGET (self));
  gtk_widget_set_visible (self->legend, FALSE);
  self->scene = dlg_map_scene_new (NULL, NULL, NULL);
  self->zoom = 1.0;
  self->focus = -1;
  self->background_legs = BACKGROUND_LEGS;
  self->background_stops = BACKGROUND_STOPS;
  /* stops the waits for the worker threads when the map goes */
  self->cancellable = g_cancellable_new ();
  /* an image drawn for a larger size, shown until the new one comes,
   * stays inside the map */
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  {
    GtkGesture *click = gtk_gesture_click_new ();

    g_signal_connect_object (click, "released", G_CALLBACK (click_released_cb), self, 0);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  }

  g_signal_connect_object (scroll, "scroll", G_CALLBACK (scroll_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

GtkWidget *
dlg_map_new (void)
{
  return g_object_new (DLG_TYPE_MAP, NULL);
}
