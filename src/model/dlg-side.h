/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "dlg-delegation.h"
#include "dlg-place.h"
#include "dlg-record.h"

G_BEGIN_DECLS

#define DLG_TYPE_SIDE (dlg_side_get_type ())
G_DECLARE_FINAL_TYPE (DlgSide, dlg_side, DLG, SIDE, DlgRecord)

const char *dlg_side_get_name         (DlgSide *self);
/* "#rrggbb" or NULL */
const char *dlg_side_get_colour       (DlgSide *self);
const char *dlg_side_get_home_capital (DlgSide *self);
/* The place named by home_capital (a capital in the dataset's places), or
 * NULL: where the map's routes start */
DlgPlace   *dlg_side_get_home_place   (DlgSide *self);
/* GListModel of DlgDelegation */
GListModel *dlg_side_get_delegations  (DlgSide *self);
/* Every DlgMember of every delegation, in dataset order */
GListModel *dlg_side_get_members      (DlgSide *self);
/* Every DlgDestination of every delegation, in dataset order */
GListModel *dlg_side_get_destinations (DlgSide *self);

/* Format 1.1: the figures announced for it, or NULL */
const DlgAnnounced *dlg_side_get_announced (DlgSide *self);
/* Format 1.2: the side's stated purposes, each with its sources: an
 * array of DlgNote, empty when the file states none */
GPtrArray  *dlg_side_get_purposes     (DlgSide *self);

G_END_DECLS
