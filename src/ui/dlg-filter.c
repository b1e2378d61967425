/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-filter"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlg-facet-choice.h"
#include "dlg-filter.h"
#include "dlg-sets.h"
#include "dlg-style.h"

/* --- the result --- */

struct _DlgFilterResult
{
  GObject parent_instance;

  GHashTable *reached;
  GHashTable *delegations;
  /* with "confirmed facts only": what the rest of the filter reaches, the
   * stops not confirmed too (NULL without: reached) */
  GHashTable *reached_facts;
  /* what "confirmed facts only" hid of what the rest of the filter shows */
  guint hidden_members;
  guint hidden_stops;
};

G_DEFINE_FINAL_TYPE (DlgFilterResult, dlg_filter_result, G_TYPE_OBJECT)

static void
dlg_filter_result_finalize (GObject *object)
{
  DlgFilterResult *self = DLG_FILTER_RESULT (object);

  g_clear_pointer (&self->reached, g_hash_table_unref);
  g_clear_pointer (&self->delegations, g_hash_table_unref);
  g_clear_pointer (&self->reached_facts, g_hash_table_unref);
  G_OBJECT_CLASS (dlg_filter_result_parent_class)->finalize (object);
}

static void
dlg_filter_result_class_init (DlgFilterResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dlg_filter_result_finalize;
}

static void
dlg_filter_result_init (DlgFilterResult *self)
{
}

/* takes reached and delegations */
static DlgFilterResult *
result_new (GHashTable *reached,
            GHashTable *delegations)
{
  DlgFilterResult *self = g_object_new (DLG_TYPE_FILTER_RESULT, NULL);

  self->reached = reached;
  self->delegations = delegations;
  return self;
}

GHashTable *
dlg_filter_result_get_reached (DlgFilterResult *self)
{
  g_return_val_if_fail (DLG_IS_FILTER_RESULT (self), NULL);
  return self->reached;
}

GHashTable *
dlg_filter_result_get_reached_facts (DlgFilterResult *self)
{
  g_return_val_if_fail (DLG_IS_FILTER_RESULT (self), NULL);
  return self->reached_facts != NULL ? self->reached_facts : self->reached;
}

GHashTable *
dlg_filter_result_get_delegations (DlgFilterResult *self)
{
  g_return_val_if_fail (DLG_IS_FILTER_RESULT (self), NULL);
  return self->delegations;
}

guint
dlg_filter_result_get_hidden_members (DlgFilterResult *self)
{
  g_return_val_if_fail (DLG_IS_FILTER_RESULT (self), 0);
  return self->hidden_members;
}

guint
dlg_filter_result_get_hidden_stops (DlgFilterResult *self)
{
  g_return_val_if_fail (DLG_IS_FILTER_RESULT (self), 0);
  return self->hidden_stops;
}

/* --- the facet index --- */

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

/* The facets whose values are strings numbered by the index; the kind of
 * role is numbered by its enum already */
typedef enum
{
  INDEXED_PARTY,
  INDEXED_DELEGATION,
  INDEXED_COUNTRY,
  N_INDEXED
} Indexed;

/* a facet's chosen value: any, or one no member has */
#define CHOSEN_ANY G_MAXUINT
#define CHOSEN_NONE (G_MAXUINT - 1)

/* The members' facet values as numbers, made once per dataset: filtering
 * and counting compare integers, and no string is compared, hashed or
 * built per member. */
typedef struct
{
  guint party;
  guint delegation;
  int role_kind;
  guint first_country;  /* in countries: each of the member's values once */
  guint n_countries;
  /* two or more independent sources (format 1.2): shown with "confirmed
   * facts only" */
  gboolean confirmed;
  /* whether the member matched the search of generation search_gen: the
   * filter's answer, reused by the counts (no second match) */
  guint search_gen;
  gboolean matched;
} Row;

typedef struct
{
  GPtrArray *values[N_INDEXED];  /* id → value */
  GHashTable *ids[N_INDEXED];    /* value → id + 1 */
  GHashTable *rows;              /* DlgMember → its row + 1 */
  GArray *row_data;              /* Row, in the members' order */
  GArray *countries;             /* guint */
} Index;

