/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-recent"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-model.h"
#include "dlg-recent.h"

#define MAX_RECENT 8

struct _DlgRecent
{
  GObject parent_instance;

  GSettings *settings;
  GMenu *section;
  /* said once the start-up's dataset is shown: why it is not the last */
  char *startup_note;
  /* the file to remember once widget has drawn it (weak), and the
   * frames counted meanwhile */
  GFile *pending;
  GtkWidget *widget;
  guint tick;
  guint ticks;
};

G_DEFINE_FINAL_TYPE (DlgRecent, dlg_recent, G_TYPE_OBJECT)

static void
rebuild_menu (DlgRecent *self)
{
  g_auto(GStrv) uris = NULL;

  g_menu_remove_all (self->section);
  if (self->settings != NULL)
    uris = g_settings_get_strv (self->settings, "recent-datasets");

  for (guint i = 0; uris != NULL && uris[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uris[i]);
      g_autofree char *basename = g_file_get_basename (file);
      g_autoptr(GMenuItem) item = g_menu_item_new (basename, NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", uris[i]);
      g_menu_append_item (self->section, item);
    }
  if (uris == NULL || uris[0] == NULL)
    g_menu_append (self->section, _("No Recent Datasets"), "win.no-recent");
}

/* The last dataset, first of the recent ones (the bundled one is never
 * listed, and not reopened as the last) */
static void
remember (DlgRecent *self,
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
  rebuild_menu (self);
}

void
dlg_recent_forget_opening (DlgRecent *self)
{
  g_autofree char *opening = NULL;

  g_return_if_fail (DLG_IS_RECENT (self));

  if (self->settings == NULL)
    return;
  opening = g_settings_get_string (self->settings, "opening-dataset");
  if (opening[0] == '\0')
    return;
  g_settings_set_string (self->settings, "opening-dataset", "");
  g_settings_sync ();
}

static void
stop_waiting (DlgRecent *self)
{
  if (self->tick != 0 && self->widget != NULL)
    gtk_widget_remove_tick_callback (self->widget, self->tick);
  self->tick = 0;
  g_clear_weak_pointer (&self->widget);
  g_clear_object (&self->pending);
}

/* The second tick after it is shown starts the frame after the one that
 * drew it */
static gboolean
drawn_cb (GtkWidget     *widget,
          GdkFrameClock *clock,
          gpointer       user_data)
{
  DlgRecent *self = user_data;
  g_autoptr(GFile) file = NULL;

  if (++self->ticks < 2)
    return G_SOURCE_CONTINUE;
  self->tick = 0;
  file = g_steal_pointer (&self->pending);
  stop_waiting (self);
  if (file != NULL)
    remember (self, file);
  /* the start-up's dataset is shown: the next start may open it again */
  dlg_recent_forget_opening (self);
  return G_SOURCE_REMOVE;
}

void
dlg_recent_shown (DlgRecent *self,
                  GtkWidget *widget,
                  GFile     *file,
                  gboolean   remember_file)
{
  g_return_if_fail (DLG_IS_RECENT (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (G_IS_FILE (file));

  if (!remember_file)
    return;
  if (self->widget != widget)
    stop_waiting (self);
  g_set_object (&self->pending, file);
  self->ticks = 0;
  if (self->tick == 0)
    {
      g_set_weak_pointer (&self->widget, widget);
      /* the callback ends with the widget, or in dispose */
      self->tick = gtk_widget_add_tick_callback (widget, drawn_cb, self, NULL);
    }
}

GFile *
dlg_recent_choose_startup (DlgRecent *self)
{
  g_autofree char *uri = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (DLG_IS_RECENT (self), NULL);

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

          g_settings_set_string (self->settings, "last-dataset", "");
          g_settings_set_string (self->settings, "opening-dataset", "");
          g_clear_object (&file);
          g_free (self->startup_note);
          /* Translators: %s is a file name */
          self->startup_note = g_strdup_printf (_("“%s” was not opened again"), basename);
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
  return g_steal_pointer (&file);
}

char *
dlg_recent_take_startup_note (DlgRecent *self)
{
  g_return_val_if_fail (DLG_IS_RECENT (self), NULL);
  return g_steal_pointer (&self->startup_note);
}

static void
dlg_recent_dispose (GObject *object)
{
  DlgRecent *self = DLG_RECENT (object);

  stop_waiting (self);
  g_clear_object (&self->settings);
  g_clear_object (&self->section);
  g_clear_pointer (&self->startup_note, g_free);

  G_OBJECT_CLASS (dlg_recent_parent_class)->dispose (object);
}

static void
dlg_recent_class_init (DlgRecentClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = dlg_recent_dispose;
}

static void
dlg_recent_init (DlgRecent *self)
{
}

DlgRecent *
dlg_recent_new (GSettings *settings,
                GMenu     *section)
{
  DlgRecent *self;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (G_IS_MENU (section), NULL);

  self = g_object_new (DLG_TYPE_RECENT, NULL);
  if (settings != NULL)
    self->settings = g_object_ref (settings);
  self->section = g_object_ref (section);
  rebuild_menu (self);
  return self;
}
