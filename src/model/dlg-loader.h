/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "dlg-dataset.h"

G_BEGIN_DECLS

/* Files above this size are refused before they are read. */
#define DLG_MAX_FILE_SIZE (256 * 1024 * 1024)
/* After this many errors the loader stops listing more. */
#define DLG_MAX_ERRORS 100

/* On failure the GError (domain DLG_ERROR, or G_IO_ERROR when the file
 * cannot be read) holds every error found, one per line:
 *   FILE:LINE:COL: error: message
 *   FILE:LINE:COL: error: $.sides[1].name: message
 * display_name is the FILE of those lines. */
DlgDataset *dlg_dataset_load_bytes       (GBytes               *bytes,
                                          const char           *display_name,
                                          GError              **error);
/* dlg_dataset_load_bytes() that stops early, with G_IO_ERROR_CANCELLED,
 * once cancellable is cancelled. */
DlgDataset *dlg_dataset_load_bytes_full  (GBytes               *bytes,
                                          const char           *display_name,
                                          GCancellable         *cancellable,
                                          GError              **error);
/* display_name: how messages name the file; NULL for its parse name
 * (g_file_get_parse_name: the path, or the URI, in UTF-8).
 * Only regular files are read (G_IO_ERROR_NOT_REGULAR_FILE otherwise). */
DlgDataset *dlg_dataset_load_file        (GFile                *file,
                                          const char           *display_name,
                                          GCancellable         *cancellable,
                                          GError              **error);
/* Called from the loading thread with how far it got, 0.0 to 1.0. */
typedef void (*DlgProgressFunc) (double   fraction,
                                 gpointer user_data);

/* dlg_dataset_load_file() that reports progress while it reads. */
DlgDataset *dlg_dataset_load_file_full   (GFile                *file,
                                          const char           *display_name,
                                          DlgProgressFunc       progress,
                                          gpointer              progress_data,
                                          GCancellable         *cancellable,
                                          GError              **error);
void        dlg_dataset_load_file_async  (GFile                *file,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
DlgDataset *dlg_dataset_load_file_finish (GAsyncResult         *result,
                                          GError              **error);
/* Why a file could not be read or written, without its name (which the
 * caller says once, before it) */
const char *dlg_io_error_cause           (const GError         *error);

G_END_DECLS
