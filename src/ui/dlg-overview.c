#define G_LOG_DOMAIN "dlg-overview"

#include "config.h"

#include "dlg-overview.h"

GHashTable *
dlg_destinations_reached (DlgDelegation *delegation,
                          GtkFilter     *filter)
{
  GListModel *members;
  GHashTable *set;

  g_return_val_if_fail (DLG_IS_DELEGATION (delegation), NULL);

  if (filter == NULL)
    return NULL;
  members = dlg_delegation_get_members (delegation);
  set = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(DlgMember) m = g_list_model_get_item (members, i);
      GPtrArray *route;

      if (!gtk_filter_match (filter, m))
        continue;
      route = dlg_member_get_route (m);
      for (guint j = 0; j < route->len; j++)
        g_hash_table_add (set, g_ptr_array_index (route, j));
    }
  return set;
}

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
