#pragma once

#include <gtk/gtk.h>

#include "dlg-model.h"

G_BEGIN_DECLS

/* dlg-window-details.c: fills the bottom panel's boxes */
void dlg_details_show_member      (GtkBox         *box,
                                   DlgDataset     *dataset,
                                   DlgMember      *member);
void dlg_details_show_delegation  (GtkBox         *box,
                                  DlgDataset     *dataset,
                                  DlgDelegation  *delegation);
void dlg_details_show_destination (GtkBox         *box,
                                   DlgDataset     *dataset,
                                   DlgDestination *destination);
void dlg_details_show_comparison  (GtkBox         *box,
                                   DlgSide        *a,
                                   DlgSide        *b,
                                   const DlgComparison  *comparison);
char *dlg_details_collect_text    (GtkWidget      *widget);

G_END_DECLS
