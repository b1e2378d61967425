/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-image"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <cairo-svg.h>

#include "dlg-board-data.h"
#include "dlg-image.h"
#include "dlg-map-scene.h"
#include "dlg-sheet-private.h"

/* Measures in pixels (points at 72 dpi: the sheet's Pango context) */
#define IMAGE_MARGIN 64.0
#define IMAGE_GUTTER 56.0
#define COLUMN_GAP 18.0
#define IMAGE_TITLE_FONT "Sans Bold 44"
#define IMAGE_HEADING_FONT "Sans Bold 30"
#define IMAGE_BODY_FONT "Sans 22"
#define IMAGE_SMALL_FONT "Sans 19"
/* the places' names on the map */
#define IMAGE_MAP_FONT "Sans 15"
/* the board's text: the largest that lists every place (Urdu's script
 * takes more height) */
static const char * const board_fonts[] = { "Sans 22", "Sans 20", "Sans 18" };
/* the map's share of the width between the margins: the first that
 * leaves the board the room for every place */
static const double map_shares[] = { 0.56, 0.5, 0.44, 0.38 };

typedef struct
{
  DlgSnapshot *snapshot;
  PangoContext *context;
  gboolean rtl;
  cairo_t *cr;
  /* everything written, plain, for an SVG's <desc> */
  GString *text;
  /* the map's share of the width between the margins; while measuring,
   * show() draws nothing */
  double map_share;
  gboolean measuring;
} Image;

static const DlgColour ink = { 0.1, 0.1, 0.1 };
/* the legend and the sources: dimmer, still 7:1 on white */
static const DlgColour dim = { 0.3, 0.3, 0.3 };

gboolean
dlg_image_format_for_name (const char     *name,
                           DlgImageFormat *format)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (format != NULL, FALSE);

  if (name == NULL)
    return FALSE;
  folded = g_ascii_strdown (name, -1);
  if (g_str_has_suffix (folded, ".png") && strlen (folded) > 4)
    *format = DLG_IMAGE_PNG;
  else if (g_str_has_suffix (folded, ".svg") && strlen (folded) > 4)
    *format = DLG_IMAGE_SVG;
  else
    return FALSE;
  return TRUE;
}

