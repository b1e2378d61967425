/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "dlg-board.h"
#include "dlg-destination-tile.h"
#include "dlg-headline.h"
#include "dlg-map.h"
#include "dlg-map-scene.h"
#include "dlg-details.h"
#include "dlg-message-area.h"
#include "dlg-settings.h"
#include "dlg-style.h"
#include "dlg-timeline.h"
#include "dlg-leaders.h"
#include "dlg-member-list.h"
#include "dlg-overview.h"
#include "dlg-window.h"
#include "dlg-wrap-box.h"
#include "test-util.h"

/* Widget tests of the comparison window; they need a display (the suite
 * runs them under Xvfb) and print a TAP skip without one. */

static gboolean
iterate_until (gboolean (*done) (gpointer),
               gpointer   data,
               guint      timeout_ms)
{
  gint64 end = dlg_test_deadline (timeout_ms);

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  /* let pending idles (layout, filtering) run */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return TRUE;
}

static gboolean
not_loading (gpointer data)
{
  return !dlg_window_is_loading (DLG_WINDOW (data)) &&
         dlg_window_get_dataset (DLG_WINDOW (data)) != NULL;
}

static DlgWindow *
new_window_with (GFile *file)
{
  DlgWindow *window = dlg_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  dlg_window_open (window, file);
  g_assert_true (iterate_until (not_loading, window, 10000));
  return window;
}

static DlgWindow *
new_bundled_window (void)
{
  g_autoptr(GFile) file = dlg_bundled_dataset_file ();

  return new_window_with (file);
}

static guint
shown (DlgWindow *window,
       guint      pane)
{
  return dlg_side_pane_get_n_shown (dlg_window_get_pane (window, pane));
}

static char *
shown_field (DlgWindow      *window,
             guint           pane,
             DlgMemberField  field)
{
  GListModel *model = dlg_side_pane_get_shown (dlg_window_get_pane (window, pane));
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DlgMember) m = g_list_model_get_item (model, i);

      g_string_append_printf (s, "%s%s", i > 0 ? "|" : "", dlg_member_get_field_text (m, field));
    }
  return g_string_free (s, FALSE);
}

static void
destroy_window (DlgWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_window_opens_bundled (void)
{
  DlgWindow *window = new_bundled_window ();

  g_assert_cmpstr (dlg_side_get_name (dlg_side_pane_get_side (dlg_window_get_pane (window, 0))), ==, "India");
  g_assert_cmpstr (dlg_side_get_name (dlg_side_pane_get_side (dlg_window_get_pane (window, 1))), ==, "Pakistan");
  g_assert_cmpuint (shown (window, 0), ==, 63);
  g_assert_cmpuint (shown (window, 1), ==, 11);
  g_assert_null (dlg_window_get_error (window));

  {
    g_autofree char *comparison = dlg_window_get_comparison_text (window);

    g_assert_nonnull (strstr (comparison, "Visited by both sides (5)"));
    /* the place both were in, and where in it each side was */
    g_assert_nonnull (strstr (comparison, "\u2068New York\u2069 (\u2068India\u2069: the city; "
                                          "\u2068Pakistan\u2069: \u2068UN Headquarters, New York\u2069)"));
    /* dataset text next to our words is isolated (FSI … PDI) */
    g_assert_nonnull (strstr (comparison, "\u2068London\u2069 (\u2068United Kingdom\u2069)"));
    g_assert_nonnull (strstr (comparison, "Planned by \u2068Pakistan\u2069 but not visited (1)"));
  }
  destroy_window (window);
}

/* A development build's window says so: the devel style class, on which
 * Adwaita draws the header bar differently.  A release's window has none. */
static void
test_window_profile (void)
{
  DlgWindow *window = new_bundled_window ();
  gboolean development = g_str_equal (PROFILE, "development");

  g_assert_true (g_str_equal (PROFILE, "default") || development);
  g_assert_cmpint (gtk_widget_has_css_class (GTK_WIDGET (window), "devel"), ==, development);
  destroy_window (window);
}

static GtkWidget *find_descendant (GtkWidget *root,
                                   GType      type,
                                   guint      n);

static void
test_window_search_filters_both_sides (void)
{
  DlgWindow *window = new_bundled_window ();
  GListModel *model;

  /* case-insensitive, on role text, in both panes */
  dlg_window_set_search (window, "FORMER FOREIGN");
  g_assert_cmpuint (shown (window, 0), >, 0);
  g_assert_cmpuint (shown (window, 1), >, 0);
  model = dlg_side_pane_get_shown (dlg_window_get_pane (window, 1));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DlgMember) m = g_list_model_get_item (model, i);
      g_autofree char *role = g_utf8_strdown (dlg_member_get_role (m), -1);

      g_assert_nonnull (strstr (role, "former foreign"));
    }

  /* destinations: members who went to Brasilia (Group 5 less Sudip
   * Bandyopadhyay, who declined: his own route is empty, Varun Jeph,
   * whose travel is unconfirmed, and Shambhavi Choudhary and Milind
   * Deora, whom no source places there: not known, never a visit) */
  dlg_window_set_search (window, "brasilia");
  g_assert_cmpuint (shown (window, 0), ==, 7);
  g_assert_cmpuint (shown (window, 1), ==, 0);
  g_assert_cmpstr (dlg_side_pane_get_members_page (dlg_window_get_pane (window, 1)), ==, "empty");
  g_assert_cmpstr (dlg_side_pane_get_members_page (dlg_window_get_pane (window, 0)), ==, "table");

  /* delegation label */
  dlg_window_set_search (window, "peace delegation");
  g_assert_cmpuint (shown (window, 0), ==, 0);
  g_assert_cmpuint (shown (window, 1), ==, 10);

  dlg_window_clear_filters (window);
  g_assert_cmpuint (shown (window, 0), ==, 63);
  g_assert_cmpuint (shown (window, 1), ==, 11);
  /* 74 members: the search runs as one types, no delay */
  g_assert_cmpuint (gtk_search_entry_get_search_delay (
                      GTK_SEARCH_ENTRY (find_descendant (GTK_WIDGET (window),
                                                         GTK_TYPE_SEARCH_ENTRY, 0))), ==, 0);
  destroy_window (window);
}

static void
test_window_accent_insensitive (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "accents.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  static const char json[] =
    "{\"format\":\"delegations\",\"version\":\"1.0\",\"title\":\"Accents\",\"sides\":["
    "{\"id\":\"a\",\"name\":\"A\",\"delegations\":[{\"id\":\"d\",\"label\":\"L\",\"destinations\":[],"
    "\"members\":[{\"id\":\"m1\",\"name\":\"José Müller\"},{\"id\":\"m2\",\"name\":\"Ana\"}]}]},"
    "{\"id\":\"b\",\"name\":\"B\",\"delegations\":[]}]}";
  DlgWindow *window;

  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  window = new_window_with (file);
  dlg_window_set_search (window, "jose mull");
  g_assert_cmpuint (shown (window, 0), ==, 1);
  dlg_window_set_search (window, "MÜLLER");
  g_assert_cmpuint (shown (window, 0), ==, 1);
  dlg_window_set_search (window, "");
  g_assert_cmpuint (shown (window, 0), ==, 2);
  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_window_facets (void)
{
  DlgWindow *window = new_bundled_window ();

  dlg_window_set_party_filter (window, "BJP");
  g_assert_cmpuint (shown (window, 1), ==, 0);
  {
    g_autofree char *parties = shown_field (window, 0, DLG_MEMBER_FIELD_PARTY);
    g_auto(GStrv) each = g_strsplit (parties, "|", -1);

    g_assert_cmpuint (g_strv_length (each), >, 20);
    for (guint i = 0; each[i] != NULL; i++)
      g_assert_cmpstr (each[i], ==, "BJP");
  }
  dlg_window_clear_filters (window);

  dlg_window_set_role_kind_filter (window, DLG_ROLE_KIND_FORMER_DIPLOMAT);
  g_assert_cmpuint (shown (window, 0), ==, 8);
  g_assert_cmpuint (shown (window, 1), ==, 2);
  dlg_window_clear_filters (window);

  dlg_window_set_delegation_filter (window, "in-g5");
  g_assert_cmpuint (shown (window, 0), ==, 11);
  g_assert_cmpuint (shown (window, 1), ==, 0);
  dlg_window_clear_filters (window);

  /* Both sides went to the United Kingdom */
  dlg_window_set_country_filter (window, "United Kingdom");
  g_assert_cmpuint (shown (window, 0), ==, 9);
  g_assert_cmpuint (shown (window, 1), ==, 10);
  /* a visit and a stop only planned are two choices: Pakistan's delegation
   * planned Paris, only India went; the official in London only did not */
  dlg_window_set_country_filter (window, "France");
  g_assert_cmpuint (shown (window, 1), ==, 0);
  g_assert_cmpuint (shown (window, 0), >, 0);
  dlg_window_set_country_filter (window, "\001planned:France");
  g_assert_cmpuint (shown (window, 0), ==, 0);
  g_assert_cmpuint (shown (window, 1), ==, 9);
  /* own routes: Azad missed Saudi Arabia */
  dlg_window_set_country_filter (window, "Saudi Arabia");
  g_assert_cmpuint (shown (window, 0), ==, 7);
  dlg_window_set_country_filter (window, "United Kingdom");
  /* facets combine with search */
  dlg_window_set_search (window, "hina");
  g_assert_cmpuint (shown (window, 0), ==, 0);
  g_assert_cmpuint (shown (window, 1), ==, 1);
  dlg_window_clear_filters (window);
  g_assert_cmpuint (shown (window, 0), ==, 63);
  destroy_window (window);
}

/* Facet counts follow the other filters, from an index made while loading. */
static void
test_window_facet_counts (void)
{
  DlgWindow *window = new_bundled_window ();

  /* the index behind the counts came with the data from the loading
   * thread: the main loop did not make it */
  g_assert_true (dlg_window_get_facets_prepared (window));
  g_assert_null (g_object_get_data (G_OBJECT (dlg_window_get_dataset (window)),
                                    "dlg-window-facets"));
  g_assert_cmpuint (dlg_window_get_facet_count (window, "party", NULL), ==, 74);
  g_assert_cmpuint (dlg_window_get_facet_count (window, "party", "BJP"), ==, 23);
  g_assert_cmpuint (dlg_window_get_facet_count (window, "delegation", "in-g1"), ==, 8);
  g_assert_cmpuint (dlg_window_get_facet_count (window, "country", "United Kingdom"), ==, 19);

  dlg_window_set_party_filter (window, "BJP");
  /* the party facet itself still counts as if it were not set */
  g_assert_cmpuint (dlg_window_get_facet_count (window, "party", "BJP"), ==, 23);
  g_assert_cmpuint (dlg_window_get_facet_count (window, "party", "PPP"), ==, 3);
  /* the others count BJP members only */
  g_assert_cmpuint (dlg_window_get_facet_count (window, "delegation", NULL), ==, 23);
  g_assert_cmpuint (dlg_window_get_facet_count (window, "delegation", "in-g1"), ==, 4);
  g_assert_cmpuint (dlg_window_get_facet_count (window, "delegation", "pk-bilawal"), ==, 0);
  g_assert_cmpuint (dlg_window_get_facet_count (window, "role-kind", "former-minister"), ==,
                    shown (window, 0) - dlg_window_get_facet_count (window, "role-kind",
                                                                   "sitting-legislator"));

  dlg_window_set_search (window, "former");
  g_assert_cmpuint (dlg_window_get_facet_count (window, "party", "BJP"), ==, shown (window, 0));
  g_assert_cmpuint (dlg_window_get_facet_count (window, "party", NULL), ==, 24);

  dlg_window_clear_filters (window);
  g_assert_cmpuint (dlg_window_get_facet_count (window, "delegation", "in-g1"), ==, 8);
  destroy_window (window);
}

/* How many sort arrows a widget tree draws: GTK's sort-indicator nodes
 * with an ascending or descending class */
static guint
count_sort_arrows (GtkWidget *widget)
{
  guint n = 0;

  if (g_strcmp0 (gtk_widget_get_css_name (widget), "sort-indicator") == 0 &&
      (gtk_widget_has_css_class (widget, "ascending") ||
       gtk_widget_has_css_class (widget, "descending")))
    n++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_sort_arrows (child);
  return n;
}

static void
test_window_sort_both_sides (void)
{
  DlgWindow *window = new_bundled_window ();
  DlgSidePane *a = dlg_window_get_pane (window, 0);
  DlgSidePane *b = dlg_window_get_pane (window, 1);
  int field;
  gboolean descending;

  dlg_side_pane_set_sort (a, DLG_MEMBER_FIELD_PARTY, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (dlg_side_pane_get_sort (b, &field, &descending));
  g_assert_cmpint (field, ==, DLG_MEMBER_FIELD_PARTY);
  g_assert_true (descending);

  for (guint pane = 0; pane < 2; pane++)
    {
      g_autofree char *parties = shown_field (window, pane, DLG_MEMBER_FIELD_PARTY);
      g_auto(GStrv) each = g_strsplit (parties, "|", -1);

      /* in the locale's collation order, largest first */
      for (guint i = 1; each[i] != NULL; i++)
        g_assert_cmpint (g_utf8_collate (each[i - 1], each[i]), >=, 0);
      g_assert_cmpstr (each[0], ==, pane == 0 ? "TDP" : "PPP");
    }

  /* sorting the other pane by name ascending sorts the first one too */
  dlg_side_pane_set_sort (b, DLG_MEMBER_FIELD_NAME, FALSE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (dlg_side_pane_get_sort (a, &field, &descending));
  g_assert_cmpint (field, ==, DLG_MEMBER_FIELD_NAME);
  g_assert_false (descending);
  for (guint pane = 0; pane < 2; pane++)
    {
      g_autofree char *names = shown_field (window, pane, DLG_MEMBER_FIELD_NAME);
      g_auto(GStrv) each = g_strsplit (names, "|", -1);

      for (guint i = 1; each[i] != NULL; i++)
        g_assert_cmpint (g_utf8_collate (each[i - 1], each[i]), <=, 0);
      if (pane == 0)
        g_assert_cmpstr (each[0], ==, "Abhishek Banerjee");
    }

  /* after several sorts, each table shows exactly one arrow */
  dlg_side_pane_set_sort (a, DLG_MEMBER_FIELD_ROLE, TRUE);
  dlg_side_pane_set_sort (b, DLG_MEMBER_FIELD_STATUS, FALSE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (count_sort_arrows (GTK_WIDGET (a)), ==, 1);
  g_assert_cmpuint (count_sort_arrows (GTK_WIDGET (b)), ==, 1);
  destroy_window (window);
}

/* The Sort Members menu: the same sort as the column headers, by keyboard. */
static void
test_window_sort_menu (void)
{
  DlgWindow *window = new_bundled_window ();
  g_autofree char *sort_by = NULL;
  gboolean descending;
  int field;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sort-by", "s", "delegation"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sort-descending", NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  for (guint pane = 0; pane < 2; pane++)
    {
      g_assert_true (dlg_side_pane_get_sort (dlg_window_get_pane (window, pane), &field,
                                             &descending));
      g_assert_cmpint (field, ==, DLG_MEMBER_FIELD_DELEGATION);
      g_assert_true (descending);
    }
  {
    g_autofree char *groups = shown_field (window, 0, DLG_MEMBER_FIELD_DELEGATION);

    /* numbers in labels sort by value: Group 7 first when descending */
    g_assert_true (g_str_has_prefix (groups, "Group 7|"));
  }

  /* Column headers move the menu's state too. */
  dlg_side_pane_set_sort (dlg_window_get_pane (window, 1), DLG_MEMBER_FIELD_NAME, FALSE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_object_get (window, "sort-by", &sort_by, "sort-descending", &descending, NULL);
  g_assert_cmpstr (sort_by, ==, "name");
  g_assert_false (descending);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sort-by", "s", ""));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (dlg_side_pane_get_sort (dlg_window_get_pane (window, 0), &field, &descending));
  g_assert_false (dlg_side_pane_get_sort (dlg_window_get_pane (window, 1), &field, &descending));
  destroy_window (window);
}

static void
test_window_choose_sides (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "three-sides.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DlgWindow *window = new_window_with (file);

  dlg_window_choose_sides (window, 2, 0);
  g_assert_cmpstr (dlg_side_get_name (dlg_side_pane_get_side (dlg_window_get_pane (window, 0))), ==, "Side C");
  g_assert_cmpstr (dlg_side_get_name (dlg_side_pane_get_side (dlg_window_get_pane (window, 1))), ==, "Side A");
  g_assert_cmpuint (shown (window, 0), ==, 0);
  g_assert_cmpuint (shown (window, 1), ==, 2);
  dlg_window_swap_sides (window);
  g_assert_cmpstr (dlg_side_get_name (dlg_side_pane_get_side (dlg_window_get_pane (window, 0))), ==, "Side A");
  destroy_window (window);
}

static gboolean
has_error (gpointer data)
{
  return dlg_window_get_error (DLG_WINDOW (data)) != NULL && not_loading (data);
}

static gboolean
title_is_minimal (gpointer data)
{
  DlgDataset *dataset = dlg_window_get_dataset (DLG_WINDOW (data));

  return dlg_window_get_error (DLG_WINDOW (data)) == NULL && not_loading (data) &&
         g_strcmp0 (dlg_dataset_get_title (dataset), "Minimal test dataset") == 0;
}

static gboolean
title_is_fixed (gpointer data)
{
  DlgDataset *dataset = dlg_window_get_dataset (DLG_WINDOW (data));

  return dlg_window_get_error (DLG_WINDOW (data)) == NULL &&
         g_strcmp0 (dlg_dataset_get_title (dataset), "Fixed") == 0;
}

static void
test_window_error_keeps_data_and_reloads (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "live.json", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *fixed = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DlgWindow *window;
  DlgDataset *before;

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  window = new_window_with (file);
  before = dlg_window_get_dataset (window);
  g_assert_cmpuint (shown (window, 0), ==, 2);

  /* Break it the way an editor does: write a new file, rename it over. */
  g_assert_true (g_file_set_contents (path, "{\"format\": \"delegations\", \"version\": \"1.0\",\n \"title\": 5}", -1, NULL));
  g_assert_true (iterate_until (has_error, window, 10000));
  g_assert_nonnull (strstr (dlg_window_get_error (window), "live.json:2:11: error: $.title: expected a string"));
  g_assert_true (dlg_window_get_dataset (window) == before);
  g_assert_cmpuint (shown (window, 0), ==, 2);

  /* Fix it: the message goes and the new data shows. */
  fixed = g_strdup (contents);
  memcpy (strstr (fixed, "\"Minimal test dataset\""), "\"Fixed\"               ", 22);
  g_assert_true (g_file_set_contents (path, fixed, -1, NULL));
  g_assert_true (iterate_until (title_is_fixed, window, 10000));
  g_assert_null (dlg_window_get_error (window));
  g_assert_true (dlg_window_get_dataset (window) != before);

  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
has_diff (gpointer data)
{
  return dlg_window_get_diff (DLG_WINDOW (data)) != NULL &&
         dlg_window_get_message (DLG_WINDOW (data)) != NULL && not_loading (data);
}

/* data: the window and the dataset it showed before */
static gboolean
diff_since (gpointer data)
{
  gpointer *pair = data;
  DlgDiff *diff = dlg_window_get_diff (pair[0]);

  return diff != NULL && dlg_diff_get_old_dataset (diff) == pair[1] && has_diff (pair[0]);
}

static gboolean
changes_window_drawn (gpointer data)
{
  GtkWindow *changes = dlg_window_get_changes_window (DLG_WINDOW (data));

  return changes != NULL && gtk_widget_get_mapped (GTK_WIDGET (changes));
}

/* The open file is rewritten with one member removed: the new version
 * is shown, and the window says what changed since the version shown
 * before, in a count and a list whose rows link to the details */
/* json (tests/data/valid/minimal.json) without the member of id, which
 * is not the first of its delegation */
static char *
dup_without_member (const char *json,
                    const char *id)
{
  g_autofree char *key = g_strdup_printf ("\"id\": \"%s\"", id);
  GString *s = g_string_new (json);
  char *at = strstr (s->str, key);
  char *start;
  char *end;

  g_assert_nonnull (at);
  /* from the comma before its object to the end of the object */
  for (start = at; *start != ','; start--)
    ;
  end = strchr (at, '}') + 1;
  g_string_erase (s, start - s->str, end - start);
  return g_string_free (s, FALSE);
}

static void
test_window_what_changed (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "live.json", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *removed = NULL;
  g_autofree char *party = NULL;
  g_autofree char *list = NULL;
  g_autofree char *details = NULL;
  g_autofree char *names = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DlgWindow *window;
  DlgDataset *before;
  DlgDiff *diff;
  GtkWindow *changes;
  GtkWidget *view;
  char *at;

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  window = new_window_with (file);
  before = dlg_window_get_dataset (window);
  g_assert_cmpuint (shown (window, 0), ==, 2);
  g_assert_null (dlg_window_get_diff (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-changes", NULL);
  g_assert_null (dlg_window_get_changes_window (window));

  /* one member removed on disk */
  removed = dup_without_member (contents, "a1-m2");
  g_assert_true (g_file_set_contents (path, removed, -1, NULL));
  g_assert_true (iterate_until (has_diff, window, 10000));

  /* the data shown is the new version */
  g_assert_true (dlg_window_get_dataset (window) != before);
  g_assert_cmpuint (shown (window, 0), ==, 1);
  names = shown_field (window, 0, DLG_MEMBER_FIELD_NAME);
  g_assert_cmpstr (names, ==, "Alpha Leader");
  /* the banner counts the changes since the version shown before */
  diff = dlg_window_get_diff (window);
  g_assert_true (dlg_diff_get_old_dataset (diff) == before);
  g_assert_true (dlg_diff_get_new_dataset (diff) == dlg_window_get_dataset (window));
  g_assert_cmpuint (dlg_diff_get_n_changes (diff), ==, 1);
  g_assert_cmpstr (dlg_window_get_message (window), ==,
                   "What changed: 1 change in “live.json” on disk since the version shown before");

  /* Show Changes lists it under its side and delegation, as plain text */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-changes", NULL));
  g_assert_true (iterate_until (changes_window_drawn, window, 10000));
  changes = dlg_window_get_changes_window (window);
  list = dlg_details_collect_text (GTK_WIDGET (changes));
  g_test_message ("changes: %s", list);
  g_assert_nonnull (strstr (list, "\u2068Side A\u2069 · \u2068Group 1\u2069"));
  g_assert_nonnull (strstr (list, "member removed: \u2068Beta Member\u2069"));
  g_assert_nonnull (strstr (list, "What changed: 1 change in “live.json” on disk"));
  gtk_window_destroy (changes);
  g_assert_null (dlg_window_get_changes_window (window));

  /* a change to a member in the version shown links to its details */
  party = g_strdup (removed);
  at = strstr (party, "\"party\": \"P1\"");
  g_assert_nonnull (at);
  at[strlen ("\"party\": \"P")] = '9';
  before = dlg_window_get_dataset (window);
  g_assert_true (g_file_set_contents (path, party, -1, NULL));
  g_assert_true (iterate_until (diff_since, (gpointer[]) { window, before }, 10000));
  g_assert_true (dlg_window_get_dataset (window) != before);
  diff = dlg_window_get_diff (window);
  g_assert_true (dlg_diff_get_old_dataset (diff) == before);
  g_assert_cmpuint (dlg_diff_get_n_changes (diff), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-changes", NULL));
  g_assert_true (iterate_until (changes_window_drawn, window, 10000));
  changes = dlg_window_get_changes_window (window);
  g_free (list);
  list = dlg_details_collect_text (GTK_WIDGET (changes));
  g_assert_nonnull (strstr (list, "\u2068P1\u2069"));
  g_assert_nonnull (strstr (list, "\u2068P9\u2069"));
  view = gtk_widget_get_last_child (gtk_window_get_child (changes));
  view = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (view));
  g_assert_true (GTK_IS_LIST_VIEW (view));
  g_signal_emit_by_name (view, "activate", 0);
  details = dlg_window_get_details_text (window);
  g_assert_nonnull (strstr (details, "Alpha Leader"));
  g_assert_nonnull (strstr (details, "P9"));

  /* saved again with nothing changed in its data: said so, no list */
  gtk_window_destroy (changes);
  before = dlg_window_get_dataset (window);
  {
    g_autofree char *same = g_strconcat (party, "\n", NULL);

    g_assert_true (g_file_set_contents (path, same, -1, NULL));
  }
  g_assert_true (iterate_until (diff_since, (gpointer[]) { window, before }, 10000));
  g_assert_cmpuint (dlg_diff_get_n_changes (dlg_window_get_diff (window)), ==, 0);
  g_assert_cmpstr (dlg_window_get_message (window), ==,
                   "What changed: nothing; “live.json” changed on disk, but its data is the same as the "
                   "version shown before");

  /* another file opened: the comparison goes with its list */
  {
    g_autoptr(GFile) bundled = dlg_bundled_dataset_file ();

    dlg_window_open (window, bundled);
    g_assert_true (iterate_until (not_loading, window, 10000));
    g_assert_true (dlg_window_get_dataset (window) != before);
  }
  g_assert_null (dlg_window_get_diff (window));
  g_assert_null (dlg_window_get_message (window));
  g_assert_null (dlg_window_get_changes_window (window));

  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* Closing the window while Compare With reads the other file lets the
 * window go at once and stops the read: nothing holds a closed window
 * (on GTK 4.8 one something holds is not disposed, and the read and the
 * comparison, seconds at 100 000 members, ran on for it) */
static void
test_window_compare_with_closed (void)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json", NULL);
  g_autofree char *other_path = g_test_build_filename (G_TEST_DIST, "data", "valid",
                                                       "three-sides.json", NULL);
  g_autoptr(GFile) shown_file = g_file_new_for_path (source);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  DlgWindow *window = new_window_with (shown_file);
  gpointer weak = NULL;

  g_set_weak_pointer (&weak, window);
  dlg_window_compare_with (window, other);
  /* as the window's close button does, the read not yet answered */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_null (weak);
}

/* data: a weak reference */
static gboolean
weak_gone (gpointer data)
{
  g_autoptr(GObject) object = g_weak_ref_get (data);

  return object == NULL;
}

/* data: the window and the dataset it showed before */
static gboolean
shows_another (gpointer data)
{
  gpointer *pair = data;

  return dlg_window_get_dataset (pair[0]) != pair[1] && dlg_window_get_error (pair[0]) == NULL &&
         not_loading (pair[0]);
}

/* What changed counts from the open file's own version shown before,
 * never from data shown in its place: a file that did not load (opened
 * over another file's data, or first, over the bundled dataset), once
 * fixed, shows its data with no comparison; its next version is
 * compared with it */
static void
test_window_changes_same_file_only (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *first_path = g_build_filename (dir, "first.json", NULL);
  g_autofree char *second_path = g_build_filename (dir, "second.json", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json", NULL);
  g_autoptr(GFile) first = g_file_new_for_path (first_path);
  g_autoptr(GFile) second = g_file_new_for_path (second_path);
  g_autofree char *contents = NULL;
  g_autofree char *party = NULL;

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (first_path, contents, -1, NULL));
  party = g_strdup (contents);
  g_assert_nonnull (strstr (party, "\"party\": \"P1\""));
  strstr (party, "\"party\": \"P1\"")[strlen ("\"party\": \"P")] = '9';

  for (guint bundled = 0; bundled < 2; bundled++)
    {
      DlgWindow *window;
      DlgDataset *before;
      GWeakRef before_ref;

      g_test_message ("second.json opened over %s", bundled ? "the bundled dataset" : "first.json");
      g_assert_true (g_file_set_contents (second_path, "{\n  \"format\": \"delegations\",,\n}", -1,
                                          NULL));
      if (bundled)
        {
          window = dlg_window_new (NULL);
          gtk_window_present (GTK_WINDOW (window));
        }
      else
        window = new_window_with (first);
      dlg_window_open (window, second);
      g_assert_true (iterate_until (has_error, window, 10000));
      before = dlg_window_get_dataset (window);
      g_weak_ref_init (&before_ref, before);

      /* fixed: its data is shown, and the data shown in its place is
       * let go, not compared with it */
      g_assert_true (g_file_set_contents (second_path, contents, -1, NULL));
      g_assert_true (iterate_until (shows_another, (gpointer[]) { window, before }, 10000));
      g_assert_true (iterate_until (weak_gone, &before_ref, 10000));
      g_weak_ref_clear (&before_ref);
      g_assert_null (dlg_window_get_diff (window));
      g_assert_null (dlg_window_get_message (window));

      /* its next version is compared with it */
      before = dlg_window_get_dataset (window);
      g_assert_true (g_file_set_contents (second_path, party, -1, NULL));
      g_assert_true (iterate_until (diff_since, (gpointer[]) { window, before }, 10000));
      g_assert_cmpstr (dlg_window_get_message (window), ==,
                       "What changed: 1 change in “second.json” on disk since the version shown "
                       "before");
      destroy_window (window);
    }
  g_unlink (first_path);
  g_unlink (second_path);
  g_rmdir (dir);
}

static void
test_window_bad_file_first (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "invalid", "trailing-comma-array.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DlgWindow *window = dlg_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  dlg_window_open (window, file);
  g_assert_true (iterate_until (has_error, window, 10000));
  g_assert_nonnull (strstr (dlg_window_get_error (window), ":38:21: error: trailing comma"));
  destroy_window (window);
}

/* A file that is not there: its name once in the message, with why */
static void
test_window_missing_file_named_once (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "gone.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *expected = g_strdup_printf ("%s: error: No such file or directory", path);
  DlgWindow *window = dlg_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  dlg_window_open (window, file);
  g_assert_true (iterate_until (has_error, window, 10000));
  g_assert_cmpstr (dlg_window_get_error (window), ==, expected);
  destroy_window (window);
  g_rmdir (dir);
}

/* The n-th widget of a type under root, depth first. */
static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type,
                 guint      n)
{
  g_autoptr(GQueue) queue = g_queue_new ();
  guint seen = 0;

  g_queue_push_tail (queue, root);
  while (!g_queue_is_empty (queue))
    {
      GtkWidget *w = g_queue_pop_head (queue);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && seen++ == n)
        return w;
      for (GtkWidget *c = gtk_widget_get_last_child (w);
           c != NULL;
           c = gtk_widget_get_prev_sibling (c))
        g_queue_push_head (queue, c);
    }
  return NULL;
}

static void
test_window_details_literal_text (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "markup-in-names.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DlgWindow *window = new_window_with (file);
  DlgSidePane *pane = dlg_window_get_pane (window, 0);
  GListModel *model = dlg_side_pane_get_shown (pane);
  g_autoptr(DlgMember) member = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DlgMember) m = g_list_model_get_item (model, i);

      if (g_strcmp0 (dlg_member_get_name (m), "<b>Bold</b> & Co") == 0)
        member = g_steal_pointer (&m);
    }
  g_assert_nonnull (member);
  g_signal_emit_by_name (pane, "member-selected", member);
  text = dlg_window_get_details_text (window);
  g_assert_nonnull (strstr (text, "<b>Bold</b> & Co"));
  g_assert_nonnull (strstr (text, "Former diplomat"));

  /* Activating a leader card shows the leader. */
  {
    GtkWidget *leaders = NULL;
    g_autofree char *leader_text = NULL;

    /* the list view whose items are delegations (a list has its model
     * once shown) */
    dlg_window_set_view (window, "leaders");
    for (guint i = 0; leaders == NULL; i++)
      {
        GtkWidget *view = find_descendant (GTK_WIDGET (pane), GTK_TYPE_LIST_VIEW, i);
        GListModel *items;

        g_assert_nonnull (view);
        items = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (view)));
        if (GTK_IS_NO_SELECTION (items))
          items = gtk_no_selection_get_model (GTK_NO_SELECTION (items));
        if (GTK_IS_FILTER_LIST_MODEL (items))
          items = gtk_filter_list_model_get_model (GTK_FILTER_LIST_MODEL (items));
        if (items != NULL && g_list_model_get_item_type (items) == DLG_TYPE_DELEGATION)
          leaders = view;
      }
    g_signal_emit_by_name (leaders, "activate", 0);
    leader_text = dlg_window_get_details_text (window);
    g_assert_nonnull (strstr (leader_text, "Alpha Leader"));
    g_assert_nonnull (strstr (leader_text, "Leads"));
  }
  destroy_window (window);
}

static gboolean
is_narrow (gpointer data)
{
  return gtk_widget_has_css_class (GTK_WIDGET (data), "narrow");
}

static gboolean
is_idle_for_a_moment (gpointer data)
{
  static gint64 start;

  if (start == 0)
    start = g_get_monotonic_time ();
  if (g_get_monotonic_time () - start < 300000)
    return FALSE;
  start = 0;
  return TRUE;
}

static gboolean
is_wide (gpointer data)
{
  return !is_narrow (data);
}

/* A window 360 px wide (and height tall) showing the bundled dataset,
 * once it is laid out narrow */
static DlgWindow *
open_narrow_window (int height)
{
  g_autoptr(GFile) file = dlg_bundled_dataset_file ();
  DlgWindow *window = dlg_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, height);
  gtk_window_present (GTK_WINDOW (window));
  dlg_window_open (window, file);
  g_assert_true (iterate_until (not_loading, window, 10000));
  g_assert_true (iterate_until (is_narrow, window, 5000));
  return window;
}

/* From 360 px wide: one side at a time with a switcher, the filters in
 * one menu button, the overview's columns one under the other. */
static void
test_window_narrow_stacks (void)
{
  DlgWindow *window = open_narrow_window (640);
  GtkWidget *pane_a = GTK_WIDGET (dlg_window_get_pane (window, 0));
  GtkWidget *pane_b = GTK_WIDGET (dlg_window_get_pane (window, 1));
  GtkWidget *party = NULL;
  int minimum;

  /* nothing asks for more than 360 px */
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);

  /* the filters are in a popover */
  for (guint i = 0; (party = find_descendant (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN, i)) != NULL; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (party), "Filter by party") == 0)
      break;
  g_assert_nonnull (party);
  g_assert_nonnull (gtk_widget_get_ancestor (party, GTK_TYPE_POPOVER));

  /* one side at a time, with name, party and status only */
  {
    GtkWidget *table = find_descendant (pane_a, GTK_TYPE_COLUMN_VIEW, 0);
    GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (table));
    g_autoptr(GtkColumnViewColumn) role = g_list_model_get_item (columns, 2);

    g_assert_false (gtk_column_view_column_get_visible (role));
  }
  dlg_window_set_view (window, "members");
  g_assert_true (gtk_widget_get_visible (pane_a));
  g_assert_false (gtk_widget_get_visible (pane_b));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.narrow-side", "i", 1));
  g_assert_false (gtk_widget_get_visible (pane_a));
  g_assert_true (gtk_widget_get_visible (pane_b));

  /* the details open: still nothing wider than the window */
  {
    g_autoptr(DlgMember) first = g_list_model_get_item (dlg_side_pane_get_shown (dlg_window_get_pane (window, 1)), 0);

    g_signal_emit_by_name (dlg_window_get_pane (window, 1), "member-selected", first);
    g_assert_true (iterate_until (is_idle_for_a_moment, window, 2000));
    gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_assert_cmpint (minimum, <=, 360);
  }

  /* wide again: both sides, the filters back in their bar */
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 700);
  g_assert_true (iterate_until (is_wide, window, 5000));
  g_assert_true (gtk_widget_get_visible (pane_a));
  g_assert_true (gtk_widget_get_visible (pane_b));
  g_assert_null (gtk_widget_get_ancestor (party, GTK_TYPE_POPOVER));
  /* with the details open, at 1200 px nothing asks for more */
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 1200);
  destroy_window (window);
}

