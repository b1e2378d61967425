/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-brief"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlg-brief.h"
#include "dlg-model-private.h"
#include "dlg-text.h"

/* Sides told one by one in the sentences (past them, two are, and the
 * rest are named together), and the most sentences a brief has */
#define SIDES_TOLD 3
#define MOST_SENTENCES 7
/* Places named in a list before "and N more" */
#define PLACES_NAMED 5
#define ONLY_NAMED 3
#define LEADERS_NAMED 7

/* Where a list goes in a translated sentence: the sentence is printed
 * whole, then cut here, so that each fact of the list keeps its sources */
#define LIST_MARK "\001"

/* A piece of a sentence and the sources of the fact it states (ids) */
typedef struct
{
  char *text;
  GPtrArray *sources;
} Part;

/* A side's stays at a place: the first it visited, the first it planned
 * and did not visit */
typedef struct
{
  guint side;
  DlgDestination *visited;
  DlgDestination *not_visited;
} Stay;

/* A place as the board compares it (dlg_destination_get_key) */
typedef struct
{
  const char *label;
  GArray *stays;
  guint n_visited;
} Place;

struct _DlgBrief
{
  /* a reference, unless the dataset keeps the brief */
  DlgDataset *dataset;
  gboolean kept;
  gboolean isolate;
  gboolean marks;
  GPtrArray *figures;
  /* the sides told one by one */
  guint told;
  guint n_shared;
  /* sentences: arrays of Part */
  GPtrArray *sentences;
};

static void
part_free (gpointer data)
{
  Part *part = data;

  g_free (part->text);
  g_clear_pointer (&part->sources, g_ptr_array_unref);
  g_free (part);
}

static void
place_free (gpointer data)
{
  Place *place = data;

  g_array_unref (place->stays);
  g_free (place);
}

static void
add_sources (GPtrArray          *to,
             const char * const *ids)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (!g_ptr_array_find_with_equal_func (to, ids[i], g_str_equal, NULL))
      g_ptr_array_add (to, (gpointer) ids[i]);
}

static void
add_stay_sources (GPtrArray      *to,
                  DlgDestination *d)
{
  if (d == NULL)
    return;
  add_sources (to, dlg_record_get_sources (DLG_RECORD (d)));
  add_sources (to, dlg_destination_get_dates_sources (d));
}

/* Takes text; sources may be NULL */
static void
add_part (GPtrArray *sentence,
          char      *text,
          GPtrArray *sources)
{
  Part *part = g_new0 (Part, 1);

  part->text = text;
  if (sources != NULL && sources->len > 0)
    part->sources = g_ptr_array_ref (sources);
  g_ptr_array_add (sentence, part);
}

static GPtrArray *
sentence_new (void)
{
  return g_ptr_array_new_with_free_func (part_free);
}

/* A sentence printed whole with LIST_MARK where the list goes */
static GPtrArray *
sentence_with_list (char      *printed,
                    GPtrArray *list)
{
  GPtrArray *sentence = sentence_new ();
  g_autofree char *whole = printed;
  char *at = strstr (whole, LIST_MARK);

  if (at == NULL)
    {
      add_part (sentence, g_steal_pointer (&whole), NULL);
      return sentence;
    }
  add_part (sentence, g_strndup (whole, at - whole), NULL);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      Part *item = g_ptr_array_index (list, i);

      add_part (sentence, g_strdup (item->text), item->sources);
    }
  add_part (sentence, g_strdup (at + strlen (LIST_MARK)), NULL);
  return sentence;
}

/* Dataset text next to our words, with its mark when not confirmed */
static char *
dataset_text (DlgBrief     *self,
              const char   *text,
              DlgCertainty  certainty)
{
  g_autofree char *shown = self->isolate ? dlg_text_isolate (text) : g_strdup (text);

  if (certainty == DLG_CERTAINTY_CONFIRMED)
    return g_steal_pointer (&shown);
  self->marks = TRUE;
  return g_strconcat (shown, dlg_certainty_to_mark (certainty), NULL);
}

static char *
side_name (DlgBrief *self,
           DlgSide  *side)
{
  return dataset_text (self, dlg_side_get_name (side), DLG_CERTAINTY_CONFIRMED);
}

/* A list's items joined, and "and N more" after the last one named */
static GPtrArray *
join_list (GPtrArray *items,
           guint      total)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (part_free);

  for (guint i = 0; i < items->len; i++)
    {
      Part *item = g_ptr_array_index (items, i);

      if (i > 0)
        /* Translators: between the items of a list in the brief; place names have commas
         * ("Washington, D.C."), so the list does not use them */
        add_part (list, g_strdup (_("; ")), NULL);
      add_part (list, g_strdup (item->text), item->sources);
    }
  if (total > items->len)
    {
      guint more = total - items->len;

      add_part (list, g_strdup (_("; ")), NULL);
      /* Translators: after the places or people a sentence of the brief names */
      add_part (list, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more",
                                                    "and %u more", more), more), NULL);
    }
  return list;
}

