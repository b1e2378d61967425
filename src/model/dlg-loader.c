/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-loader"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "dlg-error.h"
#include "dlg-json-scan.h"
#include "dlg-loader.h"
#include "dlg-loader-private.h"
#include "dlg-text.h"

static void
finding_free (gpointer data)
{
  Finding *f = data;

  g_free (f->path);
  g_free (f->message);
  g_free (f);
}

static void
ctx_init (Ctx        *ctx,
          const char *display_name)
{
  memset (ctx, 0, sizeof *ctx);
  ctx->display_name = display_name;
  ctx->findings = g_ptr_array_new_with_free_func (finding_free);
  ctx->source_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx->side_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx->delegation_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx->member_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx->destination_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx->place_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx->event_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx->file_ids = g_hash_table_new (g_str_hash, g_str_equal);
}

static void
ctx_clear (Ctx *ctx)
{
  g_clear_pointer (&ctx->findings, g_ptr_array_unref);
  g_clear_pointer (&ctx->source_ids, g_hash_table_unref);
  g_clear_pointer (&ctx->side_ids, g_hash_table_unref);
  g_clear_pointer (&ctx->delegation_ids, g_hash_table_unref);
  g_clear_pointer (&ctx->member_ids, g_hash_table_unref);
  g_clear_pointer (&ctx->destination_ids, g_hash_table_unref);
  g_clear_pointer (&ctx->place_ids, g_hash_table_unref);
  g_clear_pointer (&ctx->event_ids, g_hash_table_unref);
  g_clear_pointer (&ctx->file_ids, g_hash_table_unref);
}

/* Turns findings into "FILE:LINE:COL: error: $.path: message" lines. */
static void
format_findings (Ctx         *ctx,
                 const char  *data,
                 gsize        len,
                 GString     *errors,
                 GStrvBuilder *warnings)
{
  g_autoptr(GHashTable) positions = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < ctx->findings->len; i++)
    {
      Finding *f = g_ptr_array_index (ctx->findings, i);

      if (!g_hash_table_contains (positions, f->path))
        g_hash_table_insert (positions, f->path, g_new0 (DlgJsonPos, 1));
    }
  dlg_json_locate (data, len, positions);

  for (guint i = 0; i < ctx->findings->len; i++)
    {
      Finding *f = g_ptr_array_index (ctx->findings, i);
      DlgJsonPos *pos = g_hash_table_lookup (positions, f->path);
      g_autofree char *where = pos->line > 0 ?
        g_strdup_printf ("%s:%u:%u", ctx->display_name, pos->line, pos->column) :
        g_strdup (ctx->display_name);
      g_autofree char *line =
        g_strdup_printf ("%s: %s: %s: %s", where,
                         f->is_error ? _("error") : _("warning"), f->path, f->message);

      if (f->is_error)
        {
          if (errors->len > 0)
            g_string_append_c (errors, '\n');
          g_string_append (errors, line);
        }
      else
        g_strv_builder_add (warnings, line);
    }

  if (ctx->truncated)
    g_string_append_printf (errors, "\n%s: %s", ctx->display_name,
                            _("too many errors; stopped listing them"));
  if (ctx->n_warnings_dropped > 0)
    {
      g_autofree char *line =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: warning: %u more warning not listed",
                                      "%s: warning: %u more warnings not listed",
                                      ctx->n_warnings_dropped),
                         ctx->display_name, ctx->n_warnings_dropped);

      g_strv_builder_add (warnings, line);
    }
}

DlgDataset *
dlg_dataset_load_bytes (GBytes      *bytes,
                        const char  *display_name,
                        GError     **error)
{
  return dlg_dataset_load_bytes_full (bytes, display_name, NULL, error);
}

/* "the file is 256.0 MiB (268,435,457 bytes); datasets larger than
 * 256.0 MiB (268,435,456 bytes) are refused": the bytes too, or a file
 * one byte too big reads as big as the limit */
static void
too_large (const char  *name,
           guint64      length,
           GError     **error)
{
  GFormatSizeFlags flags = G_FORMAT_SIZE_IEC_UNITS | G_FORMAT_SIZE_LONG_FORMAT;
  g_autofree char *size = g_format_size_full (length, flags);
  g_autofree char *limit = g_format_size_full (DLG_MAX_FILE_SIZE, flags);

  g_set_error (error, DLG_ERROR, DLG_ERROR_TOO_LARGE,
               _("%s: error: the file is %s; datasets larger than %s are refused"),
               name, size, limit);
}

DlgDataset *
dlg_dataset_load_bytes_full (GBytes        *bytes,
                             const char    *display_name,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(DlgDataset) dataset = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GString) errors = NULL;
  g_autoptr(GStrvBuilder) warnings = NULL;
  const char *data;
  gsize len;
  DlgJsonPos pos = { 0, 0 };
  Ctx ctx;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  if (data == NULL)
    data = "";

  if (len > DLG_MAX_FILE_SIZE)
    {
      too_large (display_name, len, error);
      return NULL;
    }

  if (!dlg_json_check (data, len, DLG_JSON_MAX_DEPTH, &pos, &message))
    {
      g_set_error (error, DLG_ERROR,
                   g_utf8_validate_len (data, len, NULL) ? DLG_ERROR_SYNTAX : DLG_ERROR_ENCODING,
                   "%s:%u:%u: %s: %s", display_name, pos.line, pos.column, _("error"), message);
      return NULL;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, (gssize) len, &local_error))
    {
      /* The strict check above should have caught this already. */
      g_set_error (error, DLG_ERROR, DLG_ERROR_SYNTAX, "%s: %s: %s",
                   display_name, _("error"), local_error->message);
      return NULL;
    }

  dataset = g_object_new (DLG_TYPE_DATASET, NULL);
  ctx_init (&ctx, display_name);
  ctx.cancellable = cancellable;
  dlg_loader_read_dataset (&ctx, json_parser_get_root (parser), dataset);
  g_clear_object (&parser);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      ctx_clear (&ctx);
      return NULL;
    }

  errors = g_string_new (NULL);
  warnings = g_strv_builder_new ();
  if (ctx.findings->len > 0)
    format_findings (&ctx, data, len, errors, warnings);
  ctx_clear (&ctx);

  if (errors->len > 0)
    {
      g_set_error_literal (error, DLG_ERROR,
                           ctx.newer_version ? DLG_ERROR_VERSION : DLG_ERROR_INVALID,
                           errors->str);
      return NULL;
    }

  g_strfreev (dataset->warnings);
  dataset->warnings = g_strv_builder_end (warnings);
  return g_steal_pointer (&dataset);
}

