/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-loader"

#include "config.h"

#include <string.h>

#include "dlg-model.h"
#include "dlg-model-private.h"

static DlgDataset *
load_bundled (void)
{
  g_autoptr(GFile) file = dlg_bundled_dataset_file ();
  g_autoptr(GError) error = NULL;
  DlgDataset *dataset = dlg_dataset_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static DlgDataset *
load_test_file (const char *dir,
                const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DlgDataset *dataset = dlg_dataset_load_file (file, name, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static DlgSide *
side_named (DlgDataset *dataset,
            const char *id)
{
  DlgSide *side = dlg_dataset_lookup_side (dataset, id);

  g_assert_nonnull (side);
  return side;
}

static DlgMember *
member_named (DlgSide    *side,
              const char *name)
{
  GListModel *members = dlg_side_get_members (side);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(DlgMember) m = g_list_model_get_item (members, i);

      if (g_strcmp0 (dlg_member_get_name (m), name) == 0)
        return m;
    }
  g_error ("no member named %s", name);
  return NULL;
}

static DlgDelegation *
delegation_led_by (DlgSide    *side,
                   const char *leader)
{
  GListModel *delegations = dlg_side_get_delegations (side);

  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(DlgDelegation) d = g_list_model_get_item (delegations, i);
      DlgMember *m = dlg_delegation_get_leader (d);

      if (m != NULL && g_strcmp0 (dlg_member_get_name (m), leader) == 0)
        return d;
    }
  g_error ("no delegation led by %s", leader);
  return NULL;
}

static gboolean
places_contain (GPtrArray  *places,
                const char *capital)
{
  for (guint i = 0; i < places->len; i++)
    {
      DlgComparedPlace *p = g_ptr_array_index (places, i);

      if (g_strcmp0 (p->capital, capital) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_bundled_seven_indian_groups (void)
{
  g_autoptr(DlgDataset) dataset = load_bundled ();
  DlgSide *india = side_named (dataset, "india");
  GListModel *groups = dlg_side_get_delegations (india);
  const char *leaders[] = {
    "Baijayant 'Jay' Panda", "Ravi Shankar Prasad", "Sanjay Kumar Jha",
    "Shrikant Eknath Shinde", "Shashi Tharoor", "Kanimozhi Karunanidhi", "Supriya Sule",
  };

  g_assert_cmpstr (dlg_dataset_get_version (dataset), ==, "1.2");
  g_assert_cmpuint (g_list_model_get_n_items (dlg_dataset_get_sides (dataset)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 7);
  for (guint i = 0; i < G_N_ELEMENTS (leaders); i++)
    {
      g_autoptr(DlgDelegation) d = g_list_model_get_item (groups, i);
      g_autofree char *label = g_strdup_printf ("Group %u", i + 1);

      g_assert_cmpstr (dlg_delegation_get_label (d), ==, label);
      g_assert_cmpstr (dlg_member_get_name (dlg_delegation_get_leader (d)), ==, leaders[i]);
      g_assert_true (dlg_member_get_is_leader (dlg_delegation_get_leader (d)));
    }
  /* The loader finds nothing to warn about in the bundled file. */
  g_assert_cmpuint (g_strv_length ((GStrv) dlg_dataset_get_warnings (dataset)), ==, 0);
}

static void
test_bundled_tharoor_route (void)
{
  g_autoptr(DlgDataset) dataset = load_bundled ();
  DlgDelegation *d = delegation_led_by (side_named (dataset, "india"), "Shashi Tharoor");
  GListModel *route = dlg_delegation_get_destinations (d);
  g_autoptr(GPtrArray) countries = g_ptr_array_new ();
  const char *expected[] = { "United States", "Guyana", "Panama", "Colombia", "Brazil" };

  for (guint i = 0; i < g_list_model_get_n_items (route); i++)
    {
      g_autoptr(DlgDestination) dest = g_list_model_get_item (route, i);
      const char *country = dlg_destination_get_country (dest);

      g_assert_cmpint (dlg_destination_get_status (dest), ==, DLG_VISIT_STATUS_VISITED);
      if (!g_ptr_array_find_with_equal_func (countries, country, g_str_equal, NULL))
        g_ptr_array_add (countries, (gpointer) country);
    }
  g_assert_cmpuint (countries->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_true (g_ptr_array_find_with_equal_func (countries, expected[i], g_str_equal, NULL));

  /* The route runs in date order: New York first, Washington last. */
  {
    g_autoptr(DlgDestination) first = g_list_model_get_item (route, 0);
    g_autoptr(DlgDestination) last =
      g_list_model_get_item (route, g_list_model_get_n_items (route) - 1);

    g_assert_cmpstr (dlg_destination_get_place_label (first), ==, "New York");
    g_assert_cmpstr (dlg_destination_get_from (first), ==, "2025-05-24");
    g_assert_cmpstr (dlg_destination_get_place_label (last), ==, "Washington, D.C.");
    g_assert_cmpint (dlg_destination_get_unsc (last), ==, DLG_UNSC_PERMANENT);
  }
}

static void
test_bundled_bilawal (void)
{
  g_autoptr(DlgDataset) dataset = load_bundled ();
  DlgDelegation *d = delegation_led_by (side_named (dataset, "pakistan"), "Bilawal Bhutto Zardari");
  GListModel *members = dlg_delegation_get_members (d);
  GListModel *route = dlg_delegation_get_destinations (d);
  guint travelled = 0;
  gboolean paris_seen = FALSE;
  g_autoptr(GHashTable) visited = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(DlgMember) m = g_list_model_get_item (members, i);

      if (dlg_member_get_status (m) == DLG_MEMBER_STATUS_TRAVELLED)
        travelled++;
    }
  g_assert_cmpuint (travelled, ==, 9);

  for (guint i = 0; i < g_list_model_get_n_items (route); i++)
    {
      g_autoptr(DlgDestination) dest = g_list_model_get_item (route, i);

      if (g_strcmp0 (dlg_destination_get_capital (dest), "Paris") == 0)
        {
          paris_seen = TRUE;
          g_assert_cmpint (dlg_destination_get_status (dest), ==,
                           DLG_VISIT_STATUS_PLANNED_NOT_VISITED);
          g_assert_null (dlg_destination_get_from (dest));
        }
      else
        {
          g_assert_cmpint (dlg_destination_get_status (dest), ==, DLG_VISIT_STATUS_VISITED);
          g_hash_table_add (visited, (gpointer) dlg_destination_get_place_label (dest));
        }
    }
  g_assert_true (paris_seen);
  /* the home capitals are places, so the map's routes start there */
  {
    g_autoptr(DlgSide) india = g_list_model_get_item (dlg_dataset_get_sides (dataset), 0);
    DlgPlace *home = dlg_side_get_home_place (india);
    double lat, lon;

    g_assert_nonnull (home);
    g_assert_cmpstr (dlg_place_get_name (home), ==, "New Delhi");
    g_assert_true (dlg_place_get_coordinates (home, &lat, &lon));
    g_assert_cmpfloat_with_epsilon (lat, 28.61, 0.01);
  }
  /* places (format 1.1): the UN in New York and the EU institutions */
  g_assert_true (g_hash_table_contains (visited, "UN Headquarters, New York"));
  g_assert_true (g_hash_table_contains (visited, "Washington, D.C."));
  g_assert_true (g_hash_table_contains (visited, "London"));
  g_assert_true (g_hash_table_contains (visited, "EU institutions, Brussels"));
  g_assert_cmpuint (g_hash_table_size (visited), ==, 4);
}

static void
test_bundled_article_disagreement (void)
{
  g_autoptr(DlgDataset) dataset = load_bundled ();
  DlgMember *malik = member_named (side_named (dataset, "pakistan"), "Musadik Masood Malik");
  GPtrArray *disagreements = dlg_record_get_disagreements (DLG_RECORD (malik));
  gboolean energy = FALSE;

  g_assert_cmpint (dlg_member_get_role_kind (malik), ==, DLG_ROLE_KIND_MINISTER);
  g_assert_nonnull (strstr (dlg_member_get_role (malik), "Climate Change"));
  for (guint i = 0; i < disagreements->len; i++)
    {
      DlgNote *note = g_ptr_array_index (disagreements, i);

      if (strstr (dlg_note_get_text (note), "Energy Minister") != NULL)
        {
          energy = TRUE;
          g_assert_true (g_strv_contains (dlg_note_get_sources (note), "article"));
        }
    }
  g_assert_true (energy);
}

static gboolean
notes_mention (GPtrArray  *notes,
               const char *text,
               const char *source)
{
  for (guint i = 0; i < notes->len; i++)
    {
      DlgNote *note = g_ptr_array_index (notes, i);

      if (strstr (dlg_note_get_text (note), text) != NULL &&
          (source == NULL || g_strv_contains (dlg_note_get_sources (note), source)))
        return TRUE;
    }
  return FALSE;
}

/* Every fact of the article the project started from is in the dataset,
 * cited to it. */
static void
test_bundled_article_facts (void)
{
  g_autoptr(DlgDataset) dataset = load_bundled ();
  GPtrArray *notes = dlg_record_get_notes (DLG_RECORD (dataset));
  DlgSide *pakistan = side_named (dataset, "pakistan");
  DlgDelegation *peace = delegation_led_by (pakistan, "Bilawal Bhutto Zardari");
  const char *named[] = {
    "Musadik Masood Malik", "Khurram Dastgir Khan", "Sherry Rehman", "Hina Rabbani Khar",
    "Syed Faisal Ali Subzwari", "Tehmina Janjua", "Jalil Abbas Jilani", "Bilawal Bhutto Zardari",
  };

  g_assert_true (notes_mention (notes, "Pahalgam terror attack on 22 April 2025 killed 26", NULL));
  g_assert_true (notes_mention (notes, "Operation Sindoor was launched on 7 May 2025", NULL));
  g_assert_true (notes_mention (notes, "over 100 terrorists", "article"));
  g_assert_true (notes_mention (notes, "radar systems and communication nodes", "article"));
  g_assert_true (notes_mention (notes, "Indus Waters Treaty", "article"));
  g_assert_true (notes_mention (dlg_record_get_notes (DLG_RECORD (peace)),
                                "London, Washington, Paris and Brussels", "article"));
  g_assert_true (notes_mention (dlg_record_get_notes (DLG_RECORD (side_named (dataset, "india"))),
                                "Shashi Tharoor (Congress)", "article"));
  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    g_assert_true (g_strv_contains (dlg_record_get_sources (DLG_RECORD (member_named (pakistan,
                                                                                     named[i]))),
                                    "article"));
  g_assert_nonnull (dlg_dataset_lookup_source (dataset, "article"));
}

static void
test_bundled_statuses_kept (void)
{
  g_autoptr(DlgDataset) dataset = load_bundled ();
  DlgSide *india = side_named (dataset, "india");

  g_assert_cmpint (dlg_member_get_status (member_named (india, "Yusuf Pathan")), ==,
                   DLG_MEMBER_STATUS_WITHDREW);
  g_assert_cmpint (dlg_member_get_status (member_named (india, "Sudip Bandyopadhyay")), ==,
                   DLG_MEMBER_STATUS_DECLINED);
  g_assert_cmpint (dlg_member_get_status (member_named (india, "Varun Jeph")), ==,
                   DLG_MEMBER_STATUS_UNCONFIRMED);
  g_assert_cmpint (dlg_member_get_role_kind (member_named (india, "Syed Akbaruddin")), ==,
                   DLG_ROLE_KIND_FORMER_DIPLOMAT);
  g_assert_cmpstr (dlg_member_get_delegation_label (member_named (india, "Asaduddin Owaisi")), ==,
                   "Group 1");
  g_assert_cmpstr (dlg_member_get_side_name (member_named (india, "Asaduddin Owaisi")), ==,
                   "India");
}

static void
check_sources_resolve (DlgDataset         *dataset,
                       const char * const *ids)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    g_assert_nonnull (dlg_dataset_lookup_source (dataset, ids[i]));
}

static void
test_bundled_every_fact_sourced (void)
{
  g_autoptr(DlgDataset) dataset = load_bundled ();
  GListModel *sides = dlg_dataset_get_sides (dataset);
  GListModel *sources = dlg_dataset_get_sources (dataset);

  /* 121 sources of the fact sheet, and the announcement article */
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 122);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(DlgSource) s = g_list_model_get_item (sources, i);

      g_assert_cmpuint (dlg_source_get_number (s), ==, i + 1);
      g_assert_nonnull (dlg_source_get_title (s));
    }

  for (guint i = 0; i < g_list_model_get_n_items (sides); i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, i);
      GListModel *members = dlg_side_get_members (side);
      GListModel *dests = dlg_side_get_destinations (side);

      for (guint j = 0; j < g_list_model_get_n_items (members); j++)
        {
          g_autoptr(DlgMember) m = g_list_model_get_item (members, j);
          const char * const *ids = dlg_record_get_sources (DLG_RECORD (m));

          g_assert_cmpuint (g_strv_length ((GStrv) ids), >, 0);
          check_sources_resolve (dataset, ids);
        }
      for (guint j = 0; j < g_list_model_get_n_items (dests); j++)
        {
          g_autoptr(DlgDestination) d = g_list_model_get_item (dests, j);
          const char * const *ids = dlg_record_get_sources (DLG_RECORD (d));
          double lat, lon;

          g_assert_cmpuint (g_strv_length ((GStrv) ids), >, 0);
          check_sources_resolve (dataset, ids);
          check_sources_resolve (dataset, dlg_destination_get_dates_sources (d));
          g_assert_true (dlg_destination_get_coordinates (d, &lat, &lon));
          g_assert_cmpfloat (lat, >=, -90);
          g_assert_cmpfloat (lat, <=, 90);
        }
    }
}

static void
test_bundled_comparison (void)
{
  g_autoptr(DlgDataset) dataset = load_bundled ();
  DlgSide *india = side_named (dataset, "india");
  DlgSide *pakistan = side_named (dataset, "pakistan");
  g_autoptr(DlgComparison) c = dlg_comparison_new (india, pakistan);
  g_autoptr(DlgSideSummary) si = dlg_side_summary_new (india, NULL);
  g_autoptr(DlgSideSummary) sp = dlg_side_summary_new (pakistan, NULL);

  /* places (format 1.1): New York and Washington apart; (1.2) compared at
   * the outermost place: the EU institutions lie within Brussels, the UN
   * Headquarters within New York */
  g_assert_true (places_contain (c->shared, "London"));
  g_assert_true (places_contain (c->shared, "Washington, D.C."));
  g_assert_true (places_contain (c->shared, "Brussels"));
  g_assert_true (places_contain (c->shared, "Moscow"));
  g_assert_false (places_contain (c->shared, "Paris"));
  g_assert_true (places_contain (c->only_a, "Paris"));
  /* India's New York stop was a transit and the 9/11 memorial, Pakistan's
   * the UN there: both sides were in New York, not "only India" */
  g_assert_true (places_contain (c->shared, "New York"));
  g_assert_false (places_contain (c->only_a, "New York"));
  g_assert_cmpuint (c->shared->len, ==, 5);
  g_assert_cmpuint (c->only_b->len, ==, 0);
  for (guint i = 0; i < c->shared->len; i++)
    {
      DlgComparedPlace *p = g_ptr_array_index (c->shared, i);
      g_autofree char *label = dlg_compared_place_label_full (p, "India", "Pakistan", FALSE);

      if (g_str_equal (p->capital, "New York"))
        g_assert_cmpstr (label, ==, "New York (India: the city; Pakistan: UN Headquarters, New York)");
      else if (g_str_equal (p->capital, "Brussels"))
        /* both at the same place within the city: that place */
        g_assert_cmpstr (label, ==, "EU institutions, Brussels");
      else
        g_assert_cmpstr (label, ==, p->capital);
    }
  g_assert_true (places_contain (c->planned_not_visited_b, "Paris"));
  g_assert_cmpuint (c->planned_not_visited_a->len, ==, 0);

  g_assert_cmpuint (si->n_delegations, ==, 7);
  /* 33 countries including the EU, as the sources count them; New York and
   * Washington are two places in one of them */
  g_assert_cmpuint (si->n_destinations, ==, 34);
  g_assert_cmpuint (si->n_unsc_visited, ==, 12);
  g_assert_cmpuint (sp->n_delegations, ==, 2);
  g_assert_cmpuint (sp->n_visited, ==, 5);
  /* Pakistan: Washington, London, Moscow are permanent members; Brussels (EU) is not */
  g_assert_cmpuint (sp->n_unsc_visited, ==, 3);

  {
    DlgCount *top = g_ptr_array_index (si->by_party, 0);

    g_assert_cmpstr (top->label, ==, "BJP");
    g_assert_cmpuint (top->count, >, 20);
  }
  g_assert_cmpuint (si->by_role_kind[DLG_ROLE_KIND_FORMER_DIPLOMAT], ==, 8);
}

static void
test_minimal_and_literal_text (void)
{
  g_autoptr(DlgDataset) dataset = load_test_file ("valid", "markup-in-names.json");
  DlgMember *m = member_named (side_named (dataset, "a"), "<b>Bold</b> & Co");

  g_assert_cmpstr (dlg_member_get_party (m), ==, "P2");
  g_assert_cmpint (dlg_member_get_role_kind (m), ==, DLG_ROLE_KIND_FORMER_DIPLOMAT);
}

static void
test_unknown_members_warn (void)
{
  g_autoptr(DlgDataset) dataset = load_test_file ("valid", "unknown-member.json");
  const char * const *warnings = dlg_dataset_get_warnings (dataset);

  g_assert_cmpuint (g_strv_length ((GStrv) warnings), ==, 2);
  g_assert_cmpstr (warnings[0], ==,
                   "unknown-member.json:96:16: warning: $.publisher: unknown member \"publisher\" ignored");
  g_assert_true (g_str_has_prefix (warnings[1], "unknown-member.json:48:26: warning: "
                                   "$.sides[0].delegations[0].members[1].twitter"));
}

static void
test_newer_minor_version_opens (void)
{
  g_autoptr(DlgDataset) dataset = load_test_file ("valid", "newer-minor-version.json");
  const char * const *warnings = dlg_dataset_get_warnings (dataset);

  g_assert_cmpstr (dlg_dataset_get_version (dataset), ==, "1.7");
  g_assert_cmpuint (g_strv_length ((GStrv) warnings), ==, 2);
  g_assert_nonnull (strstr (warnings[0], "format version 1.7 is newer"));
}

static void
test_three_sides (void)
{
  g_autoptr(DlgDataset) dataset = load_test_file ("valid", "three-sides.json");

  g_assert_cmpuint (g_list_model_get_n_items (dlg_dataset_get_sides (dataset)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (dlg_side_get_members (side_named (dataset, "c"))), ==, 0);
}

static void
test_load_bytes_and_bom (void)
{
  static const char json[] =
    "\xEF\xBB\xBF{\"format\":\"delegations\",\"version\":\"1.0\",\"title\":\"B\",\"sides\":["
    "{\"id\":\"x\",\"name\":\"X\",\"delegations\":[]},{\"id\":\"y\",\"name\":\"Y\",\"delegations\":[]}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(DlgDataset) dataset = dlg_dataset_load_bytes (bytes, "bom.json", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (dlg_dataset_get_title (dataset), ==, "B");
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  DlgDataset **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = dlg_dataset_load_file_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_load_async (void)
{
  g_autoptr(GFile) file = dlg_bundled_dataset_file ();
  g_autoptr(DlgDataset) dataset = NULL;

  dlg_dataset_load_file_async (file, NULL, loaded_cb, &dataset);
  while (dataset == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (dlg_dataset_count_delegations (dataset), ==, 9);
}

static void
test_minified_positions (void)
{
  /* Positions on one very long line are still exact. */
  g_autoptr(GString) json = g_string_new ("{\"format\":\"delegations\",\"version\":\"1.0\",\"title\":\"M\",\"sides\":[");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DlgDataset) dataset = NULL;
  g_autofree char *expected = NULL;
  gsize col;

  for (guint i = 0; i < 2000; i++)
    g_string_append_printf (json, "{\"id\":\"s%u\",\"name\":\"Ünïcode %u\",\"delegations\":[]},", i, i);
  col = g_utf8_strlen (json->str, -1) + 1;
  g_string_append (json, "{\"id\":\"last\",\"name\":7,\"delegations\":[]}]}");
  bytes = g_bytes_new (json->str, json->len);

  dataset = dlg_dataset_load_bytes (bytes, "min.json", &error);
  g_assert_null (dataset);
  /* {"id":"last","name":7 -> the 7 is the 21st character of the last object */
  expected = g_strdup_printf ("min.json:1:%" G_GSIZE_FORMAT ": error: $.sides[2000].name: "
                              "expected a string, found a number", col + 20);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  GArray *seen = user_data;

  g_array_append_val (seen, fraction);
}

static void
test_load_progress (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autoptr(DlgDataset) dataset = dlg_dataset_load_file_full (file, NULL, progress_cb, seen,
                                                              NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (seen->len, >=, 2);
  for (guint i = 1; i < seen->len; i++)
    g_assert_cmpfloat (g_array_index (seen, double, i), >=, g_array_index (seen, double, i - 1));
  g_assert_cmpfloat (g_array_index (seen, double, 0), <=, 0.6);
  g_assert_cmpfloat (g_array_index (seen, double, seen->len - 1), ==, 0.95);
}

static void
test_load_cancelled (void)
{
  g_autoptr(GFile) file = dlg_bundled_dataset_file ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DlgDataset) dataset = NULL;

  g_cancellable_cancel (cancellable);
  dataset = dlg_dataset_load_file (file, NULL, cancellable, &error);
  g_assert_null (dataset);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* minimal.json with one field's value replaced (as_of, or a source's
 * date): is the value taken for a date?  (An as_of before the journeys
 * it covers is refused for another reason.) */
static gboolean
date_taken (const char *field,
            const char *value)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json",
                                                 NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) edited = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(DlgDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  /* (the values need no escape in JSON) */
  g_autofree char *replacement = g_strdup_printf ("\"%s\": \"%s\"", field, value);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  edited = g_string_new (contents);
  if (g_str_equal (field, "as_of"))
    g_assert_cmpuint (g_string_replace (edited, "\"as_of\": \"2025-06-30\"", replacement, 1), ==, 1);
  else
    g_assert_cmpuint (g_string_replace (edited, "\"date\": \"2025-06\"", replacement, 1), ==, 1);
  bytes = g_bytes_new (edited->str, edited->len);
  dataset = dlg_dataset_load_bytes (bytes, "date.json", &error);
  return dataset != NULL || (strstr (error->message, "ISO 8601") == NULL &&
                             strstr (error->message, "must not be empty") == NULL);
}

/* Which dates the format accepts (FORMAT.md: YYYY-MM-DD that exists; a
 * source's date also YYYY-MM or YYYY), and the model reads a day the
 * loader accepted, and only one, the same way */
static void
test_loader_date_edge_cases (void)
{
  struct { const char *text; gboolean day; gboolean reduced; } cases[] = {
    { "2025-05-24", TRUE, TRUE },
    { "2024-02-29", TRUE, TRUE },
    { "2000-02-29", TRUE, TRUE },
    { "2025-02-29", FALSE, FALSE },
    { "1900-02-29", FALSE, FALSE },
    { "2025-04-31", FALSE, FALSE },
    { "2025-12-31", TRUE, TRUE },
    { "2025-13-01", FALSE, FALSE },
    { "2025-00-10", FALSE, FALSE },
    { "2025-01-00", FALSE, FALSE },
    { "0001-01-01", TRUE, TRUE },
    { "0000-01-01", FALSE, FALSE },
    { "2025-5-1", FALSE, FALSE },
    { "2025-05-1", FALSE, FALSE },
    { "25-05-24", FALSE, FALSE },
    { "2025-05-24x", FALSE, FALSE },
    { "2025-05-24T10:00", FALSE, FALSE },
    { " 2025-05-24", FALSE, FALSE },
    { "2025-05-24 ", FALSE, FALSE },
    { "+2025-05-24", FALSE, FALSE },
    { "-2025-05-24", FALSE, FALSE },
    { "2025/05/24", FALSE, FALSE },
    { "2025-05-+4", FALSE, FALSE },
    { "\xef\xbc\x92" "025-05-24", FALSE, FALSE }, /* a fullwidth digit */
    { "", FALSE, FALSE },
    { "2025", FALSE, TRUE },
    { "0000", FALSE, FALSE },
    { "2025-05", FALSE, TRUE },
    { "2025-5", FALSE, FALSE },
    { "2025-13", FALSE, FALSE },
    { "2025-00", FALSE, FALSE },
    { "2025-", FALSE, FALSE },
    { "2025-05-", FALSE, FALSE },
    { "202", FALSE, FALSE },
    { "20250", FALSE, FALSE },
    { "2025x", FALSE, FALSE },
    { "2025-05x", FALSE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (date_taken ("as_of", cases[i].text), ==, cases[i].day);
      g_assert_cmpint (date_taken ("date", cases[i].text), ==, cases[i].reduced);
      g_assert_cmpint (dlg_iso_to_day (cases[i].text) > 0, ==, cases[i].day);
    }
  g_assert_cmpint (dlg_iso_to_day ("2024-03-01") - dlg_iso_to_day ("2024-02-28"), ==, 2);
}

/* A source's date, as precise as it is known, in the details' one format */
static void
test_text_format_date (void)
{
  g_autofree char *day = dlg_format_date ("2025-05-18");
  g_autofree char *month = dlg_format_date ("2025-05");
  g_autofree char *year = dlg_format_date ("2025");
  g_autofree char *range = dlg_format_dates ("2025-05-18", "2025-05-18", FALSE);
  g_autofree char *odd = dlg_format_date ("2025-02-30");

  g_assert_cmpstr (day, ==, "18 May 2025");
  /* the same day as a range of one day writes it */
  g_assert_cmpstr (day, ==, range);
  g_assert_cmpstr (month, ==, "May 2025");
  g_assert_cmpstr (year, ==, "2025");
  g_assert_cmpstr (odd, ==, "2025-02-30");
  g_assert_null (dlg_format_date (NULL));
}

static void
test_text_shown (void)
{
  g_autofree char *exact = g_strnfill (DLG_TEXT_SHOWN_CHARS, 'a');
  g_autofree char *over = g_strnfill (DLG_TEXT_SHOWN_CHARS + 1, 'a');
  g_autoptr(GString) wide = g_string_new (NULL);
  char *cut = NULL;

  /* short text is given back as it is, with nothing to free */
  g_assert_true (dlg_text_shown (exact, &cut) == exact);
  g_assert_null (cut);
  g_assert_null (dlg_text_shown (NULL, &cut));

  g_assert_cmpuint (strlen (dlg_text_shown (over, &cut)), ==, DLG_TEXT_SHOWN_CHARS + strlen ("…"));
  g_assert_true (g_str_has_suffix (cut, "…"));
  g_clear_pointer (&cut, g_free);

  /* characters, not bytes: 1000 three-byte characters are not cut */
  for (guint i = 0; i < DLG_TEXT_SHOWN_CHARS; i++)
    g_string_append (wide, "अ");
  g_assert_true (dlg_text_shown (wide->str, &cut) == wide->str);
  g_string_append (wide, "ब");
  dlg_text_shown (wide->str, &cut);
  g_assert_cmpuint (g_utf8_strlen (cut, -1), ==, DLG_TEXT_SHOWN_CHARS + 1);
  g_assert_true (g_str_has_suffix (cut, "अ…"));
  g_free (cut);
}

/* A megabyte-long value: its sort key and search text are made from what
 * the window shows of it (DLG_TEXT_SHOWN_CHARS), not from all of it. */
static void
test_long_value_keys (void)
{
  g_autofree char *name = g_strnfill (1000000, 'n');
  g_autofree char *json = g_strdup_printf (
    "{\"format\":\"delegations\",\"version\":\"1.0\",\"title\":\"T\",\"sides\":["
    "{\"id\":\"a\",\"name\":\"A\",\"delegations\":[{\"id\":\"d\",\"label\":\"L\","
    "\"destinations\":[],\"members\":[{\"id\":\"m\",\"name\":\"%s\",\"role\":\"MP\"}]}]},"
    "{\"id\":\"b\",\"name\":\"B\",\"delegations\":[]}]}", name);
  gsize len = strlen (json);
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&json), len);
  g_autoptr(GError) error = NULL;
  g_autoptr(DlgDataset) dataset = dlg_dataset_load_bytes (bytes, "long.json", &error);
  g_autoptr(DlgSide) side = NULL;
  g_autoptr(DlgMember) member = NULL;

  g_assert_no_error (error);
  side = g_list_model_get_item (dlg_dataset_get_sides (dataset), 0);
  member = g_list_model_get_item (dlg_side_get_members (side), 0);
  g_assert_cmpuint (strlen (dlg_member_get_name (member)), ==, 1000000);
  g_assert_cmpuint (strlen (dlg_member_get_sort_key (member, DLG_MEMBER_FIELD_NAME)), <,
                    10 * DLG_TEXT_SHOWN_CHARS);
  g_assert_true (dlg_member_matches (member, "nnnn"));
  g_assert_true (dlg_member_matches (member, "mp"));
}

static DlgMember *
member_with_id (DlgSide    *side,
                const char *id)
{
  GListModel *members = dlg_side_get_members (side);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(DlgMember) m = g_list_model_get_item (members, i);

      if (g_strcmp0 (dlg_record_get_id (DLG_RECORD (m)), id) == 0)
        return m;
    }
  g_assert_not_reached ();
}

