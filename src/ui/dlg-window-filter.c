#define G_LOG_DOMAIN "dlg-window-filter"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlg-facet-choice.h"
#include "dlg-overview.h"
#include "dlg-window-private.h"

/* Search and facet filters: one GtkCustomFilter shared by both panes. */

/* Which facet filters a member passes; the search is checked apart. */
typedef struct
{
  gboolean party;
  gboolean role_kind;
  gboolean delegation;
  gboolean country;
} Facets;

/* The destination facet's values: the country for a visit, and with this
 * prefix for a stop only planned, never shown as a visit */
#define PLANNED_PREFIX "\001planned:"

static const char *
country_value (DlgDestination *d,
               char          **buffer)
{
  if (dlg_destination_get_status (d) == DLG_VISIT_STATUS_VISITED)
    return dlg_destination_get_country (d);
  *buffer = g_strconcat (PLANNED_PREFIX, dlg_destination_get_country (d), NULL);
  return *buffer;
}

/* The members' facet values as numbers, made once per dataset
 * (index_facets): filtering and counting compare integers, and no string
 * is compared, hashed or built per member. */
typedef enum
{
  FACET_PARTY,
  FACET_DELEGATION,
  FACET_COUNTRY,
  N_FACETS
} Facet;

/* a facet's chosen value: any, or one no member has */
#define CHOSEN_ANY G_MAXUINT
#define CHOSEN_NONE (G_MAXUINT - 1)

typedef struct
{
  guint party;
  guint delegation;
  int role_kind;
  guint first_country;  /* in countries: each of the member's values once */
  guint n_countries;
  /* whether the member matched the search of generation search_gen: the
   * filter's answer, reused by the counts (no second match) */
  guint search_gen;
  gboolean matched;
} FacetRow;

struct _DlgFacetIndex
{
  GPtrArray *values[N_FACETS];  /* id → value */
  GHashTable *ids[N_FACETS];    /* value → id + 1 */
  GHashTable *rows;             /* DlgMember → its row + 1 */
  GArray *row_data;             /* FacetRow */
  GArray *countries;            /* guint */
  guint chosen[N_FACETS];
  /* bumped by each new search; rows keep the generation they matched */
  guint search_gen;
};

void
dlg_facet_index_free (DlgFacetIndex *index)
{
  for (guint f = 0; f < N_FACETS; f++)
    {
      g_ptr_array_unref (index->values[f]);
      g_hash_table_unref (index->ids[f]);
    }
  g_hash_table_unref (index->rows);
  g_array_unref (index->row_data);
  g_array_unref (index->countries);
  g_free (index);
}

static guint
facet_id (DlgFacetIndex *index,
          Facet          facet,
          const char    *value)
{
  gpointer id = g_hash_table_lookup (index->ids[facet], value);

  if (id == NULL)
    {
      char *copy = g_strdup (value);

      g_ptr_array_add (index->values[facet], copy);
      id = GUINT_TO_POINTER (index->values[facet]->len);
      g_hash_table_insert (index->ids[facet], copy, id);
    }
  return GPOINTER_TO_UINT (id) - 1;
}

