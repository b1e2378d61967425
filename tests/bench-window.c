/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "bench-window"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <gtk/gtk.h>
#include <glib/gstdio.h>

#include "bench-util.h"
#include "dlg-map.h"
#include "dlg-member-list.h"
#include "dlg-print-preview.h"
#include "dlg-sheet.h"
#include "dlg-window.h"
#include "dlg-model.h"
#include "dlg-diff.h"

/* Loading, filtering and sorting a big dataset in the real window.
 * Not a test: it prints timings.  Run with `meson test --benchmark`. */

static gboolean
loaded (DlgWindow *window)
{
  return !dlg_window_is_loading (window) && dlg_window_get_dataset (window) != NULL;
}

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The floor of a search: one pass matching every member's folded text */
static guint floor_hits;

static double
scan_floor (DlgWindow  *window,
            const char *term)
{
  g_autofree char *folded = dlg_text_fold (term);
  GListModel *sides = dlg_dataset_get_sides (dlg_window_get_dataset (window));
  gint64 start = g_get_monotonic_time ();
  guint hits = 0;

  for (guint i = 0; i < g_list_model_get_n_items (sides); i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, i);
      GListModel *members = dlg_side_get_members (side);

      for (guint j = 0; j < g_list_model_get_n_items (members); j++)
        {
          g_autoptr(DlgMember) m = g_list_model_get_item (members, j);

          hits += dlg_member_matches (m, folded);
        }
    }
  floor_hits = hits;
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The floor of a sort: qsort of every member's key for field */
static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static double
sort_floor (DlgWindow *window,
            int        field)
{
  GListModel *sides = dlg_dataset_get_sides (dlg_window_get_dataset (window));
  GPtrArray *keys[2] = { g_ptr_array_new (), g_ptr_array_new () };
  gint64 start;
  double ms;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, i);
      GListModel *members = dlg_side_get_members (side);

      for (guint j = 0; j < g_list_model_get_n_items (members); j++)
        {
          g_autoptr(DlgMember) m = g_list_model_get_item (members, j);

          g_ptr_array_add (keys[i], (gpointer) dlg_member_get_sort_key (m, field));
        }
    }
  start = g_get_monotonic_time ();
  for (guint i = 0; i < 2; i++)
    qsort (keys[i]->pdata, keys[i]->len, sizeof (gpointer), compare_keys);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  g_ptr_array_unref (keys[0]);
  g_ptr_array_unref (keys[1]);
  return ms;
}

static gboolean
keep_ticking (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* One turn of the main loop; the longest time between two turns is the
 * longest the window did not answer. */
static gboolean
turn (gboolean  may_block,
      gint64   *last,
      gint64   *longest)
{
  gboolean dispatched = g_main_context_iteration (NULL, may_block);
  gint64 now = g_get_monotonic_time ();

  *longest = MAX (*longest, now - *last);
  *last = now;
  return dispatched;
}

/* The print preview, once it shows */
static GtkWindow *
shown_preview (void)
{
  /* GTK's own list */
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (DLG_IS_PRINT_PREVIEW (w) && gtk_widget_get_mapped (GTK_WIDGET (w)))
        return w;
    }
  return NULL;
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
report (const char *what,
        double      ms,
        DlgWindow  *window)
{
  g_print ("%-34s %9.1f ms   shown %u + %u\n", what, ms,
           dlg_side_pane_get_n_shown (dlg_window_get_pane (window, 0)),
           dlg_side_pane_get_n_shown (dlg_window_get_pane (window, 1)));
}

/* A search step: the filter (model work, in set_search), the facet
 * counts (forced at once instead of in the idle), then the frame; the
 * floor is one scan of the folded texts in the same run.  "longest" is
 * the longest the main loop did not turn from the search until a second
 * after it (the filter and the counts are a turn each in the window:
 * the search entry's handler, then an idle), the later frames included. */
static void
search_steps (DlgWindow  *window,
              const char *view)
{
  const char *searches[] = { "a", "an", "ana", "zzzz", "", "capital 07", "" };
  guint tick = g_timeout_add (10, keep_ticking, NULL);

  dlg_window_set_view (window, view);
  drain ();
  g_print ("%-34s %9s %9s %9s %9s %9s %9s %9s\n", "search step (ms)", "filter", "counts", "frame",
           "settled", "floor", "map", "longest");
  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      g_autofree char *what = g_strdup_printf ("%s: \"%s\"", view, searches[i]);
      double filter, counts, frame, floor, map_ms = 0;
      gint64 start = g_get_monotonic_time ();
      gint64 last, longest;

      dlg_window_set_search (window, searches[i]);
      filter = ms_since (start);
      dlg_window_get_facet_count (window, "party", NULL);
      counts = ms_since (start) - filter;
      last = g_get_monotonic_time ();
      longest = (gint64) (MAX (filter, counts) * 1000);
      while (turn (FALSE, &last, &longest))
        ;
      frame = ms_since (start) - filter - counts;
      /* a big map's image comes from a worker thread, after the frame */
      if (g_str_equal (view, "overview"))
        {
          /* (asked for only here: the getter brings a stale Overview up to date) */
          DlgMap *map = DLG_MAP (dlg_window_get_map (window));
          gint64 map_start = g_get_monotonic_time ();

          while (!dlg_map_is_drawn (map))
            turn (TRUE, &last, &longest);
          map_ms = ms_since (map_start);
        }
      while (g_get_monotonic_time () < start + G_USEC_PER_SEC)
        turn (TRUE, &last, &longest);
      floor = scan_floor (window, searches[i]);
      g_print ("%-34s %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f   shown %u + %u\n", what, filter,
               counts, frame, filter + counts + frame, floor, map_ms, longest / 1000.0,
               dlg_side_pane_get_n_shown (dlg_window_get_pane (window, 0)),
               dlg_side_pane_get_n_shown (dlg_window_get_pane (window, 1)));
    }
  g_source_remove (tick);
}

