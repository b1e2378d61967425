#pragma once

#include <gtk/gtk.h>

#include "dlg-model.h"
#include "dlg-wrap-box.h"

G_BEGIN_DECLS

/* The board: for two sides three columns, "India only | Both | Pakistan
 * only"; for more, one column per side and "Shared".  Each place a chip
 * naming the delegations that went and when; a place two sides visited
 * pairs them with the days between them; planned stops not made say so.
 * reached is the set of destinations the members shown went to (NULL:
 * all): a place stays while one of its destinations is in it.  Fills
 * box, emptied first. */
void dlg_board_fill (DlgWrapBox *box,
                     DlgSide   **sides,
                     guint       n_sides,
                     GHashTable *reached);
/* The chips are added over the next frames (see dlg-board.c): adds the
 * ones left now */
void     dlg_board_complete        (DlgWrapBox *box);
/* FALSE while chips are left to add */
gboolean dlg_board_is_complete     (DlgWrapBox *box);
/* How many characters of chips a frame adds (0: the default), for tests */
void     dlg_board_set_frame_chars (DlgWrapBox *box,
                                    gsize       chars);

G_END_DECLS