static PangoLayout *
layout_new (Image      *image,
            const char *markup,
            const char *font,
            double      width,
            int         max_lines)
{
  PangoLayout *layout = dlg_print_layout_new (image->context, markup, width, font);

  /* a line that would run off the image ends in "…" */
  if (max_lines > 0)
    {
      pango_layout_set_height (layout, -max_lines);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static double
text_height (Image      *image,
             const char *markup,
             const char *font,
             double      width)
{
  g_autoptr(PangoLayout) layout = layout_new (image, markup, font, width, 0);

  return layout_height (layout);
}

/* Draws markup at (x, y), width wide (x from the image's right edge when
 * right to left); returns its height */
static double
show (Image           *image,
      const char      *markup,
      const char      *font,
      const DlgColour *colour,
      double           x,
      double           y,
      double           width,
      int              max_lines)
{
  g_autoptr(PangoLayout) layout = layout_new (image, markup, font, width, max_lines);

  if (image->measuring)
    return layout_height (layout);
  if (image->rtl)
    x = DLG_IMAGE_WIDTH - x - width;
  cairo_save (image->cr);
  cairo_set_source_rgb (image->cr, colour->red, colour->green, colour->blue);
  cairo_move_to (image->cr, x, y);
  pango_cairo_show_layout (image->cr, layout);
  cairo_restore (image->cr);
  g_string_append (image->text, pango_layout_get_text (layout));
  g_string_append_c (image->text, '\n');
  return layout_height (layout);
}

/* The title, the date of the facts and what the image holds, the filter;
 * returns where the body starts */
static double
draw_head (Image *image)
{
  DlgDataset *dataset = dlg_snapshot_get_dataset (image->snapshot);
  double width = DLG_IMAGE_WIDTH - 2 * IMAGE_MARGIN;
  double y = IMAGE_MARGIN;
  const char *filter = dlg_snapshot_get_filter_text (image->snapshot);
  const char *as_of = dlg_dataset_get_as_of (dataset);
  const char *scope = dlg_snapshot_get_as_shown (image->snapshot)
                      ? _("members as shown in the window") : _("all members");
  g_autofree char *title = dlg_sheet_escape (dlg_dataset_get_title (dataset));
  g_autofree char *date = as_of != NULL ? dlg_format_dates (as_of, as_of, FALSE) : NULL;
  g_autofree char *line = NULL;
  g_autofree char *line_markup = NULL;

  y += show (image, title, IMAGE_TITLE_FONT, &ink, IMAGE_MARGIN, y, width, 2);
  if (date != NULL)
    /* Translators: under the exported image's title: "Facts as of 24 Jun 2025 · all members" */
    line = g_strdup_printf (_("Facts as of %s · %s"), date, scope);
  else
    line = g_strdup (scope);
  line_markup = g_markup_escape_text (line, -1);
  y += 6 + show (image, line_markup, IMAGE_BODY_FONT, &dim, IMAGE_MARGIN, y + 6, width, 1);
  if (filter != NULL && filter[0] != '\0')
    {
      g_autofree char *text = dlg_sheet_escape (filter);
      g_autofree char *markup = g_strdup_printf (_("<b>Filter:</b> %s"), text);

      y += 4 + show (image, markup, IMAGE_BODY_FONT, &ink, IMAGE_MARGIN, y + 4, width, 2);
    }
  return y + 28;
}

/* The map of the first two sides, framed, with its names and its legend
 * under it */
static void
draw_map (Image      *image,
          GHashTable *reached,
          double      top,
          double      bottom)
{
  DlgSide *a = dlg_snapshot_get_side (image->snapshot, 0);
  DlgSide *b = dlg_snapshot_get_n_sides (image->snapshot) > 1
               ? dlg_snapshot_get_side (image->snapshot, 1) : NULL;
  double width = (DLG_IMAGE_WIDTH - 2 * IMAGE_MARGIN - IMAGE_GUTTER) * image->map_share;
  double x = image->rtl ? DLG_IMAGE_WIDTH - IMAGE_MARGIN - width : IMAGE_MARGIN;
  g_autoptr(DlgMapScene) scene = dlg_map_scene_new (a, b, reached);
  PangoFontDescription *font = pango_font_description_from_string (IMAGE_MAP_FONT);
  /* near-black on white, as on paper */
  DlgMapInk map_ink = { ink, { 1, 1, 1 }, font };
  g_autofree char *legend = dlg_map_scene_legend_markup (scene, &map_ink);
  g_autoptr(GString) caption = g_string_new (legend);
  double caption_height;
  double height;

  if (dlg_snapshot_get_n_sides (image->snapshot) > 2)
    {
      g_autofree char *name_a = dlg_sheet_escape (dlg_side_get_name (a));
      g_autofree char *name_b = dlg_sheet_escape (dlg_side_get_name (b));

      /* Translators: under the exported image's map with three sides or more: the map
       * has two of them, the board every side */
      g_string_append_printf (caption, _("\nThe map shows %s and %s; the board, every side."),
                              name_a, name_b);
    }
  if (reached != NULL)
    {
      /* Translators: under the exported image's map when the window's filter was on */
      g_autofree char *note = g_markup_escape_text (_("The map shows where the members shown "
                                                      "went."), -1);

      g_string_append_printf (caption, "\n%s", note);
    }
  caption_height = text_height (image, caption->str, IMAGE_SMALL_FONT, width);
  height = MIN (width * 0.72, bottom - top - caption_height - 10);
  cairo_save (image->cr);
  dlg_map_scene_paint (scene, image->cr, x, top, width, height, &map_ink);
  cairo_set_source_rgb (image->cr, 0.75, 0.75, 0.75);
  cairo_set_line_width (image->cr, 1);
  cairo_rectangle (image->cr, x + 0.5, top + 0.5, width - 1, height - 1);
  cairo_stroke (image->cr);
  cairo_restore (image->cr);
  pango_font_description_free (font);
  show (image, caption->str, IMAGE_SMALL_FONT, &dim, IMAGE_MARGIN, top + height + 10, width, 0);
}

typedef struct
{
  char *heading;
  int column;
} Column;

static void
column_clear (gpointer data)
{
  g_free (((Column *) data)->heading);
}

typedef struct
{
  Image *image;
  GPtrArray *places;
  GArray *columns;
  const char * const *names;
  double width;
  const char *font;
  /* the column being fitted, and its room */
  guint column;
  double room;
} Board;

static char *
column_markup (Board *board,
               guint  index,
               guint  max_items)
{
  Column *c = &g_array_index (board->columns, Column, index);

  return dlg_sheet_board_markup (board->places, c->column, c->heading, board->names, TRUE,
                                 max_items);
}

static double
column_height (Board *board,
               guint  index,
               guint  max_items)
{
  g_autofree char *markup = column_markup (board, index, max_items);

  return text_height (board->image, markup, board->font, board->width);
}

static gboolean
column_fits (guint    max_items,
             gpointer data)
{
  Board *board = data;

  return column_height (board, board->column, max_items) <= board->room;
}

/* The board's columns: two sides "Both", "India only", "Pakistan only";
 * more, "Shared" and one per side that has places of its own (the others
 * counted in a line, n_bare); then "Planned, not visited" when a place is
 * that */
static GArray *
board_columns (GPtrArray          *places,
               guint               n_sides,
               const char * const *names,
               guint              *n_bare)
{
  GArray *columns = g_array_new (FALSE, TRUE, sizeof (Column));
  Column c;

  g_array_set_clear_func (columns, column_clear);
  *n_bare = 0;
  c.column = DLG_BOARD_SHARED;
  c.heading = g_markup_escape_text (n_sides == 2 ? _("Both") : _("Shared"), -1);
  g_array_append_val (columns, c);
  for (guint i = 0; i < n_sides; i++)
    {
      g_autofree char *only = NULL;

      if (n_sides > 2 && dlg_board_count (places, (int) i) == 0)
        {
          (*n_bare)++;
          continue;
        }
      /* (the name is isolated, our words around it in the language's order) */
      only = g_strdup_printf (_("%s only"), names[i]);
      c.column = (int) i;
      c.heading = g_markup_escape_text (only, -1);
      g_array_append_val (columns, c);
    }
  if (dlg_board_count (places, DLG_BOARD_PLANNED) > 0)
    {
      c.column = DLG_BOARD_PLANNED;
      c.heading = g_markup_escape_text (_("Planned, not visited"), -1);
      g_array_append_val (columns, c);
    }
  return columns;
}

/* "and 3 more columns, …", as markup */
static char *
more_columns_markup (guint left)
{
  /* Translators: the end of the exported image's board when its columns did not fit */
  g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "and %u more column, for which the "
                                                        "image has no room",
                                                        "and %u more columns, for which the "
                                                        "image has no room", left), left);

  return g_markup_printf_escaped ("<i>%s</i>", more);
}

