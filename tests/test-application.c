/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-application"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "dlg-application.h"
#include "dlg-print-preview.h"
#include "dlg-window.h"
#include "test-util.h"

/* The application as main.c runs it (in this process, on the bundled
 * dataset): what happens to an export when the window closes or the
 * application quits while it is being written; F1 opening the help (in
 * a subprocess each, with its own desktop files).  Needs a display (the
 * suite runs it under Xvfb); a TAP skip without one. */

/* Each fixture begins with a Run: the application, started as main.c
 * starts it (but not under the D-Bus name of an installed instance),
 * and its first window; poll is called from the main loop every 10 ms
 * (with the fixture) from that window's arrival until it returns
 * G_SOURCE_REMOVE. */
typedef struct
{
  GtkApplication *app;
  DlgWindow *window;
  GSourceFunc poll;
} Run;

static void
run_window_added_cb (GtkApplication *app,
                     GtkWindow      *window,
                     Run            *run)
{
  if (run->window != NULL || !DLG_IS_WINDOW (window))
    return;
  run->window = DLG_WINDOW (window);
  g_timeout_add (10, run->poll, run);
}

/* Runs the application to its end; the exit status.  The caller drops
 * run->app. */
static int
run_application (Run         *run,
                 GSourceFunc  poll)
{
  char *argv[] = { (char *) "delegations", NULL };

  run->poll = poll;
  run->app = GTK_APPLICATION (dlg_application_new ());
  g_application_set_flags (G_APPLICATION (run->app),
                           g_application_get_flags (G_APPLICATION (run->app)) |
                           G_APPLICATION_NON_UNIQUE);
  g_signal_connect (run->app, "window-added", G_CALLBACK (run_window_added_cb), run);
  return g_application_run (G_APPLICATION (run->app), 1, argv);
}

