/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "dlg-leader-card.h"
#include "dlg-model.h"

G_BEGIN_DECLS

/* How many leader cards a side shows in the overview; past them, "and N
 * more delegations" and a button to the Leaders view (a dataset of
 * thousands of delegations made tens of thousands of labels here). */
#define DLG_LEADERS_OVERVIEW_CARDS 24

/* The overview's leaders: one column per side, in the side's colour, one
 * card per delegation with a member shown (delegations: set of the ids of
 * those delegations; NULL: all), at most DLG_LEADERS_OVERVIEW_CARDS of
 * them.  Activating a card calls
 * activate (instance, leader), for as long as instance lives.
 * Fills box, emptied first. */
void dlg_leaders_fill (GtkBox     *box,
                       DlgSide    *a,
                       DlgSide    *b,
                       GHashTable *delegations,
                       GCallback   activate,
                       gpointer    instance);
/* More cards than a frame's worth come over the next frames (see
 * dlg-leaders.c): adds the ones left now */
void dlg_leaders_complete (GtkBox *box);

G_END_DECLS
