/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/* What the tests of the printed sheet share: a dataset of many members
 * and a comparison of two sheets page by page. */

#include <string.h>

#include <cairo.h>
#include <glib.h>

#include "dlg-model.h"
#include "dlg-sheet.h"

/* A dataset of two sides: delegations of ten members, and one of 600 (a
 * pagination step lays out a chunk of a delegation's members at a time) */
static inline DlgDataset *
sheets_many_members (guint n)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"delegations\", \"version\": \"1.0\", "
                                          "\"title\": \"Many\", \"sources\": [], \"sides\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  DlgDataset *dataset;
  guint id = 0;

  for (guint s = 0; s < 2; s++)
    {
      guint left = n / 2;

      g_string_append_printf (json, "%s{\"id\": \"s%u\", \"name\": \"Side %u\", "
                              "\"delegations\": [", s > 0 ? ", " : "", s, s);
      for (guint d = 0; left > 0; d++)
        {
          guint size = MIN (left, d == 1 ? 600 : 10);

          g_string_append_printf (json, "%s{\"id\": \"d%u-%u\", \"label\": \"Group %u\", "
                                  "\"members\": [", d > 0 ? ", " : "", s, d, d);
          for (guint m = 0; m < size; m++, id++)
            g_string_append_printf (json, "%s{\"id\": \"m%u\", \"name\": \"Member %u\", "
                                    "\"party\": \"Party %u\", \"role\": \"%s\", "
                                    "\"status\": \"travelled\"}",
                                    m > 0 ? ", " : "", id, id, id % 7,
                                    id % 5 == 0 ? "A role long enough to wrap over two lines of "
                                                  "the sheet's role column, or three" : "MP");
          g_string_append (json, "], \"destinations\": [{\"country\": \"France\", "
                           "\"capital\": \"Paris\", \"status\": \"visited\", \"unsc\": "
                           "\"permanent\", \"latitude\": 48.86, \"longitude\": 2.35}]}");
          left -= size;
        }
      g_string_append (json, "]}");
    }
  g_string_append (json, "]}");
  bytes = g_bytes_new (json->str, json->len);
  dataset = dlg_dataset_load_bytes (bytes, "many.json", &error);
  g_assert_no_error (error);
  return dataset;
}

/* A page drawn on a small image */
static inline cairo_surface_t *
sheets_page_image (DlgSheet *sheet,
            guint     page)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 280, 200);
  cairo_t *cr = cairo_create (image);

  cairo_scale (cr, 280 / dlg_sheet_get_page_width (sheet), 200 / dlg_sheet_get_page_height (sheet));
  dlg_sheet_draw_page (sheet, cr, page);
  cairo_destroy (cr);
  cairo_surface_flush (image);
  return image;
}

/* a and b have the same pages, pixel for pixel at a small size */
static inline void
sheets_assert_same_pages (DlgSheet *a,
                          DlgSheet *b)
{
  g_assert_cmpuint (dlg_sheet_get_n_pages (a), ==, dlg_sheet_get_n_pages (b));
  for (guint page = 0; page < dlg_sheet_get_n_pages (a); page++)
    {
      cairo_surface_t *image_a = sheets_page_image (a, page);
      cairo_surface_t *image_b = sheets_page_image (b, page);
      gsize size = (gsize) cairo_image_surface_get_stride (image_a) *
                   cairo_image_surface_get_height (image_a);

      if (memcmp (cairo_image_surface_get_data (image_a), cairo_image_surface_get_data (image_b),
                  size) != 0)
        g_error ("page %u differs", page + 1);
      cairo_surface_destroy (image_a);
      cairo_surface_destroy (image_b);
    }
}
