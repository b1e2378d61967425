/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib-object.h>

#include "dlg-enums.h"

G_BEGIN_DECLS

#define DLG_TYPE_NOTE (dlg_note_get_type ())
G_DECLARE_FINAL_TYPE (DlgNote, dlg_note, DLG, NOTE, GObject)

const char         *dlg_note_get_text    (DlgNote *self);
const char * const *dlg_note_get_sources (DlgNote *self);

#define DLG_TYPE_RECORD (dlg_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (DlgRecord, dlg_record, DLG, RECORD, GObject)

/* Everything a dataset describes (side, delegation, member, destination)
 * is a record: it has an id, notes, disagreements between sources, and
 * the ids of the sources that back it. */
struct _DlgRecordClass
{
  GObjectClass parent_class;
};

const char         *dlg_record_get_id            (DlgRecord *self);
/* Arrays of DlgNote */
GPtrArray          *dlg_record_get_notes         (DlgRecord *self);
GPtrArray          *dlg_record_get_disagreements (DlgRecord *self);
const char * const *dlg_record_get_sources       (DlgRecord *self);
/* Format 1.2: how sure the record itself is (dlg_dataset_judge() of its
 * sources, its disagreements and the file's "unconfirmed" flag) */
DlgCertainty        dlg_record_get_certainty     (DlgRecord *self);

G_END_DECLS