/* Whether a place listed carries a certainty mark */
static gboolean
any_marked (GPtrArray *places)
{
  for (guint i = 0; i < places->len; i++)
    {
      DlgBoardPlace *place = g_ptr_array_index (places, i);

      if (place->certainty != DLG_CERTAINTY_CONFIRMED && place->shown &&
          dlg_board_place_column (place) != DLG_BOARD_PLANNED)
        return TRUE;
    }
  return FALSE;
}

/* What the board shows, made once however many layouts are tried */
typedef struct
{
  /* the sides' names, isolated (NULL-terminated) */
  GPtrArray *names;
  /* every place of the snapshot's sides (DlgBoardPlace), each saying
   * whether the members shown went there */
  GPtrArray *places;
  /* the members shown leave some out */
  gboolean filtered;
  GArray *columns;
  /* sides with no place of their own (three sides or more) */
  guint n_bare;
} BoardData;

static void
board_data_init (BoardData   *data,
                 DlgSnapshot *snapshot,
                 GHashTable  *reached)
{
  guint n_sides = dlg_snapshot_get_n_sides (snapshot);
  g_autofree DlgSide **sides = g_new0 (DlgSide *, n_sides);
  GListModel *dataset_sides = dlg_dataset_get_sides (dlg_snapshot_get_dataset (snapshot));

  /* the sides in the dataset's order, as the Overview's board has them
   * (the snapshot has the panes' first) */
  data->names = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < g_list_model_get_n_items (dataset_sides); i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (dataset_sides, i);

      for (guint j = 0; j < n_sides; j++)
        if (dlg_snapshot_get_side (snapshot, j) == side)
          {
            sides[data->names->len] = side;
            g_ptr_array_add (data->names, dlg_text_isolate (dlg_side_get_name (side)));
          }
    }
  n_sides = data->names->len;
  g_ptr_array_add (data->names, NULL);
  data->places = dlg_board_places_of (sides, n_sides, reached);
  data->filtered = reached != NULL;
  data->columns = board_columns (data->places, n_sides,
                                 (const char * const *) data->names->pdata, &data->n_bare);
}

