/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-export"

#include "config.h"

#include <math.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <gio/gio.h>

#include "dlg-export.h"
#include "dlg-map-scene.h"
#include "dlg-sheet.h"
#include "dlg-model.h"
#include "sheet-util.h"

/* The export job (used by the window and the command line), no display:
 * any GFile, the old file kept on error or cancel, the dataset refused.
 *
 * TestFile is a GFile with no local path, as a remote or portal location
 * gives: it stores its contents in a local file but says it is not
 * native and has no path.  Its streams can be told to fail after some
 * bytes, as a full disk or a lost connection would. */

#define TEST_TYPE_FILE (test_file_get_type ())
G_DECLARE_FINAL_TYPE (TestFile, test_file, TEST, FILE, GObject)

struct _TestFile
{
  GObject parent_instance;
  GFile *inner;
  gssize fail_after;  /* -1: never */
};

static void test_file_iface_init (GFileIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestFile, test_file, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_FILE, test_file_iface_init))

#define TEST_TYPE_STREAM (test_stream_get_type ())
G_DECLARE_FINAL_TYPE (TestStream, test_stream, TEST, STREAM, GFileOutputStream)

struct _TestStream
{
  GFileOutputStream parent_instance;
  GOutputStream *inner;
  gssize left;  /* -1: no limit */
};

G_DEFINE_FINAL_TYPE (TestStream, test_stream, G_TYPE_FILE_OUTPUT_STREAM)

static gssize
test_stream_write (GOutputStream  *stream,
                   const void     *buffer,
                   gsize           count,
                   GCancellable   *cancellable,
                   GError        **error)
{
  TestStream *self = TEST_STREAM (stream);

  if (self->left == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "No space left (test)");
      return -1;
    }
  if (self->left > 0)
    {
      count = MIN (count, (gsize) self->left);
      self->left -= count;
    }
  return g_output_stream_write (self->inner, buffer, count, cancellable, error);
}

static gboolean
test_stream_close (GOutputStream  *stream,
                   GCancellable   *cancellable,
                   GError        **error)
{
  /* The cancellable goes through: a cancelled close aborts the replace. */
  return g_output_stream_close (TEST_STREAM (stream)->inner, cancellable, error);
}

static void
test_stream_finalize (GObject *object)
{
  g_clear_object (&TEST_STREAM (object)->inner);
  G_OBJECT_CLASS (test_stream_parent_class)->finalize (object);
}

static void
test_stream_class_init (TestStreamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_stream_finalize;
  G_OUTPUT_STREAM_CLASS (klass)->write_fn = test_stream_write;
  G_OUTPUT_STREAM_CLASS (klass)->close_fn = test_stream_close;
}

static void
test_stream_init (TestStream *self)
{
}

static GFile *
test_file_new (const char *path,
               gssize      fail_after)
{
  TestFile *self = g_object_new (TEST_TYPE_FILE, NULL);

  self->inner = g_file_new_for_path (path);
  self->fail_after = fail_after;
  return G_FILE (self);
}

static GFile *
test_file_dup (GFile *file)
{
  return test_file_new (g_file_peek_path (TEST_FILE (file)->inner), TEST_FILE (file)->fail_after);
}

static guint
test_file_hash (GFile *file)
{
  return g_file_hash (TEST_FILE (file)->inner);
}

static gboolean
test_file_equal (GFile *a,
                 GFile *b)
{
  return TEST_IS_FILE (b) && g_file_equal (TEST_FILE (a)->inner, TEST_FILE (b)->inner);
}

static gboolean
test_file_is_native (GFile *file)
{
  return FALSE;
}

static gboolean
test_file_has_uri_scheme (GFile      *file,
                          const char *scheme)
{
  return g_strcmp0 (scheme, "dlgtest") == 0;
}

static char *
test_file_get_uri_scheme (GFile *file)
{
  return g_strdup ("dlgtest");
}