static int
place_compare (gconstpointer a,
               gconstpointer b)
{
  const Place *pa = *(const Place * const *) a;
  const Place *pb = *(const Place * const *) b;

  return g_utf8_collate (pa->label, pb->label);
}

static const Stay *
stay_of (const Place *place,
         guint        side)
{
  for (guint i = 0; i < place->stays->len; i++)
    {
      const Stay *stay = &g_array_index (place->stays, Stay, i);

      if (stay->side == side)
        return stay;
    }
  return NULL;
}

/* --- the figures --- */

/* Every place each side planned or visited, compared as the board does */
static GPtrArray *
collect_places (DlgBrief *self,
                GListModel *sides)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *places = g_ptr_array_new_with_free_func (place_free);
  guint n = g_list_model_get_n_items (sides);

  for (guint s = 0; s < n; s++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, s);
      GListModel *destinations = dlg_side_get_destinations (side);
      g_autoptr(GHashTable) countries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                               NULL);
      DlgBriefFigures *figures = g_ptr_array_index (self->figures, s);

      for (guint i = 0; i < g_list_model_get_n_items (destinations); i++)
        {
          g_autoptr(DlgDestination) d = g_list_model_get_item (destinations, i);
          const char *key = dlg_destination_get_key (d);
          Place *place = g_hash_table_lookup (by_key, key);
          DlgVisitStatus status = dlg_destination_get_status (d);
          Stay *stay;

          if (place == NULL)
            {
              place = g_new0 (Place, 1);
              place->label = dlg_destination_get_outer_label (d);
              place->stays = g_array_new (FALSE, TRUE, sizeof (Stay));
              g_hash_table_insert (by_key, (gpointer) key, place);
              g_ptr_array_add (places, place);
            }
          /* a side's destinations come together: its stay is the last */
          if (place->stays->len == 0 ||
              g_array_index (place->stays, Stay, place->stays->len - 1).side != s)
            {
              Stay empty = { s, NULL, NULL };

              g_array_append_val (place->stays, empty);
            }
          stay = &g_array_index (place->stays, Stay, place->stays->len - 1);
          /* the destinations live as long as the dataset, which the brief holds */
          if (status == DLG_VISIT_STATUS_VISITED && stay->visited == NULL)
            {
              stay->visited = d;
              place->n_visited++;
            }
          else if (status == DLG_VISIT_STATUS_PLANNED_NOT_VISITED && stay->not_visited == NULL)
            stay->not_visited = d;
          if (status == DLG_VISIT_STATUS_VISITED)
            {
              /* the countries counted are those the places visited lie
               * in: a stop's outermost place's country when the file
               * places it (the EU stop, written "European Union
               * (Belgium)", lies in Brussels, Belgium), else the country
               * the stop is written with */
              DlgPlace *at = dlg_destination_get_place (d);
              const char *country = at != NULL
                                    ? dlg_place_get_country (dlg_place_get_outermost (at))
                                    : NULL;

              if (country == NULL)
                country = dlg_destination_get_country (d);
              g_hash_table_add (countries, dlg_text_fold (country));
            }
        }
      figures->n_countries = g_hash_table_size (countries);
    }

  for (guint i = 0; i < places->len; i++)
    {
      Place *place = g_ptr_array_index (places, i);

      self->n_shared += place->n_visited > 1;
      for (guint j = 0; j < place->stays->len; j++)
        {
          const Stay *stay = &g_array_index (place->stays, Stay, j);
          DlgBriefFigures *figures = g_ptr_array_index (self->figures, stay->side);

          if (stay->visited != NULL)
            {
              figures->n_places++;
              figures->n_shared += place->n_visited > 1;
              figures->n_only += place->n_visited == 1;
            }
          else if (stay->not_visited != NULL)
            figures->n_not_visited++;
        }
    }
  g_ptr_array_sort (places, place_compare);
  return places;
}

/* --- the sentences --- */