/* Why GIO could not read or write a file, without the file's name: GIO's
 * message ("Error when getting information for file “/a.json”: No such
 * file or directory") names it again after ours.  The usual causes are
 * GLib's own text of the system error; any other keeps GIO's whole
 * message. */
const char *
dlg_io_error_cause (const GError *error)
{
  static const struct { GIOErrorEnum code; int errnum; } causes[] = {
    { G_IO_ERROR_NOT_FOUND, ENOENT },
    { G_IO_ERROR_PERMISSION_DENIED, EACCES },
    { G_IO_ERROR_NOT_DIRECTORY, ENOTDIR },
    { G_IO_ERROR_FILENAME_TOO_LONG, ENAMETOOLONG },
    { G_IO_ERROR_TOO_MANY_LINKS, ELOOP },
    { G_IO_ERROR_IS_DIRECTORY, EISDIR },
  };

  if (error->domain == G_IO_ERROR)
    for (guint i = 0; i < G_N_ELEMENTS (causes); i++)
      if (error->code == (int) causes[i].code)
        return g_strerror (causes[i].errnum);
  return error->message;
}

/* Reading is most of the time a big file takes before parsing; this
 * share of the progress goes to it. */
#define READ_SHARE 0.6

static GBytes *
read_all (GFile            *file,
          goffset           size,
          DlgProgressFunc   progress,
          gpointer          progress_data,
          GCancellable     *cancellable,
          GError          **error)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, cancellable, error);
  g_autoptr(GByteArray) data = NULL;
  guint8 buffer[1 << 16];

  if (stream == NULL)
    return NULL;

  data = g_byte_array_sized_new (size > 0 && size < DLG_MAX_FILE_SIZE ? (guint) size : 4096);
  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, sizeof buffer,
                                      cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      g_byte_array_append (data, buffer, (guint) n);
      if (data->len > DLG_MAX_FILE_SIZE)
        {
          /* The file grew after its size was checked. */
          g_set_error_literal (error, DLG_ERROR, DLG_ERROR_TOO_LARGE,
                               _("the file grew past the size limit while it was read"));
          return NULL;
        }
      if (progress != NULL && size > 0 && (data->len & 0xFFFFF) < sizeof buffer)
        progress (READ_SHARE * MIN (1.0, (double) data->len / (double) size), progress_data);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

DlgDataset *
dlg_dataset_load_file_full (GFile            *file,
                            const char       *display_name,
                            DlgProgressFunc   progress,
                            gpointer          progress_data,
                            GCancellable     *cancellable,
                            GError          **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  DlgDataset *dataset;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = display_name != NULL ? g_strdup (display_name) : g_file_get_parse_name (file);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s: %s",
                   name, _("error"), dlg_io_error_cause (local_error));
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, "%s: %s: %s",
                   name, _("error"), _("is a directory, not a dataset file"));
      return NULL;
    }
  /* Followed, a link that is still a link leads nowhere: its target is
   * missing, or the links go round in a loop. */
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_SYMBOLIC_LINK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "%s: %s: %s",
                   name, _("error"),
                   _("is a symbolic link that leads to no file (its target is missing, or the "
                     "links go round in a loop)"));
      return NULL;
    }
  /* A FIFO or a socket would wait for a writer for ever, and a device
   * such as /dev/zero never ends: only regular files are read. */
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, "%s: %s: %s",
                   name, _("error"),
                   _("is not a regular file (a pipe, socket or device); datasets are read "
                     "from regular files"));
      return NULL;
    }
  if (g_file_info_get_size (info) > DLG_MAX_FILE_SIZE)
    {
      too_large (name, (guint64) g_file_info_get_size (info), error);
      return NULL;
    }

  bytes = read_all (file, g_file_info_get_size (info), progress, progress_data, cancellable,
                    &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s: %s",
                   name, _("error"), dlg_io_error_cause (local_error));
      return NULL;
    }

  dataset = dlg_dataset_load_bytes_full (bytes, name, cancellable, error);
  if (progress != NULL && dataset != NULL)
    progress (0.95, progress_data);
  return dataset;
}

DlgDataset *
dlg_dataset_load_file (GFile         *file,
                       const char    *display_name,
                       GCancellable  *cancellable,
                       GError       **error)
{
  return dlg_dataset_load_file_full (file, display_name, NULL, NULL, cancellable, error);
}

static void
load_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;
  DlgDataset *dataset = dlg_dataset_load_file (G_FILE (task_data), NULL, cancellable, &error);

  if (dataset == NULL)
    g_task_return_error (task, error);
  else if (g_task_return_error_if_cancelled (task))
    g_object_unref (dataset);
  else
    g_task_return_pointer (task, dataset, g_object_unref);
}

void
dlg_dataset_load_file_async (GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, dlg_dataset_load_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_file_thread);
}

DlgDataset *
dlg_dataset_load_file_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == dlg_dataset_load_file_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