typedef struct
{
  Run run;
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
  DlgWindow *window = f->run.window;

  if (dlg_window_is_loading (window) || dlg_window_get_dataset (window) == NULL)
    return G_SOURCE_CONTINUE;

  dlg_window_export (window, DLG_EXPORT_PDF, f->target);
  f->n_exports = dlg_window_get_n_exports (window);
  if (f->quit)
    g_action_group_activate_action (G_ACTION_GROUP (f->run.app), "quit", NULL);
  else
    gtk_window_close (GTK_WINDOW (window));
  return G_SOURCE_REMOVE;
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
  Fixture f = { { NULL } };

  g_assert_true (g_file_set_contents (path, "OLD", -1, NULL));
  f.target = g_file_new_for_path (path);
  f.quit = quit;

  g_assert_cmpint (run_application (&f.run, export_then_leave_cb), ==, 0);
  g_assert_cmpuint (f.n_exports, ==, 1);
  assert_whole_pdf (path);
  listed = list_dir (dir);
  g_assert_cmpstr (listed, ==, "out.pdf");

  g_unlink (path);
  g_rmdir (dir);
  g_object_unref (f.target);
  g_object_unref (f.run.app);
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

/* Help: F1 opens help:APP_ID with whatever handles help: URIs.  GIO
 * reads the desktop files and mimeapps.list once per process, and GLib
 * the XDG folders, so each case runs in a subprocess started with its
 * own XDG folders (set here, before the child's gtk_init): a handler
 * that writes the URI it was given into a file, or no handler at all
 * (XDG_DATA_DIRS holds no system folder: an installed Yelp does not
 * count, nor open). */

typedef struct
{
  Run run;
  const char *opened;    /* where the handler writes its URI, or NULL */
  gint64 deadline;
  gboolean pressed;
  char *uri;             /* what the handler was given */
  char *message;         /* what the window said */
} HelpFixture;

/* F1, as the window holds it (the application's accelerators): its
 * action activated as a key press would.  FALSE when F1 is no shortcut. */
static gboolean
press_f1 (GtkWidget *window)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_F1 &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                 GTK_SHORTCUT_ACTION_EXCLUSIVE, window,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

static gboolean
help_poll_cb (gpointer data)
{
  HelpFixture *f = data;
  DlgWindow *window = f->run.window;
  gboolean over;

  if (!f->pressed)
    {
      if (dlg_window_is_loading (window) || dlg_window_get_dataset (window) == NULL)
        return G_SOURCE_CONTINUE;
      f->pressed = TRUE;
      g_assert_true (press_f1 (GTK_WIDGET (window)));
      f->deadline = dlg_test_deadline (10000);
      return G_SOURCE_CONTINUE;
    }

  if (f->opened != NULL)
    over = g_file_get_contents (f->opened, &f->uri, NULL, NULL);
  else
    over = dlg_window_get_message (window) != NULL;
  if (!over && g_get_monotonic_time () < f->deadline)
    return G_SOURCE_CONTINUE;

  if (dlg_window_get_message (window) != NULL)
    f->message = g_strdup (dlg_window_get_message (window));
  gtk_window_destroy (GTK_WINDOW (window));
  return G_SOURCE_REMOVE;
}

/* In the subprocess: the application started, F1 pressed once its
 * dataset shows; the handler's file, else the window's message, read. */
static void
run_help (HelpFixture *f)
{
  g_auto(GStrv) accels = NULL;

  g_assert_cmpint (run_application (&f->run, help_poll_cb), ==, 0);

  /* the menu's Help and F1 are one action */
  accels = gtk_application_get_accels_for_action (f->run.app, "app.help");
  g_assert_true (g_strv_contains ((const char * const *) accels, "F1"));
  g_assert_true (f->pressed);
  g_object_unref (f->run.app);
}

/* The parent: XDG folders of its own for the subprocess, with a help:
 * handler when with_viewer; the subprocess's environment.  The system
 * folder holds only the MIME database (GTK needs it to tell an SVG
 * icon's format). */
static char **
help_environment (const char *dir,
                  gboolean    with_viewer)
{
  g_autofree char *data = g_build_filename (dir, "data", NULL);
  g_autofree char *apps = g_build_filename (data, "applications", NULL);
  g_autofree char *config = g_build_filename (dir, "config", NULL);
  g_autofree char *system = g_build_filename (dir, "system", NULL);
  g_autofree char *mime = g_build_filename (system, "mime", NULL);
  char **env = g_get_environ ();

  g_assert_cmpint (g_mkdir_with_parents (apps, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (config, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (system, 0700), ==, 0);
  g_assert_cmpint (symlink ("/usr/share/mime", mime), ==, 0);
  if (with_viewer)
    {
      g_autofree char *script = g_build_filename (dir, "viewer.sh", NULL);
      g_autofree char *desktop = g_build_filename (apps, "dlg-test-viewer.desktop", NULL);
      g_autofree char *mimeapps = g_build_filename (config, "mimeapps.list", NULL);
      g_autofree char *desktop_text = NULL;
      /* written whole, then renamed: the test never reads half a URI */
      const char *script_text = "#!/bin/sh\n"
                                "cd \"$(dirname \"$0\")\" &&\n"
                                "  printf '%s' \"$1\" > opened.part && mv opened.part opened\n";

      g_assert_true (g_file_set_contents (script, script_text, -1, NULL));
      g_assert_cmpint (g_chmod (script, 0700), ==, 0);
      desktop_text = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Test help viewer\n"
                                      "Exec=%s %%u\nMimeType=x-scheme-handler/help;\n"
                                      "NoDisplay=true\n", script);
      g_assert_true (g_file_set_contents (desktop, desktop_text, -1, NULL));
      g_assert_true (g_file_set_contents (mimeapps, "[Default Applications]\n"
                                          "x-scheme-handler/help=dlg-test-viewer.desktop\n",
                                          -1, NULL));
    }
  env = g_environ_setenv (env, "XDG_DATA_HOME", data, TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", config, TRUE);
  env = g_environ_setenv (env, "XDG_DATA_DIRS", system, TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_DIRS", system, TRUE);
  env = g_environ_setenv (env, "DLG_TEST_HELP_DIR", dir, TRUE);
  return env;
}

static const char *test_program;

/* This test's path again, in a subprocess with its own environment
 * (g_test_trap_subprocess takes none before GLib 2.80) */
static void
run_help_subprocess (gboolean with_viewer)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-help-XXXXXX", NULL);
  g_auto(GStrv) env = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *rm = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { test_program, "-q", "-p", g_test_get_path (), "--GTestSubprocess",
                         NULL };
  int status;

  g_assert_nonnull (dir);
  env = help_environment (dir, with_viewer);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  rm = g_strdup_printf ("rm -rf '%s'", dir);
  g_assert_true (g_spawn_command_line_sync (rm, NULL, NULL, NULL, NULL));
  if (!g_spawn_check_wait_status (status, &error))
    {
      g_test_message ("subprocess: %s\n%s%s", error->message, out, err);
      g_test_fail ();
    }
}

/* A help viewer is there: it is given help:APP_ID, and the window says
 * nothing of it */
static void
test_application_help_opens (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *opened = g_build_filename (g_getenv ("DLG_TEST_HELP_DIR"), "opened",
                                                  NULL);
      HelpFixture f = { { NULL } };

      f.opened = opened;
      run_help (&f);
      g_assert_cmpstr (f.uri, ==, "help:" APP_ID);
      g_assert_null (f.message);
      g_free (f.uri);
      return;
    }
  run_help_subprocess (TRUE);
}

/* No help viewer: the window's message bar says the help could not be
 * opened (never silence) */
static void
test_application_help_missing (void)
{
  if (g_test_subprocess ())
    {
      HelpFixture f = { { NULL } };

      run_help (&f);
      g_assert_cmpstr (f.message, ==, "The help could not be opened");
      g_free (f.message);
      return;
    }
  run_help_subprocess (FALSE);
}

/* Shortcuts the user guide must list: every keyboard shortcut the
 * application's windows hold (the application's accelerators, and the
 * key bindings of our widget classes, the print preview's included),
 * read from the live widgets, so that a shortcut added anywhere without
 * its line in docs/help/C/shortcuts.page fails here.  GTK's own bindings
 * (a window's Tab, a text entry's Ctrl+A) are signals or callbacks, not
 * named actions: GTK documents them.  Keys a widget handles in its own
 * key handler (the map's +/-/0, the board's arrows) are no shortcut GTK
 * can list; the page has them all the same. */

static void
add_trigger_labels (GtkShortcutTrigger *trigger,
                    GHashTable         *labels,
                    const char         *action)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    {
      add_trigger_labels (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)),
                          labels, action);
      add_trigger_labels (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)),
                          labels, action);
    }
  else if (GTK_IS_KEYVAL_TRIGGER (trigger))
    {
      guint keyval = gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger));
      GdkModifierType modifiers = gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger));

      /* as the shortcuts window and the page write it: "Ctrl+O"; a
       * keypad key as the key it copies (the page says "+", not "KP +") */
      g_autofree char *label = gtk_accelerator_get_label (keyval, modifiers);
      const char *keypad = "KP\u2009";

      g_hash_table_insert (labels,
                           g_strdup (g_str_has_prefix (label, keypad) ? label + strlen (keypad)
                                                                      : label),
                           g_strdup (action));
    }
}

