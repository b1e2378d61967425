#define G_LOG_DOMAIN "dlg-details"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlg-details.h"
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

/* " [3, 17]": the sources' reference numbers */
static char *
reference_numbers (DlgDataset         *dataset,
                   const char * const *ids)
{
  GString *s;

  if (ids == NULL || ids[0] == NULL)
    return g_strdup ("");
  s = g_string_new (" [");
  for (guint i = 0; ids[i] != NULL; i++)
    {
      DlgSource *source = dlg_dataset_lookup_source (dataset, ids[i]);

      if (i > 0)
        /* Translators: between source numbers, "[5, 6, 17]" */
        g_string_append (s, _(", "));
      g_string_append_printf (s, "%u", source != NULL ? dlg_source_get_number (source) : 0);
    }
  g_string_append_c (s, ']');
  return g_string_free (s, FALSE);
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
      g_autofree char *refs = reference_numbers (dataset, dlg_note_get_sources (note));
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

static void
fill_member (DlgDetails *self,
             DlgMember  *member)
{
  GtkBox *box = self->content;
  DlgDataset *dataset = self->dataset;
  DlgRecord *record = DLG_RECORD (member);
  GtkGrid *grid;
  int row = 0;

  clear_box (box);
  add_label (box, dlg_member_get_name (member), "title-3");
  grid = add_grid (box);
  add_field (grid, &row, _("Side"), dlg_member_get_side_name (member));
  add_delegation_link (self, grid, &row, dlg_member_get_delegation_id (member),
                       dlg_member_get_delegation_label (member));
  add_field (grid, &row, _("Party"), dlg_member_get_party (member));
  add_field (grid, &row, _("Role"), dlg_member_get_role (member));
  add_field (grid, &row, _("Kind of role"),
             dlg_role_kind_to_label (dlg_member_get_role_kind (member)));
  add_field (grid, &row, _("Status"), dlg_member_status_to_label (dlg_member_get_status (member)));
  if (dlg_member_get_is_leader (member))
    add_field (grid, &row, _("Leads"), dlg_member_get_delegation_label (member));
  if (dlg_member_get_membership (member) == DLG_MEMBERSHIP_ACCOMPANYING)
    add_field (grid, &row, _("Membership"),
               dlg_membership_to_label (dlg_member_get_membership (member)));
  {
    g_autofree char *route = dlg_route_text (dlg_member_get_route (member));
    g_autofree char *missed = dlg_route_text (dlg_member_get_missed (member));

    /* Translators: the places this member went to with the delegation */
    add_field (grid, &row, dlg_member_has_legs (member) ? _("Own route") : _("Route"),
               route[0] != '\0' ? route : _("None recorded"));
    /* Translators: legs of the delegation's route this member did not attend */
    add_field (grid, &row, _("Missed"), missed);
  }
  add_notes (box, dataset, _("Notes"), dlg_record_get_notes (record));
  add_notes (box, dataset, _("Sources disagree"), dlg_record_get_disagreements (record));
  add_sources (box, dataset, dlg_record_get_sources (record), dlg_member_get_legs_sources (member));
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

  if (dlg_destination_get_coordinates (d, &lat, &lon))
    /* Translators: a place's latitude and longitude in the details, "48.86, 2.35" */
    coords = g_strdup_printf (_("%.2f, %.2f"), lat, lon);

  clear_box (box);
  add_label (box, title, "title-3");
  grid = add_grid (box);
  add_field (grid, &row, _("Country"), dlg_destination_get_country (d));
  add_field (grid, &row, _("Capital"), dlg_destination_get_capital (d));
  add_field (grid, &row, _("Cities visited"), cities);
  add_field (grid, &row, _("Delegation"), dlg_destination_get_delegation_label (d));
  add_field (grid, &row, _("Dates"), dates != NULL ? dates : _("Not known"));
  add_field (grid, &row, _("Dates as reported"), dlg_destination_get_dates_text (d));
  add_field (grid, &row, _("Status"), dlg_visit_status_to_label (dlg_destination_get_status (d)));
  add_field (grid, &row, _("UN Security Council"),
             dlg_unsc_to_label (dlg_destination_get_unsc (d)));
  add_field (grid, &row, _("Coordinates"), coords);
  add_notes (box, dataset, _("Notes"), dlg_record_get_notes (record));
  add_notes (box, dataset, _("Sources disagree"), dlg_record_get_disagreements (record));
  add_sources (box, dataset, dlg_record_get_sources (record),
               dlg_destination_get_dates_sources (d));
}

static char *
places_text (GPtrArray *places)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < places->len; i++)
    {
      DlgComparedPlace *p = g_ptr_array_index (places, i);

      g_autofree char *capital = dlg_text_isolate (p->capital);
      g_autofree char *country = dlg_text_isolate (p->country);

      if (i > 0)
        /* Translators: between places in a list, "London (United Kingdom) · Moscow (Russia)" */
        g_string_append (s, _(" · "));
      /* Translators: a place and its country in a list, "London (United Kingdom)" */
      g_string_append_printf (s, _("%s (%s)"), capital, country);
    }
  if (places->len == 0)
    g_string_append (s, _("None"));
  return g_string_free (s, FALSE);
}

