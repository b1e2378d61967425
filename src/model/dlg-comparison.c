/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-comparison"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-brief.h"
#include "dlg-comparison.h"
#include "dlg-destination.h"
#include "dlg-model-private.h"
#include "dlg-text.h"

static void
count_free (gpointer data)
{
  DlgCount *c = data;

  g_free (c->label);
  g_free (c);
}

static int
count_compare (gconstpointer a,
               gconstpointer b)
{
  const DlgCount *ca = *(const DlgCount * const *) a;
  const DlgCount *cb = *(const DlgCount * const *) b;

  if (ca->count != cb->count)
    return ca->count > cb->count ? -1 : 1;
  return g_utf8_collate (ca->label, cb->label);
}

static gboolean
is_unsc_member (DlgUnsc unsc)
{
  return unsc == DLG_UNSC_PERMANENT || unsc == DLG_UNSC_ELECTED;
}

/* A place's status on one side: visited beats planned-not-visited beats planned. */
static int
merge_status (int            current,
              DlgVisitStatus status)
{
  static const int rank[DLG_N_VISIT_STATUSES] = {
    [DLG_VISIT_STATUS_PLANNED] = 0,
    [DLG_VISIT_STATUS_PLANNED_NOT_VISITED] = 1,
    [DLG_VISIT_STATUS_VISITED] = 2,
  };

  if (current < 0 || rank[status] > rank[current])
    return status;
  return current;
}

static void
place_free (gpointer data)
{
  DlgComparedPlace *p = data;

  g_free (p->key);
  g_free (p->country);
  g_free (p->capital);
  g_free (p->place_a);
  g_free (p->place_b);
  g_free (p);
}

/* Adds a side's destinations to places (key -> DlgComparedPlace). */
static void
collect_places (GHashTable *places,
                DlgSide    *side,
                gboolean    is_a)
{
  GListModel *destinations = dlg_side_get_destinations (side);
  guint n = g_list_model_get_n_items (destinations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgDestination) d = g_list_model_get_item (destinations, i);
      const char *key = dlg_destination_get_key (d);
      DlgComparedPlace *p = g_hash_table_lookup (places, key);

      if (p == NULL)
        {
          p = g_new0 (DlgComparedPlace, 1);
          DlgPlace *place = dlg_destination_get_place (d);

          /* a named place (format 1.1) is compared, and shown, as the
           * outermost place it lies within (1.2) */
          if (place != NULL)
            place = dlg_place_get_outermost (place);
          p->key = g_strdup (key);
          p->country = g_strdup (place != NULL && dlg_place_get_country (place) != NULL
                                 ? dlg_place_get_country (place)
                                 : dlg_destination_get_country (d));
          p->capital = g_strdup (place != NULL ? dlg_place_get_name (place)
                                               : dlg_destination_get_capital (d));
          p->unsc = dlg_destination_get_unsc (d);
          p->status_a = -1;
          p->status_b = -1;
          g_hash_table_insert (places, p->key, p);
        }
      if (is_a)
        p->status_a = merge_status (p->status_a, dlg_destination_get_status (d));
      else
        p->status_b = merge_status (p->status_b, dlg_destination_get_status (d));
      /* the place within it the side was at (the first such stop) */
      if (dlg_destination_get_place (d) != NULL &&
          dlg_place_get_within (dlg_destination_get_place (d)) != NULL)
        {
          char **inner = is_a ? &p->place_a : &p->place_b;

          if (*inner == NULL)
            *inner = g_strdup (dlg_place_get_name (dlg_destination_get_place (d)));
        }
    }
}

/* Counts m among the people of s; FALSE for an accompanying official */
static gboolean
count_person (DlgSideSummary *s,
              DlgMember      *m)
{
  DlgMemberStatus status = dlg_member_get_status (m);

  if (dlg_member_get_membership (m) == DLG_MEMBERSHIP_ACCOMPANYING)
    {
      s->n_accompanying++;
      s->n_accompanying_unconfirmed += status == DLG_MEMBER_STATUS_UNCONFIRMED;
      return FALSE;
    }
  s->n_members++;
  s->by_status[status]++;
  s->n_travelled += status == DLG_MEMBER_STATUS_TRAVELLED;
  return TRUE;
}