static GPtrArray *
counts_sentence (DlgBrief *self,
                 guint     s)
{
  const DlgBriefFigures *f = g_ptr_array_index (self->figures, s);
  g_autofree char *name = side_name (self, f->side);
  g_autofree char *delegations = NULL;
  g_autofree char *people = NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();
  GListModel *list = dlg_side_get_delegations (f->side);
  GPtrArray *sentence = sentence_new ();
  char *text;

  if (f->summary->n_delegations == 0)
    {
      /* Translators: a sentence of the brief; %s is a side ("India") */
      add_part (sentence, g_strdup_printf (_("%s: the dataset records no delegation."), name),
                NULL);
      return sentence;
    }

  /* what backs the side's delegations: the side's own sources, else its
   * delegations' */
  add_sources (sources, dlg_record_get_sources (DLG_RECORD (f->side)));
  for (guint i = 0; sources->len == 0 && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DlgDelegation) d = g_list_model_get_item (list, i);

      add_sources (sources, dlg_record_get_sources (DLG_RECORD (d)));
    }

  delegations = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u delegation", "%u delegations",
                                              f->summary->n_delegations),
                                 f->summary->n_delegations);
  /* each count with where it comes from: the delegations their sources,
   * the announced figures theirs, then the dataset's own tally (no
   * source gives it: it is counted from the records) */
  /* Translators: a sentence of the brief, its sources after it: "India sent 7
   * delegations." */
  add_part (sentence, g_strdup_printf (_("%s sent %s."), name, delegations), sources);
  {
    const DlgAnnounced *announced = dlg_side_get_announced (f->side);
    g_autofree char *said = dlg_announced_describe (announced, self->isolate);

    if (said != NULL)
      {
        g_autoptr(GPtrArray) announced_sources = g_ptr_array_new ();

        add_sources (announced_sources, (const char * const *) announced->sources);
        add_part (sentence, g_strconcat (" ", said, NULL), announced_sources);
      }
  }
  people = dlg_side_summary_people (f->summary);
  if (f->n_places == 0)
    /* Translators: a sentence of the brief: the people the dataset records for a side ("62
     * named, 60 travelled") */
    text = g_strdup_printf (_("The dataset records %s and no place they visited."), people);
  else
    {
      g_autofree char *places = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u place",
                                                              "%u places", f->n_places),
                                                 f->n_places);
      g_autofree char *countries =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u country", "%u countries",
                                      f->n_countries), f->n_countries);
      g_autofree char *unsc = NULL;

      if (f->n_unsc == 0)
        /* Translators: of the countries a side visited */
        unsc = g_strdup (_("none of them on the UN Security Council"));
      else
        /* Translators: of the countries a side visited, those on the Council that year */
        unsc = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u of them on the UN Security Council",
                                             "%u of them on the UN Security Council",
                                             f->n_unsc), f->n_unsc);
      /* Translators: a sentence of the brief, the dataset's own tally: "The dataset records
       * 62 named, 60 travelled; they visited 34 places in 32 countries, 12 of them on the UN
       * Security Council." */
      text = g_strdup_printf (_("The dataset records %s; they visited %s in %s, %s."), people,
                              places, countries, unsc);
    }
  add_part (sentence, g_strconcat (" ", text, NULL), NULL);
  g_free (text);
  return sentence;
}

static DlgCertainty
least_sure (DlgDestination *a,
            DlgDestination *b)
{
  DlgCertainty ca = dlg_record_get_certainty (DLG_RECORD (a));
  DlgCertainty cb = dlg_record_get_certainty (DLG_RECORD (b));

  /* the enum runs from the surest to the least sure */
  return MAX (ca, cb);
}

