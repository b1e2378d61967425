#define G_LOG_DOMAIN "dlg-window-load"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlg-settings.h"
#include "dlg-window-private.h"

/* A change on disk is reloaded after this quiet time (ms). */
#define RELOAD_DELAY 300
/* Loads that take longer than this (ms) show a progress bar. */
#define PROGRESS_DELAY 200
#define MAX_RECENT 8

static void load (DlgWindow *self,
                  GFile     *file,
                  gboolean   remember);

/* Opening datasets: loading in a worker thread, watching the file,
 * showing errors, recent datasets. */

static void
show_error (DlgWindow  *self,
            GFile      *file,
            const char *message)
{
  g_autofree char *name = dlg_file_display_name (file);
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *title = NULL;

  g_free (self->error_text);
  self->error_text = g_strdup (message);

  if (self->showing_fallback)
    /* Translators: %s is a file name */
    title = g_strdup_printf (_("“%s” could not be loaded; the bundled dataset is shown "
                               "instead. Fix the file and it loads."), basename);
  else if (self->dataset != NULL)
    /* Translators: %s is a file name */
    title = g_strdup_printf (_("“%s” could not be loaded. The data shown is still the last "
                               "data that loaded; fix the file and it reloads."), basename);
  else
    /* Translators: %s is a file name */
    title = g_strdup_printf (_("“%s” could not be loaded."), basename);
  gtk_label_set_text (self->error_title, title);
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->error_title), name);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
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
  guint n = g_strv_length ((GStrv) warnings);

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
      g_string_append_printf (s, _("… and %u more (delegations --validate lists them all)"),
                              n - 4);
      detail = g_string_free (g_steal_pointer (&s), FALSE);
    }
  dlg_window_show_message (self, title, detail, NULL);
}

