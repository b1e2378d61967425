#define G_LOG_DOMAIN "dlg-details"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlg-details.h"
#include "dlg-marks.h"
#include "dlg-style.h"
#include "dlg-width-bin.h"

struct _DlgDetails
{
  GtkWidget parent_instance;

  GtkScrolledWindow *scroller;
  GtkBox *content;

  DlgDataset *dataset;
  /* what was shown (DlgMember, DlgDelegation, DlgDestination), and which
   * of them is shown now */
  GPtrArray *history;
  guint at;
};

G_DEFINE_FINAL_TYPE (DlgDetails, dlg_details, GTK_TYPE_WIDGET)

enum
{
  SHOWN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
add_label (GtkBox     *box,
           const char *text,
           const char *css_class)
{
  g_autofree char *cut = NULL;
  GtkWidget *label = gtk_label_new (dlg_text_shown (text, &cut));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  dlg_label_set_wrapping (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return label;
}

static GtkGrid *
add_grid (GtkBox *box)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_box_append (box, grid);
  return GTK_GRID (grid);
}

static void
add_field (GtkGrid    *grid,
           int        *row,
           const char *name,
           const char *value)
{
  g_autofree char *cut = NULL;
  GtkWidget *key;
  GtkWidget *label;

  if (value == NULL || value[0] == '\0')
    return;

  key = gtk_label_new (name);
  gtk_label_set_xalign (GTK_LABEL (key), 1);
  gtk_label_set_yalign (GTK_LABEL (key), 0);
  gtk_widget_add_css_class (key, "dim-label");
  label = gtk_label_new (dlg_text_shown (value, &cut));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  dlg_label_set_wrapping (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_grid_attach (grid, key, 0, *row, 1, 1);
  gtk_grid_attach (grid, label, 1, *row, 1, 1);
  (*row)++;
}

static void
add_notes (GtkBox     *box,
           DlgDataset *dataset,
           const char *heading,
           GPtrArray  *notes)
{
  if (notes == NULL || notes->len == 0)
    return;

  add_label (box, heading, "section-heading");
  for (guint i = 0; i < notes->len; i++)
    {
      DlgNote *note = g_ptr_array_index (notes, i);
      g_autofree char *refs = dlg_source_numbers (dataset, dlg_note_get_sources (note));
      g_autofree char *note_text = dlg_text_isolate (dlg_note_get_text (note));
      g_autofree char *text = g_strdup_printf ("• %s%s", note_text, refs);

      add_label (box, text, NULL);
    }
}

static gboolean
activate_link_cb (GtkLabel   *label,
                  const char *uri,
                  gpointer    user_data)
{
  g_autofree char *scheme = g_uri_parse_scheme (uri);

  /* Only web links leave the application. */
  if (scheme != NULL &&
      (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (label));

      gtk_show_uri (GTK_WINDOW (root), uri, GDK_CURRENT_TIME);
    }
  else
    g_message ("Not opening %s: only http and https links are opened", uri);
  return TRUE;
}

static gboolean
delegation_link_cb (DlgDetails *self,
                    const char *uri,
                    GtkLabel   *label)
{
  g_autofree char *id = NULL;
  DlgDelegation *delegation;

  /* the id as add_delegation_link() escaped it (a space, or "ü") */
  if (g_str_has_prefix (uri, "delegation:"))
    id = g_uri_unescape_string (uri + strlen ("delegation:"), NULL);
  if (id != NULL && self->dataset != NULL &&
      (delegation = dlg_dataset_lookup_delegation (self->dataset, id)) != NULL)
    dlg_details_show_delegation (self, delegation);
  return TRUE;
}

/* "Delegation: Group 2", a link that shows the delegation */
static void
add_delegation_link (DlgDetails *self,
                     GtkGrid    *grid,
                     int        *row,
                     const char *id,
                     const char *label)
{
  g_autofree char *shown = dlg_text_isolate (label);
  g_autofree char *escaped_id = g_uri_escape_string (id, NULL, FALSE);
  g_autofree char *markup = g_markup_printf_escaped ("<a href=\"delegation:%s\">%s</a>",
                                                    escaped_id, shown);
  GtkWidget *value;

  add_field (grid, row, _("Delegation"), label);
  value = gtk_grid_get_child_at (grid, 1, *row - 1);
  if (!GTK_IS_LABEL (value))
    return;
  gtk_label_set_markup (GTK_LABEL (value), markup);
  g_signal_connect_object (value, "activate-link", G_CALLBACK (delegation_link_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
add_source (GtkBox     *box,
            DlgDataset *dataset,
            const char *id)
{
  DlgSource *source = dlg_dataset_lookup_source (dataset, id);
  g_autofree char *scheme = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *rest_cut = NULL;
  g_autofree char *title = NULL;
  g_autofree char *title_markup = NULL;
  g_autofree char *rest_markup = NULL;
  g_autofree char *url_cut = NULL;
  const char *url;
  GtkWidget *label;

  if (source == NULL)
    return;

  url = dlg_source_get_url (source);
  scheme = url != NULL ? g_uri_parse_scheme (url) : NULL;
  {
    const char *publisher = dlg_source_get_publisher (source);
    const char *date = dlg_source_get_date (source);

    if (publisher != NULL && publisher[0] != '\0' && date != NULL && date[0] != '\0')
      /* Translators: a source's publisher and date, "The Hindu, 2025-05-18" */
      rest = g_strdup_printf (_("%s, %s"), publisher, date);
    else
      rest = g_strdup (publisher != NULL && publisher[0] != '\0' ? publisher : date != NULL ? date : "");
  }
  g_strstrip (rest);

  title = dlg_text_isolate (dlg_source_get_title (source));
  if (scheme != NULL &&
      (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0))
    title_markup = g_markup_printf_escaped ("<a href=\"%s\">%s</a>", url, title);
  else
    title_markup = g_markup_escape_text (title, -1);
  rest_markup = g_markup_escape_text (dlg_text_shown (rest, &rest_cut), -1);
  /* Translators: a source in the details: its reference number, its
   * title and its publisher and date, "[3] Title — Publisher, 2025-05-24" */
  markup = g_strdup_printf (_("[%u] %s — %s"), dlg_source_get_number (source), title_markup,
                            rest_markup);

  label = add_label (box, NULL, NULL);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  if (url != NULL)
    gtk_widget_set_tooltip_text (label, dlg_text_shown (url, &url_cut));
  g_signal_connect_object (label, "activate-link", G_CALLBACK (activate_link_cb), label, 0);
}

static void
add_sources (GtkBox             *box,
             DlgDataset         *dataset,
             const char * const *ids,
             const char * const *more_ids)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  if ((ids == NULL || ids[0] == NULL) && (more_ids == NULL || more_ids[0] == NULL))
    return;

  add_label (box, _("Sources"), "section-heading");
  for (const char * const *list = ids; list != NULL; list = list == ids ? more_ids : NULL)
    for (guint i = 0; list[i] != NULL; i++)
      {
        if (g_ptr_array_find_with_equal_func (seen, list[i], g_str_equal, NULL))
          continue;
        g_ptr_array_add (seen, (gpointer) list[i]);
        add_source (box, dataset, list[i]);
      }
}

/* "Certainty: Single source": how sure the record is, in words (a
 * confirmed one too: the details say everything) */
static void
add_certainty (GtkGrid      *grid,
               int          *row,
               DlgCertainty  certainty)
{
  /* Translators: a field of the details: how sure the record is, "Single source" */
  add_field (grid, row, _("Certainty"), dlg_certainty_to_label (certainty));
}

/* The legend under what carries a mark */
static void
add_legend (GtkBox *box)
{
  gtk_box_append (box, dlg_mark_legend_new ());
}

/* "London, 27–28 May 2025": a stop and its dates, isolated */
static char *
stop_text (DlgDestination *d)
{
  g_autofree char *place = dlg_text_isolate (dlg_destination_get_place_label (d));
  g_autofree char *dates = dlg_format_dates (dlg_destination_get_from (d),
                                             dlg_destination_get_to (d),
                                             dlg_destination_get_dates_approximate (d));

  if (dates == NULL)
    return g_steal_pointer (&place);
  /* Translators: a stop and its dates in the details, "London, 27–28 May 2025" */
  return g_strdup_printf (_("%s, %s"), place, dates);
}

/* Each stop of the member's delegation: what the sources say of the
 * member there (attended, missed, not known), how sure, and which
 * sources; a stop the delegation did not make says so.  TRUE when a
 * line carries a mark. */
static gboolean
add_stops (GtkBox     *box,
           DlgDataset *dataset,
           DlgMember  *member)
{
  DlgDelegation *delegation = dlg_dataset_lookup_delegation (dataset,
                                                             dlg_member_get_delegation_id (member));
  GListModel *stops = delegation != NULL ? dlg_delegation_get_destinations (delegation) : NULL;
  gboolean marked = FALSE;

  if (stops == NULL || g_list_model_get_n_items (stops) == 0)
    return FALSE;
  /* Translators: a heading in a member's details: each stop of the delegation's route and
   * what the sources say of the member there */
  add_label (box, _("Stop by stop"), "section-heading");
  for (guint i = 0; i < g_list_model_get_n_items (stops); i++)
    {
      g_autoptr(DlgDestination) d = g_list_model_get_item (stops, i);
      g_autofree char *where = stop_text (d);
      g_autofree char *what = NULL;
      g_autofree char *refs = NULL;
      g_autofree char *line = NULL;
      const char * const *sources = NULL;
      DlgCertainty certainty;
      DlgAttendance attendance = dlg_member_get_attendance (member, d, &sources, &certainty);

      if (dlg_destination_get_status (d) != DLG_VISIT_STATUS_VISITED)
        {
          /* the delegation did not make it: the stop's own status */
          certainty = dlg_record_get_certainty (DLG_RECORD (d));
          what = dlg_mark_append (dlg_visit_status_to_label (dlg_destination_get_status (d)),
                                  certainty);
          refs = dlg_source_numbers (dataset, dlg_record_get_sources (DLG_RECORD (d)));
        }
      else if (attendance == DLG_ATTENDANCE_NOT_KNOWN)
        {
          /* "Not known" says it in words: a mark after it read "Not known?" */
          what = g_strdup (dlg_attendance_to_label (attendance));
          certainty = DLG_CERTAINTY_CONFIRMED;
          refs = dlg_source_numbers (dataset, sources);
        }
      else
        {
          what = dlg_mark_append (dlg_attendance_to_label (attendance), certainty);
          refs = dlg_source_numbers (dataset, sources);
        }
      marked |= certainty != DLG_CERTAINTY_CONFIRMED;
      /* Translators: a stop in a member's details: where and when, what the sources say of
       * the member there with its certainty mark, and their numbers, "• London, 27–28 May
       * 2025: Missed † [3]" */
      line = g_strdup_printf (_("• %s: %s%s"), where, what, refs);
      add_label (box, line, NULL);
    }
  return marked;
}

static void
fill_member (DlgDetails *self,
             DlgMember  *member)
{
  GtkBox *box = self->content;
  DlgDataset *dataset = self->dataset;
  DlgRecord *record = DLG_RECORD (member);
  DlgCertainty certainty = dlg_record_get_certainty (record);
  DlgMemberStatus status = dlg_member_get_status (member);
  g_autofree char *title = dlg_mark_dataset_text (dlg_member_get_name (member), certainty);
  gboolean marked = certainty != DLG_CERTAINTY_CONFIRMED;
  GtkGrid *grid;
  int row = 0;

  clear_box (box);
  add_label (box, title, "title-3");
  grid = add_grid (box);
  add_field (grid, &row, _("Side"), dlg_member_get_side_name (member));
  add_delegation_link (self, grid, &row, dlg_member_get_delegation_id (member),
                       dlg_member_get_delegation_label (member));
  add_field (grid, &row, _("Party"), dlg_member_get_party (member));
  add_field (grid, &row, _("Role"), dlg_member_get_role (member));
  add_field (grid, &row, _("Kind of role"),
             dlg_role_kind_to_label (dlg_member_get_role_kind (member)));
  add_field (grid, &row, _("Status"), dlg_member_status_to_label (status));
  add_certainty (grid, &row, certainty);
  if (dlg_member_get_is_leader (member))
    add_field (grid, &row, _("Leads"), dlg_member_get_delegation_label (member));
  if (dlg_member_get_membership (member) == DLG_MEMBERSHIP_ACCOMPANYING)
    add_field (grid, &row, _("Membership"),
               dlg_membership_to_label (dlg_member_get_membership (member)));
  {
    GPtrArray *route = dlg_member_get_route (member);
    g_autofree char *route_text = dlg_marked_route_text (member, route);
    g_autofree char *missed = dlg_stops_list_text (member, dlg_member_get_missed (member), TRUE);
    /* no source places the member there, or away: never "missed"; "not
     * known" says it in words, without a mark */
    g_autofree char *not_known = dlg_stops_list_text (member, dlg_member_get_not_known (member),
                                                      FALSE);

    /* Translators: the places this member went to with the delegation */
    add_field (grid, &row, dlg_member_has_legs (member) ? _("Own route") : _("Route"),
               route_text[0] != '\0' ? route_text : _("None recorded"));
    /* Translators: legs of the delegation's route this member did not attend */
    add_field (grid, &row, _("Missed"), missed);
    /* Translators: stops of the delegation's route no source places this member at (or away
     * from) */
    add_field (grid, &row, _("Not known"), not_known);
  }
  /* who withdrew or declined travelled to no stop: the status says it */
  if (status == DLG_MEMBER_STATUS_TRAVELLED || status == DLG_MEMBER_STATUS_UNCONFIRMED)
    marked |= add_stops (box, dataset, member);
  add_notes (box, dataset, _("Notes"), dlg_record_get_notes (record));
  add_notes (box, dataset, _("Sources disagree"), dlg_record_get_disagreements (record));
  add_sources (box, dataset, dlg_record_get_sources (record), dlg_member_get_legs_sources (member));
  if (marked)
    add_legend (box);
}

static void
fill_destination (DlgDetails     *self,
                  DlgDestination *d)
{
  GtkBox *box = self->content;
  DlgDataset *dataset = self->dataset;
  DlgRecord *record = DLG_RECORD (d);
  g_autofree char *place = dlg_text_isolate (dlg_destination_get_place_label (d));
  g_autofree char *country = dlg_text_isolate (dlg_destination_get_country (d));
  /* Translators: a place and its country, "Paris, France" */
  g_autofree char *title = g_strdup_printf (_("%s, %s"), place, country);
  g_autofree char *dates = dlg_format_dates (dlg_destination_get_from (d),
                                             dlg_destination_get_to (d),
                                             dlg_destination_get_dates_approximate (d));
  /* Translators: between the cities of a destination */
  g_autofree char *cities = g_strjoinv (_(", "), (GStrv) dlg_destination_get_cities (d));
  g_autofree char *coords = NULL;
  double lat, lon;
  GtkGrid *grid;
  int row = 0;

  DlgCertainty certainty = dlg_record_get_certainty (record);
  const char * const *dates_sources = dlg_destination_get_dates_sources (d);
  /* the dates are as sure as their own sources, when they have some */
  DlgCertainty dates_certainty = dates_sources != NULL && dates_sources[0] != NULL
                                 ? dlg_dataset_judge (dataset, dates_sources, FALSE, FALSE)
                                 : certainty;
  g_autofree char *marked_title = dlg_mark_append (title, certainty);
  g_autofree char *marked_dates = dates != NULL ? dlg_mark_append (dates, dates_certainty) : NULL;
  DlgPlace *place_of = dlg_destination_get_place (d);
  DlgPlace *within = place_of != NULL ? dlg_place_get_within (place_of) : NULL;

  if (dlg_destination_get_coordinates (d, &lat, &lon))
    /* Translators: a place's latitude and longitude in the details, "48.86, 2.35" */
    coords = g_strdup_printf (_("%.2f, %.2f"), lat, lon);

  clear_box (box);
  add_label (box, marked_title, "title-3");
  grid = add_grid (box);
  add_field (grid, &row, _("Country"), dlg_destination_get_country (d));
  add_field (grid, &row, _("Capital"), dlg_destination_get_capital (d));
  /* Translators: the place a destination lies within, "UN Headquarters, New York" within
   * "New York" */
  add_field (grid, &row, _("Within"), within != NULL ? dlg_place_get_name (within) : NULL);
  add_field (grid, &row, _("Cities visited"), cities);
  add_field (grid, &row, _("Delegation"), dlg_destination_get_delegation_label (d));
  add_field (grid, &row, _("Dates"), marked_dates != NULL ? marked_dates : _("Not known"));
  add_field (grid, &row, _("Dates as reported"), dlg_destination_get_dates_text (d));
  add_field (grid, &row, _("Status"), dlg_visit_status_to_label (dlg_destination_get_status (d)));
  add_certainty (grid, &row, certainty);
  add_field (grid, &row, _("UN Security Council"),
             dlg_unsc_to_label (dlg_destination_get_unsc (d)));
  add_field (grid, &row, _("Coordinates"), coords);
  add_notes (box, dataset, _("Notes"), dlg_record_get_notes (record));
  add_notes (box, dataset, _("Sources disagree"), dlg_record_get_disagreements (record));
  add_sources (box, dataset, dlg_record_get_sources (record), dates_sources);
  if (certainty != DLG_CERTAINTY_CONFIRMED ||
      (marked_dates != NULL && dates_certainty != DLG_CERTAINTY_CONFIRMED))
    add_legend (box);
}

/* "London (United Kingdom) · New York (India: the city; Pakistan: UN
 * Headquarters, New York)": a place, and where in it each side was when
 * they were at different places within it (dlg_compared_place_label) */
static char *
places_text (GPtrArray  *places,
             const char *name_a,
             const char *name_b)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < places->len; i++)
    {
      DlgComparedPlace *p = g_ptr_array_index (places, i);
      g_autofree char *capital = dlg_text_isolate (p->capital);
      g_autofree char *label = dlg_compared_place_label (p, name_a, name_b);

      if (i > 0)
        /* Translators: between places in a list, "London (United Kingdom) · Moscow (Russia)" */
        g_string_append (s, _(" · "));
      if (g_strcmp0 (label, capital) != 0)
        g_string_append (s, label);
      else
        {
          g_autofree char *country = dlg_text_isolate (p->country);

          /* Translators: a place and its country in a list, "London (United Kingdom)" */
          g_string_append_printf (s, _("%s (%s)"), capital, country);
        }
    }
  if (places->len == 0)
    g_string_append (s, _("None"));
  return g_string_free (s, FALSE);
}

static void
add_places (GtkBox     *box,
            const char *heading,
            GPtrArray  *places,
            const char *name_a,
            const char *name_b)
{
  /* Translators: a list's heading and how many places it holds, "Visited by both sides (4)" */
  g_autofree char *title = g_strdup_printf (_("%s (%u)"), heading, places->len);
  g_autofree char *text = places_text (places, name_a, name_b);

  add_label (box, title, "section-heading");
  add_label (box, text, NULL);
}

/* "BJP 21 named, 20 travelled": a part of the members and what they did,
 * in the words every count of people uses */
static void
append_count (GString    *text,
              const char *label,
              guint       named,
              guint       travelled)
{
  g_autofree char *people = dlg_count_people (named, travelled);

  /* Translators: a party or kind of role and its count of people, "BJP 21 named,
   * 20 travelled" */
  g_string_append_printf (text, _("%s %s"), label, people);
}

static char *
counts_text (const DlgSideSummary *s)
{
  GString *text = g_string_new (NULL);
  gboolean first = TRUE;

  g_string_append_printf (text, "%s ", _("By party:"));
  for (guint i = 0; i < s->by_party->len; i++)
    {
      DlgCount *c = g_ptr_array_index (s->by_party, i);

      g_autofree char *label = dlg_text_isolate (c->label);

      if (i > 0)
        /* Translators: between the counts of parties or kinds of role */
        g_string_append (text, _("; "));
      append_count (text, label, c->count, c->travelled);
    }
  g_string_append_printf (text, "\n%s ", _("By kind of role:"));
  for (guint k = 0; k < DLG_N_ROLE_KINDS; k++)
    {
      if (s->by_role_kind[k] == 0)
        continue;
      if (!first)
        g_string_append (text, _("; "));
      append_count (text, dlg_role_kind_to_label (k), s->by_role_kind[k],
                    s->by_role_kind_travelled[k]);
      first = FALSE;
    }
  return g_string_free (text, FALSE);
}

/* The background: the dataset's events, then each side's purpose, with
 * their sources; TRUE when a line carries a mark */
static gboolean
add_background (GtkBox      *box,
                DlgDataset  *dataset,
                DlgSide    **sides,
                guint        n_sides)
{
  GListModel *events = dlg_dataset_get_events (dataset);
  guint n_events = g_list_model_get_n_items (events);
  gboolean heading = FALSE;
  gboolean marked = FALSE;

  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(DlgEvent) event = g_list_model_get_item (events, i);
      DlgCertainty certainty;
      g_autofree char *line = dlg_mark_event_text (dataset, event, &certainty);

      if (!heading)
        /* Translators: a heading: the events around the delegations, and why each side
         * sent its own */
        add_label (box, _("Background"), "section-heading");
      heading = TRUE;
      marked |= certainty != DLG_CERTAINTY_CONFIRMED;
      add_label (box, line, NULL);
    }
  for (guint i = 0; i < n_sides; i++)
    {
      GPtrArray *purposes = dlg_side_get_purposes (sides[i]);
      g_autofree char *name = dlg_text_isolate (dlg_side_get_name (sides[i]));

      for (guint k = 0; purposes != NULL && k < purposes->len; k++)
        {
          DlgNote *purpose = g_ptr_array_index (purposes, k);
          const char * const *sources = dlg_note_get_sources (purpose);
          /* a stated purpose is a statement: reports of it confirm it, as the
           * sheet and --summary judge it */
          DlgCertainty certainty = dlg_dataset_judge_statement (dataset, sources);
          g_autofree char *text = dlg_text_isolate (dlg_note_get_text (purpose));
          g_autofree char *marked_text = dlg_mark_append (text, certainty);
          g_autofree char *refs = dlg_source_numbers (dataset, sources);
          g_autofree char *line = NULL;

          if (!heading)
            add_label (box, _("Background"), "section-heading");
          heading = TRUE;
          marked |= certainty != DLG_CERTAINTY_CONFIRMED;
          /* Translators: a side's stated purpose and its sources' numbers, "Stated purpose of
           * India: Expose Pakistan-based terrorism. [72, 24]" */
          line = g_strdup_printf (_("Stated purpose of %s: %s%s"), name, marked_text, refs);
          add_label (box, line, NULL);
        }
    }
  return marked;
}

void
dlg_details_show_comparison (GtkBox              *box,
                             DlgDataset          *dataset,
                             DlgSide             *a,
                             DlgSide             *b,
                             const DlgComparison *c)
{
  /* Dataset text next to our words is isolated: a RIGHT-TO-LEFT
   * OVERRIDE in a side name cannot turn "only" into "ylno". */
  g_autofree char *na = dlg_text_isolate (dlg_side_get_name (a));
  g_autofree char *nb = dlg_text_isolate (dlg_side_get_name (b));
  g_autofree char *only_a = g_strdup_printf (_("Visited by %s only"), na);
  g_autofree char *only_b = g_strdup_printf (_("Visited by %s only"), nb);
  g_autofree char *pnv_a = g_strdup_printf (_("Planned by %s but not visited"), na);
  g_autofree char *pnv_b = g_strdup_printf (_("Planned by %s but not visited"), nb);
  const char *name_a = dlg_side_get_name (a);
  const char *name_b = dlg_side_get_name (b);
  GtkWidget *columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
  DlgSide *sides[] = { a, b };

  clear_box (box);
  add_places (box, _("Visited by both sides"), c->shared, name_a, name_b);
  add_places (box, only_a, c->only_a, name_a, name_b);
  add_places (box, only_b, c->only_b, name_a, name_b);
  if (c->planned_not_visited_a->len > 0)
    add_places (box, pnv_a, c->planned_not_visited_a, name_a, name_b);
  if (c->planned_not_visited_b->len > 0)
    add_places (box, pnv_b, c->planned_not_visited_b, name_a, name_b);

  gtk_box_set_homogeneous (GTK_BOX (columns), TRUE);
  /* the Overview stacks the sides' columns in a narrow window */
  gtk_widget_set_name (columns, DLG_DETAILS_COLUMNS_NAME);
  gtk_box_append (box, columns);
  for (DlgSide *side = a; side != NULL; side = side == a ? b : NULL)
    {
      const DlgSideSummary *s = dlg_side_get_summary (side);
      g_autofree char *name = dlg_text_isolate (dlg_side_get_name (side));
      g_autofree char *size = dlg_side_summary_size (s);
      /* Translators: a side in the comparison's numbers: its name and size, then how many
       * UN Security Council members it visited, "India: 7 delegations: 62 named, 60 travelled;
       * UN Security Council members visited: 12" */
      g_autofree char *heading = g_strdup_printf (_("%s: %s; UN Security Council members visited: %u"),
                                                  name, size, s->n_unsc_visited);
      g_autofree char *text = counts_text (s);
      GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

      add_label (GTK_BOX (column), heading, "section-heading");
      add_label (GTK_BOX (column), text, NULL);
      /* in a horizontal box: see dlg-width-bin.h */
      gtk_box_append (GTK_BOX (columns), dlg_width_bin_new (column));
    }
  if (dataset != NULL && add_background (box, dataset, sides, G_N_ELEMENTS (sides)))
    add_legend (box);
}

static void
collect (GtkWidget *widget,
         GString   *out)
{
  if (GTK_IS_LABEL (widget))
    {
      g_string_append (out, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (out, '\n');
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, out);
}

char *
dlg_details_collect_text (GtkWidget *widget)
{
  GString *out = g_string_new (NULL);

  collect (widget, out);
  return g_string_free (out, FALSE);
}

static void
fill_delegation (DlgDetails    *self,
                 DlgDelegation *delegation)
{
  GtkBox *box = self->content;
  DlgDataset *dataset = self->dataset;
  DlgRecord *record = DLG_RECORD (delegation);
  DlgMember *leader = dlg_delegation_get_leader (delegation);
  GListModel *stops = dlg_delegation_get_destinations (delegation);
  g_autoptr(GPtrArray) route = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *route_text = NULL;
  g_autofree char *dates = dlg_format_dates (dlg_delegation_get_from (delegation),
                                             dlg_delegation_get_to (delegation),
                                             dlg_delegation_get_dates_approximate (delegation));
  g_autofree char *members = NULL;
  g_autofree char *announced = NULL;
  const DlgAnnounced *a = dlg_delegation_get_announced (delegation);
  guint n = g_list_model_get_n_items (dlg_delegation_get_members (delegation));
  GtkGrid *grid;
  int row = 0;

  /* the record's certainty is that of what its sources say of it (its
   * dates), not of the delegation's being: the title stays unmarked */
  DlgCertainty certainty = dlg_record_get_certainty (record);
  g_autofree char *marked_dates = dates != NULL ? dlg_mark_append (dates, certainty) : NULL;
  DlgSide *side = dlg_dataset_lookup_side (dataset, dlg_delegation_get_side_id (delegation));
  gboolean marked = certainty != DLG_CERTAINTY_CONFIRMED;
  g_autofree char *leader_name = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (stops); i++)
    {
      DlgDestination *stop = g_list_model_get_item (stops, i);

      marked |= dlg_record_get_certainty (DLG_RECORD (stop)) != DLG_CERTAINTY_CONFIRMED;
      g_ptr_array_add (route, stop);
    }
  route_text = dlg_marked_route_text (NULL, route);
  if (side != NULL)
    {
      /* counted as everything counts people: "9 named, 8 travelled; 1 accompanying
       * official" */
      g_autoptr(DlgSideSummary) summary =
        dlg_side_summary_new (side, dlg_delegation_get_members (delegation));

      members = dlg_side_summary_people (summary);
    }
  else
    members = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", n), n);
  if (a != NULL && a->members >= 0)
    announced = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d member", "%d members",
                                              (gulong) a->members), a->members);
  if (leader != NULL)
    {
      DlgCertainty leader_certainty = dlg_record_get_certainty (DLG_RECORD (leader));

      marked |= leader_certainty != DLG_CERTAINTY_CONFIRMED;
      leader_name = dlg_mark_dataset_text (dlg_member_get_name (leader), leader_certainty);
    }

  clear_box (box);
  add_label (box, dlg_delegation_get_label (delegation), "title-3");
  grid = add_grid (box);
  add_field (grid, &row, _("Leader"), leader_name);
  add_field (grid, &row, _("Dates"), marked_dates);
  /* Translators: how many people the file lists for a delegation */
  add_field (grid, &row, _("Listed"), members);
  /* Translators: the delegation's size as announced */
  add_field (grid, &row, _("Announced"), announced);
  add_certainty (grid, &row, certainty);
  add_field (grid, &row, _("Route"), route_text[0] != '\0' ? route_text : NULL);
  add_notes (box, dataset, _("Notes"), dlg_record_get_notes (record));
  add_notes (box, dataset, _("Sources disagree"), dlg_record_get_disagreements (record));
  add_sources (box, dataset, dlg_record_get_sources (record),
               a != NULL ? (const char * const *) a->sources : NULL);
  if (marked)
    add_legend (box);
}

