/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-sheet"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-sheet-private.h"

/* --- content --- */

static const char *
visit_status_short (DlgVisitStatus status)
{
  switch (status)
    {
    case DLG_VISIT_STATUS_VISITED: return _("Visited");
    case DLG_VISIT_STATUS_PLANNED: return _("Planned");
    case DLG_VISIT_STATUS_PLANNED_NOT_VISITED:
    default: return _("Planned, not visited");
    }
}

static const char *
unsc_mark (DlgUnsc unsc)
{
  switch (unsc)
    {
    /* Translators: short mark for a permanent member of the UN Security Council */
    case DLG_UNSC_PERMANENT: return C_("UNSC", "P");
    /* Translators: short mark for an elected member of the UN Security Council */
    case DLG_UNSC_ELECTED: return C_("UNSC", "E");
    /* Translators: the EU and other non-states in the UN Security Council column */
    case DLG_UNSC_NOT_A_STATE: return C_("UNSC", "n/a");
    case DLG_UNSC_NONE:
    default: return "–";
    }
}

/* The most stops a member's status lists of each kind; past them "and N
 * more" (a member of thousands of legs is still a row) */
#define STATUS_STOPS 40

/* Source ids, each once, in the order first given */
typedef struct
{
  GHashTable *seen;
  GPtrArray *ids;
} SourceSet;

static void
source_set_init (SourceSet *set)
{
  set->seen = g_hash_table_new (g_str_hash, g_str_equal);
  set->ids = g_ptr_array_new ();
}

static void
source_set_add (SourceSet          *set,
                const char * const *ids)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (g_hash_table_add (set->seen, (gpointer) ids[i]))
      g_ptr_array_add (set->ids, (gpointer) ids[i]);
}

/* The set's source numbers as markup, and the set emptied */
static char *
source_set_take_refs (DlgSheet  *self,
                      SourceSet *set)
{
  char *refs;

  g_ptr_array_add (set->ids, NULL);
  refs = dlg_sheet_refs_markup (self, (const char * const *) set->ids->pdata);
  g_ptr_array_set_size (set->ids, 0);
  g_hash_table_remove_all (set->seen);
  return refs;
}

static void
source_set_clear (SourceSet *set)
{
  g_clear_pointer (&set->seen, g_hash_table_unref);
  g_clear_pointer (&set->ids, g_ptr_array_unref);
}

/* "Riyadh → Algiers²⁰": a member's stops of one kind (attended, missed,
 * not known), then the numbers of the sources that say so */
static char *
member_stops_markup (DlgSheet  *self,
                     DlgMember *m,
                     GPtrArray *stops,
                     gboolean  *marked)
{
  GString *s = g_string_new (NULL);
  SourceSet sources;
  g_autofree char *refs = NULL;
  guint shown = MIN (stops->len, STATUS_STOPS);

  source_set_init (&sources);
  for (guint i = 0; i < shown; i++)
    {
      DlgDestination *stop = g_ptr_array_index (stops, i);
      g_autofree char *place = dlg_sheet_escape (dlg_destination_get_place_label (stop));
      const char * const *said = NULL;
      DlgCertainty certainty = DLG_CERTAINTY_CONFIRMED;
      g_autofree char *mark = NULL;

      if (i > 0)
        /* Translators: between the stops of a list that is no route (those a member missed,
         * those not known): "Riyadh · Algiers" */
        g_string_append (s, C_("list of stops", " · "));
      g_string_append (s, place);
      /* a stop not known says so in words: no mark */
      if (dlg_member_get_attendance (m, stop, &said, &certainty) != DLG_ATTENDANCE_NOT_KNOWN)
        {
          mark = dlg_sheet_mark (certainty, marked);
          g_string_append (s, mark);
        }
      source_set_add (&sources, said);
    }
  if (shown < stops->len)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more",
                                                            "and %u more", stops->len - shown),
                                               stops->len - shown);
      g_autofree char *escaped = g_markup_escape_text (more, -1);

      g_string_append_printf (s, " %s", escaped);
    }
  refs = source_set_take_refs (self, &sources);
  g_string_append (s, refs);
  source_set_clear (&sources);
  return g_string_free (s, FALSE);
}

/* "Travelled", "Unconfirmed; accompanying", "Travelled; missed Riyadh →
 * Algiers²⁰": the status with the member's own legs, as markup.  Only
 * the legs a source says were missed are "missed"; the stops no source
 * places the member at or away from are "not known" (format 1.2), after
 * the stops the member is known to have attended. */