static gboolean
have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  return path != NULL;
}

static gboolean
export_done (gpointer data)
{
  const char *message = dlg_window_get_message (DLG_WINDOW (data));

  return message != NULL && !g_str_has_prefix (message, "Writing ");
}

/* The window's own export path (a worker thread), waited for; returns the
 * message it ends with. */
static const char *
export_and_wait (DlgWindow       *window,
                 DlgExportFormat  format,
                 GFile           *file)
{
  dlg_window_export (window, format, file);
  g_assert_true (iterate_until (export_done, window, 20000));
  return dlg_window_get_message (window);
}

static void
test_window_exports_as_shown (void)
{
  DlgWindow *window = new_bundled_window ();
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "shown.csv", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "shown.pdf", NULL);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  const char *argv[] = { "pdftotext", pdf_path, "-", NULL };

  dlg_window_set_party_filter (window, "BJP");
  dlg_window_set_search (window, "former");
  g_assert_cmpuint (shown (window, 0), ==, 6);
  g_assert_cmpuint (shown (window, 1), ==, 0);

  /* As shown: the filtered members, and the filter in words on the sheet */
  g_assert_cmpstr (export_and_wait (window, DLG_EXPORT_CSV, csv), ==, "Exported “shown.csv”");
  g_assert_true (g_file_get_contents (csv_path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 6 + 1);
  for (guint i = 1; i < 7; i++)
    g_assert_nonnull (strstr (lines[i], ",BJP,"));

  g_assert_cmpstr (export_and_wait (window, DLG_EXPORT_PDF, pdf), ==, "Exported “shown.pdf”");
  if (have_program ("pdftotext"))
    {
      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                                   G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &text, NULL, NULL,
                                   &error));
      g_assert_nonnull (strstr (text, "Filter: Party: BJP; search: ‘former’"));
      g_assert_nonnull (strstr (text, "People shown: 6 of 63"));
      g_assert_null (strstr (text, "Nishikant Dubey"));
    }

  /* Printing draws the same pages as the export. */
  {
    g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
    g_autofree char *info_out = NULL;
    const char *info_argv[] = { "pdfinfo", printed, NULL };
    int n_pages = 0;

    g_assert_true (dlg_window_print_to_file (window, printed, &n_pages, &error));
    g_assert_no_error (error);
    g_assert_cmpint (n_pages, >=, 3);
    if (have_program ("pdfinfo"))
      {
        g_assert_true (g_spawn_sync (NULL, (char **) info_argv, NULL, G_SPAWN_SEARCH_PATH |
                                     G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &info_out, NULL,
                                     NULL, &error));
        const char *pages_line = strstr (info_out, "Pages:");

        g_assert_nonnull (pages_line);
        g_assert_cmpint (atoi (pages_line + strlen ("Pages:")), ==, n_pages);
        g_assert_nonnull (strstr (info_out, "841.89 x 595.276 pts (A4)"));
      }
    g_unlink (printed);
  }

  /* Everything: all members whatever the filter */
  dlg_window_set_sheet_as_shown (window, FALSE);
  g_clear_pointer (&contents, g_free);
  g_clear_pointer (&lines, g_strfreev);
  g_assert_cmpstr (export_and_wait (window, DLG_EXPORT_CSV, csv), ==, "Exported “shown.csv”");
  g_assert_true (g_file_get_contents (csv_path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 74 + 1);

  destroy_window (window);
  g_unlink (csv_path);
  g_unlink (pdf_path);
  g_rmdir (dir);
}

/* The PDF's text, with the bidi isolates around dataset text taken out */
static char *
pdf_text (const char *pdf_path)
{
  const char *argv[] = { "pdftotext", "-raw", pdf_path, "-", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) isolates = g_regex_new ("[\u2066-\u2069]", 0, 0, NULL);
  g_autofree char *text = NULL;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &text, NULL, NULL, &error));
  g_assert_no_error (error);
  return g_regex_replace_literal (isolates, text, -1, 0, "", 0, NULL);
}

/* What changed in the open file prints as a page of the briefing, every
 * change whatever the filter shows */
static void
test_window_print_changes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "live.json", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "changes.pdf", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json",
                                                   NULL);
  g_autofree char *contents = NULL;
  g_autofree char *removed = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  DlgWindow *window;

  if (!have_program ("pdftotext"))
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  window = new_window_with (file);

  /* no comparison: no page of changes */
  g_assert_cmpstr (export_and_wait (window, DLG_EXPORT_PDF, pdf), ==, "Exported “changes.pdf”");
  text = pdf_text (pdf_path);
  g_assert_null (strstr (text, "Changes since"));
  g_clear_pointer (&text, g_free);

  /* Beta Member removed on disk */
  removed = dup_without_member (contents, "a1-m2");
  g_assert_true (g_file_set_contents (path, removed, -1, NULL));
  g_assert_true (iterate_until (has_diff, window, 10000));

  /* filtered to Side B's leader: the change in Side A is printed all the same */
  dlg_window_set_search (window, "Gamma");
  g_assert_cmpuint (shown (window, 0), ==, 0);
  g_assert_cmpstr (export_and_wait (window, DLG_EXPORT_PDF, pdf), ==, "Exported “changes.pdf”");
  text = pdf_text (pdf_path);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Changes since the version of “live.json” shown before\n"
                                  "1 change: 1 member removed\n"));
  g_assert_nonnull (strstr (text, "Side A · Group 1\nmember removed: Beta Member\n"));
  g_assert_nonnull (strstr (text, "Every change is listed, whatever the filter"));
  g_clear_pointer (&text, g_free);

  /* all members: the changes, and no word of a filter */
  dlg_window_set_sheet_as_shown (window, FALSE);
  g_assert_cmpstr (export_and_wait (window, DLG_EXPORT_PDF, pdf), ==, "Exported “changes.pdf”");
  text = pdf_text (pdf_path);
  g_assert_nonnull (strstr (text, "member removed: Beta Member\n"));
  g_assert_null (strstr (text, "whatever the filter"));

  destroy_window (window);
  g_unlink (pdf_path);
  g_unlink (path);
  g_rmdir (dir);
}

/* Chooses option (by its label) in the drop-down of the file dialog on
 * screen that offers it, as a person would */
static gboolean
choose_in_file_dialog (const char *option)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);

      if (!GTK_IS_FILE_CHOOSER_DIALOG (w) || !gtk_widget_get_visible (w))
        continue;
      for (guint k = 0; ; k++)
        {
          GtkWidget *dropdown = find_descendant (w, GTK_TYPE_DROP_DOWN, k);
          GListModel *options;

          if (dropdown == NULL)
            break;
          options = gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown));
          for (guint j = 0; GTK_IS_STRING_LIST (options) && j < g_list_model_get_n_items (options); j++)
            if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (options), j), option) == 0)
              {
                gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), j);
                return TRUE;
              }
        }
    }
  return FALSE;
}

/* "Export PDF…" asks which members and which sheet, in its dialog; the
 * answer is what is written, and the next dialog offers it again. */
static void
test_window_export_choices (void)
{
  DlgWindow *window = new_bundled_window ();
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "glance.pdf", NULL);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  GtkFileChooser *dialog;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  const char *info_argv[] = { "pdfinfo", pdf_path, NULL };
  const char *text_argv[] = { "pdftotext", pdf_path, "-", NULL };

  dlg_window_set_search (window, "tharoor");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf", NULL));
  dialog = GTK_FILE_CHOOSER (dlg_window_get_file_dialog (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_file_chooser_get_choice (dialog, "scope"), ==, "shown");
  g_assert_cmpstr (gtk_file_chooser_get_choice (dialog, "sheet"), ==, "briefing");
  g_assert_true (choose_in_file_dialog ("All members"));
  g_assert_true (choose_in_file_dialog ("At a glance (one page)"));
  g_assert_cmpstr (gtk_file_chooser_get_choice (dialog, "scope"), ==, "all");
  g_assert_cmpstr (gtk_file_chooser_get_choice (dialog, "sheet"), ==, "glance");
  dlg_window_answer_export_dialog (window, pdf);
  g_assert_null (dlg_window_get_file_dialog (window));
  g_assert_true (iterate_until (export_done, window, 20000));
  g_assert_cmpstr (dlg_window_get_message (window), ==, "Exported “glance.pdf”");
  if (have_program ("pdfinfo") && have_program ("pdftotext"))
    {
      g_assert_true (g_spawn_sync (NULL, (char **) info_argv, NULL, G_SPAWN_SEARCH_PATH |
                                   G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &info, NULL, NULL, NULL));
      g_assert_nonnull (strstr (info, "Pages:           1\n"));
      g_assert_true (g_spawn_sync (NULL, (char **) text_argv, NULL, G_SPAWN_SEARCH_PATH |
                                   G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &text, NULL, NULL, NULL));
      /* every member, whatever the search */
      g_assert_nonnull (strstr (text, "all members"));
      g_assert_nonnull (strstr (text, "Baijayant"));
    }

  /* the next dialogs offer the last answers first; the CSV one has no sheet */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-csv", NULL));
  dialog = GTK_FILE_CHOOSER (dlg_window_get_file_dialog (window));
  g_assert_cmpstr (gtk_file_chooser_get_choice (dialog, "scope"), ==, "all");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf", NULL));
  dialog = GTK_FILE_CHOOSER (dlg_window_get_file_dialog (window));
  g_assert_cmpstr (gtk_file_chooser_get_choice (dialog, "sheet"), ==, "glance");
  destroy_window (window);
  g_unlink (pdf_path);
  g_rmdir (dir);
}

/* A PNG's size, from its header (IHDR: width and height, big-endian) */
static void
png_size (const char *path,
          guint      *width,
          guint      *height)
{
  g_autofree guchar *data = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, (char **) &data, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_true (memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0);
  *width = (guint) data[16] << 24 | (guint) data[17] << 16 | (guint) data[18] << 8 | data[19];
  *height = (guint) data[20] << 24 | (guint) data[21] << 16 | (guint) data[22] << 8 | data[23];
}

/* "Export Image…": a file dialog with a PNG and an SVG filter; the image
 * is a snapshot of what is shown (a search lists its places, and the
 * board still counts them all); the file's ending, else the filter
 * chosen, says which format */
static void
test_window_export_image (void)
{
  DlgWindow *window = new_bundled_window ();
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "slide.svg", NULL);
  g_autofree char *bare_path = g_build_filename (dir, "slide", NULL);
  g_autofree char *png_path = g_build_filename (dir, "slide.png", NULL);
  g_autoptr(GFile) svg = g_file_new_for_path (svg_path);
  g_autoptr(GFile) bare = g_file_new_for_path (bare_path);
  g_autoptr(GFile) png = g_file_new_for_path (png_path);
  g_autoptr(GListModel) filters = NULL;
  g_autoptr(GtkFileFilter) png_filter = NULL;
  g_autofree char *text = NULL;
  GtkFileChooser *dialog;
  guint width, height;

  dlg_window_set_search (window, "tharoor");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-image", NULL));
  dialog = GTK_FILE_CHOOSER (dlg_window_get_file_dialog (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_file_chooser_get_choice (dialog, "scope"), ==, "shown");
  filters = gtk_file_chooser_get_filters (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 2);
  png_filter = g_list_model_get_item (filters, 0);
  g_assert_cmpstr (gtk_file_filter_get_name (png_filter), ==, "PNG image (1920×1080)");

  dlg_window_answer_export_dialog (window, svg);
  g_assert_null (dlg_window_get_file_dialog (window));
  g_assert_true (iterate_until (export_done, window, 20000));
  g_assert_cmpstr (dlg_window_get_message (window), ==, "Exported “slide.svg”");
  g_assert_true (g_file_get_contents (svg_path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "<?xml"));
  g_assert_nonnull (strstr (text, "<path"));
  /* what was shown, and true: Group 5's two places both sides went to,
   * of the five */
  g_assert_nonnull (strstr (text, "Filter:"));
  g_assert_nonnull (strstr (text, "Both (2 of 5 shown)"));
  g_assert_nonnull (strstr (text, "New York"));
  g_assert_null (strstr (text, "London"));

  /* no ending: the filter chosen */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-image", NULL));
  dialog = GTK_FILE_CHOOSER (dlg_window_get_file_dialog (window));
  gtk_file_chooser_set_filter (dialog, png_filter);
  dlg_window_answer_export_dialog (window, bare);
  g_assert_true (iterate_until (export_done, window, 20000));
  g_assert_cmpstr (dlg_window_get_message (window), ==, "Exported “slide”");
  png_size (bare_path, &width, &height);
  g_assert_cmpuint (width, ==, 1920);
  g_assert_cmpuint (height, ==, 1080);

  /* the window's export path, as the tests drive the others */
  g_assert_cmpstr (export_and_wait (window, DLG_EXPORT_PNG, png), ==, "Exported “slide.png”");
  png_size (png_path, &width, &height);
  g_assert_cmpuint (width, >=, 1920);
  g_assert_cmpuint (height * 16, ==, width * 9);

  destroy_window (window);

  /* three sides: the board has every side, as the Overview's, whichever
   * two the panes (and the map) compare */
  {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid",
                                                   "three-sides.json", NULL);
    g_autoptr(GFile) three = g_file_new_for_path (path);
    g_autofree char *three_text = NULL;

    window = new_window_with (three);
    dlg_window_choose_sides (window, 2, 1);
    g_assert_cmpstr (export_and_wait (window, DLG_EXPORT_SVG, svg), ==, "Exported “slide.svg”");
    g_assert_true (g_file_get_contents (svg_path, &three_text, NULL, NULL));
    g_assert_nonnull (strstr (three_text, "Shared (0)\n"));
    g_assert_nonnull (strstr (three_text, "\u2068Side A\u2069 only (1)\n"));
    g_assert_nonnull (strstr (three_text, "2 sides visited no place alone."));
    /* nothing filtered: nothing said of members shown */
    g_assert_null (strstr (three_text, " shown)"));
    g_assert_null (strstr (three_text, "the members shown"));
    g_assert_nonnull (strstr (three_text, "The map shows \u2068Side C\u2069 and "
                                          "\u2068Side B\u2069; the board, every side."));
    destroy_window (window);
  }
  g_unlink (svg_path);
  g_unlink (bare_path);
  g_unlink (png_path);
  g_rmdir (dir);
}

static gboolean
loading_started (gpointer data)
{
  return dlg_window_is_loading (DLG_WINDOW (data));
}

static void
test_window_cancel_keeps_data (void)
{
  DlgWindow *window = new_bundled_window ();
  DlgDataset *before = dlg_window_get_dataset (window);
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) json = g_string_new (
    "{\"format\":\"delegations\",\"version\":\"1.0\",\"title\":\"Big\",\"sides\":["
    "{\"id\":\"b\",\"name\":\"B\",\"delegations\":[]},"
    "{\"id\":\"a\",\"name\":\"A\",\"delegations\":[{\"id\":\"d\",\"label\":\"L\","
    "\"destinations\":[],\"members\":[");

  for (guint i = 0; i < 200000; i++)
    g_string_append_printf (json, "%s{\"id\":\"m%u\",\"name\":\"Member number %u\","
                            "\"party\":\"Party %u\",\"role\":\"MP\"}",
                            i > 0 ? "," : "", i, i, i % 17);
  g_string_append (json, "]}]}]}");
  g_assert_true (g_file_set_contents (path, json->str, (gssize) json->len, NULL));

  dlg_window_open (window, file);
  g_assert_true (iterate_until (loading_started, window, 1000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-load", NULL));
  g_assert_false (dlg_window_is_loading (window));
  /* Let the worker finish and its result be thrown away. */
  for (guint i = 0; i < 300 * dlg_test_timeout_scale (); i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  g_assert_true (dlg_window_get_dataset (window) == before);
  g_assert_null (dlg_window_get_error (window));
  g_assert_cmpuint (shown (window, 0), ==, 63);

  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* The settings' last dataset ends with data (a file name) */
static gboolean
last_dataset_is (gpointer data)
{
  g_autoptr(GSettings) settings = dlg_settings_new ();
  g_autofree char *uri = g_settings_get_string (settings, "last-dataset");

  return g_str_has_suffix (uri, data);
}

/* the window whose recent menu recent_menu_starts_with() reads */
static DlgWindow *recent_window;

/* The desktop's recent files (recently-used.xbel in this program's own
 * XDG_DATA_HOME, see main) name data, a URI, as a dataset */
static gboolean
recent_files_name (gpointer data)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "recently-used.xbel", NULL);
  g_autoptr(GBookmarkFile) xbel = g_bookmark_file_new ();
  g_autofree char *mime = NULL;

  if (!g_bookmark_file_load_from_file (xbel, path, NULL))
    return FALSE;
  mime = g_bookmark_file_get_mime_type (xbel, data, NULL);
  return g_strcmp0 (mime, "application/x-delegations+json") == 0;
}

/* The settings' string data (a key) is empty */
static gboolean
string_setting_empty (gpointer data)
{
  g_autoptr(GSettings) settings = dlg_settings_new ();
  g_autofree char *value = g_settings_get_string (settings, data);

  return value[0] == '\0';
}

/* The recent menu's first item opens data, a URI */
static gboolean
recent_menu_starts_with (gpointer data)
{
  GMenuModel *menu = G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (recent_window),
                                                                  DLG_TYPE_WINDOW,
                                                                  "recent_menu"));
  g_autoptr(GVariant) target = NULL;

  if (g_menu_model_get_n_items (menu) == 0)
    return FALSE;
  target = g_menu_model_get_item_attribute_value (menu, 0, G_MENU_ATTRIBUTE_TARGET,
                                                  G_VARIANT_TYPE_STRING);
  return target != NULL && g_strcmp0 (g_variant_get_string (target, NULL), data) == 0;
}

static gboolean
recent_menu_lacks (gpointer data)
{
  GMenuModel *menu = G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (recent_window),
                                                                  DLG_TYPE_WINDOW,
                                                                  "recent_menu"));

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (menu, i,
                                                                          G_MENU_ATTRIBUTE_TARGET,
                                                                          G_VARIANT_TYPE_STRING);

      if (target != NULL && g_strcmp0 (g_variant_get_string (target, NULL), data) == 0)
        return FALSE;
    }
  return TRUE;
}

static void
test_window_recent_datasets (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *first_path = g_build_filename (dir, "first_set.json", NULL);
  g_autofree char *second_path = g_build_filename (dir, "second.json", NULL);
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json",
                                                    NULL);
  g_autofree char *three = g_test_build_filename (G_TEST_DIST, "data", "valid", "three-sides.json",
                                                  NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GFile) first = g_file_new_for_path (first_path);
  g_autoptr(GFile) second = g_file_new_for_path (second_path);
  g_autoptr(GFile) bundled = dlg_bundled_dataset_file ();
  g_autofree char *bad_uri = g_file_get_uri (bad);
  g_autofree char *first_uri = g_file_get_uri (first);
  g_autofree char *second_uri = g_file_get_uri (second);
  g_autofree char *xbel_path = g_build_filename (g_get_user_data_dir (), "recently-used.xbel",
                                                 NULL);
  g_autoptr(GBookmarkFile) xbel = g_bookmark_file_new ();
  g_auto(GStrv) uris = NULL;
  g_autofree char *exec = NULL;
  GMenuModel *menu;
  g_autofree char *label = NULL;
  gsize len;
  DlgWindow *window = dlg_window_new (NULL);

  g_assert_nonnull (dir);
  g_assert_true (g_file_set_contents (bad_path, "{ \"format\": ", -1, NULL));
  g_assert_true (g_file_get_contents (minimal, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (first_path, contents, (gssize) len, NULL));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (three, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (second_path, contents, (gssize) len, NULL));
  recent_window = window;
  gtk_window_present (GTK_WINDOW (window));

  /* a file that fails to open is not a recent file; one that opens is,
   * as a dataset, with the command that opens it */
  dlg_window_open (window, bad);
  g_assert_true (iterate_until (not_loading, window, 10000));
  g_assert_nonnull (dlg_window_get_error (window));
  dlg_window_open (window, first);
  g_assert_true (iterate_until (recent_files_name, first_uri, 10000));
  /* the bundled dataset, opened, is none either (no other application
   * could open it) */
  dlg_window_open (window, bundled);
  g_assert_true (iterate_until (string_setting_empty, (gpointer) "last-dataset", 10000));
  dlg_window_open (window, second);
  g_assert_true (iterate_until (recent_files_name, second_uri, 10000));

  g_assert_true (g_bookmark_file_load_from_file (xbel, xbel_path, NULL));
  g_assert_false (g_bookmark_file_has_item (xbel, bad_uri));
  uris = g_bookmark_file_get_uris (xbel, NULL);
  for (guint i = 0; uris[i] != NULL; i++)
    g_assert_false (g_str_has_prefix (uris[i], "resource:"));
  g_assert_true (g_bookmark_file_get_application_info (xbel, second_uri, g_get_application_name (),
                                                       &exec, NULL, NULL, NULL));
  g_assert_true (g_str_has_prefix (exec, PROGRAM_NAME " "));

  /* the menu reads them back, newest first, each once; a name's "_" is
   * no mnemonic */
  g_assert_true (iterate_until (recent_menu_starts_with, second_uri, 10000));
  dlg_window_open (window, first);
  g_assert_true (iterate_until (recent_menu_starts_with, first_uri, 10000));
  menu = G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (window), DLG_TYPE_WINDOW,
                                                      "recent_menu"));
  g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "first__set.json");
  g_assert_cmpuint (g_menu_model_get_n_items (menu), >=, 2);
  {
    g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (menu, 1,
                                                                        G_MENU_ATTRIBUTE_TARGET,
                                                                        G_VARIANT_TYPE_STRING);

    g_assert_cmpstr (g_variant_get_string (target, NULL), ==, second_uri);
  }
  g_assert_true (recent_menu_lacks (bad_uri));

  /* and "Open Recent" opens the other one again */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s",
                                             second_uri));
  g_assert_true (iterate_until (not_loading, window, 10000));
  g_assert_cmpuint (g_list_model_get_n_items (dlg_dataset_get_sides (dlg_window_get_dataset (window))),
                    ==, 3);

  /* a file that is gone leaves the menu (when it is read again) */
  g_unlink (second_path);
  dlg_window_open (window, first);
  g_assert_true (iterate_until (recent_menu_lacks, second_uri, 10000));
  g_assert_true (recent_menu_starts_with (first_uri));
  recent_window = NULL;
  destroy_window (window);
  g_unlink (bad_path);
  g_unlink (first_path);
  g_rmdir (dir);
}

/* The list the settings kept before: read once into the recent files
 * (the files still there), then emptied */
static void
test_window_recent_migrated (void)
{
  g_autoptr(GSettings) settings = dlg_settings_new ();
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "kept.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *gone = g_strconcat ("file://", dir, "/gone.json", NULL);
  const char *kept[] = { uri, gone, NULL };
  g_autofree char *xbel_path = g_build_filename (g_get_user_data_dir (), "recently-used.xbel",
                                                 NULL);
  g_autoptr(GBookmarkFile) xbel = g_bookmark_file_new ();
  g_auto(GStrv) left = NULL;
  DlgWindow *window;

  g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
  g_assert_true (g_settings_set_strv (settings, "recent-datasets", kept));
  window = dlg_window_new (NULL);
  recent_window = window;
  left = g_settings_get_strv (settings, "recent-datasets");
  g_assert_cmpuint (g_strv_length (left), ==, 0);
  g_assert_true (iterate_until (recent_files_name, uri, 10000));
  g_assert_true (recent_menu_starts_with (uri));
  /* a file gone since is not made recent again */
  g_assert_true (g_bookmark_file_load_from_file (xbel, xbel_path, NULL));
  g_assert_false (g_bookmark_file_has_item (xbel, gone));
  recent_window = NULL;
  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_window_warnings_shown (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "unknown-member.json",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DlgWindow *window = new_window_with (file);

  g_assert_null (dlg_window_get_error (window));
  g_assert_cmpstr (dlg_window_get_message (window), ==,
                   "“unknown-member.json” opened with 2 warnings; what they name was ignored");

  /* A file without warnings takes the message away. */
  {
    g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json",
                                                      NULL);
    g_autoptr(GFile) other = g_file_new_for_path (minimal);

    dlg_window_open (window, other);
    g_assert_true (iterate_until (not_loading, window, 10000));
    g_assert_null (dlg_window_get_message (window));
  }
  destroy_window (window);
}

static void
test_window_remembers (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DlgWindow *window = new_window_with (file);
  int field, width, height;
  gboolean descending;

  /* sort, size and dataset go into the settings... */
  dlg_side_pane_set_sort (dlg_window_get_pane (window, 0), DLG_MEMBER_FIELD_ROLE, TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1111, 777);
  g_assert_true (iterate_until (last_dataset_is, "/minimal.json", 10000));
  gtk_window_close (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* ...and a new window starts from them. */
  window = dlg_window_new (NULL);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1111);
  g_assert_cmpint (height, ==, 777);
  gtk_window_present (GTK_WINDOW (window));
  dlg_window_open_default (window);
  g_assert_true (iterate_until (not_loading, window, 10000));
  g_assert_cmpstr (dlg_dataset_get_title (dlg_window_get_dataset (window)), ==,
                   "Minimal test dataset");
  g_assert_true (dlg_side_pane_get_sort (dlg_window_get_pane (window, 1), &field, &descending));
  g_assert_cmpint (field, ==, DLG_MEMBER_FIELD_ROLE);
  g_assert_true (descending);
  destroy_window (window);
}

static gboolean
opening_cleared (gpointer data)
{
  return string_setting_empty ((gpointer) "opening-dataset");
}

/* A dataset is remembered once a frame showing it is drawn, not when it
 * has loaded: one that ends the application on its first frame would be
 * opened again at every start. */
static void
test_window_remember_when_drawn (void)
{
  g_autoptr(GSettings) settings = dlg_settings_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DlgWindow *window = dlg_window_new (NULL);

  g_settings_set_string (settings, "last-dataset", "");
  /* loaded into a window not shown: never drawn, not remembered */
  dlg_window_open (window, file);
  g_assert_true (iterate_until (not_loading, window, 10000));
  g_assert_false (last_dataset_is ("/minimal.json"));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (iterate_until (last_dataset_is, "/minimal.json", 10000));
  destroy_window (window);
}

/* The last start opened the last dataset and never drew it: this start
 * shows the bundled dataset instead, says why, and forgets it as the last
 * one (so the next start is normal). */
static void
test_window_start_not_trapped (void)
{
  g_autoptr(GSettings) settings = dlg_settings_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  DlgWindow *window;

  /* a normal start: marked while it opens, unmarked once drawn */
  g_settings_set_string (settings, "last-dataset", uri);
  g_settings_set_string (settings, "opening-dataset", "");
  window = dlg_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  dlg_window_open_default (window);
  g_assert_false (opening_cleared (NULL));
  g_assert_true (iterate_until (not_loading, window, 10000));
  g_assert_true (iterate_until (opening_cleared, NULL, 10000));
  g_assert_cmpstr (dlg_dataset_get_title (dlg_window_get_dataset (window)), ==,
                   "Minimal test dataset");
  destroy_window (window);

  /* a start whose dataset does not load: unmarked all the same (it did
   * not end the application) */
  {
    g_autofree char *broken_path = g_test_build_filename (G_TEST_DIST, "data", "invalid",
                                                          "bad-colour.json", NULL);
    g_autoptr(GFile) broken = g_file_new_for_path (broken_path);
    g_autofree char *broken_uri = g_file_get_uri (broken);

    g_settings_set_string (settings, "last-dataset", broken_uri);
    window = dlg_window_new (NULL);
    dlg_window_open_default (window);
    g_assert_false (opening_cleared (NULL));
    g_assert_true (iterate_until (not_loading, window, 10000));
    g_assert_nonnull (dlg_window_get_error (window));
    g_assert_true (opening_cleared (NULL));
    destroy_window (window);
    g_settings_set_string (settings, "last-dataset", uri);
  }

  /* the mark left by a start that ended before drawing */
  g_settings_set_string (settings, "opening-dataset", uri);
  window = dlg_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  dlg_window_open_default (window);
  g_assert_true (iterate_until (not_loading, window, 10000));
  g_assert_cmpstr (dlg_dataset_get_title (dlg_window_get_dataset (window)), !=,
                   "Minimal test dataset");
  g_assert_cmpstr (dlg_window_get_message (window), ==, "“minimal.json” was not opened again");
  g_assert_true (opening_cleared (NULL));
  g_assert_false (last_dataset_is ("/minimal.json"));
  destroy_window (window);
}

static GtkWindow *
find_toplevel (const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_window_get_title (w), title) == 0)
        return w;
    }
  return NULL;
}

