/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "dlg-model.h"

G_BEGIN_DECLS

/* A delegation's leader card as lines of text (the delegation, the
 * leader, party and role, size and dates, route; a line that does not
 * apply is hidden), for the Overview's cards and the Leaders lists.  Its
 * accessible name ("description") goes on its parent too, the button or
 * the list's row a screen reader lands on. */
#define DLG_TYPE_LEADER_TILE (dlg_leader_tile_get_type ())
G_DECLARE_FINAL_TYPE (DlgLeaderTile, dlg_leader_tile, DLG, LEADER_TILE, GtkBox)

GtkWidget     *dlg_leader_tile_new             (void);
void           dlg_leader_tile_set_delegation  (DlgLeaderTile *self,
                                                DlgDelegation *delegation);
DlgDelegation *dlg_leader_tile_get_delegation  (DlgLeaderTile *self);
const char    *dlg_leader_tile_get_description (DlgLeaderTile *self);

G_END_DECLS