static char *
test_file_get_basename (GFile *file)
{
  return g_file_get_basename (TEST_FILE (file)->inner);
}

static char *
test_file_get_path (GFile *file)
{
  return NULL;
}

static char *
test_file_get_uri (GFile *file)
{
  return g_strconcat ("dlgtest://", g_file_peek_path (TEST_FILE (file)->inner), NULL);
}

static GFile *
test_file_get_parent (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (TEST_FILE (file)->inner);

  return parent != NULL ? test_file_new (g_file_peek_path (parent), -1) : NULL;
}

static GFileInfo *
test_file_query_info (GFile                *file,
                      const char           *attributes,
                      GFileQueryInfoFlags   flags,
                      GCancellable         *cancellable,
                      GError              **error)
{
  return g_file_query_info (TEST_FILE (file)->inner, attributes, flags, cancellable, error);
}

static GFileOutputStream *
test_file_replace (GFile             *file,
                   const char        *etag,
                   gboolean           make_backup,
                   GFileCreateFlags   flags,
                   GCancellable      *cancellable,
                   GError           **error)
{
  TestFile *self = TEST_FILE (file);
  GFileOutputStream *inner = g_file_replace (self->inner, etag, make_backup, flags, cancellable,
                                             error);
  TestStream *stream;

  if (inner == NULL)
    return NULL;
  stream = g_object_new (TEST_TYPE_STREAM, NULL);
  stream->inner = G_OUTPUT_STREAM (inner);
  stream->left = self->fail_after;
  return G_FILE_OUTPUT_STREAM (stream);
}

static gboolean
test_file_delete (GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  return g_file_delete (TEST_FILE (file)->inner, cancellable, error);
}

static void
test_file_iface_init (GFileIface *iface)
{
  iface->dup = test_file_dup;
  iface->hash = test_file_hash;
  iface->equal = test_file_equal;
  iface->is_native = test_file_is_native;
  iface->has_uri_scheme = test_file_has_uri_scheme;
  iface->get_uri_scheme = test_file_get_uri_scheme;
  iface->get_basename = test_file_get_basename;
  iface->get_path = test_file_get_path;
  iface->get_uri = test_file_get_uri;
  iface->get_parse_name = test_file_get_uri;
  iface->get_parent = test_file_get_parent;
  iface->query_info = test_file_query_info;
  iface->replace = test_file_replace;
  iface->delete_file = test_file_delete;
}

static void
test_file_finalize (GObject *object)
{
  g_clear_object (&TEST_FILE (object)->inner);
  G_OBJECT_CLASS (test_file_parent_class)->finalize (object);
}

static void
test_file_class_init (TestFileClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_file_finalize;
}

static void
test_file_init (TestFile *self)
{
  self->fail_after = -1;
}

/* --- helpers --- */

typedef struct
{
  gboolean done;
  gboolean ok;
  GError *error;
} Result;

static void
done_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Result *r = user_data;

  r->ok = dlg_export_finish (result, &r->error);
  r->done = TRUE;
}

static gboolean
export (DlgSnapshot      *snapshot,
        DlgExportFormat   format,
        GFile            *target,
        GCancellable     *cancellable,
        GError          **error)
{
  Result r = { FALSE, FALSE, NULL };

  dlg_export_async (snapshot, format, target, cancellable, done_cb, &r);
  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  if (r.error != NULL)
    g_propagate_error (error, r.error);
  return r.ok;
}

static char *dir;
static char *dataset_path;

static DlgSnapshot *
snapshot_of_dataset (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (dataset_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DlgDataset) dataset = dlg_dataset_load_file (file, NULL, NULL, &error);
  DlgSnapshot *snapshot;

  g_assert_no_error (error);
  snapshot = dlg_snapshot_new (dataset);
  dlg_snapshot_protect (snapshot, file);
  dlg_snapshot_seal (snapshot);
  return snapshot;
}

static char *
contents_of (const char *path)
{
  char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return NULL;
  return text;
}

