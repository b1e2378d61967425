/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-brief"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "dlg-model.h"

/* The brief (dlg-brief.h): the sentences the Overview opens with and
 * Copy with Citations puts on the clipboard, on the bundled dataset, the
 * test files and generated ones. */

static DlgDataset *
load_file (GFile *file)
{
  g_autoptr(GError) error = NULL;
  DlgDataset *dataset = dlg_dataset_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static DlgDataset *
load_test_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return load_file (file);
}

static DlgDataset *
load_bundled (void)
{
  g_autoptr(GFile) file = dlg_bundled_dataset_file ();

  return load_file (file);
}

/* A dataset made up as JSON text, through a file of its own */
static DlgDataset *
load_json (const char *json)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  DlgDataset *dataset;
  int fd;

  fd = g_file_open_tmp ("test-brief-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);
  dataset = load_file (file);
  g_unlink (path);
  return dataset;
}

/* The sentences, one a line, isolates dropped (the brief isolates
 * dataset text) */
static char *
sentences (DlgBrief *brief)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < dlg_brief_get_n_sentences (brief); i++)
    {
      g_autofree char *s = dlg_brief_get_sentence (brief, i);

      g_string_append_printf (text, "%s\n", s);
    }
  return g_string_free (text, FALSE);
}

static char *
strip_isolates (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) != 0x2068 && g_utf8_get_char (p) != 0x2069)
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

static void
test_brief_bundled (void)
{
  g_autoptr(DlgDataset) dataset = load_bundled ();
  g_autoptr(DlgBrief) brief = dlg_brief_new (dataset, FALSE);
  g_autofree char *text = sentences (brief);
  const DlgBriefFigures *india = dlg_brief_get_figures (brief, 0);
  const DlgBriefFigures *pakistan = dlg_brief_get_figures (brief, 1);

  g_test_message ("%s", text);
  g_assert_cmpuint (dlg_brief_get_n_sentences (brief), >=, 5);
  g_assert_cmpuint (dlg_brief_get_n_sentences (brief), <=, 7);

  /* the figures, in the one vocabulary of --summary and the sheet */
  g_assert_cmpuint (dlg_brief_get_n_sides (brief), ==, 2);
  g_assert_cmpuint (india->summary->n_delegations, ==, 7);
  g_assert_cmpuint (india->n_places, ==, 34);
  g_assert_cmpuint (india->n_unsc, ==, 12);
  g_assert_cmpuint (india->n_only, ==, 29);
  g_assert_cmpuint (pakistan->n_places, ==, 5);
  g_assert_cmpuint (pakistan->n_only, ==, 0);
  g_assert_cmpuint (pakistan->n_not_visited, ==, 1);
  g_assert_cmpuint (dlg_brief_get_n_shared (brief), ==, 5);
  g_assert_cmpuint (india->n_shared, ==, 5);

  /* counts say what they count; the side's sources follow */
  /* each number says where it comes from: the delegations their sources,
   * the announced figures theirs, the dataset's own tally none */
  g_assert_nonnull (strstr (text, "India sent 7 delegations. [1, 2, 3] Announced: 59 members, "
                                  "33 countries (members: political leaders and former "
                                  "diplomats; countries: including the EU). [11, 12, 13] The "));
  g_assert_nonnull (strstr (text, "] The dataset records 62 named, 60 travelled, 2 withdrew or "
                                  "declined; 1 accompanying official (1 unconfirmed); they "
                                  "visited 34 places in 33 countries, 12 of them on the UN "
                                  "Security Council.\n"));
  /* a side with nothing announced says only what is recorded */
  {
    const char *pakistan_line = strstr (text, "\nPakistan sent 2 delegations. [");
    g_autofree char *line = NULL;

    g_assert_nonnull (pakistan_line);
    line = g_strndup (pakistan_line + 1, strchr (pakistan_line + 1, '\n') - pakistan_line - 1);
    g_assert_null (strstr (line, "Announced"));
    g_assert_nonnull (strstr (line, "] The dataset records "));
  }
  /* the EU stop counts as the country its place lies in, Belgium */
  g_assert_cmpuint (india->n_countries, ==, 33);
  /* where both were, the closest in time first; approximate stays
   * approximate; each place with the sources of both stays */
  g_assert_nonnull (strstr (text, "Both sides were in 5 places: Washington, D.C.†: dates overlap "
                                  "(approximate) ["));
  g_assert_nonnull (strstr (text, "London≠: 5 days apart (approximate) [2, 9, 29, 31, 105, 106, "
                                  "108, 109]"));
  g_assert_nonnull (strstr (text, "Moscow: 9 days apart ["));
  /* what only one side did */
  g_assert_nonnull (strstr (text, "Only India visited 29 places: Abu Dhabi ["));
  g_assert_nonnull (strstr (text, "; and 26 more."));
  g_assert_nonnull (strstr (text, "Every place Pakistan visited, India visited too."));
  /* a stop planned and not made, its mark kept (only an announcement
   * gives it) */
  g_assert_nonnull (strstr (text, "Pakistan planned 1 place with no visit recorded: Paris? ["));
  /* who led */
  /* the leadership is the delegation's fact: its sources, its mark */
  g_assert_nonnull (strstr (text, "Led by: India: Baijayant 'Jay' Panda (Group 1) [1, 2, 5, 6, 15, "));
  g_assert_null (strstr (text, "Panda†"));
  /* Group 2's sources disagree on its route, not on who led it */
  g_assert_nonnull (strstr (text, "; Ravi Shankar Prasad (Group 2) [1, 2, "));
  g_assert_nonnull (strstr (text, "Pakistan: Bilawal Bhutto Zardari (Peace delegation) ["));
  g_assert_true (dlg_brief_has_marks (brief));
  /* never "missed": absence of a record is not known */
  g_assert_null (strstr (text, "missed"));

  /* the window's: kept by the dataset, made once, its names isolated */
  {
    DlgBrief *kept = dlg_dataset_get_brief (dataset);
    g_autofree char *first = dlg_brief_get_sentence (kept, 0);

    g_assert_true (dlg_dataset_get_brief (dataset) == kept);
    g_assert_true (g_str_has_prefix (first, "\u2068India\u2069 sent 7 delegations. "));
    g_assert_cmpuint (dlg_brief_get_n_sentences (kept), ==, dlg_brief_get_n_sentences (brief));
  }
}