/* Format 1.1: places, legs, membership, announced figures. */
static void
test_format_1_1 (void)
{
  g_autoptr(DlgDataset) dataset = load_test_file ("valid", "format-1-1.json");
  DlgSide *a = side_named (dataset, "a");
  DlgSide *b = side_named (dataset, "b");
  g_autoptr(DlgComparison) c = dlg_comparison_new (a, b);
  g_autoptr(DlgSideSummary) sa = dlg_side_summary_new (a, NULL);
  g_autofree char *described = dlg_side_summary_describe (sa, dlg_side_get_announced (a), FALSE);
  g_auto(GStrv) lines_b = dlg_side_describe_counts (b, FALSE);
  DlgMember *beta = member_with_id (a, "a1-m2");
  DlgMember *official = member_with_id (a, "a1-official");
  DlgMember *leader = member_with_id (a, "a1-lead");
  g_autoptr(DlgDestination) un = g_list_model_get_item (dlg_side_get_destinations (a), 0);
  g_autoptr(DlgDestination) dc = g_list_model_get_item (dlg_side_get_destinations (a), 1);
  DlgComparedPlace *shared0, *shared1;

  g_assert_cmpuint (g_list_model_get_n_items (dlg_dataset_get_places (dataset)), ==, 3);
  g_assert_true (dlg_destination_get_place (un) == dlg_dataset_lookup_place (dataset, "un-ny"));
  g_assert_cmpstr (dlg_destination_get_place_label (un), ==, "UN Headquarters, New York");
  /* same country and capital in the file, different places */
  g_assert_cmpstr (dlg_destination_get_key (un), !=, dlg_destination_get_key (dc));

  /* the UN and Washington are compared apart: both shared, Paris A's only */
  g_assert_cmpuint (c->shared->len, ==, 2);
  shared0 = g_ptr_array_index (c->shared, 0);
  shared1 = g_ptr_array_index (c->shared, 1);
  g_assert_cmpstr (shared0->capital, ==, "UN Headquarters, New York");
  g_assert_cmpstr (shared1->capital, ==, "Washington, D.C.");
  g_assert_cmpuint (c->only_a->len, ==, 1);

  /* own routes */
  g_assert_false (dlg_member_has_legs (leader));
  g_assert_cmpuint (dlg_member_get_route (leader)->len, ==, 3);
  g_assert_true (dlg_member_has_legs (beta));
  g_assert_cmpuint (dlg_member_get_route (beta)->len, ==, 2);
  g_assert_cmpuint (dlg_member_get_missed (beta)->len, ==, 1);
  g_assert_cmpstr (dlg_destination_get_place_label (g_ptr_array_index (dlg_member_get_missed (beta),
                                                                       0)), ==, "Paris");
  g_assert_cmpstrv (dlg_member_get_legs_sources (beta), ((const char *[]) { "s2", NULL }));
  g_assert_cmpint (dlg_member_get_membership (official), ==, DLG_MEMBERSHIP_ACCOMPANYING);
  g_assert_cmpuint (dlg_member_get_route (official)->len, ==, 1);
  /* a search for Paris finds the leader, not the member who missed it */
  g_assert_true (dlg_member_matches (leader, "paris"));
  g_assert_false (dlg_member_matches (beta, "paris"));

  /* announced beside recorded */
  g_assert_cmpuint (sa->n_members, ==, 2);
  g_assert_cmpuint (sa->n_accompanying, ==, 1);
  g_assert_cmpstr (described, ==,
                   "Announced: 4 members, 2 countries. "
                   "Recorded: 2 named, 2 travelled; 1 accompanying official.");
  g_assert_cmpuint (g_strv_length (lines_b), ==, 2);
  g_assert_cmpstr (lines_b[1], ==, "Group 1: Announced: 2 members. Recorded: 1 named, 1 travelled.");
}