static GPtrArray *
shared_sentence (DlgBrief  *self,
                 GPtrArray *places)
{
  guint n_sides = self->figures->len;
  g_autoptr(GPtrArray) shared = g_ptr_array_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (part_free);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) meetings = NULL;

  for (guint i = 0; i < places->len; i++)
    {
      Place *place = g_ptr_array_index (places, i);

      if (place->n_visited > 1)
        g_ptr_array_add (shared, place);
    }
  if (shared->len == 0)
    {
      GPtrArray *sentence = sentence_new ();

      add_part (sentence, g_strdup (n_sides == 2
                                    /* Translators: a sentence of the brief */
                                    ? _("The dataset records no place both sides visited.")
                                    /* Translators: a sentence of the brief */
                                    : _("The dataset records no place more than one side "
                                        "visited.")), NULL);
      return sentence;
    }

  if (n_sides == 2)
    {
      GListModel *sides = dlg_dataset_get_sides (self->dataset);
      g_autoptr(DlgSide) a = g_list_model_get_item (sides, 0);
      g_autoptr(DlgSide) b = g_list_model_get_item (sides, 1);

      meetings = dlg_dataset_get_meetings (self->dataset, a, b);
    }

  /* with two sides, the closest in time first (then those without dates) */
  for (guint k = 0; meetings != NULL && k < meetings->len && items->len < PLACES_NAMED; k++)
    {
      DlgMeeting *m = g_ptr_array_index (meetings, k);
      g_autofree char *label = dataset_text (self, dlg_destination_get_outer_label (m->a),
                                             least_sure (m->a, m->b));
      g_autofree char *apart = dlg_stays_apart_text (m->a, m->b);
      g_autoptr(GPtrArray) sources = g_ptr_array_new ();
      Part *item = g_new0 (Part, 1);

      add_stay_sources (sources, m->a);
      add_stay_sources (sources, m->b);
      /* Translators: a place both sides were in and how far apart in time, "London: 5 days
       * apart" */
      item->text = g_strdup_printf (_("%s: %s"), label, apart);
      item->sources = g_steal_pointer (&sources);
      g_ptr_array_add (items, item);
    }
  for (guint i = 0; i < shared->len && items->len < PLACES_NAMED; i++)
    {
      Place *place = g_ptr_array_index (shared, i);
      g_autoptr(GString) who = g_string_new (NULL);
      g_autoptr(GPtrArray) sources = g_ptr_array_new ();
      DlgCertainty certainty = DLG_CERTAINTY_CONFIRMED;
      gboolean met = FALSE;
      guint named = 0;
      g_autofree char *label = NULL;
      Part *item;

      for (guint k = 0; meetings != NULL && k < meetings->len && !met; k++)
        {
          DlgMeeting *m = g_ptr_array_index (meetings, k);

          met = g_str_equal (dlg_destination_get_outer_label (m->a), place->label);
        }
      if (met)
        continue;
      for (guint j = 0; j < place->stays->len; j++)
        {
          const Stay *stay = &g_array_index (place->stays, Stay, j);
          const DlgBriefFigures *f = g_ptr_array_index (self->figures, stay->side);
          g_autofree char *name = NULL;

          if (stay->visited == NULL)
            continue;
          add_stay_sources (sources, stay->visited);
          if (certainty == DLG_CERTAINTY_CONFIRMED)
            certainty = dlg_record_get_certainty (DLG_RECORD (stay->visited));
          if (named++ == ONLY_NAMED)
            {
              guint more = place->n_visited - ONLY_NAMED;

              g_string_append (who, _(", "));
              g_string_append_printf (who, g_dngettext (GETTEXT_PACKAGE, "and %u more",
                                                        "and %u more", more), more);
            }
          if (named > ONLY_NAMED)
            continue;
          name = side_name (self, f->side);
          if (who->len > 0)
            /* Translators: between the sides that were in one place, "London (India,
             * Pakistan)" */
            g_string_append (who, _(", "));
          g_string_append (who, name);
        }
      label = dataset_text (self, place->label, certainty);
      item = g_new0 (Part, 1);
      if (n_sides == 2)
        /* Translators: a place both sides were in: at least one of the two stays has no
         * dates */
        item->text = g_strdup_printf (_("%s: %s"), label, _("dates not known"));
      else
        /* Translators: a place and the sides that were there, "London (India, Pakistan)" */
        item->text = g_strdup_printf (_("%s (%s)"), label, who->str);
      item->sources = g_steal_pointer (&sources);
      g_ptr_array_add (items, item);
    }

  list = join_list (items, shared->len);
  return sentence_with_list (n_sides == 2
                             /* Translators: a sentence of the brief; the list is of places,
                              * "London (5 days apart) [3, 9]; …" */
                             ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Both sides were in %u place: %s.",
                                                             "Both sides were in %u places: %s.",
                                                             shared->len),
                                                shared->len, LIST_MARK)
                             /* Translators: a sentence of the brief; the list is of places
                              * and the sides that were there, "London (India, Pakistan)" */
                             : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "More than one side was in %u "
                                                             "place: %s.",
                                                             "More than one side was in %u "
                                                             "places: %s.",
                                                             shared->len),
                                                shared->len, LIST_MARK),
                             list);
}

/* The places a side alone visited, or those it planned and did not
 * visit (not_visited) */
static GPtrArray *
side_places (DlgBrief  *self,
             GPtrArray *places,
             guint      s,
             gboolean   not_visited,
             guint      named,
             guint     *total)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (part_free);

  *total = 0;
  for (guint i = 0; i < places->len; i++)
    {
      Place *place = g_ptr_array_index (places, i);
      const Stay *stay = stay_of (place, s);
      DlgDestination *d;
      g_autoptr(GPtrArray) sources = NULL;
      Part *item;

      if (stay == NULL)
        continue;
      d = not_visited ? (stay->visited == NULL ? stay->not_visited : NULL)
                      : (place->n_visited == 1 ? stay->visited : NULL);
      if (d == NULL)
        continue;
      if ((*total)++ >= named)
        continue;
      sources = g_ptr_array_new ();
      add_stay_sources (sources, d);
      item = g_new0 (Part, 1);
      item->text = dataset_text (self, place->label, dlg_record_get_certainty (DLG_RECORD (d)));
      item->sources = g_steal_pointer (&sources);
      g_ptr_array_add (items, item);
    }
  return items;
}