/* A side: its size in the one vocabulary (announced beside recorded),
 * its places, its stated purposes and the dataset's background, with
 * their sources */
static void
fill_side (DlgDetails *self,
           DlgSide    *side)
{
  GtkBox *box = self->content;
  DlgDataset *dataset = self->dataset;
  DlgRecord *record = DLG_RECORD (side);
  const DlgSideSummary *summary = dlg_side_get_summary (side);
  g_auto(GStrv) counts = dlg_side_describe_counts (side, TRUE);
  g_autofree char *counts_lines = g_strjoinv ("\n", counts);
  g_autofree char *delegations = g_strdup_printf ("%u", summary->n_delegations);
  g_autofree char *places = g_strdup_printf ("%u", summary->n_destinations);
  g_autofree char *unsc = g_strdup_printf ("%u", summary->n_unsc_visited);
  g_autofree char *by = counts_text (summary);
  DlgSide *sides[] = { side };
  GtkGrid *grid;
  int row = 0;
  gboolean marked;

  clear_box (box);
  add_label (box, dlg_side_get_name (side), "title-3");
  grid = add_grid (box);
  add_field (grid, &row, _("Delegations"), delegations);
  /* Translators: a field of a side's details: its people, announced and recorded, "Recorded:
   * 62 named, 60 travelled, …" */
  add_field (grid, &row, _("People"), counts_lines);
  /* Translators: a field of a side's details: how many places its delegations planned or
   * visited */
  add_field (grid, &row, _("Places"), places);
  add_field (grid, &row, _("UN Security Council members visited"), unsc);
  add_label (box, by, NULL);
  marked = add_background (box, dataset, sides, G_N_ELEMENTS (sides));
  add_notes (box, dataset, _("Notes"), dlg_record_get_notes (record));
  add_notes (box, dataset, _("Sources disagree"), dlg_record_get_disagreements (record));
  add_sources (box, dataset, dlg_record_get_sources (record), NULL);
  if (marked)
    add_legend (box);
}

