#define G_LOG_DOMAIN "dlg-window-print"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-export.h"
#include "dlg-sheet.h"
#include "dlg-window-private.h"

/* Printing and exports from the window: the same DlgSheet pages as
 * --export-pdf, with the window's filter and sort when the scope is
 * "as shown". */

static char *
config_path (const char *name)
{
  return g_build_filename (g_get_user_config_dir (), "delegations", name, NULL);
}

static GtkPageSetup *
load_page_setup (void)
{
  g_autofree char *path = config_path ("page-setup.ini");
  GtkPageSetup *setup = gtk_page_setup_new_from_file (path, NULL);

  if (setup == NULL)
    {
      g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (NULL);

      /* The locale's paper, landscape: the sheet has two columns. */
      setup = gtk_page_setup_new ();
      gtk_page_setup_set_paper_size (setup, paper);
      gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
    }
  return setup;
}

/* What was shown when the user asked (the members as shown and the filter
 * in words; dlg_snapshot_derive() drops them for "all members"): print,
 * preview and the exports all render this, whatever loads afterwards. */
static DlgSnapshot *
take_moment (DlgWindow *self)
{
  DlgDataset *dataset = dlg_window_get_dataset (self);
  g_autoptr(GtkPageSetup) setup = load_page_setup ();
  g_autoptr(DlgSnapshot) snapshot = NULL;
  g_autofree char *filter = NULL;

  g_return_val_if_fail (dataset != NULL, NULL);

  snapshot = dlg_snapshot_new (dataset);
  for (guint i = 0; i < 2; i++)
    {
      DlgSidePane *pane = dlg_window_get_pane (self, i);
      g_autoptr(GPtrArray) members = dlg_side_pane_collect_shown (pane);

      dlg_snapshot_add_side (snapshot, dlg_side_pane_get_side (pane), members);
    }
  filter = dlg_filter_describe (self->filter);
  dlg_snapshot_set_filter_text (snapshot, filter);
  dlg_snapshot_set_paper (snapshot, gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS),
                          gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS));
  /* The open dataset, and the file asked for (perhaps broken, being
   * fixed): an export never replaces either. */
  dlg_snapshot_protect (snapshot, dlg_document_get_file (self->document));
  dlg_snapshot_protect (snapshot, dlg_document_get_shown_file (self->document));
  dlg_snapshot_seal (snapshot);
  return g_steal_pointer (&snapshot);
}

/* What an output shows: the moment, with the choices last made in the
 * print or export flow (members as shown or all; the kind of sheet) */
DlgSnapshot *
dlg_window_take_snapshot (DlgWindow *self)
{
  g_autoptr(DlgSnapshot) moment = take_moment (self);

  return dlg_snapshot_derive (moment, self->sheet_as_shown, self->sheet_kind);
}

/* --- the choices in the print and export flow --- */

static const char * const scope_ids[] = { "shown", "all", NULL };
static const char * const kind_ids[] = { "briefing", "glance", "full", NULL };

static void
remember_choices (DlgWindow  *self,
                  const char *scope,
                  const char *kind)
{
  DlgSheetKind k;

  if (scope != NULL)
    dlg_window_set_sheet_as_shown (self, g_strcmp0 (scope, "all") != 0);
  if (kind != NULL && dlg_sheet_kind_from_nick (kind, &k))
    self->sheet_kind = k;
}

/* The print dialog's "Contents" tab: which members, which sheet */
static GtkWidget *
choice_group (GtkWidget          *grid,
              int                 row,
              const char         *title,
              const char * const *ids,
              const char * const *labels,
              const char         *selected)
{
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *first = NULL;

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  if (row > 0)
    gtk_widget_set_margin_top (heading, 12);
  gtk_grid_attach (GTK_GRID (grid), heading, 0, row, 1, 1);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      GtkWidget *check = gtk_check_button_new_with_mnemonic (labels[i]);

      g_object_set_data (G_OBJECT (check), "dlg-choice", (gpointer) ids[i]);
      if (first != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), GTK_CHECK_BUTTON (first));
      else
        first = check;
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_strcmp0 (ids[i], selected) == 0);
      gtk_box_append (GTK_BOX (box), check);
    }
  gtk_grid_attach (GTK_GRID (grid), box, 0, row + 1, 1, 1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  heading, NULL, -1);
  return box;
}