/* The shortcuts of widget and its descendants that are ours: label →
 * action */
static void
collect_shortcuts (GtkWidget  *widget,
                   GHashTable *labels)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean ours = g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Dlg");

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      const char *name;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      name = gtk_event_controller_get_name (GTK_EVENT_CONTROLLER (controller));
      if (g_strcmp0 (name, "gtk-application-shortcuts") != 0 &&
          !(ours && g_strcmp0 (name, "gtk-widget-class-shortcuts") == 0))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_NAMED_ACTION (action))
            add_trigger_labels (gtk_shortcut_get_trigger (shortcut), labels,
                                gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)));
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shortcuts (child, labels);
}

/* The page's keys: each <keyseq> as "Ctrl+O", and each <key> outside
 * one as it is */
typedef struct
{
  GHashTable *keys;
  GString *seq;         /* inside a <keyseq>: the keys so far */
  GString *key;         /* inside a <key>: its text */
} PageKeys;

static const char *
key_name (const char *text)
{
  /* keys as the page writes them (GNOME's help says "Esc"), as GTK
   * names them */
  static const char *names[][2] = { { "←", "Left" }, { "→", "Right" }, { "↑", "Up" },
                                    { "↓", "Down" }, { "Esc", "Escape" } };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strcmp (text, names[i][0]) == 0)
      return names[i][1];
  return text;
}