/* --- the widget --- */

static void
update_actions (DlgDetails *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "details.back", self->at > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "details.forward",
                                 self->at + 1 < self->history->len);
}

/* Shows the history's item at, from its top */
static void
display (DlgDetails *self,
         guint       at)
{
  gpointer record = g_ptr_array_index (self->history, at);

  self->at = at;
  if (DLG_IS_MEMBER (record))
    fill_member (self, record);
  else if (DLG_IS_DELEGATION (record))
    fill_delegation (self, record);
  else if (DLG_IS_SIDE (record))
    fill_side (self, record);
  else
    fill_destination (self, record);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  update_actions (self);
  g_signal_emit (self, signals[SHOWN], 0);
}

/* Shows record after what is shown now; what came after it goes */
static void
push (DlgDetails *self,
      gpointer    record)
{
  if (self->history->len > 0 && g_ptr_array_index (self->history, self->at) == record)
    {
      display (self, self->at);
      return;
    }
  if (self->history->len > 0)
    g_ptr_array_set_size (self->history, self->at + 1);
  g_ptr_array_add (self->history, g_object_ref (record));
  display (self, self->history->len - 1);
}

void
dlg_details_show_member (DlgDetails *self,
                         DlgMember  *member)
{
  g_return_if_fail (DLG_IS_DETAILS (self));
  g_return_if_fail (DLG_IS_MEMBER (member));
  push (self, member);
}

