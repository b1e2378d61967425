/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-window-print"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-export.h"
#include "dlg-print-operation.h"
#include "dlg-print-preview.h"
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

/* The sides of the dataset in no pane, each with its members the filter
 * shows */
static void
add_other_sides (DlgWindow   *self,
                 DlgSnapshot *snapshot)
{
  GListModel *sides = dlg_dataset_get_sides (dlg_window_get_dataset (self));

  for (guint i = 0; i < g_list_model_get_n_items (sides); i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, i);
      GListModel *members = dlg_side_get_members (side);
      g_autoptr(GPtrArray) shown = NULL;

      if (side == dlg_side_pane_get_side (dlg_window_get_pane (self, 0)) ||
          side == dlg_side_pane_get_side (dlg_window_get_pane (self, 1)))
        continue;
      shown = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint k = 0; k < g_list_model_get_n_items (members); k++)
        {
          DlgMember *m = g_list_model_get_item (members, k);

          if (gtk_filter_match (GTK_FILTER (self->filter), m))
            g_ptr_array_add (shown, m);
          else
            g_object_unref (m);
        }
      dlg_snapshot_add_side (snapshot, side, shown);
    }
}

/* What was shown when the user asked (the members as shown and the filter
 * in words; dlg_snapshot_derive() drops them for "all members"): print,
 * preview and the exports all render this, whatever loads afterwards. */
static gboolean
is_image (DlgExportFormat format)
{
  return format == DLG_EXPORT_PNG || format == DLG_EXPORT_SVG;
}

/* every_side: the image's board, like the Overview's, has every side
 * of the dataset, not only the two panes' (their members as the filter
 * shows them) */
static DlgSnapshot *
take_moment (DlgWindow *self,
             gboolean   every_side)
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
  if (every_side)
    add_other_sides (self, snapshot);
  filter = dlg_filter_describe (self->filter);
  dlg_snapshot_set_filter_text (snapshot, filter);
  /* what changed since the version shown before (or the file compared
   * with), when it is about the data shown: the briefing's page of it */
  {
    DlgDiff *diff = dlg_window_get_diff (self);

    if (diff != NULL && dlg_diff_get_new_dataset (diff) == dataset)
      dlg_snapshot_set_changes (snapshot, diff, dlg_window_get_changes_heading (self));
  }
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
  g_autoptr(DlgSnapshot) moment = take_moment (self, FALSE);

  return dlg_snapshot_derive (moment, self->sheet_as_shown, self->sheet_kind);
}

/* --- the choices in the print and export flow --- */

static void
remember_choices (DlgWindow    *self,
                  gboolean      as_shown,
                  DlgSheetKind  kind)
{
  dlg_window_set_sheet_as_shown (self, as_shown);
  self->sheet_kind = kind;
}

/* --- print and preview --- */

static void
save_print_settings (GtkPrintOperation *operation)
{
  g_autofree char *dir = g_build_filename (g_get_user_config_dir (), "delegations", NULL);
  g_autofree char *settings_path = config_path ("print-settings.ini");
  g_autofree char *setup_path = config_path ("page-setup.ini");
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  GtkPageSetup *setup = gtk_print_operation_get_default_page_setup (operation);

  g_mkdir_with_parents (dir, 0700);
  if (settings != NULL)
    gtk_print_settings_to_file (settings, settings_path, NULL);
  if (setup != NULL)
    gtk_page_setup_to_file (setup, setup_path, NULL);
}

static void
print_done_cb (DlgWindow               *self,
               GtkPrintOperationResult  result,
               GtkPrintOperation       *operation)
{
  /* An asynchronous run ends here: let the window drop it. */
  if (self->print_operation == operation)
    {
      dlg_message_area_end_progress (self->message_area, "win.cancel-print");
      g_clear_object (&self->print_operation);
    }

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    /* Remember the printer, copies and paper for next time. */
    save_print_settings (operation);
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      dlg_message_area_show_message (self->message_area, _("Printing failed"),
                                     error != NULL ? error->message : NULL, NULL);
    }
}

/* The print dialog's Contents tab was applied: its choices are the next
 * output's too */
static void
choices_applied_cb (DlgWindow         *self,
                    GParamSpec        *pspec,
                    DlgPrintOperation *operation)
{
  remember_choices (self, dlg_print_operation_get_as_shown (operation),
                    dlg_print_operation_get_sheet_kind (operation));
}

/* The sheet is being laid out: how far, with Cancel, once it lasts */
static void
status_changed_cb (DlgWindow         *self,
                   DlgPrintOperation *operation)
{
  /* one the window no longer holds (a new one took its place) says nothing */
  if (GTK_PRINT_OPERATION (operation) != self->print_operation)
    return;
  if (gtk_print_operation_get_status (GTK_PRINT_OPERATION (operation)) == GTK_PRINT_STATUS_PREPARING)
    dlg_message_area_begin_progress (self->message_area, _("Preparing the sheet…"),
                                     _("Sheet preparation progress"), "win.cancel-print",
                                     _("Cancel preparing the sheet"));
  else
    dlg_message_area_end_progress (self->message_area, "win.cancel-print");
}