char *
dlg_members_describe_people (GListModel *members)
{
  DlgSideSummary people = { 0 };

  g_return_val_if_fail (G_IS_LIST_MODEL (members), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(DlgMember) m = g_list_model_get_item (members, i);

      count_person (&people, m);
    }
  return dlg_side_summary_people (&people);
}

DlgSideSummary *
dlg_side_summary_new (DlgSide    *side,
                      GListModel *members)
{
  DlgSideSummary *s;
  g_autoptr(GHashTable) parties = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) places = NULL;
  g_autoptr(GHashTable) unsc_states = NULL;
  GHashTableIter iter;
  gpointer value;
  guint n;

  g_return_val_if_fail (DLG_IS_SIDE (side), NULL);

  if (members == NULL)
    members = dlg_side_get_members (side);

  s = g_new0 (DlgSideSummary, 1);
  s->by_party = g_ptr_array_new_with_free_func (count_free);
  s->n_delegations = g_list_model_get_n_items (dlg_side_get_delegations (side));

  n = g_list_model_get_n_items (members);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgMember) m = g_list_model_get_item (members, i);
      const char *party = dlg_member_get_party (m);
      DlgCount *c;

      gboolean travelled = dlg_member_get_status (m) == DLG_MEMBER_STATUS_TRAVELLED;

      /* the accompanying are counted apart: not in the parties and kinds of role */
      if (!count_person (s, m))
        continue;
      s->by_role_kind[dlg_member_get_role_kind (m)]++;
      s->by_role_kind_travelled[dlg_member_get_role_kind (m)] += travelled;

      if (party == NULL)
        continue;
      c = g_hash_table_lookup (parties, party);
      if (c == NULL)
        {
          c = g_new0 (DlgCount, 1);
          c->label = g_strdup (party);
          g_hash_table_insert (parties, c->label, c);
          g_ptr_array_add (s->by_party, c);
        }
      c->count++;
      c->travelled += travelled;
    }
  g_ptr_array_sort (s->by_party, count_compare);

  places = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, place_free);
  collect_places (places, side, TRUE);
  s->n_destinations = g_hash_table_size (places);
  g_hash_table_iter_init (&iter, places);
  /* members of the Council are states: the UN in New York and Washington
   * are two places, one member */
  unsc_states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      DlgComparedPlace *p = value;

      if (p->status_a == DLG_VISIT_STATUS_VISITED)
        {
          s->n_visited++;
          if (is_unsc_member (p->unsc))
            g_hash_table_add (unsc_states, dlg_text_fold (p->country));
        }
    }
  s->n_unsc_visited = g_hash_table_size (unsc_states);
  return s;
}

void
dlg_side_summary_free (DlgSideSummary *summary)
{
  if (summary == NULL)
    return;
  g_ptr_array_unref (summary->by_party);
  g_free (summary);
}

static int
place_compare (gconstpointer a,
               gconstpointer b)
{
  const DlgComparedPlace *pa = *(const DlgComparedPlace * const *) a;
  const DlgComparedPlace *pb = *(const DlgComparedPlace * const *) b;
  int r = g_utf8_collate (pa->capital, pb->capital);

  return r != 0 ? r : g_utf8_collate (pa->country, pb->country);
}

static DlgComparedPlace *
place_copy (const DlgComparedPlace *p)
{
  DlgComparedPlace *c = g_memdup2 (p, sizeof *p);

  c->key = g_strdup (p->key);
  c->country = g_strdup (p->country);
  c->capital = g_strdup (p->capital);
  c->place_a = g_strdup (p->place_a);
  c->place_b = g_strdup (p->place_b);
  return c;
}

static char *
maybe_isolate (const char *text,
               gboolean    isolate)
{
  return isolate ? dlg_text_isolate (text) : g_strdup (text);
}

