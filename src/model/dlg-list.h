/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A dataset's list of items (sides, delegations, members, destinations,
 * sources, places): filled by the loader, never changed once the dataset
 * is shared.  Reading it changes nothing, so any number of threads may
 * read it at once (the window and an export's thread do); GListStore
 * remembers the last position read, which two readers overwrite. */
#define DLG_TYPE_LIST (dlg_list_get_type ())
G_DECLARE_FINAL_TYPE (DlgList, dlg_list, DLG, LIST, GObject)

DlgList *dlg_list_new    (GType    item_type);
/* For the loader (or a snapshot being made), before anyone else holds
 * the list */
void     dlg_list_append (DlgList *self,
                          gpointer item);

G_END_DECLS
