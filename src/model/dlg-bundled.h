/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The 2025 dataset compiled into the program. */
GFile *dlg_bundled_dataset_file (void);

G_END_DECLS