static void
progress_cb (DlgWindow         *self,
             GParamSpec        *pspec,
             DlgPrintOperation *operation)
{
  if (GTK_PRINT_OPERATION (operation) == self->print_operation)
    dlg_message_area_set_fraction (self->message_area, "win.cancel-print",
                                   dlg_print_operation_get_progress (operation));
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
  g_autoptr(DlgPrintOperation) operation = dlg_print_operation_new (snapshot);
  g_autoptr(GtkPageSetup) setup = load_page_setup ();
  GtkPrintOperationResult result;

  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (operation), setup);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error);
  /* (no sheet when it failed before its first page) */
  if (n_pages != NULL)
    *n_pages = dlg_print_operation_get_sheet (operation) != NULL
               ? (int) dlg_sheet_get_n_pages (dlg_print_operation_get_sheet (operation)) : 0;
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

static void
preview_print_cb (DlgWindow   *self,
                  DlgSnapshot *snapshot)
{
  dlg_window_print_snapshot (self, snapshot);
}

/* The preview in the application: no external viewer needed */
static gboolean
preview_cb (DlgWindow                *self,
            GtkPrintOperationPreview *preview,
            GtkPrintContext          *context,
            GtkWindow                *parent,
            GtkPrintOperation        *operation)
{
  DlgPrintPreview *window = dlg_print_preview_new (DLG_PRINT_OPERATION (operation), preview,
                                                   context, GTK_WINDOW (self));

  g_signal_connect_object (window, "print", G_CALLBACK (preview_print_cb), self,
                           G_CONNECT_SWAPPED);
  return TRUE;
}

/* An operation for a person: with the saved settings and paper, the page
 * setup in the dialog, the preview in the application, progress and
 * Cancel while the sheet is laid out, and the settings saved when it
 * is done; tied to the window, so that a run that ends after it closed
 * reaches nobody. */