static DlgFacetIndex *
index_facets (DlgDataset *dataset)
{
  DlgFacetIndex *index = g_new0 (DlgFacetIndex, 1);
  GListModel *sides = dlg_dataset_get_sides (dataset);

  for (guint f = 0; f < N_FACETS; f++)
    {
      index->values[f] = g_ptr_array_new_with_free_func (g_free);
      index->ids[f] = g_hash_table_new (g_str_hash, g_str_equal);
      index->chosen[f] = CHOSEN_ANY;
    }
  index->rows = g_hash_table_new (NULL, NULL);
  index->search_gen = 1;
  index->row_data = g_array_new (FALSE, FALSE, sizeof (FacetRow));
  index->countries = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < g_list_model_get_n_items (sides); i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, i);
      GListModel *members = dlg_side_get_members (side);

      for (guint j = 0; j < g_list_model_get_n_items (members); j++)
        {
          g_autoptr(DlgMember) m = g_list_model_get_item (members, j);
          const char *party = dlg_member_get_party (m);
          const char *delegation = dlg_member_get_delegation_id (m);
          GPtrArray *route = dlg_member_get_route (m);
          FacetRow row = {
            /* party "" is the members whose party is not known */
            .party = facet_id (index, FACET_PARTY, party != NULL ? party : ""),
            .delegation = facet_id (index, FACET_DELEGATION, delegation != NULL ? delegation : ""),
            .role_kind = dlg_member_get_role_kind (m),
            .first_country = index->countries->len,
          };

          for (guint k = 0; k < route->len; k++)
            {
              g_autofree char *buffer = NULL;
              guint id = facet_id (index, FACET_COUNTRY,
                                   country_value (g_ptr_array_index (route, k), &buffer));
              gboolean seen = FALSE;

              for (guint c = row.first_country; c < index->countries->len && !seen; c++)
                seen = g_array_index (index->countries, guint, c) == id;
              if (!seen)
                g_array_append_val (index->countries, id);
            }
          row.n_countries = index->countries->len - row.first_country;
          g_array_append_val (index->row_data, row);
          g_hash_table_insert (index->rows, m, GUINT_TO_POINTER (index->row_data->len));
        }
    }
  return index;
}

/* The ids of the values chosen in the drop-downs */
static void
choose_facets (DlgWindow *self)
{
  const char *chosen[N_FACETS] = { self->party, self->delegation_id, self->country };

  for (guint f = 0; f < N_FACETS && self->facets != NULL; f++)
    {
      gpointer id = chosen[f] != NULL ? g_hash_table_lookup (self->facets->ids[f], chosen[f])
                                      : NULL;

      self->facets->chosen[f] = chosen[f] == NULL ? CHOSEN_ANY :
                                id != NULL ? GPOINTER_TO_UINT (id) - 1 : CHOSEN_NONE;
    }
}

static gboolean
chosen (guint choice,
        guint id)
{
  return choice == CHOSEN_ANY || choice == id;
}

/* m's row in the facet index; NULL for a member of a dataset on its way
 * out, not indexed */
static FacetRow *
row_of (DlgWindow *self,
        DlgMember *m)
{
  DlgFacetIndex *index = self->facets;
  guint at = index != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (index->rows, m)) : 0;

  return at > 0 ? &g_array_index (index->row_data, FacetRow, at - 1) : NULL;
}

static Facets
match_facets (DlgWindow      *self,
              const FacetRow *row)
{
  DlgFacetIndex *index = self->facets;
  Facets f;

  /* not indexed: it passes only the facets where nothing is chosen */
  if (row == NULL)
    {
      f.party = self->party == NULL;
      f.role_kind = self->role_kind < 0;
      f.delegation = self->delegation_id == NULL;
      f.country = self->country == NULL;
      return f;
    }
  f.party = chosen (index->chosen[FACET_PARTY], row->party);
  f.role_kind = self->role_kind < 0 || row->role_kind == self->role_kind;
  f.delegation = chosen (index->chosen[FACET_DELEGATION], row->delegation);
  f.country = index->chosen[FACET_COUNTRY] == CHOSEN_ANY;
  for (guint c = 0; c < row->n_countries && !f.country; c++)
    f.country = g_array_index (index->countries, guint, row->first_country + c) ==
                index->chosen[FACET_COUNTRY];
  return f;
}

/* Whether m (its row, or NULL) matches the search, worked out once per
 * search */
static gboolean
matches_search (DlgWindow *self,
                DlgMember *m,
                FacetRow  *row)
{
  if (row == NULL)
    return dlg_member_matches (m, self->search);
  if (row->search_gen != self->facets->search_gen)
    {
      row->matched = dlg_member_matches (m, self->search);
      row->search_gen = self->facets->search_gen;
    }
  return row->matched;
}

static gboolean
filter_member (gpointer item,
               gpointer user_data)
{
  DlgWindow *self = user_data;
  DlgMember *m = item;
  FacetRow *row = row_of (self, m);
  Facets f = match_facets (self, row);

  return f.party && f.role_kind && f.delegation && f.country && matches_search (self, m, row);
}

