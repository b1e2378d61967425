/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-side-pane"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlg-destination-tile.h"
#include "dlg-leader-tile.h"
#include "dlg-marks.h"
#include "dlg-member-list.h"
#include "dlg-sets.h"
#include "dlg-style.h"
#include "dlg-side-pane.h"

/* How much of a side's name the drop-down choosing a pane's side shows */
#define SIDE_CHOICE_CHARS 40

struct _DlgSidePane
{
  GtkWidget parent_instance;

  /* template */
  GtkWidget *box;
  GtkLabel *heading;
  GtkWidget *about_button;
  GtkDropDown *side_dropdown;
  GtkLabel *summary_label;
  GtkLabel *count_label;
  GtkLabel *legend_label;
  GtkStack *stack;
  GtkStack *members_stack;
  GtkColumnView *column_view;
  GtkListView *leaders_view;
  GtkListView *destinations_view;

  GtkColumnViewColumn *columns[DLG_N_MEMBER_FIELDS];
  DlgMemberList *member_list;
  /* the member the table's selection is on, kept while its rows change */
  DlgMember *selected_member;
  gboolean rows_changing;
  GtkSingleSelection *selection;
  GtkSingleSelection *destination_selection;
  GtkNoSelection *leaders_selection;

  DlgDataset *dataset;
  DlgSide *side;
  GHashTable *shared_keys;
  /* what the window's filter leaves: destinations reached and the ids of
   * delegations with a member shown (NULL: all) */
  GHashTable *reached;
  GHashTable *delegations;
  GtkCustomFilter *leaders_filter;
  GtkCustomFilter *destinations_filter;
  /* the folded search, for saying how a member matched */
  char *search;
  /* the leaders' and destinations' lists wait to be shown to follow the
   * filters' last change */
  gboolean leaders_stale;
  gboolean destinations_stale;
  /* the column sorted by last, -1 for none */
  int sort_field;
};

G_DEFINE_FINAL_TYPE (DlgSidePane, dlg_side_pane, GTK_TYPE_WIDGET)

