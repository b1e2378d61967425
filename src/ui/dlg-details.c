/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-details"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlg-details.h"
#include "dlg-marks.h"
#include "dlg-style.h"
#include "dlg-width-bin.h"
#include "dlg-wrap-box.h"

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
  OPEN_URI,
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

/* Links in the details are "delegation:ID", "member:DELEGATION:INDEX" and
 * "stop:DELEGATION:INDEX" (the delegation's id escaped, the index in its
 * members or stops: members and stops need no id), "source:ID" and web
 * links.  The first three show what they name, pushed on the history;
 * a source opens as its title's link does; only http and https leave the
 * application. */
static gboolean
is_web_link (const char *uri)
{
  g_autofree char *scheme = uri != NULL ? g_uri_parse_scheme (uri) : NULL;

  return scheme != NULL &&
         (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0);
}

static char *
item_link (const char *kind,
           const char *delegation_id,
           guint       index)
{
  g_autofree char *escaped = g_uri_escape_string (delegation_id, NULL, FALSE);

  return g_strdup_printf ("%s:%s:%u", kind, escaped, index);
}

/* The item of a "member:" or "stop:" link (new reference), or NULL */
static gpointer
item_of_link (DlgDataset *dataset,
              const char *rest,
              gboolean    member)
{
  const char *colon = strrchr (rest, ':');
  g_autofree char *escaped = colon != NULL ? g_strndup (rest, colon - rest) : NULL;
  g_autofree char *id = escaped != NULL ? g_uri_unescape_string (escaped, NULL) : NULL;
  DlgDelegation *delegation;
  GListModel *items;
  guint64 index;

  if (id == NULL || dataset == NULL ||
      !g_ascii_string_to_unsigned (colon + 1, 10, 0, G_MAXUINT, &index, NULL) ||
      (delegation = dlg_dataset_lookup_delegation (dataset, id)) == NULL)
    return NULL;
  items = member ? dlg_delegation_get_members (delegation)
                 : dlg_delegation_get_destinations (delegation);
  return g_list_model_get_item (items, (guint) index);
}

