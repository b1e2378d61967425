/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-filter"

#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "dlg-facet-choice.h"
#include "dlg-filter.h"

/* The members' filter without a window (no display needed): what it
 * matches, how strict each change says it is, and the one counting pass
 * (each facet's counts, the destinations reached, the delegations
 * shown) on a dataset of three sides. */

#define STAY(capital, country, status, lat, lon) \
  "{\"country\": \"" country "\", \"capital\": \"" capital "\", \"status\": \"" status "\", " \
  "\"unsc\": \"none\", \"latitude\": " #lat ", \"longitude\": " #lon "}"

static const char three_sides[] =
  "{\"format\": \"delegations\", \"version\": \"1.0\", \"title\": \"Three\", \"sources\": [], "
  "\"sides\": ["
  "{\"id\": \"a\", \"name\": \"Side A\", \"delegations\": [{\"id\": \"a1\", \"label\": \"Group A\", "
  "\"leader\": \"asha\", \"members\": ["
  "{\"id\": \"asha\", \"name\": \"Asha Rao\", \"party\": \"P1\", "
  "\"role_kind\": \"sitting-legislator\", \"status\": \"travelled\"}, "
  "{\"id\": \"ben\", \"name\": \"Ben Ali\", \"party\": \"P2\", \"role_kind\": \"former-diplomat\", "
  "\"status\": \"travelled\"}], "
  "\"destinations\": [" STAY ("Paris", "France", "visited", 48, 2) ", "
  STAY ("Rome", "Italy", "visited", 41, 12) "]}]}, "
  "{\"id\": \"b\", \"name\": \"Side B\", \"delegations\": [{\"id\": \"b1\", \"label\": \"Group B\", "
  "\"leader\": \"chen\", \"members\": ["
  "{\"id\": \"chen\", \"name\": \"Chen Wu\", \"party\": \"P1\", \"role_kind\": \"minister\", "
  "\"status\": \"travelled\"}], "
  "\"destinations\": [" STAY ("Paris", "France", "visited", 48, 2) "]}]}, "
  "{\"id\": \"c\", \"name\": \"Side C\", \"delegations\": [{\"id\": \"c1\", \"label\": \"Group C\", "
  "\"leader\": \"dana\", \"members\": ["
  "{\"id\": \"dana\", \"name\": \"Dana Ito\", \"role_kind\": \"official\", "
  "\"status\": \"travelled\"}], "
  "\"destinations\": [" STAY ("Berlin", "Germany", "planned-not-visited", 52, 13) "]}]}]}";

static DlgDataset *
load_three_sides (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (three_sides, strlen (three_sides));
  g_autoptr(GError) error = NULL;
  DlgDataset *dataset = dlg_dataset_load_bytes (bytes, "three.json", &error);

  g_assert_no_error (error);
  return dataset;
}

/* Every member of the dataset the filter lets through, by name, "|"-joined */
static char *
matched (DlgFilter  *filter,
         DlgDataset *dataset)
{
  GListModel *sides = dlg_dataset_get_sides (dataset);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (sides); i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, i);
      GListModel *members = dlg_side_get_members (side);

      for (guint j = 0; j < g_list_model_get_n_items (members); j++)
        {
          g_autoptr(DlgMember) m = g_list_model_get_item (members, j);

          if (gtk_filter_match (GTK_FILTER (filter), m))
            g_string_append_printf (s, "%s%s", s->len > 0 ? "|" : "", dlg_member_get_name (m));
        }
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
test_filter_match (void)
{
  g_autoptr(DlgDataset) dataset = load_three_sides ();
  g_autoptr(DlgFilter) filter = dlg_filter_new ();
  g_autofree char *all = NULL;
  g_autofree char *p1 = NULL;
  g_autofree char *rome = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *nothing = NULL;

  dlg_filter_set_dataset (filter, dataset);
  all = matched (filter, dataset);
  g_assert_cmpstr (all, ==, "Asha Rao|Ben Ali|Chen Wu|Dana Ito");
  g_assert_false (dlg_filter_is_active (filter));
  g_assert_cmpint (gtk_filter_get_strictness (GTK_FILTER (filter)), ==, GTK_FILTER_MATCH_ALL);

  dlg_filter_set_facet (filter, DLG_FACET_PARTY, "P1");
  p1 = matched (filter, dataset);
  g_assert_cmpstr (p1, ==, "Asha Rao|Chen Wu");
  g_assert_true (dlg_filter_is_active (filter));

  /* a stop of the route is searched too; case and accents do not count */
  dlg_filter_set_search (filter, "RÓME");
  rome = matched (filter, dataset);
  g_assert_cmpstr (rome, ==, "Asha Rao");
  g_assert_cmpstr (dlg_filter_get_folded_search (filter), ==, "rome");

  /* a stop only planned is its own value, never a visit */
  dlg_filter_clear (filter);
  dlg_filter_set_facet (filter, DLG_FACET_COUNTRY, "Germany");
  nothing = matched (filter, dataset);
  g_assert_cmpstr (nothing, ==, "");
  dlg_filter_set_facet (filter, DLG_FACET_COUNTRY, "\001planned:Germany");
  planned = matched (filter, dataset);
  g_assert_cmpstr (planned, ==, "Dana Ito");
}