static const char *
chosen (GtkWidget *group)
{
  for (GtkWidget *c = gtk_widget_get_first_child (group); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (c)))
      return g_object_get_data (G_OBJECT (c), "dlg-choice");
  return NULL;
}

static const char * const *
scope_labels (void)
{
  static const char *labels[3];

  labels[0] = _("Members as _shown");
  labels[1] = _("_All members");
  return labels;
}

static const char * const *
kind_labels (void)
{
  static const char *labels[4];

  labels[0] = _("_Briefing");
  labels[1] = _("At a _glance (one page)");
  labels[2] = _("_Full annex (every stop and count)");
  return labels;
}

static GObject *
create_contents_cb (GtkPrintOperation *operation,
                    DlgWindow         *self)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);
  choice_group (grid, 0, _("Members"), scope_ids, scope_labels (),
                self->sheet_as_shown ? "shown" : "all");
  choice_group (grid, 2, _("Sheet"), kind_ids, kind_labels (), kind_ids[self->sheet_kind]);
  return G_OBJECT (grid);
}

static void set_operation_sheet (GtkPrintOperation *operation,
                                 DlgSnapshot       *snapshot);

static void
apply_contents_cb (GtkPrintOperation *operation,
                   GtkWidget         *grid,
                   DlgWindow         *self)
{
  DlgSnapshot *moment = g_object_get_data (G_OBJECT (operation), "dlg-moment");
  g_autoptr(DlgSnapshot) snapshot = NULL;

  remember_choices (self, chosen (gtk_grid_get_child_at (GTK_GRID (grid), 0, 1)),
                    chosen (gtk_grid_get_child_at (GTK_GRID (grid), 0, 3)));
  if (moment == NULL)
    return;
  snapshot = dlg_snapshot_derive (moment, self->sheet_as_shown, self->sheet_kind);
  set_operation_sheet (operation, snapshot);
}

/* --- print --- */

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                gpointer           user_data)
{
  DlgSheet *sheet = g_object_get_data (G_OBJECT (operation), "dlg-sheet");

  dlg_sheet_set_page_size (sheet, gtk_print_context_get_width (context),
                           gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, (int) dlg_sheet_paginate (sheet));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              gpointer           user_data)
{
  DlgSheet *sheet = g_object_get_data (G_OBJECT (operation), "dlg-sheet");

  dlg_sheet_draw_page (sheet, gtk_print_context_get_cairo_context (context), (guint) page);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               DlgWindow               *self)
{
  /* An asynchronous run ends here: let the window drop it. */
  if (self->print_operation == operation)
    g_clear_object (&self->print_operation);

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_autofree char *dir = g_build_filename (g_get_user_config_dir (), "delegations", NULL);
      g_autofree char *settings_path = config_path ("print-settings.ini");
      g_autofree char *setup_path = config_path ("page-setup.ini");
      GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
      GtkPageSetup *setup = gtk_print_operation_get_default_page_setup (operation);

      /* Remember the printer, copies and paper for next time. */
      g_mkdir_with_parents (dir, 0700);
      if (settings != NULL)
        gtk_print_settings_to_file (settings, settings_path, NULL);
      if (setup != NULL)
        gtk_page_setup_to_file (setup, setup_path, NULL);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      dlg_window_show_message (self, _("Printing failed"), error != NULL ? error->message : NULL,
                               NULL);
    }
}

/* An operation that prints sheet: the pages come from the sheet, paginated
 * for the paper the operation is given. */
static void
set_operation_sheet (GtkPrintOperation *operation,
                     DlgSnapshot       *snapshot)
{
  /* The operation keeps the sheet for as long as it runs. */
  g_object_set_data_full (G_OBJECT (operation), "dlg-sheet", dlg_sheet_new (snapshot),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (operation), "dlg-snapshot", g_object_ref (snapshot),
                          g_object_unref);
}