/* The line of the Sources section that shows source id, or NULL */
static GtkWidget *
find_source_line (GtkWidget  *widget,
                  const char *id)
{
  if (g_strcmp0 (g_object_get_data (G_OBJECT (widget), "dlg-source-id"), id) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_source_line (child, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A source: its web page as its title's link opens it; without one, its
 * line in the Sources section (a source number stays a way to the source) */
void
dlg_details_open_source (DlgDetails *self,
                         const char *id)
{
  DlgSource *source = self->dataset != NULL ? dlg_dataset_lookup_source (self->dataset, id)
                                            : NULL;
  const char *url = source != NULL ? dlg_source_get_url (source) : NULL;
  gboolean handled = FALSE;
  GtkWidget *line;

  g_return_if_fail (DLG_IS_DETAILS (self));

  if (source == NULL)
    return;
  if (is_web_link (url))
    {
      g_signal_emit (self, signals[OPEN_URI], 0, url, &handled);
      return;
    }
  line = find_source_line (GTK_WIDGET (self->content), id);
  if (line != NULL)
    gtk_widget_grab_focus (line);
}

static gboolean
link_cb (DlgDetails *self,
         const char *uri,
         GtkLabel   *label)
{
  gboolean handled = FALSE;

  if (g_str_has_prefix (uri, "delegation:"))
    {
      g_autofree char *id = g_uri_unescape_string (uri + strlen ("delegation:"), NULL);
      DlgDelegation *delegation = id != NULL && self->dataset != NULL
                                  ? dlg_dataset_lookup_delegation (self->dataset, id) : NULL;

      if (delegation != NULL)
        dlg_details_show_delegation (self, delegation);
    }
  else if (g_str_has_prefix (uri, "member:") || g_str_has_prefix (uri, "stop:"))
    {
      gboolean member = g_str_has_prefix (uri, "member:");
      g_autoptr(GObject) item = item_of_link (self->dataset, strchr (uri, ':') + 1, member);

      if (member && DLG_IS_MEMBER (item))
        dlg_details_show_member (self, DLG_MEMBER (item));
      else if (!member && DLG_IS_DESTINATION (item))
        dlg_details_show_destination (self, DLG_DESTINATION (item));
    }
  else if (g_str_has_prefix (uri, "source:"))
    {
      g_autofree char *id = g_uri_unescape_string (uri + strlen ("source:"), NULL);

      if (id != NULL)
        dlg_details_open_source (self, id);
    }
  else if (is_web_link (uri))
    g_signal_emit (self, signals[OPEN_URI], 0, uri, &handled);
  else
    g_message ("Not opening %s: only http and https links are opened", uri);
  return TRUE;
}

static gboolean
dlg_details_real_open_uri (DlgDetails *self,
                           const char *uri)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
  return TRUE;
}

/* label shows markup, its links followed by the details */
static void
set_link_markup (DlgDetails *self,
                 GtkWidget  *label,
                 const char *markup)
{
  gtk_label_set_markup (GTK_LABEL (label), markup);
  g_signal_connect_object (label, "activate-link", G_CALLBACK (link_cb), self,
                           G_CONNECT_SWAPPED);
}

/* " [3, 17]" as markup, each number a link to its source (its title in
 * the link's tooltip); "" for none.  As dlg_source_numbers() writes it. */
char *
dlg_details_source_refs_markup (DlgDataset         *dataset,
                                const char * const *ids)
{
  GString *s;

  if (dataset == NULL || ids == NULL || ids[0] == NULL)
    return g_strdup ("");
  s = g_string_new (" [");
  for (guint i = 0; ids[i] != NULL; i++)
    {
      DlgSource *source = dlg_dataset_lookup_source (dataset, ids[i]);
      g_autofree char *escaped_id = g_uri_escape_string (ids[i], NULL, FALSE);
      g_autofree char *title = NULL;
      g_autofree char *link = NULL;

      if (i > 0)
        {
          g_autofree char *separator = g_markup_escape_text (_(", "), -1);

          g_string_append (s, separator);
        }
      if (source == NULL)
        {
          g_string_append_c (s, '0');
          continue;
        }
      title = dlg_text_cut (dlg_source_get_title (source), 200);
      link = g_markup_printf_escaped ("<a href=\"source:%s\" title=\"%s\">%u</a>", escaped_id,
                                      title, dlg_source_get_number (source));
      g_string_append (s, link);
    }
  g_string_append_c (s, ']');
  return g_string_free (s, FALSE);
}

/* A line of text (plain: escaped here) followed by its sources' numbers,
 * each a link to its source */
static GtkWidget *
add_cited_label (DlgDetails         *self,
                 GtkBox             *box,
                 const char         *text,
                 const char * const *sources)
{
  g_autofree char *cut = NULL;
  g_autofree char *escaped = g_markup_escape_text (dlg_text_shown (text, &cut), -1);
  g_autofree char *refs = dlg_details_source_refs_markup (self->dataset, sources);
  g_autofree char *markup = g_strconcat (escaped, refs, NULL);
  GtkWidget *label = add_label (box, NULL, NULL);

  set_link_markup (self, label, markup);
  return label;
}

/* Notes (dataset text, isolated), each followed by its sources'
 * numbers as links */
static void
add_notes (DlgDetails *self,
           GtkBox     *box,
           const char *heading,
           GPtrArray  *notes)
{
  if (notes == NULL || notes->len == 0)
    return;

  add_label (box, heading, "section-heading");
  for (guint i = 0; i < notes->len; i++)
    {
      DlgNote *note = g_ptr_array_index (notes, i);
      g_autofree char *note_text = dlg_text_isolate (dlg_note_get_text (note));
      /* Translators: a note in the details, its sources' numbers follow it */
      g_autofree char *text = g_strdup_printf (_("• %s"), note_text);

      add_cited_label (self, box, text, dlg_note_get_sources (note));
    }
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
  set_link_markup (self, value, markup);
}

static void
add_source (DlgDetails *self,
            GtkBox     *box,
            const char *id)
{
  DlgSource *source = dlg_dataset_lookup_source (self->dataset, id);
  g_autofree char *date = NULL;
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
  /* its date as every date in the details is written ("18 May 2025") */
  date = dlg_format_date (dlg_source_get_date (source));
  {
    const char *publisher = dlg_source_get_publisher (source);

    if (publisher != NULL && publisher[0] != '\0' && date != NULL && date[0] != '\0')
      /* Translators: a source's publisher and date, "The Hindu, 18 May 2025" */
      rest = g_strdup_printf (_("%s, %s"), publisher, date);
    else
      rest = g_strdup (publisher != NULL && publisher[0] != '\0' ? publisher : date != NULL ? date : "");
  }
  g_strstrip (rest);

  title = dlg_text_isolate (dlg_source_get_title (source));
  if (is_web_link (url))
    title_markup = g_markup_printf_escaped ("<a href=\"%s\">%s</a>", url, title);
  else
    title_markup = g_markup_escape_text (title, -1);
  rest_markup = g_markup_escape_text (dlg_text_shown (rest, &rest_cut), -1);
  /* Translators: a source in the details: its reference number, its
   * title and its publisher and date, "[3] Title — Publisher, 24 May 2025" */
  markup = g_strdup_printf (_("[%u] %s — %s"), dlg_source_get_number (source), title_markup,
                            rest_markup);

  label = add_label (box, NULL, NULL);
  set_link_markup (self, label, markup);
  /* what a source number's link without a web page leads to */
  g_object_set_data_full (G_OBJECT (label), "dlg-source-id", g_strdup (id), g_free);
  if (url != NULL)
    gtk_widget_set_tooltip_text (label, dlg_text_shown (url, &url_cut));
}

static void
add_sources_of (DlgDetails         *self,
                GtkBox             *box,
                const char * const *lists[],
                guint               n_lists)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  gboolean any = FALSE;

  for (guint l = 0; l < n_lists; l++)
    any |= lists[l] != NULL && lists[l][0] != NULL;
  if (!any)
    return;

  add_label (box, _("Sources"), "section-heading");
  for (guint l = 0; l < n_lists; l++)
    for (guint i = 0; lists[l] != NULL && lists[l][i] != NULL; i++)
      {
        const char * const *list = lists[l];

        if (g_ptr_array_find_with_equal_func (seen, list[i], g_str_equal, NULL))
          continue;
        g_ptr_array_add (seen, (gpointer) list[i]);
        add_source (self, box, list[i]);
      }
}

#define add_sources(self, box, ...) \
  G_STMT_START { \
    const char * const *lists_[] = { __VA_ARGS__ }; \
    add_sources_of ((self), (box), lists_, G_N_ELEMENTS (lists_)); \
  } G_STMT_END

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
add_stops (DlgDetails *self,
           GtkBox     *box,
           DlgMember  *member)
{
  const char *delegation_id = dlg_member_get_delegation_id (member);
  DlgDelegation *delegation = dlg_dataset_lookup_delegation (self->dataset, delegation_id);
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
      g_autofree char *where_cut = NULL;
      g_autofree char *href = item_link ("stop", delegation_id, i);
      g_autofree char *where_markup = NULL;
      g_autofree char *what = NULL;
      g_autofree char *what_markup = NULL;
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
          sources = dlg_record_get_sources (DLG_RECORD (d));
        }
      else if (attendance == DLG_ATTENDANCE_NOT_KNOWN)
        {
          /* "Not known" says it in words: a mark after it read "Not known?" */
          what = g_strdup (dlg_attendance_to_label (attendance));
          certainty = DLG_CERTAINTY_CONFIRMED;
        }
      else
        what = dlg_mark_append (dlg_attendance_to_label (attendance), certainty);
      marked |= certainty != DLG_CERTAINTY_CONFIRMED;
      /* the stop a link to its place's page, the numbers to their sources */
      where_markup = g_markup_printf_escaped ("<a href=\"%s\">%s</a>", href,
                                              dlg_text_shown (where, &where_cut));
      what_markup = g_markup_escape_text (what, -1);
      refs = dlg_details_source_refs_markup (self->dataset, sources);
      /* Translators: a stop in a member's details: where and when, what the sources say of
       * the member there with its certainty mark, and their numbers, "• London, 27–28 May
       * 2025: Missed † [3]" */
      line = g_strdup_printf (_("• %s: %s%s"), where_markup, what_markup, refs);
      set_link_markup (self, add_label (box, NULL, NULL), line);
    }
  return marked;
}

