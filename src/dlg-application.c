/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-application"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-application.h"
#include "dlg-cli.h"
#include "dlg-style.h"
#include "dlg-version.h"
#include "dlg-window.h"

/* The version people see: a development build's names its commit. */
#define DISPLAY_VERSION (DLG_VCS_TAG[0] != '\0' ? PACKAGE_VERSION "-" DLG_VCS_TAG : PACKAGE_VERSION)

struct _DlgApplication
{
  GtkApplication parent_instance;

  /* handle-local-options ran: GOption accepted the command line */
  gboolean options_parsed;
};

/* Packed into the options dictionary (no arg_data), as GApplication
 * wants, so the same parsing serves the command-line modes here and the
 * files sent to a running instance. */
static const GOptionEntry option_entries[] = {
  { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check dataset files (“-”: standard input) and print a summary of each; no display needed"),
    NULL },
  { "summary", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print a summary of the dataset (the bundled one without FILE); no display needed"), NULL },
  { "diff", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Say what changed from the dataset OLD to NEW, by side and delegation (with "
       "--export-csv: one row per change); exit status 0 when nothing did, 1 when something "
       "did; no display needed"),
    NULL },
  { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the comparison sheet of FILE (or the bundled dataset) to OUT.pdf "
       "(“-”: standard output); no display needed"),
    N_("OUT.pdf") },
  { "sheet", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("What --export-pdf writes: “glance” (one page), “briefing” (the default) or “full” "
       "(every stop's table)"),
    N_("KIND") },
  { "changes-since", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --export-pdf: the briefing (or the full sheet) gets a page of what changed since "
       "the dataset OLD, by side and delegation (“-”: standard input)"),
    N_("OLD") },
  { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the member table of FILE (or the bundled dataset) to OUT.csv "
       "(“-”: standard output); no display needed"),
    N_("OUT.csv") },
  { "export-image", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the comparison of FILE (or the bundled dataset) as an image for slides: map, "
       "legend and places by side, 1920×1080, PNG or SVG by OUT's ending; no display needed"),
    N_("OUT.png|OUT.svg") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
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

/* What GApplication prints while it parses the command line: its
 * message for a refused option, held to be said as the program's */
static GString *parse_messages;
static GPrintFunc parse_printerr_before;

static void
hold_printerr_cb (const char *text)
{
  g_string_append (parse_messages, text);
}

static void
hold_parse_messages (void)
{
  parse_messages = g_string_new (NULL);
  parse_printerr_before = g_set_printerr_handler (hold_printerr_cb);
}

/* Stops holding them; returns what was held */
static char *
release_parse_messages (void)
{
  if (parse_messages == NULL)
    return NULL;
  g_set_printerr_handler (parse_printerr_before);
  parse_printerr_before = NULL;
  return g_string_free (g_steal_pointer (&parse_messages), FALSE);
}

/* The command-line modes run here, in the process that was started, with
 * no display and no D-Bus; anything else goes on to the window. */
static int
dlg_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  DlgApplication *self = DLG_APPLICATION (app);
  g_autofree const char **files = NULL;
  const char *export_pdf = NULL;
  const char *export_csv = NULL;
  const char *export_image = NULL;
  const char *sheet = NULL;
  const char *changes_since = NULL;
  DlgSheetKind kind = DLG_SHEET_BRIEFING;
  gboolean validate, summary, diff;
  guint n_files;

  self->options_parsed = TRUE;
  /* GOption took the command line: whatever follows is said as it comes */
  {
    g_autofree char *held = release_parse_messages ();

    if (held != NULL && held[0] != '\0')
      g_printerr ("%s", held);
  }
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, DISPLAY_VERSION);
      return DLG_EXIT_OK;
    }

  validate = g_variant_dict_contains (options, "validate");
  summary = g_variant_dict_contains (options, "summary");
  diff = g_variant_dict_contains (options, "diff");
  g_variant_dict_lookup (options, "export-pdf", "^&ay", &export_pdf);
  g_variant_dict_lookup (options, "export-csv", "^&ay", &export_csv);
  g_variant_dict_lookup (options, "export-image", "^&ay", &export_image);
  g_variant_dict_lookup (options, "sheet", "&s", &sheet);
  g_variant_dict_lookup (options, "changes-since", "^&ay", &changes_since);
  if (sheet != NULL && !dlg_sheet_kind_from_nick (sheet, &kind))
    return dlg_cli_usage_error (_("--sheet is one of glance, briefing and full"));
  if (sheet != NULL && export_pdf == NULL)
    return dlg_cli_usage_error (_("--sheet goes with --export-pdf"));
  if (changes_since != NULL && (export_pdf == NULL || g_variant_dict_contains (options, "diff")))
    return dlg_cli_usage_error (_("--changes-since goes with --export-pdf"));
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
  n_files = files != NULL ? g_strv_length ((char **) files) : 0;
  /* "" would be the current folder */
  for (guint i = 0; i < n_files; i++)
    if (files[i][0] == '\0')
      return dlg_cli_usage_error (_("an empty argument is not a file name"));

  if (diff)
    {
      if (validate || summary || export_pdf != NULL || export_image != NULL)
        return dlg_cli_usage_error (_("--diff goes with --export-csv only"));
      if (n_files != 2)
        return dlg_cli_usage_error (_("--diff takes two FILEs: OLD and NEW"));
      return dlg_cli_diff (files[0], files[1], export_csv);
    }
  if (validate + summary + (export_pdf != NULL || export_csv != NULL || export_image != NULL) > 1)
    return dlg_cli_usage_error (_("choose one of --validate, --summary and the exports"));
  if (validate)
    return dlg_cli_validate (files);
  if (export_pdf != NULL || export_csv != NULL || export_image != NULL)
    {
      if (n_files > 1)
        return dlg_cli_usage_error (_("export takes one FILE (or none for the bundled one)"));
      return dlg_cli_export (export_pdf, export_csv, export_image, kind, changes_since,
                             n_files > 0 ? files[0] : NULL);
    }
  if (summary)
    {
      if (n_files > 1)
        return dlg_cli_usage_error (_("--summary takes one FILE (or none for the bundled one)"));
      return dlg_cli_summarise (n_files > 0 ? files[0] : NULL);
    }

  for (guint i = 0; i < n_files; i++)
    if (g_strcmp0 (files[i], "-") == 0)
      return dlg_cli_usage_error (_("the window opens files; standard input (“-”) is read by "
                            "--validate, --summary and the exports"));

  /* the window: the files go to the running instance, or this one */
  return -1;
}