/* "Confirmed facts only" on, then off: the filter (in the action), the
 * counts, the frame, and the longest the main loop did not turn until a
 * second after each */
static void
confirmed_steps (DlgWindow  *window,
                 const char *view)
{
  guint tick = g_timeout_add (10, keep_ticking, NULL);

  dlg_window_set_view (window, view);
  drain ();
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *what = g_strdup_printf ("%s: confirmed only %s", view, i == 0 ? "on" : "off");
      gint64 start = g_get_monotonic_time ();
      gint64 last, longest;
      double filter, counts, frame;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.confirmed-only", NULL);
      filter = ms_since (start);
      dlg_window_get_facet_count (window, "party", NULL);
      counts = ms_since (start) - filter;
      last = g_get_monotonic_time ();
      longest = (gint64) (MAX (filter, counts) * 1000);
      while (turn (FALSE, &last, &longest))
        ;
      frame = ms_since (start) - filter - counts;
      while (g_get_monotonic_time () < start + G_USEC_PER_SEC)
        turn (TRUE, &last, &longest);
      g_print ("%-34s %9.1f %9.1f %9.1f %9.1f %9s %9s %9.1f   shown %u + %u\n", what, filter,
               counts, frame, filter + counts + frame, "", "", longest / 1000.0,
               dlg_side_pane_get_n_shown (dlg_window_get_pane (window, 0)),
               dlg_side_pane_get_n_shown (dlg_window_get_pane (window, 1)));
    }
  g_source_remove (tick);
}

/* --- the reference: GTK's floor for the same table --- */

/* Two bare column views with the same five columns, one plain label a
 * cell, over the same array model, filtered by one substring match: what
 * GTK 4.8 itself costs when the rows shown change. */
static gboolean
reference_match (gpointer item,
                 gpointer user_data)
{
  const char *folded = *(const char **) user_data;

  return dlg_member_matches (item, folded);
}

static void
reference_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
reference_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  field)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      dlg_member_get_field_text (gtk_list_item_get_item (item),
                                                 GPOINTER_TO_INT (field)));
}

static GtkWidget *
reference_table (DlgMemberList *list)
{
  static const char * const titles[] = { "Name", "Party", "Role", "Delegation", "Status" };
  GtkNoSelection *selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (list)));
  GtkWidget *view = gtk_column_view_new (GTK_SELECTION_MODEL (selection));
  GtkWidget *scroller = gtk_scrolled_window_new ();

  for (int f = 0; f < DLG_N_MEMBER_FIELDS; f++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (reference_setup_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (reference_bind_cb), GINT_TO_POINTER (f));
      column = gtk_column_view_column_new (titles[f], factory);
      gtk_column_view_column_set_expand (column, TRUE);
      gtk_column_view_append_column (GTK_COLUMN_VIEW (view), column);
      g_object_unref (column);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_widget_set_hexpand (scroller, TRUE);
  gtk_widget_set_vexpand (scroller, TRUE);
  return scroller;
}