static GtkPrintOperation *
sheet_operation (DlgSnapshot *snapshot)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = load_page_setup ();

  gtk_print_operation_set_default_page_setup (operation, setup);
  /* The sheet keeps its own margins, the same on paper as in the PDF. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);

  set_operation_sheet (operation, snapshot);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), NULL);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), NULL);
  return operation;
}

/* The print path without the dialog: GTK writes the pages to a PDF.
 * Tests use it to check that printing draws the same sheet. */
gboolean
dlg_window_print_to_file (DlgWindow   *self,
                          const char  *path,
                          int         *n_pages,
                          GError     **error)
{
  g_autoptr(DlgSnapshot) snapshot = dlg_window_take_snapshot (self);
  g_autoptr(GtkPrintOperation) operation = sheet_operation (snapshot);
  DlgSheet *sheet = g_object_get_data (G_OBJECT (operation), "dlg-sheet");
  GtkPrintOperationResult result;

  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error);
  if (n_pages != NULL)
    *n_pages = (int) dlg_sheet_get_n_pages (sheet);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

/* --- preview, in the application: no external viewer needed --- */

typedef struct
{
  GtkPrintOperationPreview *preview;
  DlgSheet *sheet;
  /* what is previewed, printed as it is by the Print button */
  DlgSnapshot *snapshot;
  GtkWindow *window;
  GtkWidget *area;
  GtkLabel *page_label;
  guint page;
  /* 1: the page fits the window */
  double zoom;
} Preview;

static void
preview_free (gpointer data)
{
  Preview *p = data;

  gtk_print_operation_preview_end_preview (p->preview);
  g_object_unref (p->preview);
  g_object_unref (p->sheet);
  g_clear_object (&p->snapshot);
  g_free (p);
}

static void
preview_show_page (Preview *p)
{
  guint n = dlg_sheet_get_n_pages (p->sheet);
  g_autofree char *text = NULL;

  p->page = MIN (p->page, n > 0 ? n - 1 : 0);
  /* Translators: in the print preview */
  text = g_strdup_printf (_("Page %u of %u"), p->page + 1, n);
  gtk_label_set_text (p->page_label, text);
  gtk_widget_queue_draw (p->area);
}

static void
preview_draw_cb (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        user_data)
{
  Preview *p = user_data;
  double page_w = dlg_sheet_get_page_width (p->sheet);
  double page_h = dlg_sheet_get_page_height (p->sheet);
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (area), GTK_TYPE_SCROLLED_WINDOW);
  int view_w = scroller != NULL ? gtk_widget_get_width (scroller) : width;
  int view_h = scroller != NULL ? gtk_widget_get_height (scroller) : height;
  double scale = MIN ((view_w - 24) / page_w, (view_h - 24) / page_h) * p->zoom;
  double x = (width - page_w * scale) / 2;
  double y = (height - page_h * scale) / 2;

  if (dlg_sheet_get_n_pages (p->sheet) == 0 || scale <= 0)
    return;

  /* paper: white whatever the theme, with a thin edge */
  cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
  cairo_rectangle (cr, x - 1, y - 1, page_w * scale + 2, page_h * scale + 2);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, page_w * scale, page_h * scale);
  cairo_fill (cr);

  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  dlg_sheet_draw_page (p->sheet, cr, p->page);
}

static void
preview_step (Preview *p,
              int      step)
{
  int page = (int) p->page + step;

  if (page >= 0 && page < (int) dlg_sheet_get_n_pages (p->sheet))
    {
      p->page = (guint) page;
      preview_show_page (p);
    }
}

