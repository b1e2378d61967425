#define G_LOG_DOMAIN "dlg-sheet"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-board-data.h"
#include "dlg-leader-card.h"
#include "dlg-map-scene.h"
#include "dlg-sheet-private.h"

/* Page one, "At a glance": the title, the map with its legend and the
 * board on the left, the leaders side by side on the right.  It is one
 * page whatever the dataset: a list that does not fit ends with "and N
 * more", told in full on the pages after. */

#define COLUMN_GAP 10.0
#define STRIPE 3.0
/* the places' names on the map */
#define MAP_FONT "Sans 6"

/* The map on paper: near-black ink on white */
static void
paper_ink (DlgMapInk *ink)
{
  *ink = (DlgMapInk) { { 0.1, 0.1, 0.1 }, { 1, 1, 1 }, NULL };
}

static void
paint_map (Block   *block,
           cairo_t *cr,
           double   x,
           double   y)
{
  DlgMapScene *scene = block->paint_data;
  DlgMapView view = dlg_map_scene_fit (scene, block->width, block->height, 1.0);
  PangoFontDescription *font = pango_font_description_from_string (MAP_FONT);
  DlgMapInk ink;

  paper_ink (&ink);
  ink.font = font;
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rectangle (cr, 0, 0, block->width, block->height);
  cairo_clip (cr);
  dlg_map_draw_land (&view, cr, &ink.fg);
  dlg_map_scene_draw (scene, &view, cr, &ink);
  cairo_restore (cr);
  pango_font_description_free (font);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
  cairo_set_line_width (cr, 0.5);
  cairo_rectangle (cr, x, y, block->width, block->height);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
paint_stripe (Block   *block,
              cairo_t *cr,
              double   x,
              double   y)
{
  DlgColour *colour = block->paint_data;

  cairo_save (cr);
  cairo_set_source_rgb (cr, colour->red, colour->green, colour->blue);
  cairo_rectangle (cr, x, y, block->width, block->height);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* One board column: its heading and count, then its places (names, or
 * with both sides' dates for the shared ones), as many as max_items */
static char *
board_markup (GPtrArray  *places,
              int         column,
              const char *heading,
              const char *name_a,
              const char *name_b,
              guint       max_items)
{
  GString *s = g_string_new (NULL);
  /* the places printed come from the members printed, their columns
   * from the whole dataset */
  guint n = dlg_board_count_shown (places, column);
  guint shown = 0;
  {
    g_autofree char *title = dlg_board_heading (heading, n, dlg_board_count (places, column));

    g_string_append_printf (s, "<b>%s</b>", title);
  }
  for (guint i = 0; i < places->len && shown < max_items; i++)
    {
      DlgBoardPlace *place = g_ptr_array_index (places, i);
      g_autofree char *name = dlg_sheet_escape (place->name);

      if (dlg_board_place_column (place) != column || !place->shown)
        continue;
      shown++;
      if (column < 0)
        {
          const char *names[] = { name_a, name_b };
          g_autofree char *text = dlg_board_place_text (place, names, -1);
          g_autofree char *escaped = dlg_sheet_escape (text);
          g_auto(GStrv) lines = g_strsplit (escaped, "\n", -1);
          /* Translators: between the lines of a shared place on the sheet's board */
          g_autofree char *rest = g_strjoinv (_("; "), lines + 1);

          /* Translators: a shared place on the sheet's board: "<b>London</b>: India
           * Group 2, 31 May – 3 Jun 2025; Pakistan Peace delegation, …; 5 days apart" */
          g_string_append_printf (s, _("\n<b>%s</b>: %s"), lines[0], rest);
        }
      else
        {
          guint other = column == 0 ? 1 : 0;

          /* Translators: between places in a list on the sheet's board */
          g_string_append (s, shown == 1 ? "\n" : _(", "));
          g_string_append (s, name);
          /* the other side only planned it: say so, never as a visit */
          if (place->planned_by[other])
            {
              g_autofree char *who = dlg_sheet_escape (other == 1 ? name_b : name_a);

              /* Translators: after a place on the sheet's board, "Paris (Pakistan: planned, not visited)" */
              g_string_append_printf (s, _(" <i>(%s: planned, not visited)</i>"), who);
            }
        }
    }
  if (shown < n)
    {
      /* Translators: the end of a list cut on the sheet's first page */
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more",
                                                            "and %u more", n - shown), n - shown);

      g_string_append_printf (s, "\n<i>%s</i>", more);
    }
  if (n == 0)
    /* Translators: an empty board column; "None shown": the members printed reached none of
     * its places */
    g_string_append_printf (s, "\n%s", dlg_board_count (places, column) == 0 ? _("None")
                                                                             : _("None shown"));
  return g_string_free (s, FALSE);
}

/* The tallest a board column may be: it gives up places until it fits */
/* The board's column, as many of its places as fit in room (a quarter
 * fewer each time, down to none: more places never take less height,
 * so the first count of that series that fits is found by halving it) */
static Block *
board_column (DlgSheet   *self,
              GPtrArray  *places,
              int         column,
              const char *heading,
              const char *name_a,
              const char *name_b,
              double      width,
              double      room)
{
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (guint));
  guint low = 0;
  guint high;
  g_autofree char *markup = NULL;

  for (guint max_items = places->len;; max_items = max_items > 4 ? max_items * 3 / 4 : max_items - 1)
    {
      g_array_append_val (counts, max_items);
      if (max_items == 0)
        break;
    }
  /* the last count (none) is taken whether it fits or not */
  high = counts->len - 1;
  while (low < high)
    {
      guint mid = (low + high) / 2;
      g_autofree char *m = board_markup (places, column, heading, name_a, name_b,
                                         g_array_index (counts, guint, mid));
      g_autoptr(PangoLayout) layout = dlg_sheet_make_layout (self, m, width, BODY_FONT);
      int h;

      pango_layout_get_size (layout, NULL, &h);
      if ((double) h / PANGO_SCALE <= room)
        high = mid;
      else
        low = mid + 1;
    }
  markup = board_markup (places, column, heading, name_a, name_b, g_array_index (counts, guint, low));
  return dlg_sheet_text_block (self, markup, width, BODY_FONT, 0);
}