static DlgDestination *
stop_with_id (DlgSide    *side,
              const char *id)
{
  GListModel *stops = dlg_side_get_destinations (side);

  for (guint i = 0; i < g_list_model_get_n_items (stops); i++)
    {
      g_autoptr(DlgDestination) d = g_list_model_get_item (stops, i);

      if (g_strcmp0 (dlg_record_get_id (DLG_RECORD (d)), id) == 0)
        return d;
    }
  g_assert_not_reached ();
}

static DlgCertainty
certainty_of (DlgSide    *side,
              const char *member_id)
{
  return dlg_record_get_certainty (DLG_RECORD (member_with_id (side, member_id)));
}

/* Format 1.2, the certainty of a fact: two or more independent sources
 * confirm it; one publisher is one voice; an announcement confirms nothing
 * (but an event that is itself an announcement); a flag or a
 * disagreement in the file says so. */
static void
test_format_1_2_certainty (void)
{
  g_autoptr(DlgDataset) dataset = load_test_file ("valid", "format-1-2.json");
  DlgSide *a = side_named (dataset, "a");
  GListModel *events = dlg_dataset_get_events (dataset);
  g_autoptr(DlgEvent) attack = g_list_model_get_item (events, 0);
  g_autoptr(DlgEvent) plan = g_list_model_get_item (events, 1);
  g_autoptr(DlgEvent) from_plan = g_list_model_get_item (events, 2);
  DlgSource *announcement = dlg_dataset_lookup_source (dataset, "s4");

  g_assert_cmpint (dlg_source_get_kind (announcement), ==, DLG_SOURCE_KIND_ANNOUNCEMENT);
  g_assert_cmpint (dlg_source_get_kind (dlg_dataset_lookup_source (dataset, "s1")), ==,
                   DLG_SOURCE_KIND_NEWS_REPORT);
  g_assert_cmpint (certainty_of (a, "a1-lead"), ==, DLG_CERTAINTY_CONFIRMED);
  g_assert_cmpint (certainty_of (a, "a1-same"), ==, DLG_CERTAINTY_SINGLE_SOURCE);
  g_assert_cmpint (certainty_of (a, "a1-ann"), ==, DLG_CERTAINTY_SINGLE_SOURCE);
  g_assert_cmpint (certainty_of (a, "a1-official"), ==, DLG_CERTAINTY_CONFIRMED);
  /* two papers that carry one agency's report are one voice; an
   * unverified source confirms nothing */
  g_assert_cmpint (certainty_of (a, "a1-wire"), ==, DLG_CERTAINTY_SINGLE_SOURCE);
  g_assert_cmpint (certainty_of (a, "a1-rumour"), ==, DLG_CERTAINTY_SINGLE_SOURCE);
  g_assert_cmpstr (dlg_source_get_agency (dlg_dataset_lookup_source (dataset, "s6")), ==, "Wire");
  g_assert_true (dlg_source_get_unverified (dlg_dataset_lookup_source (dataset, "s8")));
  g_assert_cmpint (certainty_of (a, "a1-flag"), ==, DLG_CERTAINTY_UNCONFIRMED);
  g_assert_cmpint (certainty_of (a, "a1-disp"), ==, DLG_CERTAINTY_DISPUTED);
  /* a member whose travel is unconfirmed is unconfirmed, however sourced */
  g_assert_cmpint (certainty_of (a, "a1-unsure"), ==, DLG_CERTAINTY_UNCONFIRMED);
  /* a stop only the plan gives */
  g_assert_cmpint (dlg_record_get_certainty (DLG_RECORD (stop_with_id (a, "a1-paris"))), ==,
                   DLG_CERTAINTY_UNCONFIRMED);
  g_assert_cmpint (dlg_record_get_certainty (DLG_RECORD (stop_with_id (a, "a1-dc"))), ==,
                   DLG_CERTAINTY_SINGLE_SOURCE);

  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 3);
  g_assert_cmpstr (dlg_event_get_text (attack), ==, "An attack.");
  g_assert_cmpstr (dlg_event_get_from (attack), ==, "2025-04-22");
  g_assert_null (dlg_event_get_to (attack));
  g_assert_cmpint (dlg_record_get_certainty (DLG_RECORD (attack)), ==, DLG_CERTAINTY_CONFIRMED);
  /* the announcement is what the plan's report confirms; a visit it is not */
  g_assert_cmpint (dlg_record_get_certainty (DLG_RECORD (plan)), ==,
                   DLG_CERTAINTY_SINGLE_SOURCE);
  g_assert_cmpint (dlg_record_get_certainty (DLG_RECORD (from_plan)), ==,
                   DLG_CERTAINTY_UNCONFIRMED);

  g_assert_cmpuint (dlg_side_get_purposes (a)->len, ==, 2);
  g_assert_cmpstr (dlg_note_get_text (g_ptr_array_index (dlg_side_get_purposes (a), 1)), ==,
                   "To listen.");
  g_assert_cmpstr (dlg_side_get_announced (a)->scope, ==, "members and officials");
  g_assert_cmpstr (dlg_side_get_announced (a)->note, ==, "One official was added.");
  g_assert_cmpint (dlg_certainty_to_mark (DLG_CERTAINTY_CONFIRMED)[0], ==, '\0');
  g_assert_cmpstr (dlg_certainty_to_mark (DLG_CERTAINTY_UNCONFIRMED), ==, "?");
}