static void
reference_steps (DlgWindow *window)
{
  const char *searches[] = { "a", "an", "ana", "zzzz", "", "capital 07", "" };
  GListModel *sides = dlg_dataset_get_sides (dlg_window_get_dataset (window));
  g_autofree char *folded = g_strdup ("");
  GtkFilter *filter = GTK_FILTER (gtk_custom_filter_new (reference_match, &folded, NULL));
  GtkWidget *reference = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  DlgMemberList *lists[2] = { NULL, NULL };

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, i);

      lists[i] = dlg_member_list_new (dlg_side_get_members (side), filter);
      gtk_box_append (GTK_BOX (box), reference_table (lists[i]));
    }
  gtk_window_set_child (GTK_WINDOW (reference), box);
  gtk_window_set_default_size (GTK_WINDOW (reference),
                               gtk_widget_get_width (GTK_WIDGET (window)),
                               gtk_widget_get_height (GTK_WIDGET (window)));
  gtk_window_present (GTK_WINDOW (reference));
  drain ();

  g_print ("%-34s %9s %9s %9s\n", "reference step (ms)", "filter", "frame", "settled");
  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      g_autofree char *what = g_strdup_printf ("reference: \"%s\"", searches[i]);
      double filter_ms, frame;
      gint64 start = g_get_monotonic_time ();

      g_free (folded);
      folded = dlg_text_fold (searches[i]);
      gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
      filter_ms = ms_since (start);
      drain ();
      frame = ms_since (start) - filter_ms;
      g_print ("%-34s %9.1f %9.1f %9.1f\n", what, filter_ms, frame, filter_ms + frame);
    }
  for (int field = 0; field < DLG_N_MEMBER_FIELDS; field++)
    {
      g_autofree char *what = g_strdup_printf ("reference: sort by field %d", field);
      gint64 start = g_get_monotonic_time ();

      for (guint i = 0; i < 2; i++)
        dlg_member_list_set_sort (lists[i], field, FALSE);
      drain ();
      g_print ("%-34s %9s %9s %9.1f\n", what, "", "", ms_since (start));
    }
  gtk_window_destroy (GTK_WINDOW (reference));
  g_object_unref (lists[0]);
  g_object_unref (lists[1]);
  g_object_unref (filter);
  drain ();
}

/* Search steps in the Overview (the first view) and in the members'
 * table, sorts and a facet */
/* This thread's processor time in ms: the machine may be shared */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* A place's page: the place most stays are at (every side's, shown side
 * by side), opened from the first side's stop, then Back and Forward */
static void
details_step (DlgWindow *window)
{
  g_autoptr(GHashTable) stays = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *sides = dlg_dataset_get_sides (dlg_window_get_dataset (window));
  g_autoptr(DlgDestination) busiest = NULL;
  guint most = 0;
  gint64 start;
  double cpu;

  for (guint s = 0; s < g_list_model_get_n_items (sides); s++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, s);
      GListModel *destinations = dlg_side_get_destinations (side);

      for (guint i = 0; i < g_list_model_get_n_items (destinations); i++)
        {
          g_autoptr(DlgDestination) d = g_list_model_get_item (destinations, i);
          const char *key = dlg_destination_get_key (d);
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (stays, key)) + 1;

          g_hash_table_insert (stays, (gpointer) key, GUINT_TO_POINTER (n));
          if (n > most)
            {
              most = n;
              g_set_object (&busiest, d);
            }
        }
    }
  if (busiest == NULL)
    return;
  start = g_get_monotonic_time ();
  cpu = cpu_ms ();
  g_signal_emit_by_name (dlg_window_get_pane (window, 0), "destination-selected", busiest);
  g_print ("%-34s %9.1f ms   (%.1f ms processor) %u stays there\n",
           "details: busiest place's page made", ms_since (start), cpu_ms () - cpu, most);
  drain ();
  g_print ("%-34s %9.1f ms   (%.1f ms processor)\n", "details: ... and drawn", ms_since (start),
           cpu_ms () - cpu);
  {
    g_autoptr(DlgSide) first_side = g_list_model_get_item (sides, 0);
    g_autoptr(DlgDestination) other = g_list_model_get_item (dlg_side_get_destinations (first_side),
                                                             0);

    g_signal_emit_by_name (dlg_window_get_pane (window, 0), "destination-selected", other);
    drain ();
  }
  start = g_get_monotonic_time ();
  cpu = cpu_ms ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.details-back", NULL);
  g_print ("%-34s %9.1f ms   (%.1f ms processor)\n", "details: Back to it, made",
           ms_since (start), cpu_ms () - cpu);
  drain ();
  g_print ("%-34s %9.1f ms   (%.1f ms processor)\n", "details: ... and drawn", ms_since (start),
           cpu_ms () - cpu);
}

