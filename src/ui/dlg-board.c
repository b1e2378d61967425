#define G_LOG_DOMAIN "dlg-board"

#include "config.h"

#include <string.h>

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

/* Chips are added a frame's worth at a time.  A new chip is a wrapping
 * label that GTK lays out about five times when it first measures it (a
 * card of 465 characters: 1.3 ms), and at 100 000 members the board's
 * 80 cards were most of the frame after a keystroke or after opening a
 * file.  A frame adds chips until it has this many characters of them,
 * the first chip of every column first; the bundled dataset's whole
 * board fits in one. */
#define FRAME_CHARS 4000

#define PENDING_KEY "dlg-board-pending"
#define FRAME_CHARS_KEY "dlg-board-frame-chars"

typedef struct
{
  GtkWidget *column;  /* the column's box, a child of the board */
  char *text;
  gboolean planned;
} Chip;

typedef struct
{
  GtkWidget *board;
  GPtrArray *chips;   /* Chip, in the order they are added */
  guint next;
  guint tick;
} Pending;

static void
chip_free (gpointer data)
{
  Chip *chip = data;

  g_free (chip->text);
  g_free (chip);
}

static void
add_chip (Chip *chip)
{
  GtkWidget *label = gtk_label_new (chip->text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  dlg_label_set_wrapping (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "chip");
  if (chip->planned)
    gtk_widget_add_css_class (label, "planned");
  gtk_box_append (GTK_BOX (chip->column), label);
}

/* Adds chips until chars characters of them (all for 0); TRUE when some
 * are left */
static gboolean
add_chips (Pending *pending,
           gsize    chars)
{
  gsize added = 0;

  while (pending->next < pending->chips->len && (chars == 0 || added < chars))
    {
      Chip *chip = g_ptr_array_index (pending->chips, pending->next++);

      add_chip (chip);
      added += strlen (chip->text);
    }
  return pending->next < pending->chips->len;
}

static gsize
frame_chars (GtkWidget *board)
{
  gsize chars = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (board), FRAME_CHARS_KEY));

  return chars > 0 ? chars : FRAME_CHARS;
}

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  /* the tick is gone with it (removed, done, or its widget destroyed) */
  if (g_object_get_data (G_OBJECT (pending->board), PENDING_KEY) == pending)
    g_object_set_data (G_OBJECT (pending->board), PENDING_KEY, NULL);
  g_ptr_array_unref (pending->chips);
  g_free (pending);
}

static gboolean
add_chips_cb (GtkWidget     *board,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  return add_chips (user_data, frame_chars (board)) ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* Stops adding the chips of the last fill (its columns are going) */
static void
cancel_pending (GtkWidget *board)
{
  Pending *pending = g_object_get_data (G_OBJECT (board), PENDING_KEY);

  if (pending != NULL)
    gtk_widget_remove_tick_callback (board, pending->tick);
}

void
dlg_board_complete (GtkBox *box)
{
  Pending *pending;

  g_return_if_fail (GTK_IS_BOX (box));

  pending = g_object_get_data (G_OBJECT (box), PENDING_KEY);
  if (pending == NULL)
    return;
  add_chips (pending, 0);
  gtk_widget_remove_tick_callback (GTK_WIDGET (box), pending->tick);
}

gboolean
dlg_board_is_complete (GtkBox *box)
{
  g_return_val_if_fail (GTK_IS_BOX (box), TRUE);
  return g_object_get_data (G_OBJECT (box), PENDING_KEY) == NULL;
}

void
dlg_board_set_frame_chars (GtkBox *box,
                           gsize   chars)
{
  g_return_if_fail (GTK_IS_BOX (box));
  g_object_set_data (G_OBJECT (box), FRAME_CHARS_KEY, GSIZE_TO_POINTER (chars));
}

/* A column: its heading, then its chips (collected in chips, to be
 * added) or "None" */
static GtkWidget *
column (const char         *heading,
        GPtrArray          *places,
        int                 which,
        const char * const *names,
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
  gtk_widget_add_css_class (title, "section-heading");
  gtk_box_append (GTK_BOX (box), title);

  for (guint i = 0; i < places->len; i++)
    {
      DlgBoardPlace *place = g_ptr_array_index (places, i);
      g_autofree char *text = NULL;
      Chip *chip;

      if (dlg_board_place_column (place) != which)
        continue;
      text = dlg_board_place_text (place, names, which);
      chip = g_new0 (Chip, 1);
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
add_column (GtkBox     *board,
            GPtrArray  *columns,
            const char *heading,
            GPtrArray  *places,
            int         which,
            GPtrArray  *names)
{
  GPtrArray *chips = g_ptr_array_new ();

  g_ptr_array_add (columns, chips);
  gtk_box_append (board, column (heading, places, which, (const char * const *) names->pdata, chips));
}

void
dlg_board_fill (GtkBox     *box,
                DlgSide   **sides,
                guint       n_sides,
                GHashTable *reached)
{
  g_autoptr(GPtrArray) places = dlg_board_places_of (sides, n_sides, reached);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  /* per column, its chips (Chip) */
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  Pending *pending;
  GtkWidget *child;
  guint row = 0;
  gsize chars = 0;
  gboolean more;

  g_return_if_fail (GTK_IS_BOX (box));

  cancel_pending (GTK_WIDGET (box));
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
        add_column (box, columns, _("Both"), places, DLG_BOARD_SHARED, names);
      add_column (box, columns, only, places, (int) i, names);
    }
  if (n_sides != 2)
    /* Translators: board column of the places two or more sides visited (three sides or more) */
    add_column (box, columns, _("Shared"), places, DLG_BOARD_SHARED, names);
  if (dlg_board_count (places, DLG_BOARD_PLANNED) > 0)
    /* Translators: board column of the places planned but visited by no side */
    add_column (box, columns, _("Planned, not visited"), places, DLG_BOARD_PLANNED,
                names);

  /* the first chip of every column, then the second of every column… */
  pending = g_new0 (Pending, 1);
  pending->board = GTK_WIDGET (box);
  pending->chips = g_ptr_array_new_with_free_func (chip_free);
  do
    {
      more = FALSE;
      for (guint c = 0; c < columns->len; c++)
        {
          GPtrArray *chips = g_ptr_array_index (columns, c);

          if (row < chips->len)
            {
              g_ptr_array_add (pending->chips, g_ptr_array_index (chips, row));
              more = TRUE;
            }
        }
      row++;
    }
  while (more);

  /* a board that fits in a frame at once; a bigger one from the next
   * frame on (its tick runs before that frame is laid out) */
  for (guint i = 0; i < pending->chips->len; i++)
    chars += strlen (((Chip *) g_ptr_array_index (pending->chips, i))->text);
  if (chars <= frame_chars (GTK_WIDGET (box)))
    {
      add_chips (pending, 0);
      pending_free (pending);
      return;
    }
  g_object_set_data (G_OBJECT (box), PENDING_KEY, pending);
  pending->tick = gtk_widget_add_tick_callback (GTK_WIDGET (box), add_chips_cb, pending,
                                                pending_free);
}