enum {
  MEMBER_SELECTED,
  DESTINATION_SELECTED,
  SORT_CHANGED,
  SIDE_CHOSEN,
  SIDE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* --- sorting --- */

/* On GTK 4.8 the column view's sorter cannot tell which column it sorts
 * by.  To find out, it compares two probe members once while the column
 * sorters note which of them is asked first. */
static int probe_first_field = -1;
static gboolean probing;

static int
compare_members (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  DlgMemberField field = GPOINTER_TO_INT (user_data);
  int r;

  if (probing && probe_first_field < 0)
    probe_first_field = field;

  r = strcmp (dlg_member_get_sort_key ((DlgMember *) a, field),
              dlg_member_get_sort_key ((DlgMember *) b, field));
  return r < 0 ? -1 : r > 0;
}

static GListModel *
probe_members (void)
{
  static GListModel *members;

  if (members == NULL)
    {
      static const char json[] =
        "{\"format\":\"delegations\",\"version\":\"1.0\",\"title\":\"probe\",\"sides\":["
        "{\"id\":\"s\",\"name\":\"s\",\"delegations\":["
        "{\"id\":\"d1\",\"label\":\"a\",\"destinations\":[],\"members\":[{\"id\":\"m1\","
        "\"name\":\"a\",\"party\":\"a\",\"role\":\"a\",\"status\":\"travelled\"}]},"
        "{\"id\":\"d2\",\"label\":\"b\",\"destinations\":[],\"members\":[{\"id\":\"m2\","
        "\"name\":\"b\",\"party\":\"b\",\"role\":\"b\",\"status\":\"withdrew\"}]}]},"
        "{\"id\":\"t\",\"name\":\"t\",\"delegations\":[]}]}";
      g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
      g_autoptr(DlgDataset) dataset = dlg_dataset_load_bytes (bytes, "probe", NULL);
      g_autoptr(DlgSide) side = g_list_model_get_item (dlg_dataset_get_sides (dataset), 0);

      members = g_object_ref (dlg_side_get_members (side));
    }
  return members;
}

gboolean
dlg_side_pane_get_sort (DlgSidePane *self,
                        int         *field,
                        gboolean    *descending)
{
  GtkSorter *sorter;

  g_return_val_if_fail (DLG_IS_SIDE_PANE (self), FALSE);

  *field = -1;
  *descending = FALSE;
  sorter = gtk_column_view_get_sorter (self->column_view);

  {
    GListModel *probe = probe_members ();
    g_autoptr(DlgMember) a = g_list_model_get_item (probe, 0);
    g_autoptr(DlgMember) b = g_list_model_get_item (probe, 1);
    GtkOrdering order;

    probing = TRUE;
    probe_first_field = -1;
    order = gtk_sorter_compare (sorter, a, b);
    probing = FALSE;

    if (probe_first_field >= 0 && order != GTK_ORDERING_EQUAL)
      {
        int natural = compare_members (a, b, GINT_TO_POINTER (probe_first_field));

        *field = probe_first_field;
        *descending = (order < 0) != (natural < 0);
      }
  }
  return *field >= 0;
}

void
dlg_side_pane_set_sort (DlgSidePane *self,
                        int          field,
                        gboolean     descending)
{
  int current;
  gboolean current_descending;

  g_return_if_fail (DLG_IS_SIDE_PANE (self));
  g_return_if_fail (field < (int) DLG_N_MEMBER_FIELDS);

  dlg_side_pane_get_sort (self, &current, &current_descending);
  if (current == field && (field < 0 || current_descending == descending))
    return;

  gtk_column_view_sort_by_column (self->column_view,
                                  field >= 0 ? self->columns[field] : NULL,
                                  descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
}

static void
sorter_changed_cb (DlgSidePane *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);
  int field;
  gboolean descending;

  /* GTK 4.8 does not tell the column sorted by before that it no longer
   * is (4.10 does), so its arrow stays: when the column changes, take
   * every other column out of the sorter and back, which redraws its
   * header.  The list is detached meanwhile: one sort, not one a column. */
  if (dlg_side_pane_get_sort (self, &field, &descending) && self->sort_field >= 0 &&
      field != self->sort_field)
    {
      g_signal_handlers_block_by_func (sorter, sorter_changed_cb, self);
      for (guint i = 0; i < DLG_N_MEMBER_FIELDS; i++)
        {
          g_autoptr(GtkSorter) own = NULL;

          if ((int) i == field)
            continue;
          own = g_object_ref (gtk_column_view_column_get_sorter (self->columns[i]));
          gtk_column_view_column_set_sorter (self->columns[i], NULL);
          gtk_column_view_column_set_sorter (self->columns[i], own);
        }
      g_signal_handlers_unblock_by_func (sorter, sorter_changed_cb, self);
    }
  self->sort_field = field;
  if (self->member_list != NULL)
    dlg_member_list_set_sort (self->member_list, field, descending);
  g_signal_emit (self, signals[SORT_CHANGED], 0);
}

/* --- member cells --- */

/* The columns and their factories are declared in dlg-side-pane.ui; the
 * cells are made and filled here, by the factories' signal handlers: as
 * GtkBuilderListItemFactory templates (their texts bound to the rows'
 * properties) a keystroke that rebuilt the rows took 10-20 % longer, and
 * one that emptied the table went over 100 ms at 100 000 members
 * (docs/DESIGN.md). */

/* The member a table row shows now (NULL while the row is unbound) */
static DlgMemberRow *
item_row (GtkListItem *item)
{
  return gtk_list_item_get_item (item);
}

/* The full text of an ellipsized cell, asked for only on hover:
 * gtk_widget_set_tooltip_text() in bind costs an X round trip per cell
 * on GTK 4.8 (about 0.1 ms each, seconds per search on big lists). */
static gboolean
cell_query_tooltip_cb (GtkWidget  *label,
                       int         x,
                       int         y,
                       gboolean    keyboard,
                       GtkTooltip *tooltip,
                       gpointer    user_data)
{
  const char *text = gtk_label_get_text (GTK_LABEL (label));

  if (text[0] == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* The name cell's tooltip: the name, and how sure it is in words when it
 * carries a mark */
static gboolean
name_query_tooltip_cb (GtkWidget  *label,
                       int         x,
                       int         y,
                       gboolean    keyboard,
                       GtkTooltip *tooltip,
                       gpointer    user_data)
{
  const char *text = gtk_label_get_text (GTK_LABEL (label));
  const char *words = dlg_mark_words (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label),
                                                                          "dlg-certainty")));
  g_autofree char *both = NULL;

  if (text[0] == '\0')
    return FALSE;
  if (words != NULL)
    /* Translators: a name in the member table and how sure it is, "Beta Single †\nSingle
     * source" */
    both = g_strdup_printf (_("%s\n%s"), text, words);
  gtk_tooltip_set_text (tooltip, both != NULL ? both : text);
  return TRUE;
}

/* The status cell's tooltip: the status, and the stops a source says the
 * member missed and those no source places them at or away from */
static gboolean
status_query_tooltip_cb (GtkWidget  *label,
                         int         x,
                         int         y,
                         gboolean    keyboard,
                         GtkTooltip *tooltip,
                         gpointer    user_data)
{
  DlgMember *member = g_object_get_data (G_OBJECT (label), "dlg-member");
  g_autoptr(GString) text = NULL;

  if (member == NULL)
    return FALSE;
  text = g_string_new (gtk_label_get_text (GTK_LABEL (label)));
  if (dlg_member_get_status (member) == DLG_MEMBER_STATUS_TRAVELLED)
    {
      GPtrArray *missed = dlg_member_get_missed (member);
      GPtrArray *not_known = dlg_member_get_not_known (member);

      if (missed->len > 0)
        {
          g_autofree char *stops = dlg_route_text (missed);

          g_string_append_c (text, '\n');
          /* Translators: in the tooltip of a member's status, the stops a source says they
           * missed, "Missed: Riyadh → Algiers" */
          g_string_append_printf (text, _("Missed: %s"), stops);
        }
      if (not_known->len > 0)
        {
          g_autofree char *stops = dlg_route_text (not_known);

          g_string_append_c (text, '\n');
          /* Translators: in the tooltip of a member's status, the stops of their delegation's
           * route no source places them at or away from (never "missed") */
          g_string_append_printf (text, _("Not known: %s"), stops);
        }
    }
  gtk_tooltip_set_text (tooltip, text->str);
  return TRUE;
}