static void
other_steps (DlgWindow *window)
{
  gint64 start;

  search_steps (window, "overview");
  search_steps (window, "members");
  reference_steps (window);

  /* Sorting, against the floor of a sort: qsort of the same keys (both
   * sides), in the same run */
  g_print ("%-34s %9s %9s\n", "sort both sides (ms)", "to frame", "floor");
  for (int field = 0; field < DLG_N_MEMBER_FIELDS; field++)
    for (int descending = 0; descending < 2; descending++)
      {
        static const char * const names[] = { "name", "party", "role", "delegation", "status" };
        g_autofree char *what = g_strdup_printf ("sort by %s %s", names[field],
                                                 descending ? "desc" : "asc");
        double ms;

        start = g_get_monotonic_time ();
        dlg_side_pane_set_sort (dlg_window_get_pane (window, 0), field, descending);
        drain ();
        ms = ms_since (start);
        g_print ("%-34s %9.1f %9.1f   shown %u + %u\n", what, ms, sort_floor (window, field),
                 dlg_side_pane_get_n_shown (dlg_window_get_pane (window, 0)),
                 dlg_side_pane_get_n_shown (dlg_window_get_pane (window, 1)));
      }

  start = g_get_monotonic_time ();
  dlg_window_set_party_filter (window, "Beta League");
  drain ();
  report ("facet: one party", ms_since (start), window);
  dlg_window_clear_filters (window);
  drain ();
  details_step (window);
}

/* What changed: Compare With… the file shown (a second copy read and
 * compared in worker threads), twice: the second drops the first
 * comparison and the copy it held.  The longest the main loop did not
 * turn from the ask until two seconds after the bar says what changed. */
static void
changes_step (DlgWindow  *window,
              const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

  for (guint round = 0; round < 2; round++)
    {
      guint tick = g_timeout_add (10, keep_ticking, NULL);
      gint64 start = g_get_monotonic_time ();
      gint64 last = start, longest = 0;
      gint64 settled;
      double ms;

      dlg_window_compare_with (window, file);
      while (dlg_window_get_diff (window) == NULL)
        turn (TRUE, &last, &longest);
      ms = ms_since (start);
      settled = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
      while (g_get_monotonic_time () < settled)
        turn (TRUE, &last, &longest);
      g_source_remove (tick);
      g_print ("%-34s %9.1f ms   %u changes\n",
               round == 0 ? "compare with (read, diff)" : "compare again (the first dropped)", ms,
               dlg_diff_get_n_changes (dlg_window_get_diff (window)));
      g_print ("%-34s %9.1f ms\n", "longest main loop stall in it", longest / 1000.0);
    }

  /* Then a version with a change for most members (every "travelled"
   * member now "withdrew"), and the list of them opened: the longest
   * the main loop did not turn until two seconds after it shows */
  {
    g_autofree char *contents = NULL;
    g_autofree char *tmp_dir = g_dir_make_tmp ("bench-window-XXXXXX", NULL);
    g_autofree char *changed_path = g_build_filename (tmp_dir, "changed.json", NULL);
    g_autoptr(GFile) changed = g_file_new_for_path (changed_path);
    g_autoptr(GString) text = NULL;
    guint tick;
    gint64 start, last, longest = 0;
    gint64 settled;
    double ms;

    if (!g_file_get_contents (path, &contents, NULL, NULL))
      return;
    text = g_string_new (contents);
    g_string_replace (text, "\"status\": \"travelled\"", "\"status\": \"withdrew\"", 0);
    if (!g_file_set_contents (changed_path, text->str, text->len, NULL))
      return;
    dlg_window_compare_with (window, changed);
    while (dlg_window_get_diff (window) == NULL)
      g_main_context_iteration (NULL, TRUE);
    drain ();

    tick = g_timeout_add (10, keep_ticking, NULL);
    start = last = g_get_monotonic_time ();
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-changes", NULL);
    while (dlg_window_get_changes_window (window) == NULL ||
           !gtk_widget_get_mapped (GTK_WIDGET (dlg_window_get_changes_window (window))))
      turn (TRUE, &last, &longest);
    ms = ms_since (start);
    settled = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
    while (g_get_monotonic_time () < settled)
      turn (TRUE, &last, &longest);
    g_source_remove (tick);
    g_print ("%-34s %9.1f ms   %u changes\n", "the list of changes (show)", ms,
             dlg_diff_get_n_changes (dlg_window_get_diff (window)));
    g_print ("%-34s %9.1f ms\n", "longest main loop stall in it", longest / 1000.0);
    gtk_window_destroy (dlg_window_get_changes_window (window));
    drain ();
    g_unlink (changed_path);
    g_rmdir (tmp_dir);
  }
}

