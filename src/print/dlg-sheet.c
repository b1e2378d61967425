#define G_LOG_DOMAIN "dlg-sheet"

#include "config.h"

#include <langinfo.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "dlg-sheet-private.h"

G_DEFINE_FINAL_TYPE (DlgSheet, dlg_sheet, G_TYPE_OBJECT)

/* --- pages --- */

static GArray *
page_at (DlgSheet *self,
         guint     index)
{
  while (self->pages->len <= index)
    g_ptr_array_add (self->pages, g_array_new (FALSE, FALSE, sizeof (Placed)));
  return g_ptr_array_index (self->pages, index);
}

static void
place (DlgSheet *self,
       guint     page,
       Block    *block,
       double    x,
       double    y)
{
  Placed p = { block, x, y };

  g_array_append_val (page_at (self, page), p);
}

static double
body_bottom (DlgSheet *self)
{
  return self->page_height - MARGIN - FOOTER;
}

/* Places blocks top to bottom in one column from (*page, *y), moving to
 * the next page where a block does not fit.  A row never splits; a row
 * that starts a page gets its table's heading again; a heading stays
 * with what follows it. */
static void
flow (DlgSheet  *self,
      GPtrArray *blocks,
      double     x,
      guint     *page,
      double    *y)
{
  double bottom = body_bottom (self);

  for (guint i = 0; i < blocks->len; i++)
    {
      Block *b = g_ptr_array_index (blocks, i);
      double need = b->height + (*y > MARGIN ? b->space_before : 0);

      if (b->keep_with_next && i + 1 < blocks->len)
        {
          Block *next = g_ptr_array_index (blocks, i + 1);

          need += next->height + next->space_before;
          if (next->keep_with_next && i + 2 < blocks->len)
            need += ((Block *) g_ptr_array_index (blocks, i + 2))->height;
        }

      if (*y + need > bottom && *y > MARGIN)
        {
          (*page)++;
          *y = MARGIN;
          if (b->repeat != NULL)
            {
              if (b->repeat->caption != NULL)
                {
                  place (self, *page, b->repeat->caption, x, *y);
                  *y += b->repeat->caption->height + 2;
                }
              place (self, *page, b->repeat, x, *y);
              *y += b->repeat->height;
            }
        }
      else if (*y > MARGIN)
        *y += b->space_before;

      place (self, *page, b, x, *y);
      *y += b->height;
    }
}

guint
dlg_sheet_paginate (DlgSheet *self)
{
  double content = self->page_width - 2 * MARGIN;
  double column = (content - GUTTER) / 2;
  g_autoptr(GPtrArray) top = g_ptr_array_new ();
  g_autoptr(GPtrArray) left = NULL;
  g_autoptr(GPtrArray) right = NULL;
  g_autoptr(GPtrArray) comparison = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  guint page = 0, page_left, page_right;
  double y = MARGIN, y_left, y_right;

  g_return_val_if_fail (DLG_IS_SHEET (self), 0);

  g_ptr_array_set_size (self->pages, 0);
  g_ptr_array_set_size (self->blocks, 0);

  dlg_sheet_title_blocks (self, top, content);
  flow (self, top, MARGIN, &page, &y);
  y += 14;

  left = dlg_sheet_side_blocks (self, self->side_a, self->members_a, column);
  right = dlg_sheet_side_blocks (self, self->side_b, self->members_b, column);
  page_left = page_right = page;
  y_left = y_right = y;
  flow (self, left, MARGIN, &page_left, &y_left);
  flow (self, right, MARGIN + column + GUTTER, &page_right, &y_right);

  page = MAX (page_left, page_right) + 1;
  y = MARGIN;
  comparison = dlg_sheet_comparison_blocks (self, content);
  flow (self, comparison, MARGIN, &page, &y);

  page++;
  y = MARGIN;
  sources = dlg_sheet_source_blocks (self, content);
  flow (self, sources, MARGIN, &page, &y);

  return self->pages->len;
}

guint
dlg_sheet_get_n_pages (DlgSheet *self)
{
  g_return_val_if_fail (DLG_IS_SHEET (self), 0);
  return self->pages->len;
}

double
dlg_sheet_get_page_width (DlgSheet *self)
{
  g_return_val_if_fail (DLG_IS_SHEET (self), 0);
  return self->page_width;
}

double
dlg_sheet_get_page_height (DlgSheet *self)
{
  g_return_val_if_fail (DLG_IS_SHEET (self), 0);
  return self->page_height;
}

static void
draw_footer (DlgSheet *self,
             cairo_t  *cr,
             guint     page)
{
  double width = self->page_width - 2 * MARGIN;
  double y = self->page_height - MARGIN - FOOTER + 10;
  g_autofree char *title = dlg_sheet_escape (dlg_dataset_get_title (self->dataset));
  /* Translators: the footer of every printed page */
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  g_autoptr(PangoLayout) left = dlg_sheet_make_layout (self, title, width * 0.75, SMALL_FONT);
  g_autoptr(PangoLayout) right = dlg_sheet_make_layout (self, number, width * 0.25, SMALL_FONT);

  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN, y - 4);
  cairo_line_to (cr, MARGIN + width, y - 4);
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (left, 0);
  cairo_move_to (cr, MARGIN, y);
  pango_cairo_show_layout (cr, left);
  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
  cairo_move_to (cr, MARGIN + width * 0.75, y);
  pango_cairo_show_layout (cr, right);
}

