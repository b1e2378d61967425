/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-window-load"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlg-recent.h"
#include "dlg-settings.h"
#include "dlg-window-private.h"


/* Opening datasets: the window shows what its DlgDocument loads, its
 * errors and its progress; recent datasets; the open dialog. */

static void
update_error (DlgWindow *self)
{
  const char *message = dlg_document_get_error (self->document);
  GFile *file = dlg_document_get_file (self->document);
  g_autofree char *name = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *title = NULL;

  /* a load that failed ended without ending the application */
  if (message != NULL)
    dlg_recent_forget_opening (self->recent);
  if (message == NULL || file == NULL)
    {
      dlg_message_area_hide_error (self->message_area);
      return;
    }

  name = g_file_get_parse_name (file);
  basename = g_file_get_basename (file);
  if (dlg_document_get_showing_fallback (self->document))
    /* Translators: %s is a file name */
    title = g_strdup_printf (_("“%s” could not be loaded; the bundled dataset is shown "
                               "instead. Fix the file and it loads."), basename);
  else if (dlg_document_get_missing (self->document) && self->dataset != NULL)
    /* Translators: %s is a file name */
    title = g_strdup_printf (_("“%s” is no longer there: it was deleted or moved away. The data "
                               "shown is what it held when it last loaded; if the file comes "
                               "back, it reloads."), basename);
  else if (self->dataset != NULL)
    /* Translators: %s is a file name */
    title = g_strdup_printf (_("“%s” could not be loaded. The data shown is still the last "
                               "data that loaded; fix the file and it reloads."), basename);
  else
    /* Translators: %s is a file name */
    title = g_strdup_printf (_("“%s” could not be loaded."), basename);
  dlg_message_area_show_error (self->message_area, title, message, name);
}

/* "“FILE” opened with N warnings; what they name was ignored", or NULL
 * when the data shown opened without any */
char *
dlg_window_dup_warnings_title (DlgWindow *self)
{
  const char * const *warnings = dlg_document_get_warnings (self->document);
  GFile *file = dlg_document_get_shown_file (self->document);
  g_autofree char *basename = NULL;
  guint n = warnings != NULL ? g_strv_length ((GStrv) warnings) : 0;

  if (n == 0 || file == NULL)
    return NULL;
  basename = g_file_get_basename (file);
  /* Translators: %s is a file name */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "“%s” opened with %u warning; what it names was ignored",
                                       "“%s” opened with %u warnings; what they name was ignored",
                                       n),
                          basename, n);
}

/* A file that opened with warnings (members a newer format version
 * added) says so, with the warnings, in the message bar. */
static void
show_warnings (DlgWindow *self)
{
  const char * const *warnings = dlg_document_get_warnings (self->document);
  g_autofree char *title = dlg_window_dup_warnings_title (self);
  g_autofree char *detail = NULL;
  guint n = warnings != NULL ? g_strv_length ((GStrv) warnings) : 0;

  if (title == NULL)
    return;
  /* A few lines; --validate lists them all. */
  if (n <= 5)
    detail = g_strjoinv ("\n", (GStrv) warnings);
  else
    {
      g_autoptr(GString) s = g_string_new (NULL);

      for (guint i = 0; i < 4; i++)
        g_string_append_printf (s, "%s\n", warnings[i]);
      /* Translators: after the first few warnings */
      g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE,
                                              "… and %u more (delegations --validate lists them all)",
                                              "… and %u more (delegations --validate lists them all)",
                                              n - 4),
                              n - 4);
      detail = g_string_free (g_steal_pointer (&s), FALSE);
    }
  dlg_message_area_show_message (self->message_area, title, detail, NULL);
}