static void
changed_cb (GtkFilter       *filter,
            GtkFilterChange  change,
            GArray          *changes)
{
  g_array_append_val (changes, change);
}

static GtkFilterChange
last_change (GArray *changes)
{
  g_assert_cmpuint (changes->len, >, 0);
  return g_array_index (changes, GtkFilterChange, changes->len - 1);
}

/* Each change says how strict it is: the lists ask only the members
 * shown (more strict) or only those hidden (less strict) */
static void
test_filter_strictness (void)
{
  g_autoptr(DlgDataset) dataset = load_three_sides ();
  g_autoptr(DlgFilter) filter = dlg_filter_new ();
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (GtkFilterChange));
  guint n;

  dlg_filter_set_dataset (filter, dataset);
  g_signal_connect (filter, "changed", G_CALLBACK (changed_cb), changes);

  dlg_filter_set_search (filter, "a");
  g_assert_cmpint (last_change (changes), ==, GTK_FILTER_CHANGE_MORE_STRICT);
  dlg_filter_set_search (filter, "as");
  g_assert_cmpint (last_change (changes), ==, GTK_FILTER_CHANGE_MORE_STRICT);
  dlg_filter_set_search (filter, "a");
  g_assert_cmpint (last_change (changes), ==, GTK_FILTER_CHANGE_LESS_STRICT);
  dlg_filter_set_search (filter, "b");
  g_assert_cmpint (last_change (changes), ==, GTK_FILTER_CHANGE_DIFFERENT);
  dlg_filter_set_search (filter, "");
  g_assert_cmpint (last_change (changes), ==, GTK_FILTER_CHANGE_LESS_STRICT);

  /* the same search folded (another case) changes nothing */
  dlg_filter_set_search (filter, "ben");
  n = changes->len;
  dlg_filter_set_search (filter, "BEN");
  g_assert_cmpuint (changes->len, ==, n);

  dlg_filter_set_facet (filter, DLG_FACET_PARTY, "P1");
  g_assert_cmpint (last_change (changes), ==, GTK_FILTER_CHANGE_MORE_STRICT);
  dlg_filter_set_facet (filter, DLG_FACET_PARTY, "P2");
  g_assert_cmpint (last_change (changes), ==, GTK_FILTER_CHANGE_DIFFERENT);
  dlg_filter_set_facet (filter, DLG_FACET_PARTY, NULL);
  g_assert_cmpint (last_change (changes), ==, GTK_FILTER_CHANGE_LESS_STRICT);
  n = changes->len;
  dlg_filter_set_facet (filter, DLG_FACET_PARTY, NULL);
  g_assert_cmpuint (changes->len, ==, n);

  dlg_filter_set_facet (filter, DLG_FACET_ROLE_KIND, "minister");
  dlg_filter_clear (filter);
  g_assert_cmpint (last_change (changes), ==, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_null (dlg_filter_get_search (filter));
  g_assert_false (dlg_filter_is_active (filter));
  g_signal_handlers_disconnect_by_func (filter, changed_cb, changes);
}