static gboolean
preview_shown (gpointer data)
{
  GtkWindow *preview = find_toplevel ("Print Preview");

  return preview != NULL && gtk_widget_get_mapped (GTK_WIDGET (preview));
}

/* A button under widget whose tooltip or label child reads text */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_BUTTON (widget))
    {
      GtkWidget *child = gtk_button_get_child (GTK_BUTTON (widget));

      if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0 ||
          (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0))
        return widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_window_print_preview (void)
{
  DlgWindow *window = new_bundled_window ();
  GtkWindow *preview;
  GtkWidget *title;
  const char *text;

  dlg_window_print_preview (window);
  g_assert_true (iterate_until (preview_shown, NULL, 10000));
  preview = find_toplevel ("Print Preview");
  title = gtk_header_bar_get_title_widget (GTK_HEADER_BAR (gtk_window_get_titlebar (preview)));
  text = gtk_label_get_text (GTK_LABEL (title));
  g_assert_true (g_str_has_prefix (text, "Page 1 of "));
  g_assert_cmpint (atoi (text + strlen ("Page 1 of ")), >=, 5);
  /* End and Home: the last page, the first */
  {
    int n = atoi (text + strlen ("Page 1 of "));
    g_autofree char *last = g_strdup_printf ("Page %d of %d", n, n);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.last", NULL));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, last);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.first", NULL));
    g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (title)), "Page 1 of "));
  }

  /* a Print button and zoom: zooming in makes the page bigger than the window */
  {
    GtkWidget *header = gtk_window_get_titlebar (preview);
    GtkWidget *zoom_in = find_button (header, "Zoom In");
    GtkWidget *area = gtk_scrolled_window_get_child (
      GTK_SCROLLED_WINDOW (gtk_window_get_child (preview)));

    g_assert_nonnull (find_button (header, "Print…"));
    g_assert_nonnull (zoom_in);
    if (GTK_IS_VIEWPORT (area))
      area = gtk_viewport_get_child (GTK_VIEWPORT (area));
    g_assert_cmpint (gtk_drawing_area_get_content_width (GTK_DRAWING_AREA (area)), ==, 0);
    g_signal_emit_by_name (zoom_in, "clicked");
    g_assert_cmpint (gtk_drawing_area_get_content_width (GTK_DRAWING_AREA (area)), >, 0);
  }

  gtk_window_destroy (preview);
  destroy_window (window);
  g_assert_null (find_toplevel ("Print Preview"));
}

/* A dataset of n members on each of two sides, written to a temp file. */
static GFile *
write_big_dataset (const char *dir,
                   guint       n)
{
  g_autofree char *path = g_build_filename (dir, "big.json", NULL);
  g_autoptr(GString) json = g_string_new (
    "{\"format\":\"delegations\",\"version\":\"1.0\",\"title\":\"Big\",\"sides\":[");

  for (guint s = 0; s < 2; s++)
    {
      g_string_append_printf (json, "%s{\"id\":\"s%u\",\"name\":\"Side %u\",\"delegations\":["
                              "{\"id\":\"d%u\",\"label\":\"L\",\"destinations\":[],\"members\":[",
                              s > 0 ? "," : "", s, s, s);
      for (guint i = 0; i < n; i++)
        g_string_append_printf (json, "%s{\"id\":\"m%u-%u\",\"name\":\"Member %u\","
                                "\"party\":\"Party %u\",\"role\":\"MP\"}",
                                i > 0 ? "," : "", s, i, i, i % 17);
      g_string_append (json, "]}]}");
    }
  g_string_append (json, "]}");
  g_assert_true (g_file_set_contents (path, json->str, (gssize) json->len, NULL));
  return g_file_new_for_path (path);
}

static gboolean
shows_bundled (gpointer data)
{
  DlgDataset *dataset = dlg_window_get_dataset (DLG_WINDOW (data));

  return not_loading (data) && dataset != NULL &&
         g_list_model_get_n_items (dlg_side_get_members (
           dlg_side_pane_get_side (dlg_window_get_pane (DLG_WINDOW (data), 0)))) == 63;
}

static guint
count_toplevels (const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      n += g_strcmp0 (gtk_window_get_title (w), title) == 0;
    }
  return n;
}

/* Two things in progress (a load while a sheet is prepared): the row
 * shows the last begun, then the other again */
static void
test_message_area_progress (void)
{
  DlgMessageArea *area = g_object_ref_sink (g_object_new (DLG_TYPE_MESSAGE_AREA, NULL));

  g_assert_null (dlg_message_area_get_progress (area));
  dlg_message_area_begin_progress (area, "Preparing", "Sheet", "win.cancel-print", "Cancel sheet");
  dlg_message_area_set_fraction (area, "win.cancel-print", 0.5);
  dlg_message_area_begin_progress (area, "Loading", "Load", "win.cancel-load", "Cancel load");
  g_assert_cmpstr (dlg_message_area_get_progress (area), ==, "win.cancel-load");
  /* the one under it follows on quietly */
  dlg_message_area_set_fraction (area, "win.cancel-print", 0.7);
  dlg_message_area_end_progress (area, "win.cancel-load");
  g_assert_cmpstr (dlg_message_area_get_progress (area), ==, "win.cancel-print");
  /* what is not in progress ends nothing */
  dlg_message_area_end_progress (area, "win.cancel-load");
  g_assert_cmpstr (dlg_message_area_get_progress (area), ==, "win.cancel-print");
  dlg_message_area_end_progress (area, "win.cancel-print");
  g_assert_null (dlg_message_area_get_progress (area));
  g_assert_finalize_object (area);
}

static gboolean
no_progress (gpointer data)
{
  return dlg_window_get_progress (DLG_WINDOW (data)) == NULL;
}

/* The preview of 10 000 members: the sheet is laid out a step a main
 * loop turn, the progress row saying so with Cancel; cancelled, the
 * row goes and no preview shows.  Left to run, the preview shows and
 * the row goes. */
static void
test_window_print_progress (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autoptr(GFile) big = write_big_dataset (dir, 5000);
  DlgWindow *window = new_window_with (big);

  dlg_window_print_preview (window);
  g_assert_cmpstr (dlg_window_get_progress (window), ==, "win.cancel-print");
  /* a few steps */
  for (guint i = 0; i < 3; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (dlg_window_get_progress (window), ==, "win.cancel-print");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-print", NULL));
  g_assert_true (iterate_until (no_progress, window, 10000));
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (find_toplevel ("Print Preview"));

  /* asked twice while the first is prepared: the first gives way, one
   * preview comes */
  dlg_window_print_preview (window);
  g_main_context_iteration (NULL, TRUE);
  dlg_window_print_preview (window);
  g_assert_cmpstr (dlg_window_get_progress (window), ==, "win.cancel-print");
  g_assert_true (iterate_until (preview_shown, NULL, 60000));
  g_assert_null (dlg_window_get_progress (window));
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (count_toplevels ("Print Preview"), ==, 1);
  gtk_window_destroy (find_toplevel ("Print Preview"));

  destroy_window (window);
  g_file_delete (big, NULL, NULL);
  g_rmdir (dir);
}

/* 41 000 members on a side, filtered incrementally, replaced by the
 * bundled dataset while filtering is still going on: this crashed GTK. */
static void
test_window_big_replaced_by_small (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autoptr(GFile) big = write_big_dataset (dir, 41000);
  g_autoptr(GFile) bundled = dlg_bundled_dataset_file ();
  DlgWindow *window = dlg_window_new (NULL);

  /* incremental filtering stays on, as in the application */
  gtk_window_present (GTK_WINDOW (window));
  dlg_window_open (window, big);
  g_assert_true (iterate_until (not_loading, window, 30000));
  g_assert_cmpuint (dlg_side_pane_get_n_total (dlg_window_get_pane (window, 0)), ==, 41000);
  dlg_window_set_search (window, "member 1");
  dlg_window_open (window, bundled);
  g_assert_true (iterate_until (shows_bundled, window, 30000));
  dlg_window_set_search (window, "");
  g_assert_true (iterate_until (not_loading, window, 1000));
  g_assert_cmpuint (shown (window, 0), ==, 63);
  g_assert_cmpuint (shown (window, 1), ==, 11);
  destroy_window (window);
  g_file_delete (big, NULL, NULL);
  g_rmdir (dir);
}

/* "As shown" right after a search on 100 000 members: the rows the
 * filter shows once it is done, not the few it has got to. */
static void
test_window_as_shown_while_filtering (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autoptr(GFile) big = write_big_dataset (dir, 50000);
  g_autofree char *csv_path = g_build_filename (dir, "shown.csv", NULL);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autofree char *contents = NULL;
  DlgWindow *window = dlg_window_new (NULL);
  guint expected = 0;
  guint rows = 0;

  gtk_window_present (GTK_WINDOW (window));
  dlg_window_open (window, big);
  g_assert_true (iterate_until (not_loading, window, 30000));
  /* "Member 7" matches 7, 70-79, 700-799, 7000-7999: 1111 per side */
  expected = 2 * 1111;
  dlg_window_set_search (window, "member 7");
  g_assert_cmpstr (export_and_wait (window, DLG_EXPORT_CSV, csv), ==, "Exported “shown.csv”");
  g_assert_true (g_file_get_contents (csv_path, &contents, NULL, NULL));
  for (const char *p = contents; (p = strstr (p, "\r\n")) != NULL; p += 2)
    rows++;
  g_assert_cmpuint (rows, ==, 1 + expected);
  destroy_window (window);
  g_unlink (csv_path);
  g_file_delete (big, NULL, NULL);
  g_rmdir (dir);
}

/* Picking the third side in the real drop-down: the window keeps
 * answering (this once looped for ever). */
static void
test_window_three_sides_dropdown (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "three-sides.json",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DlgWindow *window = new_window_with (file);
  DlgSidePane *pane = dlg_window_get_pane (window, 1);
  GtkDropDown *dropdown = GTK_DROP_DOWN (find_descendant (GTK_WIDGET (pane), GTK_TYPE_DROP_DOWN, 0));
  gint64 start;

  g_assert_nonnull (dropdown);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dropdown)));
  gtk_drop_down_set_selected (dropdown, 2);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (g_get_monotonic_time () - start, <,
                   5 * G_USEC_PER_SEC * dlg_test_timeout_scale ());
  g_assert_cmpstr (dlg_side_get_name (dlg_side_pane_get_side (pane)), ==, "Side C");
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 2);
  /* choosing pane A's side in pane B swaps them */
  gtk_drop_down_set_selected (dropdown, 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpstr (dlg_side_get_name (dlg_side_pane_get_side (pane)), ==, "Side A");
  g_assert_cmpstr (dlg_side_get_name (dlg_side_pane_get_side (dlg_window_get_pane (window, 0))),
                   ==, "Side C");
  destroy_window (window);
}

static gboolean
is_missing (gpointer data)
{
  return dlg_document_get_missing (dlg_window_get_document (DLG_WINDOW (data)));
}

/* The open file deleted: the window says so and keeps the data. */
static void
test_window_deleted_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "gone.json", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json",
                                                   NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DlgWindow *window;
  DlgDataset *before;

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  window = new_window_with (file);
  before = dlg_window_get_dataset (window);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_true (iterate_until (is_missing, window, 10000));
  g_assert_true (dlg_window_get_dataset (window) == before);
  g_assert_cmpuint (shown (window, 0), ==, 2);
  g_assert_nonnull (strstr (dlg_window_get_error_title (window), "“gone.json” is no longer there"));

  /* It comes back: it loads again. */
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  g_assert_true (iterate_until (title_is_minimal, window, 10000));
  g_assert_null (dlg_window_get_error (window));
  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
no_exports (gpointer data)
{
  return dlg_window_get_n_exports (DLG_WINDOW (data)) == 0;
}

/* Two exports in flight, then the message bar's Cancel: both stop, each
 * target as it was, no temporary file beside them. */
static void
test_window_export_cancel (void)
{
  DlgWindow *window = new_bundled_window ();
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  const char *names[] = { "first.pdf", "second.pdf" };
  GtkWidget *cancel;
  guint n = 0;

  cancel = find_button (GTK_WIDGET (window), "Cancel");
  g_assert_false (gtk_widget_get_visible (cancel));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_assert_true (g_file_set_contents (path, "OLD", -1, NULL));
      dlg_window_export (window, DLG_EXPORT_PDF, file);
    }
  g_assert_cmpuint (dlg_window_get_n_exports (window), ==, 2);
  g_assert_cmpstr (dlg_window_get_message (window), ==, "Writing “second.pdf”…");
  g_assert_true (gtk_widget_get_visible (cancel));
  g_signal_emit_by_name (cancel, "clicked");
  g_assert_true (iterate_until (no_exports, window, 20000));
  g_assert_cmpstr (dlg_window_get_message (window), ==, "Export cancelled");
  g_assert_false (gtk_widget_get_visible (cancel));

  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_autofree char *contents = NULL;

        g_assert_true (g_str_equal (name, names[0]) || g_str_equal (name, names[1]));
        g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
        g_assert_cmpstr (contents, ==, "OLD");
        g_unlink (path);
        n++;
      }
  }
  g_assert_cmpuint (n, ==, 2);
  destroy_window (window);
  g_rmdir (dir);
}

static gboolean
one_export (gpointer data)
{
  return dlg_window_get_n_exports (DLG_WINDOW (data)) == 1;
}

/* One export fails at once while another still writes: the message says
 * so, and Cancel stays for the one still writing. */
static void
test_window_export_cancel_stays (void)
{
  DlgWindow *window = new_bundled_window ();
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "writing.pdf", NULL);
  g_autoptr(GFile) writing = g_file_new_for_path (path);
  g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent/folder/members.csv");
  GtkWidget *cancel = find_button (GTK_WIDGET (window), "Cancel");

  dlg_window_export (window, DLG_EXPORT_PDF, writing);
  dlg_window_export (window, DLG_EXPORT_CSV, nowhere);
  g_assert_true (iterate_until (one_export, window, 20000));
  g_assert_cmpstr (dlg_window_get_message (window), ==, "Could not write “members.csv”");
  g_assert_true (gtk_widget_get_visible (cancel));
  g_signal_emit_by_name (cancel, "clicked");
  g_assert_true (iterate_until (no_exports, window, 20000));
  g_assert_false (gtk_widget_get_visible (cancel));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  destroy_window (window);
  g_rmdir (dir);
}

/* Export onto the open dataset from the window: refused, file kept. */
static void
test_window_export_onto_dataset (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "mine.json", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json",
                                                   NULL);
  g_autofree char *contents = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DlgWindow *window;

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  window = new_window_with (file);
  g_assert_cmpstr (export_and_wait (window, DLG_EXPORT_CSV, file), ==,
                   "Not written: “mine.json” is the open dataset");
  g_assert_cmpstr (export_and_wait (window, DLG_EXPORT_PDF, file), ==,
                   "Not written: “mine.json” is the open dataset");
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, contents);
  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* A RIGHT-TO-LEFT OVERRIDE in a side name stays inside the name. */
static void
test_window_rlo_isolated (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "rlo.json", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json",
                                                   NULL);
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  char *at;
  DlgWindow *window;

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  at = strstr (contents, "\"Side A\"");
  g_assert_nonnull (at);
  {
    g_autofree char *head = g_strndup (contents, at - contents);
    g_autofree char *rlo = g_strconcat (head, "\"\\u202eSide A\"", at + strlen ("\"Side A\""), NULL);

    g_assert_true (g_file_set_contents (path, rlo, -1, NULL));
  }
  window = new_window_with (file);
  text = dlg_window_get_comparison_text (window);
  g_assert_nonnull (strstr (text, "Visited by \u2068\u202eSide A\u2069 only"));
  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* Megabyte-long values (a name, a side, the title) are shown cut to
 * DLG_TEXT_SHOWN_CHARS, with "…": laid out whole they stalled the window
 * for seconds.  Exports keep the whole value. */
static void
test_window_long_values_cut (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "long.json", NULL);
  g_autofree char *huge = g_strnfill (1000000, 'N');
  g_autofree char *side = g_strnfill (200000, 'S');
  g_autofree char *json = g_strdup_printf (
    "{\"format\":\"delegations\",\"version\":\"1.0\",\"title\":\"%s\",\"sides\":["
    "{\"id\":\"a\",\"name\":\"%s\",\"delegations\":[{\"id\":\"d1\",\"label\":\"L\","
    "\"destinations\":[],\"members\":[{\"id\":\"m1\",\"name\":\"%s\",\"role\":\"MP\"}]}]},"
    "{\"id\":\"b\",\"name\":\"B\",\"delegations\":[{\"id\":\"d2\",\"label\":\"L\","
    "\"destinations\":[],\"members\":[{\"id\":\"m2\",\"name\":\"Two\",\"role\":\"MP\"}]}]}]}",
    side, side, huge);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *details = NULL;
  g_autofree char *comparison = NULL;
  g_autoptr(DlgMember) member = NULL;
  const char *title;
  DlgWindow *window;

  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  window = new_window_with (file);
  title = gtk_window_get_title (GTK_WINDOW (window));
  g_assert_cmpuint (g_utf8_strlen (title, -1), ==, DLG_TEXT_SHOWN_CHARS + 1);
  g_assert_true (g_str_has_suffix (title, "…"));

  comparison = dlg_window_get_comparison_text (window);
  g_assert_cmpuint (strlen (comparison), <, 3 * DLG_TEXT_SHOWN_CHARS);

  member = g_list_model_get_item (dlg_side_pane_get_shown (dlg_window_get_pane (window, 0)), 0);
  g_assert_cmpuint (strlen (dlg_member_get_name (member)), ==, 1000000);
  g_signal_emit_by_name (dlg_window_get_pane (window, 0), "member-selected", member);
  details = dlg_window_get_details_text (window);
  g_assert_cmpuint (strlen (details), <, 3 * DLG_TEXT_SHOWN_CHARS);
  g_assert_nonnull (strstr (details, "NNN…"));

  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
pixel_near (const guchar  *pixels,
            gsize          stride,
            int            x,
            int            y,
            const char    *colour)
{
  GdkRGBA want;
  const guchar *p = pixels + (gsize) y * stride + (gsize) x * 4;
  /* GDK_MEMORY_DEFAULT is B8G8R8A8 premultiplied; the dots are opaque */
  double b = p[0] / 255.0, g = p[1] / 255.0, r = p[2] / 255.0;

  g_assert_true (gdk_rgba_parse (&want, colour));
  return fabs (r - want.red) < 0.08 && fabs (g - want.green) < 0.08 && fabs (b - want.blue) < 0.08;
}

/* The map's ink on the widget's theme */
static void
map_ink (GtkWidget *map,
         DlgMapInk *ink)
{
  GdkRGBA fg, bg;

  dlg_widget_foreground (map, &fg);
  dlg_widget_background (map, &bg);
  *ink = (DlgMapInk) { { fg.red, fg.green, fg.blue }, { bg.red, bg.green, bg.blue }, NULL };
}

/* "#rrggbb": the colour the map draws a side of colour side_hex in */
static char *
route_hex (GtkWidget  *map,
           const char *side_hex)
{
  GdkRGBA rgba;
  DlgColour side, route;
  DlgMapInk ink;

  g_assert_true (gdk_rgba_parse (&rgba, side_hex));
  side = (DlgColour) { rgba.red, rgba.green, rgba.blue };
  map_ink (map, &ink);
  dlg_map_route_colour (&ink, &side, &route);
  return g_strdup_printf ("#%02x%02x%02x", (guint) (route.red * 255 + 0.5),
                          (guint) (route.green * 255 + 0.5), (guint) (route.blue * 255 + 0.5));
}

static gboolean
map_has_six_places (gpointer data)
{
  return dlg_map_get_n_places (data) == 6;
}

static gboolean
map_has_all_places (gpointer data)
{
  return dlg_map_get_n_places (data) == 34;
}

static gboolean
map_drawn (gpointer data)
{
  return dlg_map_is_drawn (DLG_MAP (dlg_window_get_map (data)));
}

static gboolean
map_laid_out (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) >= 100;
}

/* The map: every place with coordinates, Moscow drawn in both sides'
 * colours (both visited it, nothing else is near), London's tooltip
 * naming who came when. */
static void
test_window_map (void)
{
  DlgWindow *window = new_bundled_window ();
  GtkWidget *map = dlg_window_get_map (window);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  g_autofree char *tooltip = NULL;
  double x, y;
  int w, h;

  /* 34 Indian places (New York and Washington apart); the UN Headquarters
   * lies within New York (format 1.2), and is the same place */
  g_assert_cmpuint (dlg_map_get_n_places (DLG_MAP (map)), ==, 34);

  dlg_window_set_view (window, "overview");
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  g_assert_true (iterate_until (map_laid_out, map, 5000));
  g_assert_true (iterate_until (map_drawn, window, 5000));
  w = gtk_widget_get_width (map);
  h = gtk_widget_get_height (map);
  g_assert_cmpint (w, >=, 100);
  g_assert_cmpint (h, >=, 60);

  g_assert_true (dlg_map_get_place_position (DLG_MAP (map), "London", &x, &y));
  tooltip = dlg_map_describe_at (DLG_MAP (map), x, y);
  g_assert_nonnull (strstr (tooltip, "London"));
  g_assert_nonnull (strstr (tooltip, "Group 2"));
  g_assert_nonnull (strstr (tooltip, "Peace delegation"));
  g_assert_null (dlg_map_describe_at (DLG_MAP (map), -100, -100));

  paintable = gtk_widget_paintable_new (map);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), w, h);
  node = gtk_snapshot_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  pixels = g_malloc ((gsize) w * h * 4);
  gdk_texture_download (texture, pixels, (gsize) w * 4);
  /* Moscow: left half India's saffron, right half Pakistan's green, as
   * route colours on this theme */
  g_assert_true (dlg_map_get_place_position (DLG_MAP (map), "Moscow", &x, &y));
  {
    g_autofree char *india = route_hex (map, "#FF9933");
    g_autofree char *pakistan = route_hex (map, "#01411C");

    g_assert_true (pixel_near (pixels, (gsize) w * 4, (int) x - 2, (int) y, india));
    g_assert_true (pixel_near (pixels, (gsize) w * 4, (int) x + 2, (int) y, pakistan));
  }

  /* the map follows the search: members who went to Brasilia, Group 5's route */
  dlg_window_set_search (window, "brasilia");
  g_assert_true (iterate_until (map_has_six_places, map, 5000));
  g_assert_false (dlg_map_get_place_position (DLG_MAP (map), "Moscow", &x, &y));
  g_assert_true (dlg_map_get_place_position (DLG_MAP (map), "Georgetown", &x, &y));
  dlg_window_set_search (window, "");
  g_assert_true (iterate_until (map_has_all_places, map, 5000));
  /* the keyboard: arrows move from place to place, Enter shows its details */
  g_assert_cmpint (dlg_map_get_focus (DLG_MAP (map)), ==, -1);
  dlg_map_move_focus (DLG_MAP (map), -1);
  g_assert_cmpint (dlg_map_get_focus (DLG_MAP (map)), ==, 33);
  dlg_map_move_focus (DLG_MAP (map), 1);
  g_assert_cmpint (dlg_map_get_focus (DLG_MAP (map)), ==, 0);
  dlg_map_activate_focus (DLG_MAP (map));
  {
    g_autofree char *details = dlg_window_get_details_text (window);

    /* the first place of the first route: Group 1 in Manama */
    g_assert_nonnull (strstr (details, "Manama"));
  }

  destroy_window (window);
}

static gboolean
timeline_has_one_lane (gpointer data)
{
  return dlg_timeline_get_n_lanes (data) == 1;
}

/* The timeline: a lane per delegation with its stays, where both sides
 * were and how far apart, and it follows the search. */
static void
test_window_timeline (void)
{
  DlgWindow *window = new_bundled_window ();
  DlgTimeline *timeline = DLG_TIMELINE (dlg_window_get_timeline (window));
  const char *meetings = dlg_window_get_meetings_text (window);
  const char *group3 = NULL;

  g_assert_cmpuint (dlg_timeline_get_n_lanes (timeline), ==, 9);
  for (guint i = 0; i < 9; i++)
    if (strstr (dlg_timeline_get_lane_text (timeline, i), "Group 3\u2069:") != NULL)
      group3 = dlg_timeline_get_lane_text (timeline, i);
  g_assert_nonnull (group3);
  /* Seoul's sourced days; Singapore and Jakarta have only the plan's, so no stay */
  g_assert_nonnull (strstr (group3, "Seoul\u2069 24–26 May 2025"));
  g_assert_null (strstr (group3, "Singapore"));
  /* but listed under the lanes, as not reported */
  g_assert_nonnull (strstr (dlg_timeline_get_undated_text (timeline),
                            "\u2068Singapore\u2069† (\u2068India\u2069 · \u2068Group 3\u2069)"));
  g_assert_true (g_str_has_prefix (meetings, "\u2068Washington, D.C.\u2069: "));
  /* never "at the same time", which the sources do not say */
  g_assert_nonnull (strstr (meetings, "dates overlap"));
  g_assert_nonnull (strstr (meetings, "\u2068London\u2069: \u2068India\u2069 \u2068Group 2\u2069, "
                                      "31 May – 3 Jun 2025"));
  /* each stay's dates with its mark (sources disagree on Pakistan's arrival) */
  g_assert_nonnull (strstr (meetings, "\u2068Peace delegation\u2069, c. 8–10 Jun 2025≠: "
                                      "5 days apart (approximate)"));
  /* New York, and where in it each side was */
  g_assert_nonnull (strstr (meetings, "\u2068New York\u2069: \u2068India\u2069 \u2068Group 5\u2069 "
                                      "(\u2068New York\u2069)"));
  g_assert_nonnull (strstr (meetings, "\u2068Peace delegation\u2069 "
                                      "(\u2068UN Headquarters, New York\u2069)"));

  dlg_window_set_search (window, "brasilia");
  g_assert_true (iterate_until (timeline_has_one_lane, timeline, 5000));
  g_assert_nonnull (strstr (dlg_timeline_get_lane_text (timeline, 0), "Group 5"));
  /* the stops without dates of the delegations shown: Group 5 has none */
  g_assert_cmpstr (dlg_timeline_get_undated_text (timeline), ==, "");
  destroy_window (window);
}

/* A side of a made-up dataset: one delegation of one member, who stayed
 * at each of stays, "PLACE/FROM/TO" (the place in its own country, at
 * coordinates from its index) */
static void
append_side (GString            *json,
             guint               index,
             const char         *name,
             const char * const *stays)
{
  g_string_append_printf (json, "%s{\"id\": \"s%u\", \"name\": \"%s\", "
                          "\"delegations\": [{\"id\": \"d%u\", \"label\": \"Group 1\", "
                          "\"leader\": \"m%u\", \"members\": [{\"id\": \"m%u\", "
                          "\"name\": \"Member %u\", \"status\": \"travelled\"}], "
                          "\"destinations\": [",
                          index > 0 ? ", " : "", index, name, index, index, index, index);
  for (guint i = 0; stays[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (stays[i], "/", 3);
      guint place = (guint) g_str_hash (parts[0]);

      g_string_append_printf (json, "%s{\"country\": \"Country of %s\", \"capital\": \"%s\", "
                              "\"from\": \"%s\", \"to\": \"%s\", \"status\": \"visited\", "
                              "\"unsc\": \"none\", \"latitude\": %d, \"longitude\": %d}",
                              i > 0 ? ", " : "", parts[0], parts[0], parts[1], parts[2],
                              (int) (place % 120) - 60, (int) (place / 120 % 340) - 170);
    }
  g_string_append (json, "]}]}");
}

/* A made-up dataset of the sides appended by add (with its data), in dir */
static GFile *
write_made_up_dataset (const char  *dir,
                       const char  *name,
                       void       (*add) (GString *json,
                                          gpointer data),
                       gpointer     data)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"delegations\", \"version\": \"1.0\", "
                                          "\"title\": \"Made up\", \"sources\": [], "
                                          "\"sides\": [");
  g_autofree char *path = g_build_filename (dir, name, NULL);

  add (json, data);
  g_string_append (json, "]}");
  g_assert_true (g_file_set_contents (path, json->str, -1, NULL));
  return g_file_new_for_path (path);
}

/* Two sides, with the stays given (NULL-separated: side A's, then B's) */
static void
add_two_sides (GString  *json,
               gpointer  data)
{
  const char * const *stays = data;

  append_side (json, 0, "Side 0", stays);
  while (*stays != NULL)
    stays++;
  append_side (json, 1, "Side 1", stays + 1);
}

/* Dates in the window take the locale's month names (LC_TIME, as set by
 * LANG or LC_ALL): in Hindi and Urdu the timeline's stays and the places
 * both sides were in say "24–26 मई 2025", "24–26 مئی 2025", never "May".
 * Needs the hi_IN and ur_PK locales (build-aux/setup.sh generates them);
 * skips without them. */
static void
test_window_month_names (void)
{
  const struct { const char *locale; const char *may; const char *june; } langs[] = {
    { "hi_IN.UTF-8", "मई", "जून" },
    { "ur_PK.UTF-8", "مئی", "جون" },
  };
  g_autofree char *saved = g_strdup (setlocale (LC_TIME, NULL));
  guint tested = 0;

  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      DlgWindow *window;
      DlgTimeline *timeline;
      g_autoptr(GString) lanes = g_string_new (NULL);
      const char *meetings;

      if (setlocale (LC_TIME, langs[i].locale) == NULL)
        continue;
      window = new_bundled_window ();
      timeline = DLG_TIMELINE (dlg_window_get_timeline (window));
      for (guint k = 0; k < dlg_timeline_get_n_lanes (timeline); k++)
        g_string_append_printf (lanes, "%s\n", dlg_timeline_get_lane_text (timeline, k));
      meetings = dlg_window_get_meetings_text (window);
      /* Group 3 in Seoul, 24–26 May; Group 2 in London, 31 May – 3 June */
      g_assert_nonnull (strstr (lanes->str, langs[i].may));
      g_assert_nonnull (strstr (meetings, langs[i].june));
      g_assert_null (strstr (lanes->str, "May"));
      g_assert_null (strstr (lanes->str, "Jun"));
      g_assert_null (strstr (meetings, "Jun"));
      destroy_window (window);
      tested++;
    }
  setlocale (LC_TIME, saved);
  if (tested < G_N_ELEMENTS (langs))
    g_test_skip ("the hi_IN.UTF-8 or ur_PK.UTF-8 locale is not generated (build-aux/setup.sh)");
}

/* Whatever the span of the dates, the axis has as many dates as its width
 * holds: a gap of two thousand years (one mistyped year) is cut out and
 * marked, both stays keep a bar; a stay of a year gets months. */
static void
test_window_timeline_span (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  const char *far[] = { "Place 00/0025-05-24/0025-05-25", "Place 01/2025-05-26/2025-05-27", NULL,
                        "Place 10/2025-05-28/2025-05-30", NULL };
  const char *year[] = { "Place 00/2024-06-01/2025-05-31", NULL,
                         "Place 10/2025-05-28/2025-05-30", NULL };
  g_autoptr(GFile) far_file = write_made_up_dataset (dir, "far.json", add_two_sides, far);
  g_autoptr(GFile) year_file = write_made_up_dataset (dir, "year.json", add_two_sides, year);
  DlgWindow *window = new_window_with (far_file);
  DlgTimeline *timeline = DLG_TIMELINE (dlg_window_get_timeline (window));
  int width = gtk_widget_get_width (GTK_WIDGET (timeline));
  g_auto(GStrv) labels = NULL;
  graphene_rect_t first, second;

  g_assert_cmpint (width, >, 300);
  g_assert_cmpuint (dlg_timeline_get_n_breaks (timeline), ==, 1);
  labels = dlg_timeline_get_axis_labels (timeline);
  g_assert_cmpuint (g_strv_length (labels), >=, 2);
  g_assert_cmpuint (g_strv_length (labels), <=, width / 60);
  /* the stretch after the break says its year */
  g_assert_true (g_strv_contains ((const char * const *) labels, "26 May 2025"));
  g_assert_true (dlg_timeline_get_stay_area (timeline, 0, 0, &first));
  g_assert_true (dlg_timeline_get_stay_area (timeline, 0, 1, &second));
  g_assert_cmpfloat (first.size.width, >=, 20);
  g_assert_cmpfloat (second.size.width, >=, 20);
  g_assert_cmpfloat (first.origin.x + first.size.width, <, second.origin.x);
  g_assert_cmpfloat (second.origin.x + second.size.width, <=, width);

  dlg_window_open (window, year_file);
  g_assert_true (iterate_until (not_loading, window, 10000));
  timeline = DLG_TIMELINE (dlg_window_get_timeline (window));
  g_clear_pointer (&labels, g_strfreev);
  labels = dlg_timeline_get_axis_labels (timeline);
  g_assert_cmpuint (dlg_timeline_get_n_breaks (timeline), ==, 0);
  g_assert_true (g_strv_contains ((const char * const *) labels, "Jan 2025"));
  g_assert_cmpuint (g_strv_length (labels), <=, width / 60);
  destroy_window (window);
  {
    g_autofree char *a = g_file_get_path (far_file);
    g_autofree char *b = g_file_get_path (year_file);

    g_unlink (a);
    g_unlink (b);
  }
  g_rmdir (dir);
}