static void
assert_stops (GPtrArray          *stops,
              const char * const *ids)
{
  g_assert_cmpuint (stops->len, ==, g_strv_length ((GStrv) ids));
  for (guint i = 0; i < stops->len; i++)
    g_assert_cmpstr (dlg_record_get_id (g_ptr_array_index (stops, i)), ==, ids[i]);
}

/* Format 1.2, who went where: a stop the file neither places a member at
 * nor away from is "not known", never "missed"; only a recorded absence,
 * or a delegation whose record is complete, is missed.  A 1.1 "attended"
 * still lists every stop attended. */
static void
test_format_1_2_attendance (void)
{
  g_autoptr(DlgDataset) dataset = load_test_file ("valid", "format-1-2.json");
  g_autoptr(DlgDataset) old = load_test_file ("valid", "format-1-1.json");
  DlgSide *a = side_named (dataset, "a");
  DlgMember *partial = member_with_id (a, "a1-partial");
  DlgMember *nk = member_with_id (a, "a1-nk");
  DlgMember *unsure = member_with_id (a, "a1-unsure");
  DlgMember *gone = member_with_id (a, "a1-gone");
  DlgMember *missed = member_with_id (a, "a1-missed");
  DlgMember *complete = member_with_id (a, "a2-m");
  DlgMember *official_1_1 = member_with_id (side_named (old, "a"), "a1-official");
  const char * const *sources = NULL;
  DlgCertainty certainty;

  /* attended New York (one source); Washington not known; Paris, which
   * nobody visited, neither */
  assert_stops (dlg_member_get_route (partial), (const char *[]) { "a1-ny", NULL });
  assert_stops (dlg_member_get_missed (partial), (const char *[]) { NULL });
  assert_stops (dlg_member_get_not_known (partial), (const char *[]) { "a1-dc", NULL });
  g_assert_cmpint (dlg_member_get_attendance (partial, stop_with_id (a, "a1-ny"), &sources,
                                              &certainty), ==, DLG_ATTENDANCE_ATTENDED);
  g_assert_cmpstrv (sources, ((const char *[]) { "s1", NULL }));
  g_assert_cmpint (certainty, ==, DLG_CERTAINTY_SINGLE_SOURCE);
  g_assert_cmpint (dlg_member_get_attendance (partial, stop_with_id (a, "a1-dc"), NULL, NULL),
                   ==, DLG_ATTENDANCE_NOT_KNOWN);

  /* named not known at Washington; with the delegation elsewhere */
  assert_stops (dlg_member_get_route (nk), (const char *[]) { "a1-ny", "a1-paris", NULL });
  assert_stops (dlg_member_get_not_known (nk), (const char *[]) { "a1-dc", NULL });
  g_assert_cmpint (dlg_member_get_attendance (nk, stop_with_id (a, "a1-dc"), &sources,
                                              &certainty), ==, DLG_ATTENDANCE_NOT_KNOWN);
  g_assert_cmpstrv (sources, ((const char *[]) { "s2", NULL }));
  g_assert_cmpint (certainty, ==, DLG_CERTAINTY_UNCONFIRMED);
  g_assert_cmpint (dlg_member_get_attendance (nk, stop_with_id (a, "a1-ny"), NULL, &certainty),
                   ==, DLG_ATTENDANCE_ATTENDED);
  g_assert_cmpint (certainty, ==, DLG_CERTAINTY_CONFIRMED);

  /* unconfirmed: at no stop known; withdrew: at none at all */
  assert_stops (dlg_member_get_route (unsure), (const char *[]) { NULL });
  assert_stops (dlg_member_get_not_known (unsure), (const char *[]) { "a1-ny", "a1-dc", NULL });
  assert_stops (dlg_member_get_route (gone), (const char *[]) { NULL });
  assert_stops (dlg_member_get_not_known (gone), (const char *[]) { NULL });
  assert_stops (dlg_member_get_missed (gone), (const char *[]) { NULL });

  /* a recorded absence is missed, with its source */
  assert_stops (dlg_member_get_missed (missed), (const char *[]) { "a1-dc", NULL });
  assert_stops (dlg_member_get_not_known (missed), (const char *[]) { "a1-ny", NULL });
  g_assert_cmpint (dlg_member_get_attendance (missed, stop_with_id (a, "a1-dc"), &sources, NULL),
                   ==, DLG_ATTENDANCE_MISSED);
  g_assert_cmpstrv (sources, ((const char *[]) { "s2", NULL }));

  /* the delegation says its record is complete: absence is missed */
  g_assert_true (dlg_delegation_get_attendance_complete (
    dlg_dataset_lookup_delegation (dataset, "a2")));
  assert_stops (dlg_member_get_route (complete), (const char *[]) { "a2-x", NULL });
  assert_stops (dlg_member_get_missed (complete), (const char *[]) { "a2-y", NULL });

  /* format 1.1, unchanged: "attended" lists every stop attended */
  assert_stops (dlg_member_get_route (official_1_1), (const char *[]) { "a1-un", NULL });
  g_assert_cmpuint (dlg_member_get_missed (official_1_1)->len, ==, 2);
  g_assert_cmpuint (dlg_member_get_not_known (official_1_1)->len, ==, 0);
}

