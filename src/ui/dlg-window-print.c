#define G_LOG_DOMAIN "dlg-window-print"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-csv.h"
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

static DlgSheet *
make_sheet (DlgWindow *self)
{
  DlgDataset *dataset = dlg_window_get_dataset (self);
  DlgSidePane *a = dlg_window_get_pane (self, 0);
  DlgSidePane *b = dlg_window_get_pane (self, 1);
  gboolean shown = dlg_window_get_sheet_as_shown (self);
  g_autofree char *filter = shown ? dlg_window_describe_filter (self) : NULL;

  return dlg_sheet_new (dataset, dlg_side_pane_get_side (a), dlg_side_pane_get_side (b),
                        shown ? dlg_side_pane_get_shown (a) : NULL,
                        shown ? dlg_side_pane_get_shown (b) : NULL,
                        filter);
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

gboolean
dlg_window_write_pdf (DlgWindow  *self,
                      GFile      *file,
                      GError    **error)
{
  g_autoptr(DlgSheet) sheet = make_sheet (self);
  g_autoptr(GtkPageSetup) setup = load_page_setup ();
  g_autofree char *path = g_file_get_path (file);

  dlg_sheet_set_page_size (sheet,
                           gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS),
                           gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS));
  dlg_sheet_paginate (sheet);
  return dlg_sheet_write_pdf (sheet, path, error);
}

gboolean
dlg_window_write_csv (DlgWindow  *self,
                      GFile      *file,
                      GError    **error)
{
  gboolean shown = dlg_window_get_sheet_as_shown (self);
  DlgSide *sides[2];
  GListModel *members[2];
  g_autofree char *path = g_file_get_path (file);

  for (guint i = 0; i < 2; i++)
    {
      DlgSidePane *pane = dlg_window_get_pane (self, i);

      sides[i] = dlg_side_pane_get_side (pane);
      members[i] = shown ? dlg_side_pane_get_shown (pane) : NULL;
    }
  return dlg_csv_write_file (path, sides, members, 2, error);
}

/* --- print --- */

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                DlgSheet          *sheet)
{
  dlg_sheet_set_page_size (sheet, gtk_print_context_get_width (context),
                           gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, (int) dlg_sheet_paginate (sheet));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              DlgSheet          *sheet)
{
  dlg_sheet_draw_page (sheet, gtk_print_context_get_cairo_context (context), (guint) page);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               DlgWindow               *self)
{
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

/* The print path without the dialog: GTK writes the pages to a PDF.
 * Tests use it to check that printing draws the same sheet. */
gboolean
dlg_window_print_to_file (DlgWindow   *self,
                          const char  *path,
                          int         *n_pages,
                          GError     **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(DlgSheet) sheet = make_sheet (self);
  g_autoptr(GtkPageSetup) setup = load_page_setup ();
  GtkPrintOperationResult result;

  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_export_filename (operation, path);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), sheet);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), sheet);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error);
  if (n_pages != NULL)
    *n_pages = (int) dlg_sheet_get_n_pages (sheet);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

void
dlg_window_print (DlgWindow *self)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(DlgSheet) sheet = make_sheet (self);
  g_autofree char *settings_path = config_path ("print-settings.ini");
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new_from_file (settings_path, NULL);
  g_autoptr(GtkPageSetup) setup = load_page_setup ();
  g_autoptr(GError) error = NULL;

  if (settings != NULL)
    gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* The sheet keeps its own margins, the same on paper as in the PDF. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation,
                                    dlg_dataset_get_title (dlg_window_get_dataset (self)));

  /* The operation keeps the sheet for as long as it runs. */
  g_object_set_data_full (G_OBJECT (operation), "dlg-sheet", g_object_ref (sheet), g_object_unref);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), sheet);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), sheet);
  g_signal_connect (operation, "done", G_CALLBACK (print_done_cb), self);

  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           GTK_WINDOW (self), &error);
  if (error != NULL)
    dlg_window_show_message (self, _("Printing failed"), error->message, NULL);
}

/* --- exports --- */

typedef gboolean (*WriteFunc) (DlgWindow *self, GFile *file, GError **error);

static void
export_to (DlgWindow *self,
           GFile     *file,
           WriteFunc  write)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = NULL;

  if (!write (self, file, &error))
    {
      /* Translators: %s is a file name */
      title = g_strdup_printf (_("Could not write “%s”"), name);
      dlg_window_show_message (self, title, error->message, NULL);
      return;
    }
  /* Translators: %s is a file name */
  title = g_strdup_printf (_("Exported “%s”"), name);
  dlg_window_show_message (self, title, NULL, file);
}

typedef struct
{
  DlgWindow *window;
  WriteFunc write;
} SaveData;

#if GTK_CHECK_VERSION (4, 10, 0)
static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SaveData *data = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, NULL);

  if (file != NULL)
    export_to (data->window, file, data->write);
  g_object_unref (data->window);
  g_free (data);
}
#else
static void
save_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  SaveData        *data)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      export_to (data->window, file, data->write);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (data->window);
  g_free (data);
}
#endif

static void
ask_where (DlgWindow  *self,
           const char *title,
           const char *suggested,
           WriteFunc   write)
{
  SaveData *data = g_new0 (SaveData, 1);

  data->window = g_object_ref (self);
  data->write = write;

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    gtk_file_dialog_set_title (dialog, title);
    gtk_file_dialog_set_initial_name (dialog, suggested);
    gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, save_done_cb, data);
  }
#else
  {
    GtkFileChooserNative *dialog =
      gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                   _("_Export"), _("_Cancel"));

    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested);
    gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
    g_signal_connect (dialog, "response", G_CALLBACK (save_response_cb), data);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
  }
#endif
}

void
dlg_window_export_pdf (DlgWindow *self)
{
  /* Translators: the suggested file name of an exported sheet */
  ask_where (self, _("Export Comparison Sheet"), _("comparison-sheet.pdf"), dlg_window_write_pdf);
}

void
dlg_window_export_csv (DlgWindow *self)
{
  /* Translators: the suggested file name of an exported member table */
  ask_where (self, _("Export Members as CSV"), _("members.csv"), dlg_window_write_csv);
}
