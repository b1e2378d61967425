/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-frame-queue"

#include "config.h"

#include "dlg-frame-queue.h"

#define QUEUE_KEY "dlg-frame-queue"

typedef struct
{
  GtkWidget *widget;
  GPtrArray *items;
  DlgFrameQueueFunc func;
  gpointer user_data;
  gsize budget;
  guint next;
  guint tick;
} Queue;

/* Does items until their costs reach budget (all for 0); TRUE when some
 * are left */
static gboolean
run (Queue *queue,
     gsize  budget)
{
  gsize spent = 0;

  while (queue->next < queue->items->len && (budget == 0 || spent < budget))
    spent += queue->func (g_ptr_array_index (queue->items, queue->next++), queue->user_data);
  return queue->next < queue->items->len;
}

/* the tick's notify: the tick is gone (done, removed, or its widget
 * destroyed) */
static void
queue_free (gpointer data)
{
  Queue *queue = data;

  if (g_object_get_data (G_OBJECT (queue->widget), QUEUE_KEY) == queue)
    g_object_set_data (G_OBJECT (queue->widget), QUEUE_KEY, NULL);
  g_ptr_array_unref (queue->items);
  g_free (queue);
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Queue *queue = user_data;

  return run (queue, queue->budget) ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

void
dlg_frame_queue_start (GtkWidget         *widget,
                       GPtrArray         *items,
                       DlgFrameQueueFunc  func,
                       gpointer           user_data,
                       gsize              budget,
                       gsize              total)
{
  Queue *queue;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (items != NULL && func != NULL);

  dlg_frame_queue_cancel (widget);
  if (total <= budget)
    {
      for (guint i = 0; i < items->len; i++)
        func (g_ptr_array_index (items, i), user_data);
      g_ptr_array_unref (items);
      return;
    }
  queue = g_new0 (Queue, 1);
  queue->widget = widget;
  queue->items = items;
  queue->func = func;
  queue->user_data = user_data;
  queue->budget = budget;
  g_object_set_data (G_OBJECT (widget), QUEUE_KEY, queue);
  queue->tick = gtk_widget_add_tick_callback (widget, tick_cb, queue, queue_free);
}

void
dlg_frame_queue_cancel (GtkWidget *widget)
{
  Queue *queue;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  queue = g_object_get_data (G_OBJECT (widget), QUEUE_KEY);
  if (queue != NULL)
    gtk_widget_remove_tick_callback (widget, queue->tick);
}

void
dlg_frame_queue_finish (GtkWidget *widget)
{
  Queue *queue;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  queue = g_object_get_data (G_OBJECT (widget), QUEUE_KEY);
  if (queue == NULL)
    return;
  run (queue, 0);
  gtk_widget_remove_tick_callback (widget, queue->tick);
}

gboolean
dlg_frame_queue_is_done (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), TRUE);
  return g_object_get_data (G_OBJECT (widget), QUEUE_KEY) == NULL;
}

GPtrArray *
dlg_frame_queue_interleave (GPtrArray      *lists,
                            GDestroyNotify  item_free)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (item_free);
  gboolean more = TRUE;

  for (guint row = 0; more; row++)
    {
      more = FALSE;
      for (guint i = 0; i < lists->len; i++)
        {
          GPtrArray *list = g_ptr_array_index (lists, i);

          if (row < list->len)
            {
              g_ptr_array_add (items, g_ptr_array_index (list, row));
              more = TRUE;
            }
        }
    }
  return items;
}