static void
board_data_clear (BoardData *data)
{
  g_clear_pointer (&data->names, g_ptr_array_unref);
  g_clear_pointer (&data->places, g_ptr_array_unref);
  g_clear_pointer (&data->columns, g_array_unref);
}

/* The board, top to bottom at the right (the left, right to left): every
 * place classified on the whole snapshot's sides; under a filter only the
 * places the members shown went to are listed, and each column says how
 * many of its places that is.  Returns whether every place is listed. */
static gboolean
draw_board (Image     *image,
            BoardData *data,
            double     top,
            double     bottom)
{
  double content = DLG_IMAGE_WIDTH - 2 * IMAGE_MARGIN - IMAGE_GUTTER;
  double x = IMAGE_MARGIN + content * image->map_share + IMAGE_GUTTER;
  double width = content * (1 - image->map_share);
  GPtrArray *places = data->places;
  GArray *columns = data->columns;
  guint n_bare = data->n_bare;
  g_autofree char *heading = g_markup_escape_text (_("Places by side"), -1);
  g_autofree char *legend = NULL;
  g_autofree char *bare = NULL;
  g_autofree char *more_markup = NULL;
  g_autofree double *minimum = NULL;
  double legend_height = 0;
  double bare_height = 0;
  double more_height = 0;
  double needed = 0;
  double room;
  double y = top;
  guint n_columns = 0;
  gboolean complete = TRUE;
  Board board;

  y += show (image, heading, IMAGE_HEADING_FONT, &ink, x, y, width, 0) + 8;
  if (data->filtered)
    {
      /* Translators: under the exported image's board when the window's filter was on */
      g_autofree char *note = g_markup_escape_text (_("Listed: the places the members shown "
                                                      "went to. Counted: every place, whoever "
                                                      "went."), -1);

      y += show (image, note, IMAGE_SMALL_FONT, &dim, x, y, width, 0) + 10;
    }
  if (any_marked (places))
    {
      g_autofree char *text = dlg_certainty_legend ();

      legend = g_markup_escape_text (text, -1);
      legend_height = text_height (image, legend, IMAGE_SMALL_FONT, width) + 14;
    }

  if (n_bare > 0)
    {
      /* Translators: on the exported image's board with three sides or more: how many
       * sides visited no place that no other side visited */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u side visited no place alone.",
                                                            "%u sides visited no place alone.",
                                                            n_bare), n_bare);

      bare = g_markup_escape_text (text, -1);
    }

  /* the largest of the board's sizes that lists every place, else the
   * smallest */
  board = (Board) { image, places, columns, (const char * const *) data->names->pdata, width,
                    NULL, 0, 0 };
  for (guint f = 0; f < G_N_ELEMENTS (board_fonts); f++)
    {
      double total = 0;

      board.font = board_fonts[f];
      bare_height = bare != NULL ? text_height (image, bare, board.font, width) + COLUMN_GAP : 0;
      room = bottom - y - legend_height - bare_height;
      for (guint i = 0; i < columns->len && total <= room; i++)
        total += column_height (&board, i, places->len) + (i > 0 ? COLUMN_GAP : 0);
      if (total <= room)
        break;
    }

  /* each column's heading and first line, as many columns as the room
   * takes (the rest said in a line, never drawn over each other); then
   * in order, each column as many places as its room takes, leaving the
   * columns after it their first lines: "Both" first, read first */
  minimum = g_new0 (double, columns->len);
  for (guint i = 0; i < columns->len; i++)
    {
      minimum[i] = column_height (&board, i, 0) + (i > 0 ? COLUMN_GAP : 0);
      if (i > 0 && needed + minimum[i] > room)
        break;
      needed += minimum[i];
      n_columns++;
    }
  if (n_columns < columns->len)
    {
      /* its line takes room too, perhaps a column's */
      more_markup = more_columns_markup (columns->len - n_columns);
      more_height = text_height (image, more_markup, board.font, width) + COLUMN_GAP;
      if (needed + more_height > room && n_columns > 1)
        {
          while (n_columns > 1 && needed + more_height > room)
            needed -= minimum[--n_columns];
          g_free (more_markup);
          more_markup = more_columns_markup (columns->len - n_columns);
        }
    }
  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *markup = NULL;
      guint max_items;
      int max_lines;

      needed -= minimum[i];
      board.column = i;
      board.room = room - needed - (i > 0 ? COLUMN_GAP : 0);
      max_items = dlg_sheet_fit_count (places->len, column_fits, &board);
      max_lines = 0;
      /* a first place too long for the room (hundreds of sides' stays)
       * still shows its name and what fits of the rest, ending in "…" */
      if (max_items == 0 && column_height (&board, i, 1) > column_height (&board, i, 0))
        {
          max_items = 1;
          max_lines = MAX (2, (int) (board.room / text_height (image, "X", board.font,
                                                                 width)));
        }
      /* (every place listed: no "and N more") */
      complete &= max_items == places->len ||
                  (max_lines == 0 && column_height (&board, i, max_items) ==
                                     column_height (&board, i, places->len));
      markup = column_markup (&board, i, max_items);
      y += i > 0 ? COLUMN_GAP : 0;
      y += show (image, markup, board.font, &ink, x, y, width, max_lines);
      room = bottom - legend_height - bare_height - more_height - y;
    }
  y += COLUMN_GAP;
  if (bare != NULL)
    y += show (image, bare, board.font, &ink, x, y, width, 0) + COLUMN_GAP;
  if (more_markup != NULL)
    y += show (image, more_markup, board.font, &ink, x, y, width, 0) + COLUMN_GAP;
  if (legend != NULL)
    show (image, legend, IMAGE_SMALL_FONT, &dim, x, y - COLUMN_GAP + 14, width, 0);
  return complete && n_columns == columns->len;
}

