/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "dlg-dataset.h"

G_BEGIN_DECLS

/* The open dataset: its file, the watch on it, the load in a worker
 * thread and what came of it.  The window binds to the properties:
 *   dataset         the data shown (DlgDataset, immutable), or NULL
 *   file            the file asked for (watched; reloaded when it changes)
 *   shown-file      the file the data shown came from (NULL: bundled)
 *   loading         a load is running
 *   progress        how far it got, 0.0 to 1.0
 *   error           why the file asked for did not load ("FILE:LINE:COL:
 *                   error: ..." lines), or NULL; the dataset stays
 *   missing         the file asked for is gone (deleted or moved away)
 *   warnings        what the last load warned about (GStrv)
 *   showing-fallback  the bundled data is shown because the first file
 *                   failed
 * "loaded" is emitted after a file loaded; remember is TRUE when it was
 * opened (not reloaded after a change). */

#define DLG_TYPE_DOCUMENT (dlg_document_get_type ())
G_DECLARE_FINAL_TYPE (DlgDocument, dlg_document, DLG, DOCUMENT, GObject)

DlgDocument        *dlg_document_new                  (void);
void                dlg_document_open                 (DlgDocument *self,
                                                       GFile       *file);
void                dlg_document_reload               (DlgDocument *self);
/* Stops the running load; the data shown stays. */
void                dlg_document_cancel               (DlgDocument *self);
DlgDataset         *dlg_document_get_dataset          (DlgDocument *self);
GFile              *dlg_document_get_file             (DlgDocument *self);
GFile              *dlg_document_get_shown_file       (DlgDocument *self);
gboolean            dlg_document_get_loading          (DlgDocument *self);
double              dlg_document_get_progress         (DlgDocument *self);
const char         *dlg_document_get_error            (DlgDocument *self);
gboolean            dlg_document_get_missing          (DlgDocument *self);
const char * const *dlg_document_get_warnings         (DlgDocument *self);
gboolean            dlg_document_get_showing_fallback (DlgDocument *self);

/* Called in the loading thread with each dataset that loaded, before the
 * dataset is shown: work on the dataset alone (no widgets, nothing of
 * the caller's), kept on it with g_object_set_data_full() */
typedef void (*DlgDatasetPrepareFunc) (DlgDataset *dataset);
void                dlg_document_set_prepare_func     (DlgDocument           *self,
                                                       DlgDatasetPrepareFunc  func);

G_END_DECLS