static void filter_changed (DlgWindow       *self,
                            GtkFilterChange  change);

void
dlg_window_set_search (DlgWindow  *self,
                       const char *text)
{
  g_autofree char *folded = dlg_text_fold (text);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_return_if_fail (DLG_IS_WINDOW (self));

  if (g_strcmp0 (folded, self->search) == 0)
    return;
  if (self->search == NULL || strstr (folded, self->search) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (self->search, folded) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  g_free (self->search);
  self->search = g_steal_pointer (&folded);
  if (self->facets != NULL)
    self->facets->search_gen++;
  dlg_side_pane_set_search (self->pane_a, self->search);
  dlg_side_pane_set_search (self->pane_b, self->search);

  /* Setting the entry's text passes through "" (which the entry reports
   * at once); that is not a search of its own. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), text ?: "") != 0)
    {
      self->setting_search = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ?: "");
      self->setting_search = FALSE;
    }
  filter_changed (self, change);
}

static void
search_changed_cb (DlgWindow *self)
{
  if (!self->setting_search)
    dlg_window_set_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
stop_search_cb (DlgWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
replace_string (char       **field,
                const char  *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
}

/* Facets: each drop-down's model is a GListStore of DlgFacetChoice;
 * item 0 is "All …" (value NULL). */

static const char *
selected_value (GtkDropDown *dropdown)
{
  DlgFacetChoice *choice = gtk_drop_down_get_selected_item (dropdown);

  return choice != NULL ? dlg_facet_choice_get_value (choice) : NULL;
}

static guint
index_of (GtkDropDown *dropdown,
          const char  *value)
{
  GListModel *choices = gtk_drop_down_get_model (dropdown);
  guint n = choices != NULL ? g_list_model_get_n_items (choices) : 0;

  for (guint i = 1; value != NULL && i < n; i++)
    {
      g_autoptr(DlgFacetChoice) choice = g_list_model_get_item (choices, i);

      if (g_strcmp0 (dlg_facet_choice_get_value (choice), value) == 0)
        return i;
    }
  return 0;
}

void
dlg_window_set_party_filter (DlgWindow  *self,
                             const char *party)
{
  g_return_if_fail (DLG_IS_WINDOW (self));
  gtk_drop_down_set_selected (self->party_dropdown, index_of (self->party_dropdown, party));
}

void
dlg_window_set_role_kind_filter (DlgWindow *self,
                                 int        role_kind)
{
  g_return_if_fail (DLG_IS_WINDOW (self));
  gtk_drop_down_set_selected (self->role_kind_dropdown,
                              role_kind < 0 ? 0 :
                              index_of (self->role_kind_dropdown,
                                        dlg_enum_to_nick (DLG_TYPE_ROLE_KIND, role_kind)));
}

void
dlg_window_set_delegation_filter (DlgWindow  *self,
                                  const char *delegation_id)
{
  g_return_if_fail (DLG_IS_WINDOW (self));
  gtk_drop_down_set_selected (self->delegation_dropdown,
                              index_of (self->delegation_dropdown, delegation_id));
}

void
dlg_window_set_country_filter (DlgWindow  *self,
                               const char *country)
{
  g_return_if_fail (DLG_IS_WINDOW (self));
  gtk_drop_down_set_selected (self->country_dropdown, index_of (self->country_dropdown, country));
}

/* Each choice's count: the choice's id in the index (a role kind's value
 * for the role kinds), counts[id] */
static void
set_counts (GtkDropDown *dropdown,
            GHashTable  *ids,
            const guint *counts,
            guint        all)
{
  GListModel *choices = gtk_drop_down_get_model (dropdown);
  guint n = choices != NULL ? g_list_model_get_n_items (choices) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgFacetChoice) choice = g_list_model_get_item (choices, i);
      const char *value = dlg_facet_choice_get_value (choice);
      guint count = 0;
      int kind;

      if (i == 0)
        count = all;
      else if (ids != NULL)
        {
          gpointer id = g_hash_table_lookup (ids, value);

          count = id != NULL ? counts[GPOINTER_TO_UINT (id) - 1] : 0;
        }
      else if (dlg_enum_from_nick (DLG_TYPE_ROLE_KIND, value, &kind))
        count = counts[kind];
      dlg_facet_choice_set_count (choice, count);
    }
}

