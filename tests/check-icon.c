/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Looks an icon up through GtkIconTheme, as the shell and the About dialog
 * do, and prints the file it resolves to.  Exits 1 when the theme does
 * not have it.  Usage: check-icon ICON-NAME SIZE */

#include "config.h"

#include <gtk/gtk.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkIconPaintable) icon = NULL;
  g_autoptr(GFile) file = NULL;
  GtkIconTheme *theme;

  if (argc != 3 || !gtk_init_check ())
    {
      g_printerr ("usage: check-icon ICON-NAME SIZE (with a display)\n");
      return 2;
    }
  theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  if (!gtk_icon_theme_has_icon (theme, argv[1]))
    {
      g_printerr ("check-icon: the icon theme has no %s\n", argv[1]);
      return 1;
    }
  icon = gtk_icon_theme_lookup_icon (theme, argv[1], NULL, (int) g_ascii_strtoll (argv[2], NULL, 10),
                                     1, GTK_TEXT_DIR_NONE, 0);
  file = gtk_icon_paintable_get_file (icon);
  g_print ("%s\n", file != NULL ? g_file_peek_path (file) : "(no file)");
  return 0;
}
