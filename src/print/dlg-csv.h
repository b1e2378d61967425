#pragma once

#include <gio/gio.h>

#include "dlg-model.h"

G_BEGIN_DECLS

/* The member table as CSV (RFC 4180, UTF-8, CRLF, a header row): one row
 * per member with side, delegation, name, party, role kind, role, status
 * and the delegation's destinations.  sides: the sides to write, in
 * order; members[i]: the members of sides[i] to write (as shown), or NULL
 * for all of them.  Cells a spreadsheet would run as a formula are
 * prefixed with an apostrophe. */
gboolean dlg_csv_write            (GOutputStream  *out,
                                   DlgSide       **sides,
                                   GListModel    **members,
                                   guint           n_sides,
                                   GCancellable   *cancellable,
                                   GError        **error);
gboolean dlg_csv_write_file       (const char     *path,
                                   DlgSide       **sides,
                                   GListModel    **members,
                                   guint           n_sides,
                                   GError        **error);
/* One cell, quoted and neutralised as written */
char    *dlg_csv_cell             (const char     *text);

G_END_DECLS