static GPtrArray *
only_sentence (DlgBrief  *self,
               GPtrArray *places,
               guint      s)
{
  const DlgBriefFigures *f = g_ptr_array_index (self->figures, s);
  g_autofree char *name = side_name (self, f->side);
  g_autoptr(GPtrArray) sentence = NULL;
  guint total;

  if (f->n_only > 0)
    {
      g_autoptr(GPtrArray) items = side_places (self, places, s, FALSE, ONLY_NAMED, &total);
      g_autoptr(GPtrArray) list = join_list (items, total);

      /* Translators: a sentence of the brief: a side ("India"), how many places no other
       * side visited, and some of them, "Abu Dhabi [2]; Addis Ababa [5]; and 27 more" */
      sentence = sentence_with_list (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                   "Only %s visited %u place: %s.",
                                                                   "Only %s visited %u places: %s.",
                                                                   total),
                                                      name, total, LIST_MARK),
                                     list);
    }
  else if (f->n_places > 0 && self->figures->len == 2)
    {
      const DlgBriefFigures *other = g_ptr_array_index (self->figures, 1 - s);
      g_autofree char *other_name = side_name (self, other->side);

      sentence = sentence_new ();
      /* Translators: a sentence of the brief: no place is one side's alone */
      add_part (sentence, g_strdup_printf (_("Every place %s visited, %s visited too."),
                                           name, other_name), NULL);
    }

  if (f->n_not_visited > 0)
    {
      g_autoptr(GPtrArray) items = side_places (self, places, s, TRUE, ONLY_NAMED, &total);
      g_autoptr(GPtrArray) list = join_list (items, total);
      g_autoptr(GPtrArray) planned = NULL;

      /* Translators: a sentence of the brief: a side, how many places it planned with no
       * visit in the dataset (absence of a record: not "did not visit"), and some of them */
      planned = sentence_with_list (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                  "%s planned %u place with "
                                                                  "no visit recorded: %s.",
                                                                  "%s planned %u places with "
                                                                  "no visit recorded: %s.",
                                                                  total),
                                                     name, total, LIST_MARK),
                                    list);
      if (sentence == NULL)
        sentence = sentence_new ();
      else
        add_part (sentence, g_strdup (" "), NULL);
      for (guint i = 0; i < planned->len; i++)
        {
          Part *part = g_ptr_array_index (planned, i);

          add_part (sentence, g_strdup (part->text), part->sources);
        }
    }
  return g_steal_pointer (&sentence);
}

static GPtrArray *
leaders_sentence (DlgBrief *self)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (part_free);
  for (guint s = 0; s < self->told; s++)
    {
      const DlgBriefFigures *f = g_ptr_array_index (self->figures, s);
      GListModel *delegations = dlg_side_get_delegations (f->side);
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (part_free);
      g_autoptr(GPtrArray) list = NULL;
      g_autofree char *name = side_name (self, f->side);
      guint total = 0;

      if (g_list_model_get_n_items (delegations) == 0)
        continue;
      for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
        {
          g_autoptr(DlgDelegation) d = g_list_model_get_item (delegations, i);
          DlgMember *leader = dlg_delegation_get_leader (d);
          g_autofree char *who = NULL;
          g_autofree char *label = NULL;
          g_autoptr(GPtrArray) sources = NULL;
          DlgRecord *cited;
          Part *item;

          if (leader == NULL || total++ >= LEADERS_NAMED)
            continue;
          /* who led is the delegation's fact (its "leader", data/FORMAT.md):
           * cited with the delegation's sources and marked with how sure
           * those sources make it, so that the mark is that of what is
           * cited.  Not the delegation's own mark: a disagreement on its
           * route (Group 2's, Group 5's) is none on who led it.  A
           * government names its delegations' leaders: an announcement,
           * which reports of it confirm.  A delegation without sources:
           * the leader's own record, cited and marked. */
          cited = DLG_RECORD (d);
          if (dlg_record_get_sources (cited) == NULL || dlg_record_get_sources (cited)[0] == NULL)
            cited = DLG_RECORD (leader);
          who = dataset_text (self, dlg_member_get_name (leader),
                              cited == DLG_RECORD (leader)
                              ? dlg_record_get_certainty (cited)
                              : _dlg_dataset_judge_full (self->dataset,
                                                         dlg_record_get_sources (cited),
                                                         FALSE, FALSE, TRUE));
          label = dataset_text (self, dlg_delegation_get_label (d), DLG_CERTAINTY_CONFIRMED);
          sources = g_ptr_array_new ();
          add_sources (sources, dlg_record_get_sources (cited));
          item = g_new0 (Part, 1);
          /* Translators: a leader and the delegation they led, "Shashi Tharoor (Group 5)" */
          item->text = g_strdup_printf (_("%s (%s)"), who, label);
          item->sources = g_steal_pointer (&sources);
          g_ptr_array_add (items, item);
        }
      if (groups->len > 0)
        /* Translators: between the sides in the brief's sentence on leaders */
        add_part (groups, g_strdup (_(". ")), NULL);
      if (total == 0)
        {
          /* Translators: in the brief's sentence on leaders: a side whose delegations name no
           * leader */
          add_part (groups, g_strdup_printf (_("%s: not known"), name), NULL);
          continue;
        }
      list = join_list (items, total);
      /* Translators: in the brief's sentence on leaders: a side and its leaders */
      add_part (groups, g_strdup_printf (_("%s: "), name), NULL);
      for (guint i = 0; i < list->len; i++)
        {
          Part *part = g_ptr_array_index (list, i);

          add_part (groups, g_strdup (part->text), part->sources);
        }
    }
  if (groups->len == 0)
    return NULL;
  /* Translators: a sentence of the brief: the delegations' leaders side by side, "Led by:
   * India: Shashi Tharoor (Group 5) [4]; …. Pakistan: …." */
  return sentence_with_list (g_strdup_printf (_("Led by: %s."), LIST_MARK), groups);
}

