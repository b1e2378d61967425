/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib-object.h>

#include "dlg-enums.h"

G_BEGIN_DECLS

#define DLG_TYPE_SOURCE (dlg_source_get_type ())
G_DECLARE_FINAL_TYPE (DlgSource, dlg_source, DLG, SOURCE, GObject)

const char *dlg_source_get_id        (DlgSource *self);
/* 1-based position in the dataset's source list: the reference number. */
guint       dlg_source_get_number    (DlgSource *self);
const char *dlg_source_get_title     (DlgSource *self);
const char *dlg_source_get_publisher (DlgSource *self);
const char *dlg_source_get_date      (DlgSource *self);
const char *dlg_source_get_url       (DlgSource *self);
const char *dlg_source_get_note      (DlgSource *self);
/* Format 1.2: news report unless the file says otherwise */
DlgSourceKind dlg_source_get_kind    (DlgSource *self);
/* Format 1.2: the news agency whose report it carries ("ANI"), or NULL:
 * copies of one agency's report are one voice */
const char *dlg_source_get_agency    (DlgSource *self);
/* Format 1.2: TRUE for a source the file does not trust to confirm
 * anything ("unverified": true) */
gboolean    dlg_source_get_unverified (DlgSource *self);

G_END_DECLS