/* A cell wraps to three lines at most, then ends in an ellipsis; its
 * tooltip has the whole text ("nothing important is cut") */
static GtkWidget *
cell_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  dlg_label_set_wrapping (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect_object (label, "query-tooltip", G_CALLBACK (cell_query_tooltip_cb), label, 0);
  return label;
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               DlgSidePane              *self)
{
  gtk_list_item_set_child (item, cell_label ());
}

static void
setup_status_cell_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      DlgSidePane              *self)
{
  GtkWidget *label = cell_label ();

  g_signal_handlers_disconnect_by_func (label, cell_query_tooltip_cb, label);
  g_signal_connect_object (label, "query-tooltip", G_CALLBACK (status_query_tooltip_cb), label, 0);
  gtk_list_item_set_child (item, label);
}

/* The name cell: the name, and under it how a search matched the member
 * when it was through a stop of their route (the row's "match") */
static void
setup_name_cell_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    DlgSidePane              *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = cell_label ();
  GtkWidget *match = gtk_label_new (NULL);

  /* names wrap, never cut: a leader's name is read whole at any width */
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_NONE);
  /* the name's tooltip says its certainty in words too */
  g_signal_handlers_disconnect_by_func (name, cell_query_tooltip_cb, name);
  g_signal_connect_object (name, "query-tooltip", G_CALLBACK (name_query_tooltip_cb), name, 0);
  dlg_label_set_wrapping (GTK_LABEL (name), PANGO_WRAP_WORD);
  gtk_box_append (GTK_BOX (box), name);
  gtk_label_set_xalign (GTK_LABEL (match), 0);
  /* wraps, never cut: its last words may be "not visited" */
  dlg_label_set_wrapping (GTK_LABEL (match), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (match, "match-line");
  gtk_widget_set_visible (match, FALSE);
  gtk_box_append (GTK_BOX (box), match);
  /* in the middle of the row, as the other cells: a row is taller than a
   * name when another cell wraps or its script is (Urdu's Nastaliq) */
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_list_item_set_child (item, box);
}

static void
show_match (GtkListItem *item)
{
  GtkWidget *match = gtk_widget_get_last_child (gtk_list_item_get_child (item));
  g_autofree char *text = dlg_member_row_dup_match (item_row (item));

  gtk_label_set_text (GTK_LABEL (match), text != NULL ? text : "");
  gtk_widget_set_visible (match, text != NULL);
}

static void
show_cell (GtkListItem    *item,
           DlgMemberField  field)
{
  DlgMember *member = dlg_member_row_get_member (item_row (item));
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *cut = NULL;
  const char *text = dlg_text_shown (dlg_member_get_field_text (member, field), &cut);

  if (field == DLG_MEMBER_FIELD_NAME)
    label = gtk_widget_get_first_child (label);

  /* Dataset text is shown literally, never as markup. */
  if (field == DLG_MEMBER_FIELD_STATUS)
    {
      /* who did not travel looks different: a mark and the words, never
       * colour alone */
      DlgMemberStatus status = dlg_member_get_status (member);
      g_autofree char *words = dlg_member_dup_status_text (member);
      g_autofree char *marked =
        g_strdup_printf ("%s %s", status == DLG_MEMBER_STATUS_TRAVELLED ? "✓"
                                  : status == DLG_MEMBER_STATUS_UNCONFIRMED ? "?" : "✗",
                         words);

      gtk_label_set_text (GTK_LABEL (label), marked);
      g_object_set_data_full (G_OBJECT (label), "dlg-member", g_object_ref (member),
                              g_object_unref);
      if (status == DLG_MEMBER_STATUS_TRAVELLED)
        gtk_widget_remove_css_class (label, "not-travelled");
      else
        gtk_widget_add_css_class (label, "not-travelled");
    }
  else if (field == DLG_MEMBER_FIELD_NAME)
    {
      /* a name no two sources confirm carries its mark; its words in the
       * tooltip and for screen readers */
      DlgCertainty certainty = dlg_record_get_certainty (DLG_RECORD (member));
      g_autofree char *marked = certainty != DLG_CERTAINTY_CONFIRMED
                                ? dlg_mark_dataset_text (dlg_member_get_name (member), certainty)
                                : NULL;

      gtk_label_set_text (GTK_LABEL (label), marked != NULL ? marked : text);
      if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label), "dlg-certainty")) != (int) certainty)
        {
          g_object_set_data (G_OBJECT (label), "dlg-certainty", GINT_TO_POINTER (certainty));
          dlg_mark_describe (label, certainty);
        }
    }
  else
    gtk_label_set_text (GTK_LABEL (label), text);
  if (field == DLG_MEMBER_FIELD_NAME && dlg_member_get_is_leader (member))
    gtk_widget_add_css_class (label, "leader-name");
  else
    gtk_widget_remove_css_class (label, "leader-name");
}

/* A row keeps its cells while the member it shows changes: the cells
 * follow it, and the name's match line the search */
