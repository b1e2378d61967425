/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "dlg-comparison.h"
#include "dlg-dataset.h"

G_BEGIN_DECLS

/* The brief: the figures of every side in one vocabulary (the headline)
 * and five to seven sentences generated from the whole dataset, never
 * from a filter: each side's counts, the places more than one side was
 * in (with two sides, how many days apart), what only one side did, who
 * led.  Every fact a sentence states carries the numbers of its sources
 * ("[12, 31]"); a fact that is not confirmed keeps its certainty mark
 * (dlg_certainty_to_mark) and approximate dates stay approximate
 * (dlg_stays_apart_text).  No GTK: the window, the CLI and the tests
 * share it. */

/* A side's figures, all counted on the whole dataset */
typedef struct
{
  DlgSide *side;
  const DlgSideSummary *summary;
  /* distinct places visited (as the board compares them), the distinct
   * countries they are in (as the dataset names them), those countries
   * on the UN Security Council that year */
  guint n_places;
  guint n_countries;
  guint n_unsc;
  /* places visited that another side visited too, and that no other
   * side visited */
  guint n_shared;
  guint n_only;
  /* distinct places planned and not visited */
  guint n_not_visited;
} DlgBriefFigures;

typedef struct _DlgBrief DlgBrief;

/* isolate: dataset text bidi-isolated (FSI…PDI) for the window and the
 * clipboard; FALSE for a terminal (escape it there) */
DlgBrief              *dlg_brief_new             (DlgDataset *dataset,
                                                  gboolean    isolate);
void                   dlg_brief_free            (DlgBrief   *brief);
/* The dataset's brief (isolated, for the window), made once and kept by
 * the dataset (any thread: dlg_dataset_prepare makes it in the loading
 * thread, so that the main loop finds it made); valid while the dataset
 * lives, not to be freed */
DlgBrief              *dlg_dataset_get_brief     (DlgDataset *dataset);

guint                  dlg_brief_get_n_sides     (DlgBrief   *brief);
const DlgBriefFigures *dlg_brief_get_figures     (DlgBrief   *brief,
                                                  guint       side);
/* places visited by more than one side (with two sides: both) */
guint                  dlg_brief_get_n_shared    (DlgBrief   *brief);

guint                  dlg_brief_get_n_sentences (DlgBrief   *brief);
/* A sentence with the dataset's source numbers after each fact:
 * "Both sides were in 5 places: Washington, D.C. (dates overlap) [8, 77]; …" */
char                  *dlg_brief_get_sentence    (DlgBrief   *brief,
                                                  guint       i);
/* The same; numbers_at (guint) gets the start and end (bytes) of each
 * "[…]" in it, for the window to set them apart */
char                  *dlg_brief_get_sentence_full (DlgBrief *brief,
                                                    guint     i,
                                                    GArray   *numbers_at);
/* Whether a sentence carries a certainty mark: where the brief is shown,
 * the legend (dlg_certainty_legend) goes with it */
gboolean               dlg_brief_has_marks       (DlgBrief   *brief);

/* The brief to paste into a story, its sources numbered afresh in the
 * order cited:
 * "… [1, 2] …\n\nSources:\n[1] Title, Publisher, date, URL\n…" (and
 * the marks' legend when a mark is used) */
char                  *dlg_brief_to_plain_text   (DlgBrief   *brief);
/* The same as an HTML fragment: the numbers as <sup> links to the
 * sources' list, each source a link to its URL; dataset text escaped,
 * its isolates as <bdi> */
char                  *dlg_brief_to_html         (DlgBrief   *brief);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlgBrief, dlg_brief_free)

G_END_DECLS