static guint
n_files_in_dir (void)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* --- tests --- */

static void
test_export_non_native (void)
{
  g_autoptr(DlgSnapshot) snapshot = snapshot_of_dataset ();
  g_autofree char *csv_path = g_build_filename (dir, "remote.csv", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "remote.pdf", NULL);
  g_autoptr(GFile) csv = test_file_new (csv_path, -1);
  g_autoptr(GFile) pdf = test_file_new (pdf_path, -1);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pdf_text = NULL;

  g_assert_false (g_file_is_native (csv));
  g_assert_null (g_file_get_path (csv));

  g_assert_true (export (snapshot, DLG_EXPORT_CSV, csv, NULL, &error));
  g_assert_no_error (error);
  text = contents_of (csv_path);
  g_assert_true (g_str_has_prefix (text, "side,delegation,name,"));
  g_assert_nonnull (strstr (text, "Alpha Leader"));

  g_assert_true (export (snapshot, DLG_EXPORT_PDF, pdf, NULL, &error));
  g_assert_no_error (error);
  {
    gsize len = 0;

    g_assert_true (g_file_get_contents (pdf_path, &pdf_text, &len, NULL));
    g_assert_true (g_str_has_prefix (pdf_text, "%PDF-"));
    /* complete: the trailer is there */
    g_assert_cmpuint (len, >, 1000);
    g_assert_nonnull (g_strstr_len (pdf_text + len - 32, 32, "%%EOF"));
  }
  g_unlink (csv_path);
  g_unlink (pdf_path);
}

