/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "delegations"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "dlg-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DlgApplication) app = NULL;
  const char *localedir;

  setlocale (LC_ALL, "");
  /* DELEGATIONS_LOCALEDIR: the catalogues of a build tree (build/po), so
   * a language can be tried, and tested, without installing */
  localedir = g_getenv ("DELEGATIONS_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ?
                                   localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Options, the command-line modes and the window: DlgApplication. */
  app = dlg_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