static char *
member_status_markup (DlgSheet  *self,
                      DlgMember *m,
                      gboolean  *marked)
{
  g_autofree char *status = g_markup_escape_text (dlg_member_status_to_label (dlg_member_get_status (m)), -1);
  GString *s = g_string_new (status);
  GPtrArray *route = dlg_member_get_route (m);
  GPtrArray *missed = dlg_member_get_missed (m);
  GPtrArray *not_known = dlg_member_get_not_known (m);

  if (dlg_member_get_membership (m) == DLG_MEMBERSHIP_ACCOMPANYING)
    {
      /* Translators: after a member's status on the sheet, "Unconfirmed; accompanying" */
      g_autofree char *text = g_markup_escape_text (_("; accompanying"), -1);

      g_string_append (s, text);
    }
  /* where the member is known to have been, when some stops are not known */
  if (not_known->len > 0 && route->len > 0)
    {
      g_autofree char *places = member_stops_markup (self, m, route, marked);

      /* Translators: after a member's status, the stops a source places them at, when
       * others are not known: "; attended London" */
      g_string_append_printf (s, _("; attended %s"), places);
    }
  if (missed->len > 0)
    {
      g_autofree char *places = member_stops_markup (self, m, missed, marked);

      /* Translators: after a member's status, the legs they missed, "; missed Riyadh → Algiers" */
      g_string_append_printf (s, _("; missed %s"), places);
    }
  if (not_known->len > 1 && route->len == 0 && missed->len == 0)
    {
      /* Translators: after a member's status on the sheet: no source places the member at
       * any stop of the delegation's route (never "missed") */
      g_autofree char *text = g_markup_escape_text (_("; not known: every stop"), -1);

      g_string_append (s, text);
    }
  else if (not_known->len > 0)
    {
      g_autofree char *places = member_stops_markup (self, m, not_known, marked);

      /* Translators: after a member's status, the stops of the delegation's route no source
       * places them at or away from (never "missed"): "; not known: New York → Washington" */
      g_string_append_printf (s, _("; not known: %s"), places);
    }
  return g_string_free (s, FALSE);
}

/* A member table's column headings (with the caption a new page repeats) */
static Block *
add_member_header (DlgSheet      *self,
                   GPtrArray     *out,
                   DlgDelegation *d,
                   double         width)
{
  static const double fractions[] = { 0.23, 0.17, 0.34, 0.26 };
  const char *titles[] = { _("Name"), _("Party"), _("Role"), _("Status") };
  g_autofree char *caption_text = NULL;
  g_autofree char *label = NULL;
  Block *header;

  header = dlg_sheet_row_block (self, titles, fractions, 4, width, TABLE_HEAD_FONT, TRUE);
  /* Translators: above a table continued on a new page, "Group 1, continued" */
  label = dlg_sheet_escape (dlg_delegation_get_label (d));
  caption_text = g_strdup_printf (_("<b>%s</b>, continued"), label);
  header->caption = dlg_sheet_text_block (self, caption_text, width, SMALL_FONT, 0);
  header->keep_with_next = TRUE;
  header->space_before = 3;
  g_ptr_array_add (out, header);
  return header;
}

/* The member table's rows of members[from..to) */
static void
add_member_rows (DlgSheet  *self,
                 GPtrArray *out,
                 Block     *header,
                 GPtrArray *members,
                 guint      from,
                 guint      to,
                 double     width)
{
  static const double fractions[] = { 0.23, 0.17, 0.34, 0.26 };

  for (guint i = from; i < to; i++)
    {
      DlgMember *m = g_ptr_array_index (members, i);
      gboolean marked = FALSE;
      g_autofree char *name = dlg_sheet_escape (dlg_member_get_name (m));
      g_autofree char *mark = dlg_sheet_mark (dlg_record_get_certainty (DLG_RECORD (m)), &marked);
      g_autofree char *refs = dlg_sheet_refs_markup (self, dlg_record_get_sources (DLG_RECORD (m)));
      g_autofree char *name_cell = g_strdup_printf (dlg_member_get_is_leader (m) ? "<b>%s</b>%s%s"
                                                                               : "%s%s%s",
                                                    name, mark, refs);
      g_autofree char *party = dlg_sheet_escape (dlg_member_get_party (m));
      g_autofree char *role = dlg_sheet_escape (dlg_member_get_role (m));
      g_autofree char *status = member_status_markup (self, m, &marked);
      const char *cells[] = { name_cell, party, role, status };
      Block *row = dlg_sheet_row_block (self, cells, fractions, 4, width, BODY_FONT, FALSE);

      row->repeat = header;
      row->marked = marked;
      g_ptr_array_add (out, row);
    }
}

static void
add_route_table (DlgSheet      *self,
                 GPtrArray     *out,
                 DlgDelegation *d,
                 double         width)
{
  static const double fractions[] = { 0.26, 0.26, 0.24, 0.16, 0.08 };
  const char *titles[] = { _("Destination"), _("Country"), _("Dates"), _("Status"),
                           /* Translators: column of UN Security Council marks, keep it short */
                           _("UNSC") };
  GListModel *route = dlg_delegation_get_destinations (d);
  guint n = g_list_model_get_n_items (route);
  g_autofree char *caption_text = NULL;
  g_autofree char *label = NULL;
  Block *header;

  if (n == 0)
    return;

  header = dlg_sheet_row_block (self, titles, fractions, 5, width, TABLE_HEAD_FONT, TRUE);
  label = dlg_sheet_escape (dlg_delegation_get_label (d));
  caption_text = g_strdup_printf (_("<b>%s</b> route, continued"), label);
  header->caption = dlg_sheet_text_block (self, caption_text, width, SMALL_FONT, 0);
  header->keep_with_next = TRUE;
  header->space_before = 4;
  g_ptr_array_add (out, header);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgDestination) dest = g_list_model_get_item (route, i);
      gboolean marked = FALSE;
      g_autofree char *place_text = dlg_sheet_escape (dlg_destination_get_place_label (dest));
      g_autofree char *place_mark = dlg_sheet_mark (dlg_record_get_certainty (DLG_RECORD (dest)),
                                                    &marked);
      g_autofree char *refs =
        dlg_sheet_refs_markup (self, dlg_record_get_sources (DLG_RECORD (dest)));
      g_autofree char *place_cell = g_strconcat (place_text, place_mark, refs, NULL);
      g_autofree char *country = dlg_sheet_escape (dlg_destination_get_country (dest));
      g_autofree char *dates_text = dlg_format_dates (dlg_destination_get_from (dest),
                                                      dlg_destination_get_to (dest),
                                                      dlg_destination_get_dates_approximate (dest));
      g_autofree char *dates = dlg_sheet_escape (dates_text != NULL ? dates_text : _("not known"));
      g_autofree char *status =
        dlg_sheet_escape (visit_status_short (dlg_destination_get_status (dest)));
      g_autofree char *mark = dlg_sheet_escape (unsc_mark (dlg_destination_get_unsc (dest)));
      const char *cells[] = { place_cell, country, dates, status, mark };
      Block *row = dlg_sheet_row_block (self, cells, fractions, 5, width, BODY_FONT, FALSE);

      row->repeat = header;
      row->marked = marked;
      g_ptr_array_add (out, row);
    }
}