static gboolean
widget_has_width (gpointer data)
{
  return gtk_widget_get_width (data) > 0;
}

/* A year of monthly stays in a narrow timeline: eleven breaks, every bar
 * inside the widget, never more dates than its width holds. */
static void
test_timeline_many_breaks (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autoptr(GPtrArray) stays = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GFile) file = NULL;
  g_autoptr(DlgDataset) dataset = NULL;
  g_autoptr(DlgSide) a = NULL;
  g_autoptr(DlgSide) b = NULL;
  g_auto(GStrv) labels = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *timeline = dlg_timeline_new ();
  int width;

  for (guint month = 1; month <= 12; month++)
    g_ptr_array_add (stays, g_strdup_printf ("Place %u/2025-%02u-01/2025-%02u-02", month, month,
                                             month));
  g_ptr_array_add (stays, NULL);
  g_ptr_array_add (stays, g_strdup ("Place 13/2025-12-03/2025-12-04"));
  g_ptr_array_add (stays, NULL);
  file = write_made_up_dataset (dir, "months.json", add_two_sides, stays->pdata);
  dataset = dlg_dataset_load_file (file, NULL, NULL, NULL);
  g_assert_nonnull (dataset);
  a = g_list_model_get_item (dlg_dataset_get_sides (dataset), 0);
  b = g_list_model_get_item (dlg_dataset_get_sides (dataset), 1);
  dlg_timeline_set_sides (DLG_TIMELINE (timeline), a, b, NULL, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 200);
  gtk_window_set_child (GTK_WINDOW (window), timeline);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (iterate_until (widget_has_width, timeline, 5000));
  width = gtk_widget_get_width (timeline);

  g_assert_cmpuint (dlg_timeline_get_n_breaks (DLG_TIMELINE (timeline)), ==, 11);
  for (guint stay = 0; stay < 12; stay++)
    {
      graphene_rect_t r;

      g_assert_true (dlg_timeline_get_stay_area (DLG_TIMELINE (timeline), 0, stay, &r));
      g_assert_cmpfloat (r.origin.x, >=, 0);
      g_assert_cmpfloat (r.origin.x + r.size.width, <=, width);
    }
  labels = dlg_timeline_get_axis_labels (DLG_TIMELINE (timeline));
  g_assert_cmpuint (g_strv_length (labels), >=, 1);
  g_assert_cmpuint (g_strv_length (labels), <=, width / 72 + 1);
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (g_file_peek_path (file));
  g_rmdir (dir);
}

static gboolean
rect_inside (const graphene_rect_t *inner,
             const graphene_rect_t *outer)
{
  return inner->origin.x >= outer->origin.x - 0.5 &&
         inner->origin.y >= outer->origin.y - 0.5 &&
         inner->origin.x + inner->size.width <= outer->origin.x + outer->size.width + 0.5 &&
         inner->origin.y + inner->size.height <= outer->origin.y + outer->size.height + 0.5;
}

static gboolean
rects_overlap (const graphene_rect_t *a,
               const graphene_rect_t *b)
{
  /* touching is not overlapping */
  return a->origin.x + 0.5 < b->origin.x + b->size.width &&
         b->origin.x + 0.5 < a->origin.x + a->size.width &&
         a->origin.y + 0.5 < b->origin.y + b->size.height &&
         b->origin.y + 0.5 < a->origin.y + a->size.height;
}

/* The bundled dataset's timeline alone in a window of this width (right
 * to left when rtl) */
static GtkWidget *
bundled_timeline_window (int       width,
                         gboolean  rtl,
                         GtkWidget **timeline_out)
{
  g_autoptr(GFile) file = dlg_bundled_dataset_file ();
  g_autoptr(DlgDataset) dataset = dlg_dataset_load_file (file, NULL, NULL, NULL);
  g_autoptr(DlgSide) a = NULL;
  g_autoptr(DlgSide) b = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *timeline = dlg_timeline_new ();

  g_assert_nonnull (dataset);
  a = g_list_model_get_item (dlg_dataset_get_sides (dataset), 0);
  b = g_list_model_get_item (dlg_dataset_get_sides (dataset), 1);
  meetings = dlg_dataset_get_meetings (dataset, a, b);
  dlg_timeline_set_background (DLG_TIMELINE (timeline), dataset);
  dlg_timeline_set_sides (DLG_TIMELINE (timeline), a, b, meetings, NULL);
  if (rtl)
    gtk_widget_set_direction (timeline, GTK_TEXT_DIR_RTL);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), timeline);
  gtk_window_set_default_size (GTK_WINDOW (window), width, 700);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (iterate_until (widget_has_width, timeline, 5000));
  *timeline_out = timeline;
  return window;
}

/* The entry of a number in the key under the timeline's lanes: what
 * follows "N " (NULL: not in the key) */
static const char *
key_entry (const char *footer,
           const char *number)
{
  g_autofree char *first = g_strdup_printf ("Numbers on the timeline: %s ", number);
  g_autofree char *next = g_strdup_printf ("; %s ", number);
  const char *at;

  /* the key's first line, opened by the interface's direction mark */
  at = strstr (footer, first);
  if (at != NULL)
    return at + strlen (first);
  at = strstr (footer, next);
  return at != NULL ? at + strlen (next) : NULL;
}

/* Every stop of the bundled dataset is named on the timeline, at 1300 px
 * and 360 px, left to right and right to left: each bar by its name
 * (inside it, beside it or on a row of text above or under the bars) or
 * a number the key under the lanes names; no name drawn over another or
 * over a bar; the stops without dates listed under the lanes and to
 * screen readers; the events named or numbered too. */
static void
test_timeline_names (void)
{
  const int widths[] = { 1300, 1400, 360 };

  for (guint w = 0; w < G_N_ELEMENTS (widths) * 2; w++)
    {
      GtkWidget *widget = NULL;
      GtkWidget *window = bundled_timeline_window (widths[w / 2], w % 2 == 1, &widget);
      DlgTimeline *timeline = DLG_TIMELINE (widget);
      int width = gtk_widget_get_width (widget);
      const char *footer = dlg_timeline_get_footer_text (timeline);
      const char *undated = dlg_timeline_get_undated_text (timeline);
      g_autoptr(GArray) texts = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
      g_autoptr(GArray) bars = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
      guint n_stays = 0;

      g_test_message ("width %d%s", width, w % 2 == 1 ? ", right to left" : "");
      g_assert_cmpuint (dlg_timeline_get_n_lanes (timeline), ==, 9);
      for (guint lane = 0; lane < dlg_timeline_get_n_lanes (timeline); lane++)
        {
          const char *lane_text = dlg_timeline_get_lane_text (timeline, lane);
          graphene_rect_t bar;

          for (guint stay = 0; dlg_timeline_get_stay_area (timeline, lane, stay, &bar); stay++)
            {
              graphene_rect_t area;
              g_autofree char *label = dlg_timeline_get_stay_label (timeline, lane, stay, &area);
              g_autofree char *name = NULL;

              g_assert_nonnull (label);
              if (g_ascii_isdigit (label[0]))
                {
                  /* numbered: the key names it, with its lane */
                  const char *entry = key_entry (footer, label);
                  const char *lane_at;

                  g_assert_nonnull (entry);
                  lane_at = strstr (entry, " (\u2068");
                  g_assert_nonnull (lane_at);
                  name = g_strndup (entry, lane_at - entry);
                }
              else
                name = g_strdup (label);
              /* a name of this lane's, as it reads aloud ("NAME DATES; …") */
              {
                g_autofree char *spoken = g_strdup_printf ("%s ", name);

                g_assert_nonnull (strstr (lane_text, spoken));
              }
              g_assert_cmpfloat (area.origin.x, >=, -0.5);
              g_assert_cmpfloat (area.origin.x + area.size.width, <=, width + 0.5);
              /* inside its bar, or clear of every bar */
              if (!rect_inside (&area, &bar))
                g_array_append_val (texts, area);
              g_array_append_val (bars, bar);
              n_stays++;
            }
        }
      /* the dataset's 40 stops: 37 with dates, 3 without */
      g_assert_cmpuint (n_stays, ==, 37);
      for (guint i = 0; i < texts->len; i++)
        {
          for (guint j = 0; j < bars->len; j++)
            if (rects_overlap (&g_array_index (texts, graphene_rect_t, i),
                               &g_array_index (bars, graphene_rect_t, j)))
              {
                graphene_rect_t *t = &g_array_index (texts, graphene_rect_t, i);
                graphene_rect_t *b = &g_array_index (bars, graphene_rect_t, j);

                g_error ("a name at %g,%g %gx%g over the bar at %g,%g %gx%g", t->origin.x,
                         t->origin.y, t->size.width, t->size.height, b->origin.x, b->origin.y,
                         b->size.width, b->size.height);
              }
          for (guint j = i + 1; j < texts->len; j++)
            g_assert_false (rects_overlap (&g_array_index (texts, graphene_rect_t, i),
                                           &g_array_index (texts, graphene_rect_t, j)));
        }
      for (guint e = 0; e < dlg_timeline_get_n_events (timeline); e++)
        {
          graphene_rect_t area;
          g_autofree char *label = dlg_timeline_get_event_label (timeline, e, &area);

          g_assert_nonnull (label);
          if (g_ascii_isdigit (label[0]))
            {
              /* its number (before its cut text, when there is room for
               * some): the key has the whole text */
              g_autofree char *digits = g_strndup (label, strspn (label, "0123456789"));

              g_assert_nonnull (key_entry (footer, digits));
            }
          else
            {
              /* whole where it is drawn: a text cut ("India-Pakistan
               * ce…") is numbered in the key too */
              g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, label);
              PangoRectangle logical;

              pango_layout_get_pixel_extents (layout, NULL, &logical);
              if (logical.width > area.size.width + 1)
                g_error ("\"%s\" cut: %d px in %g", label, logical.width, area.size.width);
              /* a few words at least, never "Op…" */
              g_assert_cmpuint (g_utf8_strlen (label, -1), >=, 12);
            }
        }
      g_assert_cmpstr (undated, ==,
                       "Dates not reported: \u2068Singapore\u2069† (\u2068India\u2069 · "
                       "\u2068Group 3\u2069), \u2068Jakarta\u2069† (\u2068India\u2069 · "
                       "\u2068Group 3\u2069), \u2068Paris\u2069? (\u2068Pakistan\u2069 · "
                       "\u2068Peace delegation\u2069; Planned, not visited)");
      g_assert_nonnull (strstr (footer, undated));
      /* read aloud after the lanes, before the background */
      {
        g_autofree char *line = g_strdup_printf ("\n%s\nBackground: ", undated);

        g_assert_nonnull (strstr (dlg_timeline_get_description (timeline), line));
      }
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* Where both sides were within a week, a mark on each of the two bars,
 * inside the bar's own lane: nothing drawn across another lane */
static void
test_timeline_links (void)
{
  GtkWidget *widget = NULL;
  GtkWidget *window = bundled_timeline_window (1300, FALSE, &widget);
  DlgTimeline *timeline = DLG_TIMELINE (widget);
  guint n = dlg_timeline_get_n_links (timeline);

  /* Washington, D.C. (dates overlap), London, Brussels, New York: within a week */
  g_assert_cmpuint (n, ==, 4);
  for (guint i = 0; i < n; i++)
    {
      graphene_rect_t marks[2];
      guint lanes[2];

      g_assert_true (dlg_timeline_get_link_marks (timeline, i, &lanes[0], &marks[0],
                                                  &lanes[1], &marks[1]));
      g_assert_cmpuint (lanes[0], !=, lanes[1]);
      for (guint k = 0; k < 2; k++)
        for (guint lane = 0; lane < dlg_timeline_get_n_lanes (timeline); lane++)
          {
            graphene_rect_t area;

            g_assert_true (dlg_timeline_get_lane_area (timeline, lane, &area));
            if (lane == lanes[k])
              g_assert_true (rect_inside (&marks[k], &area));
            else
              g_assert_false (rects_overlap (&area, &marks[k]));
          }
    }
  g_assert_nonnull (strstr (dlg_timeline_get_footer_text (timeline), "other side's colour"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Days run in reading order: in a right-to-left window the first stay of
 * a lane is right of the next, and the lane names are at the right. */
static void
test_window_timeline_direction (void)
{
  DlgWindow *window = new_bundled_window ();
  GtkWidget *widget = dlg_window_get_timeline (window);
  DlgTimeline *timeline = DLG_TIMELINE (widget);
  graphene_rect_t first, second;
  int width = gtk_widget_get_width (widget);

  g_assert_cmpint (width, >, 0);
  g_assert_true (dlg_timeline_get_stay_area (timeline, 0, 0, &first));
  g_assert_true (dlg_timeline_get_stay_area (timeline, 0, 1, &second));
  g_assert_cmpfloat (first.origin.x, <, second.origin.x);

  gtk_widget_set_direction (widget, GTK_TEXT_DIR_RTL);
  g_assert_true (dlg_timeline_get_stay_area (timeline, 0, 0, &first));
  g_assert_true (dlg_timeline_get_stay_area (timeline, 0, 1, &second));
  g_assert_cmpfloat (first.origin.x, >, second.origin.x);
  /* the days fill the width left of the names, which keep the right */
  g_assert_cmpfloat (first.origin.x + first.size.width, <, width - 40);
  g_assert_false (dlg_timeline_get_stay_area (timeline, 99, 0, &first));
  destroy_window (window);
}

/* The texts of a board section: its heading first, then its places' (or
 * "None") */
static GPtrArray *
board_column (DlgWindow *window,
              guint      index)
{
  GtkWidget *col = gtk_widget_get_first_child (dlg_window_get_board (window));
  GPtrArray *texts = g_ptr_array_new ();

  for (guint i = 0; i < index && col != NULL; i++)
    col = gtk_widget_get_next_sibling (col);
  g_assert_nonnull (col);
  for (GtkWidget *w = gtk_widget_get_first_child (col); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_LABEL (w))
      g_ptr_array_add (texts, (gpointer) gtk_label_get_text (GTK_LABEL (w)));
    else
      for (GtkWidget *chip = gtk_widget_get_first_child (w); chip != NULL;
           chip = gtk_widget_get_next_sibling (chip))
        g_ptr_array_add (texts,
                         (gpointer) gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (chip)))));
  return texts;
}

/* A board section's heading, awaited */
typedef struct
{
  DlgWindow *window;
  guint section;
  const char *heading;
} BoardHeading;

static gboolean
board_heading_is (gpointer data)
{
  BoardHeading *h = data;
  g_autoptr(GPtrArray) texts = board_column (h->window, h->section);

  return g_strcmp0 (g_ptr_array_index (texts, 0), h->heading) == 0;
}

/* The board: India only | Both | Pakistan only, with the pairing and days
 * apart, Paris marked planned for Pakistan; it follows the search. */
/* The places on the board (each section's chips), and how many sections
 * have none */
static guint
count_chips (GtkWidget *board,
             guint     *columns_without)
{
  guint n = 0;

  *columns_without = 0;
  for (GtkWidget *section = gtk_widget_get_first_child (board); section != NULL;
       section = gtk_widget_get_next_sibling (section))
    {
      guint here = 0;

      for (GtkWidget *flow = gtk_widget_get_first_child (section); flow != NULL;
           flow = gtk_widget_get_next_sibling (flow))
        if (DLG_IS_WRAP_BOX (flow))
          for (GtkWidget *w = gtk_widget_get_first_child (flow); w != NULL;
               w = gtk_widget_get_next_sibling (w))
            if (gtk_widget_has_css_class (w, "chip"))
              here++;
      if (here == 0)
        (*columns_without)++;
      n += here;
    }
  return n;
}

static gboolean
board_complete (gpointer data)
{
  return dlg_board_is_complete (DLG_BOARD (data));
}

static gboolean
board_incomplete (gpointer data)
{
  return !dlg_board_is_complete (DLG_BOARD (data));
}

/* What the board had at each frame while its chips came: the chips, and
 * the columns without one */
typedef struct
{
  guint chips;
  guint without;
} BoardFrame;

static gboolean
watch_board_cb (GtkWidget     *board,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  BoardFrame frame;

  if (!dlg_board_is_complete (DLG_BOARD (board)))
    {
      frame.chips = count_chips (board, &frame.without);
      g_array_append_val (user_data, frame);
    }
  return G_SOURCE_CONTINUE;
}

/* A filter change adds the board's chips a frame's worth at a time (the
 * first of every column first); asking for the board gives all of them. */
static void
test_window_board_in_frames (void)
{
  DlgWindow *window = new_bundled_window ();
  GtkWidget *board = dlg_window_get_board (window);
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (BoardFrame));
  guint without, all, final, columns = 0;
  guint tick;

  /* every place, at once (the whole bundled board fits in a frame) */
  g_assert_true (dlg_board_is_complete (DLG_BOARD (board)));
  all = count_chips (board, &without);
  g_assert_cmpuint (all, ==, 34);

  /* one character a frame: a chip a frame, watched at each frame after
   * the board's own tick; from an empty board to every place */
  dlg_window_set_search (window, "zzzz");
  dlg_window_get_facet_count (window, "party", NULL);
  g_assert_true (dlg_window_get_board (window) == board);
  g_assert_cmpuint (count_chips (board, &without), ==, 0);
  dlg_board_set_frame_chars (DLG_BOARD (board), 1);
  tick = gtk_widget_add_tick_callback (board, watch_board_cb, frames, NULL);
  dlg_window_set_search (window, "");
  dlg_window_get_facet_count (window, "party", NULL);
  /* the Overview's parts follow the counts, a main loop turn each */
  g_assert_cmpuint (count_chips (board, &without), ==, 0);
  g_assert_true (iterate_until (board_incomplete, board, 5000));
  g_assert_true (iterate_until (board_complete, board, 10000));
  gtk_widget_remove_tick_callback (board, tick);
  final = count_chips (board, &without);
  g_assert_cmpuint (final, ==, all);
  /* a chip a frame (the last frame's is not watched: the board is done) */
  g_assert_cmpuint (frames->len, ==, final - 1);
  for (guint i = 0; i < frames->len; i++)
    g_assert_cmpuint (g_array_index (frames, BoardFrame, i).chips, ==, i + 1);
  /* the first chip of every column first */
  for (GtkWidget *bin = gtk_widget_get_first_child (board); bin != NULL;
       bin = gtk_widget_get_next_sibling (bin))
    columns++;
  g_assert_cmpuint (columns - without, >=, 2);
  g_assert_cmpuint (g_array_index (frames, BoardFrame, columns - without - 1).without, ==, without);
  g_assert_cmpuint (g_array_index (frames, BoardFrame, columns - without - 2).without, ==, without + 1);

  /* a new filter drops what the last one had still to add */
  dlg_window_set_search (window, "london");
  dlg_window_get_facet_count (window, "party", NULL);
  g_assert_true (iterate_until (board_incomplete, board, 5000));
  dlg_window_set_search (window, "");
  dlg_window_get_facet_count (window, "party", NULL);
  g_assert_true (dlg_window_get_board (window) == board);
  g_assert_true (dlg_board_is_complete (DLG_BOARD (board)));
  g_assert_cmpuint (count_chips (board, &without), ==, all);
  destroy_window (window);
}

static void
test_window_board (void)
{
  DlgWindow *window = new_bundled_window ();
  g_autoptr(GPtrArray) both = board_column (window, 0);
  g_autoptr(GPtrArray) india = board_column (window, 1);
  g_autoptr(GPtrArray) pakistan = board_column (window, 2);
  gboolean london = FALSE, paris = FALSE;

  /* New York is both sides' (the UN Headquarters lies within it) */
  g_assert_cmpstr (g_ptr_array_index (both, 0), ==, "Both (5)");
  g_assert_cmpstr (g_ptr_array_index (india, 0), ==, "\u2068India\u2069 only (29)");
  g_assert_cmpstr (g_ptr_array_index (pakistan, 0), ==, "\u2068Pakistan\u2069 only (0)");
  g_assert_cmpuint (both->len, ==, 6);
  for (guint i = 1; i < both->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (both, i), "\u200e\u2068London\u2069"))
      london = strstr (g_ptr_array_index (both, i), "\n\u200e5 days apart") != NULL;
  for (guint i = 1; i < india->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (india, i), "\u200e\u2068Paris\u2069"))
      paris = strstr (g_ptr_array_index (india, i),
                      "\u2068Peace delegation\u2069: Planned, not visited") != NULL;
  g_assert_true (london);
  g_assert_true (paris);

  /* a search hides places, never moves one: Washington stays both
   * sides' when "tharoor" finds India's Group 5 alone, and when "Paris"
   * finds India's Group 2, who went, and Pakistan's members, who had
   * planned it (their four places both sides visited shown of five) */
  {
    const struct
    {
      const char *search;
      const char *both;
      const char *india;
    } searches[] = {
      { "tharoor", "Both (2 of 5 shown)", "\u2068India\u2069 only (4 of 29 shown)" },
      { "Paris", "Both (4 of 5 shown)", "\u2068India\u2069 only (4 of 29 shown)" },
      { "zzzz", "Both (0 of 5 shown)", "\u2068India\u2069 only (0 of 29 shown)" },
      { "", "Both (5)", "\u2068India\u2069 only (29)" },
    };

    for (guint k = 0; k < G_N_ELEMENTS (searches); k++)
      {
        BoardHeading heading = { window, 0, searches[k].both };
        g_autoptr(GPtrArray) both_now = NULL;
        g_autoptr(GPtrArray) india_now = NULL;
        g_autoptr(GPtrArray) pakistan_now = NULL;
        gboolean washington = FALSE;

        dlg_window_set_search (window, searches[k].search);
        g_assert_true (iterate_until (board_heading_is, &heading, 5000));
        both_now = board_column (window, 0);
        india_now = board_column (window, 1);
        pakistan_now = board_column (window, 2);
        g_assert_cmpstr (g_ptr_array_index (india_now, 0), ==, searches[k].india);
        g_assert_cmpstr (g_ptr_array_index (pakistan_now, 0), ==, "\u2068Pakistan\u2069 only (0)");
        for (guint i = 1; i < both_now->len; i++)
          washington |= g_str_has_prefix (g_ptr_array_index (both_now, i),
                                          "\u200e\u2068Washington, D.C.\u2069");
        g_assert_true (washington == (searches[k].search[0] != 'z'));
        /* a section the filter empties says so */
        if (searches[k].search[0] == 'z')
          g_assert_cmpstr (g_ptr_array_index (both_now, 1), ==, "None shown");
      }
  }
  destroy_window (window);
}

/* A key pressed on the board, as its key controller gets it */
static void
press_on_board (GtkWidget *board,
                guint      keyval)
{
  gboolean handled = FALSE;
  GListModel *controllers = gtk_widget_observe_controllers (board);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c))
        g_signal_emit_by_name (c, "key-pressed", keyval, 0, 0, &handled);
    }
  g_object_unref (controllers);
  g_assert_true (handled);
}

static gboolean
focus_within (GtkWidget *root,
              GtkWidget *widget);

static gboolean
details_say_london (gpointer data)
{
  g_autofree char *details = dlg_window_get_details_text (data);

  return details != NULL && strstr (details, "London") != NULL;
}

/* The board is one Tab stop: Tab comes in on its current place and goes
 * on out of it; the arrows, Home and End move inside; Enter opens the
 * place; a filter that keeps the place keeps it current.  Places are
 * not selectable text, and each is named for screen readers. */
static void
test_window_board_keyboard (void)
{
  DlgWindow *window = new_bundled_window ();
  GtkWidget *board = dlg_window_get_board (window);
  g_autoptr(GPtrArray) places = NULL;
  GtkWidget *focus;
  graphene_rect_t first, below;

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  g_assert_true (iterate_until (is_idle_for_a_moment, window, 2000));
  places = dlg_board_get_places (DLG_BOARD (board));
  /* five places both sides went to, 29 India's */
  g_assert_cmpuint (places->len, ==, 34);
  for (guint i = 0; i < places->len; i++)
    {
      GtkWidget *place = g_ptr_array_index (places, i);
      GtkWidget *label = gtk_button_get_child (GTK_BUTTON (place));

      g_assert_false (gtk_label_get_selectable (GTK_LABEL (label)));
    }

  /* Tab from the widget before the board: its first place */
  gtk_widget_child_focus (board, GTK_DIR_TAB_FORWARD);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == g_ptr_array_index (places, 0));

  /* the arrows move inside */
  press_on_board (board, GDK_KEY_Right);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == g_ptr_array_index (places, 1));
  press_on_board (board, GDK_KEY_Left);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == g_ptr_array_index (places, 0));
  /* down: the nearest place in the row below (the fifth card, the
   * first in the second row of "Both" at this width, or India's first) */
  press_on_board (board, GDK_KEY_Down);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus != g_ptr_array_index (places, 0));
  g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (places, 0), board, &first));
  g_assert_true (gtk_widget_compute_bounds (focus, board, &below));
  g_assert_cmpfloat (below.origin.y, >=, first.origin.y + first.size.height);
  g_assert_cmpfloat (fabsf (below.origin.x - first.origin.x), <, first.size.width / 2);
  press_on_board (board, GDK_KEY_Up);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == g_ptr_array_index (places, 0));
  press_on_board (board, GDK_KEY_End);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == g_ptr_array_index (places, places->len - 1));
  /* at the end, the keyboard stays */
  press_on_board (board, GDK_KEY_Right);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == g_ptr_array_index (places, places->len - 1));
  press_on_board (board, GDK_KEY_Home);
  press_on_board (board, GDK_KEY_Right);
  press_on_board (board, GDK_KEY_Right);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == g_ptr_array_index (places, 2));

  /* right to left, Right goes back and Left on */
  gtk_widget_set_direction (board, GTK_TEXT_DIR_RTL);
  press_on_board (board, GDK_KEY_Right);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == g_ptr_array_index (places, 1));
  press_on_board (board, GDK_KEY_Left);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == focus);
  gtk_widget_set_direction (board, GTK_TEXT_DIR_NONE);

  /* one Tab leaves the board, Shift+Tab comes back to the same place */
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
  g_assert_false (focus_within (GTK_WIDGET (window), board));
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_BACKWARD);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == focus);

  /* a screen reader's name: the card's text (London, with its mark's words) */
  {
    GtkWidget *label = gtk_button_get_child (GTK_BUTTON (g_ptr_array_index (places, 1)));

    g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (label)),
                                     "\u200e\u2068London\u2069≠"));
  }

  /* a search that keeps London shown keeps the keyboard on it */
  gtk_widget_grab_focus (g_ptr_array_index (places, 1));
  dlg_window_set_search (window, "Paris");
  dlg_window_get_facet_count (window, "party", NULL);
  g_clear_pointer (&places, g_ptr_array_unref);
  dlg_window_get_board (window);
  places = dlg_board_get_places (DLG_BOARD (board));
  g_assert_cmpuint (places->len, ==, 8);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == dlg_board_get_current (DLG_BOARD (board)));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (focus)))),
                                   "\u200e\u2068London\u2069"));

  /* Enter (a button's activation, clicked once it is let go) opens the
   * place's details */
  g_assert_false (details_say_london (window));
  gtk_widget_activate (focus);
  g_assert_true (iterate_until (details_say_london, window, 5000));
  destroy_window (window);
}

/* The Overview's captions, in order (map, board, leaders, timeline,
 * where both sides were, in numbers and lists): their texts, NULL for
 * one hidden */
