/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "dlg-model.h"
#include "dlg-snapshot.h"

G_BEGIN_DECLS

/* Exit codes shared by every command-line mode. */
#define DLG_EXIT_OK 0
#define DLG_EXIT_INVALID 1
#define DLG_EXIT_USAGE 2

/* Says a usage error as the program's, with how to see the options;
 * returns DLG_EXIT_USAGE */
int dlg_cli_usage_error (const char       *message);
int dlg_cli_validate  (const char * const *files);
int dlg_cli_summarise (const char         *file);
/* What --summary prints of dataset: counts, routes and shared places,
 * dataset text made inert for a terminal */
char *dlg_cli_summary_text (DlgDataset    *dataset);
/* What changed from old_file to new_file: a report grouped by side and
 * delegation, or with csv_path one CSV row per change ("-": standard
 * output, instead of the report).  DLG_EXIT_OK when nothing differs,
 * DLG_EXIT_INVALID (1) when something does, DLG_EXIT_USAGE (2) when a
 * file cannot be loaded or written, as diff(1) does. */
int dlg_cli_diff      (const char         *old_file,
                       const char         *new_file,
                       const char         *csv_path);
/* The report dlg_cli_diff() prints, dataset text as it is (the caller
 * escapes it for a terminal) */
char *dlg_cli_diff_text (DlgDiff          *diff,
                         const char       *old_name,
                         const char       *new_name);
/* Writes the comparison sheet (PDF, of kind), the member table (CSV)
 * and/or the comparison's image (PNG or SVG, by image_path's ending) of
 * file (NULL: the bundled dataset), everything, no display needed.
 * changes_since (or NULL): an earlier version of file, whose changes
 * since get a page of the sheet. */
int dlg_cli_export    (const char         *pdf_path,
                       const char         *csv_path,
                       const char         *image_path,
                       DlgSheetKind        kind,
                       const char         *changes_since,
                       const char         *file);

G_END_DECLS
