#define G_LOG_DOMAIN "dlg-board"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlg-board.h"
#include "dlg-board-data.h"
#include "dlg-frame-queue.h"
#include "dlg-marks.h"
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

/* Chips are added a frame's worth at a time.  A new chip is a wrapping
 * label that GTK lays out about five times when it first measures it (a
 * card of 465 characters: 1.3 ms), and at 100 000 members the board's
 * 80 cards were most of the frame after a keystroke or after opening a
 * file.  A frame adds chips until it has this many characters of them,
 * the first chip of every column first; the bundled dataset's whole
 * board fits in one. */
#define FRAME_CHARS 4000

#define FRAME_CHARS_KEY "dlg-board-frame-chars"

typedef struct
{
  GtkWidget *column;  /* the column's box, a child of the board */
  char *text;
  gboolean planned;
  /* the least sure of the stays it lists */
  DlgCertainty certainty;
} Chip;

static void
chip_free (gpointer data)
{
  Chip *chip = data;

  g_free (chip->text);
  g_free (chip);
}

static gboolean
chip_query_tooltip_cb (GtkWidget  *label,
                       int         x,
                       int         y,
                       gboolean    keyboard,
                       GtkTooltip *tooltip,
                       gpointer    user_data)
{
  DlgCertainty certainty = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label), "dlg-certainty"));
  g_autofree char *text = NULL;

  if (certainty == DLG_CERTAINTY_CONFIRMED)
    return FALSE;
  /* Translators: a board card's tooltip: how sure the least sure of its stays is, "Least
   * certain stay listed: Single source" */
  text = g_strdup_printf (_("Least certain stay listed: %s"), dlg_certainty_to_label (certainty));
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* Adds a chip to its column; its cost, its characters */
static gsize
add_chip (gpointer item,
          gpointer user_data)
{
  Chip *chip = item;
  GtkWidget *label = gtk_label_new (chip->text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  dlg_label_set_wrapping (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "chip");
  if (chip->planned)
    gtk_widget_add_css_class (label, "planned");
  if (chip->certainty != DLG_CERTAINTY_CONFIRMED)
    {
      /* the mark after the place's name, its words on hover and for
       * screen readers */
      g_object_set_data (G_OBJECT (label), "dlg-certainty", GINT_TO_POINTER (chip->certainty));
      gtk_widget_set_has_tooltip (label, TRUE);
      g_signal_connect (label, "query-tooltip", G_CALLBACK (chip_query_tooltip_cb), NULL);
      dlg_mark_describe (label, chip->certainty);
    }
  gtk_box_append (GTK_BOX (chip->column), label);
  return strlen (chip->text);
}

static gsize
frame_chars (GtkWidget *board)
{
  gsize chars = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (board), FRAME_CHARS_KEY));

  return chars > 0 ? chars : FRAME_CHARS;
}

void
dlg_board_complete (DlgWrapBox *box)
{
  g_return_if_fail (DLG_IS_WRAP_BOX (box));
  dlg_frame_queue_finish (GTK_WIDGET (box));
}

gboolean
dlg_board_is_complete (DlgWrapBox *box)
{
  g_return_val_if_fail (DLG_IS_WRAP_BOX (box), TRUE);
  return dlg_frame_queue_is_done (GTK_WIDGET (box));
}

void
dlg_board_set_frame_chars (DlgWrapBox *box,
                           gsize       chars)
{
  g_return_if_fail (DLG_IS_WRAP_BOX (box));
  g_object_set_data (G_OBJECT (box), FRAME_CHARS_KEY, GSIZE_TO_POINTER (chars));
}

/* A column: its heading, then its chips (collected in chips, to be
 * added) or "None" */