static GPtrArray *
overview_captions (DlgWindow *window)
{
  GtkWidget *overview = gtk_widget_get_ancestor (dlg_window_get_board (window), DLG_TYPE_OVERVIEW);
  GPtrArray *texts = g_ptr_array_new ();
  GtkWidget *box;

  g_assert_nonnull (overview);
  box = find_descendant (overview, GTK_TYPE_BOX, 0);
  for (GtkWidget *w = gtk_widget_get_first_child (box); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (gtk_widget_has_css_class (w, "section-caption"))
      g_ptr_array_add (texts, gtk_widget_get_visible (w) ? (gpointer) gtk_label_get_text (GTK_LABEL (w))
                                                         : NULL);
  return texts;
}

static gboolean
captions_shown (gpointer data)
{
  g_autoptr(GPtrArray) texts = overview_captions (data);

  return g_ptr_array_index (texts, 0) != NULL;
}

/* While a filter is on, each part of the Overview says whether it
 * follows it, and says true: the map and the timeline show fewer places,
 * the board hides some, the lists of where both sides were and of the
 * comparison stay as they were. */
static void
test_window_overview_captions (void)
{
  DlgWindow *window = new_bundled_window ();
  g_autoptr(GPtrArray) before = overview_captions (window);
  g_autofree char *meetings = g_strdup (dlg_window_get_meetings_text (window));
  g_autofree char *comparison = dlg_window_get_comparison_text (window);
  g_autofree char *comparison_now = NULL;
  guint places = dlg_map_get_n_places (DLG_MAP (dlg_window_get_map (window)));
  const char *expected[] = {
    "Map: follows the filter; stops not confirmed stay, marked",
    "Sides from the whole dataset; the filter only hides places",
    "Follows the filter",
    "Follows the filter; stops not confirmed stay, marked",
    "Whole dataset, whatever the filter",
    "Whole dataset, whatever the filter",
  };

  /* no filter, no captions */
  g_assert_cmpuint (before->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < before->len; i++)
    g_assert_null (g_ptr_array_index (before, i));

  dlg_window_set_search (window, "tharoor");
  dlg_window_get_facet_count (window, "party", NULL);
  g_assert_true (iterate_until (captions_shown, window, 5000));
  {
    g_autoptr(GPtrArray) texts = overview_captions (window);

    for (guint i = 0; i < texts->len; i++)
      g_assert_cmpstr (g_ptr_array_index (texts, i), ==, expected[i]);
  }
  g_assert_true (iterate_until (map_drawn, window, 10000));
  g_assert_cmpuint (dlg_map_get_n_places (DLG_MAP (dlg_window_get_map (window))), <, places);
  {
    g_autoptr(GPtrArray) both = board_column (window, 0);

    g_assert_cmpstr (g_ptr_array_index (both, 0), ==, "Both (2 of 5 shown)");
  }
  g_assert_cmpstr (dlg_window_get_meetings_text (window), ==, meetings);
  comparison_now = dlg_window_get_comparison_text (window);
  g_assert_cmpstr (comparison_now, ==, comparison);

  /* the filter cleared, the captions go */
  dlg_window_set_search (window, "");
  dlg_window_get_facet_count (window, "party", NULL);
  g_assert_false (captions_shown (window));

  /* "Confirmed facts only" is a filter: the captions say so, and the
   * board keeps every place, marked, where it was */
  g_object_set (window, "confirmed-only", TRUE, NULL);
  dlg_window_get_facet_count (window, "party", NULL);
  g_assert_true (iterate_until (captions_shown, window, 5000));
  {
    g_autoptr(GPtrArray) both = board_column (window, 0);
    g_autoptr(GPtrArray) india = board_column (window, 1);

    g_assert_cmpstr (g_ptr_array_index (both, 0), ==, "Both (5)");
    g_assert_cmpstr (g_ptr_array_index (india, 0), ==, "\u2068India\u2069 only (29)");
  }
  g_object_set (window, "confirmed-only", FALSE, NULL);
  dlg_window_get_facet_count (window, "party", NULL);
  g_assert_false (captions_shown (window));
  destroy_window (window);
}

/* A filter changed in another view leaves the Overview's cards as they
 * were (nobody sees them) and brings them up to date when the Overview
 * comes back. */
static void
test_window_overview_waits (void)
{
  DlgWindow *window = new_bundled_window ();
  GtkWidget *board = dlg_window_get_board (window);
  /* held: a new column could be given the old one's address */
  g_autoptr(GtkWidget) first_column = g_object_ref (gtk_widget_get_first_child (board));

  dlg_window_set_view (window, "members");
  dlg_window_set_search (window, "brasilia");
  /* the counts (and what follows them) are made now, not in an idle */
  dlg_window_get_facet_count (window, "party", NULL);
  g_assert_cmpuint (shown (window, 0), <, 63);
  g_assert_true (gtk_widget_get_parent (first_column) == board);

  dlg_window_set_view (window, "overview");
  g_assert_null (gtk_widget_get_parent (first_column));
  {
    BoardHeading india = { window, 1, "\u2068India\u2069 only (4 of 29 shown)" };

    g_assert_true (board_heading_is (&india));
  }
  destroy_window (window);
}

/* Opening, or a keystroke that leaves the same places and delegations
 * shown, leaves the Overview's cards as they were. */
static void
test_window_overview_same_shown (void)
{
  DlgWindow *window = dlg_window_new (NULL);
  g_autoptr(GFile) file = dlg_bundled_dataset_file ();
  GtkWidget *board;
  g_autoptr(GtkWidget) first_column = NULL;
  gint64 end = dlg_test_deadline (10000);

  /* opened, the Overview is built once: the counts made after (in an
   * idle) do not build it again */
  gtk_window_present (GTK_WINDOW (window));
  dlg_window_open (window, file);
  while (dlg_window_is_loading (window) || dlg_window_get_dataset (window) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }
  board = dlg_window_get_board (window);
  first_column = g_object_ref (gtk_widget_get_first_child (board));
  g_assert_true (iterate_until (is_idle_for_a_moment, window, 2000));
  dlg_window_get_facet_count (window, "party", NULL);
  g_assert_true (gtk_widget_get_parent (first_column) == board);
  g_clear_object (&first_column);

  /* (the getter brings the Overview up to date at once) */
  dlg_window_set_search (window, "tharoor");
  dlg_window_get_facet_count (window, "party", NULL);
  first_column = g_object_ref (gtk_widget_get_first_child (dlg_window_get_board (window)));
  dlg_window_set_search (window, "tharoo");
  dlg_window_get_facet_count (window, "party", NULL);
  g_assert_true (gtk_widget_get_parent (first_column) == dlg_window_get_board (window));

  dlg_window_set_search (window, "");
  dlg_window_get_facet_count (window, "party", NULL);
  g_assert_true (dlg_window_get_board (window) == board);
  g_assert_null (gtk_widget_get_parent (first_column));
  destroy_window (window);
}

/* The member selected in a table stays selected while a search moves
 * their row, and nothing is selected once the search hides them. */
static void
test_window_selection_follows (void)
{
  DlgWindow *window = new_bundled_window ();
  GtkWidget *table = NULL;
  GtkSingleSelection *selection;
  g_autoptr(DlgMember) member = NULL;
  DlgMemberRow *row;

  dlg_window_set_view (window, "members");
  table = find_descendant (GTK_WIDGET (dlg_window_get_pane (window, 0)), GTK_TYPE_COLUMN_VIEW, 0);
  selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (GTK_COLUMN_VIEW (table)));
  gtk_single_selection_set_selected (selection, 3);
  member = g_list_model_get_item (dlg_side_pane_get_shown (dlg_window_get_pane (window, 0)), 3);

  dlg_window_set_search (window, dlg_member_get_name (member));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), <, 3);
  row = gtk_single_selection_get_selected_item (selection);
  g_assert_nonnull (row);
  g_assert_true (dlg_member_row_get_member (row) == member);

  dlg_window_set_search (window, "zzzz");
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, GTK_INVALID_LIST_POSITION);
  dlg_window_set_search (window, "");
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, GTK_INVALID_LIST_POSITION);
  destroy_window (window);
}

/* A big map is made and drawn in a worker thread: the window goes on,
 * and the map's new scene and image come when they are ready (here every
 * map counts as big). */
static void
test_window_map_in_background (void)
{
  DlgWindow *window = new_bundled_window ();
  DlgMap *map = DLG_MAP (dlg_window_get_map (window));

  dlg_map_set_background_legs (map, 0);
  dlg_map_set_background_stops (map, 0);
  g_assert_true (iterate_until (is_idle_for_a_moment, window, 2000));
  dlg_window_set_search (window, "tharoor");
  dlg_window_get_facet_count (window, "party", NULL);
  /* a new scene asked for (the getter brings the Overview up to date at
   * once): the last one still answers, nothing drawn yet */
  g_assert_true (dlg_window_get_map (window) == GTK_WIDGET (map));
  g_assert_false (dlg_map_is_drawn (map));
  g_assert_cmpuint (dlg_map_get_n_places (map), ==, 34);
  g_assert_true (iterate_until (map_drawn, window, 10000));
  g_assert_cmpuint (dlg_map_get_n_places (map), <, 34);

  /* asked again at once, twice: the last one wins */
  dlg_window_set_search (window, "sule");
  dlg_window_get_facet_count (window, "party", NULL);
  gtk_widget_queue_draw (GTK_WIDGET (map));
  g_assert_true (iterate_until (is_idle_for_a_moment, window, 2000));
  dlg_window_set_search (window, "");
  dlg_window_get_facet_count (window, "party", NULL);
  g_assert_true (iterate_until (map_drawn, window, 10000));
  g_assert_cmpuint (dlg_map_get_n_places (map), ==, 34);
  destroy_window (window);
}

/* A card's lines, joined by new lines */
static char *
card_text (GtkWidget *button)
{
  GString *text = g_string_new (NULL);
  GtkWidget *box = gtk_button_get_child (GTK_BUTTON (button));

  for (GtkWidget *w = gtk_widget_get_first_child (box); w != NULL; w = gtk_widget_get_next_sibling (w))
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", gtk_label_get_text (GTK_LABEL (w)));
  return g_string_free (text, FALSE);
}

/* The text of the overview's leader cards (buttons) in a side's column */
static GPtrArray *
leader_cards (DlgWindow *window,
              guint      side)
{
  GtkWidget *row = gtk_widget_get_first_child (dlg_window_get_leaders (window));
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *column;

  for (guint i = 0; i < side; i++)
    row = gtk_widget_get_next_sibling (row);
  /* the side's colour stripe, then its column (in a DlgWidthBin) */
  column = gtk_widget_get_first_child (gtk_widget_get_last_child (row));
  for (GtkWidget *w = gtk_widget_get_first_child (column); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_BUTTON (w) && gtk_actionable_get_action_name (GTK_ACTIONABLE (w)) == NULL)
      g_ptr_array_add (names, card_text (w));
  return names;
}

static gboolean
one_indian_leader (gpointer data)
{
  g_autoptr(GPtrArray) india = leader_cards (data, 0);

  return india->len == 1;
}

/* A board card whose place is named in a right-to-left script keeps the
 * interface's direction on every line (English here: left to right), so
 * its lines stay aligned and "Group 1, 26–27 May 2025" reads in order. */
static void
test_window_board_card_direction (void)
{
  g_autofree char *src = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("dlg-board-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "rtl-place.json", NULL);
  g_autofree char *json = NULL;
  g_autoptr(GString) renamed = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) places = NULL;
  DlgWindow *window;
  guint cards = 0;

  g_assert_true (g_file_get_contents (src, &json, NULL, NULL));
  renamed = g_string_new (json);
  g_assert_cmpuint (g_string_replace (renamed, "\"Paris\"", "\"باريس\"", 0), >, 0);
  g_assert_true (g_file_set_contents (path, renamed->str, -1, NULL));
  file = g_file_new_for_path (path);
  window = new_window_with (file);

  places = dlg_board_get_places (DLG_BOARD (dlg_window_get_board (window)));
  for (guint i = 0; i < places->len; i++)
    {
      GtkWidget *w = gtk_button_get_child (g_ptr_array_index (places, i));

      if (strstr (gtk_label_get_text (GTK_LABEL (w)), "باريس") != NULL)
        {
          PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (w));

          cards++;
          g_assert_cmpint (pango_layout_get_line_count (layout), >, 1);
          for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
            g_assert_cmpint (((PangoLayoutLine *) l->data)->resolved_dir, ==, PANGO_DIRECTION_LTR);
        }
    }
  g_assert_cmpuint (cards, >, 0);
  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* Many delegations: the Overview stays an overview.  Forty delegations
 * of one side all went to Paris: at most DLG_LEADERS_OVERVIEW_CARDS leader
 * cards and a button to the Leaders view, a board card of five lines
 * per side ending "and N more", thirty timeline lanes per side and the
 * rest counted. */
static void
test_window_overview_many_delegations (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-many-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "many.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) json = g_string_new (
    "{\"format\":\"delegations\",\"version\":\"1.0\",\"title\":\"Many\",\"sides\":[");
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) both = NULL;
  GtkWidget *button = NULL;
  DlgWindow *window;

  for (guint side = 0; side < 2; side++)
    {
      guint n = side == 0 ? 40 : 1;

      g_string_append_printf (json, "%s{\"id\":\"s%u\",\"name\":\"Side %u\",\"delegations\":[",
                              side > 0 ? "," : "", side, side);
      for (guint i = 0; i < n; i++)
        g_string_append_printf (json,
          "%s{\"id\":\"d%u-%u\",\"label\":\"Group %u\",\"leader\":\"m%u-%u\","
          "\"members\":[{\"id\":\"m%u-%u\",\"name\":\"Leader %u\",\"status\":\"travelled\"}],"
          "\"destinations\":[{\"country\":\"France\",\"capital\":\"Paris\","
          "\"from\":\"2025-05-%02u\",\"to\":\"2025-05-%02u\",\"status\":\"visited\",\"unsc\":\"permanent\","
          "\"latitude\":48.86,\"longitude\":2.35}]}",
          i > 0 ? "," : "", side, i, i + 1, side, i, side, i, i + 1, 1 + i % 28, 1 + i % 28);
      g_string_append (json, "]}");
    }
  g_string_append (json, "]}");
  g_assert_true (g_file_set_contents (path, json->str, (gssize) json->len, NULL));
  window = new_window_with (file);

  cards = leader_cards (window, 0);
  g_assert_cmpuint (cards->len, ==, DLG_LEADERS_OVERVIEW_CARDS);
  for (GtkWidget *w = gtk_widget_get_first_child (dlg_window_get_leaders (window)); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    {
      /* the stripe, then the column in its DlgWidthBin */
      GtkWidget *column = gtk_widget_get_first_child (gtk_widget_get_last_child (w));
      GtkWidget *last = gtk_widget_get_last_child (column);

      if (GTK_IS_BUTTON (last) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (last)),
                                             "win.view") == 0)
        button = last;
    }
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpstr (dlg_window_get_view (window), ==, "leaders");

  both = board_column (window, 0);
  g_assert_cmpuint (both->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (both, 1), "and 36 more"));
  {
    g_auto(GStrv) lines = g_strsplit (g_ptr_array_index (both, 1), "\n", -1);

    /* the place, five lines of one side, one of the other, the days apart */
    g_assert_cmpuint (g_strv_length (lines), ==, 1 + 5 + 1 + 1);
  }

  g_assert_cmpuint (dlg_timeline_get_n_lanes (DLG_TIMELINE (dlg_window_get_timeline (window))), ==, 31);
  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* Where both sides were: the DLG_TIMELINE_MEETINGS_SHOWN places closest
 * in time, then how many more */
static void
test_window_meetings_cut (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-meetings-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "meetings.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) json = g_string_new (
    "{\"format\":\"delegations\",\"version\":\"1.0\",\"title\":\"Meetings\",\"sides\":[");
  g_auto(GStrv) lines = NULL;
  DlgWindow *window;

  /* both sides in the same 30 capitals, side 1 a day later each time but
   * in the last (the same day) */
  for (guint side = 0; side < 2; side++)
    {
      g_string_append_printf (json, "%s{\"id\":\"s%u\",\"name\":\"Side %u\",\"delegations\":["
                              "{\"id\":\"d%u\",\"label\":\"Group\",\"members\":["
                              "{\"id\":\"m%u\",\"name\":\"Member\",\"status\":\"travelled\"}],"
                              "\"destinations\":[",
                              side > 0 ? "," : "", side, side, side, side);
      for (guint i = 0; i < 30; i++)
        {
          guint day = 1 + i + (side == 1 && i < 29 ? 1 : 0);

          g_string_append_printf (json,
            "%s{\"country\":\"Country %u\",\"capital\":\"City %u\",\"from\":\"2025-05-%02u\","
            "\"to\":\"2025-05-%02u\",\"status\":\"visited\",\"unsc\":\"none\"}",
            i > 0 ? "," : "", i, i, day, day);
        }
      g_string_append (json, "]}]}");
    }
  g_string_append (json, "]}");
  g_assert_true (g_file_set_contents (path, json->str, (gssize) json->len, NULL));
  window = new_window_with (file);
  g_assert_null (dlg_window_get_error (window));

  lines = g_strsplit (dlg_window_get_meetings_text (window), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, DLG_TIMELINE_MEETINGS_SHOWN + 1);
  /* the closest first: the one day both were in the same city */
  g_assert_true (g_str_has_prefix (lines[0], "\u2068City 29\u2069"));
  g_assert_nonnull (strstr (lines[0], "dates overlap"));
  g_assert_nonnull (strstr (lines[1], "1 day apart"));
  g_assert_cmpstr (lines[DLG_TIMELINE_MEETINGS_SHOWN], ==, "and 6 more");
  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* Three sides: the places they shared, and one board section each */
static void
test_window_board_three_sides (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "three-sides.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DlgWindow *window = new_window_with (file);
  g_autoptr(GPtrArray) shared = board_column (window, 0);
  g_autoptr(GPtrArray) a = board_column (window, 1);
  g_autoptr(GPtrArray) b = board_column (window, 2);
  g_autoptr(GPtrArray) c = board_column (window, 3);

  g_assert_cmpstr (g_ptr_array_index (a, 0), ==, "\u2068Side A\u2069 only (1)");
  g_assert_cmpstr (g_ptr_array_index (b, 0), ==, "\u2068Side B\u2069 only (0)");
  g_assert_cmpstr (g_ptr_array_index (c, 0), ==, "\u2068Side C\u2069 only (0)");
  g_assert_cmpstr (g_ptr_array_index (shared, 0), ==, "Shared (0)");
  /* Side B only planned Paris: said on Side A's chip, never as a visit */
  g_assert_nonnull (strstr (g_ptr_array_index (a, 1),
                            "\u2068Side B\u2069 \u2068Group 1\u2069: Planned, not visited"));
  /* the board stays whole whichever two sides the panes compare */
  dlg_window_choose_sides (window, 2, 1);
  {
    g_autoptr(GPtrArray) again = board_column (window, 0);

    g_assert_cmpstr (g_ptr_array_index (again, 0), ==, "Shared (0)");
  }
  destroy_window (window);
}

typedef struct
{
  guint n;
  const char *first_name;
} ManySides;

/* n sides, each at one capital of forty (the first named first_name) */
static void
add_many_sides (GString  *json,
                gpointer  data)
{
  const ManySides *many = data;

  for (guint i = 0; i < many->n; i++)
    {
      g_autofree char *name = i == 0 && many->first_name != NULL ? g_strdup (many->first_name)
                                                                 : g_strdup_printf ("Side %u", i);
      g_autofree char *stay = g_strdup_printf ("Capital %u/2025-05-2%u/2025-05-2%u", i % 40, i % 5,
                                               1 + i % 5);
      const char *stays[] = { stay, NULL };

      append_side (json, i, name, stays);
    }
}

/* The bounds of a child in its parent */
static graphene_rect_t
bounds_in_parent (GtkWidget *child)
{
  graphene_rect_t r;

  g_assert_true (gtk_widget_compute_bounds (child, gtk_widget_get_parent (child), &r));
  return r;
}

/* The board's box: columns of equal width, as many to a row as fit at
 * their narrowest, the rest in rows below; right to left, the first at
 * the right. */
static void
test_wrap_box (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = g_object_new (DLG_TYPE_WRAP_BOX, "min-column-width", 100, "spacing", 10, NULL);
  GtkWidget *children[7];
  graphene_rect_t first, third, fourth;
  int width;

  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    {
      children[i] = gtk_label_new ("column");
      dlg_wrap_box_append (DLG_WRAP_BOX (box), children[i]);
    }
  gtk_window_set_default_size (GTK_WINDOW (window), 350, 400);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (iterate_until (widget_has_width, box, 5000));
  width = gtk_widget_get_width (box);
  /* (350 + 10) / (100 + 10): three to a row */
  g_assert_cmpuint (dlg_wrap_box_columns_for_width (DLG_WRAP_BOX (box), width), ==, 3);
  first = bounds_in_parent (children[0]);
  third = bounds_in_parent (children[2]);
  fourth = bounds_in_parent (children[3]);
  g_assert_cmpfloat (first.origin.x, ==, 0);
  g_assert_cmpfloat (first.size.width, ==, third.size.width);
  g_assert_cmpfloat (third.origin.x, >, first.origin.x);
  g_assert_cmpfloat (fourth.origin.x, ==, first.origin.x);
  g_assert_cmpfloat (fourth.origin.y, >, first.origin.y + first.size.height);

  gtk_widget_set_direction (box, GTK_TEXT_DIR_RTL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
  gtk_widget_size_allocate (box, &(GtkAllocation) { 0, 0, width, gtk_widget_get_height (box) }, -1);
  first = bounds_in_parent (children[0]);
  third = bounds_in_parent (children[2]);
  g_assert_cmpfloat (first.origin.x + first.size.width, ==, width);
  g_assert_cmpfloat (third.origin.x, <, first.origin.x);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whatever the number of sides, the window stays as wide as it was made:
 * the board's columns wrap into rows (30 sides once made it 4 114 pixels
 * wide; 300, an X error that ended the application). */
static void
test_window_many_sides (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *long_name = NULL;
  const guint counts[] = { 10, 30, 300 };

  {
    g_autoptr(GString) name = g_string_new (NULL);

    for (guint i = 0; i < 286; i++)
      g_string_append (name, "word ");
    long_name = g_string_free (g_steal_pointer (&name), FALSE);
  }
  for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
    {
      ManySides many = { counts[c], c == 1 ? long_name : NULL };
      g_autofree char *file_name = g_strdup_printf ("sides-%u.json", counts[c]);
      g_autoptr(GFile) file = write_made_up_dataset (dir, file_name, add_many_sides, &many);
      g_autofree char *path = g_file_get_path (file);
      DlgWindow *window = dlg_window_new (NULL);
      GtkWidget *board;
      int minimum, natural;
      guint n;

      gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
      gtk_window_present (GTK_WINDOW (window));
      dlg_window_open (window, file);
      g_assert_true (iterate_until (not_loading, window, 10000));
      g_assert_null (dlg_window_get_error (window));
      board = dlg_window_get_board (window);
      n = 0;
      for (GtkWidget *col = gtk_widget_get_first_child (board); col != NULL;
           col = gtk_widget_get_next_sibling (col))
        n++;
      /* a column per side, and the shared places */
      g_assert_cmpuint (n, ==, counts[c] + 1);
      /* the board asks for a column's width at the least, the window
       * keeps its size */
      gtk_widget_measure (board, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
      g_assert_cmpint (minimum, <=, 400);
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural,
                          NULL, NULL);
      g_assert_cmpint (minimum, <=, 1280);
      g_assert_true (iterate_until (map_drawn, window, 10000));
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 1280);
      g_assert_cmpint (gtk_widget_get_width (board), <=, 1280);
      destroy_window (window);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static gboolean
focus_within (GtkWidget *root,
              GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (root));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* A table is one Tab stop; F6 moves from part to part of the window. */
static void
test_window_keyboard (void)
{
  DlgWindow *window = new_bundled_window ();
  GtkWidget *india = GTK_WIDGET (dlg_window_get_pane (window, 0));
  GtkWidget *pakistan = GTK_WIDGET (dlg_window_get_pane (window, 1));
  GtkWidget *table = find_descendant (india, GTK_TYPE_COLUMN_VIEW, 0);

  dlg_window_set_view (window, "members");
  g_assert_true (iterate_until (is_idle_for_a_moment, window, 2000));
  g_assert_true (gtk_widget_grab_focus (table));
  g_assert_true (focus_within (GTK_WIDGET (window), table));
  /* Tab leaves the table at once (the arrows move inside it) */
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
  g_assert_false (focus_within (GTK_WIDGET (window), table));

  /* F6: from India's side to Pakistan's, then on round the window */
  g_assert_true (gtk_widget_grab_focus (table));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-pane", NULL));
  g_assert_true (focus_within (GTK_WIDGET (window), pakistan));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-pane", NULL));
  g_assert_true (focus_within (GTK_WIDGET (window), india));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-pane", NULL));
  g_assert_false (focus_within (GTK_WIDGET (window), india));
  g_assert_false (focus_within (GTK_WIDGET (window), pakistan));
  destroy_window (window);
}

/* --- contrast, measured on the rendered window --- */

/* The window is drawn at three times its size: glyph stems three pixels
 * wide, so the ink's own colour shows (at 1x, antialiasing greys it) */
#define SCALE 3

static double
luminance (const guchar *p)
{
  /* B8G8R8A8, opaque here */
  double c[3] = { p[2] / 255.0, p[1] / 255.0, p[0] / 255.0 };

  for (guint i = 0; i < 3; i++)
    c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : pow ((c[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

/* The luminance of a widget's background, its most common colour; r
 * is set to its bounds in the window's pixels */
static double
background_luminance (GtkWidget       *window,
                      const guchar    *pixels,
                      int              stride,
                      GtkWidget       *widget,
                      graphene_rect_t *r)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  guint32 bg = 0;
  guint best = 0;

  g_assert_true (gtk_widget_compute_bounds (widget, window, r));
  graphene_rect_scale (r, SCALE, SCALE, r);

  for (int y = (int) r->origin.y + 1; y < (int) (r->origin.y + r->size.height) - 1; y++)
    for (int x = (int) r->origin.x + 1; x < (int) (r->origin.x + r->size.width) - 1; x++)
      {
        guint32 v;
        guint n;

        memcpy (&v, pixels + (gsize) y * stride + (gsize) x * 4, sizeof v);
        n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (v))) + 1;

        g_hash_table_insert (counts, GUINT_TO_POINTER (v), GUINT_TO_POINTER (n));
        if (n > best)
          {
            best = n;
            bg = v;
          }
      }
  return luminance ((const guchar *) &bg);
}

/* The WCAG contrast of a widget's text: its most common colour is the
 * background, the pixel furthest from it the ink. */
static double
widget_contrast (GtkWidget    *window,
                 const guchar *pixels,
                 int           stride,
                 GtkWidget    *widget)
{
  graphene_rect_t r;
  double bg_l = background_luminance (window, pixels, stride, widget, &r);
  double worst = 1;

  for (int y = (int) r.origin.y + 1; y < (int) (r.origin.y + r.size.height) - 1; y++)
    for (int x = (int) r.origin.x + 1; x < (int) (r.origin.x + r.size.width) - 1; x++)
      {
        double l = luminance (pixels + (gsize) y * stride + (gsize) x * 4);
        double ratio = (MAX (l, bg_l) + 0.05) / (MIN (l, bg_l) + 0.05);

        worst = MAX (worst, ratio);
      }
  return worst;
}

/* Whether all of widget shows inside its scroller (a list keeps some
 * rows mapped above or below what it shows) */
static gboolean
in_view (GtkWidget *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t r;

  if (scroller == NULL)
    return TRUE;
  return gtk_widget_compute_bounds (widget, scroller, &r) && r.origin.y >= 0 && r.origin.x >= 0 &&
         r.origin.y + r.size.height <= gtk_widget_get_height (scroller) &&
         r.origin.x + r.size.width <= gtk_widget_get_width (scroller);
}

static GtkWidget *
find_mapped_with_class (GtkWidget  *root,
                        const char *css_class)
{
  if (gtk_widget_get_mapped (root) && gtk_widget_has_css_class (root, css_class) &&
      gtk_widget_get_width (root) > 4 && in_view (root))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_mapped_with_class (c, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}


static guchar *
render_window (GtkWidget *window,
               int       *stride)
{
  int w = gtk_widget_get_width (window) * SCALE, h = gtk_widget_get_height (window) * SCALE;
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guchar *pixels;

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), w, h);
  node = gtk_snapshot_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  *stride = w * 4;
  pixels = g_malloc ((gsize) w * h * 4);
  gdk_texture_download (texture, pixels, (gsize) w * 4);
  return pixels;
}

/* A destination's UN Security Council badge explains itself on hover
 * (asked for then, not set on every row bound). */
static void
test_window_badge_tooltip (void)
{
  DlgWindow *window = new_bundled_window ();
  g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  GtkWidget *badge;
  gboolean shown_tooltip = FALSE;

  dlg_window_set_view (window, "destinations");
  g_assert_true (iterate_until (is_idle_for_a_moment, window, 2000));
  badge = find_mapped_with_class (GTK_WIDGET (window), "unsc");
  g_assert_nonnull (badge);
  g_assert_true (gtk_widget_get_has_tooltip (badge));
  g_signal_emit_by_name (badge, "query-tooltip", 1, 1, FALSE, tooltip, &shown_tooltip);
  g_assert_true (shown_tooltip);
  destroy_window (window);
}

/* The Overview scrolled so that its first widget of a class is in view */
static void
scroll_overview_to (DlgWindow  *window,
                    const char *css_class)
{
  GtkWidget *overview = GTK_WIDGET (dlg_window_get_overview (window));
  GtkScrolledWindow *scroller =
    GTK_SCROLLED_WINDOW (find_descendant (overview, GTK_TYPE_SCROLLED_WINDOW, 0));

  /* twice: a part laid out anew once in view (the map's legend) moves */
  for (guint pass = 0; pass < 2; pass++)
    {
      g_autoptr(GQueue) queue = g_queue_new ();
      graphene_point_t top;

      g_queue_push_tail (queue, overview);
      while (!g_queue_is_empty (queue))
        {
          GtkWidget *w = g_queue_pop_head (queue);

          if (gtk_widget_get_mapped (w) && gtk_widget_has_css_class (w, css_class))
            {
              g_assert_true (gtk_widget_compute_point (w, gtk_scrolled_window_get_child (scroller),
                                                       &GRAPHENE_POINT_INIT (0, 0), &top));
              /* the point is where it shows: the scroller's value moves it */
              gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroller),
                                        MAX (0, gtk_adjustment_get_value (
                                                  gtk_scrolled_window_get_vadjustment (scroller)) +
                                                top.y - 48));
              g_assert_true (iterate_until (is_idle_for_a_moment, window, 2000));
              break;
            }
          for (GtkWidget *c = gtk_widget_get_last_child (w); c != NULL;
               c = gtk_widget_get_prev_sibling (c))
            g_queue_push_head (queue, c);
        }
    }
}

/* The light or the dark theme, once the window has restyled and laid
 * itself out again in it (every widget is) */
static void
use_theme (DlgWindow *window,
           gboolean   dark)
{
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", dark, NULL);
  for (guint k = 0; k < 3; k++)
    g_assert_true (iterate_until (is_idle_for_a_moment, window, 2000));
}

/* Every kind of text and badge keeps 4.5:1 (WCAG AA), light and dark,
 * selected rows included. */
static void
test_window_contrast (void)
{
  static const struct { const char *view; const char *css_class; const char *search; } targets[] = {
    { "destinations", "unsc", "" },
    { "destinations", "shared", "" },
    { "destinations", "dim-label", "" },
    /* a member who withdrew, at the top of the table */
    { "members", "not-travelled", "pathan" },
    { "members", "leader-name", "" },
    /* the headline's figures and the brief, at the top of the Overview */
    { "overview", "headline-figure", "" },
    { "overview", "brief-sentence", "" },
    /* the board, below them */
    { "overview", "chip", "" },
    { "leaders", "leader-card", "" },
    /* "Matched: Paris, planned, not visited" */
    { "members", "match-line", "paris" },
    /* what the certainty marks mean, under the table */
    { "members", "certainty-legend", "" },
    /* "Showing confirmed facts only: …", on its tint */
    { "members", "confirmed-banner", "" },
    /* what the map's colours and marks mean */
    { "overview", "map-legend", "" },
  };
  DlgWindow *window = new_bundled_window ();
  GtkSettings *settings = gtk_settings_get_default ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  for (guint dark = 0; dark < 2; dark++)
    {
      use_theme (window, dark == 1);
      for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
        {
          g_autofree guchar *pixels = NULL;
          GtkWidget *widget;
          double ratio;
          int stride;

          dlg_window_set_view (window, targets[i].view);
          dlg_window_set_search (window, targets[i].search);
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close-details", NULL));
          g_object_set (window, "confirmed-only",
                        g_str_equal (targets[i].css_class, "confirmed-banner"), NULL);
          if (g_str_equal (targets[i].css_class, "leader-name"))
            {
              /* a selected row: Group 1's leader, the first row */
              GtkWidget *table = find_descendant (GTK_WIDGET (dlg_window_get_pane (window, 0)),
                                                  GTK_TYPE_COLUMN_VIEW, 0);

              gtk_selection_model_select_item (gtk_column_view_get_model (GTK_COLUMN_VIEW (table)),
                                               0, TRUE);
            }
          g_assert_true (iterate_until (is_idle_for_a_moment, window, 2000));
          /* the Overview is one scroller, the headline on top: scrolled to
           * the part measured, as a reader would */
          if (g_str_equal (targets[i].view, "overview"))
            scroll_overview_to (window, targets[i].css_class);
          /* a frame drawn with the layout the bounds below are read from */
          gtk_widget_queue_draw (GTK_WIDGET (window));
          g_assert_true (iterate_until (is_idle_for_a_moment, window, 2000));
          widget = find_mapped_with_class (GTK_WIDGET (window), targets[i].css_class);
          if (widget == NULL)
            g_error ("%s: no .%s in view", dark ? "dark" : "light", targets[i].css_class);
          pixels = render_window (GTK_WIDGET (window), &stride);
          ratio = widget_contrast (GTK_WIDGET (window), pixels, stride, widget);
          if (ratio < 4.5)
            {
              if (g_getenv ("DUMP_CONTRAST"))
                {
                  graphene_rect_t r;
                  g_autoptr(GdkTexture) t = NULL;
                  g_autoptr(GBytes) bytes = NULL;

                  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &r));
                  g_printerr ("RECT %g %g %g %g\n", r.origin.x * SCALE, r.origin.y * SCALE, r.size.width * SCALE, r.size.height * SCALE);
                  bytes = g_bytes_new (pixels, (gsize) stride * gtk_widget_get_height (GTK_WIDGET (window)) * SCALE);
                  t = gdk_memory_texture_new (stride / 4, gtk_widget_get_height (GTK_WIDGET (window)) * SCALE, GDK_MEMORY_DEFAULT, bytes, stride);
                  gdk_texture_save_to_png (t, g_getenv ("DUMP_CONTRAST"));
                }
            g_error ("%s %s (%s “%s”): contrast %.2f:1", dark ? "dark" : "light", targets[i].css_class, G_OBJECT_TYPE_NAME (widget), GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget)) : "", ratio);
            }
        }
    }
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
  destroy_window (window);
}

static DlgDestination *side_stop (DlgWindow  *window,
                                  guint       side,
                                  const char *label);

/* Links in the details (a place's stays, sources, members) keep 4.5:1,
 * light and dark */
