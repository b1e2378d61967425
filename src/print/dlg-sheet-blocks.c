/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-sheet"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "dlg-sheet-private.h"

/* Blocks: text measured with Pango at a given width, and table rows. */

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  g_clear_object (&cell->layout);
  g_clear_pointer (&cell->line_bottoms, g_array_unref);
  g_free (cell);
}

void
dlg_sheet_block_free (gpointer data)
{
  Block *block = data;

  g_ptr_array_unref (block->cells);
  if (block->paint_free != NULL)
    block->paint_free (block->paint_data);
  g_free (block);
}

/* Arabic-script text (Urdu, in Awami Nastaliq, the one font here with
 * every Urdu letter) comes close to the line height Latin text has:
 * Nastaliq's ascent and descent are about twice Latin's and its words
 * sit well inside them, so its runs' logical height is scaled to
 * two-thirds (an Urdu briefing one page longer than the English one, not
 * five).  Lines of Latin text alone keep theirs; where a line mixes the
 * two, a tall Nastaliq letter may touch the Latin line above it. */
#define ARABIC_LINE_HEIGHT 0.67

/* Attributes added to a layout's own (from its markup), into a copy made
 * when the first is added */
typedef struct
{
  PangoLayout *layout;
  const char *text;
  PangoAttrList *attrs;
} Extra;

static void
add_attribute (Extra          *extra,
               PangoAttribute *attr,
               const char     *start,
               const char     *end)
{
  if (extra->attrs == NULL)
    {
      PangoAttrList *own = pango_layout_get_attributes (extra->layout);

      extra->attrs = own != NULL ? pango_attr_list_copy (own) : pango_attr_list_new ();
    }
  attr->start_index = (guint) (start - extra->text);
  attr->end_index = (guint) (end - extra->text);
  pango_attr_list_insert (extra->attrs, attr);
}

/* The runs of Arabic script, as Pango itemizes them: spaces, digits and
 * punctuation (common script) belong to the script before them, or at
 * the start of a paragraph to the first one after them. */
static void
compact_arabic_runs (Extra *extra)
{
  const char *run = NULL;
  const char *neutral = NULL;  /* common characters not yet resolved */
  GUnicodeScript current = G_UNICODE_SCRIPT_COMMON;

  for (const char *p = extra->text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeScript script;

      /* ASCII outside a run of Arabic: no need to ask its script */
      if (c != 0 && c < 0x80 && current != G_UNICODE_SCRIPT_ARABIC && c != '\n')
        {
          if (g_ascii_isalpha (c))
            {
              current = G_UNICODE_SCRIPT_LATIN;
              neutral = NULL;
            }
          else if (current == G_UNICODE_SCRIPT_COMMON && neutral == NULL)
            neutral = p;
          continue;
        }
      script = c != 0 ? g_unichar_get_script (c) : G_UNICODE_SCRIPT_UNKNOWN;
      if (c == '\n' && current != G_UNICODE_SCRIPT_ARABIC)
        {
          /* a paragraph starts its runs afresh */
          current = G_UNICODE_SCRIPT_COMMON;
          neutral = NULL;
          continue;
        }
      if (script == G_UNICODE_SCRIPT_COMMON || script == G_UNICODE_SCRIPT_INHERITED)
        {
          if (current == G_UNICODE_SCRIPT_COMMON && neutral == NULL)
            neutral = p;
          continue;
        }
      if (script == G_UNICODE_SCRIPT_ARABIC && current != G_UNICODE_SCRIPT_ARABIC)
        run = neutral != NULL ? neutral : p;
      else if (script != G_UNICODE_SCRIPT_ARABIC && current == G_UNICODE_SCRIPT_ARABIC)
        add_attribute (extra, pango_attr_line_height_new (ARABIC_LINE_HEIGHT), run, p);
      current = script;
      neutral = NULL;
      if (c == 0)
        break;
    }
}

