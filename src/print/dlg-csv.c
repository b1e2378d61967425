/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-csv"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlg-csv.h"

char *
dlg_csv_cell (const char *text)
{
  GString *s;
  gboolean quote;

  if (text == NULL)
    text = "";

  s = g_string_new (NULL);
  /* A leading = + - @ (or tab, carriage return) would make a spreadsheet
   * evaluate the cell; an apostrophe keeps it text. */
  if (strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0')
    g_string_append_c (s, '\'');
  g_string_append (s, text);

  quote = strpbrk (s->str, ",\"\r\n") != NULL || s->str[0] == ' ' ||
          (s->len > 0 && s->str[s->len - 1] == ' ');
  if (quote)
    {
      GString *q = g_string_new ("\"");

      for (const char *c = s->str; *c != '\0'; c++)
        {
          if (*c == '"')
            g_string_append_c (q, '"');
          g_string_append_c (q, *c);
        }
      g_string_append_c (q, '"');
      g_string_free (s, TRUE);
      return g_string_free (q, FALSE);
    }
  return g_string_free (s, FALSE);
}

static void
append_row (GString            *out,
            const char * const *cells,
            guint               n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *cell = dlg_csv_cell (cells[i]);

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, cell);
    }
  g_string_append (out, "\r\n");
}

/* Stops as a cell: "London (United Kingdom); Paris (France) [planned-not-visited]".
 * With a member, each stop the member attended that is not confirmed says
 * how sure it is ("[single-source]"): an unconfirmed stop is never a
 * plain fact. */
static char *
stops_text (GPtrArray *stops,
            DlgMember *member)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < stops->len; i++)
    {
      DlgDestination *dest = g_ptr_array_index (stops, i);
      DlgCertainty certainty = DLG_CERTAINTY_CONFIRMED;

      g_string_append_printf (s, "%s%s (%s)", i > 0 ? "; " : "",
                              dlg_destination_get_place_label (dest),
                              dlg_destination_get_country (dest));
      if (dlg_destination_get_status (dest) != DLG_VISIT_STATUS_VISITED)
        g_string_append_printf (s, " [%s]", dlg_enum_to_nick (DLG_TYPE_VISIT_STATUS,
                                                             dlg_destination_get_status (dest)));
      if (member != NULL)
        dlg_member_get_attendance (member, dest, NULL, &certainty);
      if (certainty != DLG_CERTAINTY_CONFIRMED)
        g_string_append_printf (s, " [%s]", dlg_enum_to_nick (DLG_TYPE_CERTAINTY, certainty));
    }
  return g_string_free (s, FALSE);
}

static void
append_member_row (GString    *text,
                   DlgSide    *side,
                   DlgMember  *m,
                   const char *route,
                   const char *missed,
                   const char *not_known)
{
  const char *cells[] = {
    dlg_side_get_name (side),
    dlg_member_get_delegation_label (m),
    dlg_member_get_name (m),
    dlg_member_get_party (m),
    dlg_enum_to_nick (DLG_TYPE_ROLE_KIND, dlg_member_get_role_kind (m)),
    dlg_member_get_role (m),
    dlg_enum_to_nick (DLG_TYPE_MEMBER_STATUS, dlg_member_get_status (m)),
    route,
    dlg_enum_to_nick (DLG_TYPE_MEMBERSHIP, dlg_member_get_membership (m)),
    dlg_enum_to_nick (DLG_TYPE_CERTAINTY, dlg_record_get_certainty (DLG_RECORD (m))),
    missed,
    not_known,
  };

  append_row (text, cells, G_N_ELEMENTS (cells));
}

gboolean
dlg_csv_write (GOutputStream  *out,
               DlgSnapshot    *snapshot,
               GCancellable   *cancellable,
               GError        **error)
{
  /* Column names stay English: they are field names for other programs. */
  static const char * const header[] = {
    "side", "delegation", "name", "party", "role_kind", "role", "status", "destinations",
    "membership", "certainty", "missed", "not_known",
  };
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_sides;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (DLG_IS_SNAPSHOT (snapshot), FALSE);

  n_sides = dlg_snapshot_get_n_sides (snapshot);
  append_row (text, header, G_N_ELEMENTS (header));
  for (guint s = 0; s < n_sides; s++)
    {
      DlgSide *side = dlg_snapshot_get_side (snapshot, s);
      GListModel *shown = dlg_snapshot_get_members (snapshot, s);
      GListModel *list = shown != NULL ? shown : dlg_side_get_members (side);
      /* route -> its text: members on the whole route share one array, and
       * are as sure of each stop as the stop is, when they are confirmed */
      g_autoptr(GHashTable) routes = g_hash_table_new_full (NULL, NULL, NULL, g_free);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(DlgMember) m = g_list_model_get_item (list, i);
          GPtrArray *route = dlg_member_get_route (m);
          gboolean shared = dlg_record_get_certainty (DLG_RECORD (m)) == DLG_CERTAINTY_CONFIRMED;
          char *route_cell = shared ? g_hash_table_lookup (routes, route) : NULL;
          g_autofree char *own_cell = NULL;
          g_autofree char *missed = stops_text (dlg_member_get_missed (m), m);
          g_autofree char *not_known = stops_text (dlg_member_get_not_known (m), NULL);

          if (!shared)
            route_cell = own_cell = stops_text (route, m);
          else if (route_cell == NULL)
            {
              route_cell = stops_text (route, m);
              g_hash_table_insert (routes, route, route_cell);
            }
          append_member_row (text, side, m, route_cell, missed, not_known);
          if (text->len > 1 << 20)
            {
              if (!g_output_stream_write_all (out, text->str, text->len, NULL, cancellable, error))
                return FALSE;
              g_string_truncate (text, 0);
            }
        }
    }
  return g_output_stream_write_all (out, text->str, text->len, NULL, cancellable, error);
}

gboolean
dlg_csv_write_changes (GOutputStream  *out,
                       DlgDiff        *diff,
                       GCancellable   *cancellable,
                       GError        **error)
{
  /* Column names stay English, as above */
  static const char * const header[] = {
    "side", "delegation", "kind", "subject", "field", "old", "new", "sources",
  };
  g_autoptr(GString) text = g_string_new (NULL);
  GListModel *changes;
  guint n;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (DLG_IS_DIFF (diff), FALSE);

  changes = dlg_diff_get_changes (diff);
  n = g_list_model_get_n_items (changes);
  append_row (text, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgChange) change = g_list_model_get_item (changes, i);
      g_autofree char *sources = g_strjoinv ("; ", (GStrv) dlg_change_get_sources (change));
      const char *cells[] = {
        dlg_change_get_side_name (change),
        dlg_change_get_delegation_label (change),
        dlg_enum_to_nick (DLG_TYPE_CHANGE_KIND, dlg_change_get_kind (change)),
        dlg_change_get_subject (change),
        dlg_change_get_field (change),
        dlg_change_get_old_value (change),
        dlg_change_get_new_value (change),
        sources,
      };

      append_row (text, cells, G_N_ELEMENTS (cells));
      if (text->len > 1 << 20)
        {
          if (!g_output_stream_write_all (out, text->str, text->len, NULL, cancellable, error))
            return FALSE;
          g_string_truncate (text, 0);
        }
    }
  return g_output_stream_write_all (out, text->str, text->len, NULL, cancellable, error);
}
