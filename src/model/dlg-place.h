/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "dlg-enums.h"
#include "dlg-record.h"

G_BEGIN_DECLS

/* Format 1.1: a place destinations can name ("place": id), so that the
 * comparison matches the UN Headquarters in New York with itself rather
 * than with Washington.  Its id is its record id. */
#define DLG_TYPE_PLACE (dlg_place_get_type ())
G_DECLARE_FINAL_TYPE (DlgPlace, dlg_place, DLG, PLACE, DlgRecord)

const char   *dlg_place_get_name        (DlgPlace *self);
DlgPlaceKind  dlg_place_get_kind        (DlgPlace *self);
const char   *dlg_place_get_country     (DlgPlace *self);
/* DLG_UNSC_NOT_A_STATE unless the place is a state's capital */
DlgUnsc       dlg_place_get_unsc        (DlgPlace *self);
gboolean      dlg_place_get_coordinates (DlgPlace *self,
                                         double   *latitude,
                                         double   *longitude);
/* Format 1.2: the place this one lies within (the UN Headquarters within
 * New York), or NULL */
DlgPlace     *dlg_place_get_within      (DlgPlace *self);
/* The outermost place it lies within (itself when within none): where
 * comparisons speak at the city level */
DlgPlace     *dlg_place_get_outermost   (DlgPlace *self);

/* Format 1.1: figures announced for a side or a delegation, with their
 * sources; -1 where not announced. */
typedef struct
{
  int members;
  int countries;
  char *text;
  GStrv sources;
  /* format 1.2: what the figures count ("members: political leaders and
   * former diplomats"), and why they differ from what was recorded */
  char *scope;
  char *note;
} DlgAnnounced;

void dlg_announced_free (DlgAnnounced *announced);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlgAnnounced, dlg_announced_free)

G_END_DECLS