static void
index_free (Index *index)
{
  for (guint f = 0; f < N_INDEXED; f++)
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
value_id (Index      *index,
          Indexed     facet,
          const char *value)
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

static Index *
index_new (DlgDataset *dataset)
{
  Index *index = g_new0 (Index, 1);
  GListModel *sides = dlg_dataset_get_sides (dataset);

  for (guint f = 0; f < N_INDEXED; f++)
    {
      index->values[f] = g_ptr_array_new_with_free_func (g_free);
      index->ids[f] = g_hash_table_new (g_str_hash, g_str_equal);
    }
  index->rows = g_hash_table_new (NULL, NULL);
  index->row_data = g_array_new (FALSE, FALSE, sizeof (Row));
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
          Row row = {
            /* party "" is the members whose party is not known */
            .party = value_id (index, INDEXED_PARTY, party != NULL ? party : ""),
            .delegation = value_id (index, INDEXED_DELEGATION, delegation != NULL ? delegation : ""),
            .role_kind = dlg_member_get_role_kind (m),
            .first_country = index->countries->len,
            .confirmed = dlg_record_get_certainty (DLG_RECORD (m)) == DLG_CERTAINTY_CONFIRMED,
          };

          for (guint k = 0; k < route->len; k++)
            {
              g_autofree char *buffer = NULL;
              guint id = value_id (index, INDEXED_COUNTRY,
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

/* --- the choices a dataset offers --- */

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

/* What a filter needs of a dataset: the index, and each facet's choices
 * with their totals.  Made in the document's loading thread and kept on
 * the dataset until a filter takes it: at 100 000 members this took
 * 0.1-0.2 s of the main loop when a file opened. */
#define PREPARED_KEY "dlg-filter-prepared"

typedef struct
{
  Index *index;
  GPtrArray *choices[DLG_N_FACETS];  /* Choice */
} Prepared;

static void
prepared_free (gpointer data)
{
  Prepared *prepared = data;

  g_clear_pointer (&prepared->index, index_free);
  for (guint i = 0; i < DLG_N_FACETS; i++)
    g_ptr_array_unref (prepared->choices[i]);
  g_free (prepared);
}

static Prepared *
prepared_new (DlgDataset *dataset)
{
  Prepared *prepared = g_new0 (Prepared, 1);
  g_autoptr(GHashTable) parties = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) delegations = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) countries = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) kinds = g_hash_table_new (g_str_hash, g_str_equal);
  guint kind_totals[DLG_N_ROLE_KINDS] = { 0 };
  GListModel *sides = dlg_dataset_get_sides (dataset);

  prepared->index = index_new (dataset);
  for (guint i = 0; i < DLG_N_FACETS; i++)
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

          add_choice (parties, prepared->choices[DLG_FACET_PARTY], party ? party : "",
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

          add_choice (delegations, prepared->choices[DLG_FACET_DELEGATION], id, name);
          for (guint k = 0; k < g_list_model_get_n_items (route); k++)
            {
              g_autoptr(DlgDestination) dest = g_list_model_get_item (route, k);
              const char *country = dlg_destination_get_country (dest);
              g_autofree char *buffer = NULL;
              const char *value = country_value (dest, &buffer);
              g_autofree char *planned = NULL;

              if (value == country)
                add_choice (countries, prepared->choices[DLG_FACET_COUNTRY], value, country);
              else
                {
                  /* Translators: a destination facet choice: a country a delegation
                   * planned to visit and did not, "France (planned only)" */
                  planned = g_strdup_printf (_("%s (planned only)"), country);
                  add_choice (countries, prepared->choices[DLG_FACET_COUNTRY], value, planned);
                }
            }
        }
    }

  for (int k = 0; k < DLG_N_ROLE_KINDS; k++)
    if (kind_totals[k] > 0)
      add_choice (kinds, prepared->choices[DLG_FACET_ROLE_KIND],
                  dlg_enum_to_nick (DLG_TYPE_ROLE_KIND, k), dlg_role_kind_to_label (k));

  g_ptr_array_sort (prepared->choices[DLG_FACET_PARTY], choice_by_total);
  g_ptr_array_sort (prepared->choices[DLG_FACET_COUNTRY], choice_by_name);
  return prepared;
}

void
dlg_filter_prepare_dataset (DlgDataset *dataset)
{
  g_return_if_fail (DLG_IS_DATASET (dataset));

  g_object_set_data_full (G_OBJECT (dataset), PREPARED_KEY, prepared_new (dataset),
                          prepared_free);
}