static void
hide_error (DlgWindow *self)
{
  g_clear_pointer (&self->error_text, g_free);
  gtk_label_set_text (self->error_label, "");
  gtk_label_set_text (self->error_title, "");
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

static gboolean
pulse_cb (gpointer user_data)
{
  DlgWindow *self = user_data;
  int permille = g_atomic_int_get (&self->load_permille);

  /* Reading has a known size; parsing and building do not, so the bar
   * stands at that step's share until it is done. */
  if (permille > 0)
    gtk_progress_bar_set_fraction (self->progress_bar, permille / 1000.0);
  else
    gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static gboolean
show_progress_cb (gpointer user_data)
{
  DlgWindow *self = user_data;

  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  self->progress_source = g_timeout_add (100, pulse_cb, self);
  return G_SOURCE_REMOVE;
}

static void
stop_progress (DlgWindow *self)
{
  g_clear_handle_id (&self->progress_source, g_source_remove);
  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", FALSE);
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

/* --- loading and watching --- */

static void
file_changed_cb (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 gpointer           user_data);

static gboolean
reload_cb (gpointer user_data)
{
  DlgWindow *self = user_data;

  self->reload_source = 0;
  if (self->file != NULL)
    load (self, self->file, FALSE);
  return G_SOURCE_REMOVE;
}

static void
file_changed_cb (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 gpointer           user_data)
{
  DlgWindow *self = user_data;

  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_RENAMED:
    case G_FILE_MONITOR_EVENT_MOVED:
      /* Editors save in bursts, or write a copy and rename it over the
       * file: wait for a quiet moment, then reload once. */
      g_clear_handle_id (&self->reload_source, g_source_remove);
      self->reload_source = g_timeout_add (RELOAD_DELAY, reload_cb, self);
      break;
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    default:
      break;
    }
}

static void
watch (DlgWindow *self,
       GFile     *file)
{
  if (self->file != NULL && g_file_equal (self->file, file))
    return;

  g_set_object (&self->file, file);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_handle_id (&self->reload_source, g_source_remove);

  if (g_file_is_native (file))
    {
      g_autoptr(GError) error = NULL;

      self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
      if (self->monitor == NULL)
        g_debug ("Not watching %s: %s", g_file_peek_path (file), error->message);
      else
        g_signal_connect (self->monitor, "changed", G_CALLBACK (file_changed_cb), self);
    }
}

static void
load_progress_cb (double   fraction,
                  gpointer user_data)
{
  DlgWindow *self = user_data;

  g_atomic_int_set (&self->load_permille, (int) (fraction * 1000));
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  /* The task holds the window, so the progress callback may use it. */
  g_autoptr(DlgDataset) dataset = dlg_dataset_load_file_full (G_FILE (task_data), NULL,
                                                              load_progress_cb, source_object,
                                                              cancellable, &error);

  if (dataset == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, g_steal_pointer (&dataset), g_object_unref);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  DlgWindow *self = DLG_WINDOW (object);
  GTask *task = G_TASK (result);
  GFile *file = g_task_get_task_data (task);
  gboolean remember_file = GPOINTER_TO_INT (user_data);
  g_autoptr(GError) error = NULL;
  g_autoptr(DlgDataset) dataset = g_task_propagate_pointer (task, &error);

  /* A newer load replaced this one. */
  if (g_task_get_cancellable (task) != self->cancellable)
    return;
  g_clear_object (&self->cancellable);
  stop_progress (self);

  if (dataset == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* Nothing on screen yet: show the bundled data under the error. */
      if (self->dataset == NULL)
        {
          self->showing_fallback = TRUE;
          g_autoptr(GFile) bundled = dlg_bundled_dataset_file ();
          g_autoptr(GError) bundled_error = NULL;
          g_autoptr(DlgDataset) fallback = dlg_dataset_load_file (bundled, NULL, NULL,
                                                                  &bundled_error);

          if (fallback != NULL)
            dlg_window_show_dataset (self, fallback);
        }
      show_error (self, file, error->message);
      return;
    }

  hide_error (self);
  /* A message about the data shown before (warnings, an export) goes too. */
  dlg_window_hide_message (self);
  self->showing_fallback = FALSE;
  g_set_object (&self->shown_file, file);
  dlg_window_show_dataset (self, dataset);
  if (remember_file)
    remember (self, file);
  show_warnings (self, file, dlg_dataset_get_warnings (dataset));
}

static void
load (DlgWindow *self,
      GFile     *file,
      gboolean   remember_file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *text = NULL;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  watch (self, file);

  /* Translators: %s is a file name */
  text = g_strdup_printf (_("Loading “%s”…"), name);
  gtk_label_set_text (self->progress_label, text);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  self->progress_source = g_timeout_add (PROGRESS_DELAY, show_progress_cb, self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", TRUE);

  g_atomic_int_set (&self->load_permille, 0);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  task = g_task_new (self, self->cancellable, loaded_cb, GINT_TO_POINTER (remember_file));
  g_task_set_source_tag (task, load);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

void
dlg_window_open (DlgWindow *self,
                 GFile     *file)
{
  g_return_if_fail (DLG_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  load (self, file, TRUE);
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
  if (file == NULL || !g_file_query_exists (file, NULL))
    g_set_object (&file, dlg_bundled_dataset_file ());
  load (self, file, TRUE);
}

/* --- opening files --- */

#if GTK_CHECK_VERSION (4, 10, 0)
static void
open_dialog_done_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(DlgWindow) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, NULL);

  if (file != NULL)
    dlg_window_open (self, file);
}
#else
static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  DlgWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      dlg_window_open (self, file);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}
#endif

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DlgWindow *self = DLG_WINDOW (widget);
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();

  gtk_file_filter_set_name (json, _("Datasets (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_pattern (json, "*.json");

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
    g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

    g_list_store_append (filters, json);
    gtk_file_dialog_set_title (dialog, _("Open a Dataset"));
    gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
    gtk_file_dialog_open (dialog, GTK_WINDOW (self), NULL, open_dialog_done_cb,
                          g_object_ref (self));
  }
#else
  {
    GtkFileChooserNative *dialog =
      gtk_file_chooser_native_new (_("Open a Dataset"), GTK_WINDOW (self),
                                   GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));

    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), json);
    gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
    g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), self);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
  }
#endif
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
dismiss_error_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  gtk_revealer_set_reveal_child (DLG_WINDOW (widget)->error_revealer, FALSE);
}

static void
cancel_load_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DlgWindow *self = DLG_WINDOW (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  /* The worker's result, when it comes, is for nobody. */
  g_clear_object (&self->cancellable);
  stop_progress (self);
  /* Watch the file whose data is on screen again. */
  if (self->shown_file != NULL)
    watch (self, self->shown_file);
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
  gtk_widget_class_install_action (widget_class, "win.dismiss-error", NULL, dismiss_error_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, cancel_load_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
}

void
dlg_window_load_init (DlgWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.no-recent", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", FALSE);
  rebuild_recent_menu (self);
}

void
dlg_window_load_dispose (DlgWindow *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_handle_id (&self->progress_source, g_source_remove);
}