static void
test_export_failure_keeps_old_file (void)
{
  g_autoptr(DlgSnapshot) snapshot = snapshot_of_dataset ();
  g_autofree char *path = g_build_filename (dir, "old.pdf", NULL);
  g_autofree char *fresh_path = g_build_filename (dir, "new.csv", NULL);
  guint before;

  g_assert_true (g_file_set_contents (path, "the previous export", -1, NULL));
  before = n_files_in_dir ();

  for (int format = DLG_EXPORT_PDF; format <= DLG_EXPORT_SVG; format++)
    {
      /* The disk fills up after 100 bytes. */
      g_autoptr(GFile) failing = test_file_new (path, 100);
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;

      g_assert_false (export (snapshot, format, failing, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
      text = contents_of (path);
      g_assert_cmpstr (text, ==, "the previous export");
      /* and no temporary file is left behind */
      g_assert_cmpuint (n_files_in_dir (), ==, before);
    }

  /* A new file that fails is not left half written. */
  {
    g_autoptr(GFile) failing = test_file_new (fresh_path, 10);
    g_autoptr(GError) error = NULL;

    g_assert_false (export (snapshot, DLG_EXPORT_CSV, failing, NULL, &error));
    g_assert_false (g_file_test (fresh_path, G_FILE_TEST_EXISTS));
  }

  /* Cancelled: the old file stays too. */
  {
    g_autoptr(GFile) target = g_file_new_for_path (path);
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(GError) error = NULL;
    g_autofree char *text = NULL;

    g_cancellable_cancel (cancellable);
    g_assert_false (export (snapshot, DLG_EXPORT_PDF, target, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    text = contents_of (path);
    g_assert_cmpstr (text, ==, "the previous export");
  }
  g_unlink (path);
}

static void
test_export_refuses_dataset (void)
{
  g_autoptr(DlgSnapshot) snapshot = snapshot_of_dataset ();
  g_autofree char *original = contents_of (dataset_path);
  g_autofree char *link_path = g_build_filename (dir, "link.json", NULL);
  g_autofree char *hard_path = g_build_filename (dir, "hard.json", NULL);
  g_autoptr(GFile) same = g_file_new_for_path (dataset_path);
  g_autoptr(GFile) via_link = g_file_new_for_path (link_path);
  g_autoptr(GFile) via_hard_link = g_file_new_for_path (hard_path);
  g_autoptr(GFile) remote = test_file_new (dataset_path, -1);
  GFile *targets[] = { same, via_link, via_hard_link, remote };

  g_assert_cmpint (symlink (dataset_path, link_path), ==, 0);
  g_assert_cmpint (link (dataset_path, hard_path), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    for (int format = DLG_EXPORT_PDF; format <= DLG_EXPORT_SVG; format++)
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *now = NULL;

        g_assert_false (export (snapshot, format, targets[i], NULL, &error));
        g_assert_error (error, DLG_ERROR, DLG_ERROR_PROTECTED_FILE);
        now = contents_of (dataset_path);
        g_assert_cmpstr (now, ==, original);
      }
  g_unlink (link_path);
  g_unlink (hard_path);
}

/* Where a word starts on page 1 of a PDF (pdftotext -bbox), or -1 */
static double
word_x (const char *pdf_path,
        const char *word)
{
  const char *argv[] = { "pdftotext", "-bbox", "-f", "1", "-l", "1", pdf_path, "-", NULL };
  g_autofree char *out = NULL;
  g_autofree char *needle = g_strdup_printf (">%s</word>", word);
  const char *hit, *x;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, NULL, NULL) ||
      (hit = strstr (out, needle)) == NULL)
    return -1;
  /* <word xMin="…" …>: back to the start of this word's tag */
  while (hit > out && strncmp (hit, "<word ", 6) != 0)
    hit--;
  x = strstr (hit, "xMin=\"");
  return x != NULL ? g_ascii_strtod (x + 6, NULL) : -1;
}

static double
leaders_x (gboolean rtl)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (dataset_path);
  g_autoptr(DlgDataset) dataset = dlg_dataset_load_file (file, NULL, NULL, &error);
  g_autoptr(DlgSnapshot) snapshot = NULL;
  g_autoptr(DlgSheet) sheet = NULL;
  g_autofree char *pdf_path = g_build_filename (dir, rtl ? "rtl.pdf" : "ltr.pdf", NULL);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr(GFileOutputStream) out = NULL;

  g_assert_no_error (error);
  snapshot = dlg_snapshot_new (dataset);
  dlg_snapshot_set_sheet_kind (snapshot, DLG_SHEET_GLANCE);
  dlg_snapshot_seal (snapshot);
  sheet = dlg_sheet_new (snapshot);
  dlg_sheet_set_rtl (sheet, rtl);
  out = g_file_replace (pdf, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (dlg_sheet_write_pdf (sheet, G_OUTPUT_STREAM (out), NULL, &error));
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &error));
  return word_x (pdf_path, "Leaders");
}

/* A right-to-left sheet is the left-to-right one mirrored: page one's
 * leaders, at the right in English, are at the left. */
