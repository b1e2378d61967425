#pragma once

#include <gtk/gtk.h>

#include "dlg-model.h"

G_BEGIN_DECLS

/* The lines of a delegation's leader card: the delegation, its leader,
 * party and role, its size and dates, its route (the leader's own).
 * Dataset text is cut (dlg_text_shown) and bidi-isolated where it sits
 * next to our words; a line that does not apply is NULL. */
typedef struct
{
  char *label;
  char *name;
  char *party_role;
  char *size_dates;
  char *route;
} DlgLeaderCard;

void dlg_leader_card_init  (DlgLeaderCard *card,
                            DlgDelegation *delegation);
void dlg_leader_card_clear (DlgLeaderCard *card);
/* The card's lines as one accessible name, read as sentences */
char *dlg_leader_card_describe (const DlgLeaderCard *card);

/* The overview's leaders: one column per side, in the side's colour, one
 * card per delegation with a member shown (delegations: set of the ids of
 * those delegations; NULL: all).  Activating a card calls
 * activate (instance, leader), for as long as instance lives.
 * Fills box, emptied first. */
void dlg_leaders_fill (GtkBox     *box,
                       DlgSide    *a,
                       DlgSide    *b,
                       GHashTable *delegations,
                       GCallback   activate,
                       gpointer    instance);

G_END_DECLS
