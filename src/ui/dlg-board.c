#define G_LOG_DOMAIN "dlg-board"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-board.h"
#include "dlg-board-data.h"

static GtkWidget *
column (const char *heading,
        GPtrArray  *chips,
        guint       visited,
        const char *name_a,
        const char *name_b)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title;
  guint n;

  n = dlg_board_count (chips, visited);
  {
    /* Translators: a board column's heading and how many places it holds, "Both (4)" */
    g_autofree char *text = g_strdup_printf (_("%s (%u)"), heading, n);

    title = gtk_label_new (text);
  }
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "section-heading");
  gtk_box_append (GTK_BOX (box), title);

  for (guint i = 0; i < chips->len; i++)
    {
      DlgBoardPlace *chip = g_ptr_array_index (chips, i);
      g_autofree char *text = NULL;
      GtkWidget *label;

      if (chip->visited != visited)
        continue;
      text = dlg_board_place_text (chip, name_a, name_b);
      label = gtk_label_new (text);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "chip");
      if (chip->planned != 0)
        gtk_widget_add_css_class (label, "planned");
      gtk_box_append (GTK_BOX (box), label);
    }
  if (n == 0)
    {
      /* Translators: an empty board column */
      GtkWidget *none = gtk_label_new (_("None"));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_box_append (GTK_BOX (box), none);
    }
  return box;
}

void
dlg_board_fill (GtkBox    *box,
                DlgSide   *a,
                DlgSide   *b,
                GHashTable *reached)
{
  g_autoptr(GPtrArray) chips = dlg_board_places (a, b, reached);
  g_autofree char *name_a = dlg_text_isolate (dlg_side_get_name (a));
  g_autofree char *name_b = dlg_text_isolate (dlg_side_get_name (b));
  g_autofree char *only_a = NULL;
  g_autofree char *only_b = NULL;
  GtkWidget *child;

  g_return_if_fail (GTK_IS_BOX (box));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);


  /* Translators: board column of the places only this side visited, "India only" */
  only_a = g_strdup_printf (_("%s only"), name_a);
  only_b = g_strdup_printf (_("%s only"), name_b);
  gtk_box_append (box, column (only_a, chips, 1, name_a, name_b));
  /* Translators: board column of the places both sides visited */
  gtk_box_append (box, column (_("Both"), chips, 3, name_a, name_b));
  gtk_box_append (box, column (only_b, chips, 2, name_a, name_b));
  /* planned stops no side made */
  if (dlg_board_count (chips, 0) > 0)
    /* Translators: board column of the places planned but visited by no side */
    gtk_box_append (box, column (_("Planned, not visited"), chips, 0, name_a, name_b));
}
