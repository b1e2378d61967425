#define G_LOG_DOMAIN "bench-window"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gtk/gtk.h>

#include "dlg-window.h"
#include "dlg-model.h"

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

static long
rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmRSS:");
  return line != NULL ? strtol (line + 6, NULL, 10) : -1;
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

static gboolean
keep_ticking (gpointer data)
{
  return G_SOURCE_CONTINUE;
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
 * floor is one scan of the folded texts in the same run. */
static void
search_steps (DlgWindow  *window,
              const char *view)
{
  const char *searches[] = { "a", "an", "ana", "zzzz", "", "capital 07", "" };

  dlg_window_set_view (window, view);
  drain ();
  g_print ("%-34s %9s %9s %9s %9s %9s\n", "search step (ms)", "filter", "counts", "frame",
           "settled", "floor");
  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      g_autofree char *what = g_strdup_printf ("%s: \"%s\"", view, searches[i]);
      double filter, counts, frame, floor;
      gint64 start = g_get_monotonic_time ();

      dlg_window_set_search (window, searches[i]);
      filter = ms_since (start);
      dlg_window_get_facet_count (window, "party", NULL);
      counts = ms_since (start) - filter;
      drain ();
      frame = ms_since (start) - filter - counts;
      floor = scan_floor (window, searches[i]);
      g_print ("%-34s %9.1f %9.1f %9.1f %9.1f %9.1f   shown %u + %u\n", what, filter, counts,
               frame, filter + counts + frame, floor,
               dlg_side_pane_get_n_shown (dlg_window_get_pane (window, 0)),
               dlg_side_pane_get_n_shown (dlg_window_get_pane (window, 1)));
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

  if (argc != 2)
    {
      g_printerr ("usage: bench-window DATASET\n");
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

  rss_before = rss_kib ();
  file = g_file_new_for_commandline_arg (argv[1]);
  {
    /* The longest time the main loop did not run: what a person typing
     * while the file loads would feel. A 10 ms timer keeps it ticking. */
    guint tick = g_timeout_add (10, keep_ticking, NULL);
    gint64 last, longest = 0;

    start = g_get_monotonic_time ();
    dlg_window_open (window, file);
    last = g_get_monotonic_time ();
    while (!loaded (window))
      {
        gint64 now;

        g_main_context_iteration (NULL, TRUE);
        now = g_get_monotonic_time ();
        longest = MAX (longest, now - last);
        last = now;
      }
    drain ();
    g_source_remove (tick);
    g_print ("%s\n", argv[1]);
    report ("open (load, keys, show)", ms_since (start), window);
    g_print ("%-34s %9.1f ms\n", "longest main loop stall in open", longest / 1000.0);
  }
  g_print ("%-34s %9ld MiB more resident\n", "memory", (rss_kib () - rss_before) / 1024);

  /* A search step in the Overview (the first view) and in the members'
   * table. */
  search_steps (window, "overview");
  search_steps (window, "members");

  for (int field = 0; field < DLG_N_MEMBER_FIELDS; field++)
    for (int descending = 0; descending < 2; descending++)
      {
        static const char * const names[] = { "name", "party", "role", "delegation", "status" };
        g_autofree char *what = g_strdup_printf ("sort both by %s %s", names[field],
                                                 descending ? "desc" : "asc");

        start = g_get_monotonic_time ();
        dlg_side_pane_set_sort (dlg_window_get_pane (window, 0), field, descending);
        drain ();
        report (what, ms_since (start), window);
      }

  start = g_get_monotonic_time ();
  dlg_window_set_party_filter (window, "Beta League");
  drain ();
  report ("facet: one party", ms_since (start), window);
  dlg_window_clear_filters (window);
  drain ();

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  return 0;
}
