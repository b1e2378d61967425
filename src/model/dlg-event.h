/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "dlg-record.h"

G_BEGIN_DECLS

/* Format 1.2: a dated event of the background ("Operation Sindoor"),
 * with its sources: the timeline's context lane and the briefing's
 * Background block. */
#define DLG_TYPE_EVENT (dlg_event_get_type ())
G_DECLARE_FINAL_TYPE (DlgEvent, dlg_event, DLG, EVENT, DlgRecord)

const char *dlg_event_get_text              (DlgEvent *self);
/* ISO 8601 dates; to is NULL for a one-day event */
const char *dlg_event_get_from              (DlgEvent *self);
const char *dlg_event_get_to                (DlgEvent *self);
gboolean    dlg_event_get_dates_approximate (DlgEvent *self);
/* The event's dates for people ("7 May 2025", "c. 10–11 May 2025"): a
 * one-day event its day, not "from" it; NULL without dates */
char       *dlg_event_format_dates          (DlgEvent *self);

G_END_DECLS
