/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-board"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "dlg-board.h"
#include "dlg-board-data.h"
#include "dlg-frame-queue.h"
#include "dlg-leader-card.h"
#include "dlg-marks.h"
#include "dlg-style.h"
#include "dlg-wrap-box.h"

/* Places are added a frame's worth at a time.  A new place is a wrapping
 * label that GTK lays out about five times when it first measures it (a
 * card of 465 characters: 1.3 ms), and at 100 000 members the board's
 * 80 cards were most of the frame after a keystroke or after opening a
 * file.  A frame adds places until it has this many characters of them,
 * the first place of every section first; the bundled dataset's whole
 * board fits in one. */
#define FRAME_CHARS 4000

/* The narrowest column of each kind of place: a one-sided place is a
 * line or two ("Abu Dhabi: Group 4, c. 22–23 May 2025"), a shared one a
 * card of a line per delegation */
#define CHIP_WIDTH 220
#define CARD_WIDTH 300

#define KEY_DATA "dlg-board-key"
#define DESTINATION_DATA "dlg-board-destination"
#define CERTAINTY_DATA "dlg-board-certainty"

struct _DlgBoard
{
  GtkWidget parent_instance;

  /* the place the keyboard is on: its widget (not held: the board's
   * child, cleared when it goes) and its key, kept from one fill to the
   * next */
  GtkWidget *current;
  char *current_key;
  /* the focus was on a place when the board was filled: the current
   * place takes it back when it is added */
  gboolean refocus;
  gsize frame_chars;
};

G_DEFINE_FINAL_TYPE (DlgBoard, dlg_board, GTK_TYPE_WIDGET)

enum
{
  PLACE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A place to add: its section's box, its text and how it looks */
typedef struct
{
  GtkWidget *box;
  char *text;
  /* the place's name as the text begins with it (made bold) */
  char *name;
  char *key;
  DlgDestination *first;
  gboolean planned;
  /* the least sure of the stays it lists */
  DlgCertainty certainty;
} Chip;

static void
chip_free (gpointer data)
{
  Chip *chip = data;

  g_free (chip->text);
  g_free (chip->name);
  g_free (chip->key);
  g_clear_object (&chip->first);
  g_free (chip);
}

static gboolean
planned_by_any (DlgBoardPlace *place)
{
  for (guint i = 0; i < place->n_sides; i++)
    if (place->planned_by[i])
      return TRUE;
  return FALSE;
}

static gboolean
chip_query_tooltip_cb (GtkWidget  *widget,
                       int         x,
                       int         y,
                       gboolean    keyboard,
                       GtkTooltip *tooltip,
                       gpointer    user_data)
{
  DlgCertainty certainty = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), CERTAINTY_DATA));
  g_autofree char *text = NULL;

  if (certainty == DLG_CERTAINTY_CONFIRMED)
    return FALSE;
  /* Translators: a board card's tooltip: how sure the least sure of its stays is, "Least
   * certain stay listed: Single source" */
  text = g_strdup_printf (_("Least certain stay listed: %s"), dlg_certainty_to_label (certainty));
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
chip_clicked_cb (DlgBoard  *self,
                 GtkButton *button)
{
  DlgDestination *first = g_object_get_data (G_OBJECT (button), DESTINATION_DATA);

  if (first != NULL)
    g_signal_emit (self, signals[PLACE_ACTIVATED], 0, first);
}

/* The place focused (by the keyboard or a click) is the one Tab comes
 * back to */
static void
chip_focus_cb (DlgBoard   *self,
               GParamSpec *pspec,
               GtkWidget  *chip)
{
  if (!gtk_widget_has_focus (chip))
    return;
  self->current = chip;
  g_free (self->current_key);
  self->current_key = g_strdup (g_object_get_data (G_OBJECT (chip), KEY_DATA));
}

/* The text's first bytes, the place's name, in bold: attributes, not
 * markup (the name is the dataset's) */
static void
bold_name (GtkLabel   *label,
           const char *text,
           const char *name)
{
  const char *at = strstr (text, name);
  PangoAttrList *attrs;
  PangoAttribute *bold;

  if (at == NULL)
    return;
  attrs = pango_attr_list_new ();
  bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
  bold->start_index = (guint) (at - text);
  bold->end_index = bold->start_index + (guint) strlen (name);
  pango_attr_list_insert (attrs, bold);
  gtk_label_set_attributes (label, attrs);
  pango_attr_list_unref (attrs);
}