/* "Sources: 122 in the dataset, …": the last line, as markup */
static char *
sources_markup (DlgSnapshot *snapshot)
{
  DlgDataset *dataset = dlg_snapshot_get_dataset (snapshot);
  guint n = g_list_model_get_n_items (dlg_dataset_get_sources (dataset));
  /* Translators: the exported image's last line: how many sources the dataset lists and
   * where each fact's sources are given */
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "Sources: %u in the dataset, given "
                                                        "with each fact on the comparison sheet "
                                                        "(Export PDF…, or delegations "
                                                        "--export-pdf)",
                                                        "Sources: %u in the dataset, given "
                                                        "with each fact on the comparison sheet "
                                                        "(Export PDF…, or delegations "
                                                        "--export-pdf)", n), n);

  return g_markup_escape_text (text, -1);
}

/* Whether the members shown leave some out: a snapshot of everyone, in
 * the window's order, is drawn as the whole dataset (and says nothing of
 * a filter) */
static gboolean
narrowed (DlgSnapshot *snapshot)
{
  for (guint i = 0; i < dlg_snapshot_get_n_sides (snapshot); i++)
    {
      GListModel *shown = dlg_snapshot_get_members (snapshot, i);
      GListModel *all = dlg_side_get_members (dlg_snapshot_get_side (snapshot, i));

      if (shown != NULL && g_list_model_get_n_items (shown) < g_list_model_get_n_items (all))
        return TRUE;
    }
  return FALSE;
}