static void
test_sheet_rtl (void)
{
  g_autofree char *found = g_find_program_in_path ("pdftotext");
  double ltr, rtl;

  if (found == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  ltr = leaders_x (FALSE);
  rtl = leaders_x (TRUE);
  /* A4 landscape is 842 points wide */
  g_assert_cmpfloat (ltr, >, 421);
  g_assert_cmpfloat (rtl, >=, 0);
  g_assert_cmpfloat (rtl, <, 421);
}

/* Page one's board, printed with a search on: each place in its column
 * from the whole dataset, the columns saying how many the members
 * printed reached ("tharoor": India's Group 5 alone, yet Washington and
 * New York stay both sides'). */
static void
test_sheet_board_filtered (void)
{
  g_autofree char *found = g_find_program_in_path ("pdftotext");
  g_autoptr(GFile) file = dlg_bundled_dataset_file ();
  g_autoptr(DlgDataset) dataset = dlg_dataset_load_file (file, NULL, NULL, NULL);
  g_autoptr(DlgSnapshot) snapshot = dlg_snapshot_new (dataset);
  g_autoptr(DlgSheet) sheet = NULL;
  g_autofree char *pdf_path = g_build_filename (dir, "filtered.pdf", NULL);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", "-f", "1", "-l", "1", pdf_path, "-", NULL };
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;

  if (found == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  for (guint s = 0; s < 2; s++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (dlg_dataset_get_sides (dataset), s);
      GListModel *all = dlg_side_get_members (side);
      g_autoptr(GPtrArray) some = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr(DlgMember) m = g_list_model_get_item (all, i);

          if (strstr (dlg_member_get_name (m), "Tharoor") != NULL)
            g_ptr_array_add (some, g_object_ref (m));
        }
      dlg_snapshot_add_side (snapshot, side, some);
    }
  dlg_snapshot_set_sheet_kind (snapshot, DLG_SHEET_GLANCE);
  dlg_snapshot_seal (snapshot);
  sheet = dlg_sheet_new (snapshot);
  out = g_file_replace (pdf, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (dlg_sheet_write_pdf (sheet, G_OUTPUT_STREAM (out), NULL, &error));
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &error));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &text, NULL, NULL, NULL));
  /* one line, the isolates dropped */
  flat = g_strdelimit (g_strdup (text), "\n", ' ');
  {
    g_autoptr(GString) plain = g_string_new (flat);

    g_string_replace (plain, "\u2068", "", 0);
    g_string_replace (plain, "\u2069", "", 0);
    g_free (flat);
    flat = g_string_free (g_steal_pointer (&plain), FALSE);
  }
  g_assert_nonnull (strstr (flat, "Both (2 of 5 shown)"));
  g_assert_nonnull (strstr (flat, "India only (4 of 29 shown)"));
  g_assert_nonnull (strstr (flat, "Pakistan only (0)"));
  g_assert_nonnull (strstr (flat, "Washington, D.C."));
  g_assert_null (strstr (flat, "Both (5)"));
  g_unlink (pdf_path);
}

/* The members shown go into the snapshot as DlgLists: an export's thread
 * reads them while the window may too (a GListStore's reads move a
 * cursor that two threads overwrite); derived snapshots share them. */
static void
test_snapshot_lists (void)
{
  g_autoptr(GFile) file = dlg_bundled_dataset_file ();
  g_autoptr(DlgDataset) dataset = dlg_dataset_load_file (file, NULL, NULL, NULL);
  g_autoptr(DlgSnapshot) snapshot = dlg_snapshot_new (dataset);
  g_autoptr(DlgSnapshot) derived = NULL;

  for (guint s = 0; s < 2; s++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (dlg_dataset_get_sides (dataset), s);
      GListModel *all = dlg_side_get_members (side);
      g_autoptr(GPtrArray) some = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (all); i += 2)
        g_ptr_array_add (some, g_list_model_get_item (all, i));
      dlg_snapshot_add_side (snapshot, side, some);
    }
  dlg_snapshot_seal (snapshot);
  derived = dlg_snapshot_derive (snapshot, TRUE, DLG_SHEET_FULL);
  for (guint s = 0; s < 2; s++)
    {
      g_assert_true (DLG_IS_LIST (dlg_snapshot_get_members (snapshot, s)));
      g_assert_true (DLG_IS_LIST (dlg_snapshot_get_members (derived, s)));
      g_assert_cmpuint (g_list_model_get_n_items (dlg_snapshot_get_members (snapshot, s)), >, 0);
    }
}

/* Every sheet ends on any paper, even one shorter than its margins (a
 * label printer's): what does not fit is cut, and marked. */