/* --- the filter --- */

struct _DlgFilter
{
  GtkFilter parent_instance;

  DlgDataset *dataset;
  Index *index;
  gboolean prepared;
  /* each facet's choices (DlgFacetChoice, "All …" first) */
  GListStore *choices[DLG_N_FACETS];

  char *search;          /* as typed */
  char *folded_search;   /* as matched, or NULL */
  /* bumped by each new search; rows keep the generation they matched */
  guint search_gen;
  char *chosen[DLG_N_FACETS];
  /* the chosen values' ids in the index (the kind of role: its value) */
  guint chosen_ids[DLG_N_FACETS];
  /* members and stops whose certainty is not "confirmed" are hidden */
  gboolean confirmed_only;

  DlgFilterResult *result;
  guint count_source;
  /* the last count: the people it shows, of all of them */
  guint n_shown;
  guint n_people;
};

G_DEFINE_FINAL_TYPE (DlgFilter, dlg_filter, GTK_TYPE_FILTER)

enum
{
  PROP_0,
  PROP_DATASET,
  PROP_SEARCH,
  PROP_CONFIRMED_ONLY,
  PROP_RESULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  COUNTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const all_names[DLG_N_FACETS] = {
  N_("All parties"), N_("All kinds of role"), N_("All delegations"), N_("All destinations"),
};

/* The ids of the values chosen */
static void
choose_ids (DlgFilter *self)
{
  static const Indexed indexed[DLG_N_FACETS] = {
    INDEXED_PARTY, N_INDEXED, INDEXED_DELEGATION, INDEXED_COUNTRY,
  };

  for (guint f = 0; f < DLG_N_FACETS; f++)
    {
      const char *chosen = self->chosen[f];
      int kind;

      if (chosen == NULL)
        self->chosen_ids[f] = CHOSEN_ANY;
      else if (f == DLG_FACET_ROLE_KIND)
        self->chosen_ids[f] = dlg_enum_from_nick (DLG_TYPE_ROLE_KIND, chosen, &kind) ? (guint) kind
                                                                                      : CHOSEN_NONE;
      else
        {
          gpointer id = self->index != NULL ? g_hash_table_lookup (self->index->ids[indexed[f]],
                                                                   chosen)
                                            : NULL;

          self->chosen_ids[f] = id != NULL ? GPOINTER_TO_UINT (id) - 1 : CHOSEN_NONE;
        }
    }
}

/* Which facets a member passes; the search is checked apart */
typedef struct
{
  gboolean party;
  gboolean role_kind;
  gboolean delegation;
  gboolean country;
} Passes;

static gboolean
chosen (guint choice,
        guint id)
{
  return choice == CHOSEN_ANY || choice == id;
}

static Passes
match_facets (DlgFilter *self,
              const Row *row)
{
  Passes p;

  /* not indexed (a member of a dataset on its way out): it passes only
   * the facets where nothing is chosen */
  if (row == NULL)
    {
      p.party = self->chosen[DLG_FACET_PARTY] == NULL;
      p.role_kind = self->chosen[DLG_FACET_ROLE_KIND] == NULL;
      p.delegation = self->chosen[DLG_FACET_DELEGATION] == NULL;
      p.country = self->chosen[DLG_FACET_COUNTRY] == NULL;
      return p;
    }
  p.party = chosen (self->chosen_ids[DLG_FACET_PARTY], row->party);
  p.role_kind = chosen (self->chosen_ids[DLG_FACET_ROLE_KIND], (guint) row->role_kind);
  p.delegation = chosen (self->chosen_ids[DLG_FACET_DELEGATION], row->delegation);
  p.country = self->chosen_ids[DLG_FACET_COUNTRY] == CHOSEN_ANY;
  for (guint c = 0; c < row->n_countries && !p.country; c++)
    p.country = g_array_index (self->index->countries, guint, row->first_country + c) ==
                self->chosen_ids[DLG_FACET_COUNTRY];
  return p;
}

static Row *
row_of (DlgFilter *self,
        DlgMember *m)
{
  guint at = self->index != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (self->index->rows, m))
                                 : 0;

  return at > 0 ? &g_array_index (self->index->row_data, Row, at - 1) : NULL;
}

