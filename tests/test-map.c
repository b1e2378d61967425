/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-map"

#include "config.h"

#include <math.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "dlg-map-scene.h"
#include "dlg-model.h"

/* The map's scene, as the window, the printed sheet and an exported
 * image draw it (no display): the land, the route colours against light
 * and dark, the places' names, the legend, the keyboard's place. */

/* The light and dark themes' text and background (Adwaita, GTK 4.8), and paper */
static const DlgMapInk inks[] = {
  { { 46 / 255.0, 52 / 255.0, 54 / 255.0 }, { 246 / 255.0, 245 / 255.0, 244 / 255.0 }, NULL },
  { { 238 / 255.0, 238 / 255.0, 236 / 255.0 }, { 53 / 255.0, 53 / 255.0, 53 / 255.0 }, NULL },
  { { 0.1, 0.1, 0.1 }, { 1, 1, 1 }, NULL },
};

/* The map of a dataset's first two sides */
static DlgMapScene *
scene_of (GFile *file)
{
  g_autoptr(DlgDataset) dataset = dlg_dataset_load_file (file, NULL, NULL, NULL);
  g_autoptr(DlgSide) a = NULL;
  g_autoptr(DlgSide) b = NULL;

  g_assert_nonnull (dataset);
  a = g_list_model_get_item (dlg_dataset_get_sides (dataset), 0);
  b = g_list_model_get_item (dlg_dataset_get_sides (dataset), 1);
  return dlg_map_scene_new (a, b, NULL);
}

static DlgMapScene *
bundled_scene (void)
{
  g_autoptr(GFile) file = dlg_bundled_dataset_file ();

  return scene_of (file);
}

/* The first two sides of a test file (G_TEST_SRCDIR/data/valid/name) */
static DlgMapScene *
test_file_scene (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return scene_of (file);
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  guint32 pixel;

  memcpy (&pixel, cairo_image_surface_get_data (surface) +
                  (gsize) y * cairo_image_surface_get_stride (surface) + (gsize) x * 4,
          sizeof pixel);
  return pixel;
}

/* y of latitude lat on a view centred on (0, 0): Equal Earth */
static double
latitude_y (const DlgMapView *v,
            double            lat)
{
  const double a1 = 1.340264, a2 = -0.081106, a3 = 0.000893, a4 = 0.003796;
  double t = asin (sqrt (3.0) / 2.0 * sin (lat * G_PI / 180.0));
  double t2 = t * t, t6 = t2 * t2 * t2;

  return v->height / 2.0 - t * (a1 + a2 * t2 + t6 * (a3 + a4 * t2)) * v->scale;
}

/* The whole world's land: at 16.45 S (Fiji's outline, where a ring
 * across the 180th meridian drew a band over the whole map) the row is
 * mostly sea, as it is on a globe */
static void
test_map_land_meridian (void)
{
  DlgMapView view = { 360, 0, 0, 2000, 1000 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 2000, 1000);
  cairo_t *cr = cairo_create (surface);
  DlgColour fg = { 0, 0, 0 };
  const double latitudes[] = { -16.45, -16.3, -16.6 };

  dlg_map_draw_land (&view, cr, &fg);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  for (guint i = 0; i < G_N_ELEMENTS (latitudes); i++)
    {
      int y = (int) latitude_y (&view, latitudes[i]);
      guint land = 0, sea = 0;

      for (int x = 0; x < 2000; x++)
        {
          if (pixel_at (surface, x, y) >> 24 != 0)
            land++;
          else
            sea++;
        }
      /* South America, Africa, Madagascar, Australia: a quarter of the row */
      g_assert_cmpuint (land, >, 50);
      g_assert_cmpuint (sea, >, land);
    }
  cairo_surface_destroy (surface);
}

/* Each side's routes stand out 3:1 from the background and the land, in
 * the light theme, the dark one and on paper; the two sides stay apart;
 * a colour that stands out already is kept */
