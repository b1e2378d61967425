/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "dlg-snapshot.h"

G_BEGIN_DECLS

/* The comparison as one image, for slides: the dataset's title, the map
 * of the first two sides with its legend, the board (the places by side:
 * "Both", "India only", "Pakistan only"; with three sides or more a
 * column per side and "Shared"), each place with its certainty mark and
 * the marks' legend, and a line saying where the sources are.  16:9,
 * DLG_IMAGE_WIDTH x DLG_IMAGE_HEIGHT units (pixels in a PNG, user units
 * in an SVG).  A snapshot with the members as shown draws their map and
 * lists their places, and the board still counts every place ("2 of 4
 * shown"): a filter narrows what is shown, never what is true.  No
 * widget code here: the window's "Export Image…" and --export-image draw
 * the same image. */

#define DLG_IMAGE_WIDTH 1920
#define DLG_IMAGE_HEIGHT 1080

typedef enum
{
  DLG_IMAGE_PNG,
  DLG_IMAGE_SVG,
} DlgImageFormat;

/* The format a file name asks for by its ending (".png", ".svg", in any
 * case); FALSE for any other */
gboolean dlg_image_format_for_name (const char     *name,
                                    DlgImageFormat *format);
/* Draws the image with its top left corner at the origin of cr */
void     dlg_image_draw            (DlgSnapshot    *snapshot,
                                    cairo_t        *cr);
/* The image as the file's bytes, made in memory (the target is not
 * touched until it is whole).  An SVG draws its text as outlines and
 * carries it as text too, in its <title> and <desc>. */
GBytes  *dlg_image_render          (DlgSnapshot    *snapshot,
                                    DlgImageFormat  format,
                                    GCancellable   *cancellable,
                                    GError        **error);

G_END_DECLS