static gboolean
delegation_printed (DlgSheet      *self,
                    DlgDelegation *d)
{
  const char *id = dlg_record_get_id (DLG_RECORD (d));

  return self->delegations == NULL || (id != NULL && g_hash_table_contains (self->delegations, id));
}

/* A side's leaders, top to bottom from y, as many as fit above bottom;
 * returns where they end */
static double
leaders_column (DlgSheet *self,
                guint     page,
                DlgSide  *side,
                guint     index,
                double    x,
                double    y,
                double    width,
                double    bottom)
{
  GListModel *delegations = dlg_side_get_delegations (side);
  DlgSideSummary *summary = dlg_sheet_side_summary (self, side);
  g_autofree char *name = dlg_sheet_escape (dlg_side_get_name (side));
  g_autofree char *count_text = NULL;
  g_autofree char *count_markup = NULL;
  DlgColour *colour = g_new (DlgColour, 1);
  double top = y;
  double inner = x + STRIPE + 6;
  double inner_width = width - STRIPE - 6;
  guint n = g_list_model_get_n_items (delegations);
  guint left = 0;
  Block *b;

  dlg_side_colour (side, index, colour);
  b = dlg_sheet_text_block (self, name, inner_width, HEADING_FONT, 0);
  dlg_sheet_place (self, page, b, inner, y);
  y += b->height + 1;
  count_text = dlg_side_summary_size (summary);
  count_markup = g_markup_escape_text (count_text, -1);
  b = dlg_sheet_text_block (self, count_markup, inner_width, BODY_FONT, 0);
  dlg_sheet_place (self, page, b, inner, y);
  y += b->height + 4;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgDelegation) d = g_list_model_get_item (delegations, i);
      DlgLeaderCard card;
      g_autofree char *label = NULL;
      g_autofree char *leader = NULL;
      g_autofree char *size_dates = NULL;
      g_autofree char *markup = NULL;
      DlgMember *leader_member = dlg_delegation_get_leader (d);
      const char *party = leader_member != NULL ? dlg_member_get_party (leader_member) : NULL;

      if (!delegation_printed (self, d))
        continue;
      dlg_leader_card_init (&card, d);
      label = dlg_sheet_escape (card.label);
      {
        g_autofree char *leader_name = dlg_sheet_escape (card.name);
        g_autofree char *mark = leader_member != NULL
                                ? dlg_sheet_mark (dlg_record_get_certainty (DLG_RECORD (leader_member)),
                                                  NULL)
                                : g_strdup ("");

        leader = g_strconcat (leader_name, mark, NULL);
      }
      /* the counts, in the one vocabulary, and the dates: smaller, so that
       * seven delegations' cards fit beside the map */
      {
        g_autofree char *escaped = dlg_sheet_escape (card.size_dates);

        size_dates = g_strconcat ("<small>", escaped, "</small>", NULL);
      }
      if (party != NULL)
        {
          g_autofree char *party_markup = dlg_sheet_escape (party);

          /* Translators: a leader card on the sheet's first page: delegation, leader
           * (party), then size and dates; keep the markup */
          markup = g_strdup_printf (_("<b>%s</b>: %s (%s)\n%s"), label, leader, party_markup,
                                    size_dates);
        }
      else
        /* Translators: a leader card on the sheet's first page, without a party */
        markup = g_strdup_printf (_("<b>%s</b>: %s\n%s"), label, leader, size_dates);
      dlg_leader_card_clear (&card);
      b = dlg_sheet_text_block (self, markup, inner_width, BODY_FONT, 0);
      /* room for the "and N more" line under the last card that fits */
      if (y + b->height > bottom - 14)
        {
          left = 0;
          for (guint k = i; k < n; k++)
            {
              g_autoptr(DlgDelegation) rest = g_list_model_get_item (delegations, k);

              left += delegation_printed (self, rest);
            }
          break;
        }
      dlg_sheet_place (self, page, b, inner, y);
      y += b->height + 5;
    }
  if (left > 0)
    {
      /* Translators: the end of the leaders cut on the sheet's first page */
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "and %u more delegation",
                                                            "and %u more delegations", left), left);
      g_autofree char *markup = g_strdup_printf ("<i>%s</i>", more);

      b = dlg_sheet_text_block (self, markup, inner_width, BODY_FONT, 0);
      dlg_sheet_place (self, page, b, inner, y);
      y += b->height;
    }
  b = dlg_sheet_paint_block (self, STRIPE, MAX (y - top, 1), paint_stripe, colour, g_free);
  dlg_sheet_place (self, page, b, x, top);
  return y;
}