/* Zoom: the page grows past the window, which then scrolls */
static void
preview_zoom (Preview *p,
              double   zoom)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (p->area, GTK_TYPE_SCROLLED_WINDOW);
  double page_w = dlg_sheet_get_page_width (p->sheet);
  double page_h = dlg_sheet_get_page_height (p->sheet);
  int view_w = gtk_widget_get_width (scroller);
  int view_h = gtk_widget_get_height (scroller);
  double fit = MIN ((view_w - 24) / page_w, (view_h - 24) / page_h);

  p->zoom = CLAMP (zoom, 1.0, 4.0);
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (p->area),
                                      p->zoom > 1 ? (int) (page_w * fit * p->zoom + 24) : 0);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (p->area),
                                       p->zoom > 1 ? (int) (page_h * fit * p->zoom + 24) : 0);
  gtk_widget_queue_draw (p->area);
}

static void
preview_zoom_in_cb (GtkButton *button,
                    Preview   *p)
{
  preview_zoom (p, p->zoom * 1.5);
}

static void
preview_zoom_out_cb (GtkButton *button,
                     Preview   *p)
{
  preview_zoom (p, p->zoom / 1.5);
}

/* Print what is previewed: the same snapshot, through the print dialog */
static void
preview_print_cb (GtkButton *button,
                  Preview   *p)
{
  GtkWindow *parent = gtk_window_get_transient_for (p->window);

  if (parent != NULL && DLG_IS_WINDOW (parent) && p->snapshot != NULL)
    {
      g_autoptr(DlgSnapshot) snapshot = g_object_ref (p->snapshot);

      gtk_window_destroy (p->window);
      dlg_window_print_snapshot (DLG_WINDOW (parent), snapshot);
    }
}

static void
preview_previous_cb (GtkButton *button,
                     Preview   *p)
{
  preview_step (p, -1);
}

static void
preview_next_cb (GtkButton *button,
                 Preview   *p)
{
  preview_step (p, 1);
}

static gboolean
preview_key_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                Preview               *p)
{
  switch (keyval)
    {
    case GDK_KEY_Page_Up: case GDK_KEY_Left: case GDK_KEY_Up:
      preview_step (p, -1);
      return TRUE;
    case GDK_KEY_Page_Down: case GDK_KEY_Right: case GDK_KEY_Down: case GDK_KEY_space:
      preview_step (p, 1);
      return TRUE;
    case GDK_KEY_plus: case GDK_KEY_equal: case GDK_KEY_KP_Add:
      preview_zoom (p, p->zoom * 1.5);
      return TRUE;
    case GDK_KEY_minus: case GDK_KEY_KP_Subtract:
      preview_zoom (p, p->zoom / 1.5);
      return TRUE;
    case GDK_KEY_0: case GDK_KEY_KP_0:
      preview_zoom (p, 1.0);
      return TRUE;
    case GDK_KEY_Escape:
      gtk_window_destroy (p->window);
      return TRUE;
    default:
      return FALSE;
    }
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);
  return button;
}

static void
preview_ready_cb (GtkPrintOperationPreview *preview,
                  GtkPrintContext          *context,
                  Preview                  *p)
{
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *previous = icon_button ("go-previous-symbolic", _("Previous Page"));
  GtkWidget *next = icon_button ("go-next-symbolic", _("Next Page"));
  GtkWidget *zoom_in = icon_button ("zoom-in-symbolic", _("Zoom In"));
  GtkWidget *zoom_out = icon_button ("zoom-out-symbolic", _("Zoom Out"));
  GtkWidget *print = gtk_button_new ();
  GtkWidget *print_label = gtk_label_new_with_mnemonic (_("_Print…"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  p->page_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), previous);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), next);
  /* a label child: GTK 4.8 reads a button with a mnemonic label property twice */
  gtk_button_set_child (GTK_BUTTON (print), print_label);
  gtk_label_set_mnemonic_widget (GTK_LABEL (print_label), print);
  gtk_accessible_update_property (GTK_ACCESSIBLE (print), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Print what is shown"), -1);
  gtk_widget_add_css_class (print, "suggested-action");
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), print);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), zoom_in);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), zoom_out);
  g_signal_connect (zoom_in, "clicked", G_CALLBACK (preview_zoom_in_cb), p);
  g_signal_connect (zoom_out, "clicked", G_CALLBACK (preview_zoom_out_cb), p);
  g_signal_connect (print, "clicked", G_CALLBACK (preview_print_cb), p);
  gtk_header_bar_set_title_widget (GTK_HEADER_BAR (header), GTK_WIDGET (p->page_label));
  gtk_window_set_titlebar (p->window, header);
  g_signal_connect (previous, "clicked", G_CALLBACK (preview_previous_cb), p);
  g_signal_connect (next, "clicked", G_CALLBACK (preview_next_cb), p);

  p->area = gtk_drawing_area_new ();
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (p->area), preview_draw_cb, p, NULL);
  gtk_widget_set_hexpand (p->area, TRUE);
  gtk_widget_set_vexpand (p->area, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), p->area);
  gtk_window_set_child (p->window, scroller);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (preview_key_cb), p);
  gtk_widget_add_controller (GTK_WIDGET (p->window), keys);

  preview_show_page (p);
  gtk_window_present (p->window);
}