/* "[3, 17]" anywhere in text: every number in brackets */
static GArray *
cited_numbers (const char *text)
{
  GArray *numbers = g_array_new (FALSE, FALSE, sizeof (guint));

  for (const char *p = strchr (text, '['); p != NULL; p = strchr (p + 1, '['))
    {
      const char *q = p + 1;

      while (g_ascii_isdigit (*q))
        {
          char *end;
          guint n = (guint) g_ascii_strtoull (q, &end, 10);

          g_array_append_val (numbers, n);
          q = end;
          if (g_str_has_prefix (q, ", "))
            q += 2;
        }
    }
  return numbers;
}

static void
test_brief_plain_text (void)
{
  g_autoptr(DlgDataset) dataset = load_bundled ();
  g_autoptr(DlgBrief) brief = dlg_brief_new (dataset, TRUE);
  g_autofree char *plain = dlg_brief_to_plain_text (brief);
  g_autofree char *stripped = strip_isolates (plain);
  const char *sources = strstr (plain, "\n\nSources:\n");
  g_autofree char *body = NULL;
  g_autoptr(GArray) cited = NULL;
  guint most = 0;
  g_auto(GStrv) lines = NULL;

  g_test_message ("%s", plain);
  g_assert_nonnull (sources);
  body = g_strndup (plain, sources - plain);
  /* the legend goes with the marks */
  g_assert_nonnull (strstr (body, "Marks: † one source only"));
  /* footnotes numbered afresh from 1, in the order cited */
  cited = cited_numbers (body);
  g_assert_cmpuint (cited->len, >, 10);
  g_assert_cmpuint (g_array_index (cited, guint, 0), ==, 1);
  for (guint i = 0; i < cited->len; i++)
    {
      guint n = g_array_index (cited, guint, i);

      /* a new number is the next one */
      g_assert_cmpuint (n, <=, most + 1);
      most = MAX (most, n);
    }
  /* one line per note, with the source's title, publisher, date, URL */
  lines = g_strsplit (sources + strlen ("\n\nSources:\n"), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, most + 1);
  g_assert_cmpstr (lines[most], ==, "");
  for (guint i = 0; i < most; i++)
    {
      g_autofree char *prefix = g_strdup_printf ("[%u] ", i + 1);

      g_assert_true (g_str_has_prefix (lines[i], prefix));
    }
  /* the first cited: India's side, Hindustan Times of 17 May */
  g_assert_nonnull (strstr (stripped, "\n[1] "));
  g_assert_nonnull (strstr (stripped, "Sources:\n[1] "));
  g_assert_nonnull (strstr (lines[0], "https://"));
  /* plain text is pasted where the isolates would be stray invisible
   * characters: none; the dates as the window writes them */
  g_assert_null (strstr (plain, "\u2068"));
  g_assert_null (strstr (plain, "\u2069"));
  g_assert_nonnull (strstr (plain, "Only India visited 29 places"));
  g_assert_false (g_regex_match_simple (", 20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]\\b",
                                       sources, 0, 0));
  g_assert_nonnull (strstr (sources, " May 2025"));
}

