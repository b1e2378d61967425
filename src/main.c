#define G_LOG_DOMAIN "delegations"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "dlg-application.h"
#include "dlg-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = NULL;
  gboolean validate = FALSE;
  gboolean version = FALSE;
  gboolean summary = FALSE;
  g_autofree char *export_pdf = NULL;
  g_autofree char *export_csv = NULL;
  const GOptionEntry entries[] = {
    { "validate", 0, 0, G_OPTION_ARG_NONE, &validate,
      N_("Check dataset files and print a summary of each; no display needed"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Print the version and exit"), NULL },
    { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, &export_pdf,
      N_("Write the comparison sheet of FILE (or the bundled dataset) to OUT.pdf; "
         "no display needed"),
      N_("OUT.pdf") },
    { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, &export_csv,
      N_("Write the member table of FILE (or the bundled dataset) to OUT.csv; no display needed"),
      N_("OUT.csv") },
    { "summary", 0, 0, G_OPTION_ARG_NONE, &summary,
      N_("Print a summary of the dataset (the bundled one without FILE); no display needed"),
      NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("[FILE…]") },
    { NULL }
  };

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Compare delegations side by side."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("delegations: %s\n", error->message);
      g_printerr ("%s\n", _("Run “delegations --help” to see the options."));
      return DLG_EXIT_USAGE;
    }

  if (version)
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return DLG_EXIT_OK;
    }

  if (validate)
    return dlg_cli_validate ((const char * const *) files);

  if (export_pdf != NULL || export_csv != NULL)
    {
      if (files != NULL && files[0] != NULL && files[1] != NULL)
        {
          g_printerr ("%s\n",
                      _("delegations: export takes one FILE (or none for the bundled one)"));
          return DLG_EXIT_USAGE;
        }
      return dlg_cli_export (export_pdf, export_csv, files != NULL ? files[0] : NULL);
    }

  if (summary)
    {
      if (files != NULL && files[0] != NULL && files[1] != NULL)
        {
          g_printerr ("%s\n",
                      _("delegations: --summary takes one FILE (or none for the bundled one)"));
          return DLG_EXIT_USAGE;
        }
      return dlg_cli_summarise (files != NULL ? files[0] : NULL);
    }

  /* Everything else is the window: hand the files (paths or URIs, as the
   * launcher's %U gives them) to the application, which passes them to
   * an instance that is already running. */
  {
    g_autoptr(DlgApplication) app = dlg_application_new ();
    g_autoptr(GPtrArray) app_argv = g_ptr_array_new ();

    g_ptr_array_add (app_argv, argv[0]);
    for (guint i = 0; files != NULL && files[i] != NULL; i++)
      g_ptr_array_add (app_argv, files[i]);
    g_ptr_array_add (app_argv, NULL);

    return g_application_run (G_APPLICATION (app), (int) app_argv->len - 1,
                              (char **) app_argv->pdata);
  }
}
