/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-error"

#include "config.h"

#include "dlg-error.h"

G_DEFINE_QUARK (dlg-error-quark, dlg_error)