static void
test_window_details_link_contrast (void)
{
  DlgWindow *window = new_bundled_window ();
  GtkSettings *settings = gtk_settings_get_default ();
  g_autoptr(DlgDestination) london = side_stop (window, 1, "London");

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  g_signal_emit_by_name (dlg_window_get_pane (window, 1), "destination-selected", london);
  for (guint dark = 0; dark < 2; dark++)
    {
      g_autofree guchar *pixels = NULL;
      GtkWidget *link;
      double ratio;
      int stride;

      use_theme (window, dark == 1);
      gtk_widget_queue_draw (GTK_WIDGET (window));
      g_assert_true (iterate_until (is_idle_for_a_moment, window, 2000));
      /* "Group 2": a label that is all link */
      link = find_mapped_with_class (GTK_WIDGET (window), "stay-link");
      g_assert_nonnull (link);
      pixels = render_window (GTK_WIDGET (window), &stride);
      ratio = widget_contrast (GTK_WIDGET (window), pixels, stride, link);
      g_test_message ("%s: a link in the details: %.2f:1", dark ? "dark" : "light", ratio);
      if (ratio < 4.5)
        g_error ("%s: a link in the details: contrast %.2f:1", dark ? "dark" : "light", ratio);
    }
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
  destroy_window (window);
}

static GtkWidget *find_link (GtkWidget  *widget,
                             const char *href,
                             const char *prefix);

/* The WCAG contrast of the links in a label of text and links: the ink
 * of a colour (not a grey) against the label's background */
static double
link_contrast (GtkWidget    *window,
               const guchar *pixels,
               int           stride,
               GtkWidget    *label)
{
  graphene_rect_t r;
  double bg_l = background_luminance (window, pixels, stride, label, &r);
  double ink = 1;

  for (int y = (int) r.origin.y + 1; y < (int) (r.origin.y + r.size.height) - 1; y++)
    for (int x = (int) r.origin.x + 1; x < (int) (r.origin.x + r.size.width) - 1; x++)
      {
        const guchar *p = pixels + (gsize) y * stride + (gsize) x * 4;
        int chroma = MAX (MAX (p[0], p[1]), p[2]) - MIN (MIN (p[0], p[1]), p[2]);
        double l = luminance (p);

        /* a link's blue; the text around it is grey */
        if (chroma > 60)
          ink = MAX (ink, (MAX (l, bg_l) + 0.05) / (MIN (l, bg_l) + 0.05));
      }
  return ink;
}

/* The source numbers of the What Changed list (links) keep 4.5:1,
 * light and dark, as in the details */
static void
test_window_changes_link_contrast (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *other_path = g_build_filename (dir, "monday.json", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json", NULL);
  g_autoptr(GFile) shown_file = g_file_new_for_path (source);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  GtkSettings *settings = gtk_settings_get_default ();
  g_autofree char *contents = NULL;
  DlgWindow *window;
  GtkWindow *changes;

  /* Monday's version gave Alpha Leader (source 1) another party */
  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"party\": \"P1\""));
  strstr (contents, "\"party\": \"P1\"")[strlen ("\"party\": \"P")] = '9';
  g_assert_true (g_file_set_contents (other_path, contents, -1, NULL));
  window = new_window_with (shown_file);
  dlg_window_compare_with (window, other);
  g_assert_true (iterate_until (has_diff, window, 10000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-changes", NULL));
  g_assert_true (iterate_until (changes_window_drawn, window, 10000));
  changes = dlg_window_get_changes_window (window);
  for (guint dark = 0; dark < 2; dark++)
    {
      g_autofree guchar *pixels = NULL;
      GtkWidget *label;
      double ratio;
      int stride;

      use_theme (window, dark == 1);
      gtk_widget_queue_draw (GTK_WIDGET (changes));
      g_assert_true (iterate_until (is_idle_for_a_moment, window, 2000));
      /* "member changed: Alpha Leader, party: P9 → P1 [1]" */
      label = find_link (GTK_WIDGET (changes), "source:s1", NULL);
      g_assert_nonnull (label);
      pixels = render_window (GTK_WIDGET (changes), &stride);
      ratio = link_contrast (GTK_WIDGET (changes), pixels, stride, label);
      g_test_message ("%s: a source number in the list: %.2f:1", dark ? "dark" : "light", ratio);
      if (ratio < 4.5)
        g_error ("%s: a source number in the What Changed list: contrast %.2f:1",
                 dark ? "dark" : "light", ratio);
    }
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
  destroy_window (window);
  g_unlink (other_path);
  g_rmdir (dir);
}

/* The map reads alone: a legend under it says what its colours and
 * marks mean; the arrow keys name the place they reach (to screen
 * readers in the map's name); hovering still gives a tooltip after the
 * keyboard was used; the route colours stand out 3:1 from background and
 * land in the light and the dark theme. */
static void
test_window_map_reads_alone (void)
{
  DlgWindow *window = new_bundled_window ();
  GtkWidget *map = dlg_window_get_map (window);
  GtkWidget *legend = dlg_map_get_legend (DLG_MAP (map));
  g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  GtkSettings *settings = gtk_settings_get_default ();
  gboolean shown_tooltip = FALSE;
  g_auto(GStrv) words = NULL;
  g_autofree char *text = NULL;
  double x, y;

  dlg_window_set_view (window, "overview");
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  g_assert_true (iterate_until (map_laid_out, map, 5000));
  g_assert_true (iterate_until (map_drawn, window, 5000));

  /* the legend, under the map */
  g_assert_true (gtk_widget_get_mapped (legend));
  /* its entries' words are held together by no-break spaces */
  words = g_strsplit (gtk_label_get_text (GTK_LABEL (legend)), "\u00a0", -1);
  text = g_strjoinv (" ", words);
  g_assert_nonnull (strstr (text, "India"));
  g_assert_nonnull (strstr (text, "Pakistan"));
  g_assert_nonnull (strstr (text, "home capital"));
  g_assert_nonnull (strstr (text, "both visited"));
  g_assert_nonnull (strstr (text, "ringed: UN Security Council member"));
  {
    graphene_rect_t bounds;

    g_assert_true (gtk_widget_compute_bounds (legend, map, &bounds));
    g_assert_true (dlg_map_get_place_position (DLG_MAP (map), "Pretoria", &x, &y));
    g_assert_cmpfloat (bounds.origin.y, >, y);
  }

  /* the names on the map: hovering one tells of its place, as its dot
   * does (a name with a leader line stands well off its dot) */
  {
    const char *named[] = { "Madrid", "Copenhagen", "Paris", "Rome", "London", "Moscow" };
    guint far = 0;

    for (guint i = 0; i < G_N_ELEMENTS (named); i++)
      {
        g_autofree char *about = NULL;
        g_autofree char *expected = g_strdup_printf ("\u2068%s\u2069, ", named[i]);
        double nx, ny;

        if (!dlg_map_get_name_position (DLG_MAP (map), named[i], &nx, &ny))
          continue;
        g_assert_true (dlg_map_get_place_position (DLG_MAP (map), named[i], &x, &y));
        far += hypot (nx - x, ny - y) > 20;
        about = dlg_map_describe_at (DLG_MAP (map), nx, ny);
        g_assert_nonnull (about);
        g_assert_true (g_str_has_prefix (about, expected));
      }
    g_assert_cmpuint (far, >, 0);
  }

  /* the keyboard names its place */
  g_assert_cmpstr (dlg_map_get_label (DLG_MAP (map)), ==, "Map of the routes, 34 places");
  gtk_widget_grab_focus (map);
  dlg_map_move_focus (DLG_MAP (map), 1);
  g_assert_cmpstr (dlg_map_get_label (DLG_MAP (map)), ==,
                   "Map of the routes, 34 places: \u2068Manama\u2069, \u2068Bahrain\u2069");

  /* and hovering goes on telling who came when */
  g_assert_true (gtk_widget_get_has_tooltip (map));
  g_assert_true (dlg_map_get_place_position (DLG_MAP (map), "London", &x, &y));
  g_signal_emit_by_name (map, "query-tooltip", (int) x, (int) y, FALSE, tooltip, &shown_tooltip);
  g_assert_true (shown_tooltip);

  /* light and dark: both halves of Moscow's dot, as drawn, against the
   * background and the land the map is drawn with */
  for (guint dark = 0; dark < 2; dark++)
    {
      g_autofree guchar *pixels = NULL;
      DlgMapInk ink;
      DlgColour land;
      int stride;

      use_theme (window, dark == 1);
      gtk_widget_queue_draw (map);
      g_assert_true (iterate_until (map_drawn, window, 5000));
      g_assert_true (iterate_until (is_idle_for_a_moment, window, 2000));
      map_ink (map, &ink);
      dlg_map_land_colour (&ink, &land);
      /* the theme's own colours, not a guess: dark is dark */
      g_assert_true (dark ? ink.bg.red < 0.5 : ink.bg.red > 0.5);
      pixels = render_window (GTK_WIDGET (window), &stride);
      g_assert_true (dlg_map_get_place_position (DLG_MAP (map), "Moscow", &x, &y));
      for (int side = -1; side <= 1; side += 2)
        {
          graphene_point_t p;
          const guchar *px;
          DlgColour drawn;

          g_assert_true (gtk_widget_compute_point (map, GTK_WIDGET (window),
                                                   &GRAPHENE_POINT_INIT (x + 2 * side, y), &p));
          px = pixels + (gsize) (p.y * SCALE) * stride + (gsize) (p.x * SCALE) * 4;
          drawn = (DlgColour) { px[2] / 255.0, px[1] / 255.0, px[0] / 255.0 };
          g_test_message ("%s, %s: #%02x%02x%02x, %.2f:1 on the background, %.2f:1 on land",
                          dark ? "dark" : "light", side < 0 ? "India" : "Pakistan", px[2], px[1],
                          px[0], dlg_colour_contrast (&drawn, &ink.bg),
                          dlg_colour_contrast (&drawn, &land));
          g_assert_cmpfloat (dlg_colour_contrast (&drawn, &ink.bg), >=, DLG_MAP_MIN_CONTRAST);
          g_assert_cmpfloat (dlg_colour_contrast (&drawn, &land), >=, DLG_MAP_MIN_CONTRAST);
        }
    }
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
  destroy_window (window);
}

/* One switch for both sides; the search and facets reach every view. */
/* Wrapping labels with no minimum in characters: GTK measures such a
 * label's minimum width by laying its text out at width 0, where it
 * breaks after every character (a board card of 465 characters: 2 ms,
 * against 0.4 ms at 80 pixels). */
static void
collect_wrapping_without_minimum (GtkWidget *widget,
                                  GString   *out)
{
  /* GTK's own tooltip (a child of the window) is not ours */
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkTooltipWindow"))
    return;
  if (GTK_IS_LABEL (widget) && gtk_label_get_wrap (GTK_LABEL (widget)) &&
      gtk_label_get_width_chars (GTK_LABEL (widget)) <= 0)
    g_string_append_printf (out, "%s \"%.40s\"\n", G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)),
                            gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_wrapping_without_minimum (child, out);
}

static void
test_window_wrap_minimum (void)
{
  const char *views[] = { "overview", "members", "leaders", "destinations" };
  DlgWindow *window = new_bundled_window ();
  g_autoptr(GString) found = g_string_new (NULL);
  g_autoptr(DlgMember) member =
    g_list_model_get_item (dlg_side_pane_get_shown (dlg_window_get_pane (window, 0)), 0);

  /* the details pane too */
  g_signal_emit_by_name (dlg_window_get_pane (window, 0), "member-selected", member);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      dlg_window_set_view (window, views[i]);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      collect_wrapping_without_minimum (GTK_WIDGET (window), found);
    }
  g_assert_cmpstr (found->str, ==, "");
  destroy_window (window);
}

/* The model of the pane's list view whose first item is of TYPE, or NULL */
static GListModel *
shown_list (DlgSidePane *pane,
            GType        type)
{
  GtkWidget *view;

  for (guint i = 0; (view = find_descendant (GTK_WIDGET (pane), GTK_TYPE_LIST_VIEW, i)) != NULL; i++)
    {
      GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (view)));
      g_autoptr(GObject) first = model != NULL ? g_list_model_get_item (model, 0) : NULL;

      if (first != NULL && G_TYPE_CHECK_INSTANCE_TYPE (first, type))
        return model;
    }
  return NULL;
}

static void
test_window_views (void)
{
  DlgWindow *window = new_bundled_window ();
  DlgSidePane *india = dlg_window_get_pane (window, 0);
  DlgSidePane *pakistan = dlg_window_get_pane (window, 1);
  g_autoptr(GPtrArray) leaders = leader_cards (window, 0);
  g_autoptr(GPtrArray) pakistan_leaders = leader_cards (window, 1);

  g_assert_cmpstr (dlg_window_get_view (window), ==, "overview");
  /* The panes' lists get their models (and GTK builds their rows) once
   * shown: with the Overview shown, none has one. */
  for (guint i = 0; i < 2; i++)
    {
      DlgSidePane *pane = dlg_window_get_pane (window, i);
      GtkWidget *table = find_descendant (GTK_WIDGET (pane), GTK_TYPE_COLUMN_VIEW, 0);

      g_assert_null (shown_list (pane, DLG_TYPE_DELEGATION));
      g_assert_null (shown_list (pane, DLG_TYPE_DESTINATION_ROW));
      g_assert_null (gtk_column_view_get_model (GTK_COLUMN_VIEW (table)));
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "leaders"));
  g_assert_cmpstr (dlg_window_get_view (window), ==, "leaders");
  g_assert_cmpstr (dlg_side_pane_get_view (india), ==, "leaders");
  g_assert_cmpstr (dlg_side_pane_get_view (pakistan), ==, "leaders");
  dlg_window_set_view (window, "destinations");
  g_assert_cmpstr (dlg_side_pane_get_view (pakistan), ==, "destinations");
  dlg_window_set_view (window, "overview");

  /* leaders side by side: every delegation, with its leader, size and dates */
  g_assert_cmpuint (leaders->len, ==, 7);
  g_assert_cmpuint (pakistan_leaders->len, ==, 2);
  g_assert_true (strstr (g_ptr_array_index (leaders, 4), "Shashi Tharoor") != NULL);
  /* counted as everything counts people */
  g_assert_true (strstr (g_ptr_array_index (leaders, 4), " named, ") != NULL);
  g_assert_true (strstr (g_ptr_array_index (leaders, 4), " Jun 2025") != NULL);

  dlg_window_set_search (window, "tharoor");
  g_assert_true (iterate_until (one_indian_leader, window, 5000));
  {
    g_autoptr(GPtrArray) india_now = leader_cards (window, 0);
    g_autoptr(GPtrArray) pakistan_now = leader_cards (window, 1);

    g_assert_true (g_str_has_prefix (g_ptr_array_index (india_now, 0), "Group 5"));
    g_assert_cmpuint (pakistan_now->len, ==, 0);
  }
  /* the side panes' leader and destination lists follow too, each when
   * it is shown */
  dlg_window_set_view (window, "leaders");
  g_assert_cmpuint (g_list_model_get_n_items (shown_list (india, DLG_TYPE_DELEGATION)), ==, 1);
  /* Group 5: Washington, Georgetown, Panama City, Bogota, Brasilia, Washington again */
  dlg_window_set_view (window, "destinations");
  g_assert_cmpuint (g_list_model_get_n_items (shown_list (india, DLG_TYPE_DESTINATION_ROW)), ==, 6);
  /* a hidden list keeps the model it has */
  g_assert_nonnull (shown_list (india, DLG_TYPE_DELEGATION));
  destroy_window (window);
}

static void
collect_match_lines (GtkWidget *widget,
                     GPtrArray *lines)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "match-line") &&
      gtk_widget_get_visible (widget))
    g_ptr_array_add (lines, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_match_lines (c, lines);
}

/* No visible match line is cut: its last words may be "not visited" */
static void
assert_match_lines_whole (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "match-line") &&
      gtk_widget_get_visible (widget))
    g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    assert_match_lines_whole (c);
}

static gboolean
have_match_lines (gpointer data)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  collect_match_lines (data, lines);
  return lines->len > 0;
}

/* A member found through a place says how: a planned stop never reads
 * as a visit. */
static void
test_window_match_line (void)
{
  DlgWindow *window = new_bundled_window ();
  GtkWidget *pakistan = GTK_WIDGET (dlg_window_get_pane (window, 1));
  GtkWidget *india = GTK_WIDGET (dlg_window_get_pane (window, 0));
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) india_lines = g_ptr_array_new_with_free_func (g_free);

  dlg_window_set_view (window, "members");
  dlg_window_set_search (window, "paris");
  g_assert_true (iterate_until (have_match_lines, pakistan, 5000));
  collect_match_lines (pakistan, lines);
  for (guint i = 0; i < lines->len; i++)
    g_assert_cmpstr (g_ptr_array_index (lines, i), ==,
                     "Matched: \u2068Paris\u2069, planned, not visited");
  collect_match_lines (india, india_lines);
  g_assert_cmpuint (india_lines->len, >, 0);
  g_assert_cmpstr (g_ptr_array_index (india_lines, 0), ==, "Matched: \u2068Paris\u2069, visited");
  g_assert_true (iterate_until (is_idle_for_a_moment, window, 2000));
  assert_match_lines_whole (pakistan);
  assert_match_lines_whole (india);

  /* a member found by their own name has no such line */
  dlg_window_set_search (window, "tharoor");
  g_assert_true (iterate_until (is_idle_for_a_moment, window, 2000));
  g_ptr_array_set_size (india_lines, 0);
  collect_match_lines (india, india_lines);
  g_assert_cmpuint (india_lines->len, ==, 0);
  destroy_window (window);
}

static GtkWidget *
find_label_with_text (GtkWidget  *widget,
                      const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_with_text (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_status_label (gpointer data)
{
  return find_label_with_text (data, "\u2713 Travelled, missed 2 stops") != NULL;
}

/* A member who travelled and missed stops says so in the table: Ghulam
 * Nabi Azad missed Riyadh and Algiers (the sources say so); the tooltip
 * names the stops */
static void
test_window_status_exceptions (void)
{
  DlgWindow *window = new_bundled_window ();
  GtkWidget *india = GTK_WIDGET (dlg_window_get_pane (window, 0));
  GtkWidget *label;

  dlg_window_set_view (window, "members");
  dlg_window_set_search (window, "azad");
  g_assert_true (iterate_until (has_status_label, india, 5000));
  g_assert_true (iterate_until (is_idle_for_a_moment, window, 2000));
  label = find_label_with_text (india, "\u2713 Travelled, missed 2 stops");
  /* not cut: it wraps */
  g_assert_true (gtk_label_get_wrap (GTK_LABEL (label)));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
  g_assert_true (gtk_widget_get_has_tooltip (label));
  destroy_window (window);
}

/* A member's details link to the delegation, which the details then show */
static void
test_window_delegation_link (void)
{
  DlgWindow *window = new_bundled_window ();
  DlgSidePane *pane = dlg_window_get_pane (window, 0);
  GListModel *shown = dlg_side_pane_get_shown (pane);
  g_autoptr(DlgMember) member = NULL;
  g_autofree char *text = NULL;
  GtkWidget *link;
  gboolean handled = FALSE;

  for (guint i = 0; member == NULL && i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(DlgMember) m = g_list_model_get_item (shown, i);

      if (g_strcmp0 (dlg_member_get_name (m), "Ghulam Nabi Azad") == 0)
        member = g_steal_pointer (&m);
    }
  g_assert_nonnull (member);
  g_signal_emit_by_name (pane, "member-selected", member);
  text = dlg_window_get_details_text (window);
  g_assert_null (strstr (text, "Id in the dataset"));
  link = find_label_with_text (GTK_WIDGET (window), "\u2068Group 1\u2069");
  g_assert_nonnull (link);
  g_signal_emit_by_name (link, "activate-link", "delegation:in-g1", &handled);
  g_assert_true (handled);
  g_clear_pointer (&text, g_free);
  text = dlg_window_get_details_text (window);
  g_assert_nonnull (strstr (text, "Baijayant 'Jay' Panda"));
  g_assert_nonnull (strstr (text, "Manama"));
  g_assert_nonnull (strstr (text, "Algiers"));
  destroy_window (window);
}

/* The details keep what they showed: following a link (member ->
 * delegation) can be undone with Back or Alt+Left, and done again with
 * Forward or Alt+Right; showing something new after going back drops
 * what came after. */
static void
test_window_details_history (void)
{
  DlgWindow *window = new_bundled_window ();
  DlgSidePane *pane = dlg_window_get_pane (window, 0);
  GListModel *members = dlg_side_pane_get_shown (pane);
  g_autoptr(DlgMember) azad = NULL;
  g_autoptr(DlgMember) other = NULL;
  GtkWidget *back, *forward, *link;
  gboolean handled = FALSE;
  g_autofree char *text = NULL;

  for (guint i = 0; azad == NULL && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(DlgMember) m = g_list_model_get_item (members, i);

      if (g_strcmp0 (dlg_member_get_name (m), "Ghulam Nabi Azad") == 0)
        azad = g_steal_pointer (&m);
    }
  other = g_list_model_get_item (members, 0);
  g_assert_nonnull (azad);
  back = find_button (GTK_WIDGET (window), "Back (Alt+Left)");
  forward = find_button (GTK_WIDGET (window), "Forward (Alt+Right)");
  g_assert_nonnull (back);
  g_assert_nonnull (forward);

  g_signal_emit_by_name (pane, "member-selected", azad);
  g_assert_false (gtk_widget_is_sensitive (back));
  link = find_label_with_text (GTK_WIDGET (window), "\u2068Group 1\u2069");
  g_signal_emit_by_name (link, "activate-link", "delegation:in-g1", &handled);
  text = dlg_window_get_details_text (window);
  g_assert_true (g_str_has_prefix (text, "Group 1\n"));
  g_assert_true (gtk_widget_is_sensitive (back));
  g_assert_false (gtk_widget_is_sensitive (forward));

  /* Alt+Left: the member again; Alt+Right: the delegation */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.details-back", NULL));
  g_clear_pointer (&text, g_free);
  text = dlg_window_get_details_text (window);
  g_assert_true (g_str_has_prefix (text, "Ghulam Nabi Azad\n"));
  g_assert_true (gtk_widget_is_sensitive (forward));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.details-forward", NULL));
  g_clear_pointer (&text, g_free);
  text = dlg_window_get_details_text (window);
  g_assert_true (g_str_has_prefix (text, "Group 1\n"));

  /* the Back button; then something new: nothing forward any more */
  g_signal_emit_by_name (back, "clicked");
  g_signal_emit_by_name (pane, "member-selected", other);
  g_assert_false (gtk_widget_is_sensitive (forward));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.details-back", NULL));
  g_clear_pointer (&text, g_free);
  text = dlg_window_get_details_text (window);
  g_assert_true (g_str_has_prefix (text, "Ghulam Nabi Azad\n"));
  g_assert_false (gtk_widget_is_sensitive (back));
  destroy_window (window);
}

/* The stop of a side's delegation at a place (its place label), or NULL */
static DlgDestination *
side_stop (DlgWindow  *window,
           guint       side,
           const char *label)
{
  g_autoptr(DlgSide) s = g_list_model_get_item (dlg_dataset_get_sides (dlg_window_get_dataset (window)),
                                                side);
  GListModel *stops = dlg_side_get_destinations (s);

  for (guint i = 0; i < g_list_model_get_n_items (stops); i++)
    {
      g_autoptr(DlgDestination) d = g_list_model_get_item (stops, i);

      if (g_strcmp0 (dlg_destination_get_place_label (d), label) == 0)
        return g_steal_pointer (&d);
    }
  return NULL;
}

/* The label under widget whose markup holds a link to href (and whose
 * text starts with prefix, unless NULL) */
static GtkWidget *
find_link (GtkWidget  *widget,
           const char *href,
           const char *prefix)
{
  g_autofree char *attribute = g_strdup_printf ("href=\"%s\"", href);

  if (GTK_IS_LABEL (widget) && gtk_label_get_use_markup (GTK_LABEL (widget)) &&
      strstr (gtk_label_get_label (GTK_LABEL (widget)), attribute) != NULL &&
      (prefix == NULL || g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix)))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_link (child, href, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
follow_link (DlgWindow  *window,
             const char *href)
{
  GtkWidget *label = find_link (GTK_WIDGET (window), href, NULL);
  gboolean handled = FALSE;

  if (label == NULL)
    return FALSE;
  g_signal_emit_by_name (label, "activate-link", href, &handled);
  return handled;
}

/* A place's page: every side's stays there side by side, with dates,
 * days apart and who was there, from the whole dataset whatever the
 * search; chosen from either side's stop, or within the place (the UN
 * Headquarters within New York) */
static void
test_window_place_page (void)
{
  DlgWindow *window = new_bundled_window ();
  DlgSidePane *pane = dlg_window_get_pane (window, 1);
  g_autoptr(DlgDestination) london_pk = side_stop (window, 1, "London");
  g_autoptr(DlgDestination) london_in = side_stop (window, 0, "London");
  g_autoptr(DlgDestination) un = side_stop (window, 1, "UN Headquarters, New York");
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  g_autofree char *searched = NULL;
  g_autofree char *new_york = NULL;

  g_assert_nonnull (london_pk);
  g_assert_nonnull (london_in);
  g_assert_nonnull (un);
  g_signal_emit_by_name (pane, "destination-selected", london_pk);
  text = dlg_window_get_details_text (window);
  if (g_test_verbose ())
    g_printerr ("%s", text);
  g_assert_true (g_str_has_prefix (text, "\u2068London\u2069, \u2068United Kingdom\u2069\n"));
  /* both sides' stays, India's five days before Pakistan's */
  g_assert_nonnull (strstr (text, "\u2068India\u2069: 1 stay\n\u2068Group 2\u2069\n"));
  g_assert_nonnull (strstr (text, "\u2068Pakistan\u2069: 1 stay\n\u2068Peace delegation\u2069\n"));
  g_assert_nonnull (strstr (text, "Dates\n31 May – 3 Jun 2025\n"));
  g_assert_nonnull (strstr (text, "Dates\nc. 8–10 Jun 2025"));
  g_assert_nonnull (strstr (text, "Days apart\n\u2068India\u2069 and \u2068Pakistan\u2069: "
                                  "5 days apart (approximate)\n"));
  /* who was there, by what the sources say */
  g_assert_nonnull (strstr (text, "\nAttended ("));
  g_assert_null (strstr (text, "\nMissed ("));
  g_assert_nonnull (strstr (text, "whatever the filters show"));
  /* the same page from India's stop */
  g_signal_emit_by_name (dlg_window_get_pane (window, 0), "destination-selected", london_in);
  again = dlg_window_get_details_text (window);
  g_assert_cmpstr (again, ==, text);

  /* a search that hides Pakistan's members hides none of Pakistan's stay */
  dlg_filter_set_search (dlg_window_get_filter (window), "tharoor");
  g_signal_emit_by_name (pane, "destination-selected", london_pk);
  searched = dlg_window_get_details_text (window);
  g_assert_cmpstr (searched, ==, text);
  dlg_filter_set_search (dlg_window_get_filter (window), "");

  /* the UN Headquarters is compared as New York: India's stay in the city too */
  g_signal_emit_by_name (pane, "destination-selected", un);
  new_york = dlg_window_get_details_text (window);
  g_assert_true (g_str_has_prefix (new_york, "\u2068New York\u2069, \u2068United States\u2069\n"));
  g_assert_nonnull (strstr (new_york, "\u2068Group 5\u2069\n"));
  g_assert_nonnull (strstr (new_york, "Where\nUN Headquarters, New York\n"));
  destroy_window (window);
}

/* A place forty delegations of one side stopped at: its page counts
 * them all and shows a few (a synthetic file of thousands would lay out
 * thousands of labels at once), the other side's stay beside them */
static void
test_window_place_page_many (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "many.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) json = g_string_new (
    "{\"format\":\"delegations\",\"version\":\"1.0\",\"title\":\"Many\",\"sides\":[");
  g_autoptr(DlgDestination) paris = NULL;
  g_autofree char *text = NULL;
  DlgWindow *window;

  for (guint side = 0; side < 2; side++)
    {
      guint n = side == 0 ? 40 : 1;

      g_string_append_printf (json, "%s{\"id\":\"s%u\",\"name\":\"Side %u\",\"delegations\":[",
                              side > 0 ? "," : "", side, side);
      for (guint i = 0; i < n; i++)
        g_string_append_printf (json,
          "%s{\"id\":\"d%u-%u\",\"label\":\"Group %u\","
          "\"members\":[{\"id\":\"m%u-%u\",\"name\":\"Member %u\",\"status\":\"travelled\"}],"
          "\"destinations\":[{\"country\":\"France\",\"capital\":\"Paris\","
          "\"from\":\"2025-05-%02u\",\"to\":\"2025-05-%02u\",\"status\":\"visited\",\"unsc\":\"permanent\"}]}",
          i > 0 ? "," : "", side, i, i + 1, side, i, i + 1, 1 + i % 28, 1 + i % 28);
      g_string_append (json, "]}");
    }
  g_string_append (json, "]}");
  g_assert_true (g_file_set_contents (path, json->str, (gssize) json->len, NULL));
  window = new_window_with (file);
  paris = side_stop (window, 1, "Paris");
  g_assert_nonnull (paris);
  g_signal_emit_by_name (dlg_window_get_pane (window, 1), "destination-selected", paris);
  text = dlg_window_get_details_text (window);
  g_assert_true (g_str_has_prefix (text, "\u2068Paris\u2069, \u2068France\u2069\n"));
  g_assert_nonnull (strstr (text, "\u2068Side 0\u2069: 40 stays\n"));
  g_assert_nonnull (strstr (text, "Showing 6 of 40 stays; the Destinations view lists them all\n"));
  g_assert_nonnull (strstr (text, "\u2068Side 1\u2069: 1 stay\n"));
  g_assert_nonnull (strstr (text, "Days apart\n\u2068Side 0\u2069 and \u2068Side 1\u2069: dates overlap\n"));
  if (g_test_verbose ())
    g_printerr ("%s", text);
  g_assert_nonnull (strstr (text, "\nAttended (1)\n\u2068Member 1\u2069"));
  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* frames_after: the window's frame clock has drawn a frame since the
 * counter given */
typedef struct
{
  GtkWidget *window;
  gint64 since;
} FramesAfter;

static gboolean
frames_after (gpointer data)
{
  FramesAfter *f = data;
  GdkFrameClock *clock = gtk_widget_get_frame_clock (f->window);

  return clock != NULL && gdk_frame_clock_get_frame_counter (clock) > f->since;
}

/* Two frames drawn after a change: its layout is done, and the layout of
 * a size the window asked for in the first */
static void
wait_frames (GtkWidget *window)
{
  for (guint i = 0; i < 2; i++)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
      FramesAfter f = { window, clock != NULL ? gdk_frame_clock_get_frame_counter (clock) : 0 };

      gtk_widget_queue_draw (window);
      g_assert_true (iterate_until (frames_after, &f, 10000));
    }
}

/* At 360 pixels, the search bar shown in Members: nothing is wider than
 * the window (the pane's text was cut at both edges: with the search
 * bar's row, less height was left, and the view asked for its width at
 * that height answered wider) */
static void
test_window_narrow_search_width (void)
{
  DlgWindow *window = open_narrow_window (780);
  GtkWidget *pane = GTK_WIDGET (dlg_window_get_pane (window, 0));
  int minimum;
  graphene_rect_t bounds;
  dlg_window_set_view (window, "members");
  dlg_window_set_search (window, "tharoor");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  wait_frames (GTK_WIDGET (window));
  g_assert_true (iterate_until (is_idle_for_a_moment, window, 5000));

  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL,
                      gtk_widget_get_height (GTK_WIDGET (window)), &minimum, NULL, NULL, NULL);
  g_test_message ("window %d wide, asks at least %d at its height; pane %d wide",
                  gtk_widget_get_width (GTK_WIDGET (window)), minimum, gtk_widget_get_width (pane));
  g_assert_cmpint (minimum, <=, 360);
  g_assert_true (gtk_widget_compute_bounds (pane, GTK_WIDGET (window), &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (window)));
  destroy_window (window);
}

/* The details of place in every view: the window keeps its width (a
 * place's page opened, the Members view made the window 5 926 pixels
 * wide: the details' paned asked the view's width for its share of the
 * height, and wrapping lines given little height answer on one line) */
static void
assert_place_keeps_width (DlgWindow      *window,
                          DlgDestination *place)
{
  const char *views[] = { "overview", "members", "destinations", "members" };
  GtkWidget *details = find_descendant (GTK_WIDGET (window), g_type_from_name ("DlgDetails"), 0);

  g_assert_nonnull (place);
  g_assert_nonnull (details);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      int minimum;

      dlg_window_set_view (window, views[i]);
      g_signal_emit_by_name (dlg_window_get_pane (window, 0), "destination-selected", place);
      wait_frames (GTK_WIDGET (window));
      g_assert_true (gtk_widget_get_mapped (details));
      if (g_test_verbose ())
        g_printerr ("%s: window %d wide\n", views[i], gtk_widget_get_width (GTK_WIDGET (window)));
      /* asked with a height given, as the window's paned asks */
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL,
                          gtk_widget_get_height (GTK_WIDGET (window)), &minimum, NULL, NULL, NULL);
      g_assert_cmpint (minimum, <=, 1280);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 1280);
      g_assert_cmpint (gtk_widget_get_width (details), <=, 1280);
    }
}