static void
row_member_changed_cb (GtkListItem *item,
                       GParamSpec  *pspec,
                       DlgMemberRow *row)
{
  show_cell (item, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (item), "dlg-field")));
}

static void
row_match_changed_cb (GtkListItem  *item,
                      GParamSpec   *pspec,
                      DlgMemberRow *row)
{
  show_match (item);
}

static void
bind_field (GtkListItem    *item,
            DlgMemberField  field)
{
  g_object_set_data (G_OBJECT (item), "dlg-field", GINT_TO_POINTER (field));
  show_cell (item, field);
  g_signal_connect_object (item_row (item), "notify::member", G_CALLBACK (row_member_changed_cb),
                           item, G_CONNECT_SWAPPED);
  if (field == DLG_MEMBER_FIELD_NAME)
    {
      show_match (item);
      g_signal_connect_object (item_row (item), "notify::match",
                               G_CALLBACK (row_match_changed_cb), item, G_CONNECT_SWAPPED);
    }
}

/* One handler a column: the factory tells a bind handler nothing else */
static void
bind_name_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              DlgSidePane              *self)
{
  bind_field (item, DLG_MEMBER_FIELD_NAME);
}

static void
bind_party_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               DlgSidePane              *self)
{
  bind_field (item, DLG_MEMBER_FIELD_PARTY);
}

static void
bind_role_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              DlgSidePane              *self)
{
  bind_field (item, DLG_MEMBER_FIELD_ROLE);
}

static void
bind_delegation_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    DlgSidePane              *self)
{
  bind_field (item, DLG_MEMBER_FIELD_DELEGATION);
}

static void
bind_status_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                DlgSidePane              *self)
{
  bind_field (item, DLG_MEMBER_FIELD_STATUS);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                DlgSidePane              *self)
{
  g_signal_handlers_disconnect_by_data (item_row (item), item);
}

/* The columns' sorters: see --- sorting --- */
static void
add_sorters (DlgSidePane *self)
{
  for (guint i = 0; i < DLG_N_MEMBER_FIELDS; i++)
    {
      g_autoptr(GtkSorter) sorter =
        GTK_SORTER (gtk_custom_sorter_new (compare_members, GINT_TO_POINTER (i), NULL));

      gtk_column_view_column_set_sorter (self->columns[i], sorter);
    }
}

/* --- counts --- */

static void
update_counts (DlgSidePane *self)
{
  guint shown = dlg_side_pane_get_n_shown (self);
  guint total = dlg_side_pane_get_n_total (self);
  g_autofree char *text = NULL;

  /* Translators: keep this exact shape; tests and screen reader users rely on it.  People:
   * the table lists members and the officials accompanying them */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Showing %u of %u person",
                                       "Showing %u of %u people", total),
                          shown, total);
  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->members_stack,
                                    shown == 0 && total > 0 ? "empty" : "table");
}

/* --- selection --- */

static void
member_selection_cb (DlgSidePane *self)
{
  DlgMemberRow *row = gtk_single_selection_get_selected_item (self->selection);
  DlgMember *member = row != NULL ? dlg_member_row_get_member (row) : NULL;

  /* the rows are changing: the member selected is found again after */
  if (self->rows_changing)
    return;
  if (member == self->selected_member)
    return;
  g_set_object (&self->selected_member, member);
  if (member != NULL)
    g_signal_emit (self, signals[MEMBER_SELECTED], 0, member);
}

static void
rows_changing_cb (DlgSidePane *self)
{
  self->rows_changing = TRUE;
}

/* After a filter or an order: the member selected stays selected where
 * it is now, or nothing is when it is no longer shown. */
static void
rows_changed_cb (DlgSidePane *self)
{
  guint position = self->selected_member != NULL ?
                   dlg_member_list_find (self->member_list, self->selected_member) :
                   GTK_INVALID_LIST_POSITION;

  self->rows_changing = FALSE;
  if (position == GTK_INVALID_LIST_POSITION)
    g_clear_object (&self->selected_member);
  gtk_single_selection_set_selected (self->selection, position);
  update_counts (self);
}

static void
destination_selection_cb (DlgSidePane *self)
{
  DlgDestinationRow *row = gtk_single_selection_get_selected_item (self->destination_selection);

  if (row != NULL)
    g_signal_emit (self, signals[DESTINATION_SELECTED], 0,
                   dlg_destination_row_get_destination (row));
}

/* Activating a leader card (click, Enter) shows the leader's details
 * (the list's "activate", in the template). */
static void
leader_activated_cb (GtkListView *view,
                     guint        position,
                     DlgSidePane *self)
{
  g_autoptr(DlgDelegation) d =
    g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (view)), position);
  DlgMember *leader = d != NULL ? dlg_delegation_get_leader (d) : NULL;

  if (leader != NULL)
    g_signal_emit (self, signals[MEMBER_SELECTED], 0, leader);
}

/* The side's About button: the window shows the side in the details */
static void
about_clicked_cb (DlgSidePane *self)
{
  if (self->side != NULL)
    g_signal_emit (self, signals[SIDE_ACTIVATED], 0, self->side);
}