/* Adds a place to its section; its cost, its characters */
static gsize
add_chip (gpointer item,
          gpointer user_data)
{
  DlgBoard *self = user_data;
  Chip *chip = item;
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = gtk_label_new (chip->text);
  g_autofree char *description = NULL;

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* at the top of a card as tall as its row's tallest */
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  dlg_label_set_wrapping (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  bold_name (GTK_LABEL (label), chip->text, chip->name);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "chip");
  if (chip->planned)
    gtk_widget_add_css_class (button, "planned");
  g_object_set_data_full (G_OBJECT (button), KEY_DATA, g_strdup (chip->key), g_free);
  g_object_set_data_full (G_OBJECT (button), DESTINATION_DATA, g_object_ref (chip->first),
                          g_object_unref);
  {
    /* what a screen reader says: the card's lines as sentences, then its
     * mark's words ("London≠. India Group 2, …. Sources disagree") */
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
    g_auto(GStrv) lines = g_strsplit (chip->text, "\n", -1);
    g_auto(GStrv) parts = NULL;

    g_strv_builder_addv (builder, (const char **) lines);
    if (dlg_mark_words (chip->certainty) != NULL)
      g_strv_builder_add (builder, dlg_mark_words (chip->certainty));
    parts = g_strv_builder_end (builder);
    description = dlg_card_describe_lines ((const char * const *) parts, g_strv_length (parts));
  }
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
  if (chip->certainty != DLG_CERTAINTY_CONFIRMED)
    {
      /* the mark after the place's name, its words on hover */
      g_object_set_data (G_OBJECT (button), CERTAINTY_DATA, GINT_TO_POINTER (chip->certainty));
      gtk_widget_set_has_tooltip (button, TRUE);
      g_signal_connect (button, "query-tooltip", G_CALLBACK (chip_query_tooltip_cb), NULL);
    }
  g_signal_connect_object (button, "clicked", G_CALLBACK (chip_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (button, "notify::has-focus", G_CALLBACK (chip_focus_cb), self,
                           G_CONNECT_SWAPPED);
  dlg_wrap_box_append (DLG_WRAP_BOX (chip->box), button);

  if (g_strcmp0 (chip->key, self->current_key) == 0)
    {
      self->current = button;
      if (self->refocus)
        {
          self->refocus = FALSE;
          gtk_widget_grab_focus (button);
        }
    }
  return strlen (chip->text);
}

/* A section: its heading ("Both (2 of 4 shown)"), then its places shown
 * (collected in chips, to be added) or "None" */
static GtkWidget *
section (const char         *heading,
         GPtrArray          *places,
         int                 which,
         const char * const *names,
         GPtrArray          *chips)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *flow = dlg_wrap_box_new ();
  GtkWidget *title;
  guint n = dlg_board_count (places, which);
  guint shown = dlg_board_count_shown (places, which);
  {
    g_autofree char *text = dlg_board_heading (heading, shown, n);

    title = gtk_label_new (text);
  }
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  /* a long side name wraps rather than widening the board */
  dlg_label_set_wrapping (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (title, "board-heading");
  gtk_box_append (GTK_BOX (box), title);

  g_object_set (flow, "min-column-width", which == DLG_BOARD_SHARED ? CARD_WIDTH : CHIP_WIDTH,
                "spacing", 6, NULL);
  gtk_box_append (GTK_BOX (box), flow);

  for (guint i = 0; i < places->len; i++)
    {
      DlgBoardPlace *place = g_ptr_array_index (places, i);
      g_autofree char *text = NULL;
      Chip *chip;

      if (dlg_board_place_column (place) != which || !place->shown)
        continue;
      chip = g_new0 (Chip, 1);
      chip->certainty = place->certainty;
      if (chip->certainty != DLG_CERTAINTY_CONFIRMED)
        {
          /* the place's name with the mark of its least sure stay */
          char *marked = dlg_mark_append (place->name, chip->certainty);

          g_free (place->name);
          place->name = marked;
        }
      text = dlg_board_place_text (place, names, which);
      chip->box = flow;
      chip->text = dlg_text_in_locale_direction (text);
      chip->name = g_strdup (place->name);
      chip->key = g_strdup (place->key);
      chip->first = g_object_ref (place->first);
      chip->planned = planned_by_any (place);
      g_ptr_array_add (chips, chip);
    }
  if (shown == 0)
    {
      /* Translators: an empty board section; "None shown": a filter hides its places */
      GtkWidget *none = gtk_label_new (n == 0 ? _("None") : _("None shown"));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (GTK_BOX (box), none);
      gtk_widget_set_visible (flow, FALSE);
    }
  return box;
}

/* Appends a section to the board; its places, to be added, to sections */
static void
add_section (DlgBoard   *self,
             GPtrArray  *sections,
             const char *heading,
             GPtrArray  *places,
             int         which,
             GPtrArray  *names)
{
  GPtrArray *chips = g_ptr_array_new ();

  g_ptr_array_add (sections, chips);
  gtk_widget_insert_before (section (heading, places, which, (const char * const *) names->pdata,
                                     chips),
                            GTK_WIDGET (self), NULL);
}

static void
remove_all (DlgBoard *self)
{
  GtkWidget *child;

  self->current = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}

/* The key of the place the keyboard goes to: the current one while it
 * is shown, else the first shown */
static void
choose_current (DlgBoard  *self,
                GPtrArray *sections)
{
  const char *first = NULL;

  for (guint i = 0; i < sections->len; i++)
    {
      GPtrArray *chips = g_ptr_array_index (sections, i);

      for (guint j = 0; j < chips->len; j++)
        {
          Chip *chip = g_ptr_array_index (chips, j);

          if (g_strcmp0 (chip->key, self->current_key) == 0)
            return;
          if (first == NULL)
            first = chip->key;
        }
    }
  g_free (self->current_key);
  self->current_key = g_strdup (first);
}

void
dlg_board_fill (DlgBoard   *self,
                DlgSide   **sides,
                guint       n_sides,
                GHashTable *reached)
{
  g_autoptr(GPtrArray) places = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  /* per section, its places (Chip) */
  g_autoptr(GPtrArray) sections = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *chips;
  GtkWidget *root_focus;
  gsize chars = 0;

  g_return_if_fail (DLG_IS_BOARD (self));

  places = dlg_board_places_of (sides, n_sides, reached);
  root_focus = gtk_widget_get_root (GTK_WIDGET (self)) != NULL
               ? gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self))) : NULL;
  self->refocus = root_focus != NULL && gtk_widget_is_ancestor (root_focus, GTK_WIDGET (self));
  dlg_frame_queue_cancel (GTK_WIDGET (self));
  remove_all (self);

  for (guint i = 0; i < n_sides; i++)
    g_ptr_array_add (names, dlg_text_isolate (dlg_side_get_name (sides[i])));
  g_ptr_array_add (names, NULL);

  /* the places two or more sides visited first (for two sides "Both"),
   * then each side's own */
  if (n_sides == 2)
    /* Translators: board section of the places both sides visited */
    add_section (self, sections, _("Both"), places, DLG_BOARD_SHARED, names);
  else
    /* Translators: board section of the places two or more sides visited (three sides or more) */
    add_section (self, sections, _("Shared"), places, DLG_BOARD_SHARED, names);
  for (guint i = 0; i < n_sides; i++)
    {
      /* Translators: board section of the places only this side visited, "India only" */
      g_autofree char *only = g_strdup_printf (_("%s only"), (char *) g_ptr_array_index (names, i));

      add_section (self, sections, only, places, (int) i, names);
    }
  if (dlg_board_count (places, DLG_BOARD_PLANNED) > 0)
    /* Translators: board section of the places planned but visited by no side */
    add_section (self, sections, _("Planned, not visited"), places, DLG_BOARD_PLANNED,
                 names);

  choose_current (self, sections);
  /* the first place of every section, then the second of every section…;
   * a board that fits in a frame at once, a bigger one from the next
   * frame on (the queue's tick runs before that frame is laid out) */
  chips = dlg_frame_queue_interleave (sections, chip_free);
  for (guint i = 0; i < chips->len; i++)
    chars += strlen (((Chip *) g_ptr_array_index (chips, i))->text);
  dlg_frame_queue_start (GTK_WIDGET (self), chips, add_chip, self,
                         self->frame_chars > 0 ? self->frame_chars : FRAME_CHARS, chars);
}