static gboolean
preview_cb (GtkPrintOperation        *operation,
            GtkPrintOperationPreview *preview,
            GtkPrintContext          *context,
            GtkWindow                *parent,
            gpointer                  user_data)
{
  DlgSheet *sheet = g_object_get_data (G_OBJECT (operation), "dlg-sheet");
  Preview *p = g_new0 (Preview, 1);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  /* GTK paginates with this context (in points) before "ready". */
  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  p->preview = g_object_ref (preview);
  p->sheet = g_object_ref (sheet);
  p->zoom = 1.0;
  p->snapshot = g_object_get_data (G_OBJECT (operation), "dlg-snapshot");
  if (p->snapshot != NULL)
    g_object_ref (p->snapshot);
  p->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_title (p->window, _("Print Preview"));
  gtk_window_set_default_size (p->window, 1000, 760);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (p->window, parent);
      gtk_window_set_modal (p->window, TRUE);
    }
  gtk_window_set_destroy_with_parent (p->window, TRUE);
  g_object_set_data_full (G_OBJECT (p->window), "dlg-preview", p, preview_free);
  if (parent != NULL && DLG_IS_WINDOW (parent))
    g_set_weak_pointer (&DLG_WINDOW (parent)->preview_window, p->window);
  g_signal_connect (preview, "ready", G_CALLBACK (preview_ready_cb), p);
  return TRUE;
}

/* sheet_operation() for a person: with the saved settings, the page
 * setup in the dialog, the preview in the application, and the settings
 * saved when it is done. */
static GtkPrintOperation *
new_operation (DlgWindow   *self,
               DlgSnapshot *snapshot,
               DlgSnapshot *moment)
{
  GtkPrintOperation *operation = sheet_operation (snapshot);
  g_autofree char *settings_path = config_path ("print-settings.ini");
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new_from_file (settings_path, NULL);

  if (settings != NULL)
    gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation,
                                    dlg_dataset_get_title (dlg_snapshot_get_dataset (snapshot)));
  g_signal_connect (operation, "preview", G_CALLBACK (preview_cb), NULL);
  /* The moment the user asked: the dialog's "Contents" tab chooses what of
   * it prints (without one, the snapshot prints as it is: the preview's) */
  if (moment != NULL)
    {
      g_object_set_data_full (G_OBJECT (operation), "dlg-moment", g_object_ref (moment),
                              g_object_unref);
      /* Translators: the print dialog's tab with the sheet's choices */
      gtk_print_operation_set_custom_tab_label (operation, _("Contents"));
      g_signal_connect_object (operation, "create-custom-widget",
                               G_CALLBACK (create_contents_cb), self, 0);
      g_signal_connect_object (operation, "custom-widget-apply",
                               G_CALLBACK (apply_contents_cb), self, 0);
    }
  /* Tied to the window: a run that ends after it closed reaches nobody. */
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  return operation;
}

/* Runs operation without blocking the window; the window holds it until
 * its "done" signal. */