static void
test_map_route_contrast (void)
{
  /* the bundled dataset's India and Pakistan, and the defaults */
  static const DlgColour sides[][2] = {
    { { 1.0, 0x99 / 255.0, 0x33 / 255.0 }, { 0x01 / 255.0, 0x41 / 255.0, 0x1c / 255.0 } },
    { { 0xc6 / 255.0, 0x46 / 255.0, 0 }, { 0x1c / 255.0, 0x71 / 255.0, 0xd8 / 255.0 } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (inks); i++)
    for (guint j = 0; j < G_N_ELEMENTS (sides); j++)
      {
        DlgColour land, route[2];

        dlg_map_land_colour (&inks[i], &land);
        for (guint k = 0; k < 2; k++)
          {
            dlg_map_route_colour (&inks[i], &sides[j][k], &route[k]);
            g_test_message ("ink %u, side %u: #%02x%02x%02x, %.2f:1 on the background, %.2f:1 "
                            "on land", i, k, (guint) (route[k].red * 255),
                            (guint) (route[k].green * 255), (guint) (route[k].blue * 255),
                            dlg_colour_contrast (&route[k], &inks[i].bg),
                            dlg_colour_contrast (&route[k], &land));
            g_assert_cmpfloat (dlg_colour_contrast (&route[k], &inks[i].bg), >=, DLG_MAP_MIN_CONTRAST);
            g_assert_cmpfloat (dlg_colour_contrast (&route[k], &land), >=, DLG_MAP_MIN_CONTRAST);
          }
        /* apart: saffron and green, orange and blue */
        g_assert_cmpfloat (fabs (route[0].red - route[1].red) + fabs (route[0].green - route[1].green) +
                           fabs (route[0].blue - route[1].blue), >, 0.4);
      }
  /* Pakistan's dark green on the dark theme was 1.3:1: it is lighter now,
   * and on paper it is kept as it is */
  {
    DlgColour green = sides[0][1], route, land;

    dlg_map_land_colour (&inks[1], &land);
    g_assert_cmpfloat (dlg_colour_contrast (&green, &land), <, 2);
    dlg_map_route_colour (&inks[2], &green, &route);
    g_assert_true (memcmp (&route, &green, sizeof green) == 0);
  }
}

static gboolean
boxes_overlap (double ax, double ay, double aw, double ah,
               double bx, double by, double bw, double bh)
{
  return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
}

/* The names: every place both sides visited is named, at the window's
 * size and at 360 pixels; no name over another, over a place, or past
 * the view's edge */
static void
test_map_names (void)
{
  g_autoptr(DlgMapScene) scene = bundled_scene ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  /* the window's: 11 points at 96 dpi, times 0.9, in pixels */
  PangoFontDescription *font = pango_font_description_from_string ("Sans 13.2");
  DlgMapInk ink = inks[0];
  const double sizes[][2] = { { 1370, 340 }, { 1000, 300 }, { 336, 280 } };
  guint shared = 0;

  ink.font = font;
  for (guint i = 0; i < dlg_map_scene_get_n_places (scene); i++)
    shared += dlg_map_scene_place_is_shared (scene, i);
  /* Brussels, London, Moscow, New York, Washington */
  g_assert_cmpuint (shared, ==, 5);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      DlgMapView view = dlg_map_scene_fit (scene, sizes[s][0], sizes[s][1], 1.0);
      g_autoptr(GArray) names = dlg_map_scene_names (scene, &view, cr, &ink);
      guint named_shared = 0;

      g_test_message ("%g x %g: %u names", sizes[s][0], sizes[s][1], names->len);
      g_assert_cmpuint (names->len, >=, 5);
      for (guint i = 0; i < names->len; i++)
        {
          const DlgMapName *a = &g_array_index (names, DlgMapName, i);

          named_shared += dlg_map_scene_place_is_shared (scene, a->place);
          g_assert_cmpfloat (a->x, >=, 0);
          g_assert_cmpfloat (a->y, >=, 0);
          g_assert_cmpfloat (a->x + a->width, <=, view.width);
          g_assert_cmpfloat (a->y + a->height, <=, view.height);
          for (guint j = i + 1; j < names->len; j++)
            {
              const DlgMapName *b = &g_array_index (names, DlgMapName, j);

              if (boxes_overlap (a->x, a->y, a->width, a->height, b->x, b->y, b->width, b->height))
                g_error ("%s over %s", a->text,
                         b->text);
            }
          for (guint p = 0; p < dlg_map_scene_get_n_places (scene); p++)
            {
              double x, y;

              dlg_map_scene_place_position (scene, &view, p, &x, &y);
              if (boxes_overlap (a->x, a->y, a->width, a->height, x - 5, y - 5, 10, 10))
                g_error ("%s over the place %s", a->text,
                         dlg_map_scene_place_name (scene, p));
            }
        }
      g_assert_cmpuint (named_shared, ==, shared);
      /* the home capitals, where the routes start, at the window's size */
      if (s == 0)
        {
          guint homes = 0, capitals = 0, all_capitals = 0;
          const char *outer[] = { "Brussels", "New York" };

          /* every place both sides visited, whole: by its outermost
           * place's name ("Brussels", not "EU institutions, Brus…") */
          for (guint i = 0; i < names->len; i++)
            {
              const DlgMapName *a = &g_array_index (names, DlgMapName, i);

              if (dlg_map_scene_place_is_shared (scene, a->place))
                g_assert_cmpuint (g_utf8_strlen (a->text, -1), <=, DLG_MAP_NAME_CHARS);
              capitals += dlg_map_scene_place_is_capital (scene, a->place);
            }
          for (guint o = 0; o < G_N_ELEMENTS (outer); o++)
            {
              gboolean found = FALSE;

              for (guint i = 0; i < names->len; i++)
                found |= g_str_equal (g_array_index (names, DlgMapName, i).text, outer[o]);
              g_assert_true (found);
            }
          for (guint i = 0; i < dlg_map_scene_get_n_places (scene); i++)
            {
              gboolean named = FALSE;

              if (!dlg_map_scene_place_is_capital (scene, i))
                continue;
              all_capitals++;
              for (guint j = 0; j < names->len; j++)
                named |= g_array_index (names, DlgMapName, j).place == i;
              if (!named)
                g_test_message ("capital not named: %s", dlg_map_scene_place_name (scene, i));
            }
          g_test_message ("capitals named: %u of %u", capitals, all_capitals);

          for (guint i = 0; i < names->len; i++)
            {
              const DlgMapName *a = &g_array_index (names, DlgMapName, i);

              homes += a->place >= dlg_map_scene_get_n_places (scene) &&
                       (g_str_equal (a->text, "New Delhi") || g_str_equal (a->text, "Islamabad"));
            }
          g_assert_cmpuint (homes, ==, 2);
        }
    }
  /* no font, no names */
  {
    DlgMapView view = dlg_map_scene_fit (scene, 1370, 340, 1.0);
    g_autoptr(GArray) none = dlg_map_scene_names (scene, &view, cr, &inks[0]);

    g_assert_cmpuint (none->len, ==, 0);
  }
  pango_font_description_free (font);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Under a search that shows one side's members only ("paris": Pakistan's
 * delegation), the places it reached are named by their outermost place,
 * whole: "New York", not "UN Headquarters, New …" */
