/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-width-bin"

#include "config.h"

#include "dlg-width-bin.h"

struct _DlgWidthBin
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (DlgWidthBin, dlg_width_bin, GTK_TYPE_WIDGET)

static GtkSizeRequestMode
dlg_width_bin_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
dlg_width_bin_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, orientation,
                          orientation == GTK_ORIENTATION_HORIZONTAL ? -1 : for_size,
                          &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
    }
}

/* expands as its child does */
static void
dlg_width_bin_compute_expand (GtkWidget *widget,
                              gboolean  *hexpand,
                              gboolean  *vexpand)
{
  *hexpand = *vexpand = FALSE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      *hexpand = *hexpand || gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL);
      *vexpand = *vexpand || gtk_widget_compute_expand (child, GTK_ORIENTATION_VERTICAL);
    }
}

static void
dlg_width_bin_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      gtk_widget_allocate (child, width, height, -1, NULL);
}

static void
dlg_width_bin_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dlg_width_bin_parent_class)->dispose (object);
}

static void
dlg_width_bin_class_init (DlgWidthBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlg_width_bin_dispose;
  widget_class->get_request_mode = dlg_width_bin_get_request_mode;
  widget_class->measure = dlg_width_bin_measure;
  widget_class->compute_expand = dlg_width_bin_compute_expand;
  widget_class->size_allocate = dlg_width_bin_size_allocate;
}

static void
dlg_width_bin_init (DlgWidthBin *self)
{
}

GtkWidget *
dlg_width_bin_new (GtkWidget *child)
{
  GtkWidget *self = g_object_new (DLG_TYPE_WIDTH_BIN, NULL);

  g_return_val_if_fail (GTK_IS_WIDGET (child), self);
  gtk_widget_set_parent (child, self);
  return self;
}