static void
run_operation (DlgWindow               *self,
               GtkPrintOperation       *operation,
               GtkPrintOperationAction  action,
               GError                 **error)
{
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_set_object (&self->print_operation, operation);
  if (gtk_print_operation_run (operation, action, GTK_WINDOW (self), error) !=
      GTK_PRINT_OPERATION_RESULT_IN_PROGRESS && self->print_operation == operation)
    g_clear_object (&self->print_operation);
}

void
dlg_window_print_preview (DlgWindow *self)
{
  g_autoptr(DlgSnapshot) snapshot = dlg_window_take_snapshot (self);
  g_autoptr(GtkPrintOperation) operation = new_operation (self, snapshot, NULL);
  g_autoptr(GError) error = NULL;

  run_operation (self, operation, GTK_PRINT_OPERATION_ACTION_PREVIEW, &error);
  if (error != NULL)
    dlg_window_show_message (self, _("Print preview failed"), error->message, NULL);
}

static void
print_with (DlgWindow   *self,
            DlgSnapshot *snapshot,
            DlgSnapshot *moment)
{
  g_autoptr(GtkPrintOperation) operation = new_operation (self, snapshot, moment);
  g_autoptr(GError) error = NULL;

  run_operation (self, operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, &error);
  if (error != NULL)
    dlg_window_show_message (self, _("Printing failed"), error->message, NULL);
}

void
dlg_window_print (DlgWindow *self)
{
  g_autoptr(DlgSnapshot) moment = take_moment (self);
  g_autoptr(DlgSnapshot) snapshot = dlg_snapshot_derive (moment, self->sheet_as_shown,
                                                         self->sheet_kind);

  print_with (self, snapshot, moment);
}

void
dlg_window_print_snapshot (DlgWindow   *self,
                           DlgSnapshot *snapshot)
{
  print_with (self, snapshot, NULL);
}

/* --- exports --- */

/* An export in flight holds the application, and is counted on it:
 * closing the window or quitting lets it finish, so the target is never
 * left half-written.  It knows the window only weakly; only the user
 * cancels it (the message bar's Cancel).  (g_application_mark_busy would
 * say the same to the desktop, but GLib 2.74 emits criticals from it
 * when there is no session bus.) */

static GQuark
exports_quark (void)
{
  return g_quark_from_static_string ("dlg-exports-in-flight");
}

static void
count_export (GApplication *application,
              int           delta)
{
  guint n = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (application), exports_quark ()));

  g_object_set_qdata (G_OBJECT (application), exports_quark (), GUINT_TO_POINTER (n + delta));
}

guint
dlg_window_exports_in_flight (GtkApplication *application)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), 0);
  return GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (application), exports_quark ()));
}

typedef struct
{
  GWeakRef window;
  GApplication *application;
  GFile *file;
  GCancellable *cancellable;
} ExportData;

static void
export_data_free (ExportData *data)
{
  if (data->application != NULL)
    {
      count_export (data->application, -1);
      g_application_release (data->application);
      g_object_unref (data->application);
    }
  g_weak_ref_clear (&data->window);
  g_object_unref (data->file);
  g_object_unref (data->cancellable);
  g_free (data);
}

