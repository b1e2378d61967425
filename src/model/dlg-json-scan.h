/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A strict RFC 8259 reader that runs before json-glib sees the data.
 * json-glib 1.6 overflows its stack on deep nesting and accepts things
 * that are not JSON (comments, single quotes, several top-level values),
 * so every input goes through dlg_json_check() first.  The same walk,
 * given paths, finds where values start for error messages. */

#define DLG_JSON_MAX_DEPTH 64
/* Member names longer than this are cut in paths (paths go in messages). */
#define DLG_JSON_PATH_NAME_CHARS 64

typedef struct
{
  guint line;
  guint column;
} DlgJsonPos;

/* Returns TRUE when data is exactly one well-formed JSON value, nested at
 * most max_depth deep, with no duplicate member names.  Otherwise sets
 * pos to where the problem is and message to what was expected. */
gboolean dlg_json_check  (const char *data,
                          gsize       len,
                          guint       max_depth,
                          DlgJsonPos *pos,
                          char      **message);

/* For each key of positions (a JSON path as made by dlg_json_path_*),
 * stores where that value starts.  Values must be DlgJsonPos, zeroed. */
void     dlg_json_locate (const char *data,
                          gsize       len,
                          GHashTable *positions);

/* Path building shared by the scanner and the loader: "$", ".name", "[3]" */
void     dlg_json_path_append_member (GString    *path,
                                      const char *name);
void     dlg_json_path_append_index  (GString    *path,
                                      guint       index);

G_END_DECLS
