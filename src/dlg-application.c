#define G_LOG_DOMAIN "dlg-application"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-application.h"
#include "dlg-style.h"
#include "dlg-window.h"

struct _DlgApplication
{
  GtkApplication parent_instance;
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

  /* Dark style follows the desktop, through the settings portal. */
  if (g_application_get_dbus_connection (app) != NULL)
    dlg_style_follow_portal (g_application_get_dbus_connection (app));
}

static void
dlg_application_class_init (DlgApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

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
