/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "dlg-model.h"

G_BEGIN_DECLS

/* The board, "Places by side": for two sides the places both visited
 * (cards pairing their stays with the days between them), then each
 * side's own places and the places planned but visited by none (compact
 * chips in as many columns as the width takes); for more sides, the
 * places two or more shared, then one section per side.
 *
 * Which section a place is in comes from the whole dataset, whatever the
 * filter: a filter hides places, and the headings say so ("Both (2 of 4
 * shown)").  The board is one Tab stop: arrow keys, Home and End move
 * between its places, Enter or a click activates one (::place-activated,
 * with the place's first destination). */
#define DLG_TYPE_BOARD (dlg_board_get_type ())
G_DECLARE_FINAL_TYPE (DlgBoard, dlg_board, DLG, BOARD, GtkWidget)

/* Fills the board, emptied first, with the places of sides; reached:
 * the destinations the members shown went to (NULL: all), the places
 * shown */
void      dlg_board_fill            (DlgBoard   *self,
                                     DlgSide   **sides,
                                     guint       n_sides,
                                     GHashTable *reached);
/* The places are added over the next frames (see dlg-board.c): adds the
 * ones left now */
void      dlg_board_complete        (DlgBoard   *self);
/* FALSE while places are left to add */
gboolean  dlg_board_is_complete     (DlgBoard   *self);
/* How many characters of places a frame adds (0: the default), for tests */
void      dlg_board_set_frame_chars (DlgBoard   *self,
                                     gsize       chars);
/* The places' widgets in reading order (section by section, row by row),
 * and the one the keyboard is on (NULL: none yet), for tests */
GPtrArray *dlg_board_get_places     (DlgBoard   *self);
GtkWidget *dlg_board_get_current    (DlgBoard   *self);

G_END_DECLS