char *
dlg_compared_place_label_full (const DlgComparedPlace *place,
                               const char             *name_a,
                               const char             *name_b,
                               gboolean                isolate)
{
  g_autofree char *outer = maybe_isolate (place->capital, isolate);
  g_autofree char *side_a = NULL;
  g_autofree char *side_b = NULL;
  g_autofree char *where_a = NULL;
  g_autofree char *where_b = NULL;

  /* one side, or both at the same place: that place ("EU institutions,
   * Brussels"), not the city around it */
  if (place->status_a < 0 || place->status_b < 0 || g_strcmp0 (place->place_a, place->place_b) == 0)
    {
      const char *inner = place->status_a >= 0 ? place->place_a : place->place_b;

      return inner != NULL ? maybe_isolate (inner, isolate) : g_steal_pointer (&outer);
    }
  side_a = maybe_isolate (name_a, isolate);
  side_b = maybe_isolate (name_b, isolate);
  /* Translators: where in a place a side was: the place itself (a city, a capital) */
  where_a = place->place_a != NULL ? maybe_isolate (place->place_a, isolate) : g_strdup (_("the city"));
  where_b = place->place_b != NULL ? maybe_isolate (place->place_b, isolate) : g_strdup (_("the city"));
  /* Translators: a place both sides were in, and where in it each was: "New York (India:
   * the city; Pakistan: UN Headquarters, New York)" */
  return g_strdup_printf (_("%s (%s: %s; %s: %s)"), outer, side_a, where_a, side_b, where_b);
}

char *
dlg_compared_place_label (const DlgComparedPlace *place,
                          const char             *name_a,
                          const char             *name_b)
{
  return dlg_compared_place_label_full (place, name_a, name_b, TRUE);
}

char *
dlg_stays_apart_text (DlgDestination *a,
                      DlgDestination *b)
{
  int apart = dlg_destinations_days_apart (a, b);
  gboolean approximate = dlg_destination_get_dates_approximate (a) ||
                         dlg_destination_get_dates_approximate (b);

  if (apart < 0)
    return NULL;
  if (apart == 0)
    /* Translators: two sides' stays at a place share days; never "at the same time",
     * which the sources do not say */
    return g_strdup (approximate ? _("dates overlap (approximate)") : _("dates overlap"));
  if (approximate)
    /* Translators: the days between two sides' stays at a place, one of them dated "c." */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day apart (approximate)",
                                         "%d days apart (approximate)", (gulong) apart), apart);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day apart", "%d days apart",
                                       (gulong) apart), apart);
}

DlgComparison *
dlg_comparison_new (DlgSide *a,
                    DlgSide *b)
{
  g_autoptr(GHashTable) places = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, place_free);
  DlgComparison *c;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (DLG_IS_SIDE (a), NULL);
  g_return_val_if_fail (DLG_IS_SIDE (b), NULL);

  collect_places (places, a, TRUE);
  collect_places (places, b, FALSE);

  c = g_new0 (DlgComparison, 1);
  c->shared = g_ptr_array_new_with_free_func (place_free);
  c->only_a = g_ptr_array_new_with_free_func (place_free);
  c->only_b = g_ptr_array_new_with_free_func (place_free);
  c->planned_not_visited_a = g_ptr_array_new_with_free_func (place_free);
  c->planned_not_visited_b = g_ptr_array_new_with_free_func (place_free);

  g_hash_table_iter_init (&iter, places);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      DlgComparedPlace *p = value;
      gboolean visited_a = p->status_a == DLG_VISIT_STATUS_VISITED;
      gboolean visited_b = p->status_b == DLG_VISIT_STATUS_VISITED;

      if (visited_a && visited_b)
        g_ptr_array_add (c->shared, place_copy (p));
      else if (visited_a)
        g_ptr_array_add (c->only_a, place_copy (p));
      else if (visited_b)
        g_ptr_array_add (c->only_b, place_copy (p));

      if (p->status_a == DLG_VISIT_STATUS_PLANNED_NOT_VISITED)
        g_ptr_array_add (c->planned_not_visited_a, place_copy (p));
      if (p->status_b == DLG_VISIT_STATUS_PLANNED_NOT_VISITED)
        g_ptr_array_add (c->planned_not_visited_b, place_copy (p));
    }

  g_ptr_array_sort (c->shared, place_compare);
  g_ptr_array_sort (c->only_a, place_compare);
  g_ptr_array_sort (c->only_b, place_compare);
  g_ptr_array_sort (c->planned_not_visited_a, place_compare);
  g_ptr_array_sort (c->planned_not_visited_b, place_compare);
  return c;
}

