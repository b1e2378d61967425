/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "dlg-event.h"
#include "dlg-place.h"
#include "dlg-record.h"
#include "dlg-side.h"
#include "dlg-source.h"

G_BEGIN_DECLS

#define DLG_FORMAT_NAME "delegations"
#define DLG_FORMAT_MAJOR 1
#define DLG_FORMAT_MINOR 2

#define DLG_TYPE_DATASET (dlg_dataset_get_type ())
G_DECLARE_FINAL_TYPE (DlgDataset, dlg_dataset, DLG, DATASET, DlgRecord)

const char         *dlg_dataset_get_title        (DlgDataset *self);
const char         *dlg_dataset_get_description  (DlgDataset *self);
const char         *dlg_dataset_get_as_of        (DlgDataset *self);
const char         *dlg_dataset_get_version      (DlgDataset *self);
/* GListModel of DlgSource, in file order */
GListModel         *dlg_dataset_get_sources      (DlgDataset *self);
/* Format 1.1: the places destinations name (DlgPlace), in file order */
GListModel         *dlg_dataset_get_places       (DlgDataset *self);
DlgPlace           *dlg_dataset_lookup_place     (DlgDataset *self,
                                                  const char *id);
DlgSource          *dlg_dataset_lookup_source    (DlgDataset *self,
                                                  const char *id);
/* Format 1.2: the background, GListModel of DlgEvent in file order */
GListModel         *dlg_dataset_get_events       (DlgDataset *self);
/* Format 1.2: how sure a fact is that these sources back (ids; NULL for
 * none): confirmed by two or more independent ones (different
 * publishers; announcements never count), a single source, unconfirmed
 * (none, or flagged so), disputed (the sources disagree) */
DlgCertainty        dlg_dataset_judge            (DlgDataset         *self,
                                                  const char * const *sources,
                                                  gboolean            flagged,
                                                  gboolean            disputed);
/* How sure a statement or an announcement is (a side's stated purpose,
 * an event that is an announcement): reports of it confirm it */
DlgCertainty        dlg_dataset_judge_statement  (DlgDataset         *self,
                                                  const char * const *sources);
/* "[3, 17]": the reference numbers of these sources ("" for none) */
char               *dlg_dataset_source_numbers   (DlgDataset         *self,
                                                  const char * const *ids);
/* GListModel of DlgSide */
GListModel         *dlg_dataset_get_sides        (DlgDataset *self);
DlgSide            *dlg_dataset_lookup_side      (DlgDataset *self,
                                                  const char *id);
DlgDelegation      *dlg_dataset_lookup_delegation (DlgDataset *self,
                                                   const char *id);
/* Non-fatal findings of the loader (unknown members...), one line each */
const char * const *dlg_dataset_get_warnings     (DlgDataset *self);
guint               dlg_dataset_count_delegations  (DlgDataset *self);
guint               dlg_dataset_count_members      (DlgDataset *self);
guint               dlg_dataset_count_destinations (DlgDataset *self);

/* Drops a reference to object in a worker thread: freeing a dataset of
 * 100 000 members (or a comparison that holds one) takes a quarter of a
 * second, too long for the main loop.  For model objects only, whose
 * finalizers touch no widget.  NULL is ignored. */
void                dlg_unref_in_thread            (gpointer    object);

G_END_DECLS
