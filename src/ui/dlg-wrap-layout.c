#define G_LOG_DOMAIN "dlg-wrap-layout"

#include "config.h"

#include "dlg-wrap-layout.h"

/* A row takes at most this many columns at its natural width: what the
 * layout asks for is never the width of all of them side by side. */
#define NATURAL_COLUMNS 6

struct _DlgWrapLayout
{
  GtkLayoutManager parent_instance;

  int min_column_width;
  int spacing;
};

G_DEFINE_FINAL_TYPE (DlgWrapLayout, dlg_wrap_layout, GTK_TYPE_LAYOUT_MANAGER)

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      n++;
  return n;
}

/* The widest minimum of the children, and at least min_column_width */
static int
column_minimum (DlgWrapLayout *self,
                GtkWidget     *widget,
                int           *natural)
{
  int minimum = self->min_column_width;

  *natural = self->min_column_width;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
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
dlg_wrap_layout_columns_for_width (DlgWrapLayout *self,
                                   GtkWidget     *widget,
                                   int            width)
{
  guint n = count_children (widget);
  int natural;
  int minimum;
  guint columns;

  g_return_val_if_fail (DLG_IS_WRAP_LAYOUT (self), 1);

  if (n == 0)
    return 1;
  minimum = column_minimum (self, widget, &natural);
  columns = (guint) MAX (1, (width + self->spacing) / (minimum + self->spacing));
  return MIN (columns, n);
}

static int
column_width (DlgWrapLayout *self,
              int            width,
              guint          columns)
{
  return MAX (0, (width - self->spacing * ((int) columns - 1)) / (int) columns);
}

/* The height of the rows at width, each row as tall as its tallest
 * column; heights[row] when heights is not NULL */
static int
rows_height (DlgWrapLayout *self,
             GtkWidget     *widget,
             int            width,
             guint          columns,
             GArray        *heights)
{
  int each = column_width (self, width, columns);
  int total = 0;
  int row_height = 0;
  guint i = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
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
dlg_wrap_layout_get_request_mode (GtkLayoutManager *manager,
                                  GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
dlg_wrap_layout_measure (GtkLayoutManager *manager,
                         GtkWidget        *widget,
                         GtkOrientation    orientation,
                         int               for_size,
                         int              *minimum,
                         int              *natural,
                         int              *minimum_baseline,
                         int              *natural_baseline)
{
  DlgWrapLayout *self = DLG_WRAP_LAYOUT (manager);
  guint n = count_children (widget);
  int column_min, column_nat;

  *minimum = *natural = 0;
  if (n == 0)
    return;
  column_min = column_minimum (self, widget, &column_nat);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      guint columns = MIN (n, NATURAL_COLUMNS);

      /* one column a row at the least */
      *minimum = column_min;
      *natural = MAX (column_min, column_nat) * (int) columns + self->spacing * ((int) columns - 1);
    }
  else
    {
      int width = for_size;
      guint columns;

      /* no width given: the natural one */
      if (width < 0)
        {
          columns = MIN (n, NATURAL_COLUMNS);
          width = MAX (column_min, column_nat) * (int) columns + self->spacing * ((int) columns - 1);
        }
      columns = dlg_wrap_layout_columns_for_width (self, widget, width);
      *minimum = *natural = rows_height (self, widget, width, columns, NULL);
    }
}

static void
dlg_wrap_layout_allocate (GtkLayoutManager *manager,
                          GtkWidget        *widget,
                          int               width,
                          int               height,
                          int               baseline)
{
  DlgWrapLayout *self = DLG_WRAP_LAYOUT (manager);
  guint columns = dlg_wrap_layout_columns_for_width (self, widget, width);
  int each = column_width (self, width, columns);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  g_autoptr(GArray) heights = g_array_new (FALSE, FALSE, sizeof (int));
  int y = 0;
  guint i = 0;

  rows_height (self, widget, width, columns, heights);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      guint row = i / columns;
      guint col = i % columns;
      int x = (int) col * (each + self->spacing);
      int row_height = g_array_index (heights, int, row);

      if (!gtk_widget_should_layout (child))
        continue;
      if (col == 0 && row > 0)
        y += g_array_index (heights, int, row - 1) + self->spacing;
      if (rtl)
        x = width - x - each;
      gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, each, row_height }, -1);
      i++;
    }
}

static void
dlg_wrap_layout_class_init (DlgWrapLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->get_request_mode = dlg_wrap_layout_get_request_mode;
  manager_class->measure = dlg_wrap_layout_measure;
  manager_class->allocate = dlg_wrap_layout_allocate;
}

static void
dlg_wrap_layout_init (DlgWrapLayout *self)
{
}

GtkLayoutManager *
dlg_wrap_layout_new (int min_column_width,
                     int spacing)
{
  DlgWrapLayout *self = g_object_new (DLG_TYPE_WRAP_LAYOUT, NULL);

  self->min_column_width = MAX (1, min_column_width);
  self->spacing = MAX (0, spacing);
  return GTK_LAYOUT_MANAGER (self);
}