/* The briefing's route: one paragraph, "Route: Abu Dhabi (c. 22–23 May
 * 2025)¹ → …"; a stop not made says so */
static void
add_route_line (DlgSheet      *self,
                GPtrArray     *out,
                DlgDelegation *d,
                double         width)
{
  GListModel *route = dlg_delegation_get_destinations (d);
  guint n = g_list_model_get_n_items (route);
  GString *s = g_string_new (NULL);
  gboolean marked = FALSE;
  Block *b;

  if (n == 0)
    {
      g_string_free (s, TRUE);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgDestination) dest = g_list_model_get_item (route, i);
      g_autofree char *place = dlg_sheet_escape (dlg_destination_get_place_label (dest));
      g_autofree char *mark = dlg_sheet_mark (dlg_record_get_certainty (DLG_RECORD (dest)), &marked);
      g_autofree char *country = dlg_sheet_escape (dlg_destination_get_country (dest));
      g_autofree char *dates = dlg_format_dates (dlg_destination_get_from (dest),
                                                 dlg_destination_get_to (dest),
                                                 dlg_destination_get_dates_approximate (dest));
      g_autofree char *dates_markup = dates != NULL ? g_markup_escape_text (dates, -1) : NULL;
      g_autofree char *refs = dlg_sheet_refs_markup (self, dlg_destination_get_dates_sources (dest));
      DlgVisitStatus status = dlg_destination_get_status (dest);
      DlgUnsc unsc = dlg_destination_get_unsc (dest);

      if (i > 0)
        /* Translators: between the stops of a route on the sheet */
        g_string_append (s, _(" → "));
      /* Translators: a stop of a route on the sheet, "Paris, France"; the first %s is the
       * place, the second its certainty mark (or nothing), the third its country */
      g_string_append_printf (s, _("<b>%s</b>%s, %s"), place, mark, country);
      if (dates_markup != NULL)
        /* Translators: after a stop of a route on the sheet, its dates, " (26–27 May 2025)" */
        g_string_append_printf (s, _(" (%s)"), dates_markup);
      g_string_append (s, refs);
      if (unsc == DLG_UNSC_PERMANENT || unsc == DLG_UNSC_ELECTED)
        /* Translators: after a stop of a route on the sheet, its UN Security Council mark, " [P]" */
        g_string_append_printf (s, _(" [%s]"), unsc_mark (unsc));
      if (status != DLG_VISIT_STATUS_VISITED)
        /* Translators: after a stop of a route on the sheet, its status, " planned"; keep the markup */
        g_string_append_printf (s, _(" <i>%s</i>"), visit_status_short (status));
    }
  {
    /* Translators: before a delegation's route on the sheet */
    g_autofree char *line = g_strdup_printf (_("<b>Route:</b> %s"), s->str);

    g_ptr_array_add (out, b = dlg_sheet_text_block (self, line, width, BODY_FONT, 3));
    b->keep_with_next = TRUE;
    b->marked = marked;
  }
  g_string_free (s, TRUE);
}

GHashTable *
dlg_sheet_group_members (GListModel *members)
{
  GHashTable *groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                              (GDestroyNotify) g_ptr_array_unref);
  guint n = g_list_model_get_n_items (members);

  for (guint i = 0; i < n; i++)
    {
      DlgMember *m = g_list_model_get_item (members, i);
      const char *id = dlg_member_get_delegation_id (m);
      GPtrArray *group = g_hash_table_lookup (groups, id);

      if (group == NULL)
        {
          group = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (groups, (gpointer) id, group);
        }
      g_ptr_array_add (group, m);
    }
  return groups;
}

