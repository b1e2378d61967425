#define G_LOG_DOMAIN "dlg-board"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-board.h"

typedef struct
{
  char *key;
  char *name;
  /* bit 0: the first side, bit 1: the second */
  guint visited;
  guint planned;
  /* the closest visited stays of each side, for the pairing */
  DlgDestination *stay[2];
  GString *lines[2];
} Chip;

static void
chip_free (gpointer data)
{
  Chip *chip = data;

  g_free (chip->key);
  g_free (chip->name);
  for (guint i = 0; i < 2; i++)
    {
      g_clear_object (&chip->stay[i]);
      g_string_free (chip->lines[i], TRUE);
    }
  g_free (chip);
}

static int
chip_compare (gconstpointer a,
              gconstpointer b)
{
  const Chip *ca = *(const Chip * const *) a;
  const Chip *cb = *(const Chip * const *) b;

  return g_utf8_collate (ca->name, cb->name);
}

static void
collect (GHashTable *chips,
         GPtrArray  *order,
         DlgSide    *side,
         guint       index,
         GHashTable *reached)
{
  GListModel *delegations = dlg_side_get_delegations (side);

  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(DlgDelegation) d = g_list_model_get_item (delegations, i);
      GListModel *stops = dlg_delegation_get_destinations (d);
      g_autofree char *label = dlg_text_isolate (dlg_delegation_get_label (d));

      for (guint j = 0; j < g_list_model_get_n_items (stops); j++)
        {
          g_autoptr(DlgDestination) dest = g_list_model_get_item (stops, j);
          const char *key = dlg_destination_get_key (dest);
          g_autofree char *dates = NULL;
          DlgVisitStatus status = dlg_destination_get_status (dest);
          Chip *chip;

          if (reached != NULL && !g_hash_table_contains (reached, dest))
            continue;
          chip = g_hash_table_lookup (chips, key);
          if (chip == NULL)
            {
              chip = g_new0 (Chip, 1);
              chip->key = g_strdup (key);
              chip->name = dlg_text_isolate (dlg_destination_get_place_label (dest));
              chip->lines[0] = g_string_new (NULL);
              chip->lines[1] = g_string_new (NULL);
              g_hash_table_insert (chips, chip->key, chip);
              g_ptr_array_add (order, chip);
            }
          if (status == DLG_VISIT_STATUS_VISITED)
            {
              chip->visited |= 1u << index;
              if (chip->stay[index] == NULL)
                chip->stay[index] = g_object_ref (dest);
            }
          else
            chip->planned |= 1u << index;

          dates = dlg_format_dates (dlg_destination_get_from (dest), dlg_destination_get_to (dest),
                                    dlg_destination_get_dates_approximate (dest));
          if (chip->lines[index]->len > 0)
            g_string_append_c (chip->lines[index], '\n');
          if (status == DLG_VISIT_STATUS_VISITED)
            /* Translators: a delegation on a board chip and its dates, "Group 2, 31 May – 3 Jun 2025" */
            g_string_append_printf (chip->lines[index], _("%s, %s"), label,
                                    dates != NULL ? dates : _("dates not known"));
          else
            /* Translators: a delegation on a board chip that did not make the stop,
             * "Peace delegation: planned, not visited" */
            g_string_append_printf (chip->lines[index], _("%s: %s"), label,
                                    dlg_visit_status_to_label (status));
        }
    }
}

static char *
chip_text (Chip       *chip,
           const char *name_a,
           const char *name_b)
{
  GString *s = g_string_new (chip->name);

  for (guint i = 0; i < 2; i++)
    if (chip->lines[i]->len > 0)
      {
        g_auto(GStrv) lines = g_strsplit (chip->lines[i]->str, "\n", -1);

        for (guint k = 0; lines[k] != NULL; k++)
          /* Translators: a line of a board chip: side, delegation and dates */
          g_string_append_printf (s, _("\n%s %s"), i == 0 ? name_a : name_b, lines[k]);
      }
  if (chip->stay[0] != NULL && chip->stay[1] != NULL)
    {
      int apart = dlg_destinations_days_apart (chip->stay[0], chip->stay[1]);

      if (apart >= 0)
        {
          g_string_append_c (s, '\n');
          if (apart == 0)
            g_string_append (s, _("There at the same time"));
          else
            g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%d day apart",
                                                    "%d days apart", (gulong) apart), apart);
        }
    }
  return g_string_free (s, FALSE);
}

static GtkWidget *
column (const char *heading,
        GPtrArray  *chips,
        guint       visited,
        const char *name_a,
        const char *name_b)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title;
  guint n = 0;

  for (guint i = 0; i < chips->len; i++)
    n += ((Chip *) g_ptr_array_index (chips, i))->visited == visited;
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
      Chip *chip = g_ptr_array_index (chips, i);
      g_autofree char *text = NULL;
      GtkWidget *label;

      if (chip->visited != visited)
        continue;
      text = chip_text (chip, name_a, name_b);
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
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) chips = g_ptr_array_new_with_free_func (chip_free);
  g_autofree char *name_a = dlg_text_isolate (dlg_side_get_name (a));
  g_autofree char *name_b = dlg_text_isolate (dlg_side_get_name (b));
  g_autofree char *only_a = NULL;
  g_autofree char *only_b = NULL;
  GtkWidget *child;

  g_return_if_fail (GTK_IS_BOX (box));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);

  collect (index, chips, a, 0, reached);
  collect (index, chips, b, 1, reached);
  g_ptr_array_sort (chips, chip_compare);

  /* Translators: board column of the places only this side visited, "India only" */
  only_a = g_strdup_printf (_("%s only"), name_a);
  only_b = g_strdup_printf (_("%s only"), name_b);
  gtk_box_append (box, column (only_a, chips, 1, name_a, name_b));
  /* Translators: board column of the places both sides visited */
  gtk_box_append (box, column (_("Both"), chips, 3, name_a, name_b));
  gtk_box_append (box, column (only_b, chips, 2, name_a, name_b));
  /* planned stops no side made */
  {
    guint planned = 0;

    for (guint i = 0; i < chips->len; i++)
      planned += ((Chip *) g_ptr_array_index (chips, i))->visited == 0;
    if (planned > 0)
      /* Translators: board column of the places planned but visited by no side */
      gtk_box_append (box, column (_("Planned, not visited"), chips, 0, name_a, name_b));
  }
}