/* The sides not told one by one, named together */
static GPtrArray *
more_sides_sentence (DlgBrief *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (part_free);
  g_autoptr(GPtrArray) list = NULL;
  guint more = self->figures->len - self->told;

  for (guint s = self->told; s < self->figures->len && items->len < PLACES_NAMED; s++)
    {
      const DlgBriefFigures *f = g_ptr_array_index (self->figures, s);
      Part *item = g_new0 (Part, 1);

      item->text = side_name (self, f->side);
      g_ptr_array_add (items, item);
    }
  list = join_list (items, more);
  /* Translators: a sentence of the brief when a dataset has more than three sides */
  return sentence_with_list (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "The dataset compares %u more side: %s.",
                                                           "The dataset compares %u more sides: "
                                                           "%s.", more),
                                              more, LIST_MARK),
                             list);
}

static DlgBrief *
brief_new (DlgDataset *dataset,
           gboolean    isolate,
           gboolean    kept)
{
  GListModel *sides;
  DlgBrief *self;
  g_autoptr(GPtrArray) places = NULL;
  GPtrArray *sentence;
  guint n, told;

  self = g_new0 (DlgBrief, 1);
  self->kept = kept;
  self->dataset = kept ? dataset : g_object_ref (dataset);
  self->isolate = isolate;
  self->figures = g_ptr_array_new_with_free_func (g_free);
  self->sentences = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  sides = dlg_dataset_get_sides (dataset);
  n = g_list_model_get_n_items (sides);
  for (guint s = 0; s < n; s++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, s);
      DlgBriefFigures *f = g_new0 (DlgBriefFigures, 1);

      f->side = side;
      f->summary = dlg_side_get_summary (side);
      f->n_unsc = f->summary->n_unsc_visited;
      g_ptr_array_add (self->figures, f);
    }
  places = collect_places (self, sides);

  self->told = told = n <= SIDES_TOLD ? n : SIDES_TOLD - 1;
  for (guint s = 0; s < told; s++)
    g_ptr_array_add (self->sentences, counts_sentence (self, s));
  if (n > told)
    g_ptr_array_add (self->sentences, more_sides_sentence (self));
  g_ptr_array_add (self->sentences, shared_sentence (self, places));
  /* how many, where both sides were, who led: first, the questions a
   * reader comes with (a narrow screen shows little more); then what
   * only one side did, as far as room is left */
  if ((sentence = leaders_sentence (self)) != NULL)
    g_ptr_array_add (self->sentences, sentence);
  for (guint s = 0; s < told && self->sentences->len < MOST_SENTENCES; s++)
    if ((sentence = only_sentence (self, places, s)) != NULL)
      g_ptr_array_add (self->sentences, sentence);
  return self;
}

DlgBrief *
dlg_brief_new (DlgDataset *dataset,
               gboolean    isolate)
{
  g_return_val_if_fail (DLG_IS_DATASET (dataset), NULL);
  return brief_new (dataset, isolate, FALSE);
}

DlgBrief *
dlg_dataset_get_brief (DlgDataset *dataset)
{
  g_return_val_if_fail (DLG_IS_DATASET (dataset), NULL);

  if (g_once_init_enter (&dataset->brief))
    g_once_init_leave (&dataset->brief, brief_new (dataset, TRUE, TRUE));
  return dataset->brief;
}

void
dlg_brief_free (DlgBrief *brief)
{
  if (brief == NULL)
    return;
  g_ptr_array_unref (brief->sentences);
  g_ptr_array_unref (brief->figures);
  if (!brief->kept)
    g_object_unref (brief->dataset);
  g_free (brief);
}

guint
dlg_brief_get_n_sides (DlgBrief *brief)
{
  g_return_val_if_fail (brief != NULL, 0);
  return brief->figures->len;
}

const DlgBriefFigures *
dlg_brief_get_figures (DlgBrief *brief,
                       guint     side)
{
  g_return_val_if_fail (brief != NULL, NULL);
  g_return_val_if_fail (side < brief->figures->len, NULL);
  return g_ptr_array_index (brief->figures, side);
}

guint
dlg_brief_get_n_shared (DlgBrief *brief)
{
  g_return_val_if_fail (brief != NULL, 0);
  return brief->n_shared;
}

