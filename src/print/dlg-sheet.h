#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "dlg-model.h"

G_BEGIN_DECLS

/* The comparison sheet: paginates and draws on any cairo_t with Pango.
 * Print, print preview, "Export PDF…" and --export-pdf all draw these
 * same pages.  No widget code here. */

#define DLG_TYPE_SHEET (dlg_sheet_get_type ())
G_DECLARE_FINAL_TYPE (DlgSheet, dlg_sheet, DLG, SHEET, GObject)

/* members_a/members_b: the members to print for each side, in order (the
 * window's filtered and sorted lists), or NULL for everything in dataset
 * order.  filter_text describes the active filter in words, or NULL. */
DlgSheet *dlg_sheet_new            (DlgDataset  *dataset,
                                    DlgSide     *side_a,
                                    DlgSide     *side_b,
                                    GListModel  *members_a,
                                    GListModel  *members_b,
                                    const char  *filter_text);
/* Page size in points (1/72 inch) and the date printed (ISO, or NULL for today) */
void      dlg_sheet_set_page_size  (DlgSheet    *self,
                                    double       width,
                                    double       height);
void      dlg_sheet_set_print_date (DlgSheet    *self,
                                    const char  *iso_date);
/* Lays out the pages; returns how many there are. */
guint     dlg_sheet_paginate       (DlgSheet    *self);
guint     dlg_sheet_get_n_pages    (DlgSheet    *self);
double    dlg_sheet_get_page_width  (DlgSheet   *self);
double    dlg_sheet_get_page_height (DlgSheet   *self);
/* Draws page (0-based) with its top left corner at the origin of cr,
 * in points.  dlg_sheet_paginate() must have run. */
void      dlg_sheet_draw_page      (DlgSheet    *self,
                                    cairo_t     *cr,
                                    guint        page);
/* Writes every page to a PDF file. */
gboolean  dlg_sheet_write_pdf      (DlgSheet    *self,
                                    const char  *path,
                                    GError     **error);

/* The locale's paper: A4, or US Letter where LC_PAPER says so; landscape. */
void      dlg_sheet_default_paper  (double      *width,
                                    double      *height);

G_END_DECLS
