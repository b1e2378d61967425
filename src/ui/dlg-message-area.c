/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-message-area"

#include "config.h"

#include "dlg-message-area.h"

/* Progress that ends within this (ms) never shows. */
#define PROGRESS_DELAY 200

struct _DlgMessageArea
{
  GtkWidget parent_instance;

  GtkRevealer *error_revealer;
  GtkLabel *error_title;
  GtkLabel *error_label;
  GtkRevealer *message_revealer;
  GtkLabel *message_title;
  GtkLabel *message_detail;
  GtkButton *message_open;
  GtkButton *message_action;
  GtkLabel *message_action_label;
  GtkButton *message_cancel;
  GtkRevealer *progress_revealer;
  GtkLabel *progress_label;
  GtkProgressBar *progress_bar;
  GtkButton *progress_cancel;

  char *message;
  /* the file the message's Open button opens */
  GFile *open_file;
  /* what is in progress (Progress), the last begun last: the row shows
   * it, and the one before when it ends */
  GPtrArray *progress;
  guint progress_source;
};

typedef struct
{
  char *text;
  char *progress_name;
  char *cancel_action;
  char *cancel_name;
  double fraction;
} Progress;

static void
progress_free (gpointer data)
{
  Progress *p = data;

  g_free (p->text);
  g_free (p->progress_name);
  g_free (p->cancel_action);
  g_free (p->cancel_name);
  g_free (p);
}

G_DEFINE_FINAL_TYPE (DlgMessageArea, dlg_message_area, GTK_TYPE_WIDGET)

/* --- the error --- */

void
dlg_message_area_show_error (DlgMessageArea *self,
                             const char     *title,
                             const char     *detail,
                             const char     *tooltip)
{
  g_return_if_fail (DLG_IS_MESSAGE_AREA (self));

  gtk_label_set_text (self->error_title, title);
  gtk_label_set_text (self->error_label, detail != NULL ? detail : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->error_title), tooltip);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

void
dlg_message_area_hide_error (DlgMessageArea *self)
{
  g_return_if_fail (DLG_IS_MESSAGE_AREA (self));

  gtk_label_set_text (self->error_title, "");
  gtk_label_set_text (self->error_label, "");
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

const char *
dlg_message_area_get_error_title (DlgMessageArea *self)
{
  g_return_val_if_fail (DLG_IS_MESSAGE_AREA (self), NULL);
  return gtk_label_get_text (self->error_title);
}

/* --- the message --- */

void
dlg_message_area_show_message (DlgMessageArea *self,
                               const char     *title,
                               const char     *detail,
                               GFile          *open_file)
{
  g_return_if_fail (DLG_IS_MESSAGE_AREA (self));
  g_return_if_fail (title != NULL);

  g_free (self->message);
  self->message = g_strdup (title);
  g_set_object (&self->open_file, open_file);
  gtk_label_set_text (self->message_title, title);
  gtk_label_set_text (self->message_detail, detail != NULL ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_detail), detail != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->message_open), open_file != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->message_cancel), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->message_action), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->message_action), NULL);
  gtk_revealer_set_reveal_child (self->message_revealer, TRUE);
}

void
dlg_message_area_set_message_action (DlgMessageArea *self,
                                     const char     *label,
                                     const char     *action_name)
{
  g_return_if_fail (DLG_IS_MESSAGE_AREA (self));
  g_return_if_fail (label != NULL && action_name != NULL);

  /* read by a screen reader as it shows, without the mnemonic's "_" */
  gtk_label_set_text_with_mnemonic (self->message_action_label, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->message_action),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (self->message_action_label), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->message_action), action_name);
  gtk_widget_set_visible (GTK_WIDGET (self->message_action), TRUE);
}

void
dlg_message_area_hide_message (DlgMessageArea *self)
{
  g_return_if_fail (DLG_IS_MESSAGE_AREA (self));

  g_clear_pointer (&self->message, g_free);
  g_clear_object (&self->open_file);
  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
}

const char *
dlg_message_area_get_message (DlgMessageArea *self)
{
  g_return_val_if_fail (DLG_IS_MESSAGE_AREA (self), NULL);
  return self->message;
}

void
dlg_message_area_set_cancellable (DlgMessageArea *self,
                                  gboolean        cancellable)
{
  g_return_if_fail (DLG_IS_MESSAGE_AREA (self));
  gtk_widget_set_visible (GTK_WIDGET (self->message_cancel), cancellable);
}

/* --- progress --- */

static gboolean
show_progress_cb (gpointer user_data)
{
  DlgMessageArea *self = user_data;

  self->progress_source = 0;
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  return G_SOURCE_REMOVE;
}

static Progress *
find_progress (DlgMessageArea *self,
               const char     *cancel_action,
               guint          *index)
{
  for (guint i = 0; i < self->progress->len; i++)
    {
      Progress *p = g_ptr_array_index (self->progress, i);

      if (g_strcmp0 (p->cancel_action, cancel_action) == 0)
        {
          if (index != NULL)
            *index = i;
          return p;
        }
    }
  return NULL;
}

