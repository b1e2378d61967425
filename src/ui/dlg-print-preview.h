/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "dlg-print-operation.h"

G_BEGIN_DECLS

/* The print preview, in the application (no external viewer): the pages
 * of a DlgPrintOperation's sheet one at a time, Previous and Next (Page
 * Up and Page Down, the arrows, Space; Home and End), zoom (+, -, 0) and a Print
 * button that emits ::print with what is previewed, printed as it is.
 * Made when GTK asks for a preview; it shows itself once the sheet is
 * paginated (the preview's "ready"), and is destroyed, unshown, if the
 * operation ends before. */
#define DLG_TYPE_PRINT_PREVIEW (dlg_print_preview_get_type ())
G_DECLARE_FINAL_TYPE (DlgPrintPreview, dlg_print_preview, DLG, PRINT_PREVIEW, GtkWindow)

DlgPrintPreview *dlg_print_preview_new      (DlgPrintOperation        *operation,
                                             GtkPrintOperationPreview *preview,
                                             GtkPrintContext          *context,
                                             GtkWindow                *parent);
guint            dlg_print_preview_get_page (DlgPrintPreview          *self);

G_END_DECLS