/* Whether m (its row, or NULL) matches the search, worked out once per
 * search */
static gboolean
matches_search (DlgFilter *self,
                DlgMember *m,
                Row       *row)
{
  if (row == NULL)
    return dlg_member_matches (m, self->folded_search);
  if (row->search_gen != self->search_gen)
    {
      row->matched = dlg_member_matches (m, self->folded_search);
      row->search_gen = self->search_gen;
    }
  return row->matched;
}

/* Whether m passes "confirmed facts only" */
static gboolean
matches_certainty (DlgFilter *self,
                   DlgMember *m,
                   Row       *row)
{
  if (!self->confirmed_only)
    return TRUE;
  if (row != NULL)
    return row->confirmed;
  return dlg_record_get_certainty (DLG_RECORD (m)) == DLG_CERTAINTY_CONFIRMED;
}

static gboolean
dlg_filter_match (GtkFilter *filter,
                  gpointer   item)
{
  DlgFilter *self = DLG_FILTER (filter);
  DlgMember *m = item;
  Row *row = row_of (self, m);
  Passes p;

  if (!matches_certainty (self, m, row))
    return FALSE;
  p = match_facets (self, row);
  return p.party && p.role_kind && p.delegation && p.country && matches_search (self, m, row);
}

/* Adds a route's stops to reached (only those confirmed, with confirmed
 * facts only), and all of them to all (what the rest of the filter
 * reaches, to count what the certainty hid) */
static void
add_route (DlgFilter  *self,
           GPtrArray  *route,
           GHashTable *reached,
           GHashTable *all)
{
  for (guint k = 0; k < route->len; k++)
    {
      DlgDestination *d = g_ptr_array_index (route, k);

      if (all != NULL)
        g_hash_table_add (all, d);
      if (reached != NULL &&
          (!self->confirmed_only ||
           dlg_record_get_certainty (DLG_RECORD (d)) == DLG_CERTAINTY_CONFIRMED))
        g_hash_table_add (reached, d);
    }
}

static GtkFilterMatch
dlg_filter_get_strictness (GtkFilter *filter)
{
  return dlg_filter_is_active (DLG_FILTER (filter)) ? GTK_FILTER_MATCH_SOME
                                                    : GTK_FILTER_MATCH_ALL;
}

/* Each choice's count: counts[id] by the choice's value's id (the kind
 * of role: by its value) */