/* A dataset of n sides, all in Paris on following days, the first also in
 * Rome, with markup in its names and sources */
static DlgDataset *
generated (guint n)
{
  g_autoptr(GString) json = g_string_new (NULL);

  g_string_append (json, "{\"format\": \"delegations\", \"version\": \"1.2\", "
                         "\"title\": \"Generated\", \"sources\": ["
                         "{\"id\": \"s1\", \"title\": \"<script>alert(1)</script> report\", "
                         "\"publisher\": \"P & Q\", \"url\": \"https://example.com/a?b=1&c=2\"},"
                         "{\"id\": \"s2\", \"title\": \"Second\", \"publisher\": \"R\"}], "
                         "\"sides\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json,
                            "%s{\"id\": \"side%u\", \"name\": \"<i>Side %u</i> & Co\", "
                            "\"delegations\": [{\"id\": \"d%u\", \"label\": \"Group <%u>\", "
                            "\"leader\": \"m%u\", \"members\": [{\"id\": \"m%u\", "
                            "\"name\": \"Leader <b>%u</b>\", \"status\": \"travelled\", "
                            "\"sources\": [\"s1\", \"s2\"]}], \"destinations\": ["
                            "{\"country\": \"France\", \"capital\": \"Paris\", "
                            "\"from\": \"2025-05-%02u\", \"to\": \"2025-05-%02u\", "
                            "\"status\": \"visited\", \"unsc\": \"permanent\", "
                            "\"sources\": [\"s1\", \"s2\"]}%s]}]}",
                            i > 0 ? ", " : "", i, i, i, i, i, i, i, i + 1, i + 1,
                            i == 0 ? ", {\"country\": \"Italy\", \"capital\": \"Rome\", "
                                     "\"status\": \"visited\", \"unsc\": \"none\", "
                                     "\"sources\": [\"s2\"]}" : "");
  g_string_append (json, "]}");
  return load_json (json->str);
}

/* A visited stop counts as the country its outermost place lies in: the
 * EU stop in Brussels and a stop in Brussels are one country, Belgium */
static void
test_brief_countries (void)
{
  const char *json =
    "{\"format\": \"delegations\", \"version\": \"1.2\", \"title\": \"EU\", "
    "\"places\": ["
    "{\"id\": \"brussels\", \"name\": \"Brussels\", \"kind\": \"capital\", "
    "\"country\": \"Belgium\", \"latitude\": 50.85, \"longitude\": 4.35},"
    "{\"id\": \"eu\", \"name\": \"EU institutions, Brussels\", "
    "\"kind\": \"international-organisation\", \"within\": \"brussels\"}], "
    "\"sides\": [{\"id\": \"a\", \"name\": \"A\", \"delegations\": [{\"id\": \"d\", "
    "\"label\": \"G\", \"members\": [], \"destinations\": ["
    "{\"place\": \"eu\", \"country\": \"European Union (Belgium)\", "
    "\"capital\": \"Brussels\", \"status\": \"visited\", \"unsc\": \"none\"},"
    "{\"country\": \"Belgium\", \"capital\": \"Antwerp\", \"status\": \"visited\", "
    "\"unsc\": \"none\"},"
    "{\"country\": \"France\", \"capital\": \"Paris\", \"status\": \"visited\", "
    "\"unsc\": \"none\"}]}]},"
    "{\"id\": \"b\", \"name\": \"B\", \"delegations\": []}]}";
  g_autoptr(DlgDataset) dataset = load_json (json);
  g_autoptr(DlgBrief) brief = dlg_brief_new (dataset, FALSE);

  g_assert_cmpuint (dlg_brief_get_figures (brief, 0)->n_places, ==, 3);
  g_assert_cmpuint (dlg_brief_get_figures (brief, 0)->n_countries, ==, 2);
}