static void
fill_member (DlgDetails *self,
             DlgMember  *member)
{
  GtkBox *box = self->content;
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
    marked |= add_stops (self, box, member);
  add_notes (self, box, _("Notes"), dlg_record_get_notes (record));
  add_notes (self, box, _("Sources disagree"), dlg_record_get_disagreements (record));
  add_sources (self, box, dlg_record_get_sources (record), dlg_member_get_legs_sources (member));
  if (marked)
    add_legend (box);
}

/* How many stays of one side, and how many names of one kind at a stay,
 * a place's page shows: a synthetic file of thousands of delegations
 * would lay out thousands of labels in one main loop turn */
#define MAX_STAYS_SHOWN 6
#define MAX_NAMES_SHOWN 40
#define N_ATTENDANCES (DLG_ATTENDANCE_NOT_KNOWN + 1)

/* "Attended (8)": the members of the stay's delegation the sources place
 * there (or away, or neither), each a link to the member, with the
 * sources of what is said of them; who withdrew or declined travelled to
 * no stop and is left out (the delegation's page lists them).  Adds one
 * field for each of attended, missed and not known that has anyone.
 * TRUE when a name carries a mark. */
static gboolean
add_present (DlgDetails     *self,
             GtkGrid        *grid,
             int            *row,
             DlgDestination *stay)
{
  const char *delegation_id = dlg_destination_get_delegation_id (stay);
  DlgDelegation *delegation = dlg_dataset_lookup_delegation (self->dataset, delegation_id);
  GListModel *members = delegation != NULL ? dlg_delegation_get_members (delegation) : NULL;
  GString *lists[N_ATTENDANCES] = { NULL, };
  guint counts[N_ATTENDANCES] = { 0, };
  gboolean marked = FALSE;

  if (members == NULL || dlg_destination_get_status (stay) != DLG_VISIT_STATUS_VISITED)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(DlgMember) m = g_list_model_get_item (members, i);
      DlgMemberStatus status = dlg_member_get_status (m);
      const char * const *sources = NULL;
      DlgCertainty certainty;
      DlgAttendance attendance;
      g_autofree char *href = NULL;
      g_autofree char *name = NULL;
      g_autofree char *link = NULL;
      g_autofree char *refs = NULL;

      if (status != DLG_MEMBER_STATUS_TRAVELLED && status != DLG_MEMBER_STATUS_UNCONFIRMED)
        continue;
      attendance = dlg_member_get_attendance (m, stay, &sources, &certainty);
      if (counts[attendance]++ >= MAX_NAMES_SHOWN)
        continue;
      if (lists[attendance] == NULL)
        lists[attendance] = g_string_new (NULL);
      else
        {
          g_autofree char *separator = g_markup_escape_text (_(", "), -1);

          g_string_append (lists[attendance], separator);
        }
      /* "Not known" carries no mark: it says it in words */
      if (attendance == DLG_ATTENDANCE_NOT_KNOWN)
        certainty = DLG_CERTAINTY_CONFIRMED;
      marked |= certainty != DLG_CERTAINTY_CONFIRMED;
      href = item_link ("member", delegation_id, i);
      {
        /* isolated, marked or not: names follow each other in a line */
        g_autofree char *isolated = dlg_text_isolate (dlg_member_get_name (m));

        name = dlg_mark_append (isolated, certainty);
      }
      link = g_markup_printf_escaped ("<a href=\"%s\">%s</a>", href, name);
      /* an attended stop with the delegation is what the member's and the
       * stop's sources say: only legs carry sources of their own */
      refs = attendance != DLG_ATTENDANCE_ATTENDED || dlg_member_has_legs (m)
             ? dlg_details_source_refs_markup (self->dataset, sources) : g_strdup ("");
      g_string_append (lists[attendance], link);
      g_string_append (lists[attendance], refs);
    }
  for (guint k = 0; k < N_ATTENDANCES; k++)
    {
      /* Translators: a list's heading and how many places it holds, "Visited by both sides (4)" */
      g_autofree char *name = g_strdup_printf (_("%s (%u)"), dlg_attendance_to_label (k), counts[k]);
      g_autofree char *more = NULL;
      GtkWidget *value;

      if (lists[k] == NULL)
        continue;
      if (counts[k] > MAX_NAMES_SHOWN)
        {
          guint rest = counts[k] - MAX_NAMES_SHOWN;

          /* Translators: after the names of a stay's members that are shown, how many
           * more there are, " and 40 more" */
          more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, " and %u more", " and %u more",
                                               rest), rest);
          g_string_append (lists[k], more);
        }
      add_field (grid, row, name, "-");
      value = gtk_grid_get_child_at (grid, 1, *row - 1);
      set_link_markup (self, value, lists[k]->str);
      g_string_free (lists[k], TRUE);
    }
  return marked;
}