static DlgPrintOperation *
new_operation (DlgWindow   *self,
               DlgSnapshot *snapshot,
               DlgSnapshot *moment)
{
  DlgPrintOperation *operation = moment != NULL
    ? dlg_print_operation_new_choosing (moment, self->sheet_as_shown, self->sheet_kind)
    : dlg_print_operation_new (snapshot);
  GtkPrintOperation *op = GTK_PRINT_OPERATION (operation);
  g_autofree char *settings_path = config_path ("print-settings.ini");
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new_from_file (settings_path, NULL);
  g_autoptr(GtkPageSetup) setup = load_page_setup ();

  gtk_print_operation_set_default_page_setup (op, setup);
  if (settings != NULL)
    gtk_print_operation_set_print_settings (op, settings);
  gtk_print_operation_set_embed_page_setup (op, TRUE);
  gtk_print_operation_set_job_name (op, dlg_dataset_get_title (dlg_snapshot_get_dataset (
                                          dlg_print_operation_get_snapshot (operation))));
  g_signal_connect_object (op, "preview", G_CALLBACK (preview_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (op, "notify::as-shown", G_CALLBACK (choices_applied_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (op, "notify::sheet-kind", G_CALLBACK (choices_applied_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (op, "status-changed", G_CALLBACK (status_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (op, "notify::progress", G_CALLBACK (progress_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (op, "done", G_CALLBACK (print_done_cb), self, G_CONNECT_SWAPPED);
  return operation;
}

/* Runs operation without blocking the window; the window holds it until
 * its "done" signal (and a new one takes its place: the old one runs to
 * its end on its own). */
static void
run_operation (DlgWindow               *self,
               DlgPrintOperation       *operation,
               GtkPrintOperationAction  action,
               const char              *failure)
{
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  /* One still preparing its sheet is superseded: asked again, the person
   * wants this one (two previews would come) */
  if (self->print_operation != NULL &&
      gtk_print_operation_get_status (self->print_operation) <= GTK_PRINT_STATUS_PREPARING)
    {
      gtk_print_operation_cancel (self->print_operation);
      dlg_message_area_end_progress (self->message_area, "win.cancel-print");
    }
  g_set_object (&self->print_operation, GTK_PRINT_OPERATION (operation));
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), action, GTK_WINDOW (self),
                               &error) != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS &&
      self->print_operation == GTK_PRINT_OPERATION (operation))
    g_clear_object (&self->print_operation);
  if (error != NULL)
    dlg_message_area_show_message (self->message_area, failure, error->message, NULL);
}

void
dlg_window_print_preview (DlgWindow *self)
{
  g_autoptr(DlgSnapshot) snapshot = dlg_window_take_snapshot (self);
  g_autoptr(DlgPrintOperation) operation = new_operation (self, snapshot, NULL);

  run_operation (self, operation, GTK_PRINT_OPERATION_ACTION_PREVIEW, _("Print preview failed"));
}

void
dlg_window_print (DlgWindow *self)
{
  g_autoptr(DlgSnapshot) moment = take_moment (self, FALSE);
  g_autoptr(DlgPrintOperation) operation = new_operation (self, NULL, moment);

  run_operation (self, operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, _("Printing failed"));
}

/* The print dialog for snapshot as it is (the preview's Print button
 * prints what it previewed) */
void
dlg_window_print_snapshot (DlgWindow   *self,
                           DlgSnapshot *snapshot)
{
  g_autoptr(DlgPrintOperation) operation = new_operation (self, snapshot, NULL);

  run_operation (self, operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, _("Printing failed"));
}

/* The progress row's Cancel while the sheet is laid out */
void
dlg_window_cancel_print (DlgWindow *self)
{
  g_return_if_fail (DLG_IS_WINDOW (self));

  if (self->print_operation != NULL)
    gtk_print_operation_cancel (self->print_operation);
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
      dlg_message_area_show_message (self->message_area, _("Export cancelled"), detail, NULL);
    }
  else if (!ok && g_error_matches (error, DLG_ERROR, DLG_ERROR_PROTECTED_FILE))
    {
      /* Translators: %s is a file name */
      title = g_strdup_printf (_("Not written: “%s” is the open dataset"), name);
      dlg_message_area_show_message (self->message_area, title, error->message, NULL);
    }
  else if (!ok)
    {
      /* Translators: %s is a file name */
      title = g_strdup_printf (_("Could not write “%s”"), name);
      dlg_message_area_show_message (self->message_area, title, error->message, NULL);
    }
  else
    {
      /* Translators: %s is a file name */
      title = g_strdup_printf (_("Exported “%s”"), name);
      dlg_message_area_show_message (self->message_area, title, NULL, data->file);
    }
  /* another export still writes: it can still be cancelled */
  dlg_message_area_set_cancellable (self->message_area, self->exports->len > 0);
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
  dlg_message_area_show_message (self->message_area, title, NULL, NULL);
  dlg_message_area_set_cancellable (self->message_area, TRUE);
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
  if (is_image (format))
    {
      g_autoptr(DlgSnapshot) moment = take_moment (self, TRUE);

      snapshot = dlg_snapshot_derive (moment, self->sheet_as_shown, self->sheet_kind);
    }
  else
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
  const char *scope = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "scope");
  const char *kind = format == DLG_EXPORT_PDF
                     ? gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "sheet") : NULL;
  DlgSheetKind k = self->sheet_kind;
  g_autoptr(DlgSnapshot) snapshot = NULL;

  if (kind != NULL)
    dlg_sheet_kind_from_nick (kind, &k);
  /* an image is PNG or SVG by its name's ending, else by the filter chosen */
  if (is_image (format))
    {
      g_autofree char *name = g_file_get_basename (file);
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog));

      if (!dlg_export_image_format (name, &format) && filter != NULL)
        format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (filter), "dlg-format"));
    }
  remember_choices (self, scope != NULL ? g_strcmp0 (scope, "all") != 0 : self->sheet_as_shown,
                    k);
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

/* A filter of the image's file dialog, knowing its format */
static void
add_image_filter (GtkFileChooser  *chooser,
                  const char      *name,
                  const char      *mime_type,
                  const char      *pattern,
                  DlgExportFormat  format)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_pattern (filter, pattern);
  g_object_set_data (G_OBJECT (filter), "dlg-format", GINT_TO_POINTER (format));
  gtk_file_chooser_add_filter (chooser, filter);
}

/* The snapshot is taken now, when the user asks, not when the dialog
 * answers. */
static void
ask_where (DlgWindow       *self,
           const char      *title,
           const char      *suggested,
           DlgExportFormat  format)
{
  g_autoptr(DlgSnapshot) snapshot = take_moment (self, is_image (format));
  GtkFileChooserNative *dialog =
    gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                 _("_Export"), _("_Cancel"));
  const char *scope_names[] = { _("As shown"), _("All members"), NULL };
  const char *kind_names[] = { _("Briefing"), _("At a glance (one page)"),
                               _("Full annex (every stop and count)"), NULL };

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested);
  /* what goes in: chosen here, remembered for next time */
  add_choice_first (GTK_FILE_CHOOSER (dialog), "scope", _("Members"), dlg_sheet_scope_nicks,
                    scope_names, self->sheet_as_shown ? 0 : 1);
  if (format == DLG_EXPORT_PDF)
    add_choice_first (GTK_FILE_CHOOSER (dialog), "sheet", _("Sheet"), dlg_sheet_kind_nicks,
                      kind_names, self->sheet_kind);
  if (is_image (format))
    {
      /* Translators: the file chooser's filters of Export Image… */
      add_image_filter (GTK_FILE_CHOOSER (dialog), _("PNG image (1920×1080)"), "image/png",
                        "*.png", DLG_EXPORT_PNG);
      add_image_filter (GTK_FILE_CHOOSER (dialog), _("SVG drawing (vectors)"), "image/svg+xml",
                        "*.svg", DLG_EXPORT_SVG);
    }
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

void
dlg_window_export_image (DlgWindow *self)
{
  /* Translators: the suggested file name of an exported image of the comparison */
  ask_where (self, _("Export Image of the Comparison"), _("comparison.png"), DLG_EXPORT_PNG);
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
  dlg_window_close_file_dialog (self);
}