/* A facet's counts: choice value (NULL: "All …") → count */
static guint
count_of (DlgFilter  *filter,
          DlgFacet    facet,
          const char *value)
{
  GListModel *choices = dlg_filter_get_choices (filter, facet);

  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(DlgFacetChoice) choice = g_list_model_get_item (choices, i);

      if (g_strcmp0 (dlg_facet_choice_get_value (choice), value) == 0)
        return dlg_facet_choice_get_count (choice);
    }
  g_assert_not_reached ();
}

static void
counted_cb (DlgFilter *filter,
            gboolean   changed,
            guint     *n)
{
  (*n)++;
}

static gboolean
counted_once (gpointer data)
{
  return *(guint *) data > 0;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The labels of the destinations in a set, sorted, "|"-joined */
static char *
places_of (GHashTable *reached)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, reached);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (names, g_strdup_printf ("%s/%s", dlg_destination_get_delegation_label (key),
                                             dlg_destination_get_place_label (key)));
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("|", (char **) names->pdata);
}

/* One pass counts every facet's choices with the other facets as they
 * are, and makes the destinations and delegations of the members shown;
 * after a change it runs once, at an idle moment. */
static void
test_filter_counts (void)
{
  g_autoptr(DlgDataset) dataset = load_three_sides ();
  g_autoptr(DlgFilter) filter = dlg_filter_new ();
  DlgFilterResult *result;
  g_autofree char *all_places = NULL;
  g_autofree char *p1_places = NULL;
  guint n_counted = 0;
  gint64 end;

  dlg_filter_prepare_dataset (dataset);
  dlg_filter_set_dataset (filter, dataset);
  g_assert_true (dlg_filter_get_prepared (filter));
  g_signal_connect (filter, "counted", G_CALLBACK (counted_cb), &n_counted);
  /* the count waits for an idle moment, and runs once */
  dlg_filter_set_search (filter, "a");
  dlg_filter_set_search (filter, "");
  g_assert_cmpuint (n_counted, ==, 0);
  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!counted_once (&n_counted) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (n_counted, ==, 1);

  g_assert_cmpuint (count_of (filter, DLG_FACET_PARTY, NULL), ==, 4);
  g_assert_cmpuint (count_of (filter, DLG_FACET_PARTY, "P1"), ==, 2);
  g_assert_cmpuint (count_of (filter, DLG_FACET_PARTY, "P2"), ==, 1);
  /* party not known: the members without one */
  g_assert_cmpuint (count_of (filter, DLG_FACET_PARTY, ""), ==, 1);
  g_assert_cmpuint (count_of (filter, DLG_FACET_ROLE_KIND, "minister"), ==, 1);
  g_assert_cmpuint (count_of (filter, DLG_FACET_COUNTRY, "France"), ==, 3);
  g_assert_cmpuint (count_of (filter, DLG_FACET_COUNTRY, "Italy"), ==, 2);
  g_assert_cmpuint (count_of (filter, DLG_FACET_COUNTRY, "\001planned:Germany"), ==, 1);
  g_assert_cmpuint (count_of (filter, DLG_FACET_DELEGATION, "c1"), ==, 1);
  /* a choice's count says what it counts; "All …" none (the tables do) */
  {
    GListModel *choices = dlg_filter_get_choices (filter, DLG_FACET_PARTY);
    g_autoptr(DlgFacetChoice) all = g_list_model_get_item (choices, 0);
    g_autoptr(DlgFacetChoice) p1 = NULL;
    g_autoptr(DlgFacetChoice) p2 = NULL;

    g_assert_cmpstr (dlg_facet_choice_get_label (all), ==, "All parties");
    for (guint i = 1; i < g_list_model_get_n_items (choices); i++)
      {
        g_autoptr(DlgFacetChoice) choice = g_list_model_get_item (choices, i);

        if (g_strcmp0 (dlg_facet_choice_get_value (choice), "P1") == 0)
          p1 = g_steal_pointer (&choice);
        else if (g_strcmp0 (dlg_facet_choice_get_value (choice), "P2") == 0)
          p2 = g_steal_pointer (&choice);
      }
    g_assert_cmpstr (dlg_facet_choice_get_label (p1), ==, "\u2068P1\u2069 (2 people)");
    g_assert_cmpstr (dlg_facet_choice_get_label (p2), ==, "\u2068P2\u2069 (1 person)");
  }
  result = dlg_filter_get_result (filter);
  all_places = places_of (dlg_filter_result_get_reached (result));
  g_assert_cmpstr (all_places, ==, "Group A/Paris|Group A/Rome|Group B/Paris|Group C/Berlin");
  g_assert_cmpuint (g_hash_table_size (dlg_filter_result_get_delegations (result)), ==, 3);

  /* P1 chosen: the parties still count with the other facets only; the
   * destinations and delegations are the two P1 members' */
  dlg_filter_set_facet (filter, DLG_FACET_PARTY, "P1");
  result = dlg_filter_get_result (filter);
  g_assert_cmpuint (n_counted, ==, 2);
  g_assert_cmpuint (count_of (filter, DLG_FACET_PARTY, "P2"), ==, 1);
  g_assert_cmpuint (count_of (filter, DLG_FACET_COUNTRY, "France"), ==, 2);
  g_assert_cmpuint (count_of (filter, DLG_FACET_COUNTRY, "Italy"), ==, 1);
  g_assert_cmpuint (count_of (filter, DLG_FACET_COUNTRY, "\001planned:Germany"), ==, 0);
  g_assert_cmpuint (count_of (filter, DLG_FACET_ROLE_KIND, NULL), ==, 2);
  p1_places = places_of (dlg_filter_result_get_reached (result));
  g_assert_cmpstr (p1_places, ==, "Group A/Paris|Group A/Rome|Group B/Paris");
  g_assert_true (g_hash_table_contains (dlg_filter_result_get_delegations (result), "a1"));
  g_assert_true (g_hash_table_contains (dlg_filter_result_get_delegations (result), "b1"));
  g_assert_false (g_hash_table_contains (dlg_filter_result_get_delegations (result), "c1"));

  /* the filter in words, from the choices' names */
  {
    g_autofree char *words = NULL;

    dlg_filter_set_search (filter, "asha");
    words = dlg_filter_describe (filter);
    g_assert_cmpstr (words, ==, "Party: \u2068P1\u2069; search: ‘\u2068asha\u2069’");
  }
  g_signal_handlers_disconnect_by_func (filter, counted_cb, &n_counted);
}