/* Three sides at one place, each stay with a long note (data) */
static void
add_three_sides_at_one_place (GString  *json,
                              gpointer  data)
{
  for (guint i = 0; i < 3; i++)
    g_string_append_printf (json, "%s{\"id\": \"s%u\", \"name\": \"Side %u\", "
                            "\"delegations\": [{\"id\": \"d%u\", \"label\": \"Group %u\", "
                            "\"members\": [{\"id\": \"m%u\", \"name\": \"Member %u\", "
                            "\"status\": \"travelled\"}], "
                            "\"destinations\": [{\"country\": \"France\", \"capital\": \"Paris\", "
                            "\"from\": \"2025-05-2%u\", \"to\": \"2025-05-2%u\", "
                            "\"status\": \"visited\", \"unsc\": \"permanent\", "
                            "\"notes\": [\"%s\"]}]}]}",
                            i > 0 ? ", " : "", i, i, i, i, i, i, i, i + 1, (const char *) data);
}

/* A place's page never widens the window: London's (two sides, long
 * notes) in the Overview, Members and Destinations, and a place three
 * sides stayed at, each stay with a note of 1 400 characters */
static void
test_window_place_page_width (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autoptr(GString) note = g_string_new (NULL);
  g_autoptr(GFile) bundled = dlg_bundled_dataset_file ();
  g_autoptr(GFile) three = NULL;
  g_autofree char *path = NULL;
  DlgWindow *window = dlg_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  dlg_window_open (window, bundled);
  g_assert_true (iterate_until (not_loading, window, 10000));
  {
    g_autoptr(DlgDestination) london = side_stop (window, 0, "London");

    assert_place_keeps_width (window, london);
  }

  for (guint i = 0; i < 286; i++)
    g_string_append (note, "word ");
  three = write_made_up_dataset (dir, "three.json", add_three_sides_at_one_place, note->str);
  path = g_file_get_path (three);
  dlg_window_open (window, three);
  g_assert_true (iterate_until (not_loading, window, 10000));
  g_assert_null (dlg_window_get_error (window));
  {
    g_autoptr(DlgDestination) paris = side_stop (window, 0, "Paris");
    g_autofree char *text = NULL;

    assert_place_keeps_width (window, paris);
    text = dlg_window_get_details_text (window);
    for (guint i = 0; i < 3; i++)
      {
        g_autofree char *heading = g_strdup_printf ("\u2068Side %u\u2069: 1 stay\n", i);

        g_assert_nonnull (strstr (text, heading));
      }
    g_assert_nonnull (strstr (text, "word word word"));
  }
  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* Three sides, the first named by data */
static void
add_three_sides_first_named (GString  *json,
                             gpointer  data)
{
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = i == 0 ? g_strdup (data) : g_strdup_printf ("Side %u", i);

      g_string_append_printf (json, "%s{\"id\": \"s%u\", \"name\": \"%s\", "
                              "\"delegations\": [{\"id\": \"d%u\", \"label\": \"Group %u\", "
                              "\"members\": [{\"id\": \"m%u\", \"name\": \"Member %u\", "
                              "\"status\": \"travelled\"}], \"destinations\": []}]}",
                              i > 0 ? ", " : "", i, name, i, i, i, i);
    }
}

/* A side's long name never widens the window: the drop-down choosing a
 * pane's side (three sides) made it 14 720 pixels wide with a name of
 * 286 words */
static void
test_window_long_side_name_width (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  DlgWindow *window = dlg_window_new (NULL);
  const char *views[] = { "members", "overview", "leaders", "destinations" };

  for (guint i = 0; i < 286; i++)
    g_string_append (name, "word ");
  file = write_made_up_dataset (dir, "three.json", add_three_sides_first_named, name->str);
  path = g_file_get_path (file);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  dlg_window_open (window, file);
  g_assert_true (iterate_until (not_loading, window, 10000));
  g_assert_null (dlg_window_get_error (window));
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      int minimum;

      dlg_window_set_view (window, views[i]);
      wait_frames (GTK_WIDGET (window));
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL,
                          gtk_widget_get_height (GTK_WIDGET (window)), &minimum, NULL, NULL, NULL);
      g_assert_cmpint (minimum, <=, 1280);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 1280);
    }
  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
open_uri_cb (GtkWidget   *details,
             const char  *uri,
             char       **opened)
{
  g_free (*opened);
  *opened = g_strdup (uri);
  return TRUE;
}

/* The details show a page that starts with prefix */
static void
assert_details_start (DlgWindow  *window,
                      const char *prefix)
{
  g_autofree char *text = dlg_window_get_details_text (window);

  g_assert_true (g_str_has_prefix (text, prefix));
}

/* Links in the details: a member from a place, the place from the
 * member's stop by stop, each pushed on the history (Back returns); a
 * note's source number opens its source as the source's title does */
static void
test_window_details_links (void)
{
  DlgWindow *window = new_bundled_window ();
  DlgSidePane *pane = dlg_window_get_pane (window, 1);
  g_autoptr(DlgDestination) london = side_stop (window, 1, "London");
  GtkWidget *details = find_descendant (GTK_WIDGET (window), g_type_from_name ("DlgDetails"), 0);
  DlgDataset *dataset = dlg_window_get_dataset (window);
  GPtrArray *notes = dlg_record_get_notes (DLG_RECORD (london));
  const char *note_source = dlg_note_get_sources (g_ptr_array_index (notes, 0))[0];
  DlgSource *source = dlg_dataset_lookup_source (dataset, note_source);
  g_autofree char *href = NULL;
  g_autofree char *opened = NULL;
  g_autofree char *text = NULL;
  gboolean handled = FALSE;
  GtkWidget *note;

  g_assert_nonnull (details);
  g_signal_connect (details, "open-uri", G_CALLBACK (open_uri_cb), &opened);
  g_signal_emit_by_name (pane, "destination-selected", london);

  /* the note's [n]: a link to its source, opened as its title's link is */
  href = g_strdup_printf ("source:%s", note_source);
  note = find_link (GTK_WIDGET (window), href, "• \u2068One report");
  g_assert_nonnull (note);
  g_assert_true (g_str_has_suffix (gtk_label_get_text (GTK_LABEL (note)), "\u2069 [107]"));
  g_signal_emit_by_name (note, "activate-link", href, &handled);
  g_assert_true (handled);
  g_assert_cmpstr (opened, ==, dlg_source_get_url (source));
  g_clear_pointer (&opened, g_free);
  {
    g_autofree char *title_href = g_markup_escape_text (dlg_source_get_url (source), -1);

    g_assert_true (follow_link (window, title_href));
    g_assert_cmpstr (opened, ==, dlg_source_get_url (source));
  }

  /* a member present, then the member's London stop: the place again */
  g_assert_true (follow_link (window, "member:pk-bilawal:0"));
  assert_details_start (window, "Bilawal Bhutto Zardari\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.details-back", NULL));
  assert_details_start (window, "\u2068London\u2069");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.details-forward", NULL));
  assert_details_start (window, "Bilawal Bhutto Zardari\n");
  /* his London stop (the Peace delegation's third): the place's page, pushed */
  g_assert_true (follow_link (window, "stop:pk-bilawal:2"));
  assert_details_start (window, "\u2068London\u2069");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.details-back", NULL));
  assert_details_start (window, "Bilawal Bhutto Zardari\n");
  /* his delegation, and from it its leader: him again */
  g_assert_true (follow_link (window, "delegation:pk-bilawal"));
  assert_details_start (window, "Peace delegation\n");
  g_assert_true (follow_link (window, "member:pk-bilawal:0"));
  assert_details_start (window, "Bilawal Bhutto Zardari\n");

  /* another file: the history goes with the dataset it showed */
  {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json",
                                                   NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    GtkWidget *back = find_button (GTK_WIDGET (window), "Back (Alt+Left)");
    GtkWidget *forward = find_button (GTK_WIDGET (window), "Forward (Alt+Right)");

    dlg_window_open (window, file);
    g_assert_true (iterate_until (not_loading, window, 10000));
    g_assert_true (dlg_window_get_dataset (window) != dataset);
    g_assert_false (gtk_widget_is_sensitive (back));
    g_assert_false (gtk_widget_is_sensitive (forward));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.details-back", NULL));
    text = dlg_window_get_details_text (window);
    g_assert_true (g_str_has_prefix (text, "Select a member"));
  }
  destroy_window (window);
}

/* The first label under widget with text selected, or NULL */
static GtkWidget *
find_selection (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_label_get_selection_bounds (GTK_LABEL (widget), NULL, NULL))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_selection (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Back and Forward in the details select no text: a page's heading,
 * focused when the link followed went with its page, showed its whole
 * text selected */
static void
test_window_details_back_unselected (void)
{
  DlgWindow *window = new_bundled_window ();
  g_autoptr(DlgDestination) london = side_stop (window, 1, "London");
  GtkWidget *details = find_descendant (GTK_WIDGET (window), g_type_from_name ("DlgDetails"), 0);
  GtkWidget *link;
  GtkWidget *selected;
  gboolean handled = FALSE;

  g_assert_nonnull (details);
  g_signal_emit_by_name (dlg_window_get_pane (window, 1), "destination-selected", london);
  wait_frames (GTK_WIDGET (window));
  /* a member's link, focused as a click or the keyboard focuses it, followed */
  link = find_link (details, "member:pk-bilawal:0", NULL);
  g_assert_nonnull (link);
  g_assert_true (gtk_widget_grab_focus (link));
  g_signal_emit_by_name (link, "activate-link", "member:pk-bilawal:0", &handled);
  g_assert_true (handled);
  wait_frames (GTK_WIDGET (window));
  assert_details_start (window, "Bilawal Bhutto Zardari\n");
  selected = find_selection (details);
  g_assert_null (selected);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.details-back", NULL));
  wait_frames (GTK_WIDGET (window));
  assert_details_start (window, "\u2068London\u2069");
  selected = find_selection (details);
  if (selected != NULL && g_test_verbose ())
    g_printerr ("selected: %s\n", gtk_label_get_text (GTK_LABEL (selected)));
  g_assert_null (selected);

  /* from the Back button itself, which goes insensitive at the first page */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.details-forward", NULL));
  wait_frames (GTK_WIDGET (window));
  g_assert_null (find_selection (details));
  g_assert_true (gtk_widget_grab_focus (find_button (details, "Back (Alt+Left)")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.details-back", NULL));
  wait_frames (GTK_WIDGET (window));
  assert_details_start (window, "\u2068London\u2069");
  g_assert_null (find_selection (details));
  destroy_window (window);
}

/* A delegation's id with a space and a non-ASCII letter: its link, as the
 * details make it, still shows it (it was escaped when made and not
 * unescaped when followed). */
static void
test_window_delegation_link_escaped (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json",
                                                   NULL);
  g_autofree char *path = g_build_filename (dir, "ids.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) edited = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GRegex) href = g_regex_new ("href=\"([^\"]*)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  DlgWindow *window;
  DlgSidePane *pane;
  g_autoptr(DlgMember) member = NULL;
  GtkWidget *link;
  gboolean handled = FALSE;

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  edited = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (edited, "\"id\": \"a1\"", "\"id\": \"grüppe eins\"", 1),
                    ==, 1);
  g_assert_true (g_file_set_contents (path, edited->str, -1, NULL));
  window = new_window_with (file);
  pane = dlg_window_get_pane (window, 0);
  member = g_list_model_get_item (dlg_side_pane_get_shown (pane), 1);
  g_assert_cmpstr (dlg_member_get_name (member), ==, "Beta Member");
  g_signal_emit_by_name (pane, "member-selected", member);
  before = dlg_window_get_details_text (window);
  link = find_label_with_text (GTK_WIDGET (window), "\u2068Group 1\u2069");
  g_assert_nonnull (link);
  g_assert_true (g_regex_match (href, gtk_label_get_label (GTK_LABEL (link)), 0, &match));
  uri = g_match_info_fetch (match, 1);
  g_assert_true (g_str_has_prefix (uri, "delegation:"));
  g_signal_emit_by_name (link, "activate-link", uri, &handled);
  g_assert_true (handled);
  after = dlg_window_get_details_text (window);
  g_assert_cmpstr (after, !=, before);
  g_assert_nonnull (strstr (after, "Alpha Leader"));
  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* Closing the window while a file dialog, a load or a preview is open. */
static void
test_window_close_with_pending (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autoptr(GFile) big = write_big_dataset (dir, 60000);
  DlgWindow *window;

  /* the export dialog */
  window = new_bundled_window ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-csv", NULL));
  g_assert_nonnull (dlg_window_get_file_dialog (window));
  destroy_window (window);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);

  /* a load */
  window = new_bundled_window ();
  dlg_window_open (window, big);
  g_assert_true (dlg_window_is_loading (window));
  destroy_window (window);
  for (guint i = 0; i < 300 * dlg_test_timeout_scale (); i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }

  /* the print preview */
  window = new_bundled_window ();
  dlg_window_print_preview (window);
  g_assert_true (iterate_until (preview_shown, NULL, 10000));
  destroy_window (window);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (find_toplevel ("Print Preview"));

  g_file_delete (big, NULL, NULL);
  g_rmdir (dir);
}

static gboolean
finalized (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Closed after a search, each view, the details and a print preview, the
 * window, its Overview and its filter are freed: nothing they started
 * (idles, frame callbacks, the preview, the print operation, handlers
 * on the parts) keeps one of them.  (The window itself is watched, not
 * held: GTK 4.8 disposes a window only when its last reference goes.) */
static void
test_window_freed (void)
{
  DlgWindow *window = new_bundled_window ();
  gpointer weak = NULL;
  DlgOverview *overview;
  DlgFilter *filter;

  dlg_window_set_search (window, "paris");
  for (guint i = 0; i < 4; i++)
    {
      static const char * const views[] = { "members", "leaders", "destinations", "overview" };

      dlg_window_set_view (window, views[i]);
      g_assert_true (iterate_until (is_idle_for_a_moment, window, 2000));
    }
  dlg_window_show_delegation (window, "in-g1");
  dlg_window_print_preview (window);
  g_assert_true (iterate_until (preview_shown, NULL, 10000));

  overview = g_object_ref (dlg_window_get_overview (window));
  filter = g_object_ref (dlg_window_get_filter (window));
  g_set_weak_pointer (&weak, window);
  /* as the window's close button does */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (iterate_until (finalized, &weak, 5000));
  g_assert_null (find_toplevel ("Print Preview"));
  g_assert_finalize_object (overview);
  g_assert_finalize_object (filter);
}


/* --- format 1.2: certainty --- */

static DlgWindow *
new_certainty_window (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "certainty-1-2.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DlgWindow *window = new_window_with (file);

  g_assert_null (dlg_window_get_error (window));
  return window;
}

static DlgMember *
pane_member (DlgWindow  *window,
             guint       pane,
             const char *name)
{
  GListModel *model = dlg_side_pane_get_shown (dlg_window_get_pane (window, pane));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DlgMember) m = g_list_model_get_item (model, i);

      if (g_strcmp0 (dlg_member_get_name (m), name) == 0)
        return g_steal_pointer (&m);
    }
  return NULL;
}

/* The first mapped label whose text starts with prefix */
static GtkWidget *
find_mapped_label (GtkWidget  *widget,
                   const char *prefix)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_mapped_label (c, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
beta_shown (gpointer data)
{
  return find_mapped_label (data, "\u2068Beta Single") != NULL;
}

/* A fact one source gives carries its mark, never colour alone, and the
 * legend says what the marks mean where they are shown: a confirmed
 * member's name has none. */
static void
test_window_certainty_marks (void)
{
  DlgWindow *window = new_certainty_window ();
  GtkWidget *pane = GTK_WIDGET (dlg_window_get_pane (window, 0));
  g_autofree char *legend = dlg_certainty_legend ();
  GtkWidget *label;

  dlg_window_set_view (window, "members");
  g_assert_true (iterate_until (beta_shown, pane, 5000));
  label = find_mapped_label (pane, "\u2068Beta Single");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "\u2068Beta Single\u2069†");
  label = find_mapped_label (pane, "Gamma Unsure");
  g_assert_null (label);
  g_assert_nonnull (find_mapped_label (pane, "\u2068Gamma Unsure\u2069?"));
  g_assert_nonnull (find_mapped_label (pane, "\u2068Epsilon Disputed\u2069≠"));
  label = find_mapped_label (pane, "Alpha Leader");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "Alpha Leader");
  g_assert_nonnull (find_mapped_label (pane, legend));

  /* in words in the details */
  {
    g_autoptr(DlgMember) beta = pane_member (window, 0, "Beta Single");
    g_autofree char *text = NULL;

    g_signal_emit_by_name (dlg_window_get_pane (window, 0), "member-selected", beta);
    text = dlg_window_get_details_text (window);
    g_assert_true (g_str_has_prefix (text, "\u2068Beta Single\u2069†\n"));
    g_assert_nonnull (strstr (text, "Certainty\nSingle source\n"));
    g_assert_nonnull (strstr (text, legend));
  }

  /* a destination one source gives, in the Destinations list */
  dlg_window_set_view (window, "destinations");
  g_assert_true (iterate_until (is_idle_for_a_moment, window, 2000));
  g_assert_nonnull (find_mapped_label (pane, "\u2068Paris\u2069, \u2068France\u2069†"));
  label = find_mapped_label (pane, "\u2068London\u2069, \u2068United Kingdom\u2069");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==,
                   "\u2068London\u2069, \u2068United Kingdom\u2069");
  destroy_window (window);
}

/* The details go stop by stop: a stop no source places the member at is
 * "not known", never "missed", and a missed one says so with its source */
static void
test_window_not_known_stops (void)
{
  DlgWindow *window = new_certainty_window ();
  DlgSidePane *pane = dlg_window_get_pane (window, 0);
  g_autoptr(DlgMember) delta = pane_member (window, 0, "Delta Legs");
  g_autoptr(DlgMember) gamma = pane_member (window, 0, "Gamma Unsure");
  g_autofree char *text = NULL;
  g_autofree char *unsure = NULL;

  g_assert_nonnull (delta);
  g_signal_emit_by_name (pane, "member-selected", delta);
  text = dlg_window_get_details_text (window);
  g_assert_nonnull (strstr (text, "\nMissed\n\u200e\u2068London\u2069"));
  g_assert_nonnull (strstr (text, "\nNot known\n\u200e\u2068Paris\u2069"));
  g_assert_null (strstr (text, "\nMissed\n\u200e\u2068Paris"));
  /* each stop of the route, with what the sources say and which */
  g_assert_nonnull (strstr (text, "• \u2068New York\u2069, 24–26 May 2025: Attended [1, 2]\n"));
  g_assert_nonnull (strstr (text, "• \u2068London\u2069, 27–28 May 2025: Missed† [3]\n"));
  /* "not known" says it in words, without a mark ("Not known?" read as a question) */
  g_assert_nonnull (strstr (text, "• \u2068Paris\u2069, 29–30 May 2025: Not known\n"));

  /* a member whose travel is unconfirmed: every stop is not known */
  g_signal_emit_by_name (pane, "member-selected", gamma);
  unsure = dlg_window_get_details_text (window);
  g_assert_nonnull (strstr (unsure, "\nNot known\n\u200e\u2068New York\u2069"));
  g_assert_null (strstr (unsure, "\nMissed\n"));
  destroy_window (window);
}

static gboolean
confirmed_banner_shown (gpointer data)
{
  return find_mapped_label (data, "Showing confirmed facts only") != NULL;
}

static gboolean
confirmed_banner_gone (gpointer data)
{
  return find_mapped_label (data, "Showing confirmed facts only") == NULL;
}

/* "Confirmed facts only" hides the members and stops not confirmed, says
 * so while it is on, and turning it off brings them back */
static void
test_window_confirmed_only (void)
{
  DlgWindow *window = new_certainty_window ();
  DlgSidePane *a = dlg_window_get_pane (window, 0);
  DlgSidePane *b = dlg_window_get_pane (window, 1);
  GtkWidget *banner;
  gboolean on = FALSE;

  g_assert_cmpuint (shown (window, 0), ==, 5);
  g_assert_cmpuint (shown (window, 1), ==, 2);
  g_assert_true (confirmed_banner_gone (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.confirmed-only", NULL));
  g_object_get (window, "confirmed-only", &on, NULL);
  g_assert_true (on);
  g_assert_true (iterate_until (confirmed_banner_shown, window, 5000));
  {
    g_autofree char *names = shown_field (window, 0, DLG_MEMBER_FIELD_NAME);

    g_assert_cmpstr (names, ==, "Alpha Leader|Delta Legs");
  }
  g_assert_cmpuint (shown (window, 1), ==, 1);
  banner = find_mapped_label (GTK_WIDGET (window), "Showing confirmed facts only");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (banner)), ==,
                   "Showing confirmed facts only: 4 people and 2 stops hidden");
  /* the stops one source gives (Paris, Side B's London) are not listed */
  dlg_window_set_view (window, "destinations");
  g_assert_true (iterate_until (is_idle_for_a_moment, window, 2000));
  g_assert_cmpuint (g_list_model_get_n_items (shown_list (a, DLG_TYPE_DESTINATION_ROW)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (shown_list (b, DLG_TYPE_DESTINATION_ROW)), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.confirmed-only", NULL));
  g_assert_true (iterate_until (confirmed_banner_gone, window, 5000));
  g_assert_cmpuint (shown (window, 0), ==, 5);
  g_assert_cmpuint (shown (window, 1), ==, 2);
  g_assert_true (iterate_until (is_idle_for_a_moment, window, 2000));
  g_assert_cmpuint (g_list_model_get_n_items (shown_list (a, DLG_TYPE_DESTINATION_ROW)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (shown_list (b, DLG_TYPE_DESTINATION_ROW)), ==, 2);
  destroy_window (window);
}

/* The board's sections, as their headings say them ("Both (5)", …) */
static char *
board_headings (DlgWindow *window)
{
  GString *s = g_string_new (NULL);

  for (GtkWidget *col = gtk_widget_get_first_child (dlg_window_get_board (window)); col != NULL;
       col = gtk_widget_get_next_sibling (col))
    {
      GtkWidget *heading = gtk_widget_get_first_child (col);

      g_string_append_printf (s, "%s|", gtk_label_get_text (GTK_LABEL (heading)));
    }
  return g_string_free (s, FALSE);
}

/* "Confirmed facts only" hides facts; it never makes a place one side's
 * alone: on the bundled dataset the board still has India and Pakistan
 * in New York, Washington and the rest (the review found "Pakistan only:
 * Washington, D.C." with the switch on) */
static void
test_window_confirmed_only_keeps_comparison (void)
{
  DlgWindow *window = new_bundled_window ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *comparison = NULL;

  g_assert_true (iterate_until (is_idle_for_a_moment, window, 5000));
  before = board_headings (window);
  g_assert_nonnull (strstr (before, "(5)"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.confirmed-only", NULL));
  g_assert_true (iterate_until (confirmed_banner_shown, window, 5000));
  g_assert_true (iterate_until (is_idle_for_a_moment, window, 5000));
  after = board_headings (window);
  g_assert_cmpstr (after, ==, before);
  comparison = dlg_window_get_comparison_text (window);
  g_assert_nonnull (strstr (comparison, "Visited by both sides (5)"));
  destroy_window (window);
}

/* The background's events are on the timeline, each with its date, text
 * and sources, as screen readers read it */
static void
test_window_timeline_events (void)
{
  DlgWindow *window = new_certainty_window ();
  DlgTimeline *timeline = DLG_TIMELINE (dlg_window_get_timeline (window));
  const char *description = dlg_timeline_get_description (timeline);

  g_assert_cmpuint (dlg_timeline_get_n_events (timeline), ==, 2);
  g_assert_nonnull (strstr (description, "\nBackground: 7 May 2025: \u2068Border clash\u2069 [1, 2]; "
                                         "c. 10–11 May 2025: \u2068Ceasefire agreed\u2069† [3]"));
  /* the lanes are still one a line, before it */
  g_assert_true (g_str_has_prefix (description, "\u2068Side A\u2069 · \u2068Group 1\u2069: "));
  destroy_window (window);
}

/* The Overview's numbers and lists: the background (events, each side's
 * purpose, with their sources and marks), New York as the place both
 * sides were in (never one side's alone), counts that say what they
 * count */
static void
test_window_background (void)
{
  DlgWindow *window = new_certainty_window ();
  g_autofree char *comparison = dlg_window_get_comparison_text (window);
  g_autofree char *legend = dlg_certainty_legend ();

  g_assert_nonnull (strstr (comparison, "Background\n"));
  g_assert_nonnull (strstr (comparison, "\n7 May 2025: \u2068Border clash\u2069 [1, 2]\n"));
  g_assert_nonnull (strstr (comparison, "\nc. 10–11 May 2025: \u2068Ceasefire agreed\u2069† [3]\n"));
  /* a purpose is a statement: a report and the announcement of it confirm
   * it; one report alone does not */
  g_assert_nonnull (strstr (comparison, "Stated purpose of \u2068Side A\u2069: "
                                        "\u2068To brief partners on the clash\u2069 [1, 4]\n"));
  g_assert_nonnull (strstr (comparison, "Stated purpose of \u2068Side B\u2069: "
                                        "\u2068To present its own account\u2069† [3]\n"));
  g_assert_nonnull (strstr (comparison, legend));
  g_assert_nonnull (strstr (comparison, "Visited by both sides (2)\n"));
  g_assert_nonnull (strstr (comparison, "\u2068New York\u2069 (\u2068Side A\u2069: the city; "
                                        "\u2068Side B\u2069: \u2068UN Headquarters, New York\u2069)"));
  g_assert_nonnull (strstr (comparison, "Visited by \u2068Side B\u2069 only (0)\nNone\n"));
  g_assert_nonnull (strstr (comparison, "By party: \u2068P1\u2069 3 named, 3 travelled; "
                                        "\u2068P2\u2069 2 named, 1 travelled\n"));
  g_assert_nonnull (strstr (comparison, "\u2068Side A\u2069: 1 delegation: 5 named, 4 travelled, "
                                        "1 unconfirmed"));

  /* a side's About button: the side in the details, with its own purpose
   * and the background */
  {
    GtkWidget *about = find_button (GTK_WIDGET (dlg_window_get_pane (window, 1)), "About This Side");
    g_autofree char *text = NULL;

    g_assert_nonnull (about);
    g_signal_emit_by_name (about, "clicked");
    text = dlg_window_get_details_text (window);
    g_assert_true (g_str_has_prefix (text, "Side B\n"));
    g_assert_nonnull (strstr (text, "\nPeople\nRecorded: 2 named, 2 travelled.\n"));
    g_assert_nonnull (strstr (text, "Stated purpose of \u2068Side B\u2069: "
                                    "\u2068To present its own account\u2069† [3]\n"));
    g_assert_null (strstr (text, "Stated purpose of \u2068Side A"));
    g_assert_nonnull (strstr (text, "\n7 May 2025: \u2068Border clash\u2069 [1, 2]\n"));
    g_assert_nonnull (strstr (text, legend));
  }
  destroy_window (window);
}

/* --- the headline and the brief --- */

static char *
headline_text (DlgWindow *window)
{
  return dlg_headline_get_text (dlg_overview_get_headline (dlg_window_get_overview (window)));
}

/* The headline's text but what it says it covers (its second line) */
static char *
headline_figures (DlgWindow *window)
{
  g_autofree char *text = headline_text (window);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *figures = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (!g_str_has_prefix (lines[i], "These figures"))
      g_string_append_printf (figures, "%s\n", lines[i]);
  return g_string_free (figures, FALSE);
}

static gboolean
headline_says_filtered (gpointer data)
{
  g_autofree char *text = headline_text (data);

  return strstr (text, "Below, the filter") != NULL;
}

static gboolean
headline_says_whole (gpointer data)
{
  g_autofree char *text = headline_text (data);

  return strstr (text, "These figures and the brief are for the whole dataset.\n") != NULL;
}

/* The headline's figures are the whole dataset's, filter or not; what
 * the views below show under the filter, it says */
static void
test_window_headline (void)
{
  DlgWindow *window = new_bundled_window ();
  g_autofree char *text = headline_text (window);
  g_autofree char *before = headline_figures (window);
  g_autofree char *after = NULL;
  g_autofree char *filtered = NULL;
  g_autofree char *expected = NULL;

  g_test_message ("%s", text);
  g_assert_true (g_str_has_prefix (text, "At a glance\nCopy with Citations\nThese figures and the brief are for the "
                                         "whole dataset.\nIndia\n7 delegations\nRecorded: 62 named, 60 "
                                         "travelled, 2 withdrew or declined; 1 accompanying "
                                         "official (1 unconfirmed)\n34 places visited in 33 "
                                         "countries\n12 UN Security Council members visited\n"
                                         "5 places both sides were in\nPakistan\n2 delegations\n"));
  g_assert_nonnull (strstr (text, "\nIn brief\n\u200e\u2068India\u2069 sent 7 delegations. "
                                  "[1, 2, 3] Announced: 59 members"));
  g_assert_nonnull (strstr (text, "\nMarks: † one source only"));
  /* the source numbers set apart (smaller, dimmed): the facts read first */
  {
    GtkWidget *first = find_descendant (GTK_WIDGET (dlg_window_get_overview (window)),
                                        GTK_TYPE_LABEL, 0);
    const char *sentence;
    PangoAttrIterator *at;
    int start, end;

    for (guint i = 0; first != NULL && !gtk_widget_has_css_class (first, "brief-sentence"); i++)
      first = find_descendant (GTK_WIDGET (dlg_window_get_overview (window)), GTK_TYPE_LABEL, i);
    g_assert_nonnull (first);
    sentence = gtk_label_get_text (GTK_LABEL (first));
    g_assert_nonnull (strstr (sentence, " [1, 2, 3] "));
    at = pango_attr_list_get_iterator (gtk_label_get_attributes (GTK_LABEL (first)));
    /* the first range with a scale */
    while (pango_attr_iterator_get (at, PANGO_ATTR_SCALE) == NULL && pango_attr_iterator_next (at))
      ;
    pango_attr_iterator_range (at, &start, &end);
    g_assert_nonnull (pango_attr_iterator_get (at, PANGO_ATTR_SCALE));
    g_assert_cmpint (start, ==, (int) (strstr (sentence, "[1, 2, 3]") - sentence));
    g_assert_cmpint (end, ==, start + (int) strlen ("[1, 2, 3]"));
    pango_attr_iterator_destroy (at);
  }

  dlg_window_set_search (window, "tharoor");
  g_assert_true (iterate_until (headline_says_filtered, window, 5000));
  filtered = headline_text (window);
  after = headline_figures (window);
  /* a search narrows what is shown, never the figures */
  g_assert_cmpstr (after, ==, before);
  expected = g_strdup_printf ("These figures and the brief are for the whole dataset. Below, "
                              "the filter (search: ‘\u2068tharoor\u2069’) shows %u of 74 "
                              "people.\n", shown (window, 0) + shown (window, 1));
  g_assert_cmpuint (shown (window, 0) + shown (window, 1), >, 0);
  g_assert_nonnull (strstr (filtered, expected));

  /* confirmed facts only too */
  dlg_window_clear_filters (window);
  g_assert_true (iterate_until (headline_says_whole, window, 5000));
  g_object_set (window, "confirmed-only", TRUE, NULL);
  g_assert_true (iterate_until (headline_says_filtered, window, 5000));
  g_clear_pointer (&after, g_free);
  after = headline_figures (window);
  g_assert_cmpstr (after, ==, before);
  destroy_window (window);
}

static GtkWidget *
nth_figure (DlgWindow *window,
            guint      n)
{
  g_autoptr(GQueue) queue = g_queue_new ();
  guint seen = 0;

  g_queue_push_tail (queue, dlg_overview_get_headline (dlg_window_get_overview (window)));
  while (!g_queue_is_empty (queue))
    {
      GtkWidget *w = g_queue_pop_head (queue);

      if (gtk_widget_has_css_class (w, "headline-figure") && seen++ == n)
        return w;
      for (GtkWidget *c = gtk_widget_get_last_child (w); c != NULL; c = gtk_widget_get_prev_sibling (c))
        g_queue_push_head (queue, c);
    }
  return NULL;
}

/* Each figure opens the view that shows it */
static void
test_window_headline_links (void)
{
  DlgWindow *window = new_bundled_window ();
  const char *views[] = { "leaders", "members", "destinations", "destinations" };
  GtkScrolledWindow *scroller;
  double value;

  /* a figure is as wide as its text: the empty space beside it, in its
   * column, is no link */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  for (guint i = 0; i < 5; i++)
    {
      GtkWidget *figure = nth_figure (window, i);
      int natural;

      gtk_widget_measure (figure, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_width (figure), <=, natural);
      if (i == 0)
        /* "7 delegations" in a column made for longer figures */
        g_assert_cmpint (gtk_widget_get_width (figure), <,
                         gtk_widget_get_width (gtk_widget_get_parent (figure)) / 2);
    }

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *figure = nth_figure (window, i);

      dlg_window_set_view (window, "overview");
      g_assert_nonnull (figure);
      g_signal_emit_by_name (figure, "clicked");
      g_assert_cmpstr (dlg_window_get_view (window), ==, views[i]);
    }
  /* places both sides were in: the board, below, scrolled to */
  dlg_window_set_view (window, "overview");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  scroller = GTK_SCROLLED_WINDOW (find_descendant (GTK_WIDGET (dlg_window_get_overview (window)),
                                                   GTK_TYPE_SCROLLED_WINDOW, 0));
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (scroller)), ==, 0);
  g_signal_emit_by_name (nth_figure (window, 4), "clicked");
  g_assert_cmpstr (dlg_window_get_view (window), ==, "overview");
  value = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (scroller));
  g_assert_cmpfloat (value, >, 100);
  /* from anywhere: scrolled a little, the same place again */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroller), 50);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_signal_emit_by_name (nth_figure (window, 4), "clicked");
  g_assert_cmpfloat (fabs (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (scroller)) -
                           value), <, 1);
  destroy_window (window);
}

