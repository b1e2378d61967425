/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "dlg-snapshot.h"

G_BEGIN_DECLS

/* Writing a snapshot to a file, for the window and the command line.
 * The file is written through g_file_replace(), so any GFile works (a
 * document portal's, a remote one's); the new contents replace the old
 * only once all of it is written, and on an error or a cancel the old
 * file stays as it was (a file that did not exist is removed again).
 * The snapshot's protected files (the open dataset) are refused as a
 * target, also when reached through another path or a link. */

typedef enum
{
  DLG_EXPORT_PDF,
  DLG_EXPORT_CSV,
  /* the comparison as an image (dlg-image.h) */
  DLG_EXPORT_PNG,
  DLG_EXPORT_SVG,
} DlgExportFormat;

/* The image format a file name asks for (".png", ".svg"); FALSE for
 * any other ending */
gboolean dlg_export_image_format (const char      *name,
                                  DlgExportFormat *format);

/* Runs in a worker thread; the PDF is laid out and an image drawn there too.  A protected
 * target fails with DLG_ERROR_PROTECTED_FILE before anything is written. */
void     dlg_export_async        (DlgSnapshot          *snapshot,
                                  DlgExportFormat       format,
                                  GFile                *target,
                                  GCancellable         *cancellable,
                                  GAsyncReadyCallback   callback,
                                  gpointer              user_data);
gboolean dlg_export_finish       (GAsyncResult         *result,
                                  GError              **error);

G_END_DECLS
