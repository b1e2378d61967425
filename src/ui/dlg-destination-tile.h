/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "dlg-model.h"

G_BEGIN_DECLS

/* A destination as a Destinations list shows it: the row it is in knows
 * whether both sides compared visited the place ("shared"), which is
 * the comparison's, not the destination's. */
#define DLG_TYPE_DESTINATION_ROW (dlg_destination_row_get_type ())
G_DECLARE_FINAL_TYPE (DlgDestinationRow, dlg_destination_row, DLG, DESTINATION_ROW, GObject)

DlgDestinationRow *dlg_destination_row_new             (DlgDestination    *destination,
                                                        gboolean           shared);
DlgDestination    *dlg_destination_row_get_destination (DlgDestinationRow *self);
gboolean           dlg_destination_row_get_shared      (DlgDestinationRow *self);

/* A destination's tile: "Paris, France" with its badges (both sides, a
 * UN Security Council member: P or E, the full words on hover), and
 * under it the delegation, dates and status.  Its accessible name goes
 * on its parent too, the list's row a screen reader lands on. */
#define DLG_TYPE_DESTINATION_TILE (dlg_destination_tile_get_type ())
G_DECLARE_FINAL_TYPE (DlgDestinationTile, dlg_destination_tile, DLG, DESTINATION_TILE, GtkBox)

void               dlg_destination_tile_set_row        (DlgDestinationTile *self,
                                                        DlgDestinationRow  *row);

G_END_DECLS