static void
test_map_names_filtered (void)
{
  g_autoptr(GFile) file = dlg_bundled_dataset_file ();
  g_autoptr(DlgDataset) dataset = dlg_dataset_load_file (file, NULL, NULL, NULL);
  g_autoptr(DlgSide) a = g_list_model_get_item (dlg_dataset_get_sides (dataset), 0);
  g_autoptr(DlgSide) b = g_list_model_get_item (dlg_dataset_get_sides (dataset), 1);
  g_autoptr(GHashTable) reached = g_hash_table_new (NULL, NULL);
  g_autoptr(DlgMapScene) scene = NULL;
  g_autoptr(GArray) names = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 13.2");
  DlgMapInk ink = inks[0];
  DlgMapView view;
  gboolean new_york = FALSE, brussels = FALSE;
  GListModel *delegations = dlg_side_get_delegations (b);

  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(DlgDelegation) d = g_list_model_get_item (delegations, i);
      GListModel *stops = dlg_delegation_get_destinations (d);

      for (guint j = 0; j < g_list_model_get_n_items (stops); j++)
        {
          g_autoptr(DlgDestination) dest = g_list_model_get_item (stops, j);

          g_hash_table_add (reached, dest);
        }
    }
  scene = dlg_map_scene_new (a, b, reached);
  ink.font = font;
  view = dlg_map_scene_fit (scene, 1370, 340, 1.0);
  names = dlg_map_scene_names (scene, &view, cr, &ink);
  for (guint i = 0; i < names->len; i++)
    {
      const DlgMapName *name = &g_array_index (names, DlgMapName, i);

      g_test_message ("%s", name->text);
      g_assert_cmpuint (g_utf8_strlen (name->text, -1), <=, DLG_MAP_NAME_CHARS);
      new_york |= g_str_equal (name->text, "New York");
      brussels |= g_str_equal (name->text, "Brussels");
    }
  g_assert_true (new_york);
  g_assert_true (brussels);
  pango_font_description_free (font);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The legend: valid markup whose text names both sides and every mark
 * the map draws, each side's mark in its route colour for the ink */
