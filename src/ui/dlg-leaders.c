/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-leaders"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-frame-queue.h"
#include "dlg-leader-tile.h"
#include "dlg-leaders.h"
#include "dlg-sets.h"
#include "dlg-style.h"
#include "dlg-width-bin.h"

/* A line of text in column */
static GtkWidget *
card_line (GtkWidget  *column,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  dlg_label_set_wrapping (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (column), label);
  return label;
}

static GtkWidget *
leader_button (DlgDelegation *d,
               GCallback      activate,
               gpointer       instance)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *tile = dlg_leader_tile_new ();
  DlgMember *leader = dlg_delegation_get_leader (d);

  gtk_box_set_spacing (GTK_BOX (tile), 2);
  /* its accessible name goes on the button */
  gtk_button_set_child (GTK_BUTTON (button), tile);
  dlg_leader_tile_set_delegation (DLG_LEADER_TILE (tile), d);
  gtk_widget_add_css_class (button, "leader-card");
  gtk_widget_add_css_class (button, "flat");
  if (leader != NULL)
    {
      g_object_set_data_full (G_OBJECT (button), "leader", g_object_ref (leader), g_object_unref);
      g_signal_connect_object (button, "clicked", activate, instance, G_CONNECT_SWAPPED);
    }
  else
    gtk_widget_set_sensitive (button, FALSE);
  return button;
}

/* More cards than this are added a frame's worth (this many) at a time,
 * the first of each side first: each new card is five wrapping labels
 * GTK lays out about five times each, and at 10 000 members the 48 cards
 * were a fifth of the first frame with the Overview */
#define FRAME_CARDS 12

#define LAST_CARD_KEY "dlg-leaders-last-card"

typedef struct
{
  GtkWidget *column;  /* a child of the leaders' box */
  DlgDelegation *delegation;
  GCallback activate;
  gpointer instance;
} Card;

static void
card_free (gpointer data)
{
  Card *card = data;

  g_object_unref (card->delegation);
  g_free (card);
}

/* Adds a card after its column's last (its heading first); its cost, one */
static gsize
add_card (gpointer item,
          gpointer user_data)
{
  Card *card = item;
  GtkWidget *button = leader_button (card->delegation, card->activate, card->instance);

  gtk_box_insert_child_after (GTK_BOX (card->column), button,
                              g_object_get_data (G_OBJECT (card->column), LAST_CARD_KEY));
  g_object_set_data (G_OBJECT (card->column), LAST_CARD_KEY, button);
  return 1;
}

void
dlg_leaders_complete (GtkBox *box)
{
  g_return_if_fail (GTK_IS_BOX (box));
  dlg_frame_queue_finish (GTK_WIDGET (box));
}

/* The side's colour as a stripe along its column: an accent, never the
 * text's colour (a dataset's colour need not contrast with the theme) */
static void
draw_stripe (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  gdk_cairo_set_source_rgba (cr, user_data);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

/* A side's column: its heading, its cards (collected in cards, to be
 * added), and past DLG_LEADERS_OVERVIEW_CARDS how many more */
static GtkWidget *
side_column (DlgSide    *side,
             guint       index,
             GHashTable *delegations,
             GCallback   activate,
             gpointer    instance,
             GPtrArray  *cards)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GListModel *list = dlg_side_get_delegations (side);
  g_autofree char *name = NULL;
  GtkWidget *heading;
  guint shown_n = 0;

  heading = g_object_new (GTK_TYPE_LABEL,
                          "label", dlg_text_shown (dlg_side_get_name (side), &name),
                          "xalign", 0.0f,
                          "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                          NULL);
  dlg_label_set_wrapping (GTK_LABEL (heading), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (heading, "side-heading");
  gtk_box_append (GTK_BOX (column), heading);
  g_object_set_data (G_OBJECT (column), LAST_CARD_KEY, heading);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DlgDelegation) d = g_list_model_get_item (list, i);
      const char *id = dlg_record_get_id (DLG_RECORD (d));

      if (delegations != NULL && (id == NULL || !g_hash_table_contains (delegations, id)))
        continue;
      if (shown_n < DLG_LEADERS_OVERVIEW_CARDS)
        {
          Card *card = g_new0 (Card, 1);

          card->column = column;
          card->delegation = g_object_ref (d);
          card->activate = activate;
          card->instance = instance;
          g_ptr_array_add (cards, card);
        }
      shown_n++;
    }
  if (shown_n == 0)
    /* Translators: a side with no delegation left by the filter */
    card_line (column, _("No delegation matches the filter."), "dim-label");
  else if (shown_n > DLG_LEADERS_OVERVIEW_CARDS)
    {
      /* the rest in the Leaders view, whose list makes only the rows on screen */
      guint more = shown_n - DLG_LEADERS_OVERVIEW_CARDS;
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more delegation",
                                      "and %u more delegations", more), more);
      GtkWidget *all = gtk_button_new_with_mnemonic (_("Sho_w All Leaders"));

      card_line (column, text, "dim-label");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (all), "win.view");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (all), "s", "leaders");
      gtk_widget_set_halign (all, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (column), all);
    }

  {
    GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
    GtkWidget *stripe = gtk_drawing_area_new ();
    GdkRGBA rgba;

    dlg_side_rgba (side, index, &rgba);
    gtk_widget_set_size_request (stripe, 5, -1);
    gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (stripe), draw_stripe,
                                    gdk_rgba_copy (&rgba), (GDestroyNotify) gdk_rgba_free);
    gtk_widget_set_hexpand (column, TRUE);
    gtk_box_append (GTK_BOX (row), stripe);
    /* in a horizontal box: see dlg-width-bin.h */
    gtk_box_append (GTK_BOX (row), dlg_width_bin_new (column));
    return row;
  }
}

void
dlg_leaders_fill (GtkBox     *box,
                  DlgSide    *a,
                  DlgSide    *b,
                  GHashTable *delegations,
                  GCallback   activate,
                  gpointer    instance)
{
  /* per side, its cards (Card) */
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *cards;
  GtkWidget *child;

  g_return_if_fail (GTK_IS_BOX (box));

  dlg_frame_queue_cancel (GTK_WIDGET (box));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
  g_ptr_array_add (columns, g_ptr_array_new ());
  g_ptr_array_add (columns, g_ptr_array_new ());
  gtk_box_append (box, side_column (a, 0, delegations, activate, instance, columns->pdata[0]));
  gtk_box_append (box, side_column (b, 1, delegations, activate, instance, columns->pdata[1]));

  /* the first card of each side, then the second… */
  cards = dlg_frame_queue_interleave (columns, card_free);
  dlg_frame_queue_start (GTK_WIDGET (box), cards, add_card, NULL, FRAME_CARDS, cards->len);
}