static void
test_brief_html (void)
{
  g_autoptr(DlgDataset) dataset = generated (2);
  g_autoptr(DlgBrief) brief = dlg_brief_new (dataset, TRUE);
  g_autofree char *html = dlg_brief_to_html (brief);
  g_autofree char *text = sentences (brief);
  g_autofree char *plain = dlg_brief_to_plain_text (brief);

  g_test_message ("%s\n%s", text, html);
  /* dataset text escaped: no markup of its own gets through */
  g_assert_null (strstr (html, "<script>"));
  g_assert_null (strstr (html, "<i>"));
  g_assert_null (strstr (html, "<b>"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(1)&lt;/script&gt; report"));
  g_assert_nonnull (strstr (html, "<bdi>&lt;i&gt;Side 0&lt;/i&gt; &amp; Co</bdi>"));
  /* footnotes link to the list; the list links to the sources */
  g_assert_nonnull (strstr (html, "<sup>[<a href=\"#source-1\">1</a>, "
                                  "<a href=\"#source-2\">2</a>]</sup>"));
  g_assert_nonnull (strstr (html, "<li id=\"source-1\">"));
  g_assert_nonnull (strstr (html, "<a href=\"https://example.com/a?b=1&amp;c=2\">"));
  /* the plain text keeps the names as they are */
  g_assert_nonnull (strstr (plain, "[1] <script>alert(1)</script> report, "
                                   "P & Q, https://example.com/a?b=1&c=2\n"));
  /* both sides in Paris, a day apart; Rome the first side's alone */
  g_assert_nonnull (strstr (text, "Both sides were in 1 place: \u2068Paris\u2069: 1 day apart "
                                  "[1, 2]."));
  g_assert_nonnull (strstr (text, "Only \u2068<i>Side 0</i> & Co\u2069 visited 1 place: "
                                  "\u2068Rome\u2069† [2]."));
}

static void
test_brief_three_sides (void)
{
  g_autoptr(DlgDataset) dataset = load_test_file ("three-sides.json");
  g_autoptr(DlgBrief) brief = dlg_brief_new (dataset, FALSE);
  g_autofree char *text = sentences (brief);

  g_test_message ("%s", text);
  g_assert_cmpuint (dlg_brief_get_n_sides (brief), ==, 3);
  g_assert_cmpuint (dlg_brief_get_n_sentences (brief), <=, 7);
  /* a side with no delegation, and one with no place visited */
  g_assert_nonnull (strstr (text, "Side C: the dataset records no delegation.\n"));
  g_assert_nonnull (strstr (text, "Side B sent 1 delegation."));
  g_assert_nonnull (strstr (text, " The dataset records 1 named, 1 travelled and no place they "
                                  "visited.\n"));
  /* no shared place: said as what the dataset records */
  g_assert_nonnull (strstr (text, "The dataset records no place more than one side visited.\n"));
  g_assert_nonnull (strstr (text, "Side B planned 1 place with no visit recorded: Paris"));
  g_assert_cmpuint (dlg_brief_get_n_shared (brief), ==, 0);
  g_assert_cmpuint (dlg_brief_get_figures (brief, 2)->n_places, ==, 0);
}

static void
test_brief_minimal (void)
{
  g_autoptr(DlgDataset) dataset = load_test_file ("minimal.json");
  g_autoptr(DlgBrief) brief = dlg_brief_new (dataset, FALSE);
  g_autofree char *text = sentences (brief);

  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "The dataset records no place both sides visited.\n"));
  g_assert_nonnull (strstr (text, "Only Side A visited 1 place: Paris"));
  /* a side that visited nothing is no "every place" sentence */
  g_assert_null (strstr (text, "Every place Side B"));
  g_assert_cmpuint (dlg_brief_get_n_sentences (brief), >=, 5);
}

static void
test_brief_many_sides (void)
{
  g_autoptr(DlgDataset) dataset = generated (6);
  g_autoptr(DlgBrief) brief = dlg_brief_new (dataset, FALSE);
  g_autofree char *text = sentences (brief);

  g_test_message ("%s", text);
  g_assert_cmpuint (dlg_brief_get_n_sides (brief), ==, 6);
  g_assert_cmpuint (dlg_brief_get_n_sentences (brief), <=, 7);
  g_assert_nonnull (strstr (text, "The dataset compares 4 more sides: <i>Side 2</i> & Co; "));
  /* the sides there named up to three */
  g_assert_nonnull (strstr (text, "More than one side was in 1 place: Paris (<i>Side 0</i> & Co, "
                                  "<i>Side 1</i> & Co, <i>Side 2</i> & Co, and 3 more) [1, 2]."));
  g_assert_cmpuint (dlg_brief_get_figures (brief, 5)->n_shared, ==, 1);
  g_assert_cmpuint (dlg_brief_get_figures (brief, 0)->n_only, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/brief/bundled", test_brief_bundled);
  g_test_add_func ("/model/brief/plain-text", test_brief_plain_text);
  g_test_add_func ("/model/brief/html", test_brief_html);
  g_test_add_func ("/model/brief/countries", test_brief_countries);
  g_test_add_func ("/model/brief/three-sides", test_brief_three_sides);
  g_test_add_func ("/model/brief/minimal", test_brief_minimal);
  g_test_add_func ("/model/brief/many-sides", test_brief_many_sides);
  return g_test_run ();
}