void
dlg_sheet_side_head (DlgSheet   *self,
                     DlgSide    *side,
                     GListModel *members,
                     double      width,
                     GPtrArray  *out)
{
  GListModel *all = dlg_side_get_members (side);
  DlgSideSummary *summary = dlg_sheet_side_summary (self, side);
  g_autofree char *name = dlg_sheet_escape (dlg_side_get_name (side));
  g_autofree char *summary_text = NULL;
  g_autofree char *summary_markup = NULL;
  g_autofree char *cut = NULL;
  g_autofree char *side_name = NULL;
  guint first = out->len;
  Block *b;

  g_ptr_array_add (out, b = dlg_sheet_text_block (self, name, width, SIDE_FONT, 0));
  b->keep_with_next = TRUE;
  if (members != NULL)
    {
      /* the members shown, counted in the one vocabulary: "10 named, 9
       * travelled, …" */
      g_autofree char *people = dlg_side_summary_people (summary);
      g_autofree char *line = g_strdup_printf (_("People shown: %u of %u · Delegations: %u · "
                                                 "Places planned or visited: %u · UN Security "
                                                 "Council members visited: %u"),
                                               g_list_model_get_n_items (members),
                                               g_list_model_get_n_items (all),
                                               summary->n_delegations, summary->n_destinations,
                                               summary->n_unsc_visited);

      summary_text = g_strconcat (line, "\n", people, NULL);
    }
  else
    {
      g_auto(GStrv) counts = dlg_side_describe_counts (side, TRUE);
      g_autofree char *count_lines = g_strjoinv ("\n", counts);

      /* Translators: under each side's name on the sheet; the second part is
       * "Announced: … Recorded: …", one line each for the side and its delegations */
      summary_text = g_strdup_printf (_("Delegations: %u · Places planned or visited: %u · "
                                        "UN Security Council members visited: %u\n%s"),
                                      summary->n_delegations, summary->n_destinations,
                                      summary->n_unsc_visited, count_lines);
    }
  summary_markup = dlg_sheet_escape_composed (summary_text);
  g_ptr_array_add (out, b = dlg_sheet_text_block (self, summary_markup, width, BODY_FONT, 2));
  b->keep_with_next = TRUE;
  side_name = dlg_text_isolate (dlg_text_shown (dlg_side_get_name (side), &cut));
  dlg_sheet_set_context (self, out, first, side_name, TRUE);
}

/* A delegation's heading: "Group 5 · led by Shashi Tharoor (INC)¹  dates" */
static char *
delegation_heading (DlgSheet      *self,
                    DlgDelegation *d,
                    gboolean      *marked)
{
  DlgMember *leader = dlg_delegation_get_leader (d);
  g_autofree char *label_text = dlg_sheet_escape (dlg_delegation_get_label (d));
  g_autofree char *label_mark = dlg_sheet_mark (dlg_record_get_certainty (DLG_RECORD (d)), marked);
  /* each fact with its mark: the delegation, its leader */
  g_autofree char *label = g_strconcat (label_text, label_mark, NULL);
  g_autofree char *refs = dlg_sheet_refs_markup (self, dlg_record_get_sources (DLG_RECORD (d)));
  g_autofree char *dates = dlg_format_dates (dlg_delegation_get_from (d),
                                             dlg_delegation_get_to (d),
                                             dlg_delegation_get_dates_approximate (d));
  char *heading;

  if (leader != NULL)
    {
      g_autofree char *name = dlg_sheet_escape (dlg_member_get_name (leader));
      g_autofree char *mark = dlg_sheet_mark (dlg_record_get_certainty (DLG_RECORD (leader)),
                                              marked);
      g_autofree char *leader_name = g_strconcat (name, mark, NULL);
      g_autofree char *party = dlg_sheet_escape (dlg_member_get_party (leader));

      if (party[0] != '\0')
        /* Translators: a delegation's heading on the sheet, "Group 5 · led by
         * Shashi Tharoor (INC)"; the last %s is its source numbers */
        heading = g_strdup_printf (_("%s · led by %s (%s)%s"), label, leader_name, party, refs);
      else
        /* Translators: a delegation's heading on the sheet, "Group 5 · led by
         * Shashi Tharoor", for a leader with no party; the last %s is its source numbers */
        heading = g_strdup_printf (_("%s · led by %s%s"), label, leader_name, refs);
    }
  else
    heading = g_strdup_printf ("%s%s", label, refs);
  if (dates != NULL)
    {
      g_autofree char *escaped = dlg_sheet_escape (dates);
      char *with_dates = g_strdup_printf ("%s  <span font=\"%s\">%s</span>", heading,
                                          SMALL_FONT, escaped);

      g_free (heading);
      heading = with_dates;
    }
  return heading;
}

Block *
dlg_sheet_delegation_blocks (DlgSheet      *self,
                             DlgSide       *side,
                             DlgDelegation *d,
                             GPtrArray     *printed,
                             guint          from,
                             guint          to,
                             Block         *header,
                             double         width,
                             GPtrArray     *out)
{
  guint first = out->len;
  g_autofree char *side_cut = NULL;
  g_autofree char *label_cut = NULL;
  g_autofree char *side_name = NULL;
  g_autofree char *label_text = NULL;
  g_autofree char *context = NULL;
  Block *b;

  if (from == 0)
    {
      gboolean marked = FALSE;
      g_autofree char *heading = delegation_heading (self, d, &marked);

      g_ptr_array_add (out, b = dlg_sheet_text_block (self, heading, width, HEADING_FONT, 10));
      b->keep_with_next = TRUE;
      b->marked = marked;
      /* the briefing says the route in a line; the full annex tables it */
      if (self->kind != DLG_SHEET_FULL)
        add_route_line (self, out, d, width);
      header = add_member_header (self, out, d, width);
    }
  add_member_rows (self, out, header, printed, from, to, width);
  if (to == printed->len && self->kind == DLG_SHEET_FULL)
    add_route_table (self, out, d, width);
  /* Translators: the running head of the sheet's pages, "India · Group 3" */
  side_name = dlg_text_isolate (dlg_text_shown (dlg_side_get_name (side), &side_cut));
  label_text = dlg_text_isolate (dlg_text_shown (dlg_delegation_get_label (d), &label_cut));
  context = g_strdup_printf (_("%s · %s"), side_name, label_text);
  dlg_sheet_set_context (self, out, first, context, from == 0);
  return header;
}

