/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-member-list"

#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "dlg-member-list.h"
#include "dlg-model.h"

/* The table's model: sorting, filtering and the changes it announces.
 * Needs no display. */

static DlgDataset *
load_members (void)
{
  /* names with ties (two "Bo", two "Cy") in a known dataset order */
  static const char json[] =
    "{\"format\":\"delegations\",\"version\":\"1.0\",\"title\":\"t\",\"sides\":["
    "{\"id\":\"s\",\"name\":\"s\",\"delegations\":["
    "{\"id\":\"d1\",\"label\":\"Group 10\",\"destinations\":[],\"members\":["
    "{\"id\":\"m0\",\"name\":\"Cy\",\"party\":\"P\",\"role\":\"m0\",\"status\":\"travelled\"},"
    "{\"id\":\"m1\",\"name\":\"Bo\",\"party\":\"Q\",\"role\":\"m1\",\"status\":\"travelled\"},"
    "{\"id\":\"m2\",\"name\":\"Al\",\"party\":\"P\",\"role\":\"m2\",\"status\":\"withdrew\"}]},"
    "{\"id\":\"d2\",\"label\":\"Group 9\",\"destinations\":[],\"members\":["
    "{\"id\":\"m3\",\"name\":\"Bo\",\"party\":\"R\",\"role\":\"m3\",\"status\":\"travelled\"},"
    "{\"id\":\"m4\",\"name\":\"Dee\",\"party\":\"Q\",\"role\":\"m4\",\"status\":\"travelled\"},"
    "{\"id\":\"m5\",\"name\":\"Cy\",\"party\":\"R\",\"role\":\"m5\",\"status\":\"travelled\"}]}]},"
    "{\"id\":\"t\",\"name\":\"t\",\"delegations\":[]}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  DlgDataset *dataset = dlg_dataset_load_bytes (bytes, "members", &error);

  g_assert_no_error (error);
  return dataset;
}

static GListModel *
members_of (DlgDataset *dataset)
{
  g_autoptr(DlgSide) side = g_list_model_get_item (dlg_dataset_get_sides (dataset), 0);

  return dlg_side_get_members (side);
}

/* the members shown, by their roles (m0 … m5, unique), joined: "m2 m1 m3" */
static char *
ids (GListModel *model)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DlgMember) m = g_list_model_get_item (model, i);

      g_string_append_printf (s, "%s%s", i > 0 ? " " : "", dlg_member_get_field_text (m, DLG_MEMBER_FIELD_ROLE));
    }
  return g_string_free (s, FALSE);
}

/* A copy kept up to date by "items-changed" alone: what a view sees */
typedef struct
{
  GPtrArray *rows;
  guint n_signals;
  guint last_position, last_removed, last_added;
} Mirror;

static void
mirror_changed_cb (GListModel *model,
                   guint       position,
                   guint       removed,
                   guint       added,
                   Mirror     *mirror)
{
  g_assert_cmpuint (position + removed, <=, mirror->rows->len);
  g_ptr_array_remove_range (mirror->rows, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror->rows, position + i, g_list_model_get_item (model, position + i));
  mirror->n_signals++;
  mirror->last_position = position;
  mirror->last_removed = removed;
  mirror->last_added = added;
}

static void
mirror_init (Mirror     *mirror,
             GListModel *model)
{
  mirror->rows = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (mirror->rows, g_list_model_get_item (model, i));
  mirror->n_signals = 0;
  g_signal_connect (model, "items-changed", G_CALLBACK (mirror_changed_cb), mirror);
}

static void
mirror_assert_equal (Mirror     *mirror,
                     GListModel *model)
{
  g_assert_cmpuint (mirror->rows->len, ==, g_list_model_get_n_items (model));
  for (guint i = 0; i < mirror->rows->len; i++)
    {
      g_autoptr(DlgMember) m = g_list_model_get_item (model, i);

      g_assert_true (m == g_ptr_array_index (mirror->rows, i));
    }
}

/* filter data: the ids kept (NULL: all) and how often it was asked */
typedef struct
{
  const char * const *keep;
  guint n_asked;
} Keep;

static gboolean
keep_member (gpointer item,
             gpointer user_data)
{
  Keep *keep = user_data;

  keep->n_asked++;
  return keep->keep == NULL || g_strv_contains (keep->keep, dlg_member_get_field_text (item, DLG_MEMBER_FIELD_ROLE));
}