static void
side_dropdown_cb (DlgSidePane *self)
{
  g_signal_emit (self, signals[SIDE_CHOSEN], 0, gtk_drop_down_get_selected (self->side_dropdown));
}

/* --- the destinations --- */

/* user_data: the places both sides visited (keys), or NULL */
static gpointer
destination_row (gpointer item,
                 gpointer user_data)
{
  GHashTable *shared_keys = user_data;
  DlgDestination *destination = item;
  gboolean shared = shared_keys != NULL &&
                    g_hash_table_contains (shared_keys, dlg_destination_get_key (destination));
  DlgDestinationRow *row = dlg_destination_row_new (destination, shared);

  g_object_unref (destination);
  return row;
}

/* --- the member list --- */

/* Each side gets its own member list (sorted, filtered) and a selection
 * over it. */
static void
set_members (DlgSidePane *self,
             GListModel  *members,
             GtkFilter   *filter)
{
  DlgMemberList *member_list = dlg_member_list_new (members, filter);
  int field;
  gboolean descending;

  if (dlg_side_pane_get_sort (self, &field, &descending))
    dlg_member_list_set_sort (member_list, field, descending);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->member_list != NULL)
    g_signal_handlers_disconnect_by_data (self->member_list, self);
  g_clear_object (&self->member_list);
  g_clear_object (&self->selected_member);
  g_clear_object (&self->selection);

  self->member_list = member_list;
  self->rows_changing = FALSE;
  /* in this order: the selection is put aside, the rows follow, the
   * selection comes back */
  g_signal_connect_object (member_list, "items-changed", G_CALLBACK (rows_changing_cb), self,
                           G_CONNECT_SWAPPED);
  {
    DlgMemberRows *rows = dlg_member_rows_new (G_LIST_MODEL (member_list));

    dlg_member_rows_set_search (rows, self->search);
    self->selection = gtk_single_selection_new (G_LIST_MODEL (rows));
  }
  g_signal_connect_object (member_list, "items-changed", G_CALLBACK (rows_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (member_selection_cb), self, G_CONNECT_SWAPPED);
}

GPtrArray *
dlg_side_pane_collect_shown (DlgSidePane *self)
{
  GPtrArray *shown;
  guint n;

  g_return_val_if_fail (DLG_IS_SIDE_PANE (self), NULL);

  shown = g_ptr_array_new_with_free_func (g_object_unref);
  if (self->member_list == NULL)
    return shown;
  dlg_member_list_flush (self->member_list);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->member_list));
  g_ptr_array_set_size (shown, 0);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (shown, g_list_model_get_item (G_LIST_MODEL (self->member_list), i));
  return shown;
}

/* The leaders' and destinations' lists follow the filters while they are
 * shown: each change tore down and built the rows of every list, seen or
 * not. */
static void
follow_shown (DlgSidePane *self)
{
  const char *view = gtk_stack_get_visible_child_name (self->stack);
  gboolean mapped = gtk_widget_get_mapped (GTK_WIDGET (self));
  GtkSelectionModel *members = GTK_SELECTION_MODEL (self->selection);
  GtkSelectionModel *leaders = GTK_SELECTION_MODEL (self->leaders_selection);
  GtkSelectionModel *destinations = GTK_SELECTION_MODEL (self->destination_selection);

  /* A list gets its model when it is shown: GTK 4.8 builds a list's first
   * rows (up to 200) as soon as it has a model, shown or not.  Opening
   * 100 000 members while the Overview shows, the six lists of the two
   * panes made 40 % of the main loop's longest stall.  A hidden list
   * keeps its model if it is the current one, and lets go of an old
   * dataset's. */
  if (gtk_column_view_get_model (self->column_view) != members)
    gtk_column_view_set_model (self->column_view,
                               mapped && g_strcmp0 (view, "members") == 0 ? members : NULL);
  if (gtk_list_view_get_model (self->leaders_view) != leaders)
    gtk_list_view_set_model (self->leaders_view,
                             mapped && g_strcmp0 (view, "leaders") == 0 ? leaders : NULL);
  if (gtk_list_view_get_model (self->destinations_view) != destinations)
    gtk_list_view_set_model (self->destinations_view,
                             mapped && g_strcmp0 (view, "destinations") == 0 ? destinations : NULL);

  if (self->leaders_stale && g_strcmp0 (view, "leaders") == 0)
    {
      self->leaders_stale = FALSE;
      gtk_filter_changed (GTK_FILTER (self->leaders_filter), GTK_FILTER_CHANGE_DIFFERENT);
    }
  if (self->destinations_stale && g_strcmp0 (view, "destinations") == 0)
    {
      self->destinations_stale = FALSE;
      gtk_filter_changed (GTK_FILTER (self->destinations_filter), GTK_FILTER_CHANGE_DIFFERENT);
    }
}

/* --- public --- */

