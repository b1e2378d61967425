/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-bundled"

#include "config.h"

#include "dlg-bundled.h"
#include "dlg-data-resources.h"

#define BUNDLED_URI "resource:///com/example/Delegations/data/delegations-2025.json"

GFile *
dlg_bundled_dataset_file (void)
{
  /* Referencing the resource keeps it linked in from the static library. */
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      GResource *resource = dlg_data_get_resource ();

      if (g_resource_get_info (resource, "/com/example/Delegations/data/delegations-2025.json",
                               G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
        g_once_init_leave (&registered, 1);
      else
        g_once_init_leave (&registered, 2);
    }
  return g_file_new_for_uri (BUNDLED_URI);
}