static void
draw (DlgSnapshot *snapshot,
      cairo_t     *cr,
      GString     *text)
{
  Image image = { snapshot, dlg_print_context_new (), dlg_text_locale_is_rtl (), cr, text,
                  map_shares[0], FALSE };
  g_autoptr(GHashTable) reached = NULL;
  g_autofree char *sources = NULL;
  BoardData board;
  double width = DLG_IMAGE_WIDTH - 2 * IMAGE_MARGIN;
  double sources_top;
  double top;
  double bottom;

  dlg_snapshot_seal (snapshot);
  pango_context_set_base_dir (image.context,
                              image.rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
  if (narrowed (snapshot))
    reached = dlg_snapshot_collect_reached (snapshot);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_restore (cr);

  sources = sources_markup (snapshot);
  sources_top = DLG_IMAGE_HEIGHT - IMAGE_MARGIN * 0.75 -
                text_height (&image, sources, IMAGE_SMALL_FONT, width);
  top = draw_head (&image);
  bottom = sources_top - 20;
  /* the map as wide as leaves the board the room to list every place
   * (right to left, Urdu's script takes more height) */
  board_data_init (&board, snapshot, reached);
  image.measuring = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (map_shares); i++)
    {
      image.map_share = map_shares[i];
      if (draw_board (&image, &board, top, bottom))
        break;
    }
  image.measuring = FALSE;
  draw_map (&image, reached, top, bottom);
  draw_board (&image, &board, top, bottom);
  board_data_clear (&board);
  show (&image, sources, IMAGE_SMALL_FONT, &dim, IMAGE_MARGIN, sources_top, width, 0);
  g_object_unref (image.context);
}

void
dlg_image_draw (DlgSnapshot *snapshot,
                cairo_t     *cr)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_if_fail (DLG_IS_SNAPSHOT (snapshot));
  g_return_if_fail (dlg_snapshot_get_n_sides (snapshot) >= 1);

  draw (snapshot, cr, text);
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Text for XML: what XML 1.0 cannot hold (most control characters)
 * becomes U+FFFD, the zero-width spaces the sheet's escaping gives long
 * words to break at go (the words are searched as they were), the rest
 * escaped */
static char *
xml_text (const char *text)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x200b)
        continue;

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xfffe || c == 0xffff)
        c = 0xfffd;
      g_string_append_unichar (s, c);
    }
  return g_markup_escape_text (s->str, (gssize) s->len);
}

/* The SVG with its words as text: a <title> (the dataset's) and a <desc>
 * (every line drawn) right after the <svg> element opens, for search and
 * screen readers (cairo draws glyphs as outlines) */
static GBytes *
svg_with_text (GByteArray *svg,
               DlgDataset *dataset,
               GString    *text)
{
  const char *start = g_strstr_len ((const char *) svg->data, (gssize) svg->len, "<svg");
  const char *end = start != NULL ? memchr (start, '>', svg->len - (start - (char *) svg->data))
                                  : NULL;
  g_autofree char *title = xml_text (dlg_dataset_get_title (dataset));
  g_autofree char *desc = xml_text (text->str);
  g_autofree char *insert = g_strdup_printf ("\n<title>%s</title>\n<desc>%s</desc>", title, desc);
  GByteArray *out;
  gsize at;

  if (end == NULL)
    return g_byte_array_free_to_bytes (g_byte_array_ref (svg));
  at = (gsize) (end - (char *) svg->data) + 1;
  out = g_byte_array_sized_new (svg->len + strlen (insert));
  g_byte_array_append (out, svg->data, at);
  g_byte_array_append (out, (const guint8 *) insert, strlen (insert));
  g_byte_array_append (out, svg->data + at, svg->len - at);
  return g_byte_array_free_to_bytes (out);
}

GBytes *
dlg_image_render (DlgSnapshot     *snapshot,
                  DlgImageFormat   format,
                  GCancellable    *cancellable,
                  GError         **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  g_return_val_if_fail (DLG_IS_SNAPSHOT (snapshot), NULL);

  if (format == DLG_IMAGE_SVG)
    {
      surface = cairo_svg_surface_create_for_stream (append_cb, data, DLG_IMAGE_WIDTH,
                                                     DLG_IMAGE_HEIGHT);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
    }
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, DLG_IMAGE_WIDTH, DLG_IMAGE_HEIGHT);
  cr = cairo_create (surface);
  draw (snapshot, cr, text);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && !g_cancellable_is_cancelled (cancellable))
    {
      if (format == DLG_IMAGE_PNG)
        status = cairo_surface_write_to_png_stream (surface, append_cb, data);
      cairo_surface_finish (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      /* Translators: the image could not be drawn; %s is cairo's reason */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("the image could not be drawn: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }
  if (format == DLG_IMAGE_SVG)
    return svg_with_text (data, dlg_snapshot_get_dataset (snapshot), text);
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}
