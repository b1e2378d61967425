/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "dlg-enums.h"
#include "dlg-place.h"
#include "dlg-record.h"

G_BEGIN_DECLS

#define DLG_TYPE_DESTINATION (dlg_destination_get_type ())
G_DECLARE_FINAL_TYPE (DlgDestination, dlg_destination, DLG, DESTINATION, DlgRecord)

const char         *dlg_destination_get_country           (DlgDestination *self);
const char         *dlg_destination_get_capital           (DlgDestination *self);
const char * const *dlg_destination_get_cities            (DlgDestination *self);
/* ISO 8601 dates ("2025-05-24") or NULL when unknown */
const char         *dlg_destination_get_from              (DlgDestination *self);
const char         *dlg_destination_get_to                (DlgDestination *self);
gboolean            dlg_destination_get_dates_approximate (DlgDestination *self);
const char         *dlg_destination_get_dates_text        (DlgDestination *self);
const char * const *dlg_destination_get_dates_sources     (DlgDestination *self);
DlgVisitStatus      dlg_destination_get_status            (DlgDestination *self);
DlgUnsc             dlg_destination_get_unsc              (DlgDestination *self);
gboolean            dlg_destination_get_coordinates       (DlgDestination *self,
                                                           double         *latitude,
                                                           double         *longitude);
const char         *dlg_destination_get_delegation_id     (DlgDestination *self);
const char         *dlg_destination_get_delegation_label  (DlgDestination *self);
const char         *dlg_destination_get_side_id           (DlgDestination *self);
/* The place the file names (format 1.1), or NULL */
DlgPlace           *dlg_destination_get_place             (DlgDestination *self);
/* Destinations with equal keys are the same place: the place's id when
 * the file names one, else the case-folded "country / capital". */
const char         *dlg_destination_get_key               (DlgDestination *self);
/* What to call the stop on a route: its place's name, else the capital,
 * or the city visited when that was not the capital (New York). */
const char         *dlg_destination_get_place_label       (DlgDestination *self);
/* Format 1.2: the name of the outermost place the stop's place lies
 * within ("New York" for the UN Headquarters there): what comparisons
 * between sides name; the place label otherwise */
const char         *dlg_destination_get_outer_label       (DlgDestination *self);

G_END_DECLS