/* The member table's status tells a travelled member's exceptions: the
 * stops a source says they missed, and those not known */
static void
test_format_1_2_status_text (void)
{
  g_autoptr(DlgDataset) dataset = load_test_file ("valid", "format-1-2.json");
  g_autoptr(DlgDataset) old = load_test_file ("valid", "format-1-1.json");
  DlgSide *a = side_named (dataset, "a");
  static const struct { const char *id; const char *text; } cases[] = {
    { "a1-partial", "Travelled, 1 stop not known" },
    { "a1-nk", "Travelled, 1 stop not known" },
    { "a1-missed", "Travelled, missed 1 stop, 1 not known" },
    { "a2-m", "Travelled, missed 1 stop" },
    { "a1-gone", "Withdrew" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = dlg_member_dup_status_text (member_with_id (a, cases[i].id));

      g_assert_cmpstr (text, ==, cases[i].text);
    }
  /* unconfirmed: the status says it, no stop is told */
  {
    DlgMember *unsure = member_with_id (a, "a1-unsure");
    g_autofree char *text = dlg_member_dup_status_text (unsure);

    if (dlg_member_get_status (unsure) == DLG_MEMBER_STATUS_TRAVELLED)
      g_assert_cmpstr (text, ==, "Travelled, stops not known");
    else
      g_assert_cmpstr (text, ==, dlg_member_status_to_label (dlg_member_get_status (unsure)));
  }
  /* format 1.1: the legs missed */
  {
    g_autofree char *text =
      dlg_member_dup_status_text (member_with_id (side_named (old, "a"), "a1-official"));

    g_assert_cmpstr (text, ==, "Travelled, missed 2 stops");
  }
}

/* Format 1.2: nobody missed a stop nobody visited */
static void
test_format_1_2_leg_not_visited (void)
{
  g_autoptr(DlgDataset) dataset = load_test_file ("valid", "leg-not-visited.json");
  const char * const *warnings = dlg_dataset_get_warnings (dataset);
  DlgMember *lead = member_with_id (side_named (dataset, "a"), "a1-lead");

  g_assert_cmpuint (g_strv_length ((GStrv) warnings), ==, 1);
  g_assert_nonnull (strstr (warnings[0], "destination \"a1-paris\" was not visited"));
  g_assert_cmpuint (dlg_member_get_missed (lead)->len, ==, 0);
  g_assert_cmpuint (dlg_member_get_route (lead)->len, ==, 3);
}

/* Format 1.2, places within places: the UN Headquarters lies within New
 * York, and the sides are compared there */
static void
test_format_1_2_within (void)
{
  g_autoptr(DlgDataset) dataset = load_test_file ("valid", "format-1-2.json");
  DlgSide *a = side_named (dataset, "a");
  DlgSide *b = side_named (dataset, "b");
  g_autoptr(DlgComparison) c = dlg_comparison_new (a, b);
  DlgPlace *un = dlg_dataset_lookup_place (dataset, "un-ny");
  DlgPlace *ny = dlg_dataset_lookup_place (dataset, "ny");
  g_autofree char *label = NULL;

  g_assert_true (dlg_place_get_within (un) == ny);
  g_assert_true (dlg_place_get_outermost (un) == ny);
  g_assert_true (dlg_place_get_outermost (ny) == ny);
  g_assert_null (dlg_place_get_within (ny));
  g_assert_cmpstr (dlg_destination_get_outer_label (stop_with_id (b, "b1-un")), ==, "New York");
  g_assert_cmpstr (dlg_destination_get_key (stop_with_id (b, "b1-un")), ==,
                   dlg_destination_get_key (stop_with_id (a, "a1-ny")));

  g_assert_true (places_contain (c->shared, "New York"));
  g_assert_true (places_contain (c->shared, "Washington, D.C."));
  g_assert_cmpuint (c->only_b->len, ==, 0);
  for (guint i = 0; i < c->shared->len; i++)
    {
      DlgComparedPlace *p = g_ptr_array_index (c->shared, i);

      if (g_str_equal (p->capital, "New York"))
        label = dlg_compared_place_label_full (p, "Side A", "Side B", FALSE);
    }
  g_assert_cmpstr (label, ==, "New York (Side A: the city; Side B: UN Headquarters, New York)");
}

/* Every output counts people in one vocabulary */
static void
test_format_1_2_counts (void)
{
  g_autoptr(DlgDataset) dataset = load_test_file ("valid", "format-1-2.json");
  DlgSide *a = side_named (dataset, "a");
  g_autoptr(DlgSideSummary) s = dlg_side_summary_new (a, NULL);
  g_autofree char *people = dlg_side_summary_people (s);
  g_autofree char *size = dlg_side_summary_size (s);
  g_autofree char *all = dlg_dataset_describe_people (dataset);
  g_autofree char *part = dlg_count_people (48, 46);

  g_assert_cmpstr (people, ==, "14 named, 13 travelled, 1 withdrew or declined; "
                               "1 accompanying official (1 unconfirmed)");
  g_assert_cmpstr (size, ==, "2 delegations: 14 named, 13 travelled, 1 withdrew or declined; "
                             "1 accompanying official (1 unconfirmed)");
  g_assert_cmpstr (all, ==, "15 named, 14 travelled, 1 withdrew or declined; "
                            "1 accompanying official (1 unconfirmed)");
  g_assert_cmpstr (part, ==, "48 named, 46 travelled");
  /* the accompanying official is counted apart, not among the kinds of role */
  g_assert_cmpuint (s->by_role_kind[DLG_ROLE_KIND_SITTING_LEGISLATOR], ==, 14);
  g_assert_cmpuint (s->by_role_kind_travelled[DLG_ROLE_KIND_SITTING_LEGISLATOR], ==, 13);
}

/* Where both sides were, how close in time: Washington the same days,
 * London five days apart (India 31 May - 3 Jun, Pakistan 8-10 Jun), New
 * York six (India's city stop c. 24-25 May, Pakistan at the UN there c.
 * 31 May - 3 Jun).  Approximate dates make approximate wording: "dates
 * overlap (approximate)", never "at the same time". */
static void
test_bundled_meetings (void)
{
  g_autoptr(DlgDataset) dataset = load_bundled ();
  g_autoptr(GPtrArray) meetings = dlg_comparison_meetings (side_named (dataset, "india"),
                                                           side_named (dataset, "pakistan"));
  const char *places[] = {
    "Washington, D.C.", "London", "EU institutions, Brussels", "New York", "Moscow"
  };
  int apart[] = { 0, 5, 6, 6, 9 };
  const char *said[] = {
    "dates overlap (approximate)", "5 days apart (approximate)", "6 days apart (approximate)",
    "6 days apart (approximate)", "9 days apart"
  };

  g_assert_cmpuint (meetings->len, ==, G_N_ELEMENTS (places));
  for (guint i = 0; i < meetings->len; i++)
    {
      DlgMeeting *m = g_ptr_array_index (meetings, i);
      g_autofree char *text = dlg_stays_apart_text (m->a, m->b);

      g_assert_cmpstr (dlg_destination_get_place_label (m->a), ==, places[i]);
      g_assert_cmpint (m->days_apart, ==, apart[i]);
      g_assert_cmpstr (text, ==, said[i]);
    }
  g_assert_cmpint (dlg_iso_to_day ("2025-06-08") - dlg_iso_to_day ("2025-06-03"), ==, 5);
  g_assert_cmpint (dlg_iso_to_day ("2025-02-30"), ==, -1);
  /* days as GDate counts them; what is not a whole date is no day */
  g_assert_cmpint (dlg_iso_to_day ("2025-03-01") - dlg_iso_to_day ("2024-12-31"), ==, 60);
  g_assert_cmpint (dlg_iso_to_day ("0001-01-01"), ==, 1);
  g_assert_cmpint (dlg_iso_to_day ("2024-02-29"), >, 0);
  g_assert_cmpint (dlg_iso_to_day ("2025-02-29"), ==, -1);
  g_assert_cmpint (dlg_iso_to_day ("2025-06"), ==, -1);
  g_assert_cmpint (dlg_iso_to_day ("2025-13-01"), ==, -1);
  g_assert_cmpint (dlg_iso_to_day ("2025-01-300"), ==, -1);
  g_assert_cmpint (dlg_iso_to_day ("2025-257-01"), ==, -1);
  g_assert_cmpint (dlg_iso_to_day ("2025-06-"), ==, -1);
  g_assert_cmpint (dlg_iso_to_day ("x2025-06-01"), ==, -1);
  g_assert_cmpint (dlg_iso_to_day ("99999999999-01-01"), ==, -1);
  g_assert_cmpint (dlg_iso_to_day (""), ==, -1);
  g_assert_cmpint (dlg_iso_to_day (NULL), ==, -1);
}

/* Folding for search: accents and case away, the same for every
 * character whichever way the text is folded (plain ASCII takes a short
 * way). */
static GThread *prepared_in;

static void
prepare_cb (DlgDataset *dataset)
{
  prepared_in = g_thread_self ();
  g_object_set_data (G_OBJECT (dataset), "prepared", prepared_in);
}

/* A side's summary over all its members is made once and kept; a dataset
 * opened through DlgDocument has it made in the loading thread, before
 * the window sees the dataset (nothing of it is left for the main loop). */
static void
test_summary_kept (void)
{
  g_autoptr(DlgDataset) dataset = load_bundled ();
  DlgSide *india = side_named (dataset, "india");
  g_autoptr(DlgSideSummary) fresh = dlg_side_summary_new (india, NULL);
  const DlgSideSummary *kept;
  g_auto(GStrv) counts = NULL;
  g_auto(GStrv) again = NULL;
  g_autoptr(DlgDocument) document = dlg_document_new ();
  g_autoptr(GFile) file = dlg_bundled_dataset_file ();
  GListModel *sides;

  g_assert_null (dlg_side_peek_summary (india));
  kept = dlg_side_get_summary (india);
  g_assert_true (kept == dlg_side_peek_summary (india));
  g_assert_true (kept == dlg_side_get_summary (india));
  g_assert_cmpuint (kept->n_members, ==, fresh->n_members);
  g_assert_cmpuint (kept->n_destinations, ==, fresh->n_destinations);
  g_assert_cmpuint (kept->n_unsc_visited, ==, fresh->n_unsc_visited);
  g_assert_cmpuint (kept->by_party->len, ==, fresh->by_party->len);
  g_assert_cmpstr (((DlgCount *) g_ptr_array_index (kept->by_party, 0))->label, ==,
                   ((DlgCount *) g_ptr_array_index (fresh->by_party, 0))->label);

  counts = dlg_side_describe_counts (india, TRUE);
  again = dlg_side_describe_counts (india, TRUE);
  g_assert_true (g_strv_equal ((const char * const *) counts, (const char * const *) again));
  g_assert_true (counts != again);

  dlg_document_set_prepare_func (document, prepare_cb);
  dlg_document_open (document, file);
  while (dlg_document_get_dataset (document) == NULL)
    g_main_context_iteration (NULL, TRUE);
  /* the document's caller had its own work done in the same thread */
  g_assert_nonnull (prepared_in);
  g_assert_true (prepared_in != g_thread_self ());
  g_assert_true (g_object_get_data (G_OBJECT (dlg_document_get_dataset (document)), "prepared") ==
                 prepared_in);
  sides = dlg_dataset_get_sides (dlg_document_get_dataset (document));
  for (guint i = 0; i < g_list_model_get_n_items (sides); i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, i);

      g_assert_nonnull (dlg_side_peek_summary (side));
    }
  /* and the first two sides' comparison with where they met */
  {
    g_autoptr(DlgSide) a = g_list_model_get_item (sides, 0);
    g_autoptr(DlgSide) b = g_list_model_get_item (sides, 1);

    g_assert_nonnull (dlg_dataset_peek_comparison (dlg_document_get_dataset (document), a, b));
  }
}

