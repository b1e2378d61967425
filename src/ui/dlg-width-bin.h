/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A container of one child, laid out height for width only: asked for
 * its width, it asks its child with no height given.
 *
 * A GTK 4.8 horizontal box allocating its children asks each for its
 * width at the box's height, and a wrapping label asked that searches
 * for the width, laying its text out ten times: the Overview's cards
 * (columns of labels side by side) were laid out 88 times each before
 * the first frame. */
#define DLG_TYPE_WIDTH_BIN (dlg_width_bin_get_type ())
G_DECLARE_FINAL_TYPE (DlgWidthBin, dlg_width_bin, DLG, WIDTH_BIN, GtkWidget)

/* child in a new bin (for a horizontal box: allocating, it asks each
 * child's width for its height) */
GtkWidget *dlg_width_bin_new (GtkWidget *child);

G_END_DECLS
