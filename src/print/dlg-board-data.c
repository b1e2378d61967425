/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-board"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-board-data.h"

void
dlg_board_place_free (gpointer data)
{
  DlgBoardPlace *place = data;

  g_free (place->key);
  g_free (place->name);
  g_clear_object (&place->first);
  for (guint i = 0; i < place->n_sides; i++)
    {
      g_clear_object (&place->stay[i]);
      g_string_free (place->lines[i], TRUE);
    }
  g_free (place->stay);
  g_free (place->lines);
  g_free (place->n_lines);
  g_free (place->visited_by);
  g_free (place->planned_by);
  g_free (place);
}

static int
place_compare (gconstpointer a,
               gconstpointer b)
{
  const DlgBoardPlace *pa = *(const DlgBoardPlace * const *) a;
  const DlgBoardPlace *pb = *(const DlgBoardPlace * const *) b;

  return g_utf8_collate (pa->name, pb->name);
}

static void
collect (GHashTable *places,
         GPtrArray  *order,
         DlgSide    *side,
         guint       index,
         guint       n_sides,
         GHashTable *reached)
{
  GListModel *delegations = dlg_side_get_delegations (side);

  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(DlgDelegation) d = g_list_model_get_item (delegations, i);
      GListModel *stops = dlg_delegation_get_destinations (d);
      g_autofree char *label = dlg_text_isolate (dlg_delegation_get_label (d));

      for (guint j = 0; j < g_list_model_get_n_items (stops); j++)
        {
          g_autoptr(DlgDestination) dest = g_list_model_get_item (stops, j);
          const char *key = dlg_destination_get_key (dest);
          g_autofree char *dates = NULL;
          g_autofree char *who = NULL;
          DlgVisitStatus status = dlg_destination_get_status (dest);
          DlgBoardPlace *place;

          place = g_hash_table_lookup (places, key);
          if (place == NULL)
            {
              place = g_new0 (DlgBoardPlace, 1);
              place->key = g_strdup (key);
              place->name = dlg_text_isolate (dlg_destination_get_outer_label (dest));
              place->inner = dlg_destination_get_place (dest);
              place->first = g_object_ref (dest);
              place->n_sides = n_sides;
              place->stay = g_new0 (DlgDestination *, n_sides);
              place->lines = g_new0 (GString *, n_sides);
              place->n_lines = g_new0 (guint, n_sides);
              place->visited_by = g_new0 (gboolean, n_sides);
              place->planned_by = g_new0 (gboolean, n_sides);
              for (guint k = 0; k < n_sides; k++)
                place->lines[k] = g_string_new (NULL);
              g_hash_table_insert (places, place->key, place);
              g_ptr_array_add (order, place);
            }
          /* the whole dataset places it; the filter only says whether it is shown */
          if (reached == NULL || g_hash_table_contains (reached, dest))
            place->shown = TRUE;
          if (dlg_destination_get_place (dest) != place->inner)
            place->mixed = TRUE;
          if (status == DLG_VISIT_STATUS_VISITED)
            {
              if (!place->visited_by[index])
                place->n_visited++;
              place->visited_by[index] = TRUE;
              if (place->stay[index] == NULL)
                place->stay[index] = g_object_ref (dest);
              place->certainty = MAX (place->certainty,
                                      dlg_record_get_certainty (DLG_RECORD (dest)));
            }
          else
            {
              place->planned_by[index] = TRUE;
            }

          if (place->n_lines[index]++ >= DLG_BOARD_LINES)
            continue;
          dates = dlg_format_dates (dlg_destination_get_from (dest), dlg_destination_get_to (dest),
                                    dlg_destination_get_dates_approximate (dest));
          if (place->lines[index]->len > 0)
            g_string_append_c (place->lines[index], '\n');
          /* where within the place (format 1.2): "Peace delegation (UN Headquarters, New
           * York)" on the New York card */
          if (dlg_destination_get_place (dest) != NULL &&
              dlg_place_get_within (dlg_destination_get_place (dest)) != NULL)
            {
              g_autofree char *inner =
                dlg_text_isolate (dlg_place_get_name (dlg_destination_get_place (dest)));

              /* Translators: a delegation and the place within a city it was at, "Peace
               * delegation (UN Headquarters, New York)" */
              who = g_strdup_printf (_("%s (%s)"), label, inner);
            }
          if (status == DLG_VISIT_STATUS_VISITED)
            /* Translators: a delegation on a board chip and its dates, "Group 2, 31 May – 3 Jun 2025" */
            g_string_append_printf (place->lines[index], _("%s, %s"), who != NULL ? who : label,
                                    dates != NULL ? dates : _("dates not known"));
          else
            /* Translators: a delegation on a board chip that did not make the stop,
             * "Peace delegation: planned, not visited" */
            g_string_append_printf (place->lines[index], _("%s: %s"), who != NULL ? who : label,
                                    dlg_visit_status_to_label (status));
        }
    }
}

/* A side's lines on a card: all of them, or the first DLG_BOARD_LINES - 1
 * and "and N more" */