void
dlg_board_complete (DlgBoard *self)
{
  g_return_if_fail (DLG_IS_BOARD (self));
  dlg_frame_queue_finish (GTK_WIDGET (self));
}

gboolean
dlg_board_is_complete (DlgBoard *self)
{
  g_return_val_if_fail (DLG_IS_BOARD (self), TRUE);
  return dlg_frame_queue_is_done (GTK_WIDGET (self));
}

void
dlg_board_set_frame_chars (DlgBoard *self,
                           gsize     chars)
{
  g_return_if_fail (DLG_IS_BOARD (self));
  self->frame_chars = chars;
}

GPtrArray *
dlg_board_get_places (DlgBoard *self)
{
  GPtrArray *places = g_ptr_array_new ();

  g_return_val_if_fail (DLG_IS_BOARD (self), places);

  for (GtkWidget *box = gtk_widget_get_first_child (GTK_WIDGET (self)); box != NULL;
       box = gtk_widget_get_next_sibling (box))
    {
      /* the heading, then the places' wrap box */
      GtkWidget *flow = gtk_widget_get_next_sibling (gtk_widget_get_first_child (box));

      if (!DLG_IS_WRAP_BOX (flow))
        continue;
      for (GtkWidget *w = gtk_widget_get_first_child (flow); w != NULL;
           w = gtk_widget_get_next_sibling (w))
        g_ptr_array_add (places, w);
    }
  return places;
}

