#define G_LOG_DOMAIN "dlg-window-actions"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlg-window-private.h"

/* Menu actions and the in-window message bar. */

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
open_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DlgWindow *self = DLG_WINDOW (widget);

  if (self->export_file == NULL)
    return;
  {
    g_autofree char *uri = g_file_get_uri (self->export_file);

    gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
  }
  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
}

static void
cancel_export_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  dlg_window_cancel_exports (DLG_WINDOW (widget));
}

static void
dismiss_message_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  dlg_window_hide_message (DLG_WINDOW (widget));
}

void
dlg_window_show_message (DlgWindow  *self,
                         const char *title,
                         const char *detail,
                         GFile      *open_file)
{
  g_free (self->message);
  self->message = g_strdup (title);
  g_set_object (&self->export_file, open_file);
  gtk_label_set_text (self->message_title, title);
  gtk_label_set_text (self->message_detail, detail != NULL ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_detail), detail != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->message_open), open_file != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->message_cancel), FALSE);
  gtk_revealer_set_reveal_child (self->message_revealer, TRUE);
}

void
dlg_window_hide_message (DlgWindow *self)
{
  g_clear_pointer (&self->message, g_free);
  g_clear_object (&self->export_file);
  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
}

const char *
dlg_window_get_message (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return self->message;
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
  gtk_widget_class_install_action (widget_class, "win.open-export", NULL, open_export_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-export", NULL, cancel_export_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-message", NULL,
                                   dismiss_message_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
}
