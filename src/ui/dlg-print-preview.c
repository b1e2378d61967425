/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-print-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-print-preview.h"

struct _DlgPrintPreview
{
  GtkWindow parent_instance;

  GtkLabel *page_label;
  GtkDrawingArea *area;

  /* the operation previewed, its preview ended when this window goes */
  DlgPrintOperation *operation;
  guint page;
  /* 1: the page fits the window */
  double zoom;
  gboolean ready;
};

G_DEFINE_FINAL_TYPE (DlgPrintPreview, dlg_print_preview, GTK_TYPE_WINDOW)

enum
{
  PRINT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define PAGE_GAP 24

static DlgSheet *
sheet (DlgPrintPreview *self)
{
  return dlg_print_operation_get_sheet (self->operation);
}

static guint
n_pages (DlgPrintPreview *self)
{
  return self->ready && sheet (self) != NULL ? dlg_sheet_get_n_pages (sheet (self)) : 0;
}

/* The scale at which a page fits the window */
static double
fit_scale (DlgPrintPreview *self)
{
  double page_w = dlg_sheet_get_page_width (sheet (self));
  double page_h = dlg_sheet_get_page_height (sheet (self));
  /* the scrolled window's size: the window's child, not a bound template
   * child (disposing those would unparent the window's child) */
  GtkWidget *scroller = gtk_window_get_child (GTK_WINDOW (self));
  int view_w = gtk_widget_get_width (scroller);
  int view_h = gtk_widget_get_height (scroller);

  if (page_w <= 0 || page_h <= 0)
    return 0;
  return MIN ((view_w - PAGE_GAP) / page_w, (view_h - PAGE_GAP) / page_h);
}

static void
show_page (DlgPrintPreview *self)
{
  guint n = n_pages (self);
  g_autofree char *text = NULL;

  self->page = MIN (self->page, n > 0 ? n - 1 : 0);
  /* Translators: in the print preview */
  text = g_strdup_printf (_("Page %u of %u"), self->page + 1, n);
  gtk_label_set_text (self->page_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next", self->page + 1 < n);
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  DlgPrintPreview *self = user_data;
  double page_w, page_h, scale, x, y;

  if (n_pages (self) == 0)
    return;
  page_w = dlg_sheet_get_page_width (sheet (self));
  page_h = dlg_sheet_get_page_height (sheet (self));
  scale = fit_scale (self) * self->zoom;
  if (scale <= 0)
    return;
  x = (width - page_w * scale) / 2;
  y = (height - page_h * scale) / 2;

  /* paper: white whatever the theme, with a thin edge */
  cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
  cairo_rectangle (cr, x - 1, y - 1, page_w * scale + 2, page_h * scale + 2);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, page_w * scale, page_h * scale);
  cairo_fill (cr);

  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  dlg_sheet_draw_page (sheet (self), cr, self->page);
}

static void
go_to (DlgPrintPreview *self,
       int              step)
{
  int page = (int) self->page + step;

  if (page >= 0 && page < (int) n_pages (self))
    {
      self->page = (guint) page;
      show_page (self);
    }
}

/* Zoom: the page grows past the window, which then scrolls */
static void
set_zoom (DlgPrintPreview *self,
          double           zoom)
{
  double fit;

  if (n_pages (self) == 0)
    return;
  fit = fit_scale (self);
  self->zoom = CLAMP (zoom, 1.0, 4.0);
  gtk_drawing_area_set_content_width (self->area, self->zoom > 1
                                      ? (int) (dlg_sheet_get_page_width (sheet (self)) * fit * self->zoom + PAGE_GAP)
                                      : 0);
  gtk_drawing_area_set_content_height (self->area, self->zoom > 1
                                       ? (int) (dlg_sheet_get_page_height (sheet (self)) * fit * self->zoom + PAGE_GAP)
                                       : 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-out", self->zoom > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-in", self->zoom < 4);
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

static void
go_action (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  DlgPrintPreview *self = DLG_PRINT_PREVIEW (widget);

  if (g_str_equal (action_name, "preview.first"))
    go_to (self, -(int) self->page);
  else if (g_str_equal (action_name, "preview.last"))
    go_to (self, (int) n_pages (self) - 1 - (int) self->page);
  else
    go_to (self, g_str_equal (action_name, "preview.next") ? 1 : -1);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DlgPrintPreview *self = DLG_PRINT_PREVIEW (widget);

  if (g_str_equal (action_name, "preview.zoom-in"))
    set_zoom (self, self->zoom * 1.5);
  else if (g_str_equal (action_name, "preview.zoom-out"))
    set_zoom (self, self->zoom / 1.5);
  else
    set_zoom (self, 1.0);
}

/* Print what is previewed: the window goes, ::print prints it */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DlgPrintPreview *self = DLG_PRINT_PREVIEW (widget);
  g_autoptr(DlgSnapshot) snapshot = g_object_ref (dlg_print_operation_get_snapshot (self->operation));

  g_object_ref (self);
  gtk_window_destroy (GTK_WINDOW (self));
  g_signal_emit (self, signals[PRINT], 0, snapshot);
  g_object_unref (self);
}

/* GTK paginated the sheet: show it */
static void
ready_cb (DlgPrintPreview *self)
{
  self->ready = TRUE;
  self->page = 0;
  show_page (self);
  set_zoom (self, 1.0);
  gtk_window_present (GTK_WINDOW (self));
}

/* The operation ended before it was ready (cancelled, or it failed):
 * nothing to preview */
static void
done_cb (DlgPrintPreview *self)
{
  if (!self->ready)
    gtk_window_destroy (GTK_WINDOW (self));
}

guint
dlg_print_preview_get_page (DlgPrintPreview *self)
{
  g_return_val_if_fail (DLG_IS_PRINT_PREVIEW (self), 0);
  return self->page;
}

static void
dlg_print_preview_dispose (GObject *object)
{
  DlgPrintPreview *self = DLG_PRINT_PREVIEW (object);

  if (self->operation != NULL)
    {
      DlgPrintOperation *operation = g_steal_pointer (&self->operation);

      g_signal_handlers_disconnect_by_data (operation, self);
      gtk_print_operation_preview_end_preview (GTK_PRINT_OPERATION_PREVIEW (operation));
      g_object_unref (operation);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), DLG_TYPE_PRINT_PREVIEW);