/* The places of a comparison's list, at the city level: "London (United
 * Kingdom) · New York (India: the city; Pakistan: UN Headquarters, New
 * York), United States" */
static char *
places_markup (DlgSheet  *self,
               GPtrArray *places)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < places->len; i++)
    {
      DlgComparedPlace *p = g_ptr_array_index (places, i);
      /* isolated and cut by the model */
      g_autofree char *label = dlg_compared_place_label (p, dlg_side_get_name (self->side_a),
                                                         dlg_side_get_name (self->side_b));
      g_autofree char *escaped = g_markup_escape_text (label, -1);
      g_autofree char *country = dlg_sheet_escape (p->country);
      /* the label says where in the place each side was: its country
       * after a comma, not in more parentheses */
      gboolean apart = p->status_a >= 0 && p->status_b >= 0 &&
                       g_strcmp0 (p->place_a, p->place_b) != 0;
      g_autofree char *text = NULL;

      if (apart)
        /* Translators: a place and its country in a list, when the place says where in it
         * each side was: "New York (India: the city; Pakistan: UN Headquarters), United States" */
        text = g_strdup_printf (_("%s, %s"), escaped, country);
      else
        /* Translators: a place and its country in a list, "London (United Kingdom)" */
        text = g_strdup_printf (_("%s (%s)"), escaped, country);
      if (i > 0)
        /* Translators: between places in a list, "London (United Kingdom) · Moscow (Russia)" */
        g_string_append (s, _(" · "));
      g_string_append (s, text);
    }
  if (places->len == 0)
    g_string_append (s, _("none"));
  return g_string_free (s, FALSE);
}

static void
add_places (DlgSheet   *self,
            GPtrArray  *out,
            const char *title,
            GPtrArray  *places,
            double      width)
{
  /* title is markup: its dataset text is escaped already */
  /* Translators: a list's heading on the sheet and how many places it holds; keep the markup */
  g_autofree char *heading = g_strdup_printf (_("<b>%s (%u)</b>"), title, places->len);
  g_autofree char *list = places_markup (self, places);
  Block *b;

  g_ptr_array_add (out, b = dlg_sheet_text_block (self, heading, width, BODY_FONT, 8));
  b->keep_with_next = TRUE;
  g_ptr_array_add (out, dlg_sheet_text_block (self, list, width, BODY_FONT, 1));
}

/* A count of people in a table's cell: "48 named, 46 travelled", or
 * "none" (the one vocabulary, dlg_count_people()) */
static char *
count_cell (const DlgCount *count)
{
  g_autofree char *text = NULL;

  if (count == NULL || count->count == 0)
    return g_markup_escape_text (_("none"), -1);
  text = dlg_count_people (count->count, count->travelled);
  return g_markup_escape_text (text, -1);
}

/* Party or kind-of-role counts for both sides, as a table: label ->
 * DlgCount for each side.  Returns the column headings. */
static Block *
add_counts_table (DlgSheet       *self,
                  GPtrArray      *out,
                  const char     *title,
                  GPtrArray      *labels,
                  GHashTable     *counts_a,
                  GHashTable     *counts_b,
                  double          width)
{
  static const double fractions[] = { 0.4, 0.3, 0.3 };
  g_autofree char *a = dlg_sheet_escape (dlg_side_get_name (self->side_a));
  g_autofree char *b = dlg_sheet_escape (dlg_side_get_name (self->side_b));
  g_autofree char *t = dlg_sheet_escape (title);
  const char *titles[] = { t, a, b };
  Block *header = dlg_sheet_row_block (self, titles, fractions, 3, width, TABLE_HEAD_FONT, TRUE);

  header->space_before = 10;
  header->keep_with_next = TRUE;
  g_ptr_array_add (out, header);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *label = g_ptr_array_index (labels, i);
      g_autofree char *l = dlg_sheet_escape (label);
      g_autofree char *ca = count_cell (g_hash_table_lookup (counts_a, label));
      g_autofree char *cb = count_cell (g_hash_table_lookup (counts_b, label));
      const char *cells[] = { l, ca, cb };
      Block *row = dlg_sheet_row_block (self, cells, fractions, 3, width, BODY_FONT, FALSE);

      row->repeat = header;
      g_ptr_array_add (out, row);
    }
  return header;
}

static void
count_parties (DlgSideSummary *s,
               GHashTable     *counts,
               GPtrArray      *labels)
{
  for (guint i = 0; i < s->by_party->len; i++)
    {
      DlgCount *c = g_ptr_array_index (s->by_party, i);

      if (!g_hash_table_contains (counts, c->label) &&
          !g_ptr_array_find_with_equal_func (labels, c->label, g_str_equal, NULL))
        g_ptr_array_add (labels, c->label);
      g_hash_table_insert (counts, c->label, c);
    }
}