static void
add_places (GtkBox     *box,
            const char *heading,
            GPtrArray  *places)
{
  /* Translators: a list's heading and how many places it holds, "Visited by both sides (4)" */
  g_autofree char *title = g_strdup_printf (_("%s (%u)"), heading, places->len);
  g_autofree char *text = places_text (places);

  add_label (box, title, "section-heading");
  add_label (box, text, NULL);
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
        g_string_append (text, _(", "));
      /* Translators: a party or kind of role and its count, "BJP 21" */
      g_string_append_printf (text, _("%s %u"), label, c->count);
    }
  g_string_append_printf (text, "\n%s ", _("By kind of role:"));
  for (guint k = 0; k < DLG_N_ROLE_KINDS; k++)
    {
      if (s->by_role_kind[k] == 0)
        continue;
      if (!first)
        g_string_append (text, _(", "));
      g_string_append_printf (text, _("%s %u"), dlg_role_kind_to_label (k), s->by_role_kind[k]);
      first = FALSE;
    }
  return g_string_free (text, FALSE);
}

void
dlg_details_show_comparison (GtkBox        *box,
                             DlgSide       *a,
                             DlgSide       *b,
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
  GtkWidget *columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);

  clear_box (box);
  add_places (box, _("Visited by both sides"), c->shared);
  add_places (box, only_a, c->only_a);
  add_places (box, only_b, c->only_b);
  if (c->planned_not_visited_a->len > 0)
    add_places (box, pnv_a, c->planned_not_visited_a);
  if (c->planned_not_visited_b->len > 0)
    add_places (box, pnv_b, c->planned_not_visited_b);

  gtk_box_set_homogeneous (GTK_BOX (columns), TRUE);
  gtk_box_append (box, columns);
  for (DlgSide *side = a; side != NULL; side = side == a ? b : NULL)
    {
      const DlgSideSummary *s = dlg_side_get_summary (side);
      g_autofree char *name = dlg_text_isolate (dlg_side_get_name (side));
      g_autofree char *size = dlg_side_summary_size (s);
      /* Translators: a side in the comparison's numbers: its name and size, then how many
       * UN Security Council members it visited, "India: 63 members in 7 delegations; UN
       * Security Council members visited: 12" */
      g_autofree char *heading = g_strdup_printf (_("%s: %s; UN Security Council members visited: %u"),
                                                  name, size, s->n_unsc_visited);
      g_autofree char *text = counts_text (s);
      GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

      add_label (GTK_BOX (column), heading, "section-heading");
      add_label (GTK_BOX (column), text, NULL);
      /* in a horizontal box: see dlg-width-bin.h */
      gtk_box_append (GTK_BOX (columns), dlg_width_bin_new (column));
    }
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

  for (guint i = 0; i < g_list_model_get_n_items (stops); i++)
    g_ptr_array_add (route, g_list_model_get_item (stops, i));
  route_text = dlg_route_text (route);
  members = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", n), n);
  if (a != NULL && a->members >= 0)
    announced = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d member", "%d members",
                                              (gulong) a->members), a->members);

  clear_box (box);
  add_label (box, dlg_delegation_get_label (delegation), "title-3");
  grid = add_grid (box);
  add_field (grid, &row, _("Leader"), leader != NULL ? dlg_member_get_name (leader) : NULL);
  add_field (grid, &row, _("Dates"), dates);
  /* Translators: how many people the file lists for a delegation */
  add_field (grid, &row, _("Listed"), members);
  /* Translators: the delegation's size as announced */
  add_field (grid, &row, _("Announced"), announced);
  add_field (grid, &row, _("Route"), route_text[0] != '\0' ? route_text : NULL);
  add_notes (box, dataset, _("Notes"), dlg_record_get_notes (record));
  add_notes (box, dataset, _("Sources disagree"), dlg_record_get_disagreements (record));
  add_sources (box, dataset, dlg_record_get_sources (record),
               a != NULL ? (const char * const *) a->sources : NULL);
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
