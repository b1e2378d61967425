/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The floor for the loader's benchmarks: reading a file and json-glib
 * parsing it into a tree, nothing else.  Usage: bench-parse FILE */

#include "config.h"

#include <json-glib/json-glib.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;

  if (argc != 2)
    {
      g_printerr ("usage: bench-parse FILE\n");
      return 2;
    }
  if (!g_file_get_contents (argv[1], &data, &len, &error) ||
      !json_parser_load_from_data (parser, data, (gssize) len, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