/* One stay at the place: its delegation (a link), where in the place,
 * its dates (approximate ones stay approximate), status and certainty,
 * who was there, its notes and sources.  TRUE when something carries a
 * mark. */
static gboolean
add_stay (DlgDetails     *self,
          GtkBox         *box,
          DlgDestination *d,
          DlgPlace       *outer)
{
  DlgRecord *record = DLG_RECORD (d);
  DlgDataset *dataset = self->dataset;
  g_autofree char *dates = dlg_format_dates (dlg_destination_get_from (d),
                                             dlg_destination_get_to (d),
                                             dlg_destination_get_dates_approximate (d));
  /* Translators: between the cities of a destination */
  g_autofree char *cities = g_strjoinv (_(", "), (GStrv) dlg_destination_get_cities (d));
  DlgCertainty certainty = dlg_record_get_certainty (record);
  const char * const *dates_sources = dlg_destination_get_dates_sources (d);
  /* the dates are as sure as their own sources, when they have some */
  DlgCertainty dates_certainty = dates_sources != NULL && dates_sources[0] != NULL
                                 ? dlg_dataset_judge (dataset, dates_sources, FALSE, FALSE)
                                 : certainty;
  g_autofree char *marked_dates = dates != NULL ? dlg_mark_append (dates, dates_certainty) : NULL;
  g_autofree char *status = dlg_mark_append (dlg_visit_status_to_label (dlg_destination_get_status (d)),
                                             certainty);
  DlgPlace *place = dlg_destination_get_place (d);
  const char *delegation_id = dlg_destination_get_delegation_id (d);
  g_autofree char *label = dlg_text_isolate (dlg_destination_get_delegation_label (d));
  g_autofree char *escaped_id = g_uri_escape_string (delegation_id, NULL, FALSE);
  g_autofree char *heading = g_markup_printf_escaped ("<a href=\"delegation:%s\">%s</a>",
                                                      escaped_id, label);
  gboolean marked = certainty != DLG_CERTAINTY_CONFIRMED ||
                    (marked_dates != NULL && dates_certainty != DLG_CERTAINTY_CONFIRMED);
  GtkWidget *title = add_label (box, NULL, "section-heading");
  GtkGrid *grid = add_grid (box);
  int row = 0;

  set_link_markup (self, title, heading);
  gtk_widget_add_css_class (title, "stay-link");
  /* Translators: where within the place a stay was, "UN Headquarters, New York" within
   * "New York" */
  add_field (grid, &row, _("Where"), place != NULL && place != outer ? dlg_place_get_name (place)
                                                                     : NULL);
  add_field (grid, &row, _("Cities visited"), cities);
  add_field (grid, &row, _("Dates"), marked_dates != NULL ? marked_dates : _("Not known"));
  add_field (grid, &row, _("Dates as reported"), dlg_destination_get_dates_text (d));
  add_field (grid, &row, _("Status"), status);
  add_certainty (grid, &row, certainty);
  marked |= add_present (self, grid, &row, d);
  add_notes (self, box, _("Notes"), dlg_record_get_notes (record));
  add_notes (self, box, _("Sources disagree"), dlg_record_get_disagreements (record));
  {
    /* every source the stay cites: a number in a note leads to its line */
    g_autoptr(GPtrArray) cited = g_ptr_array_new ();
    GPtrArray *notes[] = { dlg_record_get_notes (record), dlg_record_get_disagreements (record) };

    for (guint k = 0; k < G_N_ELEMENTS (notes); k++)
      for (guint i = 0; notes[k] != NULL && i < notes[k]->len; i++)
        for (const char * const *id = dlg_note_get_sources (g_ptr_array_index (notes[k], i));
             id != NULL && *id != NULL; id++)
          g_ptr_array_add (cited, (gpointer) *id);
    g_ptr_array_add (cited, NULL);
    add_sources (self, box, dlg_record_get_sources (record), dates_sources,
                 (const char * const *) cited->pdata);
  }
  return marked;
}

