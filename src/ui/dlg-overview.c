#define G_LOG_DOMAIN "dlg-overview"

#include "config.h"

#include "dlg-overview.h"

void
dlg_side_rgba (DlgSide *side,
               guint    index,
               GdkRGBA *rgba)
{
  const char *colour = dlg_side_get_colour (side);

  if (colour == NULL || !gdk_rgba_parse (rgba, colour))
    gdk_rgba_parse (rgba, index == 0 ? "#c64600" : "#1c71d8");
}

void
dlg_widget_foreground (GtkWidget *widget,
                       GdkRGBA   *rgba)
{
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), rgba);
G_GNUC_END_IGNORE_DEPRECATIONS
}
