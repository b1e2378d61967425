/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* In a narrow window, one side shows at a time: two linked toggle
 * buttons named after the sides choose which ("side", 0 or 1; the
 * action side-switcher.side). */
#define DLG_TYPE_SIDE_SWITCHER (dlg_side_switcher_get_type ())
G_DECLARE_FINAL_TYPE (DlgSideSwitcher, dlg_side_switcher, DLG, SIDE_SWITCHER, GtkWidget)

/* The sides' names, shown as they are (cut when too long) */
void  dlg_side_switcher_set_names (DlgSideSwitcher *self,
                                   const char      *a,
                                   const char      *b);
guint dlg_side_switcher_get_side  (DlgSideSwitcher *self);
void  dlg_side_switcher_set_side  (DlgSideSwitcher *self,
                                   guint            side);

G_END_DECLS