/* Another dataset: the choices are the new dataset's, and what was chosen
 * stays chosen when the new dataset offers it; a choice it does not offer
 * goes (it would hide every member, the drop-down saying "All …") */
static void
test_filter_new_dataset (void)
{
  g_autoptr(DlgDataset) first = load_three_sides ();
  g_autoptr(DlgDataset) second = load_three_sides ();
  g_autoptr(DlgFilter) filter = dlg_filter_new ();
  GListModel *before;
  g_autofree char *p1 = NULL;

  dlg_filter_set_dataset (filter, first);
  dlg_filter_set_facet (filter, DLG_FACET_PARTY, "P1");
  before = dlg_filter_get_choices (filter, DLG_FACET_PARTY);
  g_object_ref (before);
  dlg_filter_set_dataset (filter, second);
  g_assert_true (dlg_filter_get_choices (filter, DLG_FACET_PARTY) != before);
  g_assert_false (dlg_filter_get_prepared (filter));
  g_assert_cmpstr (dlg_filter_get_facet (filter, DLG_FACET_PARTY), ==, "P1");
  p1 = matched (filter, second);
  g_assert_cmpstr (p1, ==, "Asha Rao|Chen Wu");
  g_object_unref (before);

  {
    static const char other_json[] =
      "{\"format\": \"delegations\", \"version\": \"1.0\", \"title\": \"Other\", "
      "\"sources\": [], \"sides\": ["
      "{\"id\": \"x\", \"name\": \"Side X\", \"delegations\": [{\"id\": \"x1\", "
      "\"label\": \"Group X\", \"members\": [{\"id\": \"eve\", \"name\": \"Eve Kim\", "
      "\"party\": \"Q9\", \"status\": \"travelled\"}], \"destinations\": []}]}, "
      "{\"id\": \"y\", \"name\": \"Side Y\", \"delegations\": []}]}";
    g_autoptr(GBytes) bytes = g_bytes_new_static (other_json, strlen (other_json));
    g_autoptr(GError) error = NULL;
    g_autoptr(DlgDataset) other = dlg_dataset_load_bytes (bytes, "other.json", &error);
    g_autofree char *all = NULL;

    g_assert_no_error (error);
    dlg_filter_set_search (filter, "eve");
    dlg_filter_set_dataset (filter, other);
    g_assert_null (dlg_filter_get_facet (filter, DLG_FACET_PARTY));
    /* the search is no choice of the dataset's: it stays */
    g_assert_cmpstr (dlg_filter_get_search (filter), ==, "eve");
    all = matched (filter, other);
    g_assert_cmpstr (all, ==, "Eve Kim");
  }
  /* the filter goes with its last reference */
  g_assert_finalize_object (g_steal_pointer (&filter));
}