static void
page_start_cb (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              data,
               GError              **error)
{
  PageKeys *page = data;

  if (strcmp (element, "keyseq") == 0)
    page->seq = g_string_new (NULL);
  else if (strcmp (element, "key") == 0)
    page->key = g_string_new (NULL);
}

static void
page_end_cb (GMarkupParseContext  *context,
             const char           *element,
             gpointer              data,
             GError              **error)
{
  PageKeys *page = data;

  if (strcmp (element, "key") == 0 && page->key != NULL)
    {
      g_autofree char *text = g_strstrip (g_string_free (page->key, FALSE));

      page->key = NULL;
      if (page->seq != NULL)
        g_string_append_printf (page->seq, "%s%s", page->seq->len > 0 ? "+" : "",
                                key_name (text));
      else
        g_hash_table_add (page->keys, g_strdup (key_name (text)));
    }
  else if (strcmp (element, "keyseq") == 0 && page->seq != NULL)
    {
      g_hash_table_add (page->keys, g_string_free (page->seq, FALSE));
      page->seq = NULL;
    }
}

static void
page_text_cb (GMarkupParseContext  *context,
              const char           *text,
              gsize                 length,
              gpointer              data,
              GError              **error)
{
  PageKeys *page = data;

  if (page->key != NULL)
    g_string_append_len (page->key, text, length);
}

static GHashTable *
read_page_keys (const char *path)
{
  static const GMarkupParser parser = { page_start_cb, page_end_cb, page_text_cb, NULL, NULL };
  PageKeys page = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &text, &length, &error));
  g_assert_no_error (error);
  context = g_markup_parse_context_new (&parser, 0, &page, NULL);
  g_assert_true (g_markup_parse_context_parse (context, text, (gssize) length, &error) &&
                 g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  return page.keys;
}

typedef struct
{
  Run run;
  gboolean previewing;
  gint64 deadline;
  GHashTable *labels;
} ShortcutsFixture;

/* Once the dataset shows: the print preview opened (its window has
 * bindings of its own), then every window's shortcuts read */
static gboolean
shortcuts_poll_cb (gpointer data)
{
  ShortcutsFixture *f = data;
  DlgWindow *window = f->run.window;
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *preview = NULL;

  if (dlg_window_is_loading (window) || dlg_window_get_dataset (window) == NULL)
    return G_SOURCE_CONTINUE;
  if (!f->previewing)
    {
      f->previewing = TRUE;
      f->deadline = dlg_test_deadline (20000);
      dlg_window_print_preview (window);
      return G_SOURCE_CONTINUE;
    }
  /* the preview is a toplevel of the application's, not one of its
   * windows */
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (DLG_IS_PRINT_PREVIEW (toplevel) && preview == NULL)
        preview = GTK_WIDGET (toplevel);
    }
  if (preview == NULL && g_get_monotonic_time () < f->deadline)
    return G_SOURCE_CONTINUE;

  g_assert_nonnull (preview);
  collect_shortcuts (GTK_WIDGET (window), f->labels);
  collect_shortcuts (preview, f->labels);
  gtk_window_destroy (GTK_WINDOW (preview));
  gtk_window_destroy (GTK_WINDOW (window));
  return G_SOURCE_REMOVE;
}