/* The board's "Both" heading, within the Overview's viewport */
static gboolean
both_heading_in_view (gpointer data)
{
  DlgOverview *overview = dlg_window_get_overview (data);
  GtkWidget *board = GTK_WIDGET (dlg_overview_get_board (overview));
  GtkScrolledWindow *scroller =
    GTK_SCROLLED_WINDOW (find_descendant (GTK_WIDGET (overview), GTK_TYPE_SCROLLED_WINDOW, 0));
  GtkWidget *viewport = gtk_scrolled_window_get_child (scroller);
  GtkWidget *heading = gtk_widget_get_first_child (gtk_widget_get_first_child (board));
  graphene_point_t at;

  if (!gtk_widget_compute_point (heading, viewport, &GRAPHENE_POINT_INIT (0, 0), &at))
    return FALSE;
  return at.y >= 0 && at.y + gtk_widget_get_height (heading) <= gtk_widget_get_height (viewport);
}

static gboolean
count_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

static gboolean
ticked_enough (gpointer data)
{
  return *(guint *) data >= 30;
}

/* "Places both sides were in" shows the board's "Both" heading and puts
 * the keyboard on its first place, wherever the Overview was scrolled,
 * with a search or not, and wherever the keyboard last was on the board
 * (it scrolled to the Paris chip) */
static void
test_window_headline_show_places (void)
{
  DlgWindow *window = new_bundled_window ();
  DlgOverview *overview = dlg_window_get_overview (window);
  GtkScrolledWindow *scroller;
  GtkAdjustment *adjustment;
  const char *searches[] = { "", "paris" };

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  scroller = GTK_SCROLLED_WINDOW (find_descendant (GTK_WIDGET (overview),
                                                   GTK_TYPE_SCROLLED_WINDOW, 0));
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  for (guint k = 0; k < G_N_ELEMENTS (searches); k++)
    {
      BoardHeading heading = { window, 0, k == 0 ? "Both (5)" : "Both (4 of 5 shown)" };

      dlg_window_set_search (window, searches[k]);
      g_assert_true (iterate_until (board_heading_is, &heading, 5000));
      for (guint from_bottom = 0; from_bottom < 2; from_bottom++)
        {
          g_autoptr(GPtrArray) places = dlg_board_get_places (dlg_overview_get_board (overview));
          GtkWidget *last = g_ptr_array_index (places, places->len - 1);

          /* the keyboard last on the board's last place, far below Both */
          gtk_widget_grab_focus (last);
          while (g_main_context_iteration (NULL, FALSE))
            ;
          gtk_adjustment_set_value (adjustment, from_bottom
                                    ? gtk_adjustment_get_upper (adjustment) -
                                      gtk_adjustment_get_page_size (adjustment)
                                    : 0);
          while (g_main_context_iteration (NULL, FALSE))
            ;
          g_signal_emit_by_name (nth_figure (window, 4), "clicked");
          g_assert_true (iterate_until (both_heading_in_view, window, 5000));
          g_test_message ("search '%s', from the %s: scrolled to %.0f", searches[k],
                          from_bottom ? "bottom" : "top", gtk_adjustment_get_value (adjustment));
          /* and it stays there, thirty frames on: no scrolling to the
           * focus (animated) takes it away */
          {
            guint ticks = 0;
            guint id = gtk_widget_add_tick_callback (GTK_WIDGET (window), count_tick_cb, &ticks,
                                                     NULL);

            g_assert_true (iterate_until (ticked_enough, &ticks, 5000));
            gtk_widget_remove_tick_callback (GTK_WIDGET (window), id);
          }
          g_assert_true (both_heading_in_view (window));
          g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                         g_ptr_array_index (places, 0));
          g_assert_true (dlg_board_get_current (dlg_overview_get_board (overview)) ==
                         g_ptr_array_index (places, 0));
        }
    }
  destroy_window (window);
}

/* The brief's sentence that begins with prefix (after its direction
 * mark), NULL when none */
static GtkWidget *
brief_sentence (GtkWidget  *overview,
                const char *prefix)
{
  GtkWidget *label;

  for (guint i = 0; (label = find_descendant (overview, GTK_TYPE_LABEL, i)) != NULL; i++)
    if (gtk_widget_has_css_class (label, "brief-sentence") &&
        strstr (gtk_label_get_text (GTK_LABEL (label)), prefix) != NULL &&
        strstr (gtk_label_get_text (GTK_LABEL (label)), prefix) - gtk_label_get_text (GTK_LABEL (label)) <= 3)
      return label;
  return NULL;
}

/* How far down the Overview's viewport a widget's first line is, -1 when
 * it is not laid out in it */
static double
top_in_viewport (GtkWidget *overview,
                 GtkWidget *widget)
{
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (find_descendant (overview,
                                                                      GTK_TYPE_SCROLLED_WINDOW, 0));
  graphene_point_t at;

  if (!gtk_widget_compute_point (widget, gtk_scrolled_window_get_child (scroller),
                                 &GRAPHENE_POINT_INIT (0, 0), &at))
    return -1;
  return at.y;
}

static gboolean
figures_first (gpointer data)
{
  GtkWidget *overview = GTK_WIDGET (dlg_window_get_overview (data));
  GtkWidget *first = brief_sentence (overview, "\u2068India\u2069 sent 7 delegations.");
  double figure = top_in_viewport (overview, nth_figure (data, 0));

  return figure >= 0 && figure < top_in_viewport (overview, first);
}

/* At 360 x 780 the Overview's first screen answers how many, where both
 * sides were and who led: the brief before the figures, and the figure
 * both sides share said once */
static void
test_window_headline_narrow (void)
{
  DlgWindow *window = open_narrow_window (780);
  GtkWidget *overview = GTK_WIDGET (dlg_window_get_overview (window));
  GtkScrolledWindow *scroller;
  const char *firsts[] = { "\u2068India\u2069 sent 7 delegations.", "Both sides were in 5 places",
                           "Led by: " };
  int height;
  guint shared = 0;
  g_assert_true (iterate_until (is_idle_for_a_moment, window, 5000));
  scroller = GTK_SCROLLED_WINDOW (find_descendant (overview, GTK_TYPE_SCROLLED_WINDOW, 0));
  height = gtk_widget_get_height (gtk_scrolled_window_get_child (scroller));
  g_assert_cmpint (height, >, 300);
  for (guint i = 0; i < G_N_ELEMENTS (firsts); i++)
    {
      GtkWidget *sentence = brief_sentence (overview, firsts[i]);
      double top;

      g_assert_nonnull (sentence);
      top = top_in_viewport (overview, sentence);
      g_test_message ("'%s' at %.0f of %d", firsts[i], top, height);
      /* its first line in the first screen */
      g_assert_cmpfloat (top, >=, 0);
      g_assert_cmpfloat (top + 20, <=, height);
    }
  for (guint i = 0; nth_figure (window, i) != NULL; i++)
    {
      GtkWidget *figure = nth_figure (window, i);
      const char *text = gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (figure))));

      shared += gtk_widget_is_visible (figure) && strstr (text, "both sides were in") != NULL;
    }
  g_assert_cmpuint (shared, ==, 1);

  /* wide again, the figures first, each side with its own */
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  g_assert_true (iterate_until (is_wide, window, 5000));
  g_assert_true (iterate_until (figures_first, window, 5000));
  destroy_window (window);
}

typedef struct
{
  GMemoryOutputStream *out;
  gboolean done;
} ClipboardRead;

static void
spliced_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  ClipboardRead *read = data;
  g_autoptr(GError) error = NULL;

  g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &error);
  g_assert_no_error (error);
  read->done = TRUE;
}

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  ClipboardRead *read = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) in = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL,
                                                          &error);

  g_assert_no_error (error);
  g_output_stream_splice_async (G_OUTPUT_STREAM (read->out), in,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                                G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, spliced_cb, read);
}

static gboolean
clipboard_read_done (gpointer data)
{
  return ((ClipboardRead *) data)->done;
}

/* The clipboard's content in one format, as text */
static char *
read_clipboard (GdkClipboard *clipboard,
                const char   *mime_type)
{
  const char *types[] = { mime_type, NULL };
  ClipboardRead read = { G_MEMORY_OUTPUT_STREAM (g_memory_output_stream_new_resizable ()), FALSE };
  char *text;

  gdk_clipboard_read_async (clipboard, types, G_PRIORITY_DEFAULT, NULL, clipboard_read_cb, &read);
  g_assert_true (iterate_until (clipboard_read_done, &read, 5000));
  text = g_strndup (g_memory_output_stream_get_data (read.out),
                    g_memory_output_stream_get_data_size (read.out));
  g_object_unref (read.out);
  return text;
}

/* Copy with Citations: the brief as text with footnotes, and as HTML */
static void
test_window_copy_with_citations (void)
{
  DlgWindow *window = new_bundled_window ();
  DlgHeadline *headline = dlg_overview_get_headline (dlg_window_get_overview (window));
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (headline));
  GtkWidget *button = find_button (GTK_WIDGET (headline), "Copy with Citations");
  g_autofree char *plain = NULL;
  g_autofree char *html = NULL;
  g_autofree char *expected_plain = NULL;
  g_autofree char *expected_html = NULL;

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard),
                                                        "text/plain;charset=utf-8"));
  g_assert_true (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard),
                                                        "text/html"));
  plain = read_clipboard (clipboard, "text/plain;charset=utf-8");
  html = read_clipboard (clipboard, "text/html");
  expected_plain = dlg_brief_to_plain_text (dlg_headline_get_brief (headline));
  expected_html = dlg_brief_to_html (dlg_headline_get_brief (headline));
  g_assert_cmpstr (plain, ==, expected_plain);
  g_assert_cmpstr (html, ==, expected_html);
  /* plain text without the isolates (the HTML has <bdi>) */
  g_assert_true (g_str_has_prefix (plain, "India sent 7 delegations. [1, 2, 3] Announced: "));
  g_assert_null (strstr (plain, "\u2068"));
  g_assert_nonnull (strstr (html, "<bdi>India</bdi> sent 7 delegations."));
  g_assert_nonnull (strstr (plain, "\n\nSources:\n[1] "));
  g_assert_nonnull (strstr (html, "<sup>[<a href=\"#source-1\">1</a>"));
  g_assert_nonnull (strstr (html, "<li id=\"source-1\">"));
  /* the button says it copied */
  g_assert_nonnull (find_button (GTK_WIDGET (headline), "Copied"));
  destroy_window (window);
}

/* Three sides: a column each, wrapping; shared places said as such */
static void
test_window_headline_three_sides (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "three-sides.json",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DlgWindow *window = new_window_with (file);
  g_autofree char *text = headline_text (window);

  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "\nSide A\n1 delegation\nRecorded: 2 named, 2 travelled\n"
                                  "1 place visited in 1 country\n"
                                  "1 UN Security Council member visited\n"
                                  "0 places shared with another side\n"));
  g_assert_nonnull (strstr (text, "\nSide C\n0 delegations\nRecorded: 0 named, 0 travelled\n"));
  g_assert_nonnull (strstr (text, "\u2068Side C\u2069: the dataset records no delegation.\n"));
  destroy_window (window);
}

/* The data directory of this run only: the recent files the tests add go
 * there, never into the user's (the window tests may run outside meson,
 * which sets its own) */
static char *data_home;

static void
remove_data_home (void)
{
  g_autoptr(GDir) d = g_dir_open (data_home, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (data_home, name, NULL);

      g_unlink (path);
    }
  g_rmdir (data_home);
  g_clear_pointer (&data_home, g_free);
}

/* data: the window and the message it should show */
static gboolean
message_is (gpointer data)
{
  gpointer *pair = data;

  return g_strcmp0 (dlg_window_get_message (pair[0]), pair[1]) == 0;
}

/* Compare With…: a second file (here the version without a member) is
 * read and compared with the data shown, which stays; its changes list
 * links their sources; a file that cannot be read says why */
static void
test_window_compare_with (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *other_path = g_build_filename (dir, "monday.json", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "broken.json", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json", NULL);
  g_autoptr(GFile) shown_file = g_file_new_for_path (source);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autofree char *contents = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *list = NULL;
  g_autofree char *opened = NULL;
  g_autoptr(GString) s = NULL;
  GtkWidget *details;
  GtkWidget *link;
  DlgWindow *window;
  DlgDataset *shown_dataset;
  DlgDiff *diff;
  GtkWindow *changes;
  GtkNativeDialog *dialog;
  gboolean handled = FALSE;
  char *at;
  char *start;
  char *end;

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  window = new_window_with (shown_file);
  shown_dataset = dlg_window_get_dataset (window);
  g_assert_null (dlg_window_get_changes_heading (window));

  /* Monday's version had no Beta Member */
  s = g_string_new (contents);
  at = strstr (s->str, "\"id\": \"a1-m2\"");
  for (start = at; *start != ','; start--)
    ;
  end = strchr (at, '}') + 1;
  g_string_erase (s, start - s->str, end - start);
  g_assert_true (g_file_set_contents (other_path, s->str, -1, NULL));
  /* the menu's Compare With… asks for the file */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare-with", NULL));
  dialog = dlg_window_get_file_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_native_dialog_get_title (dialog), ==, "Compare With a Dataset");
  dlg_window_answer_dataset_dialog (window, other);
  g_assert_null (dlg_window_get_file_dialog (window));
  g_assert_null (dlg_window_get_diff (window));
  g_assert_true (iterate_until (has_diff, window, 10000));

  /* the data shown stays; the changes run from the other file to it */
  g_assert_true (dlg_window_get_dataset (window) == shown_dataset);
  g_assert_cmpuint (shown (window, 0), ==, 2);
  diff = dlg_window_get_diff (window);
  g_assert_true (dlg_diff_get_new_dataset (diff) == shown_dataset);
  g_assert_true (dlg_diff_get_old_dataset (diff) != shown_dataset);
  g_assert_cmpuint (dlg_diff_get_n_changes (diff), ==, 1);
  g_assert_cmpstr (dlg_window_get_message (window), ==,
                   "What changed: 1 change from “monday.json” to the data shown");
  g_assert_cmpstr (dlg_window_get_changes_heading (window), ==,
                   "Changes since “\u2068monday.json\u2069”");

  /* the list, headed by what it counts from */
  details = find_descendant (GTK_WIDGET (window), g_type_from_name ("DlgDetails"), 0);
  g_signal_connect (details, "open-uri", G_CALLBACK (open_uri_cb), &opened);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-changes", NULL));
  g_assert_true (iterate_until (changes_window_drawn, window, 10000));
  changes = dlg_window_get_changes_window (window);
  g_assert_cmpstr (gtk_window_get_title (changes), ==, "What Changed");
  list = dlg_details_collect_text (GTK_WIDGET (changes));
  g_test_message ("changes: %s", list);
  g_assert_nonnull (strstr (list, "Changes since “\u2068monday.json\u2069”"));
  g_assert_nonnull (strstr (list, "member added: \u2068Beta Member\u2069"));

  /* a member's sources changed: the new source's number links to it */
  moved = g_strdup (contents);
  at = strstr (strstr (moved, "Alpha Leader"), "\"s1\"");
  g_assert_nonnull (at);
  at[2] = '2';
  g_assert_true (g_file_set_contents (other_path, moved, -1, NULL));
  /* (the list left open: it shows the new comparison's changes) */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-changes", NULL));
  g_assert_true (iterate_until (changes_window_drawn, window, 10000));
  dlg_window_compare_with (window, other);
  g_assert_null (dlg_window_get_diff (window));
  g_assert_null (dlg_window_get_changes_window (window));
  g_assert_true (iterate_until (has_diff, window, 10000));
  g_assert_true (iterate_until (changes_window_drawn, window, 10000));
  changes = dlg_window_get_changes_window (window);
  g_free (list);
  list = dlg_details_collect_text (GTK_WIDGET (changes));
  g_test_message ("changes: %s", list);
  link = find_link (GTK_WIDGET (changes), "source:s1", NULL);
  g_assert_nonnull (link);
  g_assert_true (g_str_has_suffix (gtk_label_get_text (GTK_LABEL (link)), " [1]"));
  g_signal_emit_by_name (link, "activate-link", "source:s1", &handled);
  g_assert_true (handled);
  g_assert_cmpstr (opened, ==, "https://example.com/1");
  gtk_window_destroy (changes);

  /* a comparison can be stopped while the file is read: nothing is said */
  dlg_window_compare_with (window, other);
  g_assert_cmpstr (dlg_window_get_message (window), ==,
                   "What changed: comparing “monday.json” with the data shown…");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-compare", NULL));
  g_assert_null (dlg_window_get_message (window));
  g_assert_null (dlg_window_get_changes_window (window));
  g_assert_null (dlg_window_get_diff (window));
  g_assert_true (dlg_window_get_dataset (window) == shown_dataset);

  /* the same data: said so, no list offered */
  g_assert_true (g_file_set_contents (other_path, contents, -1, NULL));
  dlg_window_compare_with (window, other);
  g_assert_true (iterate_until (message_is,
                                (gpointer[]) { window, "What changed: nothing; “monday.json” "
                                                       "holds the same data as the data shown" },
                                10000));
  g_assert_cmpuint (dlg_diff_get_n_changes (dlg_window_get_diff (window)), ==, 0);

  /* a file that does not load: why, where, and the data shown stays */
  g_assert_true (g_file_set_contents (bad_path, "{\n  \"format\": \"delegations\",,\n}", -1, NULL));
  dlg_window_compare_with (window, bad);
  g_assert_true (iterate_until (message_is,
                                (gpointer[]) { window, "“broken.json” could not be compared "
                                                       "with the data shown" },
                                10000));
  g_assert_null (dlg_window_get_diff (window));
  g_assert_null (dlg_window_get_changes_heading (window));
  g_assert_true (dlg_window_get_dataset (window) == shown_dataset);
  g_assert_null (dlg_window_get_error (window));

  g_signal_handlers_disconnect_by_data (details, &opened);
  destroy_window (window);
  g_unlink (other_path);
  g_unlink (bad_path);
  g_rmdir (dir);
}

static gboolean
changes_list_full (gpointer data)
{
  gpointer *pair = data;
  GtkListView *view = pair[1];

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (view))) ==
         GPOINTER_TO_UINT (pair[0]);
}

/* A long list of changes opens with a few rows and grows a frame at a
 * time (GTK 4.8 makes a list view's 200 rows at once) until it holds
 * every change */
static void
test_window_changes_list_grows (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "all-withdrew.json", NULL);
  g_autoptr(GFile) bundled = dlg_bundled_dataset_file ();
  g_autoptr(GFile) other = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_file_load_bytes (bundled, NULL, NULL, NULL);
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL),
                                              g_bytes_get_size (bytes));
  DlgWindow *window = new_bundled_window ();
  GtkWindow *changes;
  GtkWidget *view;
  guint n;

  g_assert_cmpuint (g_string_replace (text, "\"status\": \"travelled\"",
                                      "\"status\": \"withdrew\"", 0), >, 60);
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
  dlg_window_compare_with (window, other);
  g_assert_true (iterate_until (has_diff, window, 10000));
  n = dlg_diff_get_n_changes (dlg_window_get_diff (window));
  g_assert_cmpuint (n, >, 60);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-changes", NULL));
  changes = dlg_window_get_changes_window (window);
  view = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (
           gtk_widget_get_last_child (gtk_window_get_child (changes))));
  g_assert_true (GTK_IS_LIST_VIEW (view));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (
                      GTK_LIST_VIEW (view)))), <, n);
  g_assert_true (iterate_until (changes_list_full, (gpointer[]) { GUINT_TO_POINTER (n), view },
                                10000));

  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* A reloaded file that opened with warnings: what changed takes the
 * bar, and still says the warnings (they were the bar's before) */
static void
test_window_what_changed_warnings (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "warned.json", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "valid", "unknown-member.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_autofree char *bar = NULL;
  g_autoptr(GString) s = NULL;
  GtkWidget *area;
  DlgWindow *window;
  DlgDataset *before;

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  window = new_window_with (file);
  g_assert_true (g_str_has_prefix (dlg_window_get_message (window), "“warned.json” opened with "));
  g_assert_null (dlg_window_get_diff (window));

  s = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (s, "\"Beta Member\"", "\"Beta Member Renamed\"", 1), ==, 1);
  before = dlg_window_get_dataset (window);
  g_assert_true (g_file_set_contents (path, s->str, -1, NULL));
  g_assert_true (iterate_until (diff_since, (gpointer[]) { window, before }, 10000));
  g_assert_cmpstr (dlg_window_get_message (window), ==,
                   "What changed: 1 change in “warned.json” on disk since the version shown before");
  area = find_descendant (GTK_WIDGET (window), g_type_from_name ("DlgMessageArea"), 0);
  bar = dlg_details_collect_text (area);
  g_test_message ("bar: %s", bar);
  g_assert_nonnull (strstr (bar, "The data shown is the new version."));
  g_assert_nonnull (strstr (bar, "“warned.json” opened with "));

  /* the menu's What Changed opens the list after the bar is closed */
  dlg_message_area_hide_message (DLG_MESSAGE_AREA (area));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-changes", NULL));
  g_assert_true (iterate_until (changes_window_drawn, window, 10000));

  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  /* before GTK reads it */
  data_home = g_dir_make_tmp ("dlg-test-data-XXXXXX", NULL);
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_assert_cmpstr (g_get_user_data_dir (), ==, data_home);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      remove_data_home ();
      return 0;
    }
  /* the application's style sheet, as the application installs it */
  dlg_style_install ();

  g_test_add_func ("/ui/window/opens-bundled", test_window_opens_bundled);
  g_test_add_func ("/ui/window/profile", test_window_profile);
  g_test_add_func ("/ui/window/search-filters-both-sides", test_window_search_filters_both_sides);
  g_test_add_func ("/ui/window/accent-insensitive", test_window_accent_insensitive);
  g_test_add_func ("/ui/window/facets", test_window_facets);
  g_test_add_func ("/ui/window/facet-counts", test_window_facet_counts);
  g_test_add_func ("/ui/window/sort-both-sides", test_window_sort_both_sides);
  g_test_add_func ("/ui/window/sort-menu", test_window_sort_menu);
  g_test_add_func ("/ui/window/choose-sides", test_window_choose_sides);
  g_test_add_func ("/ui/window/error-keeps-data-and-reloads", test_window_error_keeps_data_and_reloads);
  g_test_add_func ("/ui/window/bad-file-first", test_window_bad_file_first);
  g_test_add_func ("/ui/window/missing-file-named-once", test_window_missing_file_named_once);
  g_test_add_func ("/ui/window/details-literal-text", test_window_details_literal_text);
  g_test_add_func ("/ui/window/narrow-stacks", test_window_narrow_stacks);
  g_test_add_func ("/ui/window/exports-as-shown", test_window_exports_as_shown);
  g_test_add_func ("/ui/window/print-changes", test_window_print_changes);
  g_test_add_func ("/ui/window/export-choices", test_window_export_choices);
  g_test_add_func ("/ui/window/export-image", test_window_export_image);
  g_test_add_func ("/ui/window/cancel-keeps-data", test_window_cancel_keeps_data);
  g_test_add_func ("/ui/window/remembers", test_window_remembers);
  g_test_add_func ("/ui/window/recent-datasets", test_window_recent_datasets);
  g_test_add_func ("/ui/window/recent-migrated", test_window_recent_migrated);
  g_test_add_func ("/ui/window/remember-when-drawn", test_window_remember_when_drawn);
  g_test_add_func ("/ui/window/start-not-trapped", test_window_start_not_trapped);
  g_test_add_func ("/ui/window/warnings-shown", test_window_warnings_shown);
  g_test_add_func ("/ui/window/print-preview", test_window_print_preview);
  g_test_add_func ("/ui/window/print-progress", test_window_print_progress);
  g_test_add_func ("/ui/window/freed", test_window_freed);
  g_test_add_func ("/ui/message-area/progress", test_message_area_progress);
  g_test_add_func ("/ui/window/big-replaced-by-small", test_window_big_replaced_by_small);
  g_test_add_func ("/ui/window/as-shown-while-filtering", test_window_as_shown_while_filtering);
  g_test_add_func ("/ui/window/three-sides-dropdown", test_window_three_sides_dropdown);
  g_test_add_func ("/ui/window/deleted-file", test_window_deleted_file);
  g_test_add_func ("/ui/window/export-onto-dataset", test_window_export_onto_dataset);
  g_test_add_func ("/ui/window/export-cancel", test_window_export_cancel);
  g_test_add_func ("/ui/window/export-cancel-stays", test_window_export_cancel_stays);
  g_test_add_func ("/ui/window/close-with-pending", test_window_close_with_pending);
  g_test_add_func ("/ui/window/rlo-isolated", test_window_rlo_isolated);
  g_test_add_func ("/ui/window/long-values-cut", test_window_long_values_cut);
  g_test_add_func ("/ui/window/map", test_window_map);
  g_test_add_func ("/ui/window/map-reads-alone", test_window_map_reads_alone);
  g_test_add_func ("/ui/window/timeline", test_window_timeline);
  g_test_add_func ("/ui/window/timeline-direction", test_window_timeline_direction);
  g_test_add_func ("/ui/window/timeline-span", test_window_timeline_span);
  g_test_add_func ("/ui/window/month-names", test_window_month_names);
  g_test_add_func ("/ui/timeline/many-breaks", test_timeline_many_breaks);
  g_test_add_func ("/ui/timeline/names", test_timeline_names);
  g_test_add_func ("/ui/timeline/links", test_timeline_links);
  g_test_add_func ("/ui/window/board", test_window_board);
  g_test_add_func ("/ui/window/board-in-frames", test_window_board_in_frames);
  g_test_add_func ("/ui/window/overview-captions", test_window_overview_captions);
  g_test_add_func ("/ui/window/board-keyboard", test_window_board_keyboard);
  g_test_add_func ("/ui/window/overview-waits", test_window_overview_waits);
  g_test_add_func ("/ui/window/map-in-background", test_window_map_in_background);
  g_test_add_func ("/ui/window/selection-follows", test_window_selection_follows);
  g_test_add_func ("/ui/window/overview-same-shown", test_window_overview_same_shown);
  g_test_add_func ("/ui/window/badge-tooltip", test_window_badge_tooltip);
  g_test_add_func ("/ui/window/views", test_window_views);
  g_test_add_func ("/ui/window/wrap-minimum", test_window_wrap_minimum);
  g_test_add_func ("/ui/window/keyboard", test_window_keyboard);
  g_test_add_func ("/ui/window/contrast", test_window_contrast);
  g_test_add_func ("/ui/window/board-three-sides", test_window_board_three_sides);
  g_test_add_func ("/ui/window/many-sides", test_window_many_sides);
  g_test_add_func ("/ui/wrap-box", test_wrap_box);
  g_test_add_func ("/ui/window/board-card-direction", test_window_board_card_direction);
  g_test_add_func ("/ui/window/overview-many-delegations", test_window_overview_many_delegations);
  g_test_add_func ("/ui/window/meetings-cut", test_window_meetings_cut);
  g_test_add_func ("/ui/window/match-line", test_window_match_line);
  g_test_add_func ("/ui/window/status-exceptions", test_window_status_exceptions);
  g_test_add_func ("/ui/window/delegation-link", test_window_delegation_link);
  g_test_add_func ("/ui/window/delegation-link-escaped", test_window_delegation_link_escaped);
  g_test_add_func ("/ui/window/details-history", test_window_details_history);
  g_test_add_func ("/ui/window/place-page", test_window_place_page);
  g_test_add_func ("/ui/window/place-page-many", test_window_place_page_many);
  g_test_add_func ("/ui/window/place-page-width", test_window_place_page_width);
  g_test_add_func ("/ui/window/narrow-search-width", test_window_narrow_search_width);
  g_test_add_func ("/ui/window/long-side-name-width", test_window_long_side_name_width);
  g_test_add_func ("/ui/window/details-links", test_window_details_links);
  g_test_add_func ("/ui/window/details-back-unselected", test_window_details_back_unselected);
  g_test_add_func ("/ui/window/details-link-contrast", test_window_details_link_contrast);
  g_test_add_func ("/ui/window/certainty-marks", test_window_certainty_marks);
  g_test_add_func ("/ui/window/not-known-stops", test_window_not_known_stops);
  g_test_add_func ("/ui/window/confirmed-only", test_window_confirmed_only);
  g_test_add_func ("/ui/window/confirmed-only-keeps-comparison",
                   test_window_confirmed_only_keeps_comparison);
  g_test_add_func ("/ui/window/timeline-events", test_window_timeline_events);
  g_test_add_func ("/ui/window/background", test_window_background);
  g_test_add_func ("/ui/window/headline", test_window_headline);
  g_test_add_func ("/ui/window/headline-links", test_window_headline_links);
  g_test_add_func ("/ui/window/headline-narrow", test_window_headline_narrow);
  g_test_add_func ("/ui/window/headline-show-places", test_window_headline_show_places);
  g_test_add_func ("/ui/window/copy-with-citations", test_window_copy_with_citations);
  g_test_add_func ("/ui/window/headline-three-sides", test_window_headline_three_sides);
  g_test_add_func ("/ui/window/what-changed", test_window_what_changed);
  g_test_add_func ("/ui/window/compare-with", test_window_compare_with);
  g_test_add_func ("/ui/window/what-changed-warnings", test_window_what_changed_warnings);
  g_test_add_func ("/ui/window/changes-list-grows", test_window_changes_list_grows);
  g_test_add_func ("/ui/window/compare-with-closed", test_window_compare_with_closed);
  g_test_add_func ("/ui/window/changes-same-file-only", test_window_changes_same_file_only);
  g_test_add_func ("/ui/window/changes-link-contrast", test_window_changes_link_contrast);

  status = g_test_run ();
  remove_data_home ();
  return status;
}