/* "Confirmed facts only" (format 1.2): members not confirmed are not
 * matched, stops not confirmed are not reached, the result says how many
 * of each it hid of what the rest of the filter shows, and clearing the
 * filter turns it off */
static void
test_filter_confirmed_only (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "certainty-1-2.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DlgDataset) dataset = dlg_dataset_load_file (file, NULL, NULL, &error);
  g_autoptr(DlgFilter) filter = dlg_filter_new ();
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (GtkFilterChange));
  DlgFilterResult *result;
  g_autofree char *confirmed = NULL;
  g_autofree char *places = NULL;
  g_autofree char *words = NULL;
  g_autofree char *p2 = NULL;

  g_assert_no_error (error);
  dlg_filter_set_dataset (filter, dataset);
  g_signal_connect (filter, "changed", G_CALLBACK (changed_cb), changes);
  result = dlg_filter_get_result (filter);
  g_assert_cmpuint (dlg_filter_result_get_hidden_members (result), ==, 0);
  g_assert_false (dlg_filter_is_active (filter));

  dlg_filter_set_confirmed_only (filter, TRUE);
  g_assert_cmpint (last_change (changes), ==, GTK_FILTER_CHANGE_MORE_STRICT);
  g_assert_true (dlg_filter_is_active (filter));
  confirmed = matched (filter, dataset);
  g_assert_cmpstr (confirmed, ==, "Alpha Leader|Delta Legs|Zeta Leader");
  result = dlg_filter_get_result (filter);
  /* Paris (one source) and Side B's London (one source) are not reached */
  places = places_of (dlg_filter_result_get_reached (result));
  g_assert_cmpstr (places, ==, "Group 1/London|Group 1/New York|Peace delegation/UN Headquarters, New York");
  g_assert_cmpuint (dlg_filter_result_get_hidden_members (result), ==, 4);
  g_assert_cmpuint (dlg_filter_result_get_hidden_stops (result), ==, 2);
  /* the facets count what is shown */
  g_assert_cmpuint (count_of (filter, DLG_FACET_PARTY, "P1"), ==, 1);
  words = dlg_filter_describe (filter);
  g_assert_cmpstr (words, ==, "confirmed facts only");

  /* with another part of the filter: what it hides of what that shows */
  dlg_filter_set_facet (filter, DLG_FACET_PARTY, "P2");
  p2 = matched (filter, dataset);
  g_assert_cmpstr (p2, ==, "Delta Legs");
  result = dlg_filter_get_result (filter);
  g_assert_cmpuint (dlg_filter_result_get_hidden_members (result), ==, 1);

  dlg_filter_clear (filter);
  g_assert_false (dlg_filter_get_confirmed_only (filter));
  g_assert_cmpint (last_change (changes), ==, GTK_FILTER_CHANGE_LESS_STRICT);
  result = dlg_filter_get_result (filter);
  g_assert_cmpuint (dlg_filter_result_get_hidden_members (result), ==, 0);
  g_assert_cmpuint (dlg_filter_result_get_hidden_stops (result), ==, 0);
  g_signal_handlers_disconnect_by_func (filter, changed_cb, changes);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/filter/match", test_filter_match);
  g_test_add_func ("/ui/filter/strictness", test_filter_strictness);
  g_test_add_func ("/ui/filter/counts", test_filter_counts);
  g_test_add_func ("/ui/filter/new-dataset", test_filter_new_dataset);
  g_test_add_func ("/ui/filter/confirmed-only", test_filter_confirmed_only);

  return g_test_run ();
}
