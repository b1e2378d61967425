/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "bench-startup"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gtk/gtk.h>

#include "bench-util.h"
#include "dlg-application.h"
#include "dlg-window.h"

/* Starting the application on the bundled dataset against a bare GTK
 * window, each in a process of its own, in the same run: the first
 * frame, the frame with the data shown, and the memory when idle.
 * Not a test: it prints figures.  Run with `meson test --benchmark`.
 *
 *   bench-startup            runs both, five times each, prints medians
 *   bench-startup bare|app   one run: "first-frame MS", "data-frame MS",
 *                            "idle-rss KIB" */

#define RUNS 5
/* how long "idle" lasts before the memory is read */
#define IDLE_MS 1000

static gint64 start_time;
static gboolean want_data;
static gboolean first_done;
static gboolean data_done;
static GApplication *app;

static gboolean
report_idle (gpointer data)
{
  g_print ("idle-rss %ld\n", bench_rss_kib ());
  if (app != NULL)
    g_application_quit (app);
  else
    gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWidget     *window)
{
  double ms = (g_get_monotonic_time () - start_time) / 1000.0;

  if (!first_done)
    {
      first_done = TRUE;
      g_print ("first-frame %.1f\n", ms);
    }
  if (data_done)
    return;
  if (want_data && (dlg_window_is_loading (DLG_WINDOW (window)) ||
                    dlg_window_get_dataset (DLG_WINDOW (window)) == NULL))
    return;
  data_done = TRUE;
  g_print ("data-frame %.1f\n", ms);
  g_timeout_add (IDLE_MS, report_idle, window);
}

static void
mapped_cb (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect_object (clock, "after-paint", G_CALLBACK (after_paint_cb), window, 0);
}

static void
window_added_cb (GtkApplication *application,
                 GtkWindow      *window)
{
  g_signal_connect (window, "map", G_CALLBACK (mapped_cb), NULL);
}

static int
run_bare (void)
{
  GtkWidget *window;

  gtk_init ();
  window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), "Delegations");
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Delegations"));
  g_signal_connect (window, "map", G_CALLBACK (mapped_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
  while (g_list_model_get_n_items (gtk_window_get_toplevels ()) > 0)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}

static int
run_app (const char *argv0)
{
  char *argv[] = { (char *) argv0, NULL };
  int status;

  want_data = TRUE;
  app = G_APPLICATION (dlg_application_new ());
  /* no session bus here: one instance, not registered */
  g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);
  status = g_application_run (app, 1, argv);
  g_clear_object (&app);
  return status;
}

/* One child run: its figures by name */
static gboolean
run_child (const char *self,
           const char *mode,
           double      figures[3])
{
  const char *argv[] = { self, mode, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const names[] = { "first-frame ", "data-frame ", "idle-rss " };
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                     NULL, &status, &error) || !g_spawn_check_wait_status (status, NULL))
    {
      g_printerr ("%s %s failed: %s\n", self, mode, error != NULL ? error->message : "exit status");
      return FALSE;
    }
  for (guint i = 0; i < 3; i++)
    {
      const char *at = strstr (out, names[i]);

      figures[i] = at != NULL ? g_ascii_strtod (at + strlen (names[i]), NULL) : -1;
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  double bare[3][RUNS], app_runs[3][RUNS];
  double b[3], a[3];

  start_time = g_get_monotonic_time ();
  if (argc == 2 && g_str_equal (argv[1], "bare"))
    return run_bare ();
  if (argc == 2 && g_str_equal (argv[1], "app"))
    return run_app (argv[0]);
  if (argc != 1)
    {
      g_printerr ("usage: bench-startup [bare|app]\n");
      return 2;
    }
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("no display; nothing measured\n");
      return 0;
    }

  /* alternated, so a busy moment of the machine falls on both */
  for (guint r = 0; r < RUNS; r++)
    {
      double figures[3];

      if (!run_child (argv[0], "bare", figures))
        return 1;
      for (guint i = 0; i < 3; i++)
        bare[i][r] = figures[i];
      if (!run_child (argv[0], "app", figures))
        return 1;
      for (guint i = 0; i < 3; i++)
        app_runs[i][r] = figures[i];
    }
  for (guint i = 0; i < 3; i++)
    {
      b[i] = bench_median (bare[i], RUNS);
      a[i] = bench_median (app_runs[i], RUNS);
    }

  g_print ("startup, median of %d runs each       app      bare window   ratio   target\n", RUNS);
  g_print ("first frame (ms)                   %8.1f   %8.1f      %5.2f   1.3\n",
           a[0], b[0], a[0] / b[0]);
  g_print ("frame with the data shown (ms)     %8.1f   %8.1f      %5.2f   2.0\n",
           a[1], b[0], a[1] / b[0]);
  g_print ("idle memory (MiB resident)         %8.1f   %8.1f      %5.2f   1.3\n",
           a[2] / 1024, b[2] / 1024, a[2] / b[2]);
  return 0;
}