/* The stays of each side at place key: one GPtrArray of DlgDestination
 * (references) for each of the dataset's sides, in their order */
static GPtrArray *
stays_by_side (DlgDataset *dataset,
               const char *key)
{
  GListModel *sides = dlg_dataset_get_sides (dataset);
  GPtrArray *by_side = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint s = 0; s < g_list_model_get_n_items (sides); s++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, s);
      GListModel *destinations = dlg_side_get_destinations (side);
      GPtrArray *stays = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (destinations); i++)
        {
          g_autoptr(DlgDestination) d = g_list_model_get_item (destinations, i);

          if (g_strcmp0 (dlg_destination_get_key (d), key) == 0)
            g_ptr_array_add (stays, g_steal_pointer (&d));
        }
      g_ptr_array_add (by_side, stays);
    }
  return by_side;
}

/* "India and Pakistan: 5 days apart (approximate)": for each two sides
 * that both visited the place, their closest stays (the comparison's
 * meetings); at most a few lines */
static char *
apart_text (DlgDataset *dataset,
            GPtrArray  *by_side,
            const char *key)
{
  GListModel *sides = dlg_dataset_get_sides (dataset);
  GString *text = g_string_new (NULL);
  guint lines = 0;

  for (guint a = 0; a < by_side->len && lines < 6; a++)
    for (guint b = a + 1; b < by_side->len && lines < 6; b++)
      {
        g_autoptr(DlgSide) side_a = NULL;
        g_autoptr(DlgSide) side_b = NULL;
        g_autoptr(GPtrArray) meetings = NULL;

        if (((GPtrArray *) g_ptr_array_index (by_side, a))->len == 0 ||
            ((GPtrArray *) g_ptr_array_index (by_side, b))->len == 0)
          continue;
        side_a = g_list_model_get_item (sides, a);
        side_b = g_list_model_get_item (sides, b);
        meetings = dlg_dataset_get_meetings (dataset, side_a, side_b);
        for (guint i = 0; i < meetings->len; i++)
          {
            DlgMeeting *m = g_ptr_array_index (meetings, i);
            g_autofree char *apart = NULL;
            g_autofree char *na = NULL;
            g_autofree char *nb = NULL;

            if (g_strcmp0 (dlg_destination_get_key (m->a), key) != 0 ||
                (apart = dlg_stays_apart_text (m->a, m->b)) == NULL)
              continue;
            na = dlg_text_isolate (dlg_side_get_name (side_a));
            nb = dlg_text_isolate (dlg_side_get_name (side_b));
            if (lines++ > 0)
              g_string_append_c (text, '\n');
            /* Translators: how far apart two sides' closest stays at a place were, "India
             * and Pakistan: 5 days apart" */
            g_string_append_printf (text, _("%s and %s: %s"), na, nb, apart);
            break;
          }
      }
  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return NULL;
    }
  return g_string_free (text, FALSE);
}

