/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The views keep the filter's sets of destinations and delegations
 * (GHashTable, keys only; NULL: all of them). */

/* TRUE when a and b hold the same keys (or both are NULL) */
gboolean dlg_sets_equal  (GHashTable  *a,
                          GHashTable  *b);
/* *set = a new reference to value (or NULL), the old one dropped */
void     dlg_replace_set (GHashTable **set,
                          GHashTable  *value);

G_END_DECLS