/* GApplication prints GOption's message alone ("Unknown option
 * --bogus") and exits 1 when GOption refuses the command line; here it
 * is said as the program's, with how to see the options, and a usage
 * error exits 2, in every mode. */
static gboolean
dlg_application_local_command_line (GApplication   *app,
                                    char         ***arguments,
                                    int            *exit_status)
{
  DlgApplication *self = DLG_APPLICATION (app);
  g_autofree char *held = NULL;
  gboolean handled;

  hold_parse_messages ();
  handled = G_APPLICATION_CLASS (dlg_application_parent_class)->local_command_line (app, arguments,
                                                                                    exit_status);
  held = release_parse_messages ();
  if (handled && !self->options_parsed && *exit_status == 1)
    {
      g_strchomp (held);
      *exit_status = dlg_cli_usage_error (held);
    }
  else if (held != NULL && held[0] != '\0')
    g_printerr ("%s", held);
  return handled;
}

/* In the primary instance: the files (paths or URIs, as the launcher's
 * %U gives them) of a command line, relative to where it was started. */
static int
dlg_application_command_line (GApplication            *app,
                              GApplicationCommandLine *command_line)
{
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree const char **args = NULL;

  if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &args))
    for (guint i = 0; args[i] != NULL; i++)
      g_ptr_array_add (files, g_application_command_line_create_file_for_arg (command_line,
                                                                               args[i]));
  if (files->len > 0)
    g_application_open (app, (GFile **) files->pdata, (int) files->len, "");
  else
    g_application_activate (app);
  return DLG_EXIT_OK;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { _("The Delegations developers"), NULL };
  /* Translators: credit for the map's land outlines */
  const char *map_data[] = { _("Natural Earth, public domain https://www.naturalearthdata.com"),
                             /* Translators: credit for the map's land outlines */
                             _("world-atlas by Mike Bostock, ISC licence"), NULL };
  GtkWidget *dialog = g_object_new (GTK_TYPE_ABOUT_DIALOG,
                                    "transient-for", gtk_application_get_active_window (app),
                                    "modal", TRUE,
                                    "destroy-with-parent", TRUE,
                                    "program-name", _("Delegations"),
                                    "logo-icon-name", APP_ID,
                                    "version", DISPLAY_VERSION,
                                    "comments", _("Compare delegations side by side, with every "
                                                  "fact traceable to its source."),
                                    "website", "https://example.com/delegations",
                                    "license-type", GTK_LICENSE_GPL_3_0,
                                    "authors", developers,
                                    /* Translators: your names, one per line, as credited in the
                                     * About dialog */
                                    "translator-credits", _("translator-credits"),
                                    NULL);

  /* Translators: a section of the About dialog's credits */
  gtk_about_dialog_add_credit_section (GTK_ABOUT_DIALOG (dialog), _("Map data"), map_data);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* F1 and the menu's Help: the user guide, in the help viewer */
static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  gboolean created;
  DlgWindow *window = get_window (DLG_APPLICATION (user_data), &created);

  /* asked from outside (D-Bus) with no window: the window, then the
   * help beside it, so that a failure has somewhere to show */
  if (created)
    dlg_window_open_default (window);
  gtk_window_present (GTK_WINDOW (window));
  dlg_window_show_help (window);
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
  /* An export in flight holds the application: it ends when the last one
   * is written (g_application_quit ignores holds, and would stop the
   * exports half-way). */
  if (dlg_window_exports_in_flight (app) == 0)
    g_application_quit (G_APPLICATION (app));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "help", help_action },
  { "quit", quit_action },
};

static void
dlg_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  static const char *help_accels[] = { "F1", NULL };

  G_APPLICATION_CLASS (dlg_application_parent_class)->startup (app);

  /* found in the icon theme, or in the resources when not installed */
  gtk_window_set_default_icon_name (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay",
                                         shortcuts_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.help", help_accels);

  dlg_style_install ();

  /* Dark style follows the desktop, through the settings portal. */
  if (g_application_get_dbus_connection (app) != NULL)
    dlg_style_follow_portal (g_application_get_dbus_connection (app));
}

static void
dlg_application_class_init (DlgApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->handle_local_options = dlg_application_handle_local_options;
  app_class->local_command_line = dlg_application_local_command_line;
  app_class->command_line = dlg_application_command_line;
  app_class->activate = dlg_application_activate;
  app_class->open = dlg_application_open;
  app_class->startup = dlg_application_startup;
}

static void
dlg_application_init (DlgApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Compare delegations side by side."));
}

DlgApplication *
dlg_application_new (void)
{
  return g_object_new (DLG_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", "/com/example/Delegations",
                       NULL);
}
