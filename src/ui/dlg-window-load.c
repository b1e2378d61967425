#define G_LOG_DOMAIN "dlg-window-load"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlg-settings.h"
#include "dlg-window-private.h"

#define MAX_RECENT 8

/* Opening datasets: the window shows what its DlgDocument loads, its
 * errors and its progress; recent datasets; the open dialog. */

/* The start-up's dataset is drawn, or did not load, or the window
 * closed: no sign that opening it ends the application */
void
dlg_window_forget_opening (DlgWindow *self)
{
  g_autofree char *opening = NULL;

  if (self->settings == NULL)
    return;
  opening = g_settings_get_string (self->settings, "opening-dataset");
  if (opening[0] == '\0')
    return;
  g_settings_set_string (self->settings, "opening-dataset", "");
  g_settings_sync ();
}

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
    dlg_window_forget_opening (self);
  if (message == NULL || file == NULL)
    {
      dlg_message_area_hide_error (self->message_area);
      return;
    }

  name = dlg_file_display_name (file);
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

/* A file that opened with warnings (members a newer format version
 * added) says so, with the warnings, in the message bar. */
static void
show_warnings (DlgWindow          *self,
               GFile              *file,
               const char * const *warnings)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;
  guint n = warnings != NULL ? g_strv_length ((GStrv) warnings) : 0;

  if (n == 0)
    return;
  /* Translators: %s is a file name */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "“%s” opened with %u warning; what it names was ignored",
                                        "“%s” opened with %u warnings; what they name was ignored",
                                        n),
                           basename, n);
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
  dlg_window_show_message (self, title, detail, NULL);
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
  dlg_message_area_set_fraction (self->message_area, dlg_document_get_progress (self->document));
}

static void
dataset_changed_cb (DlgWindow *self)
{
  DlgDataset *dataset = dlg_document_get_dataset (self->document);

  if (dataset == NULL || dataset == self->dataset)
    return;
  /* A message about the data shown before (warnings, an export) goes. */
  dlg_window_hide_message (self);
  dlg_window_show_dataset (self, dataset);
  update_error (self);
}

/* --- recent datasets --- */

static void
rebuild_recent_menu (DlgWindow *self)
{
  g_auto(GStrv) uris = NULL;

  g_menu_remove_all (self->recent_menu);
  if (self->settings != NULL)
    uris = g_settings_get_strv (self->settings, "recent-datasets");

  for (guint i = 0; uris != NULL && uris[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uris[i]);
      g_autofree char *basename = g_file_get_basename (file);
      g_autoptr(GMenuItem) item = g_menu_item_new (basename, NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", uris[i]);
      g_menu_append_item (self->recent_menu, item);
    }
  if (uris == NULL || uris[0] == NULL)
    g_menu_append (self->recent_menu, _("No Recent Datasets"), "win.no-recent");
}

static void
remember (DlgWindow *self,
          GFile     *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) uris = NULL;
  guint n = 1;

  if (self->settings == NULL)
    return;

  g_settings_set_string (self->settings, "last-dataset",
                         g_str_has_prefix (uri, "resource:") ? "" : uri);
  if (g_str_has_prefix (uri, "resource:"))
    return;

  old = g_settings_get_strv (self->settings, "recent-datasets");
  g_strv_builder_add (builder, uri);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    if (g_strcmp0 (old[i], uri) != 0)
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }
  uris = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-datasets", (const char * const *) uris);
  rebuild_recent_menu (self);
}

/* --- loading --- */

const char *
dlg_window_get_error_title (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return dlg_message_area_get_error_title (self->message_area);
}

/* A dataset is remembered (last-dataset, recent datasets) once a frame
 * showing it has been drawn: one that brings the window down on its
 * first frame is never opened again at start.  The second tick after it
 * is shown starts the frame after the one that drew it. */
static gboolean
remember_when_drawn_cb (GtkWidget     *widget,
                        GdkFrameClock *clock,
                        gpointer       user_data)
{
  DlgWindow *self = DLG_WINDOW (widget);

  if (++self->remember_ticks < 2)
    return G_SOURCE_CONTINUE;
  self->remember_tick = 0;
  if (self->remember_file != NULL)
    {
      g_autoptr(GFile) file = g_steal_pointer (&self->remember_file);

      remember (self, file);
    }
  /* the start-up's dataset is shown: the next start may open it again */
  dlg_window_forget_opening (self);
  return G_SOURCE_REMOVE;
}

static void
remember_when_drawn (DlgWindow *self,
                     GFile     *file)
{
  g_set_object (&self->remember_file, file);
  self->remember_ticks = 0;
  if (self->remember_tick == 0)
    self->remember_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), remember_when_drawn_cb,
                                                        NULL, NULL);
}

static void
loaded_cb (DlgWindow   *self,
           GFile       *file,
           gboolean     remember_file,
           DlgDocument *document)
{
  if (remember_file)
    remember_when_drawn (self, file);
  show_warnings (self, file, dlg_document_get_warnings (document));
  if (self->startup_title != NULL)
    {
      g_autofree char *title = g_steal_pointer (&self->startup_title);

      dlg_window_show_message (self, title,
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
  g_autofree char *uri = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (DLG_IS_WINDOW (self));

  if (self->settings != NULL)
    uri = g_settings_get_string (self->settings, "last-dataset");
  if (uri != NULL && uri[0] != '\0')
    file = g_file_new_for_uri (uri);
  if (file != NULL && self->settings != NULL)
    {
      g_autofree char *opening = g_settings_get_string (self->settings, "opening-dataset");

      /* The last start opened it and never drew it (the application
       * ended first): not again, or it would end every start.  It stays
       * in the recent datasets, to be tried by hand. */
      if (g_strcmp0 (opening, uri) == 0)
        {
          g_autofree char *basename = g_file_get_basename (file);
          /* Translators: %s is a file name */
          g_autofree char *title = g_strdup_printf (_("“%s” was not opened again"), basename);

          g_settings_set_string (self->settings, "last-dataset", "");
          g_settings_set_string (self->settings, "opening-dataset", "");
          g_clear_object (&file);
          /* said once the bundled dataset is shown (showing a dataset
           * hides the messages about the one before) */
          g_free (self->startup_title);
          self->startup_title = g_steal_pointer (&title);
        }
    }
  if (file == NULL || !g_file_query_exists (file, NULL))
    g_set_object (&file, dlg_bundled_dataset_file ());
  else if (self->settings != NULL)
    {
      /* cleared once it is drawn (or the window closes first) */
      g_settings_set_string (self->settings, "opening-dataset", uri);
      g_settings_sync ();
    }
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

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  DlgWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        dlg_window_open (self, file);
    }
  dlg_window_close_file_dialog (self);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DlgWindow *self = DLG_WINDOW (widget);
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  GtkFileChooserNative *dialog =
    gtk_file_chooser_native_new (_("Open a Dataset"), GTK_WINDOW (self),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));

  gtk_file_filter_set_name (json, _("Datasets (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_mime_type (json, "application/x-delegations+json");
  gtk_file_filter_add_pattern (json, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), json);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (open_response_cb), self, 0);
  dlg_window_show_file_dialog (self, GTK_NATIVE_DIALOG (dialog));
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

  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.no-recent", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", FALSE);
  rebuild_recent_menu (self);
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
  if (self->remember_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->remember_tick);
  self->remember_tick = 0;
  g_clear_object (&self->remember_file);
  g_clear_pointer (&self->startup_title, g_free);
}