static void
test_map_legend (void)
{
  g_autoptr(DlgMapScene) scene = bundled_scene ();
  g_autoptr(DlgMapScene) empty = dlg_map_scene_new (NULL, NULL, NULL);

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *markup = dlg_map_scene_legend_markup (scene, &inks[i]);
      g_autofree char *text = NULL;
      g_autofree char *hex = NULL;
      DlgColour india = { 1.0, 0x99 / 255.0, 0x33 / 255.0 }, route;

      g_auto(GStrv) words = NULL;

      /* opened by the interface's direction mark: an Urdu legend reads
       * right to left though it starts with "India" */
      g_assert_true (g_str_has_prefix (markup, dlg_text_locale_mark ()));
      g_assert_true (pango_parse_markup (markup, -1, 0, NULL, &text, NULL, NULL));
      /* an entry's words are held together by no-break spaces */
      words = g_strsplit (text, "\u00a0", -1);
      g_free (text);
      text = g_strjoinv (" ", words);
      g_test_message ("%s", text);
      g_assert_nonnull (strstr (text, "\u2068India\u2069"));
      g_assert_nonnull (strstr (text, "\u2068Pakistan\u2069"));
      g_assert_nonnull (strstr (text, "home capital"));
      g_assert_nonnull (strstr (text, "both visited"));
      g_assert_nonnull (strstr (text, "UN Security Council"));
      dlg_map_route_colour (&inks[i], &india, &route);
      hex = g_strdup_printf ("#%02x%02x%02x", (guint) (route.red * 255 + 0.5),
                             (guint) (route.green * 255 + 0.5), (guint) (route.blue * 255 + 0.5));
      g_assert_nonnull (strstr (markup, hex));
    }
  {
    g_autofree char *nothing = dlg_map_scene_legend_markup (empty, &inks[0]);

    g_assert_cmpstr (nothing, ==, "");
  }
  /* no place both sides visited (Side B only planned Paris): no "both
   * visited" in the legend */
  {
    g_autoptr(DlgMapScene) three = test_file_scene ("three-sides.json");
    g_autofree char *markup = dlg_map_scene_legend_markup (three, &inks[0]);

    /* (an entry's words held together by no-break spaces) */
    g_assert_nonnull (strstr (markup, "Side\u00a0B"));
    g_assert_null (strstr (markup, "visited"));
  }
}

/* The keyboard's place: a ring, and its name in a box beside it */
static void
test_map_focus (void)
{
  g_autoptr(DlgMapScene) scene = bundled_scene ();
  DlgMapView view = dlg_map_scene_fit (scene, 1000, 300, 1.0);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 12");
  DlgMapInk ink = inks[0];
  guint drawn[2] = { 0, 0 };

  for (guint with_font = 0; with_font < 2; with_font++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1000, 300);
      cairo_t *cr = cairo_create (surface);

      ink.font = with_font ? font : NULL;
      dlg_map_scene_draw_focus (scene, &view, cr, &ink, 0);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      for (int y = 0; y < 300; y++)
        for (int x = 0; x < 1000; x++)
          drawn[with_font] += pixel_at (surface, x, y) >> 24 != 0;
      cairo_surface_destroy (surface);
    }
  /* the ring alone, then the ring and a box of text */
  g_assert_cmpuint (drawn[0], >, 50);
  g_assert_cmpuint (drawn[1], >, drawn[0] + 500);
  pango_font_description_free (font);
}

/* A place's tooltip: its whole name, and each visit's status in lower
 * case inside the sentence ("India Group 3: from 22 May 2025, visited") */
static void
test_map_describe (void)
{
  g_autoptr(DlgMapScene) scene = bundled_scene ();
  guint described = 0;

  for (guint i = 0; i < dlg_map_scene_get_n_places (scene); i++)
    {
      g_autofree char *about = dlg_map_scene_describe (scene, i);

      g_assert_null (strstr (about, ", Visited"));
      g_assert_null (strstr (about, ", Planned"));
      if (g_str_equal (dlg_map_scene_place_name (scene, i), "EU institutions, Brussels"))
        {
          g_test_message ("%s", about);
          g_assert_true (g_str_has_prefix (about, "\u2068EU institutions, Brussels\u2069, "));
          g_assert_nonnull (strstr (about, ", visited"));
          described++;
        }
    }
  g_assert_cmpuint (described, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map/land/meridian", test_map_land_meridian);
  g_test_add_func ("/map/route-contrast", test_map_route_contrast);
  g_test_add_func ("/map/names", test_map_names);
  g_test_add_func ("/map/names-filtered", test_map_names_filtered);
  g_test_add_func ("/map/describe", test_map_describe);
  g_test_add_func ("/map/legend", test_map_legend);
  g_test_add_func ("/map/focus", test_map_focus);
  return g_test_run ();
}
