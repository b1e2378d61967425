#define G_LOG_DOMAIN "dlg-board"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-board.h"
#include "dlg-board-data.h"
#include "dlg-style.h"
#include "dlg-width-bin.h"

static gboolean
planned_by_any (DlgBoardPlace *place)
{
  for (guint i = 0; i < place->n_sides; i++)
    if (place->planned_by[i])
      return TRUE;
  return FALSE;
}

static GtkWidget *
column (const char         *heading,
        GPtrArray          *chips,
        int                 which,
        const char * const *names)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title;
  guint n = dlg_board_count (chips, which);
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
      g_autofree char *shown = NULL;
      GtkWidget *label;

      if (dlg_board_place_column (chip) != which)
        continue;
      text = dlg_board_place_text (chip, names, which);
      shown = dlg_text_in_locale_direction (text);
      label = gtk_label_new (shown);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      dlg_label_set_wrapping (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "chip");
      if (planned_by_any (chip))
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
  /* the board is a horizontal box: see dlg-width-bin.h */
  return dlg_width_bin_new (box);
}

void
dlg_board_fill (GtkBox     *box,
                DlgSide   **sides,
                guint       n_sides,
                GHashTable *reached)
{
  g_autoptr(GPtrArray) chips = dlg_board_places_of (sides, n_sides, reached);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *child;

  g_return_if_fail (GTK_IS_BOX (box));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);

  for (guint i = 0; i < n_sides; i++)
    g_ptr_array_add (names, dlg_text_isolate (dlg_side_get_name (sides[i])));
  g_ptr_array_add (names, NULL);

  /* two sides: "India only | Both | Pakistan only"; more: one column per
   * side, then the places two or more of them visited */
  for (guint i = 0; i < n_sides; i++)
    {
      /* Translators: board column of the places only this side visited, "India only" */
      g_autofree char *only = g_strdup_printf (_("%s only"), (char *) g_ptr_array_index (names, i));

      if (n_sides == 2 && i == 1)
        /* Translators: board column of the places both sides visited */
        gtk_box_append (box, column (_("Both"), chips, DLG_BOARD_SHARED, (const char * const *) names->pdata));
      gtk_box_append (box, column (only, chips, i, (const char * const *) names->pdata));
    }
  if (n_sides != 2)
    /* Translators: board column of the places two or more sides visited (three sides or more) */
    gtk_box_append (box, column (_("Shared"), chips, DLG_BOARD_SHARED, (const char * const *) names->pdata));
  if (dlg_board_count (chips, DLG_BOARD_PLANNED) > 0)
    /* Translators: board column of the places planned but visited by no side */
    gtk_box_append (box, column (_("Planned, not visited"), chips, DLG_BOARD_PLANNED,
                                 (const char * const *) names->pdata));
}