/* A place's page: every side's stays there, side by side (a column a
 * side, wrapping when narrow or when there are more), compared at the
 * outermost place as the comparison does (the UN Headquarters within New
 * York); the whole dataset's facts, whatever the filter shows */
static void
fill_destination (DlgDetails     *self,
                  DlgDestination *d)
{
  GtkBox *box = self->content;
  DlgDataset *dataset = self->dataset;
  DlgPlace *place = dlg_destination_get_place (d);
  DlgPlace *outer = place != NULL ? dlg_place_get_outermost (place) : NULL;
  const char *country_text = outer != NULL && dlg_place_get_country (outer) != NULL
                             ? dlg_place_get_country (outer) : dlg_destination_get_country (d);
  g_autofree char *name = dlg_text_isolate (dlg_destination_get_outer_label (d));
  g_autofree char *country = dlg_text_isolate (country_text);
  /* Translators: a place and its country, "Paris, France" */
  g_autofree char *title = g_strdup_printf (_("%s, %s"), name, country);
  g_autoptr(GPtrArray) by_side = stays_by_side (dataset, dlg_destination_get_key (d));
  g_autofree char *apart = apart_text (dataset, by_side, dlg_destination_get_key (d));
  GListModel *sides = dlg_dataset_get_sides (dataset);
  g_autofree char *coords = NULL;
  GtkWidget *columns;
  GtkWidget *scope;
  gboolean marked = FALSE;
  double lat, lon;
  GtkGrid *grid;
  int row = 0;

  if ((outer != NULL && dlg_place_get_coordinates (outer, &lat, &lon)) ||
      (outer == NULL && dlg_destination_get_coordinates (d, &lat, &lon)))
    /* Translators: a place's latitude and longitude in the details, "48.86, 2.35" */
    coords = g_strdup_printf (_("%.2f, %.2f"), lat, lon);

  clear_box (box);
  add_label (box, title, "title-3");
  grid = add_grid (box);
  add_field (grid, &row, _("Country"), country_text);
  add_field (grid, &row, _("UN Security Council"),
             dlg_unsc_to_label (dlg_destination_get_unsc (d)));
  add_field (grid, &row, _("Coordinates"), coords);
  /* Translators: a field of a place's details: how far apart the sides' closest stays
   * there were */
  add_field (grid, &row, _("Days apart"), apart);
  /* Translators: under a place's title in the details: the stays below are not narrowed
   * by the search or the filters */
  scope = add_label (box, _("Every stay here in the dataset, whatever the filters show."), "dim-label");
  gtk_label_set_selectable (GTK_LABEL (scope), FALSE);

  columns = dlg_wrap_box_new ();
  g_object_set (columns, "min-column-width", 280, "spacing", 24, NULL);
  gtk_box_append (box, columns);
  for (guint s = 0; s < by_side->len; s++)
    {
      GPtrArray *stays = g_ptr_array_index (by_side, s);
      g_autoptr(DlgSide) side = NULL;
      g_autofree char *side_name = NULL;
      g_autofree char *heading = NULL;
      GtkWidget *column;

      if (stays->len == 0)
        continue;
      side = g_list_model_get_item (sides, s);
      side_name = dlg_text_isolate (dlg_side_get_name (side));
      /* Translators: a side's column on a place's page: its name and how many of its
       * delegations' stops were at the place, "India: 1 stay" */
      heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u stay", "%s: %u stays",
                                              stays->len), side_name, stays->len);
      column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      gtk_widget_add_css_class (column, "place-side");
      add_label (GTK_BOX (column), heading, "title-4");
      for (guint i = 0; i < stays->len && i < MAX_STAYS_SHOWN; i++)
        marked |= add_stay (self, GTK_BOX (column), g_ptr_array_index (stays, i), outer);
      if (stays->len > MAX_STAYS_SHOWN)
        {
          g_autofree char *more = NULL;

          /* Translators: under the stays of a side a place's page shows, "Showing 12 of 40
           * stays; the Destinations view lists them all" */
          more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "Showing %u of %u stay; the Destinations view lists them all",
                                               "Showing %u of %u stays; the Destinations view lists them all",
                                               stays->len), MAX_STAYS_SHOWN, stays->len);
          add_label (GTK_BOX (column), more, "dim-label");
        }
      dlg_wrap_box_append (DLG_WRAP_BOX (columns), column);
    }
  if (marked)
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
 * their sources (links to them in the details, self; plain numbers
 * without); TRUE when a line carries a mark */