void
dlg_comparison_free (DlgComparison *comparison)
{
  if (comparison == NULL)
    return;
  g_ptr_array_unref (comparison->shared);
  g_ptr_array_unref (comparison->only_a);
  g_ptr_array_unref (comparison->only_b);
  g_ptr_array_unref (comparison->planned_not_visited_a);
  g_ptr_array_unref (comparison->planned_not_visited_b);
  g_free (comparison);
}

char *
dlg_announced_describe (const DlgAnnounced *announced,
                        gboolean            isolate)
{
  g_autofree char *members = NULL;
  g_autofree char *countries = NULL;

  if (announced == NULL || (announced->members < 0 && announced->countries < 0))
    return NULL;
  if (announced->members >= 0)
    members = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d member", "%d members",
                                            (gulong) announced->members),
                               announced->members);
  if (announced->countries >= 0)
    countries = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d country", "%d countries",
                                              (gulong) announced->countries),
                                 announced->countries);
  if (members != NULL && countries != NULL)
    {
      /* Translators: joins "59 members" and "33 countries" */
      char *both = g_strdup_printf (_("%s, %s"), members, countries);

      g_free (members);
      members = both;
    }
  if (announced->scope != NULL)
    {
      g_autofree char *scope = maybe_isolate (announced->scope, isolate);
      /* Translators: announced figures and what they count, "59 members, 33 countries
       * (political leaders and former diplomats; countries including the EU)" */
      char *scoped = g_strdup_printf (_("%s (%s)"), members != NULL ? members : countries,
                                      scope);

      g_free (members);
      members = scoped;
    }
  /* Translators: the figures announced for a side or a delegation, "59 members,
   * 33 countries" */
  return g_strdup_printf (_("Announced: %s."), members != NULL ? members : countries);
}

char *
dlg_side_summary_describe (const DlgSideSummary *s,
                           const DlgAnnounced   *announced,
                           gboolean              isolate)
{
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *people = NULL;
  g_autofree char *said = dlg_announced_describe (announced, isolate);

  if (said != NULL)
    {
      g_string_append (line, said);
      g_string_append_c (line, ' ');
    }

  people = dlg_side_summary_people (s);
  /* Translators: the recorded counts after the announced ones, "Recorded: 62 named,
   * 60 travelled, 2 withdrew or declined; 1 accompanying official." */
  g_string_append_printf (line, _("Recorded: %s."), people);
  return g_string_free (g_steal_pointer (&line), FALSE);
}

char *
dlg_dataset_describe_people (DlgDataset *dataset)
{
  GListModel *sides = dlg_dataset_get_sides (dataset);
  DlgSideSummary all = { 0 };

  for (guint i = 0; i < g_list_model_get_n_items (sides); i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, i);
      const DlgSideSummary *s = dlg_side_get_summary (side);

      all.n_members += s->n_members;
      all.n_travelled += s->n_travelled;
      all.n_accompanying += s->n_accompanying;
      all.n_accompanying_unconfirmed += s->n_accompanying_unconfirmed;
      for (guint k = 0; k < DLG_N_MEMBER_STATUSES; k++)
        all.by_status[k] += s->by_status[k];
    }
  return dlg_side_summary_people (&all);
}

char *
dlg_count_people (guint named,
                  guint travelled)
{
  g_autofree char *n = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u named", "%u named",
                                                     named), named);
  g_autofree char *t = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u travelled",
                                                     "%u travelled", travelled), travelled);

  /* Translators: joins the parts of a count of people, "62 named, 60 travelled" */
  return g_strdup_printf (_("%s, %s"), n, t);
}

