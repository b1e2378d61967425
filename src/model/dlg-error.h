/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DLG_ERROR (dlg_error_quark ())

typedef enum
{
  DLG_ERROR_SYNTAX,    /* not well-formed JSON */
  DLG_ERROR_INVALID,   /* well-formed, but not a valid dataset */
  DLG_ERROR_VERSION,   /* a newer major format version */
  DLG_ERROR_TOO_LARGE, /* refused before parsing: size */
  DLG_ERROR_ENCODING,  /* not UTF-8 */
  DLG_ERROR_PROTECTED_FILE, /* an export would replace the open dataset */
} DlgError;

GQuark dlg_error_quark (void);

G_END_DECLS
