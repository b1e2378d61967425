/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-diff"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "dlg-model.h"

/* The comparison of two versions of a dataset (dlg-diff.h): made-up
 * datasets, one changed in one place at a time. */

#define SRC1 "{\"id\": \"s1\", \"title\": \"First report\", \"publisher\": \"Alpha News\"}"
#define SRC2 "{\"id\": \"s2\", \"title\": \"Second report\", \"publisher\": \"Beta Times\"}"
#define SRC3 "{\"id\": \"s3\", \"title\": \"Third report\", \"publisher\": \"Gamma Post\"}"
#define M_LEAD "{\"id\": \"a1-lead\", \"name\": \"Leader One\", \"party\": \"P1\", " \
  "\"role\": \"MP\", \"status\": \"travelled\", \"sources\": [\"s1\", \"s2\"]}"
#define M_TWO "{\"id\": \"a1-m2\", \"name\": \"Member Two\", \"party\": \"P2\", " \
  "\"status\": \"travelled\", \"sources\": [\"s1\"]}"
#define M_THREE "{\"id\": \"a1-m3\", \"name\": \"Member Three\", \"status\": \"travelled\", " \
  "\"sources\": [\"s2\"], \"attended\": [{\"destination\": \"a1-par\", \"sources\": [\"s1\"]}]}"
#define S_LDN "{\"id\": \"a1-ldn\", \"country\": \"United Kingdom\", \"capital\": \"London\", " \
  "\"unsc\": \"permanent\", \"from\": \"2025-05-31\", \"to\": \"2025-06-03\", " \
  "\"status\": \"visited\", \"sources\": [\"s1\"]}"
#define S_PAR "{\"id\": \"a1-par\", \"country\": \"France\", \"capital\": \"Paris\", " \
  "\"unsc\": \"permanent\", \"from\": \"2025-06-04\", \"to\": \"2025-06-05\", " \
  "\"status\": \"visited\", \"sources\": [\"s1\", \"s2\"]}"
#define SIDE_A "{\"id\": \"a\", \"name\": \"India\", \"delegations\": [{\"id\": \"a1\", " \
  "\"label\": \"Group 2\", \"leader\": \"a1-lead\", \"members\": [" M_LEAD ", " M_TWO ", " \
  M_THREE "], \"destinations\": [" S_LDN ", " S_PAR "]}]}"
#define SIDE_B "{\"id\": \"b\", \"name\": \"Pakistan\", \"delegations\": [{\"id\": \"b1\", " \
  "\"label\": \"Group A\", \"leader\": \"b1-lead\", \"members\": [{\"id\": \"b1-lead\", " \
  "\"name\": \"Leader B\", \"status\": \"travelled\"}], \"destinations\": [{\"id\": " \
  "\"b1-ldn\", \"country\": \"United Kingdom\", \"capital\": \"London\", \"status\": " \
  "\"visited\", \"unsc\": \"permanent\"}]}]}"
#define SIDE_C "{\"id\": \"c\", \"name\": \"Third\", \"delegations\": [{\"id\": \"c1\", " \
  "\"label\": \"Group C\", \"leader\": \"c1-lead\", \"members\": [{\"id\": \"c1-lead\", " \
  "\"name\": \"Leader C\", \"status\": \"travelled\"}, {\"id\": \"c1-m2\", " \
  "\"name\": \"Second C\", \"status\": \"travelled\"}], \"destinations\": []}]}"
#define BASE "{\"format\": \"delegations\", \"version\": \"1.2\", \"title\": \"Made up\", " \
  "\"as_of\": \"2025-06-30\", \"sources\": [" SRC1 ", " SRC2 ", " SRC3 "], " \
  "\"sides\": [" SIDE_A ", " SIDE_B "]}"