/* The tables and lists are named after the side they show. */
static void
name_lists (DlgSidePane *self,
            const char  *side_name)
{
  g_autofree char *side = dlg_text_isolate (side_name);
  /* Translators: accessible names of a pane's table and lists; %s is a side, "India" */
  g_autofree char *members = g_strdup_printf (_("Members of %s"), side);
  g_autofree char *leaders = g_strdup_printf (_("Leaders of %s"), side);
  g_autofree char *destinations = g_strdup_printf (_("Destinations of %s"), side);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, members, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->leaders_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, leaders, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->destinations_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, destinations, -1);
  {
    /* Translators: the accessible name of a side's About button, "About India" */
    g_autofree char *about = g_strdup_printf (_("About %s"), side);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->about_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, about, -1);
  }
}

void
dlg_side_pane_set_side (DlgSidePane *self,
                        DlgDataset  *dataset,
                        DlgSide     *side,
                        GtkFilter   *filter,
                        GHashTable  *shared_keys)
{
  const DlgSideSummary *summary;
  g_autofree char *summary_text = NULL;
  g_autofree char *name_cut = NULL;
  g_autoptr(GtkStringList) names = NULL;
  GListModel *members;
  GListModel *sides;
  guint n_sides;
  gboolean new_dataset;

  g_return_if_fail (DLG_IS_SIDE_PANE (self));
  g_return_if_fail (DLG_IS_DATASET (dataset));
  g_return_if_fail (DLG_IS_SIDE (side));

  new_dataset = self->dataset != dataset;
  g_set_object (&self->dataset, dataset);
  g_set_object (&self->side, side);
  g_clear_pointer (&self->shared_keys, g_hash_table_unref);
  if (shared_keys != NULL)
    self->shared_keys = g_hash_table_ref (shared_keys);

  gtk_label_set_text (self->heading, dlg_text_shown (dlg_side_get_name (side), &name_cut));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->heading),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_text (self->heading),
                                  -1);
  name_lists (self, dlg_side_get_name (side));

  summary = dlg_side_get_summary (side);
  {
    g_auto(GStrv) counts = dlg_side_describe_counts (side, TRUE);
    g_autofree char *count_lines = g_strjoinv ("\n", counts);

    /* Translators: the summary under each side's name; the second part is
     * "Announced: … Recorded: …", one line each for the side and its delegations */
    summary_text = g_strdup_printf (_("Delegations: %u · Places planned or visited: %u · "
                                      "UN Security Council members visited: %u\n%s"),
                                    summary->n_delegations, summary->n_destinations,
                                    summary->n_unsc_visited, count_lines);
  }
  gtk_label_set_text (self->summary_label, summary_text);

  members = dlg_side_get_members (side);
  set_members (self, members, filter);
  gtk_widget_set_visible (GTK_WIDGET (self->legend_label), dlg_mark_side_has_marks (side));

  {
    GtkFilterListModel *shown =
      gtk_filter_list_model_new (g_object_ref (dlg_side_get_destinations (side)),
                                 g_object_ref (GTK_FILTER (self->destinations_filter)));
    /* each destination with whether both sides compared went there */
    GtkMapListModel *rows =
      gtk_map_list_model_new (G_LIST_MODEL (shown), destination_row,
                              self->shared_keys != NULL ? g_hash_table_ref (self->shared_keys)
                                                        : NULL,
                              self->shared_keys != NULL ? (GDestroyNotify) g_hash_table_unref
                                                        : NULL);
    g_autoptr(GtkSingleSelection) dest_selection = gtk_single_selection_new (G_LIST_MODEL (rows));

    gtk_single_selection_set_autoselect (dest_selection, FALSE);
    gtk_single_selection_set_can_unselect (dest_selection, TRUE);
    gtk_single_selection_set_selected (dest_selection, GTK_INVALID_LIST_POSITION);
    if (self->destination_selection != NULL)
      g_signal_handlers_disconnect_by_data (self->destination_selection, self);
    g_set_object (&self->destination_selection, dest_selection);
    g_signal_connect_object (dest_selection, "notify::selected",
                             G_CALLBACK (destination_selection_cb), self, G_CONNECT_SWAPPED);
  }

  g_clear_object (&self->leaders_selection);
  self->leaders_selection =
    gtk_no_selection_new (G_LIST_MODEL (
      gtk_filter_list_model_new (g_object_ref (dlg_side_get_delegations (side)),
                                 g_object_ref (GTK_FILTER (self->leaders_filter)))));
  follow_shown (self);

  /* The drop-down's list changes only with the dataset: replacing the
   * model of a drop-down from inside its own "notify::selected" re-enters
   * the handler (with three sides that looped for ever). */
  if (new_dataset)
    {
      sides = dlg_dataset_get_sides (dataset);
      n_sides = g_list_model_get_n_items (sides);
      names = gtk_string_list_new (NULL);
      for (guint i = 0; i < n_sides; i++)
        {
          g_autoptr(DlgSide) s = g_list_model_get_item (sides, i);
          /* cut short: a drop-down's button is as wide as its longest
           * item (a name of 286 words made the window 14 730 pixels
           * wide); the pane's heading says the whole name */
          g_autofree char *cut = dlg_text_cut (dlg_side_get_name (s), SIDE_CHOICE_CHARS);

          gtk_string_list_append (names, cut);
        }
      g_signal_handlers_block_by_func (self->side_dropdown, side_dropdown_cb, self);
      gtk_drop_down_set_model (self->side_dropdown, G_LIST_MODEL (names));
      g_signal_handlers_unblock_by_func (self->side_dropdown, side_dropdown_cb, self);
      gtk_widget_set_visible (GTK_WIDGET (self->side_dropdown), n_sides > 2);
    }

  update_counts (self);
}