static void
loading_changed_cb (DlgWindow *self)
{
  gboolean loading = dlg_document_get_loading (self->document);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", loading);
  if (loading)
    {
      GFile *file = dlg_document_get_file (self->document);
      g_autofree char *name = file != NULL ? g_file_get_basename (file) : NULL;
      /* Translators: %s is a file name */
      g_autofree char *text = g_strdup_printf (_("Loading “%s”…"), name != NULL ? name : "");

      dlg_message_area_begin_progress (self->message_area, text, _("Loading progress"),
                                       "win.cancel-load", _("Cancel loading"));
    }
  else
    dlg_message_area_end_progress (self->message_area, "win.cancel-load");
}

static void
progress_changed_cb (DlgWindow *self)
{
  dlg_message_area_set_fraction (self->message_area, "win.cancel-load",
                                 dlg_document_get_progress (self->document));
}

static void
dataset_changed_cb (DlgWindow *self)
{
  DlgDataset *dataset = dlg_document_get_dataset (self->document);
  GFile *file = dlg_document_get_shown_file (self->document);

  if (dataset == NULL || dataset == self->dataset)
    return;
  /* kept until "loaded" says whether this was a reload, to compare: only
   * the same file's data (not another file's, nor the bundled dataset,
   * shown while this file did not load) */
  dlg_unref_in_thread (g_steal_pointer (&self->previous_dataset));
  if (self->dataset != NULL && self->dataset_file != NULL && file != NULL &&
      g_file_equal (self->dataset_file, file))
    self->previous_dataset = g_object_ref (self->dataset);
  g_set_object (&self->dataset_file, file);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare-with", TRUE);
  /* A message about the data shown before (warnings, an export) goes;
   * what changed stays until the reload replaces it in place (a bar
   * hidden and shown again mid-slide measures wrong on GTK 4.8) */
  if (!dlg_window_changes_shown (self))
    dlg_message_area_hide_message (self->message_area);
  dlg_window_show_dataset (self, dataset);
  update_error (self);
}

/* --- loading --- */

const char *
dlg_window_get_error_title (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return dlg_message_area_get_error_title (self->message_area);
}

static void
loaded_cb (DlgWindow   *self,
           GFile       *file,
           gboolean     remember_file,
           DlgDocument *document)
{
  g_autofree char *note = dlg_recent_take_startup_note (self->recent);
  DlgDataset *previous = g_steal_pointer (&self->previous_dataset);

  dlg_recent_shown (self->recent, GTK_WIDGET (self), file, remember_file);
  show_warnings (self);
  /* The open file changed on disk: its new version is shown, and what
   * changed since the version shown before is worked out (another file
   * opened forgets the last comparison) */
  if (!remember_file && previous != NULL && self->dataset != NULL)
    dlg_window_changes_compare (self, previous, self->dataset, NULL);
  else
    dlg_window_changes_reset (self);
  /* the version before, 100 000 members perhaps, is freed off the main
   * loop (the comparison holds it, if it needs it) */
  dlg_unref_in_thread (previous);
  /* said once the bundled dataset is shown (showing a dataset hides the
   * messages about the one before) */
  if (note != NULL)
    {
      dlg_message_area_show_message (self->message_area, note,
                                     _("The application ended while it opened this dataset last "
                                     "time, so the bundled dataset is shown. To try again, open it "
                                     "from Recent Datasets."),
                                     NULL);
    }
}

