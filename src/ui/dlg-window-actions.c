/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-window-actions"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlg-window-private.h"

/* The window's actions (the menu's, the message bar's Cancel), and what
 * its message and progress bars say. */

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  if (DLG_WINDOW (widget)->dataset != NULL)
    dlg_window_print (DLG_WINDOW (widget));
}

static void
print_preview_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  if (DLG_WINDOW (widget)->dataset != NULL)
    dlg_window_print_preview (DLG_WINDOW (widget));
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  if (DLG_WINDOW (widget)->dataset != NULL)
    dlg_window_export_pdf (DLG_WINDOW (widget));
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  if (DLG_WINDOW (widget)->dataset != NULL)
    dlg_window_export_csv (DLG_WINDOW (widget));
}

static void
export_image_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  if (DLG_WINDOW (widget)->dataset != NULL)
    dlg_window_export_image (DLG_WINDOW (widget));
}

static void
cancel_export_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  dlg_window_cancel_exports (DLG_WINDOW (widget));
}

static void
cancel_print_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  dlg_window_cancel_print (DLG_WINDOW (widget));
}

const char *
dlg_window_get_message (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return dlg_message_area_get_message (self->message_area);
}

const char *
dlg_window_get_progress (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return dlg_message_area_get_progress (self->message_area);
}

static void
show_help_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  DlgWindow *self = DLG_WINDOW (source);
  g_autoptr(GError) error = NULL;
  const char *detail;

  if (gtk_show_uri_full_finish (GTK_WINDOW (self), result, &error) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  /* GIO says only "Operation not supported" when nothing opens help:
   * links: say what is missing */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    detail = _("No help viewer is installed. Install one, such as GNOME’s Help (Yelp), "
               "to read the user guide.");
  else
    detail = error->message;
  /* Translators: the message bar's title when F1 or Help could not open
   * the user guide (why follows under it) */
  dlg_message_area_show_message (self->message_area, _("The help could not be opened"),
                                 detail, NULL);
}

/* A help: URI names the guide by its id, and the help viewer looks for
 * it under share/help of the data folders it knows.  From a Flatpak the
 * URI goes through the desktop portal to the host's viewer, which does
 * not see the sandbox's /app/share/help (Flatpak exports launchers, icons
 * and the like, not help); /.flatpak-info names where /app is on the
 * host, and a ghelp: URI with a folder is read from there.  The guide is
 * in English only (C). */
char *
dlg_window_dup_help_uri (const char *flatpak_info)
{
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autofree char *app_path = NULL;

  g_return_val_if_fail (flatpak_info != NULL, NULL);

  if (g_key_file_load_from_file (info, flatpak_info, G_KEY_FILE_NONE, NULL))
    app_path = g_key_file_get_string (info, "Instance", "app-path", NULL);
  if (app_path == NULL || !g_path_is_absolute (app_path))
    return g_strdup ("help:" APP_ID);
  return g_strconcat ("ghelp:", app_path, "/share/help/C/" APP_ID, NULL);
}

/* The launch's task holds the window (its source object) until it ends,
 * so the callback never meets a finalized window. */
void
dlg_window_show_help (DlgWindow *self)
{
  g_autofree char *uri = NULL;

  g_return_if_fail (DLG_IS_WINDOW (self));

  uri = dlg_window_dup_help_uri ("/.flatpak-info");
  gtk_show_uri_full (GTK_WINDOW (self), uri, GDK_CURRENT_TIME, NULL, show_help_cb, NULL);
}

static void
swap_sides_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  dlg_window_swap_sides (DLG_WINDOW (widget));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  dlg_window_clear_filters (DLG_WINDOW (widget));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DlgWindow *self = DLG_WINDOW (widget);

  dlg_filter_bar_focus_search (self->filter_bar);
}

void
dlg_window_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.swap-sides", NULL, swap_sides_action);
  gtk_widget_class_install_action (widget_class, "win.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.print-preview", NULL, print_preview_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "win.export-image", NULL, export_image_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-export", NULL, cancel_export_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-print", NULL, cancel_print_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
}