void
dlg_sheet_draw_page (DlgSheet *self,
                     cairo_t  *cr,
                     guint     page)
{
  GArray *placed;

  g_return_if_fail (DLG_IS_SHEET (self));
  g_return_if_fail (page < self->pages->len);

  placed = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  for (guint i = 0; i < placed->len; i++)
    {
      Placed *p = &g_array_index (placed, Placed, i);
      Block *b = p->block;

      if (b->header)
        {
          cairo_set_source_rgb (cr, 0.9, 0.9, 0.9);
          cairo_rectangle (cr, p->x, p->y, b->width, b->height);
          cairo_fill (cr);
        }
      else if (b->row)
        {
          cairo_set_source_rgb (cr, 0.82, 0.82, 0.82);
          cairo_set_line_width (cr, 0.4);
          cairo_move_to (cr, p->x, p->y + b->height);
          cairo_line_to (cr, p->x + b->width, p->y + b->height);
          cairo_stroke (cr);
        }

      cairo_set_source_rgb (cr, 0, 0, 0);
      for (guint j = 0; j < b->cells->len; j++)
        {
          Cell *cell = g_ptr_array_index (b->cells, j);

          cairo_move_to (cr, p->x + cell->x, p->y + (b->header || b->row ? CELL_PAD : 0));
          pango_cairo_show_layout (cr, cell->layout);
        }
    }
  draw_footer (self, cr, page);
  cairo_restore (cr);
}

typedef struct
{
  GOutputStream *out;
  GCancellable *cancellable;
  GError *error;
} PdfWrite;

static cairo_status_t
write_pdf_cb (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  PdfWrite *w = closure;

  if (w->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (w->out, data, length, NULL, w->cancellable, &w->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

gboolean
dlg_sheet_write_pdf (DlgSheet       *self,
                     GOutputStream  *out,
                     GCancellable   *cancellable,
                     GError        **error)
{
  PdfWrite w = { out, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  g_return_val_if_fail (DLG_IS_SHEET (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  if (self->pages->len == 0)
    dlg_sheet_paginate (self);

  surface = cairo_pdf_surface_create_for_stream (write_pdf_cb, &w, self->page_width,
                                                 self->page_height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  dlg_dataset_get_title (self->dataset));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Delegations " PACKAGE_VERSION);
  cr = cairo_create (surface);
  for (guint i = 0; i < self->pages->len && w.error == NULL; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, &w.error))
        break;
      dlg_sheet_draw_page (self, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (w.error != NULL)
    {
      g_propagate_error (error, w.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

void
dlg_sheet_default_paper (double *width,
                         double *height)
{
  double w_mm = 210, h_mm = 297;

#ifdef __GLIBC__
  {
    /* glibc answers these two with a number in the pointer. */
    union { const char *string; unsigned int word; } w, h;

    w.string = nl_langinfo (_NL_PAPER_WIDTH);
    h.string = nl_langinfo (_NL_PAPER_HEIGHT);
    /* Only US Letter changes the default; anything else prints on A4. */
    if (w.word == 216 && h.word == 279)
      {
        w_mm = 215.9;
        h_mm = 279.4;
      }
  }
#endif
  /* landscape */
  *width = h_mm / 25.4 * 72;
  *height = w_mm / 25.4 * 72;
}

void
dlg_sheet_set_page_size (DlgSheet *self,
                         double    width,
                         double    height)
{
  g_return_if_fail (DLG_IS_SHEET (self));
  self->page_width = width;
  self->page_height = height;
}

static void
dlg_sheet_finalize (GObject *object)
{
  DlgSheet *self = DLG_SHEET (object);

  g_clear_object (&self->snapshot);
  g_clear_object (&self->context);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);

  G_OBJECT_CLASS (dlg_sheet_parent_class)->finalize (object);
}

static void
dlg_sheet_class_init (DlgSheetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dlg_sheet_finalize;
}

static void
dlg_sheet_init (DlgSheet *self)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options = cairo_font_options_create ();

  self->blocks = g_ptr_array_new_with_free_func (dlg_sheet_block_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->context = pango_font_map_create_context (map);
  /* Points at 72 dpi and no hinting: the same layout on paper, in PDF and
   * in the print preview. */
  pango_cairo_context_set_resolution (self->context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
}

DlgSheet *
dlg_sheet_new (DlgSnapshot *snapshot)
{
  DlgSheet *self;

  g_return_val_if_fail (DLG_IS_SNAPSHOT (snapshot), NULL);
  g_return_val_if_fail (dlg_snapshot_get_n_sides (snapshot) >= 2, NULL);

  self = g_object_new (DLG_TYPE_SHEET, NULL);
  self->snapshot = g_object_ref (snapshot);
  dlg_snapshot_seal (snapshot);
  self->dataset = dlg_snapshot_get_dataset (snapshot);
  self->side_a = dlg_snapshot_get_side (snapshot, 0);
  self->side_b = dlg_snapshot_get_side (snapshot, 1);
  self->members_a = dlg_snapshot_get_members (snapshot, 0);
  self->members_b = dlg_snapshot_get_members (snapshot, 1);
  self->filter_text = dlg_snapshot_get_filter_text (snapshot);
  self->print_date = dlg_snapshot_get_print_date (snapshot);
  dlg_snapshot_get_paper (snapshot, &self->page_width, &self->page_height);
  return self;
}
