/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-wrap-box"

#include "config.h"

#include "dlg-wrap-box.h"

/* A row takes at most this many columns at its natural width: what the
 * box asks for is never the width of all of them side by side. */
#define NATURAL_COLUMNS 6

struct _DlgWrapBox
{
  GtkWidget parent_instance;

  int min_column_width;
  int spacing;
};

G_DEFINE_FINAL_TYPE (DlgWrapBox, dlg_wrap_box, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_MIN_COLUMN_WIDTH,
  PROP_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
count_children (DlgWrapBox *self)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      n++;
  return n;
}

/* The widest minimum of the children, and at least min-column-width */
static int
column_minimum (DlgWrapBox *self,
                int        *natural)
{
  int minimum = self->min_column_width;

  *natural = self->min_column_width;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat,
                          NULL, NULL);
      minimum = MAX (minimum, child_min);
      *natural = MAX (*natural, child_nat);
    }
  return minimum;
}

guint
dlg_wrap_box_columns_for_width (DlgWrapBox *self,
                                int         width)
{
  guint n;
  int minimum, natural;
  guint columns;

  g_return_val_if_fail (DLG_IS_WRAP_BOX (self), 1);

  n = count_children (self);
  if (n == 0)
    return 1;
  minimum = column_minimum (self, &natural);
  columns = (guint) MAX (1, (width + self->spacing) / (minimum + self->spacing));
  return MIN (columns, n);
}

static int
column_width (DlgWrapBox *self,
              int         width,
              guint       columns)
{
  return MAX (0, (width - self->spacing * ((int) columns - 1)) / (int) columns);
}

/* The width of a row of the first NATURAL_COLUMNS columns at their widest */
static int
natural_width (DlgWrapBox *self)
{
  guint columns = MIN (count_children (self), NATURAL_COLUMNS);
  int natural;
  int minimum = column_minimum (self, &natural);

  return MAX (minimum, natural) * (int) columns + self->spacing * ((int) columns - 1);
}

/* The height of the rows at width, each row as tall as its tallest
 * column; heights[row] when heights is not NULL */
static int
rows_height (DlgWrapBox *self,
             int         width,
             guint       columns,
             GArray     *heights)
{
  int each = column_width (self, width, columns);
  int total = 0;
  int row_height = 0;
  guint i = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, each, &child_min, &child_nat,
                          NULL, NULL);
      row_height = MAX (row_height, child_nat);
      if (++i % columns == 0)
        {
          total += row_height + (total > 0 ? self->spacing : 0);
          if (heights != NULL)
            g_array_append_val (heights, row_height);
          row_height = 0;
        }
    }
  if (i % columns != 0)
    {
      total += row_height + (total > 0 ? self->spacing : 0);
      if (heights != NULL)
        g_array_append_val (heights, row_height);
    }
  return total;
}

static GtkSizeRequestMode
dlg_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
dlg_wrap_box_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  DlgWrapBox *self = DLG_WRAP_BOX (widget);
  int column_nat;

  *minimum = *natural = 0;
  if (count_children (self) == 0)
    return;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* one column a row at the least */
      *minimum = column_minimum (self, &column_nat);
      *natural = natural_width (self);
    }
  else
    {
      /* no width given: the natural one */
      int width = for_size >= 0 ? for_size : natural_width (self);

      *minimum = *natural = rows_height (self, width, dlg_wrap_box_columns_for_width (self, width),
                                         NULL);
    }
}

static void
dlg_wrap_box_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  DlgWrapBox *self = DLG_WRAP_BOX (widget);
  guint columns = dlg_wrap_box_columns_for_width (self, width);
  int each = column_width (self, width, columns);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  g_autoptr(GArray) heights = g_array_new (FALSE, FALSE, sizeof (int));
  int y = 0;
  guint i = 0;

  rows_height (self, width, columns, heights);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      guint row, col;
      int x;

      if (!gtk_widget_should_layout (child))
        continue;
      row = i / columns;
      col = i % columns;
      if (col == 0 && row > 0)
        y += g_array_index (heights, int, row - 1) + self->spacing;
      x = (int) col * (each + self->spacing);
      if (rtl)
        x = width - x - each;
      gtk_widget_size_allocate (child,
                                &(GtkAllocation) { x, y, each, g_array_index (heights, int, row) },
                                -1);
      i++;
    }
}

void
dlg_wrap_box_append (DlgWrapBox *self,
                     GtkWidget  *child)
{
  g_return_if_fail (DLG_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

void
dlg_wrap_box_remove_all (DlgWrapBox *self)
{
  GtkWidget *child;

  g_return_if_fail (DLG_IS_WRAP_BOX (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}

static void
dlg_wrap_box_dispose (GObject *object)
{
  dlg_wrap_box_remove_all (DLG_WRAP_BOX (object));

  G_OBJECT_CLASS (dlg_wrap_box_parent_class)->dispose (object);
}

static void
dlg_wrap_box_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DlgWrapBox *self = DLG_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_MIN_COLUMN_WIDTH:
      g_value_set_int (value, self->min_column_width);
      break;
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_wrap_box_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DlgWrapBox *self = DLG_WRAP_BOX (object);
  int *field;

  switch (prop_id)
    {
    case PROP_MIN_COLUMN_WIDTH:
      field = &self->min_column_width;
      break;
    case PROP_SPACING:
      field = &self->spacing;
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (*field == g_value_get_int (value))
    return;
  *field = g_value_get_int (value);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (object, pspec);
}

static void
dlg_wrap_box_class_init (DlgWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = dlg_wrap_box_dispose;
  object_class->get_property = dlg_wrap_box_get_property;
  object_class->set_property = dlg_wrap_box_set_property;
  widget_class->get_request_mode = dlg_wrap_box_get_request_mode;
  widget_class->measure = dlg_wrap_box_measure;
  widget_class->size_allocate = dlg_wrap_box_size_allocate;

  properties[PROP_MIN_COLUMN_WIDTH] =
    g_param_spec_int ("min-column-width", NULL, NULL, 1, G_MAXINT, 200, flags);
  properties[PROP_SPACING] = g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "wrapbox");
}

static void
dlg_wrap_box_init (DlgWrapBox *self)
{
  self->min_column_width = 200;
}

GtkWidget *
dlg_wrap_box_new (void)
{
  return g_object_new (DLG_TYPE_WRAP_BOX, NULL);
}