static void
set_counts (GListModel  *choices,
            GHashTable  *ids,
            const guint *counts,
            guint        all)
{
  guint n = g_list_model_get_n_items (choices);

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

void
dlg_filter_count (DlgFilter *self)
{
  Index *index;
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
  /* with confirmed facts only: the stops the rest of the filter reaches,
   * and the routes added to them, to say how many stops it hid */
  g_autoptr(GHashTable) reached_all = self->confirmed_only ? g_hash_table_new (NULL, NULL) : NULL;
  g_autoptr(GHashTable) routes_added_all = self->confirmed_only ? g_hash_table_new (NULL, NULL)
                                                                : NULL;
  guint hidden_members = 0, hidden_stops = 0;
  guint n_shown = 0;
  g_autofree gboolean *delegation_shown = NULL;
  gboolean changed;
  GListModel *sides;
  /* the rows are in the members' order (index_new): walked along with
   * them instead of looked up per member */
  guint at = 0;

  g_return_if_fail (DLG_IS_FILTER (self));

  g_clear_handle_id (&self->count_source, g_source_remove);
  index = self->index;
  if (self->dataset == NULL || index == NULL)
    return;

  delegation_shown = g_new0 (gboolean, index->values[INDEXED_DELEGATION]->len);
  parties = g_new0 (guint, index->values[INDEXED_PARTY]->len);
  delegations = g_new0 (guint, index->values[INDEXED_DELEGATION]->len);
  countries = g_new0 (guint, index->values[INDEXED_COUNTRY]->len);
  sides = dlg_dataset_get_sides (self->dataset);
  for (guint i = 0; i < g_list_model_get_n_items (sides); i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, i);
      GListModel *members = dlg_side_get_members (side);
      guint n = g_list_model_get_n_items (members);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(DlgMember) m = g_list_model_get_item (members, j);
          Row *row;
          Passes p;

          g_assert (at < index->row_data->len);
          row = &g_array_index (index->row_data, Row, at++);
          if (!matches_search (self, m, row))
            continue;
          p = match_facets (self, row);
          if (!matches_certainty (self, m, row))
            {
              /* hidden by its certainty alone: counted, and counted nowhere else */
              if (p.party && p.role_kind && p.delegation && p.country)
                {
                  GPtrArray *route = dlg_member_get_route (m);

                  hidden_members++;
                  if (g_hash_table_add (routes_added_all, route))
                    add_route (self, route, NULL, reached_all);
                }
              continue;
            }
          if (p.party && p.role_kind && p.delegation && p.country)
            {
              GPtrArray *route = dlg_member_get_route (m);
              const char *delegation = dlg_member_get_delegation_id (m);

              n_shown++;
              if (g_hash_table_add (routes_added, route))
                add_route (self, route, reached,
                           reached_all != NULL && g_hash_table_add (routes_added_all, route)
                           ? reached_all : NULL);
              if (delegation != NULL && !delegation_shown[row->delegation])
                {
                  delegation_shown[row->delegation] = TRUE;
                  g_hash_table_add (shown_delegations, (gpointer) delegation);
                }
            }
          if (p.role_kind && p.delegation && p.country)
            {
              parties[row->party]++;
              all_parties++;
            }
          if (p.party && p.delegation && p.country)
            {
              kinds[row->role_kind]++;
              all_kinds++;
            }
          if (p.party && p.role_kind && p.country)
            {
              delegations[row->delegation]++;
              all_delegations++;
            }
          if (p.party && p.role_kind && p.delegation)
            {
              /* each value once per member, from their own route */
              for (guint c = 0; c < row->n_countries; c++)
                countries[g_array_index (index->countries, guint, row->first_country + c)]++;
              all_countries++;
            }
        }
    }

  set_counts (G_LIST_MODEL (self->choices[DLG_FACET_PARTY]), index->ids[INDEXED_PARTY], parties,
              all_parties);
  set_counts (G_LIST_MODEL (self->choices[DLG_FACET_ROLE_KIND]), NULL, kinds, all_kinds);
  set_counts (G_LIST_MODEL (self->choices[DLG_FACET_DELEGATION]), index->ids[INDEXED_DELEGATION],
              delegations, all_delegations);
  set_counts (G_LIST_MODEL (self->choices[DLG_FACET_COUNTRY]), index->ids[INDEXED_COUNTRY],
              countries, all_countries);

  if (reached_all != NULL)
    hidden_stops = g_hash_table_size (reached_all) - g_hash_table_size (reached);
  self->n_shown = n_shown;
  self->n_people = at;

  /* a keystroke that keeps the same places and delegations (most of
   * them, typing into a big dataset) keeps the result */
  changed = self->result == NULL ||
            !dlg_sets_equal (self->result->reached, reached) ||
            !dlg_sets_equal (self->result->delegations, shown_delegations) ||
            self->result->hidden_members != hidden_members ||
            self->result->hidden_stops != hidden_stops ||
            (self->result->reached_facts == NULL) != (reached_all == NULL) ||
            (reached_all != NULL && !dlg_sets_equal (self->result->reached_facts, reached_all));
  if (changed)
    {
      g_clear_object (&self->result);
      self->result = result_new (g_steal_pointer (&reached), g_steal_pointer (&shown_delegations));
      self->result->hidden_members = hidden_members;
      self->result->hidden_stops = hidden_stops;
      self->result->reached_facts = g_steal_pointer (&reached_all);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
    }
  g_signal_emit (self, signals[COUNTED], 0, changed);
}

static gboolean
count_cb (gpointer user_data)
{
  DlgFilter *self = user_data;

  self->count_source = 0;
  dlg_filter_count (self);
  return G_SOURCE_REMOVE;
}

/* The lists follow at once; the counts after they have redrawn, so that
 * typing stays quick. */
static void
changed (DlgFilter       *self,
         GtkFilterChange  change)
{
  gtk_filter_changed (GTK_FILTER (self), change);
  if (self->count_source == 0 && self->dataset != NULL)
    self->count_source = g_idle_add (count_cb, self);
}

DlgFilterResult *
dlg_filter_get_result (DlgFilter *self)
{
  g_return_val_if_fail (DLG_IS_FILTER (self), NULL);

  if (self->count_source != 0)
    dlg_filter_count (self);
  return self->result;
}

