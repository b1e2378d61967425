/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A container that lays its children out as columns of equal width, as
 * many to a row as its width takes at min-column-width each (at least
 * one), the rest in the rows below, the first at the start of the
 * reading direction: a board of thirty columns stays as wide as its
 * window, and a narrow window stacks them.  Height for width. */
#define DLG_TYPE_WRAP_BOX (dlg_wrap_box_get_type ())
G_DECLARE_FINAL_TYPE (DlgWrapBox, dlg_wrap_box, DLG, WRAP_BOX, GtkWidget)

GtkWidget *dlg_wrap_box_new                (void);
void       dlg_wrap_box_append             (DlgWrapBox *self,
                                            GtkWidget  *child);
void       dlg_wrap_box_remove_all         (DlgWrapBox *self);
/* How many columns a row holds at this width */
guint      dlg_wrap_box_columns_for_width  (DlgWrapBox *self,
                                            int         width);

G_END_DECLS
