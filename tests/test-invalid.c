/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-invalid"

#include "config.h"

#include <string.h>

#include "dlg-model.h"

/* Every file under data/invalid/ must be refused with the location and
 * the words listed for it in data/invalid/EXPECTED. */

typedef struct
{
  char *name;
  char *location;
  char *phrase;
} Case;

static void
case_free (gpointer data)
{
  Case *c = data;

  g_free (c->name);
  g_free (c->location);
  g_free (c->phrase);
  g_free (c);
}

static void
test_invalid_case (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *basename = g_strconcat (c->name, ".json", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "invalid", basename, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DlgDataset) dataset = NULL;
  g_autofree char *expected_start = NULL;

  dataset = dlg_dataset_load_file (file, "case.json", NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, DLG_ERROR, error->code);

  if (g_strcmp0 (c->location, "-") == 0)
    expected_start = g_strdup ("case.json: error: ");
  else
    expected_start = g_strdup_printf ("case.json:%s: error: ", c->location);

  if (!g_str_has_prefix (error->message, expected_start) ||
      strstr (error->message, c->phrase) == NULL)
    g_error ("%s: expected \"%s…%s…\", got:\n%s", c->name, expected_start, c->phrase,
             error->message);

  /* Every line is one error, in the documented shape. */
  {
    g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      g_assert_true (g_str_has_prefix (lines[i], "case.json"));
  }

  /* The same file with Windows (CR LF) and old Mac (CR) line ends: the
   * same first error at the same line and column. */
  {
    g_autofree char *contents = NULL;
    gsize length;
    const char *ends[] = { "\r\n", "\r" };

    g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
    for (guint e = 0; e < G_N_ELEMENTS (ends); e++)
      {
        g_auto(GStrv) parts = g_strsplit (contents, "\n", -1);
        g_autofree char *other = g_strjoinv (ends[e], parts);
        g_autoptr(GBytes) bytes = NULL;
        g_autoptr(GError) other_error = NULL;
        g_autoptr(DlgDataset) other_dataset = NULL;

        /* a NUL byte ends the text g_strsplit sees: those files stay as they are */
        if (strlen (contents) != length)
          continue;
        bytes = g_bytes_new (other, strlen (other));
        other_dataset = dlg_dataset_load_bytes (bytes, "case.json", &other_error);
        g_assert_null (other_dataset);
        if (!g_str_has_prefix (other_error->message, expected_start) ||
            strstr (other_error->message, c->phrase) == NULL)
          g_error ("%s with %s line ends: expected \"%s…%s…\", got:\n%s", c->name,
                   e == 0 ? "CR LF" : "CR", expected_start, c->phrase, other_error->message);
      }
  }
}

static void
test_invalid_all_listed (gconstpointer data)
{
  GHashTable *listed = (GHashTable *) data;
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "invalid", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *stem = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      stem = g_strndup (name, strlen (name) - 5);
      if (!g_hash_table_contains (listed, stem))
        g_error ("%s has no line in EXPECTED", name);
      n++;
    }
  g_assert_cmpuint (n, ==, g_hash_table_size (listed));
  g_assert_cmpuint (n, >=, 30);
}

static void
test_many_errors_all_reported (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "invalid",
                                                 "many-errors.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DlgDataset) dataset = dlg_dataset_load_file (file, "m.json", NULL, &error);
  g_auto(GStrv) lines = NULL;

  g_assert_null (dataset);
  g_assert_error (error, DLG_ERROR, DLG_ERROR_INVALID);
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_true (g_str_has_prefix (lines[0], "m.json:43:23: error: $.sides[0].delegations[0].members[1].name: must not be empty"));
  g_assert_true (g_str_has_prefix (lines[1], "m.json:58:27: error: $.sides[0].delegations[0].destinations[0].latitude: 99 is out of range"));
  g_assert_true (g_str_has_prefix (lines[2], "m.json:68:5: error: $.sides[1]: required member \"name\" is missing"));
}

static void
test_error_cap (void)
{
  /* 500 members without names: the list stops at the cap. */
  g_autoptr(GString) json = g_string_new (
    "{\"format\":\"delegations\",\"version\":\"1.0\",\"title\":\"t\",\"sides\":["
    "{\"id\":\"b\",\"name\":\"B\",\"delegations\":[]},"
    "{\"id\":\"a\",\"name\":\"A\",\"delegations\":[{\"id\":\"d\",\"label\":\"L\","
    "\"destinations\":[],\"members\":[");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DlgDataset) dataset = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < 500; i++)
    g_string_append_printf (json, "%s{\"id\":\"m%u\"}", i > 0 ? "," : "", i);
  g_string_append (json, "]}]}]}");
  bytes = g_bytes_new (json->str, json->len);

  dataset = dlg_dataset_load_bytes (bytes, "cap.json", &error);
  g_assert_null (dataset);
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, DLG_MAX_ERRORS + 1);
  g_assert_true (g_str_has_prefix (lines[0], "cap.json:1:"));
  g_assert_nonnull (strstr (lines[DLG_MAX_ERRORS], "too many errors"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *manifest = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (case_free);
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;

  g_test_init (&argc, &argv, NULL);

  manifest = g_test_build_filename (G_TEST_DIST, "data", "invalid", "EXPECTED", NULL);
  if (!g_file_get_contents (manifest, &contents, NULL, &error))
    g_error ("%s", error->message);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *test_path = NULL;
      Case *c;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      fields = g_strsplit (lines[i], "\t", 3);
      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      c = g_new0 (Case, 1);
      c->name = g_strdup (fields[0]);
      c->location = g_strdup (fields[1]);
      c->phrase = g_strdup (fields[2]);
      g_ptr_array_add (cases, c);
      g_hash_table_add (listed, c->name);
      test_path = g_strdup_printf ("/model/invalid/%s", c->name);
      g_test_add_data_func (test_path, c, test_invalid_case);
    }

  g_test_add_data_func ("/model/invalid/every-file-listed", listed, test_invalid_all_listed);
  g_test_add_func ("/model/invalid/many-errors-all-reported", test_many_errors_all_reported);
  g_test_add_func ("/model/invalid/error-cap", test_error_cap);

  return g_test_run ();
}