static void
test_sort (void)
{
  g_autoptr(DlgDataset) dataset = load_members ();
  g_autoptr(DlgMemberList) list = dlg_member_list_new (members_of (dataset), NULL);
  GListModel *model = G_LIST_MODEL (list);
  Mirror mirror;
  char *s;

  g_assert_true (g_list_model_get_item_type (model) == DLG_TYPE_MEMBER);
  g_assert_cmpuint (dlg_member_list_get_n_total (list), ==, 6);
  g_assert_null (g_list_model_get_item (model, 6));
  mirror_init (&mirror, model);

  s = ids (model);
  g_assert_cmpstr (s, ==, "m0 m1 m2 m3 m4 m5");
  g_free (s);

  /* equal names keep the dataset's order, ascending and descending */
  dlg_member_list_set_sort (list, DLG_MEMBER_FIELD_NAME, FALSE);
  s = ids (model);
  g_assert_cmpstr (s, ==, "m2 m1 m3 m0 m5 m4");
  g_free (s);
  mirror_assert_equal (&mirror, model);

  dlg_member_list_set_sort (list, DLG_MEMBER_FIELD_NAME, TRUE);
  s = ids (model);
  g_assert_cmpstr (s, ==, "m4 m0 m5 m1 m3 m2");
  g_free (s);
  mirror_assert_equal (&mirror, model);

  /* "Group 9" before "Group 10" */
  dlg_member_list_set_sort (list, DLG_MEMBER_FIELD_DELEGATION, FALSE);
  s = ids (model);
  g_assert_cmpstr (s, ==, "m3 m4 m5 m0 m1 m2");
  g_free (s);
  mirror_assert_equal (&mirror, model);

  /* the same order again announces nothing */
  mirror.n_signals = 0;
  dlg_member_list_set_sort (list, DLG_MEMBER_FIELD_DELEGATION, FALSE);
  g_assert_cmpuint (mirror.n_signals, ==, 0);

  dlg_member_list_set_sort (list, -1, FALSE);
  s = ids (model);
  g_assert_cmpstr (s, ==, "m0 m1 m2 m3 m4 m5");
  g_free (s);
  mirror_assert_equal (&mirror, model);

  g_signal_handlers_disconnect_by_data (list, &mirror);
  g_ptr_array_unref (mirror.rows);
}