GtkWidget *
dlg_board_get_current (DlgBoard *self)
{
  g_return_val_if_fail (DLG_IS_BOARD (self), NULL);
  return self->current;
}

/* --- the keyboard --- */

/* The place nearest from's centre in the row above (up) or below it */
static GtkWidget *
place_beside (DlgBoard  *self,
              GPtrArray *places,
              GtkWidget *from,
              gboolean   up)
{
  graphene_rect_t at, r;
  GtkWidget *best = NULL;
  float best_y = 0, best_dx = 0;

  if (!gtk_widget_compute_bounds (from, GTK_WIDGET (self), &at))
    return NULL;
  for (guint i = 0; i < places->len; i++)
    {
      GtkWidget *w = g_ptr_array_index (places, i);
      float dx;

      if (w == from || !gtk_widget_compute_bounds (w, GTK_WIDGET (self), &r))
        continue;
      if (up ? r.origin.y + r.size.height > at.origin.y + 0.5f
             : r.origin.y < at.origin.y + at.size.height - 0.5f)
        continue;
      dx = fabsf ((r.origin.x + r.size.width / 2) - (at.origin.x + at.size.width / 2));
      /* the nearest row first, then the nearest in it */
      if (best == NULL ||
          (up ? r.origin.y > best_y + 0.5f : r.origin.y < best_y - 0.5f) ||
          (fabsf (r.origin.y - best_y) <= 0.5f && dx < best_dx))
        {
          best = w;
          best_y = r.origin.y;
          best_dx = dx;
        }
    }
  return best;
}

/* Moves the keyboard's place: TRUE when the key is the board's */
static gboolean
move (DlgBoard *self,
      guint     keyval)
{
  g_autoptr(GPtrArray) places = dlg_board_get_places (self);
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  GtkWidget *to = NULL;
  guint at;

  if (self->current == NULL || !g_ptr_array_find (places, self->current, &at))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      {
        gboolean forward = (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right) != rtl;

        if (forward && at + 1 < places->len)
          to = g_ptr_array_index (places, at + 1);
        else if (!forward && at > 0)
          to = g_ptr_array_index (places, at - 1);
      }
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      to = place_beside (self, places, self->current, TRUE);
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      to = place_beside (self, places, self->current, FALSE);
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      to = g_ptr_array_index (places, 0);
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      to = g_ptr_array_index (places, places->len - 1);
      break;
    default:
      return FALSE;
    }
  /* at an edge the keyboard stays on its place */
  if (to != NULL)
    gtk_widget_grab_focus (to);
  return TRUE;
}

static gboolean
key_pressed_cb (DlgBoard              *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
  return move (self, keyval);
}

/* One Tab stop: Tab comes in to the current place and goes on out of
 * the board; arrows move inside it */
static gboolean
dlg_board_focus (GtkWidget        *widget,
                 GtkDirectionType  direction)
{
  DlgBoard *self = DLG_BOARD (widget);

  if (gtk_widget_get_focus_child (widget) != NULL)
    return direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD;
  if (self->current == NULL)
    {
      g_autoptr(GPtrArray) places = dlg_board_get_places (self);

      if (places->len == 0)
        return FALSE;
      self->current = g_ptr_array_index (places, 0);
    }
  return gtk_widget_grab_focus (self->current);
}

static void
dlg_board_dispose (GObject *object)
{
  DlgBoard *self = DLG_BOARD (object);

  dlg_frame_queue_cancel (GTK_WIDGET (self));
  remove_all (self);
  g_clear_pointer (&self->current_key, g_free);

  G_OBJECT_CLASS (dlg_board_parent_class)->dispose (object);
}

static void
dlg_board_class_init (DlgBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlg_board_dispose;
  widget_class->focus = dlg_board_focus;

  /* ::place-activated (destination): a place was activated (its first
   * destination) */
  signals[PLACE_ACTIVATED] =
    g_signal_new ("place-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, DLG_TYPE_DESTINATION);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "board");
}

static void
dlg_board_init (DlgBoard *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