/* The glance alone (one page): the Background under the leaders, when
 * all of it fits there (the briefing and the full annex give it on the
 * page after) */
static void
glance_background (DlgSheet *self,
                   guint     page,
                   double    x,
                   double    y,
                   double    width,
                   double    bottom)
{
  g_autoptr(GPtrArray) blocks = dlg_sheet_background_blocks (self, width);
  double height = 0;

  for (guint i = 0; i < blocks->len; i++)
    {
      Block *b = g_ptr_array_index (blocks, i);

      height += b->height + (i > 0 ? b->space_before : 0);
    }
  if (blocks->len == 0 || y + height > bottom)
    return;
  for (guint i = 0; i < blocks->len; i++)
    {
      Block *b = g_ptr_array_index (blocks, i);

      y += i > 0 ? b->space_before : 0;
      dlg_sheet_place (self, page, b, x, y);
      y += b->height;
    }
}

gboolean
dlg_sheet_glance_part (DlgSheet  *self,
                       guint      page,
                       DlgGlance *glance)
{
  double content = self->page_width - 2 * MARGIN;
  double bottom = dlg_sheet_body_bottom (self);
  double left_width = content * 0.55;
  double right_x = MARGIN + left_width + GUTTER;
  double right_width = content - left_width - GUTTER;
  g_autofree char *name_a = dlg_text_isolate (dlg_side_get_name (self->side_a));
  g_autofree char *name_b = dlg_text_isolate (dlg_side_get_name (self->side_b));
  Block *b;

  switch (glance->part++)
    {
    case 0:
      glance->scene = dlg_map_scene_new (self->side_a, self->side_b, self->reached);
      return TRUE;

    case 1:
      {
        g_autoptr(GPtrArray) title = g_ptr_array_new ();
        g_autofree char *legend = NULL;
        DlgMapInk ink;
        double y = MARGIN;
        double map_height;
        double board_top;

        dlg_sheet_title_blocks (self, title, content);
        for (guint i = 0; i < title->len; i++)
          {
            b = g_ptr_array_index (title, i);
            y += i > 0 ? b->space_before : 0;
            dlg_sheet_place (self, page, b, MARGIN, y);
            y += b->height;
          }
        y += 10;

        /* the left: the map, its legend (the window's), the board */
        paper_ink (&ink);
        legend = dlg_map_scene_legend_markup (glance->scene, &ink);
        map_height = MIN (left_width * 0.42, (bottom - y) * 0.5);
        b = dlg_sheet_paint_block (self, left_width, map_height, paint_map,
                                   g_steal_pointer (&glance->scene),
                                   (GDestroyNotify) dlg_map_scene_free);
        dlg_sheet_place (self, page, b, MARGIN, y);
        board_top = y + map_height + 3;
        b = dlg_sheet_text_block (self, legend, left_width, SMALL_FONT, 0);
        dlg_sheet_place (self, page, b, MARGIN, board_top);
        board_top += b->height + 8;
        b = dlg_sheet_plain_block (self, _("Places by side"), left_width, HEADING_FONT, 0);
        dlg_sheet_place (self, page, b, MARGIN, board_top);
        board_top += b->height + 3;
        glance->y = y;
        glance->board_top = board_top;
        return TRUE;
      }

    case 2:
      {
        /* the shared places carry both sides' dates: the widest column, and
         * wider still when a side's own column is empty ("None"): the places
         * both sides were in are what a reader looks for */
        g_autoptr(GPtrArray) places = dlg_board_places (self->side_a, self->side_b, self->reached);
        double share_a = dlg_board_count (places, 0) > 0 ? 0.3 : 0.15;
        double share_b = dlg_board_count (places, 1) > 0 ? 0.3 : 0.15;
        double column_a = (left_width - 2 * COLUMN_GAP) * share_a;
        double column_b = (left_width - 2 * COLUMN_GAP) * share_b;
        double both_column = (left_width - 2 * COLUMN_GAP) * (1 - share_a - share_b);
        g_autofree char *only_a = g_strdup_printf (_("%s only"), name_a);
        g_autofree char *only_b = g_strdup_printf (_("%s only"), name_b);
        g_autofree char *only_a_markup = dlg_sheet_escape (only_a);
        g_autofree char *only_b_markup = dlg_sheet_escape (only_b);
        g_autofree char *both = g_markup_escape_text (_("Both"), -1);
        double board_top = glance->board_top;
        double room = bottom - board_top;

        b = board_column (self, places, 0, only_a_markup, name_a, name_b, column_a, room);
        dlg_sheet_place (self, page, b, MARGIN, board_top);
        b = board_column (self, places, DLG_BOARD_SHARED, both, name_a, name_b, both_column, room);
        dlg_sheet_place (self, page, b, MARGIN + column_a + COLUMN_GAP, board_top);
        b = board_column (self, places, 1, only_b_markup, name_a, name_b, column_b, room);
        dlg_sheet_place (self, page, b, MARGIN + column_a + both_column + 2 * COLUMN_GAP,
                         board_top);
        return TRUE;
      }

    default:
      {
        /* the right: the leaders side by side */
        double half = (right_width - COLUMN_GAP) / 2;
        double y = glance->y;

        b = dlg_sheet_plain_block (self, _("Leaders"), right_width, HEADING_FONT, 0);
        dlg_sheet_place (self, page, b, right_x, y);
        y += b->height + 4;
        double end_a = leaders_column (self, page, self->side_a, 0, right_x, y, half, bottom);
        double end_b = leaders_column (self, page, self->side_b, 1, right_x + half + COLUMN_GAP, y,
                                       half, bottom);

        if (self->kind == DLG_SHEET_GLANCE)
          glance_background (self, page, right_x, MAX (end_a, end_b) + 14, right_width, bottom);
        return FALSE;
      }
    }
}

void
dlg_glance_clear (DlgGlance *glance)
{
  g_clear_pointer (&glance->scene, dlg_map_scene_free);
}