static void
test_filter (void)
{
  g_autoptr(DlgDataset) dataset = load_members ();
  static const char * const all_but_m0[] = { "m1", "m2", "m3", "m4", "m5", NULL };
  static const char * const bo_only[] = { "m1", "m3", NULL };
  Keep keep = { NULL, 0 };
  g_autoptr(GtkFilter) filter = GTK_FILTER (gtk_custom_filter_new (keep_member, &keep, NULL));
  g_autoptr(DlgMemberList) list = dlg_member_list_new (members_of (dataset), filter);
  GListModel *model = G_LIST_MODEL (list);
  Mirror mirror;
  char *s;

  g_assert_cmpuint (keep.n_asked, ==, 6);
  dlg_member_list_set_sort (list, DLG_MEMBER_FIELD_NAME, FALSE);
  mirror_init (&mirror, model);

  /* one member leaves ("m2 m1 m3 m0 m5 m4"): one row removed where it
   * was, the rows around it untouched */
  keep.keep = all_but_m0;
  keep.n_asked = 0;
  gtk_filter_changed (filter, GTK_FILTER_CHANGE_MORE_STRICT);
  g_assert_cmpuint (keep.n_asked, ==, 6);
  g_assert_cmpuint (mirror.n_signals, ==, 1);
  g_assert_cmpuint (mirror.last_position, ==, 3);
  g_assert_cmpuint (mirror.last_removed, ==, 1);
  g_assert_cmpuint (mirror.last_added, ==, 0);
  mirror_assert_equal (&mirror, model);

  /* stricter: only the members still shown are asked */
  keep.keep = bo_only;
  keep.n_asked = 0;
  gtk_filter_changed (filter, GTK_FILTER_CHANGE_MORE_STRICT);
  g_assert_cmpuint (keep.n_asked, ==, 5);
  s = ids (model);
  g_assert_cmpstr (s, ==, "m1 m3");
  g_free (s);
  mirror_assert_equal (&mirror, model);
  {
    g_autoptr(DlgMember) m3 = g_list_model_get_item (model, 1);
    g_autoptr(DlgMember) m0 = g_list_model_get_item (members_of (dataset), 0);

    g_assert_cmpuint (dlg_member_list_find (list, m3), ==, 1);
    g_assert_cmpuint (dlg_member_list_find (list, m0), ==, GTK_INVALID_LIST_POSITION);
  }

  /* looser: only the members hidden are asked */
  keep.keep = NULL;
  keep.n_asked = 0;
  gtk_filter_changed (filter, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_cmpuint (keep.n_asked, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 6);
  mirror_assert_equal (&mirror, model);

  /* a different filter asks about everyone; a new order keeps the filter's answers */
  keep.keep = bo_only;
  keep.n_asked = 0;
  gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
  g_assert_cmpuint (keep.n_asked, ==, 6);
  dlg_member_list_set_sort (list, DLG_MEMBER_FIELD_PARTY, TRUE);
  g_assert_cmpuint (keep.n_asked, ==, 6);
  s = ids (model);
  g_assert_cmpstr (s, ==, "m3 m1");
  g_free (s);
  mirror_assert_equal (&mirror, model);

  g_signal_handlers_disconnect_by_data (list, &mirror);
  g_ptr_array_unref (mirror.rows);
}

static void
count_notify_cb (GObject    *row,
                 GParamSpec *pspec,
                 guint      *n)
{
  (*n)++;
}

/* The rows a table binds: one object per position, kept while the rows
 * shown change (a view rebinds nothing, it is told the member changed),
 * and rows added or removed only at the end. */
static void
test_rows (void)
{
  g_autoptr(DlgDataset) dataset = load_members ();
  static const char * const bo_only[] = { "m1", "m3", NULL };
  Keep keep = { NULL, 0 };
  g_autoptr(GtkFilter) filter = GTK_FILTER (gtk_custom_filter_new (keep_member, &keep, NULL));
  g_autoptr(DlgMemberList) list = dlg_member_list_new (members_of (dataset), filter);
  g_autoptr(DlgMemberRows) rows = dlg_member_rows_new (G_LIST_MODEL (list));
  GListModel *model = G_LIST_MODEL (rows);
  g_autoptr(DlgMemberRow) first = NULL;
  g_autoptr(DlgMemberRow) last = NULL;
  Mirror mirror;
  guint notified = 0;

  g_assert_true (g_list_model_get_item_type (model) == DLG_TYPE_MEMBER_ROW);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 6);
  first = g_list_model_get_item (model, 0);
  last = g_list_model_get_item (model, 5);
  g_assert_true (g_list_model_get_item (model, 6) == NULL);
  g_assert_cmpstr (dlg_member_get_field_text (dlg_member_row_get_member (first),
                                              DLG_MEMBER_FIELD_ROLE), ==, "m0");
  g_signal_connect (first, "notify::member", G_CALLBACK (count_notify_cb), &notified);
  mirror_init (&mirror, model);

  /* a new order: the same rows, showing other members; nothing added or removed */
  dlg_member_list_set_sort (list, DLG_MEMBER_FIELD_NAME, FALSE);
  g_assert_cmpuint (mirror.n_signals, ==, 0);
  g_assert_cmpuint (notified, ==, 1);
  {
    g_autoptr(DlgMemberRow) again = g_list_model_get_item (model, 0);

    g_assert_true (again == first);
    g_assert_cmpstr (dlg_member_get_field_text (dlg_member_row_get_member (first),
                                                DLG_MEMBER_FIELD_ROLE), ==, "m2");
  }

  /* fewer members: the rows at the end go, the first stays and shows "m1" */
  keep.keep = bo_only;
  gtk_filter_changed (filter, GTK_FILTER_CHANGE_MORE_STRICT);
  g_assert_cmpuint (mirror.n_signals, ==, 1);
  g_assert_cmpuint (mirror.last_position, ==, 2);
  g_assert_cmpuint (mirror.last_removed, ==, 4);
  g_assert_cmpuint (mirror.last_added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpstr (dlg_member_get_field_text (dlg_member_row_get_member (first),
                                              DLG_MEMBER_FIELD_ROLE), ==, "m1");
  /* a row let go keeps the member it last showed */
  g_assert_nonnull (dlg_member_row_get_member (last));

  /* and back */
  keep.keep = NULL;
  gtk_filter_changed (filter, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(DlgMemberRow) row = g_list_model_get_item (model, i);
      g_autoptr(DlgMember) member = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_true (dlg_member_row_get_member (row) == member);
    }
  g_assert_cmpuint (mirror.rows->len, ==, 6);

  g_signal_handlers_disconnect_by_data (rows, &mirror);
  g_ptr_array_unref (mirror.rows);
}

/* The list may outlive the filter's other owners, and the filter the list. */
static gboolean
role_is_even (gpointer item,
              gpointer user_data)
{
  const char *role = dlg_member_get_role (item);

  return (role[strlen (role) - 1] - '0') % 2 == 0;
}

static void
count_changes (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               guint      *changes)
{
  (*changes)++;
}

/* Two tables that change many rows at once: the first shows its change
 * in the turn, the second in a later main loop turn (GTK 4.8 tears down
 * and builds both tables' rows in one turn otherwise: over 100 ms at
 * 100 000 members); a change of a few rows shows at once; an output
 * flushes what is held back. */
static void
test_two_tables_take_turns (void)
{
  g_autoptr(GString) json = g_string_new (
    "{\"format\":\"delegations\",\"version\":\"1.0\",\"title\":\"t\",\"sides\":["
    "{\"id\":\"s\",\"name\":\"s\",\"delegations\":["
    "{\"id\":\"d\",\"label\":\"G\",\"destinations\":[],\"members\":[");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(DlgDataset) dataset = NULL;
  g_autoptr(GtkCustomFilter) filter = gtk_custom_filter_new (NULL, NULL, NULL);
  g_autoptr(DlgMemberList) a = NULL;
  g_autoptr(DlgMemberList) b = NULL;
  guint changes_a = 0, changes_b = 0;

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (json, "%s{\"id\":\"m%u\",\"name\":\"M\",\"role\":\"r%u\"}",
                            i > 0 ? "," : "", i, i);
  g_string_append (json, "]}]},{\"id\":\"t\",\"name\":\"t\",\"delegations\":[]}]}");
  bytes = g_bytes_new (json->str, json->len);
  dataset = dlg_dataset_load_bytes (bytes, "many", NULL);
  g_assert_nonnull (dataset);
  a = dlg_member_list_new (members_of (dataset), GTK_FILTER (filter));
  b = dlg_member_list_new (members_of (dataset), GTK_FILTER (filter));
  g_signal_connect (a, "items-changed", G_CALLBACK (count_changes), &changes_a);
  g_signal_connect (b, "items-changed", G_CALLBACK (count_changes), &changes_b);

  /* half the rows go: the first table at once, the second later */
  gtk_custom_filter_set_filter_func (filter, role_is_even, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (a)), ==, 500);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (b)), ==, 1000);
  while (g_list_model_get_n_items (G_LIST_MODEL (b)) != 500)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (changes_a, ==, 1);
  g_assert_cmpuint (changes_b, ==, 1);

  /* an output asks for what the filter shows: held back no longer */
  while (g_main_context_iteration (NULL, FALSE));
  gtk_custom_filter_set_filter_func (filter, NULL, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (b)), ==, 500);
  dlg_member_list_flush (b);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (b)), ==, 1000);
  /* nothing is left to show later */
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_cmpuint (changes_b, ==, 2);
}

static void
test_lifetime (void)
{
  g_autoptr(DlgDataset) dataset = load_members ();
  Keep keep = { NULL, 0 };
  GtkFilter *filter = GTK_FILTER (gtk_custom_filter_new (keep_member, &keep, NULL));
  DlgMemberList *list = dlg_member_list_new (members_of (dataset), filter);

  g_object_unref (list);
  keep.n_asked = 0;
  gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
  g_assert_cmpuint (keep.n_asked, ==, 0);
  g_object_unref (filter);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/member-list/sort", test_sort);
  g_test_add_func ("/member-list/filter", test_filter);
  g_test_add_func ("/member-list/lifetime", test_lifetime);
  g_test_add_func ("/member-list/rows", test_rows);
  g_test_add_func ("/member-list/two-tables-take-turns", test_two_tables_take_turns);

  return g_test_run ();
}