/* Each choice counts the members it would show with the other filters as
 * they are, in one pass over the members, by the facet index's numbers.
 * The same pass makes the sets of places and delegations the members
 * shown reach; refill: the Overview follows them (else the caller fills
 * it). */
static void
count_members (DlgWindow *self,
               gboolean   refill)
{
  DlgFacetIndex *index = self->facets;
  g_autofree guint *parties = NULL;
  g_autofree guint *delegations = NULL;
  g_autofree guint *countries = NULL;
  guint kinds[DLG_N_ROLE_KINDS] = { 0 };
  guint all_parties = 0, all_kinds = 0, all_delegations = 0, all_countries = 0;
  /* in the same pass: the destinations the members shown went to, and
   * the delegations they belong to */
  g_autoptr(GHashTable) reached = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) shown_delegations = g_hash_table_new (g_str_hash, g_str_equal);
  /* the routes already added to reached: members without legs of their
   * own share their delegation's, added once */
  g_autoptr(GHashTable) routes_added = g_hash_table_new (NULL, NULL);
  g_autofree gboolean *delegation_shown = NULL;
  GListModel *sides;
  /* the rows are in the members' order (index_facets): walked along with
   * them instead of looked up per member */
  guint at = 0;

  if (self->dataset == NULL || index == NULL)
    return;
  delegation_shown = g_new0 (gboolean, index->values[FACET_DELEGATION]->len);

  parties = g_new0 (guint, index->values[FACET_PARTY]->len);
  delegations = g_new0 (guint, index->values[FACET_DELEGATION]->len);
  countries = g_new0 (guint, index->values[FACET_COUNTRY]->len);
  sides = dlg_dataset_get_sides (self->dataset);
  for (guint i = 0; i < g_list_model_get_n_items (sides); i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, i);
      GListModel *members = dlg_side_get_members (side);
      guint n = g_list_model_get_n_items (members);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(DlgMember) m = g_list_model_get_item (members, j);
          FacetRow *row;
          Facets f;

          g_assert (at < index->row_data->len);
          row = &g_array_index (index->row_data, FacetRow, at++);
          if (!matches_search (self, m, row))
            continue;
          f = match_facets (self, row);
          if (f.party && f.role_kind && f.delegation && f.country)
            {
              GPtrArray *route = dlg_member_get_route (m);
              const char *delegation = dlg_member_get_delegation_id (m);

              if (g_hash_table_add (routes_added, route))
                for (guint k = 0; k < route->len; k++)
                  g_hash_table_add (reached, g_ptr_array_index (route, k));
              if (delegation != NULL && !delegation_shown[row->delegation])
                {
                  delegation_shown[row->delegation] = TRUE;
                  g_hash_table_add (shown_delegations, (gpointer) delegation);
                }
            }
          if (f.role_kind && f.delegation && f.country)
            {
              parties[row->party]++;
              all_parties++;
            }
          if (f.party && f.delegation && f.country)
            {
              kinds[row->role_kind]++;
              all_kinds++;
            }
          if (f.party && f.role_kind && f.country)
            {
              delegations[row->delegation]++;
              all_delegations++;
            }
          if (f.party && f.role_kind && f.delegation)
            {
              /* each value once per member, from their own route */
              for (guint c = 0; c < row->n_countries; c++)
                countries[g_array_index (index->countries, guint, row->first_country + c)]++;
              all_countries++;
            }
        }
    }

  set_counts (self->party_dropdown, index->ids[FACET_PARTY], parties, all_parties);
  set_counts (self->role_kind_dropdown, NULL, kinds, all_kinds);
  set_counts (self->delegation_dropdown, index->ids[FACET_DELEGATION], delegations,
              all_delegations);
  set_counts (self->country_dropdown, index->ids[FACET_COUNTRY], countries, all_countries);

  /* a keystroke that keeps the same places and delegations (most of
   * them, typing into a big dataset) leaves the Overview as it is */
  if (refill && dlg_sets_equal (self->reached, reached) &&
      dlg_sets_equal (self->shown_delegations, shown_delegations))
    return;
  g_clear_pointer (&self->reached, g_hash_table_unref);
  self->reached = g_steal_pointer (&reached);
  g_clear_pointer (&self->shown_delegations, g_hash_table_unref);
  self->shown_delegations = g_steal_pointer (&shown_delegations);
  if (refill)
    dlg_window_refilter_overview (self);
}