guint
dlg_brief_get_n_sentences (DlgBrief *brief)
{
  g_return_val_if_fail (brief != NULL, 0);
  return brief->sentences->len;
}

gboolean
dlg_brief_has_marks (DlgBrief *brief)
{
  g_return_val_if_fail (brief != NULL, FALSE);
  return brief->marks;
}

/* --- output --- */

static int
number_compare (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  DlgDataset *dataset = user_data;
  DlgSource *sa = dlg_dataset_lookup_source (dataset, *(const char * const *) a);
  DlgSource *sb = dlg_dataset_lookup_source (dataset, *(const char * const *) b);
  guint na = sa != NULL ? dlg_source_get_number (sa) : 0;
  guint nb = sb != NULL ? dlg_source_get_number (sb) : 0;

  return na < nb ? -1 : na > nb;
}

/* A part's sources in the dataset's order, NULL-terminated (borrowed) */
static GPtrArray *
sorted_sources (DlgBrief *brief,
                Part     *part)
{
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < part->sources->len; i++)
    g_ptr_array_add (ids, g_ptr_array_index (part->sources, i));
  g_ptr_array_sort_with_data (ids, number_compare, brief->dataset);
  g_ptr_array_add (ids, NULL);
  return ids;
}

char *
dlg_brief_get_sentence_full (DlgBrief *brief,
                             guint     i,
                             GArray   *numbers_at)
{
  GPtrArray *sentence;
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (brief != NULL, NULL);
  g_return_val_if_fail (i < brief->sentences->len, NULL);

  sentence = g_ptr_array_index (brief->sentences, i);
  for (guint k = 0; k < sentence->len; k++)
    {
      Part *part = g_ptr_array_index (sentence, k);

      g_string_append (text, part->text);
      if (part->sources != NULL)
        {
          g_autoptr(GPtrArray) ids = sorted_sources (brief, part);
          g_autofree char *numbers =
            dlg_dataset_source_numbers (brief->dataset, (const char * const *) ids->pdata);
          guint start;

          g_string_append_c (text, ' ');
          start = text->len;
          g_string_append (text, numbers);
          if (numbers_at != NULL)
            {
              guint end = text->len;

              g_array_append_val (numbers_at, start);
              g_array_append_val (numbers_at, end);
            }
        }
    }
  return g_string_free (text, FALSE);
}

char *
dlg_brief_get_sentence (DlgBrief *brief,
                        guint     i)
{
  return dlg_brief_get_sentence_full (brief, i, NULL);
}

/* The sources cited, numbered afresh in the order first cited: id ->
 * number, and the ids in that order */
static GHashTable *
number_citations (DlgBrief  *brief,
                  GPtrArray *order)
{
  GHashTable *numbers = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < brief->sentences->len; i++)
    {
      GPtrArray *sentence = g_ptr_array_index (brief->sentences, i);

      for (guint k = 0; k < sentence->len; k++)
        {
          Part *part = g_ptr_array_index (sentence, k);
          g_autoptr(GPtrArray) ids = NULL;

          if (part->sources == NULL)
            continue;
          ids = sorted_sources (brief, part);
          for (guint j = 0; j + 1 < ids->len; j++)
            {
              const char *id = g_ptr_array_index (ids, j);

              if (dlg_dataset_lookup_source (brief->dataset, id) == NULL ||
                  g_hash_table_contains (numbers, id))
                continue;
              g_ptr_array_add (order, (gpointer) id);
              g_hash_table_insert (numbers, (gpointer) id, GUINT_TO_POINTER (order->len));
            }
        }
    }
  return numbers;
}

/* The footnote numbers of a part's sources, ascending */
static GArray *
part_footnotes (DlgBrief   *brief,
                Part       *part,
                GHashTable *numbers)
{
  GArray *notes = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint j = 0; j < part->sources->len; j++)
    {
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (numbers, g_ptr_array_index (part->sources,
                                                                                    j)));

      if (n > 0)
        g_array_append_val (notes, n);
    }
  return notes;
}

static int
uint_compare (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* "Title, Publisher, 17 May 2025" (dataset text isolated when the brief is) */
static char *
source_text (DlgBrief  *brief,
             DlgSource *source)
{
  g_autoptr(GString) text = g_string_new (NULL);
  /* the date as the window writes it, "17 May 2025" */
  g_autofree char *date = dlg_format_date (dlg_source_get_date (source));
  const char *parts[] = { dlg_source_get_title (source), dlg_source_get_publisher (source),
                          date };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *shown = NULL;

      if (parts[i] == NULL)
        continue;
      if (text->len > 0)
        /* Translators: between a source's title, publisher and date in the brief's sources */
        g_string_append (text, _(", "));
      shown = brief->isolate ? dlg_text_isolate (parts[i]) : g_strdup (parts[i]);
      g_string_append (text, shown);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Takes text: without the isolates (FSI…PDI) */
static char *
strip_isolates (char *text)
{
  char *out = text;

  for (const char *p = text; *p != '\0'; )
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (c != 0x2068 && c != 0x2069)
        {
          memmove (out, p, next - p);
          out += next - p;
        }
      p = next;
    }
  *out = '\0';
  return text;
}

/* Escaped for HTML, the isolates (FSI…PDI) as <bdi> */
static void
append_html (GString    *html,
             const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  for (const char *p = escaped; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2068)
        g_string_append (html, "<bdi>");
      else if (c == 0x2069)
        g_string_append (html, "</bdi>");
      else
        g_string_append_len (html, p, g_utf8_next_char (p) - p);
    }
}

