/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-settings"

#include "config.h"

#include "dlg-settings.h"

GSettings *
dlg_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  /* Installed, or GSETTINGS_SCHEMA_DIR (meson devenv, the tests): no
   * build-tree path is built in. */
  if (schema == NULL)
    {
      g_debug ("No settings schema %s found; settings are not remembered", APP_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}
