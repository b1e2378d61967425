/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "dlg-sheet.h"
#include "dlg-snapshot.h"

G_BEGIN_DECLS

/* Printing a snapshot's sheet: a GtkPrintOperation that owns what it
 * prints and its sheet, laid out for the paper the operation is given
 * and drawn page by page.  It paginates a step at a time (GTK asks again
 * at its next idle until it is done), taking steps for about
 * DLG_PRINT_STEP_US each time (the step under way ends first: a turn of
 * the main loop can run one step longer), so that print and preview of
 * 100 000 members never hold the window long; "progress" says how far
 * it is.
 *
 * Given a moment (what was shown when the person asked), the print
 * dialog has a Contents tab choosing which members and which sheet; the
 * snapshot printed is the moment with those choices, which "as-shown"
 * and "sheet-kind" then hold. */
#define DLG_TYPE_PRINT_OPERATION (dlg_print_operation_get_type ())
G_DECLARE_FINAL_TYPE (DlgPrintOperation, dlg_print_operation, DLG, PRINT_OPERATION,
                      GtkPrintOperation)

#define DLG_PRINT_STEP_US 30000

/* Prints snapshot as it is */
DlgPrintOperation *dlg_print_operation_new           (DlgSnapshot       *snapshot);
/* Prints moment with the choices, offered in the print dialog */
DlgPrintOperation *dlg_print_operation_new_choosing  (DlgSnapshot       *moment,
                                                      gboolean           as_shown,
                                                      DlgSheetKind       kind);
DlgSnapshot       *dlg_print_operation_get_snapshot  (DlgPrintOperation *self);
gboolean           dlg_print_operation_get_as_shown  (DlgPrintOperation *self);
DlgSheetKind       dlg_print_operation_get_sheet_kind (DlgPrintOperation *self);
/* The sheet of the run under way, or of the last one */
DlgSheet          *dlg_print_operation_get_sheet     (DlgPrintOperation *self);
/* 0 to 1: how far the pagination is */
double             dlg_print_operation_get_progress  (DlgPrintOperation *self);
/* How long a paginate call may go on (DLG_PRINT_STEP_US unless set; 0:
 * one step of the sheet a call) */
void               dlg_print_operation_set_step_us   (DlgPrintOperation *self,
                                                      gint64             step_us);

G_END_DECLS