void
dlg_side_pane_set_side_index (DlgSidePane *self,
                              guint        index)
{
  g_return_if_fail (DLG_IS_SIDE_PANE (self));

  if (gtk_drop_down_get_selected (self->side_dropdown) == index)
    return;
  g_signal_handlers_block_by_func (self->side_dropdown, side_dropdown_cb, self);
  gtk_drop_down_set_selected (self->side_dropdown, index);
  g_signal_handlers_unblock_by_func (self->side_dropdown, side_dropdown_cb, self);
}

DlgSide *
dlg_side_pane_get_side (DlgSidePane *self)
{
  g_return_val_if_fail (DLG_IS_SIDE_PANE (self), NULL);
  return self->side;
}

guint
dlg_side_pane_get_n_shown (DlgSidePane *self)
{
  g_return_val_if_fail (DLG_IS_SIDE_PANE (self), 0);
  return self->member_list != NULL ?
         g_list_model_get_n_items (G_LIST_MODEL (self->member_list)) : 0;
}

guint
dlg_side_pane_get_n_total (DlgSidePane *self)
{
  g_return_val_if_fail (DLG_IS_SIDE_PANE (self), 0);
  return self->side != NULL ? g_list_model_get_n_items (dlg_side_get_members (self->side)) : 0;
}

GListModel *
dlg_side_pane_get_shown (DlgSidePane *self)
{
  g_return_val_if_fail (DLG_IS_SIDE_PANE (self), NULL);
  return G_LIST_MODEL (self->member_list);
}