static void
notify_failure (GApplication *application,
                const char   *name,
                const char   *message)
{
  /* Translators: %s is a file name */
  g_autofree char *title = g_strdup_printf (_("Could not write “%s”"), name);
  g_autoptr(GNotification) notification = NULL;

  if (application == NULL || g_application_get_dbus_connection (application) == NULL)
    {
      g_printerr ("%s: %s\n", title, message);
      return;
    }
  notification = g_notification_new (title);
  g_notification_set_body (notification, message);
  g_application_send_notification (application, NULL, notification);
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  ExportData *data = user_data;
  g_autoptr(DlgWindow) self = g_weak_ref_get (&data->window);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (data->file);
  g_autofree char *title = NULL;
  gboolean ok = dlg_export_finish (result, &error);

  /* The window closed while it wrote: a failure still reaches the
   * person, as a notification (or on the terminal, with no desktop) */
  if (self == NULL)
    {
      if (!ok && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        notify_failure (data->application, name, error->message);
      export_data_free (data);
      return;
    }
  g_ptr_array_remove (self->exports, data->cancellable);

  if (!ok && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *detail = NULL;

      /* Translators: %s is a file name */
      detail = g_strdup_printf (_("“%s” was left as it was."), name);
      dlg_window_show_message (self, _("Export cancelled"), detail, NULL);
    }
  else if (!ok && g_error_matches (error, DLG_ERROR, DLG_ERROR_PROTECTED_FILE))
    {
      /* Translators: %s is a file name */
      title = g_strdup_printf (_("Not written: “%s” is the open dataset"), name);
      dlg_window_show_message (self, title, error->message, NULL);
    }
  else if (!ok)
    {
      /* Translators: %s is a file name */
      title = g_strdup_printf (_("Could not write “%s”"), name);
      dlg_window_show_message (self, title, error->message, NULL);
    }
  else
    {
      /* Translators: %s is a file name */
      title = g_strdup_printf (_("Exported “%s”"), name);
      dlg_window_show_message (self, title, NULL, data->file);
    }
  /* another export still writes: it can still be cancelled */
  gtk_widget_set_visible (GTK_WIDGET (self->message_cancel), self->exports->len > 0);
  export_data_free (data);
}

/* Writes the snapshot to file in a worker thread; the message bar says
 * how it went (also when the job refuses the open dataset as target)
 * and offers to cancel it meanwhile. */
void
dlg_window_export_snapshot (DlgWindow       *self,
                            DlgSnapshot     *snapshot,
                            DlgExportFormat  format,
                            GFile           *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = NULL;
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  ExportData *data;

  data = g_new0 (ExportData, 1);
  g_weak_ref_init (&data->window, self);
  data->file = g_object_ref (file);
  data->cancellable = g_cancellable_new ();
  if (application != NULL)
    {
      data->application = G_APPLICATION (g_object_ref (application));
      g_application_hold (data->application);
      count_export (data->application, 1);
    }
  g_ptr_array_add (self->exports, g_object_ref (data->cancellable));
  /* Translators: %s is a file name */
  title = g_strdup_printf (_("Writing “%s”…"), name);
  dlg_window_show_message (self, title, NULL, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->message_cancel), TRUE);
  dlg_export_async (snapshot, format, file, data->cancellable, exported_cb, data);
}

/* The message bar's Cancel: every export of this window still running
 * stops, leaving its target as it was. */
void
dlg_window_cancel_exports (DlgWindow *self)
{
  g_return_if_fail (DLG_IS_WINDOW (self));

  for (guint i = 0; i < self->exports->len; i++)
    g_cancellable_cancel (g_ptr_array_index (self->exports, i));
}

guint
dlg_window_get_n_exports (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), 0);
  return self->exports->len;
}

void
dlg_window_export (DlgWindow       *self,
                   DlgExportFormat  format,
                   GFile           *file)
{
  g_autoptr(DlgSnapshot) snapshot = NULL;

  g_return_if_fail (DLG_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (dlg_window_get_dataset (self) == NULL)
    return;
  snapshot = dlg_window_take_snapshot (self);
  dlg_window_export_snapshot (self, snapshot, format, file);
}

/* The export dialog's Export button: the choices it shows, remembered,
 * and the moment it was opened, written to file. */
static void
export_answer (DlgWindow       *self,
               GtkNativeDialog *dialog,
               GFile           *file)
{
  DlgSnapshot *moment = g_object_get_data (G_OBJECT (dialog), "dlg-snapshot");
  DlgExportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "dlg-format"));
  g_autoptr(DlgSnapshot) snapshot = NULL;

  remember_choices (self, gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "scope"),
                    format == DLG_EXPORT_PDF
                    ? gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "sheet") : NULL);
  snapshot = dlg_snapshot_derive (moment, self->sheet_as_shown, self->sheet_kind);
  dlg_window_export_snapshot (self, snapshot, format, file);
}

