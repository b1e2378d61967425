#define G_LOG_DOMAIN "delegations"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

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
  const GOptionEntry entries[] = {
    { "validate", 0, 0, G_OPTION_ARG_NONE, &validate,
      N_("Check dataset files and print a summary of each; no display needed"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Print the version and exit"), NULL },
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

  /* Until the comparison window lands, running the program summarises
   * the dataset (the bundled one when no FILE is given). */
  if (files != NULL && files[0] != NULL && files[1] != NULL)
    {
      g_printerr ("%s\n", _("delegations: give one dataset FILE (or none for the bundled one)"));
      return DLG_EXIT_USAGE;
    }
  return dlg_cli_summarise (files != NULL ? files[0] : NULL);
}