char *
dlg_side_summary_people (const DlgSideSummary *s)
{
  guint left = s->by_status[DLG_MEMBER_STATUS_WITHDREW] + s->by_status[DLG_MEMBER_STATUS_DECLINED];
  guint unconfirmed = s->by_status[DLG_MEMBER_STATUS_UNCONFIRMED];
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *both = dlg_count_people (s->n_members, s->n_travelled);

  g_string_append (text, both);
  if (left > 0)
    {
      g_string_append (text, _(", "));
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u withdrew or declined",
                                                 "%u withdrew or declined", left), left);
    }
  if (unconfirmed > 0)
    {
      g_string_append (text, _(", "));
      /* Translators: named members whose travel no source confirms */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u unconfirmed",
                                                 "%u unconfirmed", unconfirmed), unconfirmed);
    }
  if (s->n_accompanying > 0)
    {
      /* Translators: between the members' counts and those accompanying them, "62 named,
       * 60 travelled; 1 accompanying official" */
      g_string_append (text, _("; "));
      /* Translators: officials, liaison officers or staff travelling with a delegation,
       * not members of it */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u accompanying official",
                                                 "%u accompanying officials",
                                                 s->n_accompanying), s->n_accompanying);
      if (s->n_accompanying_unconfirmed > 0)
        /* Translators: after "2 accompanying officials": how many of them no source confirms */
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, " (%u unconfirmed)",
                                                   " (%u unconfirmed)",
                                                   s->n_accompanying_unconfirmed),
                                s->n_accompanying_unconfirmed);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* g_strv_builder_take() is GLib 2.80 */
static void
take_line (GStrvBuilder *lines,
           char         *line)
{
  g_strv_builder_add (lines, line);
  g_free (line);
}

char *
dlg_side_summary_size (const DlgSideSummary *summary)
{
  g_autofree char *people = dlg_side_summary_people (summary);
  g_autofree char *delegations =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u delegation", "%u delegations",
                                  summary->n_delegations), summary->n_delegations);

  /* Translators: a side's size, "7 delegations: 62 named, 60 travelled, 2 withdrew or
   * declined; 1 accompanying official": in the comparison's numbers and under a side's name
   * on the sheet's first page */
  return g_strdup_printf (_("%s: %s"), delegations, people);
}

const DlgSideSummary *
dlg_side_get_summary (DlgSide *side)
{
  g_return_val_if_fail (DLG_IS_SIDE (side), NULL);

  if (g_once_init_enter (&side->summary))
    g_once_init_leave (&side->summary, dlg_side_summary_new (side, NULL));
  return side->summary;
}

const DlgSideSummary *
dlg_side_peek_summary (DlgSide *side)
{
  g_return_val_if_fail (DLG_IS_SIDE (side), NULL);

  return g_atomic_pointer_get (&side->summary);
}

static GStrv
describe_counts (DlgSide  *side,
                 gboolean  isolate)
{
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  GListModel *delegations;

  const DlgAnnounced *announced = dlg_side_get_announced (side);

  take_line (lines, dlg_side_summary_describe (dlg_side_get_summary (side), announced, isolate));
  if (announced != NULL && announced->note != NULL)
    {
      g_autofree char *note = maybe_isolate (announced->note, isolate);

      /* Translators: why the announced figures differ from the recorded ones */
      take_line (lines, g_strdup_printf (_("About the announced figures: %s"), note));
    }
  delegations = dlg_side_get_delegations (side);
  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(DlgDelegation) d = g_list_model_get_item (delegations, i);
      g_autoptr(DlgSideSummary) own = NULL;
      g_autofree char *label = NULL;
      g_autofree char *text = NULL;

      if (dlg_delegation_get_announced (d) == NULL)
        continue;
      own = dlg_side_summary_new (side, dlg_delegation_get_members (d));
      text = dlg_side_summary_describe (own, dlg_delegation_get_announced (d), isolate);
      label = maybe_isolate (dlg_delegation_get_label (d), isolate);
      /* Translators: a delegation's announced and recorded counts, "Peace delegation: Announced:
       * 9 members. Recorded: …" */
      take_line (lines, g_strdup_printf (_("%s: %s"), label, text));
    }
  return g_strv_builder_end (lines);
}

GStrv
dlg_side_describe_counts (DlgSide  *side,
                          gboolean  isolate)
{
  GStrv *kept;

  g_return_val_if_fail (DLG_IS_SIDE (side), NULL);

  kept = &side->counts[isolate ? TRUE : FALSE];
  if (g_once_init_enter (kept))
    g_once_init_leave (kept, describe_counts (side, isolate));
  return g_strdupv (*kept);
}

