/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Work on a widget done a frame's worth at a time: a tick callback hands
 * the items to func before each frame is laid out, until the costs func
 * returns reach the budget.  A widget has one queue at a time. */
typedef gsize (*DlgFrameQueueFunc) (gpointer item,
                                    gpointer user_data);

/* Stops the widget's queue and does items (taken, freed with their
 * array's free function once done): at once when their total cost fits
 * in the budget, else from the next frame on, a budget's worth a frame */
void     dlg_frame_queue_start   (GtkWidget         *widget,
                                  GPtrArray         *items,
                                  DlgFrameQueueFunc  func,
                                  gpointer           user_data,
                                  gsize              budget,
                                  gsize              total);
/* One array of the lists' items (lists: GPtrArray of GPtrArray), the
 * first of every list first, then the second of every list…; it frees
 * them with item_free */
GPtrArray *dlg_frame_queue_interleave (GPtrArray      *lists,
                                       GDestroyNotify  item_free);
/* Stops the widget's queue, leaving what it did not do */
void     dlg_frame_queue_cancel  (GtkWidget         *widget);
/* Does what the widget's queue has left at once */
void     dlg_frame_queue_finish  (GtkWidget         *widget);
/* FALSE while the widget's queue has work left */
gboolean dlg_frame_queue_is_done (GtkWidget         *widget);

G_END_DECLS