void
dlg_details_show_delegation (DlgDetails    *self,
                             DlgDelegation *delegation)
{
  g_return_if_fail (DLG_IS_DETAILS (self));
  g_return_if_fail (DLG_IS_DELEGATION (delegation));
  push (self, delegation);
}

void
dlg_details_show_destination (DlgDetails     *self,
                              DlgDestination *destination)
{
  g_return_if_fail (DLG_IS_DETAILS (self));
  g_return_if_fail (DLG_IS_DESTINATION (destination));
  push (self, destination);
}

void
dlg_details_show_side (DlgDetails *self,
                       DlgSide    *side)
{
  g_return_if_fail (DLG_IS_DETAILS (self));
  g_return_if_fail (DLG_IS_SIDE (side));
  push (self, side);
}

gboolean
dlg_details_go_back (DlgDetails *self)
{
  g_return_val_if_fail (DLG_IS_DETAILS (self), FALSE);

  if (self->at == 0 || self->history->len == 0)
    return FALSE;
  display (self, self->at - 1);
  return TRUE;
}

gboolean
dlg_details_go_forward (DlgDetails *self)
{
  g_return_val_if_fail (DLG_IS_DETAILS (self), FALSE);

  if (self->at + 1 >= self->history->len)
    return FALSE;
  display (self, self->at + 1);
  return TRUE;
}