static DlgDataset *
load_json (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  DlgDataset *dataset = dlg_dataset_load_bytes (bytes, "made-up.json", &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

/* BASE with each pair of (from, to) replaced, each found once */
static char *
edited (const char *json,
        ...)
{
  GString *text = g_string_new (json);
  va_list args;
  const char *from;

  va_start (args, json);
  while ((from = va_arg (args, const char *)) != NULL)
    {
      const char *to = va_arg (args, const char *);

      g_assert_cmpuint (g_string_replace (text, from, to, 0), ==, 1);
    }
  va_end (args);
  return g_string_free (text, FALSE);
}

static DlgDiff *
diff_json (const char *old_json,
           const char *new_json)
{
  g_autoptr(DlgDataset) old_dataset = load_json (old_json);
  g_autoptr(DlgDataset) new_dataset = load_json (new_json);

  return dlg_diff_new (old_dataset, new_dataset);
}

static DlgChange *
change_at (DlgDiff *diff,
           guint    i)
{
  g_autoptr(DlgChange) change = g_list_model_get_item (dlg_diff_get_changes (diff), i);

  g_assert_nonnull (change);
  return change; /* the list holds it */
}

/* The only change of this kind (fails when there are none or more) */
static DlgChange *
only (DlgDiff       *diff,
      DlgChangeKind  kind)
{
  DlgChange *found = NULL;

  for (guint i = 0; i < dlg_diff_get_n_changes (diff); i++)
    {
      DlgChange *change = change_at (diff, i);

      if (dlg_change_get_kind (change) == kind)
        {
          g_assert_null (found);
          found = change;
        }
    }
  g_assert_nonnull (found);
  return found;
}

static void
assert_sources (DlgChange  *change,
                const char *joined)
{
  g_autofree char *ids = g_strjoinv (",", (GStrv) dlg_change_get_sources (change));

  g_assert_cmpstr (ids, ==, joined);
}

static void
test_identical (void)
{
  g_autoptr(DlgDiff) diff = diff_json (BASE, BASE);

  g_assert_cmpuint (dlg_diff_get_n_changes (diff), ==, 0);
}

static void
test_member_removed (void)
{
  g_autofree char *json = edited (BASE, ", " M_TWO, "", NULL);
  g_autoptr(DlgDiff) diff = diff_json (BASE, json);
  DlgChange *change;
  g_autofree char *text = NULL;

  g_assert_cmpuint (dlg_diff_get_n_changes (diff), ==, 1);
  change = only (diff, DLG_CHANGE_MEMBER_REMOVED);
  g_assert_cmpstr (dlg_change_get_side_name (change), ==, "India");
  g_assert_cmpstr (dlg_change_get_delegation_label (change), ==, "Group 2");
  g_assert_cmpstr (dlg_change_get_subject_id (change), ==, "a1-m2");
  g_assert_cmpstr (dlg_change_get_subject (change), ==, "Member Two");
  g_assert_null (dlg_change_get_field (change));
  assert_sources (change, "");
  /* a link to the member, in the version that had them */
  g_assert_true (DLG_IS_MEMBER (dlg_change_get_object (change)));
  g_assert_cmpstr (dlg_member_get_name (dlg_change_get_object (change)), ==, "Member Two");
  text = dlg_change_dup_text (change, FALSE);
  g_assert_cmpstr (text, ==, "member removed: Member Two");

  /* and back: added, resting on the new version's sources */
  {
    g_autoptr(DlgDiff) back = diff_json (json, BASE);

    g_assert_cmpuint (dlg_diff_get_n_changes (back), ==, 1);
    change = only (back, DLG_CHANGE_MEMBER_ADDED);
    g_assert_cmpstr (dlg_change_get_subject_id (change), ==, "a1-m2");
    assert_sources (change, "s1");
  }
}

static void
test_member_changed (void)
{
  g_autofree char *json =
    edited (BASE, "\"name\": \"Member Two\", \"party\": \"P2\", \"status\": \"travelled\"",
            "\"name\": \"Member Two\", \"party\": \"P3\", \"status\": \"withdrew\"", NULL);
  g_autoptr(DlgDiff) diff = diff_json (BASE, json);
  DlgChange *status = NULL, *party = NULL;

  g_assert_cmpuint (dlg_diff_get_n_changes (diff), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      DlgChange *change = change_at (diff, i);

      g_assert_cmpint (dlg_change_get_kind (change), ==, DLG_CHANGE_MEMBER_CHANGED);
      if (g_strcmp0 (dlg_change_get_field (change), "status") == 0)
        status = change;
      else if (g_strcmp0 (dlg_change_get_field (change), "party") == 0)
        party = change;
    }
  g_assert_nonnull (status);
  g_assert_nonnull (party);
  g_assert_cmpstr (dlg_change_get_old_value (status), ==,
                   dlg_member_status_to_label (DLG_MEMBER_STATUS_TRAVELLED));
  g_assert_cmpstr (dlg_change_get_new_value (status), ==,
                   dlg_member_status_to_label (DLG_MEMBER_STATUS_WITHDREW));
  g_assert_cmpstr (dlg_change_get_old_value (party), ==, "P2");
  g_assert_cmpstr (dlg_change_get_new_value (party), ==, "P3");
  assert_sources (status, "s1");
}

static void
test_member_attendance (void)
{
  /* Member Three is now placed in London too */
  g_autofree char *json =
    edited (BASE, "\"attended\": [{\"destination\": \"a1-par\", \"sources\": [\"s1\"]}]",
            "\"attended\": [{\"destination\": \"a1-ldn\", \"sources\": [\"s2\"]}, "
            "{\"destination\": \"a1-par\", \"sources\": [\"s1\"]}]", NULL);
  g_autoptr(DlgDiff) diff = diff_json (BASE, json);
  DlgChange *change;

  g_assert_cmpuint (dlg_diff_get_n_changes (diff), ==, 1);
  change = only (diff, DLG_CHANGE_MEMBER_CHANGED);
  g_assert_cmpstr (dlg_change_get_field (change), ==, "attendance");
  g_assert_cmpstr (dlg_change_get_subject_id (change), ==, "a1-m3");
  g_assert_cmpstr (dlg_change_get_old_value (change), ==, "Paris: Attended; London: Not known");
  g_assert_cmpstr (dlg_change_get_new_value (change), ==, "London: Attended; Paris: Attended");
}

static void
test_member_renamed (void)
{
  /* the id changed, the name did not: the same person */
  g_autofree char *json = edited (BASE, "\"id\": \"a1-m2\"", "\"id\": \"a1-second\"", NULL);
  g_autoptr(DlgDiff) diff = diff_json (BASE, json);
  DlgChange *change;
  g_autofree char *text = NULL;

  g_assert_cmpuint (dlg_diff_get_n_changes (diff), ==, 1);
  change = only (diff, DLG_CHANGE_ID_CHANGED);
  g_assert_cmpstr (dlg_change_get_subject (change), ==, "Member Two");
  g_assert_cmpstr (dlg_change_get_field (change), ==, "id");
  g_assert_cmpstr (dlg_change_get_old_value (change), ==, "a1-m2");
  g_assert_cmpstr (dlg_change_get_new_value (change), ==, "a1-second");
  text = dlg_change_dup_text (change, FALSE);
  g_assert_cmpstr (text, ==, "matched by name: Member Two, a1-m2 → a1-second");
}

static void
test_stop_dates (void)
{
  g_autofree char *json = edited (BASE, "\"from\": \"2025-05-31\", \"to\": \"2025-06-03\"",
                                  "\"from\": \"2025-06-01\", \"to\": \"2025-06-04\"", NULL);
  g_autoptr(DlgDiff) diff = diff_json (BASE, json);
  DlgChange *change;

  g_assert_cmpuint (dlg_diff_get_n_changes (diff), ==, 1);
  change = only (diff, DLG_CHANGE_STOP_DATES_MOVED);
  g_assert_cmpstr (dlg_change_get_subject (change), ==, "London");
  g_assert_cmpstr (dlg_change_get_subject_id (change), ==, "a1-ldn");
  g_assert_true (DLG_IS_DESTINATION (dlg_change_get_object (change)));
  g_assert_cmpstr (dlg_destination_get_from (dlg_change_get_object (change)), ==, "2025-06-01");
  g_assert_cmpstr (dlg_change_get_old_value (change), ==, "31 May – 3 Jun 2025");
  g_assert_cmpstr (dlg_change_get_new_value (change), ==, "1–4 Jun 2025");
  assert_sources (change, "s1");
}

static void
test_stop_not_visited (void)
{
  g_autofree char *json = edited (BASE, "\"to\": \"2025-06-03\", \"status\": \"visited\"",
                                  "\"to\": \"2025-06-03\", \"status\": \"planned-not-visited\"",
                                  NULL);
  g_autoptr(DlgDiff) diff = diff_json (BASE, json);
  DlgChange *change = only (diff, DLG_CHANGE_STOP_NOT_VISITED);

  g_assert_cmpstr (dlg_change_get_subject (change), ==, "London");
  g_assert_cmpstr (dlg_change_get_field (change), ==, "status");
  g_assert_cmpstr (dlg_change_get_new_value (change), ==,
                   dlg_visit_status_to_label (DLG_VISIT_STATUS_PLANNED_NOT_VISITED));
}

static void
test_stop_certainty (void)
{
  g_autofree char *surer = edited (BASE, "\"2025-06-03\", \"status\": \"visited\", "
                                   "\"sources\": [\"s1\"]",
                                   "\"2025-06-03\", \"status\": \"visited\", "
                                   "\"sources\": [\"s1\", \"s2\"]", NULL);
  g_autofree char *less_sure = edited (BASE, "\"2025-06-05\", \"status\": \"visited\", "
                                       "\"sources\": [\"s1\", \"s2\"]",
                                       "\"2025-06-05\", \"status\": \"visited\", "
                                       "\"sources\": [\"s2\"]", NULL);
  g_autoptr(DlgDiff) confirmed = diff_json (BASE, surer);
  g_autoptr(DlgDiff) doubted = diff_json (BASE, less_sure);
  DlgChange *change;

  /* a second independent source confirms London */
  g_assert_cmpuint (dlg_diff_get_n_changes (confirmed), ==, 2);
  change = only (confirmed, DLG_CHANGE_STOP_CONFIRMED);
  g_assert_cmpstr (dlg_change_get_subject (change), ==, "London");
  g_assert_cmpstr (dlg_change_get_old_value (change), ==,
                   dlg_certainty_to_label (DLG_CERTAINTY_SINGLE_SOURCE));
  g_assert_cmpstr (dlg_change_get_new_value (change), ==,
                   dlg_certainty_to_label (DLG_CERTAINTY_CONFIRMED));
  assert_sources (change, "s1,s2");
  change = only (confirmed, DLG_CHANGE_SOURCES_CHANGED);
  g_assert_cmpstr (dlg_change_get_old_value (change), ==, "s1");
  g_assert_cmpstr (dlg_change_get_new_value (change), ==, "s1, s2");

  /* Paris loses one */
  change = only (doubted, DLG_CHANGE_STOP_CERTAINTY_CHANGED);
  g_assert_cmpstr (dlg_change_get_subject (change), ==, "Paris");
  g_assert_cmpstr (dlg_change_get_new_value (change), ==,
                   dlg_certainty_to_label (DLG_CERTAINTY_SINGLE_SOURCE));
  only (doubted, DLG_CHANGE_SOURCES_CHANGED);
}

#define S_BER "{\"id\": \"a1-ber\", \"country\": \"Germany\", \"capital\": \"Berlin\", " \
  "\"unsc\": \"none\", \"status\": \"visited\", \"sources\": [\"s3\"]}"

static void
test_stop_added_removed (void)
{
  g_autofree char *added = edited (BASE, S_PAR "]", S_PAR ", " S_BER "]", NULL);
  g_autofree char *removed = edited (BASE, S_LDN ", ", "", NULL);
  g_autoptr(DlgDiff) diff = diff_json (BASE, added);
  g_autoptr(DlgDiff) back = diff_json (BASE, removed);
  DlgChange *change;

  change = only (diff, DLG_CHANGE_STOP_ADDED);
  g_assert_cmpstr (dlg_change_get_subject (change), ==, "Berlin");
  g_assert_cmpstr (dlg_change_get_subject_id (change), ==, "a1-ber");
  assert_sources (change, "s3");
  /* Member Three's legs are told stop by stop: Berlin is not known */
  change = only (diff, DLG_CHANGE_MEMBER_CHANGED);
  g_assert_cmpstr (dlg_change_get_field (change), ==, "attendance");
  g_assert_cmpuint (dlg_diff_get_n_changes (diff), ==, 2);

  change = only (back, DLG_CHANGE_STOP_REMOVED);
  g_assert_cmpstr (dlg_change_get_subject (change), ==, "London");
  g_assert_cmpuint (dlg_diff_get_n_changes (back), ==, 2);
}

static void
test_stop_renamed (void)
{
  /* a stop without the id it had is found by its place */
  g_autofree char *json = edited (BASE, "\"id\": \"a1-ldn\"", "\"id\": \"a1-london\"", NULL);
  g_autoptr(DlgDiff) diff = diff_json (BASE, json);
  DlgChange *change;

  g_assert_cmpuint (dlg_diff_get_n_changes (diff), ==, 1);
  change = only (diff, DLG_CHANGE_ID_CHANGED);
  g_assert_cmpstr (dlg_change_get_subject (change), ==, "London");
  g_assert_cmpstr (dlg_change_get_old_value (change), ==, "a1-ldn");
  g_assert_cmpstr (dlg_change_get_new_value (change), ==, "a1-london");
}

static void
test_stops_without_ids (void)
{
  /* a route that comes back to London, its stops without ids: each
   * visit is matched in turn, the second one's dates moved */
  const char *b_stops = "\"destinations\": [{\"id\": \"b1-ldn\", \"country\": "
                        "\"United Kingdom\", \"capital\": \"London\", \"status\": "
                        "\"visited\", \"unsc\": \"permanent\"}]";
  g_autofree char *old_json =
    edited (BASE, b_stops,
            "\"destinations\": [{\"country\": \"United Kingdom\", \"capital\": \"London\", "
            "\"unsc\": \"permanent\", \"from\": \"2025-05-01\", \"status\": \"visited\"}, "
            "{\"country\": \"France\", \"capital\": \"Paris\", \"unsc\": \"permanent\", "
            "\"status\": \"visited\"}, "
            "{\"country\": \"United Kingdom\", \"capital\": \"London\", "
            "\"unsc\": \"permanent\", \"from\": \"2025-05-09\", \"status\": \"visited\"}]",
            NULL);
  g_autofree char *new_json = edited (old_json, "\"2025-05-09\"", "\"2025-05-10\"", NULL);
  g_autoptr(DlgDiff) diff = diff_json (old_json, new_json);
  DlgChange *change;

  g_assert_cmpuint (dlg_diff_get_n_changes (diff), ==, 1);
  change = only (diff, DLG_CHANGE_STOP_DATES_MOVED);
  g_assert_cmpstr (dlg_change_get_subject (change), ==, "London");
  g_assert_null (dlg_change_get_subject_id (change));
  g_assert_cmpstr (dlg_change_get_new_value (change), ==, "from 10 May 2025");
}

#define SRC4 "{\"id\": \"s4\", \"title\": \"Fourth report\", \"publisher\": \"Delta\"}"

static void
test_sources (void)
{
  g_autofree char *added = edited (BASE, SRC3 "]", SRC3 ", " SRC4 "]", NULL);
  g_autofree char *removed = edited (BASE, ", " SRC3, "", NULL);
  g_autofree char *retitled = edited (BASE, "Third report", "Third report, corrected", NULL);
  g_autoptr(DlgDiff) diff_added = diff_json (BASE, added);
  g_autoptr(DlgDiff) diff_removed = diff_json (BASE, removed);
  g_autoptr(DlgDiff) diff_retitled = diff_json (BASE, retitled);
  DlgChange *change;

  g_assert_cmpuint (dlg_diff_get_n_changes (diff_added), ==, 1);
  change = only (diff_added, DLG_CHANGE_SOURCE_ADDED);
  g_assert_cmpstr (dlg_change_get_subject_id (change), ==, "s4");
  g_assert_cmpstr (dlg_change_get_subject (change), ==, "Fourth report");
  assert_sources (change, "s4");
  g_assert_true (DLG_IS_SOURCE (dlg_change_get_object (change)));
  g_assert_null (dlg_change_get_side_name (change));

  g_assert_cmpuint (dlg_diff_get_n_changes (diff_removed), ==, 1);
  change = only (diff_removed, DLG_CHANGE_SOURCE_REMOVED);
  g_assert_cmpstr (dlg_change_get_subject_id (change), ==, "s3");

  g_assert_cmpuint (dlg_diff_get_n_changes (diff_retitled), ==, 1);
  change = only (diff_retitled, DLG_CHANGE_SOURCE_CHANGED);
  g_assert_cmpstr (dlg_change_get_field (change), ==, "title");
  g_assert_cmpstr (dlg_change_get_new_value (change), ==, "Third report, corrected");
}

static void
test_notes (void)
{
  g_autofree char *noted =
    edited (BASE, "\"name\": \"Leader One\",",
            "\"name\": \"Leader One\", \"notes\": [{\"text\": \"Flew in late\", "
            "\"sources\": [\"s3\"]}], \"disagreements\": [\"Reports differ on the date\"],",
            NULL);
  g_autoptr(DlgDiff) diff = diff_json (BASE, noted);
  DlgChange *change;

  change = only (diff, DLG_CHANGE_NOTES_CHANGED);
  g_assert_cmpstr (dlg_change_get_subject (change), ==, "Leader One");
  g_assert_cmpstr (dlg_change_get_old_value (change), ==, "");
  g_assert_cmpstr (dlg_change_get_new_value (change), ==, "Flew in late [s3]");
  g_assert_true (DLG_IS_MEMBER (dlg_change_get_object (change)));
  assert_sources (change, "s3");
  change = only (diff, DLG_CHANGE_DISAGREEMENTS_CHANGED);
  g_assert_cmpstr (dlg_change_get_new_value (change), ==, "Reports differ on the date");
}

/* A change of notes rests on each source they cite once, in the order
 * first cited (two notes citing the same report list it once) */
static void
test_notes_sources_once (void)
{
  g_autofree char *noted =
    edited (BASE, "\"name\": \"Leader One\",",
            "\"name\": \"Leader One\", \"disagreements\": [{\"text\": \"Date differs\", "
            "\"sources\": [\"s3\", \"s1\"]}, {\"text\": \"Role differs\", "
            "\"sources\": [\"s1\", \"s2\", \"s3\"]}],",
            NULL);
  g_autoptr(DlgDiff) diff = diff_json (BASE, noted);

  assert_sources (only (diff, DLG_CHANGE_DISAGREEMENTS_CHANGED), "s3,s1,s2");
}

static void
test_three_sides (void)
{
  g_autofree char *old_json = edited (BASE, SIDE_B "]", SIDE_B ", " SIDE_C "]", NULL);
  /* a member gone from the third side, a party changed in the first */
  g_autofree char *new_json = edited (old_json, ", {\"id\": \"c1-m2\", "
                                      "\"name\": \"Second C\", \"status\": \"travelled\"}", "",
                                      "\"party\": \"P1\"", "\"party\": \"P9\"",
                                      SRC3 "]", SRC3 ", " SRC4 "]", NULL);
  g_autoptr(DlgDiff) diff = diff_json (old_json, new_json);
  g_autoptr(DlgDiff) added = diff_json (BASE, old_json);
  DlgChange *change;

  /* sources first, then the sides in order */
  g_assert_cmpuint (dlg_diff_get_n_changes (diff), ==, 3);
  change = change_at (diff, 0);
  g_assert_cmpint (dlg_change_get_kind (change), ==, DLG_CHANGE_SOURCE_ADDED);
  change = change_at (diff, 1);
  g_assert_cmpint (dlg_change_get_kind (change), ==, DLG_CHANGE_MEMBER_CHANGED);
  g_assert_cmpstr (dlg_change_get_side_name (change), ==, "India");
  change = change_at (diff, 2);
  g_assert_cmpint (dlg_change_get_kind (change), ==, DLG_CHANGE_MEMBER_REMOVED);
  g_assert_cmpstr (dlg_change_get_side_name (change), ==, "Third");
  g_assert_cmpstr (dlg_change_get_delegation_label (change), ==, "Group C");
  g_assert_cmpstr (dlg_change_get_subject (change), ==, "Second C");

  /* a whole side is one change, not one per member */
  g_assert_cmpuint (dlg_diff_get_n_changes (added), ==, 1);
  change = only (added, DLG_CHANGE_SIDE_ADDED);
  g_assert_cmpstr (dlg_change_get_subject (change), ==, "Third");
  g_assert_true (DLG_IS_SIDE (dlg_change_get_object (change)));
}

static void
test_order (void)
{
  /* Pakistan, then India, then a source changed in the file: the list
   * says sources, India, Pakistan; within a delegation by kind */
  g_autofree char *json = edited (BASE, "\"name\": \"Leader B\"", "\"name\": \"Leader B2\"",
                                  "\"party\": \"P2\"", "\"party\": \"P4\"",
                                  ", " M_THREE, "",
                                  "Third report", "Third report!", NULL);
  g_autoptr(DlgDiff) diff = diff_json (BASE, json);

  g_assert_cmpuint (dlg_diff_get_n_changes (diff), ==, 4);
  g_assert_cmpint (dlg_change_get_kind (change_at (diff, 0)), ==, DLG_CHANGE_SOURCE_CHANGED);
  g_assert_cmpint (dlg_change_get_kind (change_at (diff, 1)), ==, DLG_CHANGE_MEMBER_REMOVED);
  g_assert_cmpint (dlg_change_get_kind (change_at (diff, 2)), ==, DLG_CHANGE_MEMBER_CHANGED);
  g_assert_cmpstr (dlg_change_get_side_name (change_at (diff, 2)), ==, "India");
  g_assert_cmpstr (dlg_change_get_side_name (change_at (diff, 3)), ==, "Pakistan");
  /* the leader renamed is one change, of the member */
  g_assert_cmpint (dlg_change_get_kind (change_at (diff, 3)), ==, DLG_CHANGE_MEMBER_CHANGED);
  g_assert_cmpstr (dlg_change_get_field (change_at (diff, 3)), ==, "name");
}

static void
test_inert_text (void)
{
  /* a name with markup and a right-to-left override stays text */
  g_autofree char *json = edited (BASE, "Member Two", "<b>Two</b>\u202e", NULL);
  g_autoptr(DlgDiff) diff = diff_json (BASE, json);
  DlgChange *change = only (diff, DLG_CHANGE_MEMBER_CHANGED);
  g_autofree char *text = dlg_change_dup_text (change, TRUE);

  g_assert_cmpstr (dlg_change_get_field (change), ==, "name");
  g_assert_cmpstr (text, ==, "member changed: \u2068<b>Two</b>\u202e\u2069, name: "
                   "\u2068Member Two\u2069 → \u2068<b>Two</b>\u202e\u2069");
}

/* A comparison dropped in a worker thread: the thread frees it and the
 * datasets it was the last to hold */
typedef struct
{
  GMutex mutex;
  GCond cond;
  guint freed;
  gboolean in_main_thread;
} Freed;

static void
freed_cb (gpointer  data,
          GObject  *where_the_object_was)
{
  Freed *freed = data;

  g_mutex_lock (&freed->mutex);
  freed->freed++;
  freed->in_main_thread |= g_main_context_is_owner (g_main_context_default ());
  g_cond_signal (&freed->cond);
  g_mutex_unlock (&freed->mutex);
}

static void
test_unref_in_thread (void)
{
  g_autofree char *moved = edited (BASE, "\"to\": \"2025-06-03\"", "\"to\": \"2025-06-04\"", NULL);
  DlgDataset *old_dataset = load_json (BASE);
  DlgDataset *new_dataset = load_json (moved);
  DlgDiff *diff = dlg_diff_new (old_dataset, new_dataset);
  Freed freed = { 0 };

  g_mutex_init (&freed.mutex);
  g_cond_init (&freed.cond);
  /* the main thread holds the default context, as the window's does */
  g_assert_true (g_main_context_acquire (g_main_context_default ()));
  g_object_weak_ref (G_OBJECT (diff), freed_cb, &freed);
  g_object_weak_ref (G_OBJECT (old_dataset), freed_cb, &freed);
  g_object_weak_ref (G_OBJECT (new_dataset), freed_cb, &freed);
  g_object_unref (old_dataset);
  g_object_unref (new_dataset);
  g_assert_cmpuint (freed.freed, ==, 0);

  dlg_unref_in_thread (diff);
  dlg_unref_in_thread (NULL);
  g_mutex_lock (&freed.mutex);
  while (freed.freed < 3)
    g_cond_wait (&freed.cond, &freed.mutex);
  g_mutex_unlock (&freed.mutex);
  g_assert_false (freed.in_main_thread);
  g_main_context_release (g_main_context_default ());
  g_mutex_clear (&freed.mutex);
  g_cond_clear (&freed.cond);
}

/* A value a version does not have is "not recorded", never "none" (which
 * would say there was no party) */
static void
test_value_not_recorded (void)
{
  g_autofree char *json = edited (BASE, "\"name\": \"Member Two\", \"party\": \"P2\", ",
                                  "\"name\": \"Member Two\", ", NULL);
  g_autoptr(DlgDiff) diff = diff_json (BASE, json);
  g_autofree char *text = NULL;

  g_assert_cmpuint (dlg_diff_get_n_changes (diff), ==, 1);
  text = dlg_change_dup_text (change_at (diff, 0), FALSE);
  g_assert_cmpstr (text, ==, "member changed: Member Two, party: P2 → not recorded");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/diff/identical", test_identical);
  g_test_add_func ("/model/diff/member-removed", test_member_removed);
  g_test_add_func ("/model/diff/member-changed", test_member_changed);
  g_test_add_func ("/model/diff/value-not-recorded", test_value_not_recorded);
  g_test_add_func ("/model/diff/member-attendance", test_member_attendance);
  g_test_add_func ("/model/diff/member-renamed", test_member_renamed);
  g_test_add_func ("/model/diff/stop-dates", test_stop_dates);
  g_test_add_func ("/model/diff/stop-not-visited", test_stop_not_visited);
  g_test_add_func ("/model/diff/stop-certainty", test_stop_certainty);
  g_test_add_func ("/model/diff/stop-added-removed", test_stop_added_removed);
  g_test_add_func ("/model/diff/stop-renamed", test_stop_renamed);
  g_test_add_func ("/model/diff/stops-without-ids", test_stops_without_ids);
  g_test_add_func ("/model/diff/sources", test_sources);
  g_test_add_func ("/model/diff/notes", test_notes);
  g_test_add_func ("/model/diff/notes-sources-once", test_notes_sources_once);
  g_test_add_func ("/model/diff/three-sides", test_three_sides);
  g_test_add_func ("/model/diff/order", test_order);
  g_test_add_func ("/model/diff/inert-text", test_inert_text);
  g_test_add_func ("/model/diff/unref-in-thread", test_unref_in_thread);

  return g_test_run ();
}
