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

void
dlg_replace_set (GHashTable **set,
                 GHashTable  *value)
{
  if (value != NULL)
    g_hash_table_ref (value);
  g_clear_pointer (set, g_hash_table_unref);
  *set = value;
}