typedef struct
{
  const char *start;
  const char *end;
} Piece;

static int
piece_compare (gconstpointer a,
               gconstpointer b)
{
  const Piece *pa = a;
  const Piece *pb = b;

  return pa->start < pb->start ? -1 : pa->start > pb->start;
}

/* A piece of the dataset's text (isolated: FSI ... PDI) set in a
 * paragraph of the other direction reads in pieces when a line ends
 * inside it: "Supriya Sule (NCP" and "(SP))" on two lines of an Urdu
 * sheet read as "NCP) Supriya Sule" and "((SP)".  A piece that fits on
 * a line (max_chars at most) is kept whole: lines end between pieces.
 * Where pieces nest, the outermost that fits is kept whole. */
static void
keep_pieces_whole (Extra *extra,
                   glong  max_chars)
{
  g_autoptr(GArray) opened = g_array_new (FALSE, FALSE, sizeof (const char *));
  g_autoptr(GArray) pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  const char *kept_end = extra->text;

  for (const char *p = extra->text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x2066 && c <= 0x2068)
        g_array_append_val (opened, p);
      else if (c == 0x2069 && opened->len > 0)
        {
          Piece piece = { g_array_index (opened, const char *, opened->len - 1),
                          g_utf8_next_char (p) };

          g_array_set_size (opened, opened->len - 1);
          g_array_append_val (pieces, piece);
        }
    }
  /* outer pieces close after the pieces inside them: by where they start */
  g_array_sort (pieces, piece_compare);
  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *piece = &g_array_index (pieces, Piece, i);

      if (piece->start < kept_end ||
          g_utf8_strlen (piece->start, piece->end - piece->start) > max_chars + 2)
        continue;
      add_attribute (extra, pango_attr_allow_breaks_new (FALSE), piece->start, piece->end);
      kept_end = piece->end;
    }
}

PangoContext *
dlg_print_context_new (void)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Points at 72 dpi and no hinting: the same layout on paper, in PDF and
   * in the print preview. */
  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}

PangoLayout *
dlg_print_layout_new (PangoContext *context,
                      const char   *markup,
                      double        width,
                      const char   *font)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *desc = pango_font_description_from_string (font);
  gboolean rtl = pango_context_get_base_dir (context) == PANGO_DIRECTION_RTL;
  double size = MAX (1.0, (double) pango_font_description_get_size (desc) / PANGO_SCALE);
  Extra extra = { NULL, NULL, NULL };

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  /* Every paragraph runs in the context's direction: our words and
   * separators in the language's order, the dataset's text isolated in
   * it (dlg_sheet_escape) keeping its own.  Left to right, "Group 2:
   * Paris → Rome"; right to left, the same from the right. */
  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_markup (layout, markup, -1);
  extra.layout = layout;
  extra.text = pango_layout_get_text (layout);
  compact_arabic_runs (&extra);
  if (rtl)
    /* about 0.7 em a character, wider than the average Latin one */
    keep_pieces_whole (&extra, (glong) (width / (0.7 * size)));
  if (extra.attrs != NULL)
    {
      pango_layout_set_attributes (layout, extra.attrs);
      pango_attr_list_unref (extra.attrs);
    }
  /* without auto_dir, LEFT and RIGHT are the page's sides */
  if (rtl)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  return layout;
}

PangoLayout *
dlg_sheet_make_layout (DlgSheet   *self,
                       const char *markup,
                       double      width,
                       const char *font)
{
  return dlg_print_layout_new (self->context, markup, width, font);
}

static Block *
add_block (DlgSheet *self)
{
  Block *block = g_new0 (Block, 1);

  block->cells = g_ptr_array_new_with_free_func (cell_free);
  g_ptr_array_add (self->blocks, block);
  return block;
}

