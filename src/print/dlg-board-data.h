/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "dlg-model.h"

G_BEGIN_DECLS

/* The board's places, without a widget: the window's board and the
 * sheet's page one both show them.  Each place both sides' delegations
 * went to, with their dates; a place both sides visited pairs the two
 * nearest stays (the days between them). */
typedef struct
{
  char *key;
  /* bidi-isolated: the outermost place, or the place within it every
   * stop of the card is at ("EU institutions, Brussels") */
  char *name;
  /* that place while every stop is at it (format 1.2), else NULL */
  DlgPlace *inner;
  gboolean mixed;
  /* whether one of its destinations is among those reached (always
   * without a reached set): a filter hides the place, never moves it */
  gboolean shown;
  /* its first destination, of any side and status: what its details open */
  DlgDestination *first;
  /* per side (n_sides of them) */
  guint n_sides;
  gboolean *visited_by;
  gboolean *planned_by;
  /* how many sides visited it */
  guint n_visited;
  /* the first visited stay of each side, for the pairing */
  DlgDestination **stay;
  /* the least sure of its visits (their stops' certainty), the mark its
   * name carries; a plan not kept is said in words, and its doubt is no
   * visit's */
  DlgCertainty certainty;
  /* one line per delegation: "Group 2, 31 May – 3 Jun 2025", the first
   * DLG_BOARD_LINES of them; n_lines counts them all */
  GString **lines;
  guint *n_lines;
} DlgBoardPlace;

/* The lines a card shows of one side's visits to a place: past them, the
 * last says "and N more" (a place hundreds of delegations visited stays
 * a card, and its dates are not written for nothing) */
#define DLG_BOARD_LINES 5

void       dlg_board_place_free (gpointer       place);
/* The places of a and b (DlgBoardPlace) by name, each in its column
 * and with its lines from the whole dataset, whatever the filter;
 * reached: the destinations the members shown went to (NULL: all), which
 * say only whether a place is shown */
GPtrArray *dlg_board_places     (DlgSide       *a,
                                 DlgSide       *b,
                                 GHashTable    *reached);
/* The same for any number of sides */
GPtrArray *dlg_board_places_of  (DlgSide      **sides,
                                 guint          n_sides,
                                 GHashTable    *reached);
/* Which column of the board a place goes in: the index of the side that
 * alone visited it, DLG_BOARD_SHARED (two sides or more) or
 * DLG_BOARD_PLANNED (no side visited it) */
#define DLG_BOARD_SHARED -1
#define DLG_BOARD_PLANNED -2
int        dlg_board_place_column (DlgBoardPlace *place);
/* How many places go in column */
guint      dlg_board_count      (GPtrArray     *places,
                                 int            column);
/* How many of them are shown */
guint      dlg_board_count_shown (GPtrArray    *places,
                                  int           column);
/* A column's heading: "Both (4)", or while a filter hides some of its
 * places "Both (2 of 4 shown)" (heading: our words, or isolated) */
char      *dlg_board_heading    (const char    *heading,
                                 guint          shown,
                                 guint          n);
/* The place's name, then a line per side and delegation (names: the
 * sides' names, isolated), then (two sides) the days between their stays.
 * own_side (or -1): the column's side, whose delegations go on the first
 * line, without the side's name. */
char      *dlg_board_place_text (DlgBoardPlace      *place,
                                 const char * const *names,
                                 int                 own_side);

G_END_DECLS
