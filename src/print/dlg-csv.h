/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "dlg-model.h"
#include "dlg-snapshot.h"

G_BEGIN_DECLS

/* The member table as CSV (RFC 4180, UTF-8, CRLF, a header row): one row
 * per member with side, delegation, name, party, role kind, role, status
 * and the delegation's destinations, for each side of the snapshot and
 * its members as shown (or all of them).  Cells a spreadsheet would run
 * as a formula are prefixed with an apostrophe. */
gboolean dlg_csv_write            (GOutputStream  *out,
                                   DlgSnapshot    *snapshot,
                                   GCancellable   *cancellable,
                                   GError        **error);
/* The changes between two versions of a dataset as CSV, as above: one
 * row per change with side, delegation, kind (its nick, "member-removed"),
 * subject, field, old and new value and the ids of the sources of the new
 * version ("s1; s9") */
gboolean dlg_csv_write_changes    (GOutputStream  *out,
                                   DlgDiff        *diff,
                                   GCancellable   *cancellable,
                                   GError        **error);
/* One cell, quoted and neutralised as written */
char    *dlg_csv_cell             (const char     *text);

G_END_DECLS