static void
test_sheet_tiny_paper (void)
{
  g_autoptr(GFile) file = dlg_bundled_dataset_file ();
  g_autoptr(DlgDataset) dataset = dlg_dataset_load_file (file, NULL, NULL, NULL);
  const double papers[][2] = { { 200, 60 }, { 60, 200 }, { 144, 72 }, { 10, 10 } };

  for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
    for (DlgSheetKind kind = DLG_SHEET_BRIEFING; kind <= DLG_SHEET_FULL; kind++)
      {
        g_autoptr(DlgSnapshot) snapshot = dlg_snapshot_new (dataset);
        g_autoptr(DlgSheet) sheet = NULL;
        g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
        g_autoptr(GError) error = NULL;
        guint pages;

        dlg_snapshot_set_sheet_kind (snapshot, kind);
        dlg_snapshot_set_paper (snapshot, papers[p][0], papers[p][1]);
        dlg_snapshot_seal (snapshot);
        sheet = dlg_sheet_new (snapshot);
        pages = dlg_sheet_paginate (sheet);
        g_assert_cmpuint (pages, >=, 1);
        /* bounded by the content: the bundled dataset has under 1 000 rows */
        g_assert_cmpuint (pages, <, 20000);
        g_assert_true (dlg_sheet_write_pdf (sheet, out, NULL, &error));
        g_assert_no_error (error);
      }
}

/* Paginated a step at a time (as the print operation does, a step a main
 * loop turn), a 3 000-member sheet takes many steps and has the same
 * pages as paginated at once, for the briefing and the full annex; the
 * progress goes from 0 to 1. */
static void
test_sheet_steps (void)
{
  g_autoptr(DlgDataset) dataset = sheets_many_members (3000);

  for (DlgSheetKind kind = DLG_SHEET_BRIEFING; kind <= DLG_SHEET_FULL; kind += 2)
    {
      g_autoptr(DlgSnapshot) snapshot = dlg_snapshot_new (dataset);
      g_autoptr(DlgSheet) at_once = NULL;
      g_autoptr(DlgSheet) in_steps = NULL;
      guint steps = 0;
      double progress = 0;

      dlg_snapshot_set_sheet_kind (snapshot, kind);
      dlg_snapshot_set_print_date (snapshot, "2025-06-30");
      dlg_snapshot_seal (snapshot);
      at_once = dlg_sheet_new (snapshot);
      in_steps = dlg_sheet_new (snapshot);
      dlg_sheet_paginate (at_once);

      dlg_sheet_paginate_begin (in_steps);
      g_assert_cmpfloat (dlg_sheet_get_progress (in_steps), ==, 0);
      /* a step each call: no time to go on */
      while (!dlg_sheet_paginate_step (in_steps, 0))
        {
          g_assert_cmpfloat (dlg_sheet_get_progress (in_steps), >=, progress);
          progress = dlg_sheet_get_progress (in_steps);
          steps++;
        }
      g_assert_cmpfloat (dlg_sheet_get_progress (in_steps), ==, 1);
      g_assert_cmpuint (steps, >, 100);
      g_assert_cmpuint (dlg_sheet_get_n_pages (in_steps), >, 50);
      sheets_assert_same_pages (at_once, in_steps);
    }
}

/* The bundled map's legs: a leg flown by several delegations of a side
 * counts once (the window draws big scenes in a thread by this count) */
static void
test_map_legs (void)
{
  g_autoptr(GFile) file = dlg_bundled_dataset_file ();
  g_autoptr(DlgDataset) dataset = dlg_dataset_load_file (file, NULL, NULL, NULL);
  g_autoptr(DlgSide) a = g_list_model_get_item (dlg_dataset_get_sides (dataset), 0);
  g_autoptr(DlgSide) b = g_list_model_get_item (dlg_dataset_get_sides (dataset), 1);
  g_autoptr(DlgMapScene) scene = dlg_map_scene_new (a, b, NULL);
  g_autoptr(DlgMapScene) none = dlg_map_scene_new (NULL, NULL, NULL);

  /* New York and the UN Headquarters within it are one place (format 1.2) */
  g_assert_cmpuint (dlg_map_scene_get_n_places (scene), ==, 34);
  g_assert_cmpuint (dlg_map_scene_get_n_legs (scene), ==, 39);
  g_assert_cmpuint (dlg_map_scene_get_n_legs (none), ==, 0);
}

