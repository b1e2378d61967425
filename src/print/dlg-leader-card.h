/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

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
/* Any card's lines (NULL or empty ones left out) as one accessible name */
char *dlg_card_describe_lines  (const char * const *lines,
                                guint               n_lines);

G_END_DECLS
