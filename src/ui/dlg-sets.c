/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-sets"

#include "config.h"

#include "dlg-sets.h"

gboolean
dlg_sets_equal (GHashTable *a,
                GHashTable *b)
{
  GHashTableIter iter;
  gpointer key;

  if (a == NULL || b == NULL)
    return a == b;
  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (b, key))
      return FALSE;
  return TRUE;
}

void
dlg_replace_set (GHashTable **set,
                 GHashTable  *value)
{
  if (value != NULL)
    g_hash_table_ref (value);
  g_clear_pointer (set, g_hash_table_unref);
  *set = value;
}
