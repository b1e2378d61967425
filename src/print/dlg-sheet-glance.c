/* SPDX-License-Identifier: GPL-3.0-or-later */

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
  PangoFontDescription *font = pango_font_description_from_string (MAP_FONT);
  DlgMapInk ink;

  paper_ink (&ink);
  ink.font = font;
  dlg_map_scene_paint (block->paint_data, cr, x, y, block->width, block->height, &ink);
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

/* The sides that planned place but did not visit it, apart from
 * column's own, as "Pakistan" or "Pakistan, Iran" (names: isolated);
 * NULL when none */
static char *
planned_by_others (DlgBoardPlace      *place,
                   int                 column,
                   const char * const *names)
{
  g_autoptr(GString) who = NULL;

  for (guint k = 0; k < place->n_sides; k++)
    {
      if ((int) k == column || !place->planned_by[k] || place->visited_by[k])
        continue;
      if (who == NULL)
        who = g_string_new (NULL);
      else
        /* Translators: between the sides' names in "(Pakistan, Iran: planned, not visited)" */
        g_string_append (who, _(", "));
      g_string_append (who, names[k]);
    }
  return who != NULL ? g_string_free (g_steal_pointer (&who), FALSE) : NULL;
}

char *
dlg_sheet_board_markup (GPtrArray          *places,
                        int                 column,
                        const char         *heading,
                        const char * const *names,
                        gboolean            with_marks,
                        guint               max_items)
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
      g_autofree char *mark = NULL;

      if (dlg_board_place_column (place) != column || !place->shown)
        continue;
      shown++;
      mark = with_marks ? dlg_sheet_mark (place->certainty, NULL) : g_strdup ("");
      if (column < 0)
        {
          g_autofree char *text = dlg_board_place_text (place, names, -1);
          /* its names and places isolated by dlg_board_place_text */
          g_autofree char *escaped = dlg_sheet_escape_composed (text);
          g_auto(GStrv) lines = g_strsplit (escaped, "\n", -1);
          /* Translators: between the lines of a shared place on the sheet's board */
          g_autofree char *rest = g_strjoinv (_("; "), lines + 1);
          g_autofree char *head = g_strconcat (lines[0], mark, NULL);

          /* Translators: a shared place on the sheet's board: "<b>London</b>: India
           * Group 2, 31 May – 3 Jun 2025; Pakistan Peace delegation, …; 5 days apart" */
          g_string_append_printf (s, _("\n<b>%s</b>: %s"), head, rest);
        }
      else
        {
          g_autofree char *who = planned_by_others (place, column, names);

          /* Translators: between places in a list on the sheet's board */
          g_string_append (s, shown == 1 ? "\n" : _(", "));
          g_string_append (s, name);
          g_string_append (s, mark);
          /* another side only planned it: say so, never as a visit */
          if (who != NULL)
            {
              g_autofree char *who_markup = dlg_sheet_escape (who);

              /* Translators: after a place on the sheet's board, "Paris (Pakistan: planned, not visited)" */
              g_string_append_printf (s, _(" <i>(%s: planned, not visited)</i>"), who_markup);
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

guint
dlg_sheet_fit_count (guint        n,
                     DlgFitFunc   fits,
                     gpointer     data)
{
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (guint));
  guint low = 0;
  guint high;

  for (guint count = n;; count = count > 4 ? count * 3 / 4 : count - 1)
    {
      g_array_append_val (counts, count);
      if (count == 0)
        break;
    }
  /* the last count (none) is taken whether it fits or not */
  high = counts->len - 1;
  while (low < high)
    {
      guint mid = (low + high) / 2;

      if (fits (g_array_index (counts, guint, mid), data))
        high = mid;
      else
        low = mid + 1;
    }
  return g_array_index (counts, guint, low);
}

typedef struct
{
  DlgSheet *sheet;
  GPtrArray *places;
  int column;
  const char *heading;
  const char * const *names;
  double width;
  double room;
} ColumnFit;

static gboolean
column_fits (guint    count,
             gpointer data)
{
  ColumnFit *c = data;
  g_autofree char *m = dlg_sheet_board_markup (c->places, c->column, c->heading, c->names, FALSE,
                                               count);
  g_autoptr(PangoLayout) layout = dlg_sheet_make_layout (c->sheet, m, c->width, BODY_FONT);
  int h;

  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE <= c->room;
}

/* The board's column, as many of its places as fit in room */
static Block *
board_column (DlgSheet           *self,
              GPtrArray          *places,
              int                 column,
              const char         *heading,
              const char * const *names,
              double              width,
              double              room)
{
  ColumnFit c = { self, places, column, heading, names, width, room };
  guint count = dlg_sheet_fit_count (places->len, column_fits, &c);
  g_autofree char *markup = dlg_sheet_board_markup (places, column, heading, names, FALSE, count);

  return dlg_sheet_text_block (self, markup, width, BODY_FONT, 0);
}

/* The board's three columns: a side's own, the shared places, the
 * other side's.  The shared places carry both sides' dates: the widest
 * column, and wider still when a side's own column is empty ("None"):
 * the places both sides were in are what a reader looks for.  narrow
 * (1 or less) makes the sides' own columns narrower still. */
typedef struct
{
  double width[3];
  char *heading[3];
  int column[3];
} BoardColumns;

static void
board_columns_init (BoardColumns *columns,
                    GPtrArray    *places,
                    double        left_width,
                    double        narrow,
                    const char   *name_a,
                    const char   *name_b)
{
  double share_a = (dlg_board_count (places, 0) > 0 ? 0.3 : 0.15) * narrow;
  double share_b = (dlg_board_count (places, 1) > 0 ? 0.3 : 0.15) * narrow;
  g_autofree char *only_a = g_strdup_printf (_("%s only"), name_a);
  g_autofree char *only_b = g_strdup_printf (_("%s only"), name_b);

  columns->width[0] = (left_width - 2 * COLUMN_GAP) * share_a;
  columns->width[1] = (left_width - 2 * COLUMN_GAP) * (1 - share_a - share_b);
  columns->width[2] = (left_width - 2 * COLUMN_GAP) * share_b;
  columns->heading[0] = dlg_sheet_escape (only_a);
  columns->heading[1] = g_markup_escape_text (_("Both"), -1);
  columns->heading[2] = dlg_sheet_escape (only_b);
  columns->column[0] = 0;
  columns->column[1] = DLG_BOARD_SHARED;
  columns->column[2] = 1;
}

static void
board_columns_clear (BoardColumns *columns)
{
  for (guint i = 0; i < 3; i++)
    g_clear_pointer (&columns->heading[i], g_free);
}

/* The height of the board's tallest column with all its places, or
 * more than room when it does not fit: a column of more places than
 * room has lines is laid out only as far as that (a board of thousands
 * of places, laid out whole three times, stalled the print preview for
 * 100 ms at 100 000 members) */
static double
board_height (DlgSheet   *self,
              GPtrArray  *places,
              double      left_width,
              double      narrow,
              const char *name_a,
              const char *name_b,
              double      room)
{
  BoardColumns columns;
  double height = 0;
  /* a place takes a line at least, and a line is taller than 6 points */
  guint most = room > 0 ? MIN ((double) places->len, room / 6 + 2) : 2;

  board_columns_init (&columns, places, left_width, narrow, name_a, name_b);
  for (guint i = 0; i < 3; i++)
    {
      const char *names[] = { name_a, name_b };
      g_autofree char *m = dlg_sheet_board_markup (places, columns.column[i], columns.heading[i],
                                                   names, FALSE, most);
      g_autoptr(PangoLayout) layout = dlg_sheet_make_layout (self, m, columns.width[i], BODY_FONT);
      int h;

      pango_layout_get_size (layout, NULL, &h);
      height = MAX (height, (double) h / PANGO_SCALE);
    }
  board_columns_clear (&columns);
  return height;
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
        g_autoptr(GPtrArray) places = dlg_board_places (self->side_a, self->side_b,
                                                        self->reached);
        DlgMapInk ink;
        Block *legend_block;
        Block *heading;
        double y = MARGIN;
        double map_height;
        double board_top;
        double room;
        double spare;

        dlg_sheet_title_blocks (self, title, content);
        for (guint i = 0; i < title->len; i++)
          {
            b = g_ptr_array_index (title, i);
            y += i > 0 ? b->space_before : 0;
            dlg_sheet_place (self, page, b, MARGIN, y);
            y += b->height;
          }
        y += 10;

        /* the left: the map, its legend (the window's), the board; the map
         * gives up to a third of its height for the board to list every
         * place (in a language whose lines are taller or wrap sooner) */
        paper_ink (&ink);
        legend = dlg_map_scene_legend_markup (glance->scene, &ink);
        legend_block = dlg_sheet_text_block (self, legend, left_width, SMALL_FONT, 0);
        heading = dlg_sheet_plain_block (self, _("Places by side"), left_width, HEADING_FONT, 0);
        map_height = MIN (left_width * 0.42, (bottom - y) * 0.5);
        room = bottom - (y + map_height + 3 + legend_block->height + 8 + heading->height + 3);
        /* first the sides' own columns give width to the shared places:
         * the first width that fits, else the one with the shortest board */
        spare = -G_MAXDOUBLE;
        for (double narrow = 1.0; narrow > 0.6 && spare < 0; narrow -= 0.15)
          {
            double s = room - board_height (self, places, left_width, narrow, name_a, name_b,
                                            room);

            if (s > spare)
              {
                spare = s;
                glance->narrow = narrow;
              }
          }
        if (spare < 0)
          map_height = MAX (map_height * 2 / 3, map_height + spare);
        b = dlg_sheet_paint_block (self, left_width, map_height, paint_map,
                                   g_steal_pointer (&glance->scene),
                                   (GDestroyNotify) dlg_map_scene_free);
        dlg_sheet_place (self, page, b, MARGIN, y);
        board_top = y + map_height + 3;
        dlg_sheet_place (self, page, legend_block, MARGIN, board_top);
        board_top += legend_block->height + 8;
        dlg_sheet_place (self, page, heading, MARGIN, board_top);
        board_top += heading->height + 3;
        glance->y = y;
        glance->board_top = board_top;
        return TRUE;
      }

    case 2:
      {
        g_autoptr(GPtrArray) places = dlg_board_places (self->side_a, self->side_b, self->reached);
        BoardColumns columns;
        const char *names[] = { name_a, name_b };
        double board_top = glance->board_top;
        double room = bottom - board_top;
        double x = MARGIN;

        board_columns_init (&columns, places, left_width, glance->narrow, name_a, name_b);
        for (guint i = 0; i < 3; i++)
          {
            b = board_column (self, places, columns.column[i], columns.heading[i], names,
                              columns.width[i], room);
            dlg_sheet_place (self, page, b, x, board_top);
            x += columns.width[i] + COLUMN_GAP;
          }
        board_columns_clear (&columns);
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