static char *
unsc_visited_markup (DlgSide *side)
{
  GListModel *dests = dlg_side_get_destinations (side);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GString *s = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (dests); i++)
    {
      g_autoptr(DlgDestination) d = g_list_model_get_item (dests, i);
      DlgUnsc unsc = dlg_destination_get_unsc (d);
      g_autofree char *text = NULL;

      if (dlg_destination_get_status (d) != DLG_VISIT_STATUS_VISITED ||
          (unsc != DLG_UNSC_PERMANENT && unsc != DLG_UNSC_ELECTED) ||
          !g_hash_table_add (seen, (gpointer) dlg_destination_get_country (d)))
        continue;
      {
        g_autofree char *country = dlg_sheet_escape (dlg_destination_get_country (d));

        /* Translators: a country and its seat on the UN Security Council, "France (permanent)" */
        text = g_strdup_printf (_("%s (%s)"), country,
                                unsc == DLG_UNSC_PERMANENT ? _("permanent") : _("elected"));
      }
      if (n > 0)
        g_string_append (s, _(" · "));
      g_string_append (s, text);
      n++;
    }
  {
    g_autofree char *name = dlg_sheet_escape (dlg_side_get_name (side));
    g_autofree char *list = g_string_free (s, FALSE);

    /* Translators: "India (12): Algeria (elected) · France (permanent) …" */
    return g_strdup_printf (_("<b>%s (%u):</b> %s"), name, n, n > 0 ? list : _("none"));
  }
}

GPtrArray *
dlg_sheet_comparison_blocks (DlgSheet *self,
                             double    width)
{
  GPtrArray *out = g_ptr_array_new ();
  g_autoptr(DlgComparison) c = dlg_comparison_new (self->side_a, self->side_b);
  DlgSideSummary *sa = dlg_sheet_side_summary (self, self->side_a);
  DlgSideSummary *sb = dlg_sheet_side_summary (self, self->side_b);
  g_autoptr(GHashTable) pa = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) pb = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) ka = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) kb = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) parties = g_ptr_array_new ();
  g_autoptr(GPtrArray) kinds = g_ptr_array_new ();
  g_autofree char *na = dlg_sheet_escape (dlg_side_get_name (self->side_a));
  g_autofree char *nb = dlg_sheet_escape (dlg_side_get_name (self->side_b));
  g_autofree char *only_a = g_strdup_printf (_("Visited by %s only"), na);
  g_autofree char *only_b = g_strdup_printf (_("Visited by %s only"), nb);
  g_autofree char *pnv_a = g_strdup_printf (_("Planned by %s but not visited"), na);
  g_autofree char *pnv_b = g_strdup_printf (_("Planned by %s but not visited"), nb);
  g_autofree char *title = g_strdup_printf (_("Comparison: %s and %s"), na, nb);
  g_autofree char *unsc_a = unsc_visited_markup (self->side_a);
  g_autofree char *unsc_b = unsc_visited_markup (self->side_b);
  Block *b;

  g_ptr_array_add (out, b = dlg_sheet_text_block (self, title, width, SIDE_FONT, 0));
  b->keep_with_next = TRUE;
  /* the places by side: page one's board has them in the briefing */
  if (self->kind == DLG_SHEET_FULL)
    {
      g_autofree char *both = g_markup_escape_text (_("Visited by both sides"), -1);

      add_places (self, out, both, c->shared, width);
      add_places (self, out, only_a, c->only_a, width);
      add_places (self, out, only_b, c->only_b, width);
      add_places (self, out, pnv_a, c->planned_not_visited_a, width);
      add_places (self, out, pnv_b, c->planned_not_visited_b, width);
    }

  g_ptr_array_add (out, b = dlg_sheet_plain_block (self, _("UN Security Council members visited"),
                                         width, HEADING_FONT, 12));
  b->keep_with_next = TRUE;
  g_ptr_array_add (out, dlg_sheet_text_block (self, unsc_a, width, BODY_FONT, 2));
  g_ptr_array_add (out, dlg_sheet_text_block (self, unsc_b, width, BODY_FONT, 2));

  /* the count tables are long: in the full annex only (page one and each
   * side's summary give the totals) */
  if (self->kind == DLG_SHEET_FULL)
    {
      DlgCount kind_a[DLG_N_ROLE_KINDS], kind_b[DLG_N_ROLE_KINDS];

      for (guint k = 0; k < DLG_N_ROLE_KINDS; k++)
        {
          const char *label = dlg_role_kind_to_label (k);

          kind_a[k] = (DlgCount) { NULL, sa->by_role_kind[k], sa->by_role_kind_travelled[k] };
          kind_b[k] = (DlgCount) { NULL, sb->by_role_kind[k], sb->by_role_kind_travelled[k] };
          g_ptr_array_add (kinds, (gpointer) label);
          g_hash_table_insert (ka, (gpointer) label, &kind_a[k]);
          g_hash_table_insert (kb, (gpointer) label, &kind_b[k]);
        }
      /* Translators: above the full sheet's tables of counts by kind of role and by party */
      g_ptr_array_add (out, b = dlg_sheet_plain_block (self, _("Named members (not the officials "
                                                             "accompanying them), and how many "
                                                             "of them travelled:"),
                                                       width, SMALL_FONT, 12));
      b->keep_with_next = TRUE;
      b = add_counts_table (self, out, _("Kind of role"), kinds, ka, kb, width * 0.75);
      b->space_before = 3;
      count_parties (sa, pa, parties);
      count_parties (sb, pb, parties);
      add_counts_table (self, out, _("Party or affiliation"), parties, pa, pb, width * 0.75);
    }
  /* Translators: the running head of the comparison's pages */
  dlg_sheet_set_context (self, out, 0, _("Comparison"), TRUE);
  return out;
}