/* The comparison of two sides and where they met, made once and kept by
 * the dataset (the window asks for it again when the sides are chosen) */
static void
test_comparison_kept (void)
{
  g_autoptr(DlgDataset) dataset = load_bundled ();
  DlgSide *india = side_named (dataset, "india");
  DlgSide *pakistan = side_named (dataset, "pakistan");
  g_autoptr(DlgComparison) fresh = dlg_comparison_new (india, pakistan);
  g_autoptr(GPtrArray) fresh_meetings = dlg_comparison_meetings (india, pakistan);
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) reversed = NULL;
  const DlgComparison *kept;

  g_assert_null (dlg_dataset_peek_comparison (dataset, india, pakistan));
  kept = dlg_dataset_compare (dataset, india, pakistan);
  g_assert_true (kept == dlg_dataset_peek_comparison (dataset, india, pakistan));
  g_assert_true (kept == dlg_dataset_compare (dataset, india, pakistan));
  g_assert_cmpuint (kept->shared->len, ==, fresh->shared->len);
  g_assert_cmpuint (kept->only_a->len, ==, fresh->only_a->len);
  g_assert_cmpuint (kept->planned_not_visited_b->len, ==, fresh->planned_not_visited_b->len);

  meetings = dlg_dataset_get_meetings (dataset, india, pakistan);
  again = dlg_dataset_get_meetings (dataset, india, pakistan);
  g_assert_true (meetings == again);
  g_assert_cmpuint (meetings->len, ==, fresh_meetings->len);
  g_assert_true (((DlgMeeting *) g_ptr_array_index (meetings, 0))->a ==
                 ((DlgMeeting *) g_ptr_array_index (fresh_meetings, 0))->a);

  /* the other way round is another comparison */
  g_assert_null (dlg_dataset_peek_comparison (dataset, pakistan, india));
  reversed = dlg_dataset_get_meetings (dataset, pakistan, india);
  g_assert_true (reversed != meetings);
  g_assert_cmpstr (dlg_destination_get_side_id (((DlgMeeting *) g_ptr_array_index (reversed, 0))->a), ==,
                   "pakistan");
  g_assert_cmpuint (dlg_dataset_compare (dataset, pakistan, india)->only_a->len, ==,
                    fresh->only_b->len);
}

