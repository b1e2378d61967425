/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The application's settings, from the installed schema or, when run
 * from the build tree, the schema compiled there.  NULL when neither is
 * found (then nothing is remembered). */
GSettings *dlg_settings_new (void);

G_END_DECLS
