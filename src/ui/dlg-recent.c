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
  GtkRecentManager *manager;
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

/* What the desktop's recent files list calls a dataset, and the command
 * that opens one (the installed program's name, whatever ran it: the
 * development build's opens its own) */
#define RECENT_MIME_TYPE "application/x-delegations+json"
#define RECENT_EXEC PROGRAM_NAME " %u"

/* The name the recent files know this program by: the application's,
 * else (a program that set none, as the benchmarks) the program's */
static const char *
app_name (void)
{
  const char *name = g_get_application_name ();

  return name != NULL ? name : PROGRAM_NAME;
}

static gboolean
is_ours (GtkRecentInfo *info)
{
  return gtk_recent_info_has_application (info, app_name ()) ||
         g_strcmp0 (gtk_recent_info_get_mime_type (info), RECENT_MIME_TYPE) == 0;
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *tb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return g_date_time_compare (tb, ta);
}

static void
add_to_recent_files (DlgRecent  *self,
                     const char *uri)
{
  GtkRecentData data = {
    .mime_type = (char *) RECENT_MIME_TYPE,
    .app_name = (char *) app_name (),
    .app_exec = (char *) RECENT_EXEC,
  };

  /* written to recently-used.xbel a moment later, or when the
   * application ends; the menu follows the manager's "changed" */
  gtk_recent_manager_add_full (self->manager, uri, &data);
}

/* The recent datasets, from the desktop's recent files: the ones this
 * application registered or of a dataset's MIME type, newest first.  A
 * local file that is gone is left out, since opening it could only fail
 * (it stays in the desktop's list, and comes back here with the file,
 * at the list's next change). */
static void
rebuild_menu (DlgRecent *self)
{
  GList *items = gtk_recent_manager_get_items (self->manager);
  GList *ours = NULL;
  guint n = 0;

  g_menu_remove_all (self->section);
  for (GList *l = items; l != NULL; l = l->next)
    if (is_ours (l->data))
      ours = g_list_prepend (ours, l->data);
  ours = g_list_sort (ours, newest_first);

  for (GList *l = ours; l != NULL && n < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autofree char *name = NULL;
      g_autoptr(GString) label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (!gtk_recent_info_exists (info))
        continue;
      name = gtk_recent_info_get_short_name (info);
      /* a file name, not a mnemonic: "_" stays an underscore */
      label = g_string_new (name);
      g_string_replace (label, "_", "__", 0);
      item = g_menu_item_new (label->str, NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", uri);
      g_menu_append_item (self->section, item);
      n++;
    }
  if (n == 0)
    g_menu_append (self->section, _("No Recent Datasets"), "win.no-recent");
  g_list_free (ours);
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

/* The list the settings kept before the desktop's recent files did:
 * read once into them (the files still there), oldest first so the
 * newest stays newest, then emptied.  Dropping it would lose a user's
 * list for no gain; the key stays in the schema, unused. */
static void
migrate_settings_list (DlgRecent *self)
{
  g_auto(GStrv) uris = NULL;
  guint n;

  if (self->settings == NULL)
    return;
  uris = g_settings_get_strv (self->settings, "recent-datasets");
  n = g_strv_length (uris);
  if (n == 0)
    return;
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uris[i - 1]);

      /* a file gone since is not made recent again */
      if (g_file_query_exists (file, NULL))
        add_to_recent_files (self, uris[i - 1]);
    }
  g_settings_reset (self->settings, "recent-datasets");
}

/* The last dataset, and the desktop's recent files (the bundled one is
 * neither: no other application can open it) */
static void
remember (DlgRecent *self,
          GFile     *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  gboolean bundled = g_file_has_uri_scheme (file, "resource");

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-dataset", bundled ? "" : uri);
  if (!bundled)
    add_to_recent_files (self, uri);
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
  g_clear_object (&self->manager);
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
  self->manager = g_object_ref (gtk_recent_manager_get_default ());
  g_signal_connect_object (self->manager, "changed", G_CALLBACK (rebuild_menu), self,
                           G_CONNECT_SWAPPED);
  migrate_settings_list (self);
  rebuild_menu (self);
  return self;
}