DlgFilterResult *
dlg_filter_peek_result (DlgFilter *self)
{
  g_return_val_if_fail (DLG_IS_FILTER (self), NULL);
  return self->count_source == 0 ? self->result : NULL;
}

void
dlg_filter_set_search (DlgFilter  *self,
                       const char *text)
{
  g_autofree char *folded = NULL;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_return_if_fail (DLG_IS_FILTER (self));

  if (text != NULL && text[0] == '\0')
    text = NULL;
  if (g_strcmp0 (text, self->search) == 0)
    return;
  folded = text != NULL ? dlg_text_fold (text) : NULL;
  g_free (self->search);
  self->search = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
  if (g_strcmp0 (folded, self->folded_search) == 0)
    return;
  /* a longer search shows fewer members, a shorter one more */
  if (self->folded_search == NULL || (folded != NULL && strstr (folded, self->folded_search)))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (folded == NULL || strstr (self->folded_search, folded) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  g_free (self->folded_search);
  self->folded_search = g_steal_pointer (&folded);
  self->search_gen++;
  changed (self, change);
}

const char *
dlg_filter_get_search (DlgFilter *self)
{
  g_return_val_if_fail (DLG_IS_FILTER (self), NULL);
  return self->search;
}

const char *
dlg_filter_get_folded_search (DlgFilter *self)
{
  g_return_val_if_fail (DLG_IS_FILTER (self), NULL);
  return self->folded_search;
}

void
dlg_filter_set_facet (DlgFilter  *self,
                      DlgFacet    facet,
                      const char *value)
{
  GtkFilterChange change;

  g_return_if_fail (DLG_IS_FILTER (self));
  g_return_if_fail (facet < DLG_N_FACETS);

  if (g_strcmp0 (self->chosen[facet], value) == 0)
    return;
  /* from any value to one: fewer members; from one to any: more */
  change = self->chosen[facet] == NULL ? GTK_FILTER_CHANGE_MORE_STRICT
           : value == NULL ? GTK_FILTER_CHANGE_LESS_STRICT : GTK_FILTER_CHANGE_DIFFERENT;
  g_free (self->chosen[facet]);
  self->chosen[facet] = g_strdup (value);
  choose_ids (self);
  changed (self, change);
}

const char *
dlg_filter_get_facet (DlgFilter *self,
                      DlgFacet   facet)
{
  g_return_val_if_fail (DLG_IS_FILTER (self), NULL);
  g_return_val_if_fail (facet < DLG_N_FACETS, NULL);
  return self->chosen[facet];
}

void
dlg_filter_set_confirmed_only (DlgFilter *self,
                               gboolean   confirmed_only)
{
  g_return_if_fail (DLG_IS_FILTER (self));

  confirmed_only = !!confirmed_only;
  if (self->confirmed_only == confirmed_only)
    return;
  self->confirmed_only = confirmed_only;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIRMED_ONLY]);
  changed (self, confirmed_only ? GTK_FILTER_CHANGE_MORE_STRICT : GTK_FILTER_CHANGE_LESS_STRICT);
}

gboolean
dlg_filter_get_confirmed_only (DlgFilter *self)
{
  g_return_val_if_fail (DLG_IS_FILTER (self), FALSE);
  return self->confirmed_only;
}

guint
dlg_filter_get_n_shown (DlgFilter *self)
{
  g_return_val_if_fail (DLG_IS_FILTER (self), 0);
  return self->n_shown;
}

guint
dlg_filter_get_n_people (DlgFilter *self)
{
  g_return_val_if_fail (DLG_IS_FILTER (self), 0);
  return self->n_people;
}

gboolean
dlg_filter_is_active (DlgFilter *self)
{
  g_return_val_if_fail (DLG_IS_FILTER (self), FALSE);

  for (guint f = 0; f < DLG_N_FACETS; f++)
    if (self->chosen[f] != NULL)
      return TRUE;
  return self->folded_search != NULL || self->confirmed_only;
}

