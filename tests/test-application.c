/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-application"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "dlg-application.h"
#include "dlg-window.h"

/* The application as main.c runs it (in this process, on the bundled
 * dataset): what happens to an export when the window closes or the
 * application quits while it is being written.  Needs a display (the
 * suite runs it under Xvfb); a TAP skip without one. */

typedef struct
{
  GtkApplication *app;
  DlgWindow *window;
  GFile *target;
  gboolean quit;        /* Ctrl+Q, else the window's close button */
  guint n_exports;      /* exports in flight when the window went */
} Fixture;

/* Polls (from the main loop, not the clock) until the window shows its
 * dataset, then exports and leaves at once. */
static gboolean
export_then_leave_cb (gpointer data)
{
  Fixture *f = data;

  if (dlg_window_is_loading (f->window) || dlg_window_get_dataset (f->window) == NULL)
    return G_SOURCE_CONTINUE;

  dlg_window_export (f->window, DLG_EXPORT_PDF, f->target);
  f->n_exports = dlg_window_get_n_exports (f->window);
  if (f->quit)
    g_action_group_activate_action (G_ACTION_GROUP (f->app), "quit", NULL);
  else
    gtk_window_close (GTK_WINDOW (f->window));
  return G_SOURCE_REMOVE;
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 Fixture        *f)
{
  if (f->window != NULL || !DLG_IS_WINDOW (window))
    return;
  f->window = DLG_WINDOW (window);
  g_timeout_add (5, export_then_leave_cb, f);
}

/* The names in dir, sorted, "|"-separated */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("|", (char **) names->pdata);
}

/* A whole PDF: the header at the start, the end-of-file mark at the end */
static void
assert_whole_pdf (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_nonnull (g_strrstr (contents + length - 32, "%%EOF"));
}

/* The export goes on to its end: the application waits for it, the
 * target is the whole new file (it existed before: replaced through a
 * temporary file, none left). */
static void
leave_mid_export (gboolean quit)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *listed = NULL;
  char *argv[] = { (char *) "delegations", NULL };
  Fixture f = { NULL };
  int status;

  g_assert_true (g_file_set_contents (path, "OLD", -1, NULL));
  f.app = GTK_APPLICATION (dlg_application_new ());
  /* not the D-Bus name of an installed instance */
  g_application_set_flags (G_APPLICATION (f.app),
                           g_application_get_flags (G_APPLICATION (f.app)) |
                           G_APPLICATION_NON_UNIQUE);
  f.target = g_file_new_for_path (path);
  f.quit = quit;
  g_signal_connect (f.app, "window-added", G_CALLBACK (window_added_cb), &f);

  status = g_application_run (G_APPLICATION (f.app), 1, argv);

  g_assert_cmpint (status, ==, 0);
  g_assert_cmpuint (f.n_exports, ==, 1);
  assert_whole_pdf (path);
  listed = list_dir (dir);
  g_assert_cmpstr (listed, ==, "out.pdf");

  g_unlink (path);
  g_rmdir (dir);
  g_object_unref (f.target);
  g_object_unref (f.app);
}

static void
test_application_close_mid_export (void)
{
  leave_mid_export (FALSE);
}

static void
test_application_quit_mid_export (void)
{
  leave_mid_export (TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  g_test_add_func ("/app/close-mid-export", test_application_close_mid_export);
  g_test_add_func ("/app/quit-mid-export", test_application_quit_mid_export);
  return g_test_run ();
}
