/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "bench-map"

#include "config.h"

#include <stdlib.h>

#include <cairo.h>
#include <pango/pango.h>

#include "bench-util.h"
#include "dlg-map-scene.h"
#include "dlg-model.h"

/* The map's frame costs, drawn as the window draws them (the same scene,
 * on a 1400 x 340 image): the map is rendered to an image when its scene
 * (a filter), its view (a resize, a zoom) or its colours change; any
 * other frame (a focus ring, the page scrolled, the window redrawn)
 * paints that image and the ring.  The floor, in the same run: filling
 * the same surface once.  Not a test: it prints medians.
 * Usage: bench-map DATASET */

#define WIDTH 1400
#define HEIGHT 340
#define FRAMES 60
#define SCENES 5

/* The least a scene is made from: each stop of both sides read once */
static guint
walk_stops (DlgSide *side)
{
  GListModel *stops = dlg_side_get_destinations (side);
  guint n = g_list_model_get_n_items (stops), with = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgDestination) d = g_list_model_get_item (stops, i);
      double lat, lon;

      with += dlg_destination_get_coordinates (d, &lat, &lon) &&
              dlg_destination_get_key (d) != NULL;
    }
  return with;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(DlgDataset) dataset = NULL;
  g_autoptr(DlgSide) a = NULL;
  g_autoptr(DlgSide) b = NULL;
  g_autoptr(DlgMapScene) scene = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  /* the places' names in the window's text size (Cantarell 11 at 96 dpi) */
  PangoFontDescription *font = pango_font_description_from_string ("Sans 13.2");
  DlgMapInk ink = { { 0.18, 0.2, 0.21 }, { 0.96, 0.96, 0.96 }, g_getenv ("NO_NAMES") ? NULL : font };
  double floor_ms[FRAMES], hover_ms[FRAMES], resize_ms[FRAMES];
  guint frames;

  if (argc != 2)
    {
      g_printerr ("usage: bench-map DATASET\n");
      return 2;
    }
  file = g_file_new_for_commandline_arg (argv[1]);
  dataset = dlg_dataset_load_file (file, NULL, NULL, &error);
  if (dataset == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  a = g_list_model_get_item (dlg_dataset_get_sides (dataset), 0);
  b = g_list_model_get_item (dlg_dataset_get_sides (dataset), 1);
  /* a filter makes the scene again from the sides, then draws it */
  {
    double made_ms[SCENES], walk_ms[SCENES];
    guint stops = 0;

    for (guint i = 0; i < SCENES; i++)
      {
        gint64 start = g_get_monotonic_time ();

        stops += walk_stops (a) + walk_stops (b);
        walk_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
        start = g_get_monotonic_time ();
        g_clear_pointer (&scene, dlg_map_scene_free);
        scene = dlg_map_scene_new (a, b, NULL);
        made_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      }
    g_print ("scene of %u stops, %u legs, median of %d\n", stops / SCENES,
             dlg_map_scene_get_n_legs (scene), SCENES);
    g_print ("%-36s %7.2f ms\n", "floor: each stop read once", bench_median (walk_ms, SCENES));
    g_print ("%-36s %7.2f ms  %5.1fx floor\n", "filter (scene made from the sides)",
             bench_median (made_ms, SCENES),
             bench_median (made_ms, SCENES) / bench_median (walk_ms, SCENES));
  }

  /* a big scene's image takes most of a second: fewer of them */
  frames = dlg_map_scene_get_n_legs (scene) > 3000 ? 6 : FRAMES;
  for (guint i = 0; i < frames; i++)
    {
      /* a new view (and a new image) each time */
      DlgMapView view = dlg_map_scene_fit (scene, WIDTH - (i % 2), HEIGHT, 1.0);
      gint64 start = g_get_monotonic_time ();
      cairo_surface_t *image;
      cairo_t *cr = cairo_create (surface);

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      floor_ms[i] = (g_get_monotonic_time () - start) / 1000.0;

      start = g_get_monotonic_time ();
      image = dlg_map_scene_render (scene, &view, &ink, 1);
      resize_ms[i] = (g_get_monotonic_time () - start) / 1000.0;

      /* any other frame: the image, and a focus ring over it */
      start = g_get_monotonic_time ();
      cr = cairo_create (surface);
      cairo_set_source_surface (cr, image, 0, 0);
      cairo_paint (cr);
      dlg_map_scene_draw_focus (scene, &view, cr, &ink, i % MAX (dlg_map_scene_get_n_places (scene), 1));
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      hover_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      cairo_surface_destroy (image);
    }

  g_print ("map of %u places, %d x %d, median of %d frames\n", dlg_map_scene_get_n_places (scene),
           WIDTH, HEIGHT, frames);
  {
    double f = bench_median (floor_ms, frames), h = bench_median (hover_ms, frames),
           r = bench_median (resize_ms, frames);

    g_print ("%-36s %7.2f ms\n", "floor: one fill of the surface", f);
    g_print ("%-36s %7.2f ms  %5.1fx floor  %6.0f frames/s\n", "focus or scroll frame (image kept)",
             h, h / f, 1000.0 / h);
    g_print ("%-36s %7.2f ms  %5.1fx floor  %6.0f frames/s\n", "filter or resize (image drawn)", r,
             r / f, 1000.0 / r);
  }
  cairo_surface_destroy (surface);
  pango_font_description_free (font);
  return 0;
}