/* A dataset's lists are read by the window and by an export's thread at
 * the same time. GListStore remembers the last position read, so two
 * threads walking one store could each be handed the other's item. */
#define WALK_ITEMS 20000
#define WALKS 30

static gpointer
walk_list (gpointer data)
{
  GListModel *list = data;
  guint wrong = 0;

  for (guint w = 0; w < WALKS; w++)
    for (guint i = 0; i < WALK_ITEMS; i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (list, i);

        wrong += GPOINTER_TO_UINT (g_object_get_data (item, "at")) != i;
      }
  return GUINT_TO_POINTER (wrong);
}

static void
test_list_threads (void)
{
  g_autoptr(DlgList) list = dlg_list_new (G_TYPE_OBJECT);
  GThread *threads[2];

  for (guint i = 0; i < WALK_ITEMS; i++)
    {
      g_autoptr(GObject) item = g_object_new (G_TYPE_OBJECT, NULL);

      g_object_set_data (item, "at", GUINT_TO_POINTER (i));
      dlg_list_append (list, item);
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, WALK_ITEMS);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == G_TYPE_OBJECT);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), WALK_ITEMS));

  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    threads[t] = g_thread_new ("walk", walk_list, list);
  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[t])), ==, 0);
}

static void
test_text_fold (void)
{
  char ascii[128];
  g_autofree char *folded = NULL;
  g_autofree char *accented = NULL;
  g_autofree char *mixed = NULL;
  g_autofree char *none = dlg_text_fold (NULL);

  for (guint i = 1; i < 128; i++)
    ascii[i - 1] = (char) i;
  ascii[127] = '\0';
  folded = dlg_text_fold (ascii);
  g_assert_cmpuint (strlen (folded), ==, 127);
  for (guint i = 1; i < 128; i++)
    {
      char one[2] = { (char) i, '\0' };
      g_autofree char *casefolded = g_utf8_casefold (one, -1);

      g_assert_cmpint (folded[i - 1], ==, casefolded[0]);
    }
  accented = dlg_text_fold ("Bras\u00edlia \u00c9LYS\u00c9E");
  g_assert_cmpstr (accented, ==, "brasilia elysee");
  /* one non-ASCII letter: all of it folded the long way, the same */
  mixed = dlg_text_fold ("SHASHI Tharoor \u00df");
  g_assert_cmpstr (mixed, ==, "shashi tharoor ss");
  g_assert_cmpstr (none, ==, "");
}