static void
test_application_shortcuts_documented (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "docs", "help", "C",
                                                 "shortcuts.page", NULL);
  g_autoptr(GHashTable) page_keys = read_page_keys (path);
  g_autoptr(GString) undocumented = g_string_new (NULL);
  ShortcutsFixture f = { { NULL } };
  GHashTableIter iter;
  gpointer label, action;

  f.labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_assert_cmpint (run_application (&f.run, shortcuts_poll_cb), ==, 0);
  g_object_unref (f.run.app);

  /* what the test reads: the application's, the window's and the
   * preview's (a test that reads nothing proves nothing) */
  g_assert_cmpstr (g_hash_table_lookup (f.labels, "F1"), ==, "app.help");
  g_assert_cmpstr (g_hash_table_lookup (f.labels, "Ctrl+O"), ==, "win.open");
  g_assert_cmpstr (g_hash_table_lookup (f.labels, "Page Down"), ==, "preview.next");
  g_hash_table_iter_init (&iter, f.labels);
  while (g_hash_table_iter_next (&iter, &label, &action))
    if (!g_hash_table_contains (page_keys, label))
      g_string_append_printf (undocumented, " %s (%s)", (char *) label, (char *) action);
  if (undocumented->len > 0)
    g_test_message ("shortcuts.page does not list:%s", undocumented->str);
  g_assert_cmpstr (undocumented->str, ==, "");
  g_hash_table_unref (f.labels);
}

/* In a Flatpak the desktop's help viewer runs outside the sandbox and
 * cannot find the guide by its id (the sandbox's share/help is not
 * exported): the window names the guide's folder as the host sees it,
 * from /.flatpak-info's app-path.  Read here from files of the test's. */
static void
test_application_help_uri_in_flatpak (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlg-flatpak-info-XXXXXX", NULL);
  g_autofree char *info = g_build_filename (dir, "flatpak-info", NULL);
  g_autofree char *bare = g_build_filename (dir, "flatpak-info-bare", NULL);
  g_autofree char *missing = g_build_filename (dir, "none", NULL);
  g_autofree char *in_flatpak = NULL;
  g_autofree char *in_bare = NULL;
  g_autofree char *outside = NULL;

  g_assert_nonnull (dir);
  g_assert_true (g_file_set_contents (info,
                                      "[Application]\nname=" APP_ID "\n\n[Instance]\n"
                                      "app-path=/var/lib/flatpak/app/" APP_ID
                                      "/x86_64/stable/0123abcd/files\n", -1, NULL));
  g_assert_true (g_file_set_contents (bare, "[Application]\nname=" APP_ID "\n", -1, NULL));

  in_flatpak = dlg_window_dup_help_uri (info);
  in_bare = dlg_window_dup_help_uri (bare);
  outside = dlg_window_dup_help_uri (missing);

  g_assert_cmpstr (in_flatpak, ==, "ghelp:/var/lib/flatpak/app/" APP_ID
                   "/x86_64/stable/0123abcd/files/share/help/C/" APP_ID);
  g_assert_cmpstr (in_bare, ==, "help:" APP_ID);
  g_assert_cmpstr (outside, ==, "help:" APP_ID);

  g_assert_cmpint (g_remove (info), ==, 0);
  g_assert_cmpint (g_remove (bare), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  test_program = argv[0];
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  g_test_add_func ("/app/close-mid-export", test_application_close_mid_export);
  g_test_add_func ("/app/quit-mid-export", test_application_quit_mid_export);
  g_test_add_func ("/app/help/opens", test_application_help_opens);
  g_test_add_func ("/app/help/no-viewer", test_application_help_missing);
  g_test_add_func ("/app/help/uri-in-flatpak", test_application_help_uri_in_flatpak);
  g_test_add_func ("/app/help/shortcuts-documented", test_application_shortcuts_documented);
  return g_test_run ();
}