  G_OBJECT_CLASS (dlg_print_preview_parent_class)->dispose (object);
}

static void
dlg_print_preview_class_init (DlgPrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const struct { guint key; const char *action; } keys[] = {
    { GDK_KEY_Page_Up, "preview.previous" }, { GDK_KEY_Left, "preview.previous" },
    { GDK_KEY_Up, "preview.previous" }, { GDK_KEY_Page_Down, "preview.next" },
    { GDK_KEY_Right, "preview.next" }, { GDK_KEY_Down, "preview.next" },
    { GDK_KEY_space, "preview.next" }, { GDK_KEY_plus, "preview.zoom-in" },
    { GDK_KEY_equal, "preview.zoom-in" }, { GDK_KEY_KP_Add, "preview.zoom-in" },
    { GDK_KEY_minus, "preview.zoom-out" }, { GDK_KEY_KP_Subtract, "preview.zoom-out" },
    { GDK_KEY_0, "preview.zoom-reset" }, { GDK_KEY_KP_0, "preview.zoom-reset" },
    { GDK_KEY_Home, "preview.first" }, { GDK_KEY_End, "preview.last" },
    { GDK_KEY_Escape, "window.close" },
  };

  object_class->dispose = dlg_print_preview_dispose;

  /* ::print (DlgSnapshot): Print was pressed; the preview is gone */
  signals[PRINT] = g_signal_new ("print", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, DLG_TYPE_SNAPSHOT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Delegations/ui/dlg-print-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, DlgPrintPreview, page_label);
  gtk_widget_class_bind_template_child (widget_class, DlgPrintPreview, area);
  gtk_widget_class_install_action (widget_class, "preview.previous", NULL, go_action);
  gtk_widget_class_install_action (widget_class, "preview.next", NULL, go_action);
  gtk_widget_class_install_action (widget_class, "preview.first", NULL, go_action);
  gtk_widget_class_install_action (widget_class, "preview.last", NULL, go_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_action);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].key, 0, keys[i].action, NULL);
}

static void
dlg_print_preview_init (DlgPrintPreview *self)
{
  self->zoom = 1.0;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->area, draw_cb, self, NULL);
}

/* GTK lays the pages out with context before "ready": a cairo context in
 * points, the same as the paper's */
static void
set_points_context (GtkPrintContext *context)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

DlgPrintPreview *
dlg_print_preview_new (DlgPrintOperation        *operation,
                       GtkPrintOperationPreview *preview,
                       GtkPrintContext          *context,
                       GtkWindow                *parent)
{
  DlgPrintPreview *self;

  g_return_val_if_fail (DLG_IS_PRINT_OPERATION (operation), NULL);
  g_return_val_if_fail (GTK_IS_PRINT_OPERATION_PREVIEW (preview), NULL);

  self = g_object_new (DLG_TYPE_PRINT_PREVIEW, NULL);
  self->operation = g_object_ref (operation);
  set_points_context (context);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_modal (GTK_WINDOW (self), TRUE);
    }
  g_signal_connect_object (preview, "ready", G_CALLBACK (ready_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (operation, "done", G_CALLBACK (done_cb), self, G_CONNECT_SWAPPED);
  show_page (self);
  return self;
}