void
dlg_filter_clear (DlgFilter *self)
{
  gboolean was_active;

  g_return_if_fail (DLG_IS_FILTER (self));

  was_active = dlg_filter_is_active (self);
  for (guint f = 0; f < DLG_N_FACETS; f++)
    g_clear_pointer (&self->chosen[f], g_free);
  choose_ids (self);
  if (self->search != NULL)
    {
      g_clear_pointer (&self->search, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
    }
  g_clear_pointer (&self->folded_search, g_free);
  self->search_gen++;
  /* everything shows again, facts not confirmed too */
  if (self->confirmed_only)
    {
      self->confirmed_only = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIRMED_ONLY]);
    }
  if (was_active)
    changed (self, GTK_FILTER_CHANGE_LESS_STRICT);
}

GListModel *
dlg_filter_get_choices (DlgFilter *self,
                        DlgFacet   facet)
{
  g_return_val_if_fail (DLG_IS_FILTER (self), NULL);
  g_return_val_if_fail (facet < DLG_N_FACETS, NULL);
  return G_LIST_MODEL (self->choices[facet]);
}

/* A facet's choices: "All …" and the dataset's, in a new model (a drop-
 * down whose model changes under it re-enters its selection) */
static void
set_choices (DlgFilter *self,
             DlgFacet   facet,
             GPtrArray *choices)
{
  g_autoptr(DlgFacetChoice) all = dlg_facet_choice_new (_(all_names[facet]), NULL);

  g_clear_object (&self->choices[facet]);
  self->choices[facet] = g_list_store_new (DLG_TYPE_FACET_CHOICE);
  g_list_store_append (self->choices[facet], all);
  for (guint i = 0; choices != NULL && i < choices->len; i++)
    {
      Choice *c = g_ptr_array_index (choices, i);
      g_autoptr(DlgFacetChoice) choice = dlg_facet_choice_new (c->name, c->value);

      g_list_store_append (self->choices[facet], choice);
    }
}

/* Whether value is one of facet's choices */
static gboolean
offers (DlgFilter  *self,
        DlgFacet    facet,
        const char *value)
{
  GListModel *choices = G_LIST_MODEL (self->choices[facet]);

  for (guint i = 1; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(DlgFacetChoice) choice = g_list_model_get_item (choices, i);

      if (g_strcmp0 (dlg_facet_choice_get_value (choice), value) == 0)
        return TRUE;
    }
  return FALSE;
}

