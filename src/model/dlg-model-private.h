/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/* Shared by the model classes and the loader, which fills them in. */

#include "dlg-brief.h"
#include "dlg-change.h"
#include "dlg-dataset.h"
#include "dlg-delegation.h"
#include "dlg-event.h"
#include "dlg-destination.h"
#include "dlg-list.h"
#include "dlg-member.h"
#include "dlg-place.h"
#include "dlg-record.h"
#include "dlg-side.h"
#include "dlg-source.h"

G_BEGIN_DECLS

struct _DlgSource
{
  GObject parent_instance;
  char *id;
  guint number;
  char *title;
  char *publisher;
  char *date;
  char *url;
  char *note;
  DlgSourceKind kind;
  /* format 1.2: the news agency whose report this carries, or NULL */
  char *agency;
  /* format 1.2: a source the file does not trust to confirm anything */
  gboolean unverified;
};

struct _DlgPlace
{
  DlgRecord parent_instance;
  char *name;
  DlgPlaceKind kind;
  char *country;
  DlgUnsc unsc;
  gboolean has_coordinates;
  double latitude;
  double longitude;
  /* format 1.2: a weak pointer (places live as long as the dataset) */
  DlgPlace *within;
  char *within_id;
};

struct _DlgMember
{
  DlgRecord parent_instance;
  char *name;
  char *party;
  char *role;
  DlgRoleKind role_kind;
  DlgMemberStatus status;
  DlgMembership membership;
  gboolean is_leader;
  /* Format 1.1 legs: the destinations this member attended, in route
   * order; the delegation's whole route (shared) when the file says
   * nothing.  missed: what the file says was missed, with legs_sources
   * the sources of the legs as given ("attended" or "missed"). */
  GPtrArray *route;
  gboolean has_legs;
  GPtrArray *missed;
  GStrv legs_sources;
  /* format 1.2: the stops no source places the member at or away from
   * (shared and empty when none), and the legs the file names (DlgLegRecord),
   * NULL when none */
  GPtrArray *not_known;
  GPtrArray *legs;
  /* TRUE when route is the member's own, not the delegation's */
  gboolean own_route;
  /* how sure the member's being there is: the record's certainty without
   * its disagreements (about a party, a role), which a stop does not share */
  DlgCertainty presence;
  /* while loading: the "attended"/"missed"/"not_known" ids and where they
   * were; has_attended_list: the file gives "attended" (a partial record) */
  GPtrArray *pending_legs;
  gboolean has_attended_list;
  /* Copies of the owners' labels: members outlive nothing they point to. */
  GRefString *delegation_id;
  GRefString *delegation_label;
  GRefString *side_id;
  GRefString *side_name;
  /* Folded countries, capitals and cities of the delegation's route */
  GRefString *route_text;
  /* Made by the loader (_dlg_member_prepare), never later */
  char *sort_keys[DLG_N_MEMBER_FIELDS];
  char *search_text;
};

/* A leg the file names: a stop (not a reference: the delegation holds
 * it) and what the sources say of the member there */
typedef struct
{
  DlgDestination *stop;
  DlgAttendance attendance;
  GStrv sources;
  DlgCertainty certainty;
} DlgLegRecord;

void _dlg_leg_record_free (gpointer data);
GPtrArray *_dlg_member_no_destinations (void);

struct _DlgDestination
{
  DlgRecord parent_instance;
  char *country;
  char *capital;
  GStrv cities;
  char *from;
  char *to;
  gboolean dates_approximate;
  char *dates_text;
  GStrv dates_sources;
  DlgPlace *place;
  DlgVisitStatus status;
  DlgUnsc unsc;
  gboolean has_coordinates;
  double latitude;
  double longitude;
  char *key;
  GRefString *delegation_id;
  GRefString *delegation_label;
  GRefString *side_id;
};

struct _DlgDelegation
{
  DlgRecord parent_instance;
  char *label;
  DlgMember *leader;
  char *from;
  char *to;
  gboolean dates_approximate;
  DlgList *members;
  DlgList *destinations;
  GRefString *side_id;
  DlgAnnounced *announced;
  /* format 1.2: the file says who went where, in full */
  gboolean attendance_complete;
};

struct _DlgSide
{
  DlgRecord parent_instance;
  char *name;
  char *colour;
  char *home_capital;
  /* the place of that name (a capital) when the places list it */
  DlgPlace *home_place;
  DlgAnnounced *announced;
  /* format 1.2: the side's stated purposes (DlgNote) */
  GPtrArray *purposes;
  DlgList *delegations;
  DlgList *members;
  DlgList *destinations;
  /* kept once made (dlg_side_get_summary, dlg_side_describe_counts):
   * a DlgSideSummary, and the counts' lines plain and isolated */
  gpointer summary;
  GStrv counts[2];
};

struct _DlgEvent
{
  DlgRecord parent_instance;
  char *text;
  char *from;
  char *to;
  gboolean dates_approximate;
};

struct _DlgDataset
{
  DlgRecord parent_instance;
  char *version;
  char *title;
  char *description;
  char *as_of;
  DlgList *sources;
  GHashTable *sources_by_id;
  DlgList *places;
  GHashTable *places_by_id;
  DlgList *sides;
  DlgList *events;
  GStrv warnings;
  /* kept once made (dlg_dataset_compare, dlg_dataset_get_meetings): a
   * KeptPair (dlg-comparison.c) per ordered pair of sides asked about */
  GMutex pairs_lock;
  GPtrArray *pairs;
  /* the brief, kept once made (dlg_dataset_get_brief) */
  DlgBrief *brief;
};

/* frees what the dataset keeps of a pair of sides (dlg-comparison.c) */
void     _dlg_kept_pair_free    (gpointer    data);
DlgNote *_dlg_note_new          (char       *text,
                                 GStrv       sources);
DlgCertainty _dlg_dataset_judge_full (DlgDataset         *self,
                                      const char * const *sources,
                                      gboolean            flagged,
                                      gboolean            disputed,
                                      gboolean            announced);
void     _dlg_record_set_certainty (DlgRecord    *self,
                                   DlgCertainty  certainty);
void     _dlg_record_set_facts  (DlgRecord  *self,
                                 char       *id,
                                 GPtrArray  *notes,
                                 GPtrArray  *disagreements,
                                 GStrv       sources);
char    *_dlg_destination_make_key (const char *country,
                                    const char *capital);
/* What search looks at in a stop (what the window shows of it: country,
 * capital, place, cities), one line each, not folded */
void     _dlg_destination_append_search_text (DlgDestination *self,
                                              GString        *text);
void     _dlg_member_prepare       (DlgMember  *self);

/* A change of dlg-diff.c; the strings are copied, sources may be NULL */
DlgChange *_dlg_change_new (DlgChangeKind       kind,
                            const char         *side_id,
                            const char         *side_name,
                            const char         *delegation_id,
                            const char         *delegation_label,
                            gpointer            object,
                            const char         *subject_id,
                            const char         *subject,
                            const char         *field,
                            const char         *old_value,
                            const char         *new_value,
                            const char * const *sources);

G_END_DECLS