/* The map as the window keeps it: land, routes and places in one image
 * of the view's size times the screen's scale */
static void
test_map_render (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (dataset_path);
  g_autoptr(DlgDataset) dataset = dlg_dataset_load_file (file, NULL, NULL, NULL);
  g_autoptr(DlgSide) a = g_list_model_get_item (dlg_dataset_get_sides (dataset), 0);
  g_autoptr(DlgSide) b = g_list_model_get_item (dlg_dataset_get_sides (dataset), 1);
  g_autoptr(DlgMapScene) scene = dlg_map_scene_new (a, b, NULL);
  DlgMapView view = dlg_map_scene_fit (scene, 700, 170.5, 1.0);
  DlgMapInk ink = { { 0.18, 0.2, 0.21 }, { 1, 1, 1 }, NULL };
  double x = -1, y = -1;

  g_assert_cmpuint (dlg_map_scene_get_n_places (scene), >, 0);
  dlg_map_scene_place_position (scene, &view, 0, &x, &y);
  g_assert_cmpfloat (x, >=, 0);
  for (int scale = 1; scale <= 2; scale++)
    {
      cairo_surface_t *image = dlg_map_scene_render (scene, &view, &ink, scale);
      guchar *data = cairo_image_surface_get_data (image);
      int stride = cairo_image_surface_get_stride (image);
      guint32 pixel;

      g_assert_cmpint (cairo_image_surface_get_width (image), ==, 700 * scale);
      g_assert_cmpint (cairo_image_surface_get_height (image), ==, (int) ceil (170.5 * scale));
      /* the middle of a place's dot is opaque */
      memcpy (&pixel, data + (int) (y * scale) * stride + (int) (x * scale) * 4, sizeof pixel);
      g_assert_cmpuint (pixel >> 24, ==, 0xff);
      cairo_surface_destroy (image);
    }
  /* a view of no size, or wider than cairo allows: an image all the
   * same (a window of 250 sides asked for one 0 pixels high) */
  {
    DlgMapView sizes[] = { view, view };

    sizes[0].width = 0;
    sizes[0].height = 0;
    sizes[1].width = 100000;
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      {
        cairo_surface_t *image = dlg_map_scene_render (scene, &sizes[i], &ink, 2);

        g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
        g_assert_cmpint (cairo_image_surface_get_width (image), >=, 1);
        g_assert_cmpint (cairo_image_surface_get_width (image), <=, DLG_MAP_MAX_IMAGE);
        g_assert_cmpint (cairo_image_surface_get_height (image), >=, 1);
        cairo_surface_destroy (image);
      }
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *source = NULL;
  g_autofree char *text = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  dir = g_dir_make_tmp ("dlg-export-XXXXXX", NULL);
  source = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json", NULL);
  dataset_path = g_build_filename (dir, "dataset.json", NULL);
  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (dataset_path, text, -1, NULL));

  g_test_add_func ("/print/export/non-native-file", test_export_non_native);
  g_test_add_func ("/print/map/legs", test_map_legs);
  g_test_add_func ("/print/snapshot/lists", test_snapshot_lists);
  g_test_add_func ("/print/sheet/tiny-paper", test_sheet_tiny_paper);
  g_test_add_func ("/print/sheet/steps", test_sheet_steps);
  g_test_add_func ("/print/export/failure-keeps-old-file", test_export_failure_keeps_old_file);
  g_test_add_func ("/print/export/refuses-dataset", test_export_refuses_dataset);
  g_test_add_func ("/print/sheet/right-to-left", test_sheet_rtl);
  g_test_add_func ("/print/sheet/board-filtered", test_sheet_board_filtered);
  g_test_add_func ("/print/map/render", test_map_render);
  status = g_test_run ();

  g_unlink (dataset_path);
  g_rmdir (dir);
  g_free (dataset_path);
  g_free (dir);
  return status;
}