/* A side's stated purposes in a paragraph: "<b>India:</b> Visit key
 * partner countries¹²; Brief nations on Operation Sindoor†³" */
static Block *
purposes_block (DlgSheet *self,
                DlgSide  *side,
                double    width)
{
  GPtrArray *purposes = dlg_side_get_purposes (side);
  g_autofree char *name = dlg_sheet_escape (dlg_side_get_name (side));
  g_autoptr(GString) list = g_string_new (NULL);
  g_autofree char *line = NULL;
  gboolean marked = FALSE;
  Block *b;

  for (guint i = 0; i < purposes->len; i++)
    {
      DlgNote *note = g_ptr_array_index (purposes, i);
      const char * const *sources = dlg_note_get_sources (note);
      g_autofree char *text = dlg_sheet_escape (dlg_note_get_text (note));
      /* a statement: reports of it, announcements too, confirm it */
      g_autofree char *mark = dlg_sheet_mark (dlg_dataset_judge_statement (self->dataset, sources),
                                              &marked);
      g_autofree char *refs = dlg_sheet_refs_markup (self, sources);

      if (i > 0)
        /* Translators: between a side's stated purposes on the sheet */
        g_string_append (list, _("; "));
      g_string_append_printf (list, "%s%s%s", text, mark, refs);
    }
  /* Translators: a side's stated purposes on the sheet, "India: Visit key partner countries; …";
   * keep the markup */
  line = g_strdup_printf (_("<b>%s:</b> %s"), name, list->str);
  b = dlg_sheet_text_block (self, line, width, BODY_FONT, 3);
  b->marked = marked;
  return b;
}

GPtrArray *
dlg_sheet_background_blocks (DlgSheet *self,
                             double    width)
{
  GPtrArray *out = g_ptr_array_new ();
  GListModel *events = dlg_dataset_get_events (self->dataset);
  guint n = g_list_model_get_n_items (events);
  DlgSide *sides[] = { self->side_a, self->side_b };
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  gboolean purposes = FALSE;
  double fractions[2];
  double widest = 0;
  Block *b;

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    purposes |= dlg_side_get_purposes (sides[s])->len > 0;
  if (n == 0 && !purposes)
    return out;

  /* the events' days, and their column as wide as the widest (at most a
   * third of the width) */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgEvent) event = g_list_model_get_item (events, i);
      g_autofree char *text = dlg_event_format_dates (event);
      char *markup = g_markup_escape_text (text != NULL ? text : _("dates not known"), -1);
      g_autoptr(PangoLayout) layout = dlg_sheet_make_layout (self, markup, width, BODY_FONT);
      int w;

      pango_layout_get_size (layout, &w, NULL);
      widest = MAX (widest, (double) w / PANGO_SCALE);
      g_ptr_array_add (dates, markup);
    }
  fractions[0] = MIN (1.0 / 3, (widest + 2 * CELL_PAD + 6) / width);
  fractions[1] = 1 - fractions[0];

  /* Translators: the heading of the events and the sides' stated purposes on the sheet */
  g_ptr_array_add (out, b = dlg_sheet_plain_block (self, _("Background"), width, SIDE_FONT, 0));
  b->keep_with_next = TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgEvent) event = g_list_model_get_item (events, i);
      gboolean marked = FALSE;
      g_autofree char *text = dlg_sheet_escape (dlg_event_get_text (event));
      g_autofree char *mark = dlg_sheet_mark (dlg_record_get_certainty (DLG_RECORD (event)),
                                              &marked);
      g_autofree char *refs = dlg_sheet_refs_markup (self,
                                                     dlg_record_get_sources (DLG_RECORD (event)));
      g_autofree char *cell = g_strconcat (text, mark, refs, NULL);
      const char *cells[] = { g_ptr_array_index (dates, i), cell };

      g_ptr_array_add (out, b = dlg_sheet_row_block (self, cells, fractions, 2, width, BODY_FONT,
                                                     FALSE));
      b->marked = marked;
      if (i == 0)
        b->space_before = 3;
    }
  if (purposes)
    {
      /* Translators: above the sides' stated purposes on the sheet */
      g_ptr_array_add (out, b = dlg_sheet_plain_block (self, _("Stated purposes"), width,
                                                       HEADING_FONT, 8));
      b->keep_with_next = TRUE;
      for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
        if (dlg_side_get_purposes (sides[s])->len > 0)
          g_ptr_array_add (out, purposes_block (self, sides[s], width));
    }
  /* Translators: the running head of the Background's pages */
  dlg_sheet_set_context (self, out, 0, _("Background"), TRUE);
  return out;
}