static void
preview_step (DlgWindow *window)
{
  gint64 start;

  /* The print preview of every member: the sheet laid out a step at a
   * time; the longest the main loop did not turn until the preview
   * shows, against laying the same sheet out at once (its floor, in the
   * same run: what the window did before) */
  {
    guint tick = g_timeout_add (10, keep_ticking, NULL);
    g_autoptr(DlgSnapshot) snapshot = dlg_snapshot_new (dlg_window_get_dataset (window));
    g_autoptr(DlgSheet) sheet = NULL;
    GtkWindow *preview;
    gint64 last, longest = 0;
    double preview_ms, floor_ms;
    guint pages;

    start = g_get_monotonic_time ();
    dlg_window_print_preview (window);
    last = g_get_monotonic_time ();
    while ((preview = shown_preview ()) == NULL)
      turn (TRUE, &last, &longest);
    preview_ms = ms_since (start);
    g_source_remove (tick);

    dlg_snapshot_seal (snapshot);
    sheet = dlg_sheet_new (snapshot);
    start = g_get_monotonic_time ();
    pages = dlg_sheet_paginate (sheet);
    floor_ms = ms_since (start);
    g_print ("%-34s %9.1f ms   %u pages\n", "print preview (lay out, show)", preview_ms, pages);
    g_print ("%-34s %9.1f ms\n", "longest main loop stall in it", longest / 1000.0);
    g_print ("%-34s %9.1f ms\n", "floor: the sheet laid out at once", floor_ms);
    gtk_window_destroy (preview);
    drain ();
  }

}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  DlgWindow *window;
  gint64 start;
  long rss_before;

  gboolean preview_only = argc == 3 && g_str_equal (argv[2], "--preview-only");
  gboolean table_only = argc == 3 && g_str_equal (argv[2], "--table-only");
  gboolean details_only = argc == 3 && g_str_equal (argv[2], "--details-only");
  gboolean changes_only = argc == 3 && g_str_equal (argv[2], "--changes-only");

  if (argc != 2 && !preview_only && !table_only && !details_only && !changes_only)
    {
      g_printerr ("usage: bench-window DATASET [--preview-only | --table-only | --details-only | "
                  "--changes-only]\n");
      return 2;
    }
  if (!gtk_init_check ())
    {
      g_print ("no display; nothing measured\n");
      return 0;
    }

  window = dlg_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  drain ();

  rss_before = bench_rss_kib ();
  file = g_file_new_for_commandline_arg (argv[1]);
  {
    /* The longest time the main loop did not run: what a person typing
     * while the file loads would feel. A 10 ms timer keeps it ticking. */
    guint tick = g_timeout_add (10, keep_ticking, NULL);
    DlgMap *map = DLG_MAP (dlg_window_get_map (window));
    gint64 last, longest = 0;
    gint64 settled;
    double open_ms;
    double map_ms = -1;

    start = g_get_monotonic_time ();
    dlg_window_open (window, file);
    last = g_get_monotonic_time ();
    while (!loaded (window))
      turn (TRUE, &last, &longest);
    while (turn (FALSE, &last, &longest))
      ;
    open_ms = ms_since (start);
    /* The frames after it lay the new data out: the stall goes on being
     * measured for two seconds more (the window settles in less). */
    settled = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
    while (g_get_monotonic_time () < settled)
      {
        turn (TRUE, &last, &longest);
        if (map_ms < 0 && dlg_map_is_drawn (map))
          map_ms = ms_since (start) - open_ms;
      }
    g_source_remove (tick);
    if (dlg_window_get_error (window) != NULL)
      {
        g_printerr ("%s: %s\n", argv[1], dlg_window_get_error (window));
        return 1;
      }
    g_print ("%s\n", argv[1]);
    report ("open (load, keys, show)", open_ms, window);
    g_print ("%-34s %9.1f ms\n", "longest main loop stall in open", longest / 1000.0);
    g_print ("%-34s %9ld MiB more resident\n", "memory", (bench_rss_kib () - rss_before) / 1024);
    /* a big map's image comes from a worker thread, after */
    while (map_ms < 0)
      {
        g_main_context_iteration (NULL, TRUE);
        if (dlg_map_is_drawn (map))
          map_ms = ms_since (start) - open_ms;
      }
    drain ();
    g_print ("%-34s %9.1f ms\n", "then the map's image", map_ms);
  }

  if (details_only)
    details_step (window);
  else if (changes_only)
    changes_step (window, argv[1]);
  else if (table_only)
    {
      search_steps (window, "members");
      confirmed_steps (window, "members");
    }
  else
    {
      if (!preview_only)
        {
          other_steps (window);
          changes_step (window, argv[1]);
        }
      preview_step (window);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  return 0;
}
