#pragma once

#include "dlg-window.h"

G_BEGIN_DECLS

/* dlg-window-details.c: fills the bottom panel's boxes */
void dlg_details_show_member      (GtkBox         *box,
                                   DlgDataset     *dataset,
                                   DlgMember      *member);
void dlg_details_show_destination (GtkBox         *box,
                                   DlgDataset     *dataset,
                                   DlgDestination *destination);
void dlg_details_show_comparison  (GtkBox         *box,
                                   DlgSide        *a,
                                   DlgSide        *b,
                                   DlgComparison  *comparison);
char *dlg_details_collect_text    (GtkWidget      *widget);

/* dlg-window.c, for the print and export code */
gboolean  dlg_window_get_sheet_as_shown (DlgWindow  *self);
char     *dlg_window_describe_filter    (DlgWindow  *self);
/* An in-window message; open_file adds an "Open" button for it. */
void      dlg_window_show_message       (DlgWindow  *self,
                                         const char *title,
                                         const char *detail,
                                         GFile      *open_file);

/* dlg-window-print.c */
void      dlg_window_print              (DlgWindow  *self);
void      dlg_window_export_pdf         (DlgWindow  *self);
void      dlg_window_export_csv         (DlgWindow  *self);

G_END_DECLS