static void
update_counts (DlgWindow *self)
{
  count_members (self, TRUE);
}

void
dlg_window_recount (DlgWindow *self)
{
  g_clear_handle_id (&self->counts_source, g_source_remove);
  count_members (self, FALSE);
}

static gboolean
update_counts_cb (gpointer user_data)
{
  DlgWindow *self = user_data;

  self->counts_source = 0;
  update_counts (self);
  return G_SOURCE_REMOVE;
}

static void
filter_changed (DlgWindow        *self,
                GtkFilterChange   change)
{
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  /* Counting runs after the lists have redrawn, so typing stays quick. */
  if (self->counts_source == 0)
    self->counts_source = g_idle_add (update_counts_cb, self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-filters",
                                 (self->search != NULL && self->search[0] != '\0') ||
                                 self->party != NULL || self->role_kind >= 0 ||
                                 self->delegation_id != NULL || self->country != NULL);
}

static void
facet_changed_cb (DlgWindow *self)
{
  const char *kind;
  int value;

  if (self->updating_facets)
    return;

  replace_string (&self->party, selected_value (self->party_dropdown));
  kind = selected_value (self->role_kind_dropdown);
  self->role_kind = kind != NULL && dlg_enum_from_nick (DLG_TYPE_ROLE_KIND, kind, &value) ? value : -1;
  replace_string (&self->delegation_id, selected_value (self->delegation_dropdown));
  replace_string (&self->country, selected_value (self->country_dropdown));
  choose_facets (self);
  filter_changed (self, GTK_FILTER_CHANGE_DIFFERENT);
}

void
dlg_window_clear_filters (DlgWindow *self)
{
  g_return_if_fail (DLG_IS_WINDOW (self));

  self->updating_facets = TRUE;
  gtk_drop_down_set_selected (self->party_dropdown, 0);
  gtk_drop_down_set_selected (self->role_kind_dropdown, 0);
  gtk_drop_down_set_selected (self->delegation_dropdown, 0);
  gtk_drop_down_set_selected (self->country_dropdown, 0);
  self->updating_facets = FALSE;
  g_clear_pointer (&self->search, g_free);
  if (self->facets != NULL)
    self->facets->search_gen++;
  self->setting_search = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  self->setting_search = FALSE;
  facet_changed_cb (self);
}

/* Rebuilding: the choices a dataset offers, in a stable order. */

typedef struct
{
  char *value;
  char *name;
  guint total;
} Choice;

static void
choice_free (gpointer data)
{
  Choice *c = data;

  g_free (c->value);
  g_free (c->name);
  g_free (c);
}

static int
choice_by_total (gconstpointer a,
                 gconstpointer b)
{
  const Choice *ca = *(const Choice * const *) a;
  const Choice *cb = *(const Choice * const *) b;

  if (ca->total != cb->total)
    return ca->total > cb->total ? -1 : 1;
  return g_utf8_collate (ca->name, cb->name);
}

static int
choice_by_name (gconstpointer a,
                gconstpointer b)
{
  const Choice *ca = *(const Choice * const *) a;
  const Choice *cb = *(const Choice * const *) b;

  return g_utf8_collate (ca->name, cb->name);
}

static void
add_choice (GHashTable *table,
            GPtrArray  *order,
            const char *value,
            const char *name)
{
  Choice *c = g_hash_table_lookup (table, value);

  if (c == NULL)
    {
      c = g_new0 (Choice, 1);
      c->value = g_strdup (value);
      c->name = g_strdup (name);
      g_hash_table_insert (table, c->value, c);
      g_ptr_array_add (order, c);
    }
  c->total++;
}

/* Gives a drop-down "All …" and the choices; keeps the chosen value when
 * it is still there. */