static GtkWidget *
column (const char         *heading,
        GPtrArray          *places,
        int                 which,
        const char * const *names,
        GHashTable         *doubts,
        GPtrArray          *chips)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title;
  guint n = dlg_board_count (places, which);
  {
    /* Translators: a board column's heading and how many places it holds, "Both (4)" */
    g_autofree char *text = g_strdup_printf (_("%s (%u)"), heading, n);

    title = gtk_label_new (text);
  }
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  /* a long side name wraps rather than widening the column */
  dlg_label_set_wrapping (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (title, "section-heading");
  gtk_box_append (GTK_BOX (box), title);

  for (guint i = 0; i < places->len; i++)
    {
      DlgBoardPlace *place = g_ptr_array_index (places, i);
      g_autofree char *text = NULL;
      Chip *chip;

      if (dlg_board_place_column (place) != which)
        continue;
      chip = g_new0 (Chip, 1);
      chip->certainty = GPOINTER_TO_INT (g_hash_table_lookup (doubts, place->key));
      if (chip->certainty != DLG_CERTAINTY_CONFIRMED)
        {
          /* the place's name with the mark of its least sure stay */
          char *marked = dlg_mark_append (place->name, chip->certainty);

          g_free (place->name);
          place->name = marked;
        }
      text = dlg_board_place_text (place, names, which);
      chip->column = box;
      chip->text = dlg_text_in_locale_direction (text);
      chip->planned = planned_by_any (place);
      g_ptr_array_add (chips, chip);
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

/* Appends a column to the board; its chips, to be added, to columns */
static void
add_column (DlgWrapBox *board,
            GPtrArray  *columns,
            const char *heading,
            GPtrArray  *places,
            int         which,
            GPtrArray  *names,
            GHashTable *doubts)
{
  GPtrArray *chips = g_ptr_array_new ();

  g_ptr_array_add (columns, chips);
  dlg_wrap_box_append (board, column (heading, places, which, (const char * const *) names->pdata,
                                     doubts, chips));
}

/* Each place's least sure stay shown (key -> DlgCertainty), for the
 * places whose stays are not all confirmed: of the visits, as the card's
 * name heads them (a plan not kept says so in words, and its doubt is no
 * visit's: "Paris?" sat over India's visit, for Pakistan's plan) */
static GHashTable *
find_doubts (DlgSide   **sides,
             guint       n_sides,
             GHashTable *reached)
{
  GHashTable *doubts = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n_sides; i++)
    {
      GListModel *stops = dlg_side_get_destinations (sides[i]);

      for (guint j = 0; j < g_list_model_get_n_items (stops); j++)
        {
          g_autoptr(DlgDestination) d = g_list_model_get_item (stops, j);
          DlgCertainty certainty = dlg_record_get_certainty (DLG_RECORD (d));
          const char *key = dlg_destination_get_key (d);

          if (certainty == DLG_CERTAINTY_CONFIRMED || key == NULL ||
              dlg_destination_get_status (d) != DLG_VISIT_STATUS_VISITED ||
              (reached != NULL && !g_hash_table_contains (reached, d)))
            continue;
          /* the keys live as long as the dataset, longer than the board's fill */
          if ((int) certainty > GPOINTER_TO_INT (g_hash_table_lookup (doubts, key)))
            g_hash_table_insert (doubts, (gpointer) key, GINT_TO_POINTER (certainty));
        }
    }
  return doubts;
}

void
dlg_board_fill (DlgWrapBox *box,
                DlgSide   **sides,
                guint       n_sides,
                GHashTable *reached)
{
  g_autoptr(GPtrArray) places = dlg_board_places_of (sides, n_sides, reached);
  g_autoptr(GHashTable) doubts = find_doubts (sides, n_sides, reached);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  /* per column, its chips (Chip) */
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *chips;
  gsize chars = 0;

  g_return_if_fail (DLG_IS_WRAP_BOX (box));

  dlg_frame_queue_cancel (GTK_WIDGET (box));
  dlg_wrap_box_remove_all (box);

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
        add_column (box, columns, _("Both"), places, DLG_BOARD_SHARED, names, doubts);
      add_column (box, columns, only, places, (int) i, names, doubts);
    }
  if (n_sides != 2)
    /* Translators: board column of the places two or more sides visited (three sides or more) */
    add_column (box, columns, _("Shared"), places, DLG_BOARD_SHARED, names, doubts);
  if (dlg_board_count (places, DLG_BOARD_PLANNED) > 0)
    /* Translators: board column of the places planned but visited by no side */
    add_column (box, columns, _("Planned, not visited"), places, DLG_BOARD_PLANNED,
                names, doubts);

  /* the first chip of every column, then the second of every column…; a
   * board that fits in a frame at once, a bigger one from the next frame
   * on (the queue's tick runs before that frame is laid out) */
  chips = dlg_frame_queue_interleave (columns, chip_free);
  for (guint i = 0; i < chips->len; i++)
    chars += strlen (((Chip *) g_ptr_array_index (chips, i))->text);
  dlg_frame_queue_start (GTK_WIDGET (box), chips, add_chip, NULL, frame_chars (GTK_WIDGET (box)),
                         chars);
}
