#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Lays a widget's children out as columns of equal width, as many to a
 * row as the width takes at min-column-width each (at least one), the
 * rest in the rows below: a board of thirty columns stays as wide as
 * its window, and a narrow window stacks them.  Height for width; the
 * first child at the start of the reading direction. */
#define DLG_TYPE_WRAP_LAYOUT (dlg_wrap_layout_get_type ())
G_DECLARE_FINAL_TYPE (DlgWrapLayout, dlg_wrap_layout, DLG, WRAP_LAYOUT, GtkLayoutManager)

GtkLayoutManager *dlg_wrap_layout_new                  (int            min_column_width,
                                                        int            spacing);
/* How many columns a row holds at this width */
guint             dlg_wrap_layout_columns_for_width    (DlgWrapLayout *self,
                                                        GtkWidget     *widget,
                                                        int            width);

G_END_DECLS
