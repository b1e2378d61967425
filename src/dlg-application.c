#define G_LOG_DOMAIN "dlg-application"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-application.h"
#include "dlg-window.h"

struct _DlgApplication
{
  GtkApplication parent_instance;
  GDBusProxy *portal;
};

G_DEFINE_FINAL_TYPE (DlgApplication, dlg_application, GTK_TYPE_APPLICATION)

static DlgWindow *
get_window (DlgApplication *self,
            gboolean       *created)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  *created = window == NULL;
  if (window == NULL)
    window = GTK_WINDOW (dlg_window_new (GTK_APPLICATION (self)));
  return DLG_WINDOW (window);
}

static void
dlg_application_activate (GApplication *app)
{
  gboolean created;
  DlgWindow *window = get_window (DLG_APPLICATION (app), &created);

  if (created)
    dlg_window_open_default (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
dlg_application_open (GApplication  *app,
                       GFile        **files,
                       int            n_files,
                       const char    *hint)
{
  gboolean created;
  DlgWindow *window = get_window (DLG_APPLICATION (app), &created);

  /* One dataset at a time: the first file given wins. */
  if (n_files > 0)
    dlg_window_open (window, files[0]);
  gtk_window_present (GTK_WINDOW (window));
}

/* Dark style follows the desktop: the settings portal's color-scheme
 * (1 = prefer dark). */
static void
apply_color_scheme (GVariant *value)
{
  guint32 scheme = 0;

  while (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_VARIANT))
    value = g_variant_get_variant (value);
  if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
    scheme = g_variant_get_uint32 (value);

  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme",
                scheme == 1, NULL);
}

static void
portal_signal_cb (GDBusProxy *proxy,
                  const char *sender,
                  const char *signal,
                  GVariant   *parameters,
                  gpointer    user_data)
{
  const char *ns, *key;
  g_autoptr(GVariant) value = NULL;

  if (g_strcmp0 (signal, "SettingChanged") != 0)
    return;
  g_variant_get (parameters, "(&s&sv)", &ns, &key, &value);
  if (g_strcmp0 (ns, "org.freedesktop.appearance") == 0 && g_strcmp0 (key, "color-scheme") == 0)
    apply_color_scheme (value);
}

static void
portal_read_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GVariant) reply = g_dbus_proxy_call_finish (G_DBUS_PROXY (object), result, NULL);
  g_autoptr(GVariant) value = NULL;

  if (reply == NULL)
    return;
  g_variant_get (reply, "(v)", &value);
  apply_color_scheme (value);
}

static void
portal_ready_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  DlgApplication *self = user_data;
  g_autoptr(GError) error = NULL;

  self->portal = g_dbus_proxy_new_for_bus_finish (result, &error);
  if (self->portal == NULL)
    {
      g_debug ("No settings portal: %s", error->message);
      g_object_unref (self);
      return;
    }
  g_signal_connect (self->portal, "g-signal", G_CALLBACK (portal_signal_cb), NULL);
  g_dbus_proxy_call (self->portal, "Read",
                     g_variant_new ("(ss)", "org.freedesktop.appearance", "color-scheme"),
                     G_DBUS_CALL_FLAGS_NONE, 2000, NULL, portal_read_cb, NULL);
  g_object_unref (self);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { _("The Delegations developers"), NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (app),
                         "program-name", _("Delegations"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Compare delegations side by side, with every fact "
                                       "traceable to its source."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", developers,
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = gtk_application_get_windows (app);

  /* Close windows first so they save their size. */
  while (windows != NULL)
    {
      GList *next = windows->next;

      gtk_window_close (GTK_WINDOW (windows->data));
      windows = next;
    }
  g_application_quit (G_APPLICATION (app));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
};

static void
dlg_application_startup (GApplication *app)
{
  DlgApplication *self = DLG_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  G_APPLICATION_CLASS (dlg_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay",
                                         help_accels);

  gtk_css_provider_load_from_resource (css, "/com/example/Delegations/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_dbus_proxy_new_for_bus (G_BUS_TYPE_SESSION, G_DBUS_PROXY_FLAGS_DO_NOT_LOAD_PROPERTIES,
                            NULL, "org.freedesktop.portal.Desktop",
                            "/org/freedesktop/portal/desktop",
                            "org.freedesktop.portal.Settings", NULL,
                            portal_ready_cb, g_object_ref (self));
}

static void
dlg_application_dispose (GObject *object)
{
  DlgApplication *self = DLG_APPLICATION (object);

  g_clear_object (&self->portal);

  G_OBJECT_CLASS (dlg_application_parent_class)->dispose (object);
}

static void
dlg_application_class_init (DlgApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = dlg_application_dispose;
  app_class->activate = dlg_application_activate;
  app_class->open = dlg_application_open;
  app_class->startup = dlg_application_startup;
}

static void
dlg_application_init (DlgApplication *self)
{
}

DlgApplication *
dlg_application_new (void)
{
  return g_object_new (DLG_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/com/example/Delegations",
                       NULL);
}