void
dlg_filter_set_dataset (DlgFilter  *self,
                        DlgDataset *dataset)
{
  Prepared *prepared = NULL;

  g_return_if_fail (DLG_IS_FILTER (self));
  g_return_if_fail (dataset == NULL || DLG_IS_DATASET (dataset));

  if (self->dataset == dataset)
    return;
  g_set_object (&self->dataset, dataset);
  g_clear_pointer (&self->index, index_free);
  g_clear_object (&self->result);
  if (dataset != NULL)
    {
      prepared = g_object_steal_data (G_OBJECT (dataset), PREPARED_KEY);
      self->prepared = prepared != NULL;
      if (prepared == NULL)
        prepared = prepared_new (dataset);
      self->index = g_steal_pointer (&prepared->index);
    }
  for (guint f = 0; f < DLG_N_FACETS; f++)
    {
      set_choices (self, f, prepared != NULL ? prepared->choices[f] : NULL);
      /* a value the new dataset does not offer goes: it would hide every
       * member while the drop-down says "All …" */
      if (self->chosen[f] != NULL && !offers (self, f, self->chosen[f]))
        g_clear_pointer (&self->chosen[f], g_free);
    }
  g_clear_pointer (&prepared, prepared_free);
  /* the rows are new: every member is matched again */
  self->search_gen++;
  choose_ids (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  changed (self, GTK_FILTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

DlgDataset *
dlg_filter_get_dataset (DlgFilter *self)
{
  g_return_val_if_fail (DLG_IS_FILTER (self), NULL);
  return self->dataset;
}

gboolean
dlg_filter_get_prepared (DlgFilter *self)
{
  g_return_val_if_fail (DLG_IS_FILTER (self), FALSE);
  return self->prepared;
}

/* The name of a facet's chosen value, from its choices */
static char *
chosen_name (DlgFilter *self,
             DlgFacet   facet)
{
  GListModel *choices = G_LIST_MODEL (self->choices[facet]);

  for (guint i = 1; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(DlgFacetChoice) choice = g_list_model_get_item (choices, i);

      if (g_strcmp0 (dlg_facet_choice_get_value (choice), self->chosen[facet]) == 0)
        return g_strdup (dlg_facet_choice_get_name (choice));
    }
  return g_strdup (self->chosen[facet]);
}

char *
dlg_filter_describe (DlgFilter *self)
{
  g_autoptr(GString) s = g_string_new (NULL);
  const char *names[DLG_N_FACETS] = {
    _("Party"), _("Kind of role"), _("Delegation"), _("Destination"),
  };

  g_return_val_if_fail (DLG_IS_FILTER (self), NULL);

  for (guint f = 0; f < DLG_N_FACETS; f++)
    if (self->chosen[f] != NULL)
      {
        g_autofree char *name = chosen_name (self, f);
        g_autofree char *isolated = dlg_text_isolate (name);

        if (s->len > 0)
          /* Translators: between the parts of the filter on a printed sheet */
          g_string_append (s, _("; "));
        /* Translators: a part of the filter on a printed sheet, "Party: BJP" */
        g_string_append_printf (s, _("%s: %s"), names[f], isolated);
      }
  if (self->folded_search != NULL)
    {
      g_autofree char *searched = dlg_text_isolate (self->search);

      if (s->len > 0)
        g_string_append (s, _("; "));
      /* Translators: part of the filter described on a printed sheet */
      g_string_append_printf (s, _("search: ‘%s’"), searched);
    }
  if (self->confirmed_only)
    {
      if (s->len > 0)
        g_string_append (s, _("; "));
      /* Translators: part of the filter described on a printed sheet: members and stops
       * not confirmed by two independent sources are left out */
      g_string_append (s, _("confirmed facts only"));
    }
  return s->len > 0 ? g_strdup (s->str) : NULL;
}

static void
dlg_filter_dispose (GObject *object)
{
  DlgFilter *self = DLG_FILTER (object);

  g_clear_handle_id (&self->count_source, g_source_remove);
  g_clear_object (&self->dataset);
  g_clear_object (&self->result);
  for (guint f = 0; f < DLG_N_FACETS; f++)
    g_clear_object (&self->choices[f]);

  G_OBJECT_CLASS (dlg_filter_parent_class)->dispose (object);
}

static void
dlg_filter_finalize (GObject *object)
{
  DlgFilter *self = DLG_FILTER (object);

  g_clear_pointer (&self->index, index_free);
  g_free (self->search);
  g_free (self->folded_search);
  for (guint f = 0; f < DLG_N_FACETS; f++)
    g_free (self->chosen[f]);

  G_OBJECT_CLASS (dlg_filter_parent_class)->finalize (object);
}

static void
dlg_filter_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DlgFilter *self = DLG_FILTER (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;
    case PROP_CONFIRMED_ONLY:
      g_value_set_boolean (value, self->confirmed_only);
      break;
    case PROP_RESULT:
      g_value_set_object (value, self->result);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_filter_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  DlgFilter *self = DLG_FILTER (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      dlg_filter_set_dataset (self, g_value_get_object (value));
      break;
    case PROP_SEARCH:
      dlg_filter_set_search (self, g_value_get_string (value));
      break;
    case PROP_CONFIRMED_ONLY:
      dlg_filter_set_confirmed_only (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_filter_class_init (DlgFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->dispose = dlg_filter_dispose;
  object_class->finalize = dlg_filter_finalize;
  object_class->get_property = dlg_filter_get_property;
  object_class->set_property = dlg_filter_set_property;
  filter_class->match = dlg_filter_match;
  filter_class->get_strictness = dlg_filter_get_strictness;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, DLG_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* as typed; "" is no search */
  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* members and stops not confirmed (format 1.2 certainty) are hidden */
  properties[PROP_CONFIRMED_ONLY] =
    g_param_spec_boolean ("confirmed-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESULT] =
    g_param_spec_object ("result", NULL, NULL, DLG_TYPE_FILTER_RESULT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* ::counted (changed): the counts and the result are made; changed:
   * the result differs from the last one */
  signals[COUNTED] = g_signal_new ("counted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
dlg_filter_init (DlgFilter *self)
{
  for (guint f = 0; f < DLG_N_FACETS; f++)
    set_choices (self, f, NULL);
  choose_ids (self);
}

DlgFilter *
dlg_filter_new (void)
{
  return g_object_new (DLG_TYPE_FILTER, NULL);
}