static void
set_choices (GtkDropDown *dropdown,
             const char  *all_name,
             GPtrArray   *choices,
             const char  *keep)
{
  g_autoptr(GListStore) store = g_list_store_new (DLG_TYPE_FACET_CHOICE);
  g_autoptr(DlgFacetChoice) all = dlg_facet_choice_new (all_name, NULL);

  g_list_store_append (store, all);
  for (guint i = 0; i < choices->len; i++)
    {
      Choice *c = g_ptr_array_index (choices, i);
      g_autoptr(DlgFacetChoice) choice = dlg_facet_choice_new (c->name, c->value);

      g_list_store_append (store, choice);
    }
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (store));
  gtk_drop_down_set_selected (dropdown, index_of (dropdown, keep));
}

/* What the facets need of a dataset: the index, and each drop-down's
 * choices with their totals. Made in the document's loading thread and
 * kept on the dataset until the window takes it: at 100 000 members this
 * took 0.1-0.2 s of the main loop when a file opened. */
#define PREPARED_FACETS "dlg-window-facets"

enum
{
  CHOICES_PARTY,
  CHOICES_KIND,
  CHOICES_DELEGATION,
  CHOICES_COUNTRY,
  N_CHOICES
};

typedef struct
{
  DlgFacetIndex *index;
  GPtrArray *choices[N_CHOICES];  /* Choice */
} Prepared;

static void
prepared_free (gpointer data)
{
  Prepared *prepared = data;

  g_clear_pointer (&prepared->index, dlg_facet_index_free);
  for (guint i = 0; i < N_CHOICES; i++)
    g_ptr_array_unref (prepared->choices[i]);
  g_free (prepared);
}

static Prepared *
prepare_facets (DlgDataset *dataset)
{
  Prepared *prepared = g_new0 (Prepared, 1);
  g_autoptr(GHashTable) parties = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) delegations = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) countries = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) kinds = g_hash_table_new (g_str_hash, g_str_equal);
  guint kind_totals[DLG_N_ROLE_KINDS] = { 0 };
  GListModel *sides = dlg_dataset_get_sides (dataset);

  prepared->index = index_facets (dataset);
  for (guint i = 0; i < N_CHOICES; i++)
    prepared->choices[i] = g_ptr_array_new_with_free_func (choice_free);

  for (guint i = 0; i < g_list_model_get_n_items (sides); i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, i);
      GListModel *members = dlg_side_get_members (side);
      GListModel *groups = dlg_side_get_delegations (side);

      for (guint j = 0; j < g_list_model_get_n_items (members); j++)
        {
          g_autoptr(DlgMember) m = g_list_model_get_item (members, j);
          const char *party = dlg_member_get_party (m);

          add_choice (parties, prepared->choices[CHOICES_PARTY], party ? party : "",
                      party ? party : _("Party not known"));
          kind_totals[dlg_member_get_role_kind (m)]++;
        }

      /* Delegation choices name their side: "India · Group 1" */
      for (guint j = 0; j < g_list_model_get_n_items (groups); j++)
        {
          g_autoptr(DlgDelegation) d = g_list_model_get_item (groups, j);
          const char *id = dlg_record_get_id (DLG_RECORD (d));
          g_autofree char *side_name = dlg_text_isolate (dlg_side_get_name (side));
          g_autofree char *group = dlg_text_isolate (dlg_delegation_get_label (d));
          /* Translators: a delegation in the filter, side and label, "India · Group 3" */
          g_autofree char *name = g_strdup_printf (_("%s · %s"), side_name, group);
          GListModel *route = dlg_delegation_get_destinations (d);

          add_choice (delegations, prepared->choices[CHOICES_DELEGATION], id, name);
          for (guint k = 0; k < g_list_model_get_n_items (route); k++)
            {
              g_autoptr(DlgDestination) dest = g_list_model_get_item (route, k);
              const char *country = dlg_destination_get_country (dest);
              g_autofree char *buffer = NULL;
              const char *value = country_value (dest, &buffer);
              g_autofree char *planned = NULL;

              if (value == country)
                add_choice (countries, prepared->choices[CHOICES_COUNTRY], value, country);
              else
                {
                  /* Translators: a destination facet choice: a country a delegation
                   * planned to visit and did not, "France (planned only)" */
                  planned = g_strdup_printf (_("%s (planned only)"), country);
                  add_choice (countries, prepared->choices[CHOICES_COUNTRY], value, planned);
                }
            }
        }
    }

  for (int k = 0; k < DLG_N_ROLE_KINDS; k++)
    if (kind_totals[k] > 0)
      add_choice (kinds, prepared->choices[CHOICES_KIND], dlg_enum_to_nick (DLG_TYPE_ROLE_KIND, k),
                  dlg_role_kind_to_label (k));

  g_ptr_array_sort (prepared->choices[CHOICES_PARTY], choice_by_total);
  g_ptr_array_sort (prepared->choices[CHOICES_COUNTRY], choice_by_name);
  return prepared;
}