void
dlg_window_open (DlgWindow *self,
                 GFile     *file)
{
  g_return_if_fail (DLG_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  dlg_document_open (self->document, file);
}

void
dlg_window_open_default (DlgWindow *self)
{
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (DLG_IS_WINDOW (self));

  file = dlg_recent_choose_startup (self->recent);
  dlg_document_open (self->document, file);
}

/* --- dialogs --- */

/* The window owns its file dialog: closing the window destroys it, so
 * no answer arrives for a window that is gone. */
void
dlg_window_show_file_dialog (DlgWindow       *self,
                             GtkNativeDialog *dialog)
{
  dlg_window_close_file_dialog (self);
  self->file_dialog = dialog;
  gtk_native_dialog_show (dialog);
}

void
dlg_window_close_file_dialog (DlgWindow *self)
{
  GtkNativeDialog *dialog = g_steal_pointer (&self->file_dialog);

  if (dialog == NULL)
    return;
  g_signal_handlers_disconnect_by_data (dialog, self);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

GtkNativeDialog *
dlg_window_get_file_dialog (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return self->file_dialog;
}

/* What a file dialog's chosen file is for */
typedef struct
{
  DlgWindowFileFunc use;
} Chooser;

static void
choose_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    DlgWindow       *self)
{
  Chooser *chooser = g_object_get_data (G_OBJECT (dialog), "dlg-chooser");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        chooser->use (self, file);
    }
  dlg_window_close_file_dialog (self);
}

void
dlg_window_choose_dataset (DlgWindow         *self,
                           const char        *title,
                           const char        *accept_label,
                           DlgWindowFileFunc  use)
{
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  GtkFileChooserNative *dialog =
    gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                 accept_label, _("_Cancel"));
  Chooser *chooser = g_new0 (Chooser, 1);

  gtk_file_filter_set_name (json, _("Datasets (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_mime_type (json, "application/x-delegations+json");
  gtk_file_filter_add_pattern (json, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), json);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  chooser->use = use;
  g_object_set_data_full (G_OBJECT (dialog), "dlg-chooser", chooser, g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (choose_response_cb), self, 0);
  dlg_window_show_file_dialog (self, GTK_NATIVE_DIALOG (dialog));
}

void
dlg_window_answer_dataset_dialog (DlgWindow *self,
                                  GFile     *file)
{
  GtkNativeDialog *dialog = dlg_window_get_file_dialog (self);
  Chooser *chooser = dialog != NULL ? g_object_get_data (G_OBJECT (dialog), "dlg-chooser") : NULL;

  g_return_if_fail (chooser != NULL);
  g_return_if_fail (G_IS_FILE (file));

  chooser->use (self, file);
  dlg_window_close_file_dialog (self);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dlg_window_choose_dataset (DLG_WINDOW (widget), _("Open a Dataset"), _("_Open"),
                             dlg_window_open);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  dlg_window_open (DLG_WINDOW (widget), file);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         DlgWindow     *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = g_value_get_boxed (value);
  if (files == NULL)
    return FALSE;
  dlg_window_open (self, G_FILE (files->data));
  return TRUE;
}

static void
cancel_load_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  dlg_document_cancel (DLG_WINDOW (widget)->document);
}

static void
no_recent_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  /* The "No Recent Datasets" item; disabled, never activated. */
}

void
dlg_window_load_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.no-recent", NULL, no_recent_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, cancel_load_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
}

void
dlg_window_load_init (DlgWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  self->document = dlg_document_new ();
  dlg_document_set_prepare_func (self->document, dlg_filter_prepare_dataset);
  g_signal_connect_object (self->document, "notify::dataset", G_CALLBACK (dataset_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::error", G_CALLBACK (update_error),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::missing", G_CALLBACK (update_error),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::loading", G_CALLBACK (loading_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::progress", G_CALLBACK (progress_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "loaded", G_CALLBACK (loaded_cb),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.no-recent", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", FALSE);
  self->recent = dlg_recent_new (self->settings,
                                 G_MENU (gtk_widget_get_template_child (GTK_WIDGET (self),
                                                                        DLG_TYPE_WINDOW,
                                                                        "recent_menu")));
}

void
dlg_window_load_dispose (DlgWindow *self)
{
  dlg_window_close_file_dialog (self);
  if (self->document != NULL)
    {
      /* A load still running finishes into a document nobody watches. */
      g_signal_handlers_disconnect_by_data (self->document, self);
      dlg_document_cancel (self->document);
      g_clear_object (&self->document);
    }
  g_clear_object (&self->recent);
  g_clear_object (&self->dataset_file);
}
