#define G_LOG_DOMAIN "dlg-overview"

#include "config.h"

#include "dlg-map-scene.h"
#include "dlg-overview.h"

void
dlg_side_rgba (DlgSide *side,
               guint    index,
               GdkRGBA *rgba)
{
  DlgColour colour;

  dlg_side_colour (side, index, &colour);
  rgba->red = colour.red;
  rgba->green = colour.green;
  rgba->blue = colour.blue;
  rgba->alpha = 1;
}

void
dlg_widget_foreground (GtkWidget *widget,
                       GdkRGBA   *rgba)
{
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), rgba);
G_GNUC_END_IGNORE_DEPRECATIONS
}

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