void
dlg_window_prepare_dataset (DlgDataset *dataset)
{
  g_object_set_data_full (G_OBJECT (dataset), PREPARED_FACETS, prepare_facets (dataset),
                          prepared_free);
}

gboolean
dlg_window_get_facets_prepared (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), FALSE);

  return self->facets_prepared;
}

void
dlg_window_rebuild_facets (DlgWindow *self)
{
  Prepared *prepared = g_object_steal_data (G_OBJECT (self->dataset), PREPARED_FACETS);
  g_autofree char *keep_kind = g_strdup (self->role_kind >= 0 ?
                                         dlg_enum_to_nick (DLG_TYPE_ROLE_KIND, self->role_kind) :
                                         NULL);

  self->facets_prepared = prepared != NULL;
  if (prepared == NULL)
    prepared = prepare_facets (self->dataset);
  g_clear_pointer (&self->facets, dlg_facet_index_free);
  self->facets = g_steal_pointer (&prepared->index);

  self->updating_facets = TRUE;
  set_choices (self->party_dropdown, _("All parties"), prepared->choices[CHOICES_PARTY],
               self->party);
  set_choices (self->role_kind_dropdown, _("All kinds of role"), prepared->choices[CHOICES_KIND],
               keep_kind);
  set_choices (self->delegation_dropdown, _("All delegations"),
               prepared->choices[CHOICES_DELEGATION], self->delegation_id);
  set_choices (self->country_dropdown, _("All destinations"), prepared->choices[CHOICES_COUNTRY],
               self->country);
  self->updating_facets = FALSE;
  prepared_free (prepared);

  facet_changed_cb (self);
}

guint
dlg_window_get_facet_count (DlgWindow  *self,
                            const char *facet,
                            const char *value)
{
  GtkDropDown *dropdown;
  g_autoptr(DlgFacetChoice) choice = NULL;
  guint index;

  g_return_val_if_fail (DLG_IS_WINDOW (self), 0);

  /* Counts waiting for an idle moment are made now. */
  if (self->counts_source != 0)
    {
      g_clear_handle_id (&self->counts_source, g_source_remove);
      update_counts (self);
    }

  if (g_strcmp0 (facet, "party") == 0)
    dropdown = self->party_dropdown;
  else if (g_strcmp0 (facet, "role-kind") == 0)
    dropdown = self->role_kind_dropdown;
  else if (g_strcmp0 (facet, "delegation") == 0)
    dropdown = self->delegation_dropdown;
  else
    dropdown = self->country_dropdown;

  index = index_of (dropdown, value);
  if (value != NULL && index == 0)
    return 0;
  choice = g_list_model_get_item (gtk_drop_down_get_model (dropdown), index);
  return choice != NULL ? dlg_facet_choice_get_count (choice) : 0;
}

static const char *
chosen_name (GtkDropDown *dropdown)
{
  DlgFacetChoice *choice = gtk_drop_down_get_selected_item (dropdown);

  return choice != NULL ? dlg_facet_choice_get_name (choice) : "";
}