static void
save_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  DlgWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        export_answer (self, dialog, file);
    }
  dlg_window_close_file_dialog (self);
}

void
dlg_window_answer_export_dialog (DlgWindow *self,
                                 GFile     *file)
{
  GtkNativeDialog *dialog = dlg_window_get_file_dialog (self);

  g_return_if_fail (dialog != NULL && g_object_get_data (G_OBJECT (dialog), "dlg-snapshot") != NULL);

  export_answer (self, dialog, file);
  dlg_window_close_file_dialog (self);
}

/* A choice of the file dialog with option first offered first: GTK 4.8's
 * gtk_file_chooser_set_choice() leaves a file chooser's drop-down on its
 * first option (measured here), so the remembered answer goes first. */
static void
add_choice_first (GtkFileChooser     *chooser,
                  const char         *id,
                  const char         *label,
                  const char * const *ids,
                  const char * const *labels,
                  guint               first)
{
  const char *ordered_ids[4] = { NULL };
  const char *ordered_labels[4] = { NULL };
  guint n = 0;

  ordered_ids[n] = ids[first];
  ordered_labels[n++] = labels[first];
  for (guint i = 0; ids[i] != NULL && n < 3; i++)
    if (i != first)
      {
        ordered_ids[n] = ids[i];
        ordered_labels[n++] = labels[i];
      }
  gtk_file_chooser_add_choice (chooser, id, label, ordered_ids, ordered_labels);
}

/* The snapshot is taken now, when the user asks, not when the dialog
 * answers. */
static void
ask_where (DlgWindow       *self,
           const char      *title,
           const char      *suggested,
           DlgExportFormat  format)
{
  g_autoptr(DlgSnapshot) snapshot = take_moment (self);
  GtkFileChooserNative *dialog =
    gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                 _("_Export"), _("_Cancel"));
  const char *scope_names[] = { _("As shown"), _("All members"), NULL };
  const char *kind_names[] = { _("Briefing"), _("At a glance (one page)"),
                               _("Full annex (every stop and count)"), NULL };

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested);
  /* what goes in: chosen here, remembered for next time */
  add_choice_first (GTK_FILE_CHOOSER (dialog), "scope", _("Members"), scope_ids, scope_names,
                    self->sheet_as_shown ? 0 : 1);
  if (format == DLG_EXPORT_PDF)
    add_choice_first (GTK_FILE_CHOOSER (dialog), "sheet", _("Sheet"), kind_ids, kind_names,
                      self->sheet_kind);
  g_object_set_data_full (G_OBJECT (dialog), "dlg-snapshot", g_steal_pointer (&snapshot),
                          g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "dlg-format", GINT_TO_POINTER (format));
  /* The window owns the dialog and destroys it when it closes. */
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_response_cb), self, 0);
  dlg_window_show_file_dialog (self, GTK_NATIVE_DIALOG (dialog));
}

void
dlg_window_export_pdf (DlgWindow *self)
{
  /* Translators: the suggested file name of an exported sheet */
  ask_where (self, _("Export Comparison Sheet"), _("comparison-sheet.pdf"), DLG_EXPORT_PDF);
}

void
dlg_window_export_csv (DlgWindow *self)
{
  /* Translators: the suggested file name of an exported member table */
  ask_where (self, _("Export Members as CSV"), _("members.csv"), DLG_EXPORT_CSV);
}

/* Ends what the window started that could call it back: the print
 * operation, the preview and the file dialog.  Exports in flight go on
 * to their end (they hold the application, not the window). */
void
dlg_window_print_dispose (DlgWindow *self)
{
  if (self->print_operation != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->print_operation, self);
      g_clear_object (&self->print_operation);
    }
  if (self->preview_window != NULL)
    gtk_window_destroy (self->preview_window);
  g_clear_weak_pointer (&self->preview_window);
  dlg_window_close_file_dialog (self);
}
