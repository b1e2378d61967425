/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "dlg-model.h"
#include "dlg-snapshot.h"

G_BEGIN_DECLS

/* The comparison sheet: paginates and draws on any cairo_t with Pango.
 * Print, print preview, "Export PDF…" and --export-pdf all draw these
 * same pages.  No widget code here. */

#define DLG_TYPE_SHEET (dlg_sheet_get_type ())
G_DECLARE_FINAL_TYPE (DlgSheet, dlg_sheet, DLG, SHEET, GObject)

/* The sheet of snapshot's first two sides, on its paper.  A sheet holds
 * Pango objects: make and use it in one thread. */
DlgSheet *dlg_sheet_new            (DlgSnapshot *snapshot);
/* Page size in points (1/72 inch), when the printer's differs */
void      dlg_sheet_set_page_size  (DlgSheet    *self,
                                    double       width,
                                    double       height);
/* Lays out the pages; returns how many there are. */
guint     dlg_sheet_paginate       (DlgSheet    *self);
/* The same a step at a time, for a main loop: _begin() starts (again,
 * when called again), laying nothing out; each _step() goes on for about
 * budget_us microseconds (-1: to the end; 0: one step) and returns TRUE
 * once every page is laid out.  The pages are the same as
 * dlg_sheet_paginate()'s. */
void      dlg_sheet_paginate_begin (DlgSheet    *self);
gboolean  dlg_sheet_paginate_step  (DlgSheet    *self,
                                    gint64       budget_us);
/* How far the pagination is, 0 to 1 */
double    dlg_sheet_get_progress   (DlgSheet    *self);
guint     dlg_sheet_get_n_pages    (DlgSheet    *self);
double    dlg_sheet_get_page_width  (DlgSheet   *self);
double    dlg_sheet_get_page_height (DlgSheet   *self);
/* Draws page (0-based) with its top left corner at the origin of cr,
 * in points.  dlg_sheet_paginate() must have run. */
void      dlg_sheet_draw_page      (DlgSheet    *self,
                                    cairo_t     *cr,
                                    guint        page);
/* Writes every page as PDF to out; cancellable is checked between pages. */
gboolean  dlg_sheet_write_pdf      (DlgSheet      *self,
                                    GOutputStream *out,
                                    GCancellable  *cancellable,
                                    GError       **error);

/* Right to left: pages mirrored, tables from the right, text starting at
 * the right.  A new sheet follows the language (dlg_text_locale_is_rtl()).
 * Call before dlg_sheet_paginate(). */
void      dlg_sheet_set_rtl        (DlgSheet    *self,
                                    gboolean     rtl);

/* The locale's paper: A4, or US Letter where LC_PAPER says so; landscape. */
void      dlg_sheet_default_paper  (double      *width,
                                    double      *height);

G_END_DECLS
