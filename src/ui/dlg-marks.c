/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-marks"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-marks.h"
#include "dlg-style.h"

char *
dlg_mark_append (const char   *text,
                 DlgCertainty  certainty)
{
  if (certainty == DLG_CERTAINTY_CONFIRMED)
    return g_strdup (text);
  /* right after the fact, as every output puts it: it never wraps onto a
   * line of its own */
  return g_strconcat (text, dlg_certainty_to_mark (certainty), NULL);
}

char *
dlg_mark_dataset_text (const char   *text,
                       DlgCertainty  certainty)
{
  g_autofree char *isolated = NULL;
  g_autofree char *cut = NULL;

  if (certainty == DLG_CERTAINTY_CONFIRMED)
    return g_strdup (dlg_text_shown (text, &cut));
  /* isolated: a name in a right-to-left script keeps the mark after it */
  isolated = dlg_text_isolate (text);
  return dlg_mark_append (isolated, certainty);
}

const char *
dlg_mark_words (DlgCertainty certainty)
{
  return certainty == DLG_CERTAINTY_CONFIRMED ? NULL : dlg_certainty_to_label (certainty);
}

void
dlg_mark_describe (GtkWidget    *widget,
                   DlgCertainty  certainty)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (certainty == DLG_CERTAINTY_CONFIRMED)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    dlg_certainty_to_label (certainty), -1);
}

char *
dlg_source_numbers (DlgDataset         *dataset,
                    const char * const *ids)
{
  g_autofree char *numbers = NULL;

  if (dataset == NULL || ids == NULL || ids[0] == NULL)
    return g_strdup ("");
  numbers = dlg_dataset_source_numbers (dataset, ids);
  return g_strconcat (" ", numbers, NULL);
}

static char *
marked_stops_text (DlgMember  *member,
                   GPtrArray  *stops,
                   const char *separator,
                   gboolean    with_marks)
{
  GString *s;

  if (stops == NULL || stops->len == 0)
    return g_strdup ("");
  /* as dlg_route_text(): in the language's direction whatever the script
   * of the first stop */
  s = g_string_new (dlg_text_locale_mark ());
  for (guint i = 0; i < stops->len; i++)
    {
      DlgDestination *d = g_ptr_array_index (stops, i);
      g_autofree char *place = dlg_text_isolate (dlg_destination_get_place_label (d));
      g_autofree char *marked = NULL;
      DlgCertainty certainty = dlg_record_get_certainty (DLG_RECORD (d));

      if (member != NULL)
        dlg_member_get_attendance (member, d, NULL, &certainty);
      marked = with_marks ? dlg_mark_append (place, certainty) : g_strdup (place);
      if (i > 0)
        g_string_append (s, separator);
      if (dlg_destination_get_status (d) != DLG_VISIT_STATUS_VISITED)
        /* Translators: a stop of a route and its status, "Paris (planned, not visited)" */
        g_string_append_printf (s, _("%s (%s)"), marked,
                                dlg_visit_status_to_label (dlg_destination_get_status (d)));
      else
        g_string_append (s, marked);
    }
  return g_string_free (s, FALSE);
}

char *
dlg_marked_route_text (DlgMember *member,
                       GPtrArray *stops)
{
  /* Translators: between the stops of a route, "London → Paris" */
  return marked_stops_text (member, stops, _(" → "), TRUE);
}

char *
dlg_stops_list_text (DlgMember *member,
                     GPtrArray *stops,
                     gboolean   with_marks)
{
  /* Translators: between the stops of a list that is no route (those a member missed, those
   * not known): "Riyadh · Algiers" */
  return marked_stops_text (member, stops, C_("list of stops", " · "), with_marks);
}

char *
dlg_mark_event_text (DlgDataset   *dataset,
                     DlgEvent     *event,
                     DlgCertainty *certainty)
{
  DlgCertainty sure = dlg_record_get_certainty (DLG_RECORD (event));
  g_autofree char *dates = dlg_event_format_dates (event);
  g_autofree char *text = dlg_text_isolate (dlg_event_get_text (event));
  g_autofree char *marked = dlg_mark_append (text, sure);
  g_autofree char *refs = dlg_source_numbers (dataset, dlg_record_get_sources (DLG_RECORD (event)));

  if (certainty != NULL)
    *certainty = sure;
  /* Translators: an event of the background: its dates, its text (with its certainty mark)
   * and its sources' numbers, "7 May 2025: Operation Sindoor [3, 4]" */
  return g_strdup_printf (_("%s: %s%s"), dates != NULL ? dates : "", marked, refs);
}

gboolean
dlg_mark_side_has_marks (DlgSide *side)
{
  GListModel *lists[3];

  g_return_val_if_fail (DLG_IS_SIDE (side), FALSE);

  lists[0] = dlg_side_get_members (side);
  lists[1] = dlg_side_get_delegations (side);
  lists[2] = dlg_side_get_destinations (side);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(DlgRecord) record = g_list_model_get_item (lists[l], i);

        if (dlg_record_get_certainty (record) != DLG_CERTAINTY_CONFIRMED)
          return TRUE;
      }
  return FALSE;
}

GtkWidget *
dlg_mark_legend_new (void)
{
  g_autofree char *legend = dlg_certainty_legend ();
  GtkWidget *label = gtk_label_new (legend);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  dlg_label_set_wrapping (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "certainty-legend");
  return label;
}