void
dlg_side_pane_set_compact (DlgSidePane *self,
                           gboolean     compact)
{
  g_return_if_fail (DLG_IS_SIDE_PANE (self));

  /* a narrow window: name, party and status; the role and delegation are
   * in the details */
  gtk_column_view_column_set_visible (self->columns[DLG_MEMBER_FIELD_ROLE], !compact);
  gtk_column_view_column_set_visible (self->columns[DLG_MEMBER_FIELD_DELEGATION], !compact);
  /* the legend on one line, its tooltip whole: at 360 pixels a long
   * summary above took the height, and a legend of three lines made the
   * pane ask for a wider window than it had (cut at both sides) */
  gtk_label_set_ellipsize (self->legend_label, compact ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
}

void
dlg_side_pane_set_view (DlgSidePane *self,
                        const char  *view)
{
  g_return_if_fail (DLG_IS_SIDE_PANE (self));
  gtk_stack_set_visible_child_name (self->stack, view);
  follow_shown (self);
}

const char *
dlg_side_pane_get_view (DlgSidePane *self)
{
  g_return_val_if_fail (DLG_IS_SIDE_PANE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

void
dlg_side_pane_set_search (DlgSidePane *self,
                          const char  *folded_term)
{
  g_return_if_fail (DLG_IS_SIDE_PANE (self));

  if (g_strcmp0 (self->search, folded_term) == 0)
    return;
  g_free (self->search);
  self->search = g_strdup (folded_term);
  /* the name cells say how their member matched */
  if (self->selection != NULL)
    dlg_member_rows_set_search (DLG_MEMBER_ROWS (gtk_single_selection_get_model (self->selection)),
                                self->search);
}

void
dlg_side_pane_set_shown (DlgSidePane *self,
                         GHashTable  *reached,
                         GHashTable  *delegations)
{
  g_return_if_fail (DLG_IS_SIDE_PANE (self));

  dlg_replace_set (&self->reached, reached);
  dlg_replace_set (&self->delegations, delegations);
  self->leaders_stale = self->destinations_stale = TRUE;
  follow_shown (self);
}

static gboolean
leader_shown (gpointer item,
              gpointer user_data)
{
  DlgSidePane *self = user_data;
  const char *id = dlg_record_get_id (item);

  return self->delegations == NULL || (id != NULL && g_hash_table_contains (self->delegations, id));
}

static gboolean
destination_shown (gpointer item,
                   gpointer user_data)
{
  DlgSidePane *self = user_data;

  return self->reached == NULL || g_hash_table_contains (self->reached, item);
}

/* --- class --- */

static void
dlg_side_pane_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (dlg_side_pane_parent_class)->map (widget);
  follow_shown (DLG_SIDE_PANE (widget));
}

static void
dlg_side_pane_dispose (GObject *object)
{
  DlgSidePane *self = DLG_SIDE_PANE (object);

  /* Dispose may run more than once: every step checks what is left. */
  if (self->destination_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->destination_selection, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->member_list != NULL)
    g_signal_handlers_disconnect_by_data (self->member_list, self);
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DLG_TYPE_SIDE_PANE);

  g_clear_object (&self->selection);
  g_clear_object (&self->member_list);
  g_clear_object (&self->selected_member);
  g_clear_object (&self->destination_selection);
  g_clear_object (&self->leaders_selection);
  g_clear_object (&self->dataset);
  g_clear_object (&self->side);
  g_clear_pointer (&self->shared_keys, g_hash_table_unref);
  g_clear_pointer (&self->reached, g_hash_table_unref);
  g_clear_pointer (&self->delegations, g_hash_table_unref);
  g_clear_object (&self->leaders_filter);
  g_clear_object (&self->destinations_filter);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (dlg_side_pane_parent_class)->dispose (object);
}

/* A table or a list is one Tab stop: the arrow keys move inside it, Tab
 * leaves it (GTK 4.8 would Tab from row to row). */
static gboolean
dlg_side_pane_focus (GtkWidget        *widget,
                     GtkDirectionType  direction)
{
  DlgSidePane *self = DLG_SIDE_PANE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *lists[] = {
    GTK_WIDGET (self->column_view), GTK_WIDGET (self->leaders_view),
    GTK_WIDGET (self->destinations_view),
  };

  if (focus != NULL && (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD))
    for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
      if (focus == lists[i] || gtk_widget_is_ancestor (focus, lists[i]))
        {
          /* nothing after a list in the pane; before it, the side drop-down
           * or the side's About button */
          if (direction == GTK_DIR_TAB_BACKWARD &&
              gtk_widget_get_visible (GTK_WIDGET (self->side_dropdown)))
            return gtk_widget_child_focus (GTK_WIDGET (self->side_dropdown), direction);
          if (direction == GTK_DIR_TAB_BACKWARD)
            return gtk_widget_child_focus (self->about_button, direction);
          return FALSE;
        }
  return GTK_WIDGET_CLASS (dlg_side_pane_parent_class)->focus (widget, direction);
}

static void
dlg_side_pane_class_init (DlgSidePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlg_side_pane_dispose;
  widget_class->focus = dlg_side_pane_focus;
  widget_class->map = dlg_side_pane_map;

  signals[MEMBER_SELECTED] =
    g_signal_new ("member-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, DLG_TYPE_MEMBER);
  signals[DESTINATION_SELECTED] =
    g_signal_new ("destination-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, DLG_TYPE_DESTINATION);
  signals[SORT_CHANGED] =
    g_signal_new ("sort-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIDE_CHOSEN] =
    g_signal_new ("side-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  /* ::side-activated (side): the side's About button: its details */
  signals[SIDE_ACTIVATED] =
    g_signal_new ("side-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, DLG_TYPE_SIDE);

  /* the types the cells in the template name */
  g_type_ensure (DLG_TYPE_MEMBER_ROW);
  g_type_ensure (DLG_TYPE_LEADER_TILE);
  g_type_ensure (DLG_TYPE_DESTINATION_ROW);
  g_type_ensure (DLG_TYPE_DESTINATION_TILE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Delegations/ui/dlg-side-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, DlgSidePane, box);
  gtk_widget_class_bind_template_child (widget_class, DlgSidePane, heading);
  gtk_widget_class_bind_template_child (widget_class, DlgSidePane, about_button);
  gtk_widget_class_bind_template_child (widget_class, DlgSidePane, side_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DlgSidePane, summary_label);
  gtk_widget_class_bind_template_child (widget_class, DlgSidePane, count_label);
  gtk_widget_class_bind_template_child (widget_class, DlgSidePane, legend_label);
  gtk_widget_class_bind_template_child (widget_class, DlgSidePane, stack);
  gtk_widget_class_bind_template_child (widget_class, DlgSidePane, members_stack);
  gtk_widget_class_bind_template_child (widget_class, DlgSidePane, column_view);
  gtk_widget_class_bind_template_child (widget_class, DlgSidePane, leaders_view);
  gtk_widget_class_bind_template_child (widget_class, DlgSidePane, destinations_view);
  {
    static const char * const column_ids[DLG_N_MEMBER_FIELDS] = {
      "name_column", "party_column", "role_column", "delegation_column", "status_column",
    };

    for (guint i = 0; i < DLG_N_MEMBER_FIELDS; i++)
      gtk_widget_class_bind_template_child_full (widget_class, column_ids[i], FALSE,
                                                 G_STRUCT_OFFSET (DlgSidePane, columns) +
                                                 i * sizeof (GtkColumnViewColumn *));
  }
  gtk_widget_class_bind_template_callback (widget_class, setup_cell_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_name_cell_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_status_cell_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_party_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_role_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_delegation_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_cell_cb);
  gtk_widget_class_bind_template_callback (widget_class, leader_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, about_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
dlg_side_pane_init (DlgSidePane *self)
{
  self->sort_field = -1;
  self->leaders_filter = gtk_custom_filter_new (leader_shown, self, NULL);
  self->destinations_filter = gtk_custom_filter_new (destination_shown, self, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  {
    g_autofree char *legend = dlg_certainty_legend ();

    gtk_label_set_text (self->legend_label, legend);
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->legend_label), legend);
  }

  add_sorters (self);

  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sorter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->side_dropdown, "notify::selected",
                           G_CALLBACK (side_dropdown_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

const char *
dlg_side_pane_get_members_page (DlgSidePane *self)
{
  g_return_val_if_fail (DLG_IS_SIDE_PANE (self), NULL);
  return gtk_stack_get_visible_child_name (self->members_stack);
}