void
dlg_dataset_prepare (DlgDataset *dataset)
{
  GListModel *sides;

  g_return_if_fail (DLG_IS_DATASET (dataset));

  sides = dlg_dataset_get_sides (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (sides); i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, i);

      /* the window's (isolated) counts; the summary comes with them */
      g_strfreev (dlg_side_describe_counts (side, TRUE));
    }
  /* the two sides the window shows first: at 100 000 members their
   * comparison and meetings were a fifth of the main loop's stall when
   * the file opened */
  if (g_list_model_get_n_items (sides) >= 2)
    {
      g_autoptr(DlgSide) a = g_list_model_get_item (sides, 0);
      g_autoptr(DlgSide) b = g_list_model_get_item (sides, 1);

      dlg_dataset_compare (dataset, a, b);
      g_ptr_array_unref (dlg_dataset_get_meetings (dataset, a, b));
    }
  /* the Overview's headline and brief: 30 ms at 100 000 members */
  dlg_dataset_get_brief (dataset);
}

/* --- kept per pair of sides --- */

typedef struct
{
  DlgSide *a;
  DlgSide *b;
  DlgComparison *comparison;
  GPtrArray *meetings;
} KeptPair;

void
_dlg_kept_pair_free (gpointer data)
{
  KeptPair *pair = data;

  g_clear_pointer (&pair->comparison, dlg_comparison_free);
  g_clear_pointer (&pair->meetings, g_ptr_array_unref);
  g_free (pair);
}

/* The pair's entry, made empty if there is none; with pairs_lock held.
 * The sides are the dataset's own: they live as long as it does. */
static KeptPair *
kept_pair (DlgDataset *dataset,
           DlgSide    *a,
           DlgSide    *b,
           gboolean    make)
{
  KeptPair *pair;

  for (guint i = 0; i < dataset->pairs->len; i++)
    {
      pair = g_ptr_array_index (dataset->pairs, i);
      if (pair->a == a && pair->b == b)
        return pair;
    }
  if (!make)
    return NULL;
  pair = g_new0 (KeptPair, 1);
  pair->a = a;
  pair->b = b;
  g_ptr_array_add (dataset->pairs, pair);
  return pair;
}