static gboolean
add_background (DlgDetails  *self,
                GtkBox      *box,
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
      if (self != NULL)
        {
          const char * const *sources = dlg_record_get_sources (DLG_RECORD (event));
          g_autofree char *refs = dlg_source_numbers (dataset, sources);

          /* the line ends in its numbers: they become links */
          if (refs[0] != '\0' && g_str_has_suffix (line, refs))
            {
              line[strlen (line) - strlen (refs)] = '\0';
              add_cited_label (self, box, line, sources);
              continue;
            }
        }
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
          if (self != NULL)
            {
              g_autofree char *name_markup = g_markup_escape_text (name, -1);
              g_autofree char *text_markup = g_markup_escape_text (marked_text, -1);
              g_autofree char *refs_markup = dlg_details_source_refs_markup (dataset, sources);

              line = g_strdup_printf (_("Stated purpose of %s: %s%s"), name_markup, text_markup,
                                      refs_markup);
              set_link_markup (self, add_label (box, NULL, NULL), line);
              continue;
            }
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
  if (dataset != NULL && add_background (NULL, box, dataset, sides, G_N_ELEMENTS (sides)))
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
  if (leader != NULL)
    {
      /* the leader a link to the member's page */
      GListModel *people = dlg_delegation_get_members (delegation);

      for (guint i = 0; i < g_list_model_get_n_items (people); i++)
        {
          g_autoptr(DlgMember) m = g_list_model_get_item (people, i);
          g_autofree char *href = NULL;
          g_autofree char *link = NULL;

          if (m != leader)
            continue;
          href = item_link ("member", dlg_record_get_id (record), i);
          link = g_markup_printf_escaped ("<a href=\"%s\">%s</a>", href, leader_name);
          set_link_markup (self, gtk_grid_get_child_at (grid, 1, row - 1), link);
          break;
        }
    }
  add_field (grid, &row, _("Dates"), marked_dates);
  /* Translators: how many people the file lists for a delegation */
  add_field (grid, &row, _("Listed"), members);
  /* Translators: the delegation's size as announced */
  add_field (grid, &row, _("Announced"), announced);
  add_certainty (grid, &row, certainty);
  add_field (grid, &row, _("Route"), route_text[0] != '\0' ? route_text : NULL);
  add_notes (self, box, _("Notes"), dlg_record_get_notes (record));
  add_notes (self, box, _("Sources disagree"), dlg_record_get_disagreements (record));
  add_sources (self, box, dlg_record_get_sources (record),
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
  marked = add_background (self, box, dataset, sides, G_N_ELEMENTS (sides));
  add_notes (self, box, _("Notes"), dlg_record_get_notes (record));
  add_notes (self, box, _("Sources disagree"), dlg_record_get_disagreements (record));
  add_sources (self, box, dlg_record_get_sources (record), NULL);
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

/* No label of a page just shown has text selected: a selectable label
 * that takes the focus selects its whole text */
static void
unselect_labels (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_label_get_selectable (GTK_LABEL (widget)))
    gtk_label_select_region (GTK_LABEL (widget), 0, 0);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    unselect_labels (child);
}

/* Shows the history's item at, from its top.  When the focus was in the
 * page (a link followed), it goes to the new page's heading, with no text
 * selected; taken out of the page before the page goes (the focus would
 * otherwise walk down the labels being removed, and GTK 4.8 kept the
 * removed link as its focus) */
static void
display (DlgDetails *self,
         guint       at)
{
  gpointer record = g_ptr_array_index (self->history, at);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean in_page = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->content));
  GtkWidget *heading;

  if (in_page)
    gtk_root_set_focus (root, NULL);
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
  heading = gtk_widget_get_first_child (GTK_WIDGET (self->content));
  if (in_page && heading != NULL)
    gtk_widget_grab_focus (heading);
  unselect_labels (GTK_WIDGET (self->content));
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

/* The mouse's back and forward buttons (8 and 9 on X11 and Wayland) */
static void
mouse_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  DlgDetails      *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == 8)
    dlg_details_go_back (self);
  else if (button == 9)
    dlg_details_go_forward (self);
  else
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
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
  /* ::open-uri: a web link (a source's) is followed; the default handler
   * opens it in the browser, a handler returning TRUE instead (a test) */
  signals[OPEN_URI] =
    g_signal_new_class_handler ("open-uri", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                G_CALLBACK (dlg_details_real_open_uri),
                                g_signal_accumulator_true_handled, NULL, NULL,
                                G_TYPE_BOOLEAN, 1, G_TYPE_STRING);

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
  GtkGesture *mouse = gtk_gesture_click_new ();

  self->history = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* every button: the gesture picks 8 and 9 itself */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (mouse), 0);
  g_signal_connect_object (mouse, "pressed", G_CALLBACK (mouse_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (mouse));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  update_actions (self);
}
