/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-export"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-csv.h"
#include "dlg-export.h"
#include "dlg-image.h"
#include "dlg-sheet.h"

gboolean
dlg_export_image_format (const char      *name,
                         DlgExportFormat *format)
{
  DlgImageFormat image;

  g_return_val_if_fail (format != NULL, FALSE);

  if (!dlg_image_format_for_name (name, &image))
    return FALSE;
  *format = image == DLG_IMAGE_SVG ? DLG_EXPORT_SVG : DLG_EXPORT_PNG;
  return TRUE;
}

static char *
file_id (GFile        *file,
         GCancellable *cancellable)
{
  /* Follows links: a link to the dataset has the dataset's id. */
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ID_FILE,
                                                 G_FILE_QUERY_INFO_NONE, cancellable, NULL);

  if (info == NULL)
    return NULL;
  return g_strdup (g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE));
}

/* FALSE (DLG_ERROR_PROTECTED_FILE) when target is one of the snapshot's
 * protected files. */
static gboolean
check_target (DlgSnapshot   *snapshot,
              GFile         *target,
              GCancellable  *cancellable,
              GError       **error)
{
  GPtrArray *protected_files;
  g_autofree char *target_id = NULL;

  protected_files = dlg_snapshot_get_protected (snapshot);
  if (protected_files->len > 0)
    target_id = file_id (target, cancellable);

  for (guint i = 0; i < protected_files->len; i++)
    {
      GFile *file = g_ptr_array_index (protected_files, i);
      g_autofree char *id = NULL;

      if (!g_file_equal (file, target) &&
          (target_id == NULL || (id = file_id (file, cancellable)) == NULL ||
           g_strcmp0 (id, target_id) != 0))
        continue;

      g_set_error_literal (error, DLG_ERROR, DLG_ERROR_PROTECTED_FILE,
                           _("this is the dataset being compared; writing the export there "
                             "would replace it. Choose another file."));
      return FALSE;
    }
  return TRUE;
}

/* Closes a replace stream without committing it: the old file stays. */
static void
abort_replace (GOutputStream *out,
               GFile         *target,
               gboolean       existed)
{
  g_autoptr(GCancellable) abort = g_cancellable_new ();

  g_cancellable_cancel (abort);
  g_output_stream_close (out, abort, NULL);
  /* A new file is written in place: take the partial one away. */
  if (!existed)
    g_file_delete (target, NULL, NULL);
}

static gboolean
export_write (DlgSnapshot      *snapshot,
              DlgExportFormat   format,
              GFile            *target,
              GCancellable     *cancellable,
              GError          **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(DlgSheet) sheet = NULL;
  g_autoptr(GBytes) image = NULL;
  g_autoptr(GFileInfo) info = NULL;
  gboolean existed;
  gboolean ok;

  if (!check_target (snapshot, target, cancellable, error))
    return FALSE;

  /* Only a regular file is replaced, refused before any work: opening a
   * pipe with no reader to replace it would wait for one for ever, and a
   * device is no file. */
  info = g_file_query_info (target, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  existed = info != NULL;
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                           _("this is a folder; choose a file name in it"));
      return FALSE;
    }
  if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("this is not a regular file (a pipe, socket or device); an export "
                             "writes regular files only"));
      return FALSE;
    }
  /* The sheet laid out (checked first: a big one takes a while) before
   * the file is touched */
  if (format == DLG_EXPORT_PDF)
    {
      sheet = dlg_sheet_new (snapshot);
      dlg_sheet_paginate (sheet);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }

  /* the image too, whole in memory */
  if (format == DLG_EXPORT_PNG || format == DLG_EXPORT_SVG)
    {
      image = dlg_image_render (snapshot, format == DLG_EXPORT_SVG ? DLG_IMAGE_SVG : DLG_IMAGE_PNG,
                                cancellable, error);
      if (image == NULL)
        return FALSE;
    }

  stream = g_file_replace (target, NULL, FALSE, G_FILE_CREATE_NONE, cancellable, error);
  if (stream == NULL)
    return FALSE;

  if (format == DLG_EXPORT_PDF)
    ok = dlg_sheet_write_pdf (sheet, G_OUTPUT_STREAM (stream), cancellable, error);
  else if (image != NULL)
    ok = g_output_stream_write_all (G_OUTPUT_STREAM (stream), g_bytes_get_data (image, NULL),
                                    g_bytes_get_size (image), NULL, cancellable, error);
  else
    ok = dlg_csv_write (G_OUTPUT_STREAM (stream), snapshot, cancellable, error);

  if (ok)
    ok = g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error);
  if (!ok)
    abort_replace (G_OUTPUT_STREAM (stream), target, existed);
  return ok;
}

typedef struct
{
  DlgSnapshot *snapshot;
  DlgExportFormat format;
  GFile *target;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_object_unref (job->snapshot);
  g_object_unref (job->target);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;

  if (export_write (job->snapshot, job->format, job->target, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
dlg_export_async (DlgSnapshot         *snapshot,
                  DlgExportFormat      format,
                  GFile               *target,
                  GCancellable        *cancellable,
                  GAsyncReadyCallback  callback,
                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (DLG_IS_SNAPSHOT (snapshot));
  g_return_if_fail (G_IS_FILE (target));

  dlg_snapshot_seal (snapshot);
  job = g_new0 (Job, 1);
  job->snapshot = g_object_ref (snapshot);
  job->format = format;
  job->target = g_object_ref (target);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, dlg_export_async);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
dlg_export_finish (GAsyncResult  *result,
                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == dlg_export_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