const DlgComparison *
dlg_dataset_compare (DlgDataset *dataset,
                     DlgSide    *a,
                     DlgSide    *b)
{
  g_autoptr(GMutexLocker) locker = NULL;
  KeptPair *pair;

  g_return_val_if_fail (DLG_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (DLG_IS_SIDE (a) && DLG_IS_SIDE (b), NULL);

  locker = g_mutex_locker_new (&dataset->pairs_lock);
  pair = kept_pair (dataset, a, b, TRUE);
  if (pair->comparison == NULL)
    pair->comparison = dlg_comparison_new (a, b);
  return pair->comparison;
}

const DlgComparison *
dlg_dataset_peek_comparison (DlgDataset *dataset,
                             DlgSide    *a,
                             DlgSide    *b)
{
  g_autoptr(GMutexLocker) locker = NULL;
  KeptPair *pair;

  g_return_val_if_fail (DLG_IS_DATASET (dataset), NULL);

  locker = g_mutex_locker_new (&dataset->pairs_lock);
  pair = kept_pair (dataset, a, b, FALSE);
  return pair != NULL ? pair->comparison : NULL;
}

GPtrArray *
dlg_dataset_get_meetings (DlgDataset *dataset,
                          DlgSide    *a,
                          DlgSide    *b)
{
  g_autoptr(GMutexLocker) locker = NULL;
  KeptPair *pair;

  g_return_val_if_fail (DLG_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (DLG_IS_SIDE (a) && DLG_IS_SIDE (b), NULL);

  locker = g_mutex_locker_new (&dataset->pairs_lock);
  pair = kept_pair (dataset, a, b, TRUE);
  if (pair->meetings == NULL)
    pair->meetings = dlg_comparison_meetings (a, b);
  return g_ptr_array_ref (pair->meetings);
}

int
dlg_iso_to_day (const char *iso)
{
  GDate date;

  if (dlg_date_parse (iso, &date) != DLG_DATE_DAY)
    return -1;
  return (int) g_date_get_julian (&date);
}

gboolean
dlg_destination_get_days (DlgDestination *d,
                          int            *first,
                          int            *last)
{
  *first = dlg_iso_to_day (dlg_destination_get_from (d));
  *last = dlg_iso_to_day (dlg_destination_get_to (d));
  if (*first < 0)
    *first = *last;
  if (*last < 0)
    *last = *first;
  return *first >= 0;
}

/* Days from the end of one stay to the start of the other; 0 when they
 * share a day */
static int
days_between (int a0,
              int a1,
              int b0,
              int b1)
{
  return MAX (0, MAX (b0 - a1, a0 - b1));
}

int
dlg_destinations_days_apart (DlgDestination *a,
                             DlgDestination *b)
{
  int a0, a1, b0, b1;

  if (!dlg_destination_get_days (a, &a0, &a1) || !dlg_destination_get_days (b, &b0, &b1))
    return -1;
  return days_between (a0, a1, b0, b1);
}

static gboolean
stay (DlgDestination *d,
      int            *first,
      int            *last)
{
  return dlg_destination_get_days (d, first, last) &&
         dlg_destination_get_status (d) == DLG_VISIT_STATUS_VISITED;
}

static void
meeting_free (gpointer data)
{
  DlgMeeting *m = data;

  g_clear_object (&m->a);
  g_clear_object (&m->b);
  g_free (m);
}

static int
meeting_compare (gconstpointer pa,
                 gconstpointer pb)
{
  const DlgMeeting *a = *(const DlgMeeting * const *) pa;
  const DlgMeeting *b = *(const DlgMeeting * const *) pb;

  if (a->days_apart != b->days_apart)
    return a->days_apart - b->days_apart;
  return g_utf8_collate (dlg_destination_get_place_label (a->a),
                         dlg_destination_get_place_label (b->a));
}

/* A visit and its days, worked out once */
typedef struct
{
  DlgDestination *d;
  int first;
  int last;
} Visit;

GPtrArray *
dlg_comparison_meetings (DlgSide *a,
                         DlgSide *b)
{
  GListModel *da = dlg_side_get_destinations (a);
  GListModel *db = dlg_side_get_destinations (b);
  g_autoptr(GHashTable) best = g_hash_table_new (g_str_hash, g_str_equal);
  /* b's visits by place: each of a's visits meets only those at its place,
   * not every destination of b (quadratic for thousands of delegations) */
  g_autoptr(GHashTable) b_at = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                      (GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *out = g_ptr_array_new_with_free_func (meeting_free);

  g_return_val_if_fail (DLG_IS_SIDE (a) && DLG_IS_SIDE (b), out);

  for (guint j = 0; j < g_list_model_get_n_items (db); j++)
    {
      DlgDestination *y = g_list_model_get_item (db, j);
      const char *key = dlg_destination_get_key (y);
      GArray *here = g_hash_table_lookup (b_at, key);
      Visit visit = { y, 0, 0 };

      g_ptr_array_add (keep, y);
      if (!stay (y, &visit.first, &visit.last))
        continue;
      if (here == NULL)
        {
          here = g_array_new (FALSE, FALSE, sizeof (Visit));
          g_hash_table_insert (b_at, (gpointer) key, here);
        }
      g_array_append_val (here, visit);
    }

  for (guint i = 0; i < g_list_model_get_n_items (da); i++)
    {
      g_autoptr(DlgDestination) x = g_list_model_get_item (da, i);
      const char *key = dlg_destination_get_key (x);
      GArray *here = g_hash_table_lookup (b_at, key);
      DlgMeeting *m;
      const Visit *nearest = NULL;
      int x0, x1, apart = G_MAXINT;

      if (here == NULL || !stay (x, &x0, &x1))
        continue;
      /* the first of b's visits nearest to this one */
      for (guint j = 0; j < here->len && apart > 0; j++)
        {
          const Visit *v = &g_array_index (here, Visit, j);
          int days = days_between (x0, x1, v->first, v->last);

          if (days < apart)
            {
              apart = days;
              nearest = v;
            }
        }
      m = g_hash_table_lookup (best, key);
      if (m != NULL && m->days_apart <= apart)
        continue;
      if (m == NULL)
        {
          m = g_new0 (DlgMeeting, 1);
          g_ptr_array_add (out, m);
          g_hash_table_insert (best, (gpointer) key, m);
        }
      g_set_object (&m->a, x);
      g_set_object (&m->b, nearest->d);
      m->days_apart = apart;
    }
  g_ptr_array_sort (out, meeting_compare);
  return out;
}