void
dlg_details_set_dataset (DlgDetails *self,
                         DlgDataset *dataset)
{
  GtkWidget *placeholder;

  g_return_if_fail (DLG_IS_DETAILS (self));

  g_set_object (&self->dataset, dataset);
  g_ptr_array_set_size (self->history, 0);
  self->at = 0;
  update_actions (self);
  clear_box (self->content);
  placeholder = gtk_label_new (_("Select a member or a destination to see every fact about it "
                                 "and its sources."));
  dlg_label_set_wrapping (GTK_LABEL (placeholder), PANGO_WRAP_WORD);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_box_append (self->content, placeholder);
}

char *
dlg_details_get_text (DlgDetails *self)
{
  g_return_val_if_fail (DLG_IS_DETAILS (self), NULL);
  return dlg_details_collect_text (GTK_WIDGET (self->content));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dlg_details_go_back (DLG_DETAILS (widget));
}

static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  dlg_details_go_forward (DLG_DETAILS (widget));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_widget_set_visible (widget, FALSE);
}

static void
dlg_details_dispose (GObject *object)
{
  DlgDetails *self = DLG_DETAILS (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DLG_TYPE_DETAILS);
  /* the header is no template child of its own */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->history, g_ptr_array_unref);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (dlg_details_parent_class)->dispose (object);
}

static void
dlg_details_class_init (DlgDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlg_details_dispose;

  /* ::shown: something is shown (the window opens the details for it) */
  signals[SHOWN] = g_signal_new ("shown", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Delegations/ui/dlg-details.ui");
  gtk_widget_class_bind_template_child (widget_class, DlgDetails, scroller);
  gtk_widget_class_bind_template_child (widget_class, DlgDetails, content);
  gtk_widget_class_install_action (widget_class, "details.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "details.forward", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "details.close", NULL, close_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "details");
}

static void
dlg_details_init (DlgDetails *self)
{
  self->history = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  update_actions (self);
}
