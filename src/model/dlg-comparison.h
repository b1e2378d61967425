/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "dlg-dataset.h"
#include "dlg-destination.h"
#include "dlg-side.h"

G_BEGIN_DECLS

typedef struct
{
  char *label;
  /* named members (not the people accompanying them), and how many of
   * them travelled */
  guint count;
  guint travelled;
} DlgCount;

/* Counts for one side.  members is the members to count (for a filtered
 * view), or NULL for all of the side's members. */
typedef struct
{
  guint n_delegations;
  /* delegation members (format 1.1 "membership": "member"); the people
   * accompanying them are counted apart */
  guint n_members;
  guint n_accompanying;
  guint n_accompanying_unconfirmed;
  guint n_travelled;
  guint by_status[DLG_N_MEMBER_STATUSES];
  /* distinct places (country and capital), any status */
  guint n_destinations;
  /* distinct places visited */
  guint n_visited;
  /* distinct places visited that sat on the UN Security Council */
  guint n_unsc_visited;
  /* DlgCount, largest first, then by label */
  GPtrArray *by_party;
  /* named members of each kind of role, and how many of them travelled */
  guint by_role_kind[DLG_N_ROLE_KINDS];
  guint by_role_kind_travelled[DLG_N_ROLE_KINDS];
} DlgSideSummary;

DlgSideSummary *dlg_side_summary_new  (DlgSide        *side,
                                       GListModel     *members);
void            dlg_side_summary_free (DlgSideSummary *summary);

/* The summary of all the side's members, made once and kept by the side
 * (any thread; made once even when two ask at the same time) */
const DlgSideSummary *dlg_side_get_summary  (DlgSide *side);
/* The kept summary, or NULL while none was asked for */
const DlgSideSummary *dlg_side_peek_summary (DlgSide *side);
/* Makes and keeps what the window shows of each side that does not depend
 * on the filter (summaries and counts, and the first two sides' comparison
 * and meetings), in the thread that calls it: the loading thread, so that
 * the main loop finds it made.  A dataset does not change once loaded. */
void                  dlg_dataset_prepare   (DlgDataset *dataset);

/* "Announced: 59 members, 33 countries. Recorded: 61 members (58
 * travelled, 2 withdrew or declined, 1 unconfirmed) and 1 accompanying.":
 * the announced figures beside the recorded ones, one line.  Without
 * announced figures, only what was recorded. */
/* "Announced: 59 members, 33 countries (what they count)." or NULL when
 * nothing was announced (the first sentence of dlg_side_summary_describe) */
char           *dlg_announced_describe    (const DlgAnnounced       *announced,
                                           gboolean                  isolate);
char           *dlg_side_summary_describe (const DlgSideSummary     *summary,
                                           const DlgAnnounced       *announced,
                                           gboolean                  isolate);
/* The one vocabulary every output counts people in (format 1.2):
 * "62 named, 60 travelled, 2 withdrew or declined; 1 accompanying
 * official (1 unconfirmed)": named members, what they did, then the
 * people accompanying them */
char           *dlg_side_summary_people   (const DlgSideSummary     *summary);
/* The same for some people (a delegation's members: a leader card) */
char           *dlg_members_describe_people (GListModel            *members);
/* The same for every side of the dataset together */
char           *dlg_dataset_describe_people (DlgDataset            *dataset);
/* "48 named, 46 travelled": a part of the members (a party, a kind of
 * role) */
char           *dlg_count_people          (guint                     named,
                                           guint                     travelled);
/* "7 delegations: 62 named, 60 travelled, …" */
char           *dlg_side_summary_size     (const DlgSideSummary     *summary);
/* The side's line, then one for each delegation with announced figures
 * ("Peace delegation: Announced: 9 members. Recorded: …"); labels
 * bidi-isolated when isolate is TRUE (for the window and the sheet). */
GStrv           dlg_side_describe_counts  (DlgSide            *side,
                                           gboolean            isolate);

/* A place one or both sides planned or visited. */
typedef struct
{
  char *key;
  char *country;
  char *capital;
  /* format 1.2: where each side was, when that is a place within this
   * one (the UN Headquarters within New York), else NULL */
  char *place_a;
  char *place_b;
  DlgUnsc unsc;
  /* -1 when the side has no destination at this place */
  int status_a;
  int status_b;
} DlgComparedPlace;

typedef struct
{
  /* DlgComparedPlace arrays, sorted by capital */
  GPtrArray *shared;               /* visited by both */
  GPtrArray *only_a;               /* visited by a, not by b */
  GPtrArray *only_b;               /* visited by b, not by a */
  GPtrArray *planned_not_visited_a;
  GPtrArray *planned_not_visited_b;
} DlgComparison;

/* "New York (India: the city; Pakistan: UN Headquarters, New York)":
 * the place, and where in it each side was when they differ; names
 * bidi-isolated */
char          *dlg_compared_place_label (const DlgComparedPlace *place,
                                         const char             *name_a,
                                         const char             *name_b);
/* The same, its names isolated or not (isolate FALSE: for a terminal) */
char          *dlg_compared_place_label_full (const DlgComparedPlace *place,
                                              const char             *name_a,
                                              const char             *name_b,
                                              gboolean                isolate);
/* What lies between two stays: "dates overlap", "5 days apart", each
 * followed by "(approximate)" when either stay's dates are; NULL when
 * either has no dates */
char          *dlg_stays_apart_text     (DlgDestination *a,
                                         DlgDestination *b);
DlgComparison *dlg_comparison_new  (DlgSide       *a,
                                    DlgSide       *b);
void           dlg_comparison_free (DlgComparison *comparison);

/* Where both sides visited the same place: the two stays closest in time
 * (visited destinations with dates; a missing end is the start's day). */
typedef struct
{
  DlgDestination *a;
  DlgDestination *b;
  /* days between the first stay's end and the second's start; 0 when
   * the stays share a day or more */
  int days_apart;
} DlgMeeting;

/* DlgMeeting array, closest first, then by place */
GPtrArray     *dlg_comparison_meetings (DlgSide *a,
                                        DlgSide *b);
/* The comparison of two of the dataset's sides (a first), made once and
 * kept by the dataset (any thread; made once even when two ask at the
 * same time); valid while the dataset lives */
const DlgComparison *dlg_dataset_compare         (DlgDataset *dataset,
                                                  DlgSide    *a,
                                                  DlgSide    *b);
/* The kept comparison, or NULL while none was asked for */
const DlgComparison *dlg_dataset_peek_comparison (DlgDataset *dataset,
                                                  DlgSide    *a,
                                                  DlgSide    *b);
/* Where the two sides met (dlg_comparison_meetings), made once and kept
 * by the dataset likewise; a new reference */
GPtrArray           *dlg_dataset_get_meetings    (DlgDataset *dataset,
                                                  DlgSide    *a,
                                                  DlgSide    *b);
/* The day (days since 1 Jan 1 AD) of an ISO 8601 date, or -1 */
int            dlg_iso_to_day          (const char *iso);
/* A destination's first and last day (a missing one is the other's);
 * FALSE when it has no dates */
gboolean       dlg_destination_get_days (DlgDestination *d,
                                         int            *first,
                                         int            *last);
/* Days between two stays (0 when they share a day), -1 when one has no
 * dates */
int            dlg_destinations_days_apart (DlgDestination *a,
                                            DlgDestination *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlgSideSummary, dlg_side_summary_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlgComparison, dlg_comparison_free)

G_END_DECLS