/* The active filter in words: "Party: BJP; search: 'former'", or NULL. */
char *
dlg_window_describe_filter (DlgWindow *self)
{
  g_autoptr(GString) s = g_string_new (NULL);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  struct { GtkDropDown *dropdown; gboolean on; const char *name; } facets[] = {
    { self->party_dropdown, self->party != NULL, _("Party") },
    { self->role_kind_dropdown, self->role_kind >= 0, _("Kind of role") },
    { self->delegation_dropdown, self->delegation_id != NULL, _("Delegation") },
    { self->country_dropdown, self->country != NULL, _("Destination") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (facets); i++)
    if (facets[i].on)
      {
        g_autofree char *chosen = dlg_text_isolate (chosen_name (facets[i].dropdown));

        if (s->len > 0)
          /* Translators: between the parts of the filter on a printed sheet */
          g_string_append (s, _("; "));
        /* Translators: a part of the filter on a printed sheet, "Party: BJP" */
        g_string_append_printf (s, _("%s: %s"), facets[i].name, chosen);
      }
  if (self->search != NULL && self->search[0] != '\0')
    /* Translators: part of the filter described on a printed sheet */
    {
      g_autofree char *searched = dlg_text_isolate (search);

      if (s->len > 0)
        g_string_append (s, _("; "));
      g_string_append_printf (s, _("search: ‘%s’"), searched);
    }
  return s->len > 0 ? g_strdup (s->str) : NULL;
}

/* The button shows the chosen label; the open list shows every label in
 * full, with a check mark on the chosen one. */
static void
setup_choice_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  gboolean in_list = GPOINTER_TO_INT (user_data);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  if (in_list)
    {
      GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

      g_object_bind_property (item, "selected", check, "visible", G_BINDING_SYNC_CREATE);
      gtk_box_append (GTK_BOX (box), check);
    }
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  gtk_list_item_set_child (item, box);
}

static void
bind_choice_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *label = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GBinding *binding = g_object_bind_property (gtk_list_item_get_item (item), "label",
                                              label, "label", G_BINDING_SYNC_CREATE);

  g_object_set_data (G_OBJECT (item), "dlg-binding", binding);
}

static void
unbind_choice_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GBinding *binding = g_object_get_data (G_OBJECT (item), "dlg-binding");

  if (binding != NULL)
    g_binding_unbind (binding);
  g_object_set_data (G_OBJECT (item), "dlg-binding", NULL);
}

void
dlg_window_filter_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
}

void
dlg_window_filter_init (DlgWindow *self)
{
  GtkDropDown *dropdowns[] = {
    self->party_dropdown, self->role_kind_dropdown, self->delegation_dropdown, self->country_dropdown,
  };

  self->role_kind = -1;
  /* The drop-downs show each choice's label, bound so it follows the
   * count (an expression alone is read once, when the row is bound). */
  for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
    {
      for (int in_list = 0; in_list < 2; in_list++)
        {
          g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

          g_signal_connect (factory, "setup", G_CALLBACK (setup_choice_cb),
                            GINT_TO_POINTER (in_list));
          g_signal_connect (factory, "bind", G_CALLBACK (bind_choice_cb), NULL);
          g_signal_connect (factory, "unbind", G_CALLBACK (unbind_choice_cb), NULL);
          if (in_list)
            gtk_drop_down_set_list_factory (dropdowns[i], factory);
          else
            gtk_drop_down_set_factory (dropdowns[i], factory);
        }
      /* Typing in the open list finds a choice by its name. */
      gtk_drop_down_set_expression (dropdowns[i],
                                    gtk_property_expression_new (DLG_TYPE_FACET_CHOICE, NULL,
                                                                 "label"));
    }
  self->filter = gtk_custom_filter_new (filter_member, self, NULL);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));

  g_signal_connect_swapped (self->party_dropdown, "notify::selected",
                            G_CALLBACK (facet_changed_cb), self);
  g_signal_connect_swapped (self->role_kind_dropdown, "notify::selected",
                            G_CALLBACK (facet_changed_cb), self);
  g_signal_connect_swapped (self->delegation_dropdown, "notify::selected",
                            G_CALLBACK (facet_changed_cb), self);
  g_signal_connect_swapped (self->country_dropdown, "notify::selected",
                            G_CALLBACK (facet_changed_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-filters", FALSE);
}