/* What threads read of a member is made when the dataset loads: reading
 * a member's route or missed stops changes nothing (the export's thread
 * and the window read the same members; a getter that filled a field on
 * first call raced). */
static void
test_member_facts_made (void)
{
  g_autoptr(GFile) file = dlg_bundled_dataset_file ();
  g_autoptr(DlgDataset) dataset = dlg_dataset_load_file (file, NULL, NULL, NULL);
  g_autoptr(DlgSide) india = g_list_model_get_item (dlg_dataset_get_sides (dataset), 0);
  GListModel *members = dlg_side_get_members (india);
  guint with_missed = 0;

  g_assert_cmpuint (g_list_model_get_n_items (members), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(DlgMember) m = g_list_model_get_item (members, i);

      /* before any getter */
      g_assert_nonnull (m->route);
      g_assert_nonnull (m->missed);
      g_assert_true (dlg_member_get_route (m) == m->route);
      g_assert_true (dlg_member_get_missed (m) == m->missed);
      with_missed += m->missed->len > 0;
    }
  /* Azad's Riyadh and Algiers, at least */
  g_assert_cmpuint (with_missed, >, 0);
}

/* A stay is less than a year: the day before its anniversary loads, the
 * anniversary is refused (one mistyped year makes a stay of a year) */
static void
test_stay_of_a_year (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json",
                                                 NULL);
  g_autofree char *contents = NULL;
  const char *ends[] = { "2026-05-25", "2026-05-26" };

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      g_autoptr(GString) edited = g_string_new (contents);
      g_autofree char *to = g_strdup_printf ("\"to\": \"%s\"", ends[i]);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(DlgDataset) dataset = NULL;

      g_assert_cmpuint (g_string_replace (edited, "\"to\": \"2025-05-27\"", to, 1), ==, 1);
      bytes = g_bytes_new (edited->str, edited->len);
      dataset = dlg_dataset_load_bytes (bytes, "stay.json", &error);
      if (i == 0)
        g_assert_no_error (error);
      else
        g_assert_nonnull (strstr (error->message, "is a year or more"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/text/fold", test_text_fold);
  g_test_add_func ("/model/summary/kept", test_summary_kept);
  g_test_add_func ("/model/comparison/kept", test_comparison_kept);
  g_test_add_func ("/model/list/threads", test_list_threads);
  g_test_add_func ("/model/member/facts-made", test_member_facts_made);
  g_test_add_func ("/model/loader/stay-of-a-year", test_stay_of_a_year);
  g_test_add_func ("/model/loader/bundled/seven-indian-groups", test_bundled_seven_indian_groups);
  g_test_add_func ("/model/loader/bundled/tharoor-route", test_bundled_tharoor_route);
  g_test_add_func ("/model/loader/bundled/bilawal", test_bundled_bilawal);
  g_test_add_func ("/model/loader/bundled/article-disagreement", test_bundled_article_disagreement);
  g_test_add_func ("/model/loader/bundled/statuses-kept", test_bundled_statuses_kept);
  g_test_add_func ("/model/loader/bundled/article-facts", test_bundled_article_facts);
  g_test_add_func ("/model/loader/bundled/every-fact-sourced", test_bundled_every_fact_sourced);
  g_test_add_func ("/model/comparison/bundled", test_bundled_comparison);
  g_test_add_func ("/model/loader/literal-text", test_minimal_and_literal_text);
  g_test_add_func ("/model/loader/unknown-members-warn", test_unknown_members_warn);
  g_test_add_func ("/model/loader/newer-minor-version", test_newer_minor_version_opens);
  g_test_add_func ("/model/loader/three-sides", test_three_sides);
  g_test_add_func ("/model/loader/bytes-with-bom", test_load_bytes_and_bom);
  g_test_add_func ("/model/loader/async", test_load_async);
  g_test_add_func ("/model/loader/progress", test_load_progress);
  g_test_add_func ("/model/loader/cancelled", test_load_cancelled);
  g_test_add_func ("/model/loader/minified-positions", test_minified_positions);
  g_test_add_func ("/model/text/shown", test_text_shown);
  g_test_add_func ("/model/text/format-date", test_text_format_date);
  g_test_add_func ("/model/loader/date-edge-cases", test_loader_date_edge_cases);
  g_test_add_func ("/model/loader/long-value-keys", test_long_value_keys);
  g_test_add_func ("/model/loader/format-1-1", test_format_1_1);
  g_test_add_func ("/model/comparison/meetings", test_bundled_meetings);
  g_test_add_func ("/model/loader/format-1-2/certainty", test_format_1_2_certainty);
  g_test_add_func ("/model/loader/format-1-2/attendance", test_format_1_2_attendance);
  g_test_add_func ("/model/loader/format-1-2/status-text", test_format_1_2_status_text);
  g_test_add_func ("/model/loader/format-1-2/within", test_format_1_2_within);
  g_test_add_func ("/model/loader/format-1-2/leg-not-visited", test_format_1_2_leg_not_visited);
  g_test_add_func ("/model/loader/format-1-2/counts", test_format_1_2_counts);

  return g_test_run ();
}