Block *
dlg_sheet_paint_block (DlgSheet      *self,
                       double         width,
                       double         height,
                       void         (*paint) (Block *, cairo_t *, double, double),
                       gpointer       data,
                       GDestroyNotify free_data)
{
  Block *block = add_block (self);

  block->width = width;
  block->height = height;
  block->paint = paint;
  block->paint_data = data;
  block->paint_free = free_data;
  return block;
}

void
dlg_sheet_set_context (DlgSheet   *self,
                       GPtrArray  *out,
                       guint       from,
                       const char *context,
                       gboolean    opens)
{
  char *copy = g_strdup (context);

  g_ptr_array_add (self->strings, copy);
  for (guint i = from; i < out->len; i++)
    {
      Block *b = g_ptr_array_index (out, i);

      if (b->context != NULL)
        continue;
      b->context = copy;
      b->context_start = opens && i == from;
    }
}

/* A block of plain text (escaped here). */
Block *
dlg_sheet_plain_block (DlgSheet   *self,
                       const char *text,
                       double      width,
                       const char *font,
                       double      space_before)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  return dlg_sheet_text_block (self, markup, width, font, space_before);
}

Block *
dlg_sheet_text_block (DlgSheet   *self,
                      const char *markup,
                      double      width,
                      const char *font,
                      double      space_before)
{
  Block *block = add_block (self);
  Cell *cell = g_new0 (Cell, 1);
  int h;

  cell->layout = dlg_sheet_make_layout (self, markup, width, font);
  cell->width = width;
  pango_layout_get_size (cell->layout, NULL, &h);
  g_ptr_array_add (block->cells, cell);
  block->height = (double) h / PANGO_SCALE;
  block->width = width;
  block->space_before = space_before;
  return block;
}

/* The key of a table cell's height and layout: font, width and markup */
static char *
cell_key (const char *markup,
          double      width,
          const char *font)
{
  return g_strdup_printf ("%s\x1f%ld\x1f%s", font, lround (width * PANGO_SCALE), markup);
}

/* Measures a table cell, once for every cell of the same font, width and
 * markup; the cell keeps the markup (the key's copy) to be laid out when
 * drawn. */
static double
measure_cell (DlgSheet   *self,
              Cell       *cell,
              const char *markup,
              const char *font)
{
  g_autofree char *key = cell_key (markup, cell->width, font);
  char *stored_key;
  double *height;

  if (!g_hash_table_lookup_extended (self->cell_heights, key, (gpointer *) &stored_key,
                                     (gpointer *) &height))
    {
      g_autoptr(PangoLayout) layout = dlg_sheet_make_layout (self, markup, cell->width, font);
      int h;

      pango_layout_get_size (layout, NULL, &h);
      height = g_new (double, 1);
      *height = (double) h / PANGO_SCALE;
      stored_key = g_steal_pointer (&key);
      g_hash_table_insert (self->cell_heights, stored_key, height);
    }
  cell->key = stored_key;
  /* the markup is the key's last part */
  cell->markup = strchr (strchr (stored_key, '\x1f') + 1, '\x1f') + 1;
  cell->font = font;
  return *height;
}

PangoLayout *
dlg_sheet_cell_layout (DlgSheet *self,
                       Cell     *cell)
{
  PangoLayout *layout;

  if (cell->layout != NULL)
    return g_object_ref (cell->layout);
  layout = g_hash_table_lookup (self->page_layouts, cell->key);
  if (layout == NULL)
    {
      layout = dlg_sheet_make_layout (self, cell->markup, cell->width, cell->font);
      g_hash_table_insert (self->page_layouts, (gpointer) cell->key, layout);
    }
  return g_object_ref (layout);
}

/* A table row: one cell per column; widths are fractions of width. */
Block *
dlg_sheet_row_block (DlgSheet          *self,
                     const char *const *markups,
                     const double      *fractions,
                     guint              n,
                     double             width,
                     const char        *font,
                     gboolean           header)
{
  return dlg_sheet_padded_row_block (self, markups, fractions, n, width, font, header, CELL_PAD);
}

