/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-print-operation"
#define _GNU_SOURCE

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "dlg-print-operation.h"
#include "sheet-util.h"

/* The print operation without a window (no display needed): it
 * paginates a step at a time, GTK asking again each main loop turn, and
 * prints the same pages as the sheet paginated at once; it can be
 * cancelled while it lays the sheet out; its Contents choices derive
 * what it prints from the moment. */

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *n)
{
  (*n)++;
}

/* The pages of a PDF that cairo wrote: its page objects (the file has
 * NUL bytes: memmem, not a string search) */
static guint
pdf_pages (const char *path)
{
  static const char page[] = "/Type /Page";
  g_autofree char *contents = NULL;
  gsize length;
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (const char *p = contents;
       (p = memmem (p, length - (gsize) (p - contents), page, strlen (page))) != NULL;
       p += strlen (page))
    if (p[strlen (page)] != 's')
      n++;
  return n;
}

static DlgSnapshot *
snapshot_of (DlgDataset   *dataset,
             DlgSheetKind  kind)
{
  DlgSnapshot *snapshot = dlg_snapshot_new (dataset);

  dlg_snapshot_set_sheet_kind (snapshot, kind);
  dlg_snapshot_set_print_date (snapshot, "2025-06-30");
  dlg_snapshot_seal (snapshot);
  return snapshot;
}

/* Written to a PDF through GTK, a 3 000-member sheet is laid out over
 * many paginate calls (a step of the sheet each, here: how many steps
 * fit the usual budget depends on the machine) and has the same pages
 * as the sheet paginated at once (today's PDF), for the briefing and
 * the full annex. */
static void
test_print_operation_steps (void)
{
  g_autoptr(DlgDataset) dataset = sheets_many_members (3000);
  g_autofree char *dir = g_dir_make_tmp ("dlg-print-XXXXXX", NULL);

  for (DlgSheetKind kind = DLG_SHEET_BRIEFING; kind <= DLG_SHEET_FULL; kind += 2)
    {
      g_autoptr(DlgSnapshot) snapshot = snapshot_of (dataset, kind);
      g_autoptr(DlgPrintOperation) operation = dlg_print_operation_new (snapshot);
      g_autoptr(DlgSheet) at_once = NULL;
      g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
      g_autoptr(GError) error = NULL;
      DlgSheet *printed;
      guint steps = 0;

      dlg_print_operation_set_step_us (operation, 0);
      g_signal_connect (operation, "notify::progress", G_CALLBACK (count_cb), &steps);
      gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
      g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                                GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                       ==, GTK_PRINT_OPERATION_RESULT_APPLY);
      g_assert_no_error (error);
      g_assert_cmpfloat (dlg_print_operation_get_progress (operation), ==, 1);
      /* page one's parts, each side's head and delegations (a chunk of
       * 200 of the 600-member ones: 91 a side), the comparison, the
       * sources */
      g_assert_cmpuint (steps, >, 150);

      printed = dlg_print_operation_get_sheet (operation);
      g_assert_nonnull (printed);
      at_once = dlg_sheet_new (snapshot);
      dlg_sheet_set_page_size (at_once, dlg_sheet_get_page_width (printed),
                               dlg_sheet_get_page_height (printed));
      dlg_sheet_paginate (at_once);
      g_assert_cmpuint (dlg_sheet_get_n_pages (at_once), >, 50);
      sheets_assert_same_pages (at_once, printed);
      g_assert_cmpuint (pdf_pages (path), ==, dlg_sheet_get_n_pages (at_once));
      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
cancel_cb (DlgPrintOperation *operation,
           GParamSpec        *pspec,
           gpointer           user_data)
{
  if (dlg_print_operation_get_progress (operation) > 0.2)
    gtk_print_operation_cancel (GTK_PRINT_OPERATION (operation));
}

/* Cancelled while it lays the sheet out, it stops there */
static void
test_print_operation_cancel (void)
{
  g_autoptr(DlgDataset) dataset = sheets_many_members (3000);
  g_autoptr(DlgSnapshot) snapshot = snapshot_of (dataset, DLG_SHEET_BRIEFING);
  g_autoptr(DlgPrintOperation) operation = dlg_print_operation_new (snapshot);
  g_autofree char *dir = g_dir_make_tmp ("dlg-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "cancelled.pdf", NULL);

  dlg_print_operation_set_step_us (operation, 0);
  g_signal_connect (operation, "notify::progress", G_CALLBACK (cancel_cb), NULL);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                           NULL, NULL);
  g_assert_cmpint (gtk_print_operation_get_status (GTK_PRINT_OPERATION (operation)), ==,
                   GTK_PRINT_STATUS_FINISHED_ABORTED);
  g_assert_cmpfloat (dlg_print_operation_get_progress (operation), <, 1);
  g_unlink (path);
  g_rmdir (dir);
}

/* Given a moment, it prints what the Contents choices make of it */
static void
test_print_operation_choosing (void)
{
  g_autoptr(DlgDataset) dataset = sheets_many_members (40);
  g_autoptr(DlgSnapshot) moment = snapshot_of (dataset, DLG_SHEET_BRIEFING);
  g_autoptr(DlgPrintOperation) glance = dlg_print_operation_new_choosing (moment, FALSE,
                                                                          DLG_SHEET_GLANCE);
  g_autoptr(DlgPrintOperation) plain = dlg_print_operation_new (moment);

  g_assert_true (dlg_print_operation_get_snapshot (glance) != moment);
  g_assert_cmpint (dlg_snapshot_get_sheet_kind (dlg_print_operation_get_snapshot (glance)), ==,
                   DLG_SHEET_GLANCE);
  g_assert_cmpint (dlg_print_operation_get_sheet_kind (glance), ==, DLG_SHEET_GLANCE);
  g_assert_false (dlg_print_operation_get_as_shown (glance));
  g_assert_cmpstr (gtk_print_operation_get_status_string (GTK_PRINT_OPERATION (glance)), !=, NULL);
  /* a snapshot printed as it is */
  g_assert_true (dlg_print_operation_get_snapshot (plain) == moment);
  g_assert_cmpint (dlg_print_operation_get_sheet_kind (plain), ==, DLG_SHEET_BRIEFING);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/print/operation/steps", test_print_operation_steps);
  g_test_add_func ("/print/operation/cancel", test_print_operation_cancel);
  g_test_add_func ("/print/operation/choosing", test_print_operation_choosing);
  return g_test_run ();
}