static GStrv
first_lines (DlgBoardPlace *place,
             guint          side)
{
  GStrv lines = g_strsplit (place->lines[side]->str, "\n", -1);
  guint n = place->n_lines[side];

  if (n > DLG_BOARD_LINES)
    {
      guint more = n - DLG_BOARD_LINES + 1;

      g_free (lines[DLG_BOARD_LINES - 1]);
      /* Translators: the end of a list cut short: a board card, the sheet's first page, the
       * Overview's meetings */
      lines[DLG_BOARD_LINES - 1] = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more",
                                                                 "and %u more", more), more);
    }
  return lines;
}

char *
dlg_board_place_text (DlgBoardPlace      *place,
                      const char * const *names,
                      int                 own_side)
{
  GString *s = g_string_new (place->name);

  /* in a side's own column, its delegations on the place's line, without
   * the side's name: "Abu Dhabi: Group 4, c. 22–23 May 2025" */
  if (own_side >= 0 && (guint) own_side < place->n_sides && place->lines[own_side]->len > 0)
    {
      g_auto(GStrv) lines = first_lines (place, own_side);
      /* Translators: between a side's delegations at one place on a board card */
      g_autofree char *joined = g_strjoinv (_("; "), lines);
      g_autofree char *name = g_string_free (g_steal_pointer (&s), FALSE);

      /* Translators: a board card in a side's own column, "Abu Dhabi: Group 4, c. 22–23 May 2025" */
      s = g_string_new (NULL);
      g_string_append_printf (s, _("%s: %s"), name, joined);
    }
  for (guint i = 0; i < place->n_sides; i++)
    if (place->lines[i]->len > 0 && (int) i != own_side)
      {
        g_auto(GStrv) lines = first_lines (place, i);

        for (guint k = 0; lines[k] != NULL; k++)
          if (k + 1 < DLG_BOARD_LINES || place->n_lines[i] <= DLG_BOARD_LINES)
            /* Translators: a line of a board chip: side, delegation and dates */
            g_string_append_printf (s, _("\n%s %s"), names[i], lines[k]);
          else
            /* the last line says how many more there are: no side name before it */
            g_string_append_printf (s, "\n%s", lines[k]);
      }
  /* two sides: the days between their stays */
  if (place->n_sides == 2 && place->stay[0] != NULL && place->stay[1] != NULL)
    {
      g_autofree char *apart = dlg_stays_apart_text (place->stay[0], place->stay[1]);

      if (apart != NULL)
        {
          g_string_append_c (s, '\n');
          g_string_append (s, apart);
        }
    }
  return g_string_free (s, FALSE);
}


GPtrArray *
dlg_board_places_of (DlgSide    **sides,
                     guint        n_sides,
                     GHashTable  *reached)
{
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *places = g_ptr_array_new_with_free_func (dlg_board_place_free);

  for (guint i = 0; i < n_sides; i++)
    collect (index, places, sides[i], i, n_sides, reached);
  /* a card whose every stop is at one place within a city is named after
   * that place, as the comparison names it */
  for (guint i = 0; i < places->len; i++)
    {
      DlgBoardPlace *place = g_ptr_array_index (places, i);

      if (!place->mixed && place->inner != NULL && dlg_place_get_within (place->inner) != NULL)
        {
          g_free (place->name);
          place->name = dlg_text_isolate (dlg_place_get_name (place->inner));
        }
    }
  g_ptr_array_sort (places, place_compare);
  return places;
}

GPtrArray *
dlg_board_places (DlgSide    *a,
                  DlgSide    *b,
                  GHashTable *reached)
{
  DlgSide *sides[] = { a, b };

  return dlg_board_places_of (sides, 2, reached);
}

int
dlg_board_place_column (DlgBoardPlace *place)
{
  if (place->n_visited == 0)
    return DLG_BOARD_PLANNED;
  if (place->n_visited > 1)
    return DLG_BOARD_SHARED;
  for (guint i = 0; i < place->n_sides; i++)
    if (place->visited_by[i])
      return i;
  return DLG_BOARD_PLANNED;
}

guint
dlg_board_count (GPtrArray *places,
                 int        column)
{
  guint n = 0;

  for (guint i = 0; i < places->len; i++)
    n += dlg_board_place_column (g_ptr_array_index (places, i)) == column;
  return n;
}

guint
dlg_board_count_shown (GPtrArray *places,
                       int        column)
{
  guint n = 0;

  for (guint i = 0; i < places->len; i++)
    {
      DlgBoardPlace *place = g_ptr_array_index (places, i);

      n += place->shown && dlg_board_place_column (place) == column;
    }
  return n;
}

char *
dlg_board_heading (const char *heading,
                   guint       shown,
                   guint       n)
{
  if (shown == n)
    /* Translators: a board column's heading and how many places it holds, "Both (4)" */
    return g_strdup_printf (_("%s (%u)"), heading, n);
  /* Translators: a board column's heading while a filter hides some of its places: how many
   * are shown of how many it holds (the plural follows the second number), "Both (2 of 4
   * shown)" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%u of %u shown)",
                                       "%s (%u of %u shown)", n), heading, shown, n);
}