Block *
dlg_sheet_padded_row_block (DlgSheet          *self,
                            const char *const *markups,
                            const double      *fractions,
                            guint              n,
                            double             width,
                            const char        *font,
                            gboolean           header,
                            double             pad)
{
  Block *block = add_block (self);
  double x = 0;

  for (guint i = 0; i < n; i++)
    {
      double w = width * fractions[i];
      Cell *cell = g_new0 (Cell, 1);
      double h;

      cell->x = x + CELL_PAD;
      cell->width = w - 2 * CELL_PAD;
      h = measure_cell (self, cell, markups[i], font);
      block->height = MAX (block->height, h + 2 * pad);
      g_ptr_array_add (block->cells, cell);
      x += w;
    }
  block->width = width;
  block->header = header;
  block->row = !header;
  block->pad = pad;
  return block;
}

/* --- text helpers --- */

char *
dlg_sheet_refs_markup (DlgSheet           *self,
                       const char * const *ids)
{
  GString *s;

  if (ids == NULL || ids[0] == NULL)
    return g_strdup ("");
  s = g_string_new ("<sup><span foreground=\"#555555\">");
  for (guint i = 0; ids[i] != NULL; i++)
    {
      DlgSource *source = dlg_dataset_lookup_source (self->dataset, ids[i]);

      if (source != NULL)
        g_string_append_printf (s, "%s%u", i > 0 ? "," : "", dlg_source_get_number (source));
    }
  g_string_append (s, "</span></sup>");
  return g_string_free (s, FALSE);
}

char *
dlg_sheet_mark (DlgCertainty  certainty,
                gboolean     *marked)
{
  const char *mark = dlg_certainty_to_mark (certainty);

  if (mark == NULL || mark[0] == '\0')
    return g_strdup ("");
  if (marked != NULL)
    *marked = TRUE;
  return g_markup_escape_text (mark, -1);
}

/* Gives a run of more than RUN characters without a break opportunity
 * (a space) a zero-width space every RUN characters, never inside a
 * cluster (before a mark, or after one). */
#define RUN 24

static void
append_breakable (GString    *out,
                  const char *text)
{
  guint run = 0;
  gunichar previous = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x200B)
        run = 0;
      else if (++run > RUN && !g_unichar_ismark (c) && !g_unichar_ismark (previous) &&
               c != 0x200C && c != 0x200D && previous != 0x200C && previous != 0x200D)
        {
          g_string_append (out, "\u200B");
          run = 1;
        }
      g_string_append_unichar (out, c);
      previous = c;
    }
}

static char *
escape (const char *text,
        gboolean    isolate)
{
  g_autoptr(GString) s = g_string_new (isolate ? "\u2068" : "");
  const char *end;
  glong n_chars;

  if (text == NULL || text[0] == '\0')
    return g_strdup ("");

  n_chars = g_utf8_strlen (text, -1);
  if (n_chars > DLG_SHEET_MAX_CHARS)
    {
      g_autofree char *head = NULL;
      g_autofree char *more = NULL;

      end = g_utf8_offset_to_pointer (text, DLG_SHEET_MAX_CHARS);
      head = g_strndup (text, end - text);
      append_breakable (s, head);
      if (isolate)
        g_string_append (s, "\u2069");
      /* Translators: after text cut short on the printed sheet */
      more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           " … (%ld more character not printed)",
                                           " … (%ld more characters not printed)",
                                           n_chars - DLG_SHEET_MAX_CHARS),
                              n_chars - DLG_SHEET_MAX_CHARS);
      g_string_append (s, more);
    }
  else
    {
      append_breakable (s, text);
      if (isolate)
        g_string_append (s, "\u2069");
    }
  return g_markup_escape_text (s->str, (gssize) s->len);
}

char *
dlg_sheet_escape (const char *text)
{
  return escape (text, TRUE);
}

char *
dlg_sheet_escape_composed (const char *text)
{
  return escape (text, FALSE);
}