/* The row shows the last progress begun, or goes */
static void
show_progress (DlgMessageArea *self)
{
  Progress *p;

  if (self->progress->len == 0)
    {
      g_clear_handle_id (&self->progress_source, g_source_remove);
      gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
      return;
    }
  p = g_ptr_array_index (self->progress, self->progress->len - 1);
  gtk_label_set_text (self->progress_label, p->text);
  gtk_progress_bar_set_fraction (self->progress_bar, p->fraction);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, p->progress_name, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->progress_cancel), p->cancel_action);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_cancel),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, p->cancel_name, -1);
  if (!gtk_revealer_get_reveal_child (self->progress_revealer) && self->progress_source == 0)
    self->progress_source = g_timeout_add (PROGRESS_DELAY, show_progress_cb, self);
}

void
dlg_message_area_begin_progress (DlgMessageArea *self,
                                 const char     *text,
                                 const char     *progress_name,
                                 const char     *cancel_action,
                                 const char     *cancel_name)
{
  guint index;
  Progress *p;

  g_return_if_fail (DLG_IS_MESSAGE_AREA (self));
  g_return_if_fail (cancel_action != NULL);

  /* begun again: it goes on top, from nothing done */
  if (find_progress (self, cancel_action, &index) != NULL)
    g_ptr_array_remove_index (self->progress, index);
  p = g_new0 (Progress, 1);
  p->text = g_strdup (text);
  p->progress_name = g_strdup (progress_name);
  p->cancel_action = g_strdup (cancel_action);
  p->cancel_name = g_strdup (cancel_name);
  g_ptr_array_add (self->progress, p);
  show_progress (self);
}

void
dlg_message_area_set_fraction (DlgMessageArea *self,
                               const char     *cancel_action,
                               double          fraction)
{
  Progress *p;

  g_return_if_fail (DLG_IS_MESSAGE_AREA (self));

  p = find_progress (self, cancel_action, NULL);
  if (p == NULL)
    return;
  p->fraction = fraction;
  if (p == g_ptr_array_index (self->progress, self->progress->len - 1))
    gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

void
dlg_message_area_end_progress (DlgMessageArea *self,
                               const char     *cancel_action)
{
  guint index;

  g_return_if_fail (DLG_IS_MESSAGE_AREA (self));

  if (find_progress (self, cancel_action, &index) == NULL)
    return;
  g_ptr_array_remove_index (self->progress, index);
  show_progress (self);
}

const char *
dlg_message_area_get_progress (DlgMessageArea *self)
{
  g_return_val_if_fail (DLG_IS_MESSAGE_AREA (self), NULL);

  if (self->progress->len == 0)
    return NULL;
  return ((Progress *) g_ptr_array_index (self->progress, self->progress->len - 1))->cancel_action;
}

/* --- actions --- */

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DlgMessageArea *self = DLG_MESSAGE_AREA (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *uri = NULL;

  if (self->open_file == NULL)
    return;
  uri = g_file_get_uri (self->open_file);
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
}

static void
dismiss_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  dlg_message_area_hide_message (DLG_MESSAGE_AREA (widget));
}

static void
dismiss_error_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  gtk_revealer_set_reveal_child (DLG_MESSAGE_AREA (widget)->error_revealer, FALSE);
}

/* --- the widget --- */

static void
dlg_message_area_dispose (GObject *object)
{
  DlgMessageArea *self = DLG_MESSAGE_AREA (object);

  g_clear_handle_id (&self->progress_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), DLG_TYPE_MESSAGE_AREA);
  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->progress, g_ptr_array_unref);
  g_clear_object (&self->open_file);

  G_OBJECT_CLASS (dlg_message_area_parent_class)->dispose (object);
}

static void
dlg_message_area_class_init (DlgMessageAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlg_message_area_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Delegations/ui/dlg-message-area.ui");
  gtk_widget_class_bind_template_child (widget_class, DlgMessageArea, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, DlgMessageArea, error_title);
  gtk_widget_class_bind_template_child (widget_class, DlgMessageArea, error_label);
  gtk_widget_class_bind_template_child (widget_class, DlgMessageArea, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, DlgMessageArea, message_title);
  gtk_widget_class_bind_template_child (widget_class, DlgMessageArea, message_detail);
  gtk_widget_class_bind_template_child (widget_class, DlgMessageArea, message_open);
  gtk_widget_class_bind_template_child (widget_class, DlgMessageArea, message_cancel);
  gtk_widget_class_bind_template_child (widget_class, DlgMessageArea, message_action);
  gtk_widget_class_bind_template_child (widget_class, DlgMessageArea, message_action_label);
  gtk_widget_class_bind_template_child (widget_class, DlgMessageArea, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, DlgMessageArea, progress_label);
  gtk_widget_class_bind_template_child (widget_class, DlgMessageArea, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, DlgMessageArea, progress_cancel);
  gtk_widget_class_install_action (widget_class, "message-area.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "message-area.dismiss", NULL, dismiss_action);
  gtk_widget_class_install_action (widget_class, "message-area.dismiss-error", NULL,
                                   dismiss_error_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "messagearea");
}

static void
dlg_message_area_init (DlgMessageArea *self)
{
  self->progress = g_ptr_array_new_with_free_func (progress_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
}