/* The sentences, each part's footnote numbers after it: " [1, 2]" in
 * text, "<sup>[<a href=…>1</a>, …]</sup>" in HTML */
static void
append_sentences (DlgBrief   *brief,
                  GHashTable *numbers,
                  GString    *out,
                  gboolean    html)
{
  for (guint i = 0; i < brief->sentences->len; i++)
    {
      GPtrArray *sentence = g_ptr_array_index (brief->sentences, i);

      if (i > 0)
        g_string_append_c (out, ' ');
      for (guint k = 0; k < sentence->len; k++)
        {
          Part *part = g_ptr_array_index (sentence, k);
          g_autoptr(GArray) notes = NULL;

          if (html)
            append_html (out, part->text);
          else
            g_string_append (out, part->text);
          if (part->sources == NULL)
            continue;
          notes = part_footnotes (brief, part, numbers);
          g_array_sort (notes, uint_compare);
          if (notes->len == 0)
            continue;
          g_string_append (out, html ? "<sup>[" : " [");
          for (guint j = 0; j < notes->len; j++)
            {
              guint n = g_array_index (notes, guint, j);

              if (html)
                g_string_append_printf (out, "%s<a href=\"#source-%u\">%u</a>",
                                        j > 0 ? _(", ") : "", n, n);
              else
                g_string_append_printf (out, "%s%u", j > 0 ? _(", ") : "", n);
            }
          g_string_append (out, html ? "]</sup>" : "]");
        }
    }
}

char *
dlg_brief_to_plain_text (DlgBrief *brief)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GHashTable) numbers = NULL;
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (brief != NULL, NULL);

  numbers = number_citations (brief, order);
  append_sentences (brief, numbers, text, FALSE);
  if (brief->marks)
    {
      g_autofree char *legend = dlg_certainty_legend ();

      g_string_append_printf (text, "\n\n%s", legend);
    }
  if (order->len > 0)
    {
      /* Translators: heads the list of sources under the brief copied to the clipboard */
      g_string_append_printf (text, "\n\n%s\n", _("Sources:"));
      for (guint i = 0; i < order->len; i++)
        {
          DlgSource *source = dlg_dataset_lookup_source (brief->dataset,
                                                         g_ptr_array_index (order, i));
          g_autofree char *line = source_text (brief, source);

          g_string_append_printf (text, "[%u] %s", i + 1, line);
          if (dlg_source_get_url (source) != NULL)
            g_string_append_printf (text, "%s%s", _(", "), dlg_source_get_url (source));
          g_string_append_c (text, '\n');
        }
    }
  /* pasted as plain text, the isolates would be invisible characters in
   * a story or a cable: dropped (the HTML keeps them as <bdi>) */
  return strip_isolates (g_string_free (text, FALSE));
}


char *
dlg_brief_to_html (DlgBrief *brief)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GHashTable) numbers = NULL;
  GString *html = g_string_new ("<p>");

  g_return_val_if_fail (brief != NULL, NULL);

  numbers = number_citations (brief, order);
  append_sentences (brief, numbers, html, TRUE);
  g_string_append (html, "</p>\n");
  if (brief->marks)
    {
      g_autofree char *legend = dlg_certainty_legend ();

      g_string_append (html, "<p>");
      append_html (html, legend);
      g_string_append (html, "</p>\n");
    }
  if (order->len > 0)
    {
      g_string_append (html, "<p>");
      append_html (html, _("Sources:"));
      g_string_append (html, "</p>\n<ol>\n");
      for (guint i = 0; i < order->len; i++)
        {
          DlgSource *source = dlg_dataset_lookup_source (brief->dataset,
                                                         g_ptr_array_index (order, i));
          g_autofree char *line = source_text (brief, source);
          const char *url = dlg_source_get_url (source);

          g_string_append_printf (html, "<li id=\"source-%u\">", i + 1);
          append_html (html, line);
          if (url != NULL)
            {
              g_autofree char *href = g_markup_escape_text (url, -1);

              append_html (html, _(", "));
              g_string_append_printf (html, "<a href=\"%s\">%s</a>", href, href);
            }
          g_string_append (html, "</li>\n");
        }
      g_string_append (html, "</ol>\n");
    }
  return g_string_free (html, FALSE);
}