GPtrArray *
dlg_sheet_source_blocks (DlgSheet *self,
                         double    width)
{
  GPtrArray *out = g_ptr_array_new ();
  GListModel *sources = dlg_dataset_get_sources (self->dataset);
  guint n = g_list_model_get_n_items (sources);
  double fractions[2];
  Block *b;

  /* the numbers' column as wide as the widest number, "[122]" */
  {
    g_autofree char *widest = g_strdup_printf ("[%u]", MAX (n, 1));
    g_autoptr(PangoLayout) layout = dlg_sheet_make_layout (self, widest, width, SOURCE_FONT);
    int w;

    pango_layout_get_size (layout, &w, NULL);
    fractions[0] = MIN (0.5, ((double) w / PANGO_SCALE + 2 * CELL_PAD + 1) / width);
    fractions[1] = 1 - fractions[0];
  }

  g_ptr_array_add (out, b = dlg_sheet_plain_block (self, _("Sources"), width, SIDE_FONT, 0));
  b->keep_with_next = TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgSource) s = g_list_model_get_item (sources, i);
      g_autofree char *number = g_strdup_printf ("[%u]", dlg_source_get_number (s));
      g_autofree char *title = dlg_sheet_escape (dlg_source_get_title (s));
      g_autofree char *publisher = dlg_sheet_escape (dlg_source_get_publisher (s));
      g_autofree char *date_text = dlg_format_date (dlg_source_get_date (s));
      g_autofree char *date = dlg_sheet_escape (date_text);
      g_autofree char *link = dlg_sheet_escape (dlg_source_get_url (s));
      g_autofree char *text = NULL;

      if (publisher[0] != '\0' && date[0] != '\0')
        /* Translators: a source in the sheet's list: title, publisher and date; keep the markup */
        text = g_strdup_printf (_("<b>%s</b>. %s, %s."), title, publisher, date);
      else if (publisher[0] != '\0')
        /* Translators: a source in the sheet's list: title and publisher; keep the markup */
        text = g_strdup_printf (_("<b>%s</b>. %s."), title, publisher);
      else if (date[0] != '\0')
        /* Translators: a source in the sheet's list: title and date; keep the markup */
        text = g_strdup_printf (_("<b>%s</b>, %s."), title, date);
      else
        /* Translators: a source in the sheet's list: its title alone; keep the markup */
        text = g_strdup_printf (_("<b>%s</b>."), title);
      /* the briefing leaves out the links; the full annex has them */
      g_autofree char *url = link[0] && self->kind == DLG_SHEET_FULL ?
        g_strdup_printf ("\n<span foreground=\"#444444\">%s</span>", link) : g_strdup ("");
      /* an announcement (a report of plans) never confirms a fact: say so */
      g_autofree char *kind = NULL;
      g_autofree char *cell = NULL;

      if (dlg_source_get_kind (s) == DLG_SOURCE_KIND_ANNOUNCEMENT)
        {
          /* Translators: after a source in the sheet's list that announced plans */
          g_autofree char *said = g_markup_escape_text (_("(announcement, not used as "
                                                          "confirmation)"), -1);

          kind = g_strdup_printf (" <i>%s</i>", said);
        }
      cell = g_strconcat (text, kind != NULL ? kind : "", url, NULL);
      const char *cells[] = { number, cell };

      /* small print closer together: 122 sources are two columns shorter */
      g_ptr_array_add (out, dlg_sheet_padded_row_block (self, cells, fractions, 2, width,
                                                        SOURCE_FONT, FALSE, 0.5));
    }
  /* Translators: the running head of the sources' pages */
  dlg_sheet_set_context (self, out, 0, _("Sources"), TRUE);
  return out;
}

Block *
dlg_sheet_title_blocks (DlgSheet  *self,
                        GPtrArray *out,
                        double     width)
{
  g_autofree char *title = dlg_sheet_escape (dlg_dataset_get_title (self->dataset));
  g_autofree char *as_of = dlg_format_dates (dlg_dataset_get_as_of (self->dataset),
                                             dlg_dataset_get_as_of (self->dataset), FALSE);
  g_autofree char *printed = dlg_format_dates (self->print_date, self->print_date, FALSE);
  g_autofree char *line = NULL;
  g_autofree char *line_markup = NULL;
  Block *b;

  g_ptr_array_add (out, b = dlg_sheet_text_block (self, title, width, TITLE_FONT, 0));
  if (as_of != NULL)
    /* Translators: under the sheet's title */
    line = g_strdup_printf (_("Facts as of %s · printed %s · %s"), as_of, printed,
                            self->members_a != NULL ? _("members as shown in the window")
                                                    : _("all members"));
  else
    line = g_strdup_printf (_("Printed %s · %s"), printed,
                            self->members_a != NULL ? _("members as shown in the window")
                                                    : _("all members"));
  line_markup = dlg_sheet_escape_composed (line);
  g_ptr_array_add (out, dlg_sheet_text_block (self, line_markup, width, BODY_FONT, 3));
  if (self->filter_text != NULL && self->filter_text[0] != '\0')
    {
      g_autofree char *text = dlg_sheet_escape (self->filter_text);
      g_autofree char *filter = g_strdup_printf (_("<b>Filter:</b> %s"), text);

      g_ptr_array_add (out, dlg_sheet_text_block (self, filter, width, BODY_FONT, 2));
    }
  {
    /* page one always says what the certainty marks mean */
    g_autofree char *legend = dlg_certainty_legend ();
    /* Translators: explains the small numbers after facts on the sheet */
    g_autofree char *explained = g_strdup_printf ("%s\n%s",
                                                  _("Small numbers after a fact refer to the sources "
                                                    "listed at the end. P/E: permanent or elected "
                                                    "member of the UN Security Council in that "
                                                    "year."), legend);

    g_ptr_array_add (out, b = dlg_sheet_plain_block (self, explained, width, SMALL_FONT, 2));
  }
  return b;
}
