/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Renders the application's SVG icon to a PNG of one size, at build time.
 * Usage: render-icon IN.svg SIZE OUT.png
 *
 * GTK gives an X11 window its icon at 48 pixels. Found only as SVG, the
 * icon is drawn through gdk-pixbuf's SVG loader, which loads librsvg and
 * its libraries into every window's process (7-8 MiB resident) for one
 * small picture; a PNG of that size is read by GTK itself. */

#include <stdlib.h>

#include <gdk-pixbuf/gdk-pixbuf.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GError) error = NULL;
  int size;

  if (argc != 4 || (size = atoi (argv[2])) <= 0)
    {
      g_printerr ("usage: render-icon IN.svg SIZE OUT.png\n");
      return 2;
    }
  pixbuf = gdk_pixbuf_new_from_file_at_size (argv[1], size, size, &error);
  if (pixbuf == NULL || !gdk_pixbuf_save (pixbuf, argv[3], "png", &error, NULL))
    {
      g_printerr ("render-icon: %s\n", error->message);
      return 1;
    }
  return 0;
}
