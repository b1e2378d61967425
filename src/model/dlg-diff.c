/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-diff"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-diff.h"
#include "dlg-model-private.h"
#include "dlg-text.h"

struct _DlgDiff
{
  GObject parent_instance;

  DlgDataset *old_dataset;
  DlgDataset *new_dataset;
  DlgList *changes;
};

G_DEFINE_FINAL_TYPE (DlgDiff, dlg_diff, G_TYPE_OBJECT)

/* Where a change goes in the list */
typedef struct
{
  guint side_rank;
  guint delegation_rank;
  guint seq;
  DlgChange *change;
} Ranked;

/* The kinds of object matched by id, then by name */
typedef enum
{
  ITEM_SOURCE,
  ITEM_SIDE,
  ITEM_DELEGATION,
  ITEM_MEMBER,
  ITEM_STOP,
} ItemKind;

typedef struct
{
  DlgDataset *old_dataset;
  DlgDataset *new_dataset;
  /* id → object, one table per ItemKind */
  GHashTable *old_ids[ITEM_STOP + 1];
  GHashTable *new_ids[ITEM_STOP + 1];
  GArray *changes;
  /* where changes being made go */
  const char *side_id;
  const char *side_name;
  const char *delegation_id;
  const char *delegation_label;
  guint side_rank;
  guint delegation_rank;
  /* what the changes being made are about */
  gpointer object;
} Diff;

/* Far enough for removed sides and delegations to follow the others */
#define REMOVED_RANK 0x40000000u

static const char *
item_id (ItemKind kind,
         gpointer item)
{
  return kind == ITEM_SOURCE ? dlg_source_get_id (item) : dlg_record_get_id (item);
}

static const char *
item_name (ItemKind kind,
           gpointer item)
{
  switch (kind)
    {
    case ITEM_SOURCE: return dlg_source_get_title (item);
    case ITEM_SIDE: return dlg_side_get_name (item);
    case ITEM_DELEGATION: return dlg_delegation_get_label (item);
    case ITEM_MEMBER: return dlg_member_get_name (item);
    case ITEM_STOP: return dlg_destination_get_key (item);
    default: g_assert_not_reached ();
    }
}

/* What a change calls the object */
static const char *
item_subject (ItemKind kind,
              gpointer item)
{
  return kind == ITEM_STOP ? dlg_destination_get_place_label (item) : item_name (kind, item);
}

static void
add_change (Diff               *diff,
            DlgChangeKind       kind,
            const char         *subject_id,
            const char         *subject,
            const char         *field,
            const char         *old_value,
            const char         *new_value,
            const char * const *sources)
{
  Ranked ranked;

  ranked.side_rank = diff->side_rank;
  ranked.delegation_rank = diff->delegation_rank;
  ranked.seq = diff->changes->len;
  ranked.change = _dlg_change_new (kind, diff->side_id, diff->side_name, diff->delegation_id,
                                   diff->delegation_label, diff->object, subject_id,
                                   subject, field, old_value, new_value, sources);
  g_array_append_val (diff->changes, ranked);
}

static void
compare_text (Diff               *diff,
              DlgChangeKind       kind,
              const char         *subject_id,
              const char         *subject,
              const char         *field,
              const char         *old_value,
              const char         *new_value,
              const char * const *sources)
{
  if (g_strcmp0 (old_value != NULL ? old_value : "", new_value != NULL ? new_value : "") != 0)
    add_change (diff, kind, subject_id, subject, field, old_value, new_value, sources);
}

static char *
join_ids (const char * const *ids)
{
  return ids != NULL ? g_strjoinv (", ", (GStrv) ids) : g_strdup ("");
}

/* Notes or disagreements as one text: each note's text with its
 * sources, one a line */
static char *
notes_text (GPtrArray *notes)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; notes != NULL && i < notes->len; i++)
    {
      DlgNote *note = g_ptr_array_index (notes, i);
      g_autofree char *ids = join_ids (dlg_note_get_sources (note));

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, dlg_note_get_text (note));
      if (ids[0] != '\0')
        g_string_append_printf (text, " [%s]", ids);
    }
  return g_string_free (text, FALSE);
}

/* Every source the notes cite, once each (in the order first cited),
 * for what the change rests on */
static GStrv
notes_sources (GPtrArray *notes)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; notes != NULL && i < notes->len; i++)
    {
      const char * const *ids = dlg_note_get_sources (g_ptr_array_index (notes, i));

      for (guint j = 0; ids != NULL && ids[j] != NULL; j++)
        if (g_hash_table_add (seen, (gpointer) ids[j]))
          g_strv_builder_add (builder, ids[j]);
    }
  return g_strv_builder_end (builder);
}

static gboolean
same_ids (const char * const *a,
          const char * const *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || a[0] == NULL) && (b == NULL || b[0] == NULL);
  return g_strv_equal (a, b);
}

static void
compare_notes (Diff          *diff,
               DlgChangeKind  kind,
               const char    *id,
               const char    *subject,
               const char    *field,
               GPtrArray     *old_notes,
               GPtrArray     *new_notes)
{
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;

  /* most records have none: nothing to write out */
  if ((old_notes == NULL || old_notes->len == 0) && (new_notes == NULL || new_notes->len == 0))
    return;
  old_text = notes_text (old_notes);
  new_text = notes_text (new_notes);
  if (!g_str_equal (old_text, new_text))
    {
      g_auto(GStrv) cited = notes_sources (new_notes);

      add_change (diff, kind, id, subject, field, old_text, new_text,
                  (const char * const *) cited);
    }
}

/* What every record has: its sources, notes and disagreements */
static void
compare_record (Diff       *diff,
                DlgRecord  *old_record,
                DlgRecord  *new_record,
                const char *subject)
{
  const char *id = dlg_record_get_id (new_record);
  const char * const *sources = dlg_record_get_sources (new_record);

  if (!same_ids (dlg_record_get_sources (old_record), sources))
    {
      g_autofree char *old_sources = join_ids (dlg_record_get_sources (old_record));
      g_autofree char *new_sources = join_ids (sources);

      add_change (diff, DLG_CHANGE_SOURCES_CHANGED, id, subject, "sources", old_sources,
                  new_sources, sources);
    }
  compare_notes (diff, DLG_CHANGE_NOTES_CHANGED, id, subject, "notes",
                 dlg_record_get_notes (old_record), dlg_record_get_notes (new_record));
  compare_notes (diff, DLG_CHANGE_DISAGREEMENTS_CHANGED, id, subject, "disagreements",
                 dlg_record_get_disagreements (old_record),
                 dlg_record_get_disagreements (new_record));
}

/* "Paris: attended; London: not known": what the file says of the
 * member at each stop of the route */
static char *
attendance_text (DlgMember *member)
{
  GString *text = g_string_new (NULL);
  GPtrArray *route = dlg_member_get_route (member);
  GPtrArray *lists[] = { route, dlg_member_get_missed (member),
                         dlg_member_get_not_known (member) };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l] != NULL && i < lists[l]->len; i++)
      {
        DlgDestination *stop = g_ptr_array_index (lists[l], i);
        const char * const *sources = NULL;
        DlgCertainty certainty;
        DlgAttendance attendance;

        /* the route holds the stops the member went with; say each
         * stop once */
        if (l > 0 && g_ptr_array_find (route, stop, NULL))
          continue;
        attendance = dlg_member_get_attendance (member, stop, &sources, &certainty);
        if (text->len > 0)
          g_string_append (text, "; ");
        g_string_append_printf (text, "%s: %s", dlg_destination_get_place_label (stop),
                                dlg_attendance_to_label (attendance));
      }
  return g_string_free (text, FALSE);
}

static void
compare_member (Diff      *diff,
                DlgMember *old_member,
                DlgMember *new_member)
{
  const char *id = dlg_record_get_id (DLG_RECORD (new_member));
  const char *name = dlg_member_get_name (new_member);
  const char * const *sources = dlg_record_get_sources (DLG_RECORD (new_member));

  diff->object = new_member;

#define MEMBER_FIELD(field, old_value, new_value) \
  compare_text (diff, DLG_CHANGE_MEMBER_CHANGED, id, name, field, old_value, new_value, sources)
/* an enum's label, made only when the values differ */
#define MEMBER_ENUM(field, old_value, new_value, to_label) \
  if ((old_value) != (new_value)) \
    add_change (diff, DLG_CHANGE_MEMBER_CHANGED, id, name, field, to_label (old_value), \
                to_label (new_value), sources)

  MEMBER_FIELD ("name", dlg_member_get_name (old_member), name);
  MEMBER_FIELD ("delegation", dlg_member_get_delegation_label (old_member),
                dlg_member_get_delegation_label (new_member));
  MEMBER_ENUM ("status", dlg_member_get_status (old_member), dlg_member_get_status (new_member),
               dlg_member_status_to_label);
  MEMBER_FIELD ("role", dlg_member_get_role (old_member), dlg_member_get_role (new_member));
  MEMBER_ENUM ("role_kind", dlg_member_get_role_kind (old_member),
               dlg_member_get_role_kind (new_member), dlg_role_kind_to_label);
  MEMBER_FIELD ("party", dlg_member_get_party (old_member), dlg_member_get_party (new_member));
  MEMBER_ENUM ("membership", dlg_member_get_membership (old_member),
               dlg_member_get_membership (new_member), dlg_membership_to_label);
  MEMBER_ENUM ("certainty", dlg_record_get_certainty (DLG_RECORD (old_member)),
               dlg_record_get_certainty (DLG_RECORD (new_member)), dlg_certainty_to_label);
#undef MEMBER_FIELD
#undef MEMBER_ENUM

  /* Who went where: told only where a version says it stop by stop,
   * else every stop added to a route would change every member */
  if (dlg_member_has_legs (old_member) || dlg_member_has_legs (new_member))
    {
      g_autofree char *old_text = attendance_text (old_member);
      g_autofree char *new_text = attendance_text (new_member);
      const char * const *legs_sources = dlg_member_get_legs_sources (new_member);

      compare_text (diff, DLG_CHANGE_MEMBER_CHANGED, id, name, "attendance", old_text, new_text,
                    legs_sources != NULL && legs_sources[0] != NULL ? legs_sources : sources);
    }
  compare_record (diff, DLG_RECORD (old_member), DLG_RECORD (new_member), name);
}

static char *
stop_dates (DlgDestination *stop)
{
  char *text = dlg_format_dates (dlg_destination_get_from (stop), dlg_destination_get_to (stop),
                                 dlg_destination_get_dates_approximate (stop));

  return text != NULL ? text : g_strdup ("");
}

static void
compare_stop (Diff           *diff,
              DlgDestination *old_stop,
              DlgDestination *new_stop)
{
  const char *id = dlg_record_get_id (DLG_RECORD (new_stop));
  const char *label = dlg_destination_get_place_label (new_stop);
  const char * const *sources = dlg_record_get_sources (DLG_RECORD (new_stop));
  DlgVisitStatus old_status = dlg_destination_get_status (old_stop);
  DlgVisitStatus new_status = dlg_destination_get_status (new_stop);
  DlgCertainty old_certainty = dlg_record_get_certainty (DLG_RECORD (old_stop));
  DlgCertainty new_certainty = dlg_record_get_certainty (DLG_RECORD (new_stop));
  g_autofree char *old_dates = stop_dates (old_stop);
  g_autofree char *new_dates = stop_dates (new_stop);

  diff->object = new_stop;
  if (old_status != new_status)
    add_change (diff,
                new_status == DLG_VISIT_STATUS_PLANNED_NOT_VISITED ?
                  DLG_CHANGE_STOP_NOT_VISITED : DLG_CHANGE_STOP_CHANGED,
                id, label, "status", dlg_visit_status_to_label (old_status),
                dlg_visit_status_to_label (new_status), sources);
  if (old_certainty != new_certainty)
    add_change (diff,
                new_certainty < old_certainty ?
                  DLG_CHANGE_STOP_CONFIRMED : DLG_CHANGE_STOP_CERTAINTY_CHANGED,
                id, label, "certainty", dlg_certainty_to_label (old_certainty),
                dlg_certainty_to_label (new_certainty), sources);
  if (!g_str_equal (old_dates, new_dates))
    {
      const char * const *dates_sources = dlg_destination_get_dates_sources (new_stop);

      add_change (diff, DLG_CHANGE_STOP_DATES_MOVED, id, label, "dates", old_dates, new_dates,
                  dates_sources != NULL && dates_sources[0] != NULL ? dates_sources : sources);
    }
  compare_record (diff, DLG_RECORD (old_stop), DLG_RECORD (new_stop), label);
}

static void
compare_source (Diff      *diff,
                DlgSource *old_source,
                DlgSource *new_source)
{
  const char *id = dlg_source_get_id (new_source);
  const char *title = dlg_source_get_title (new_source);
  const char *sources[] = { id, NULL };

  diff->object = new_source;
#define SOURCE_FIELD(field, getter) \
  compare_text (diff, DLG_CHANGE_SOURCE_CHANGED, id, title, field, getter (old_source), \
                getter (new_source), sources)

  SOURCE_FIELD ("title", dlg_source_get_title);
  SOURCE_FIELD ("publisher", dlg_source_get_publisher);
  SOURCE_FIELD ("date", dlg_source_get_date);
  SOURCE_FIELD ("url", dlg_source_get_url);
#undef SOURCE_FIELD
}

static void compare_items (Diff       *diff,
                           ItemKind    kind,
                           GListModel *old_items,
                           GListModel *new_items);

static char *
delegation_dates (DlgDelegation *delegation)
{
  return dlg_format_dates (dlg_delegation_get_from (delegation),
                           dlg_delegation_get_to (delegation),
                           dlg_delegation_get_dates_approximate (delegation));
}

static void
compare_delegation (Diff          *diff,
                    DlgDelegation *old_delegation,
                    DlgDelegation *new_delegation)
{
  const char *id = dlg_record_get_id (DLG_RECORD (new_delegation));
  const char *label = dlg_delegation_get_label (new_delegation);
  const char * const *sources = dlg_record_get_sources (DLG_RECORD (new_delegation));
  DlgMember *old_leader = dlg_delegation_get_leader (old_delegation);
  DlgMember *new_leader = dlg_delegation_get_leader (new_delegation);
  g_autofree char *old_dates = delegation_dates (old_delegation);
  g_autofree char *new_dates = delegation_dates (new_delegation);

  diff->object = new_delegation;
  compare_text (diff, DLG_CHANGE_DELEGATION_CHANGED, id, label, "label",
                dlg_delegation_get_label (old_delegation), label, sources);
  /* another person leads it: a leader renamed is the member's change,
   * a leader whose id changed is still the same person */
  if ((old_leader == NULL) != (new_leader == NULL) ||
      (old_leader != NULL &&
       g_strcmp0 (dlg_record_get_id (DLG_RECORD (old_leader)),
                  dlg_record_get_id (DLG_RECORD (new_leader))) != 0 &&
       g_strcmp0 (dlg_member_get_name (old_leader), dlg_member_get_name (new_leader)) != 0))
    add_change (diff, DLG_CHANGE_DELEGATION_CHANGED, id, label, "leader",
                old_leader != NULL ? dlg_member_get_name (old_leader) : NULL,
                new_leader != NULL ? dlg_member_get_name (new_leader) : NULL, sources);
  compare_text (diff, DLG_CHANGE_DELEGATION_CHANGED, id, label, "dates", old_dates, new_dates,
                sources);
  compare_record (diff, DLG_RECORD (old_delegation), DLG_RECORD (new_delegation), label);
  compare_items (diff, ITEM_MEMBER, dlg_delegation_get_members (old_delegation),
                 dlg_delegation_get_members (new_delegation));
  compare_items (diff, ITEM_STOP, dlg_delegation_get_destinations (old_delegation),
                 dlg_delegation_get_destinations (new_delegation));
}

static void
compare_side (Diff    *diff,
              DlgSide *old_side,
              DlgSide *new_side)
{
  const char *id = dlg_record_get_id (DLG_RECORD (new_side));
  const char *name = dlg_side_get_name (new_side);

  diff->object = new_side;
  compare_text (diff, DLG_CHANGE_SIDE_CHANGED, id, name, "name", dlg_side_get_name (old_side),
                name, dlg_record_get_sources (DLG_RECORD (new_side)));
  compare_record (diff, DLG_RECORD (old_side), DLG_RECORD (new_side), name);
  compare_items (diff, ITEM_DELEGATION, dlg_side_get_delegations (old_side),
                 dlg_side_get_delegations (new_side));
}

static const DlgChangeKind added_kinds[] = {
  DLG_CHANGE_SOURCE_ADDED, DLG_CHANGE_SIDE_ADDED, DLG_CHANGE_DELEGATION_ADDED,
  DLG_CHANGE_MEMBER_ADDED, DLG_CHANGE_STOP_ADDED,
};
static const DlgChangeKind removed_kinds[] = {
  DLG_CHANGE_SOURCE_REMOVED, DLG_CHANGE_SIDE_REMOVED, DLG_CHANGE_DELEGATION_REMOVED,
  DLG_CHANGE_MEMBER_REMOVED, DLG_CHANGE_STOP_REMOVED,
};

/* Where changes about a side or a delegation go: their names, and
 * their place in the new version (removed ones after the rest) */
static void
enter (Diff     *diff,
       ItemKind  kind,
       gpointer  item,
       guint     rank)
{
  if (kind == ITEM_SIDE)
    {
      diff->side_id = dlg_record_get_id (item);
      diff->side_name = dlg_side_get_name (item);
      diff->side_rank = rank;
      diff->delegation_id = NULL;
      diff->delegation_label = NULL;
      diff->delegation_rank = 0;
    }
  else if (kind == ITEM_DELEGATION)
    {
      diff->delegation_id = dlg_record_get_id (item);
      diff->delegation_label = dlg_delegation_get_label (item);
      diff->delegation_rank = rank;
    }
}

static void
compare_pair (Diff     *diff,
              ItemKind  kind,
              gpointer  old_item,
              gpointer  new_item)
{
  switch (kind)
    {
    case ITEM_SOURCE: compare_source (diff, old_item, new_item); break;
    case ITEM_SIDE: compare_side (diff, old_item, new_item); break;
    case ITEM_DELEGATION: compare_delegation (diff, old_item, new_item); break;
    case ITEM_MEMBER: compare_member (diff, old_item, new_item); break;
    case ITEM_STOP: compare_stop (diff, old_item, new_item); break;
    default: g_assert_not_reached ();
    }
}

/* What an added item rests on: its sources; a source itself */
static const char * const *
item_sources (ItemKind     kind,
              gpointer     item,
              const char **own)
{
  own[0] = item_id (kind, item);
  own[1] = NULL;
  return kind == ITEM_SOURCE ? own : dlg_record_get_sources (item);
}

static void
free_queue (gpointer queue)
{
  g_queue_free (queue);
}

/* Matches the items of two lists (a delegation's members in both
 * versions...): by id anywhere in the dataset, else by name among the
 * old items whose id is gone; reports the pairs' changes, the items
 * added and those removed.  One pass over each list. */
static void
compare_items (Diff       *diff,
               ItemKind    kind,
               GListModel *old_items,
               GListModel *new_items)
{
  /* name → GQueue of the old items of that name, in order: a route
   * that visits one place twice matches each visit in turn */
  g_autoptr(GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         free_queue);
  g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);
  guint n_old = g_list_model_get_n_items (old_items);
  guint n_new = g_list_model_get_n_items (new_items);
  const char *side_id = diff->side_id, *side_name = diff->side_name;
  const char *delegation_id = diff->delegation_id;
  const char *delegation_label = diff->delegation_label;
  guint side_rank = diff->side_rank, delegation_rank = diff->delegation_rank;
  gpointer object = diff->object;

  for (guint i = 0; i < n_old; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (old_items, i);
      const char *id = item_id (kind, item);
      const char *name = item_name (kind, item);

      if ((id == NULL || !g_hash_table_contains (diff->new_ids[kind], id)) && name != NULL)
        {
          GQueue *queue = g_hash_table_lookup (by_name, name);

          if (queue == NULL)
            g_hash_table_insert (by_name, (char *) name, queue = g_queue_new ());
          g_queue_push_tail (queue, item);
        }
    }

  for (guint i = 0; i < n_new; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (new_items, i);
      const char *id = item_id (kind, item);
      const char *own[2];
      const char *name = item_name (kind, item);
      gpointer old_item = id != NULL ? g_hash_table_lookup (diff->old_ids[kind], id) : NULL;

      GQueue *queue = old_item == NULL && name != NULL ?
                      g_hash_table_lookup (by_name, name) : NULL;

      enter (diff, kind, item, i + 1);
      diff->object = item;
      if (queue != NULL && (old_item = g_queue_pop_head (queue)) != NULL)
        {
          const char *old_id = item_id (kind, old_item);

          g_hash_table_add (taken, old_item);
          if (g_strcmp0 (old_id, id) != 0)
            add_change (diff, DLG_CHANGE_ID_CHANGED, id, item_subject (kind, item), "id",
                        old_id, id, item_sources (kind, item, own));
        }
      if (old_item != NULL)
        compare_pair (diff, kind, old_item, item);
      else
        add_change (diff, added_kinds[kind], id, item_subject (kind, item), NULL, NULL,
                    NULL, item_sources (kind, item, own));
    }

  for (guint i = 0; i < n_old; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (old_items, i);
      const char *id = item_id (kind, item);

      if ((id != NULL && g_hash_table_contains (diff->new_ids[kind], id)) ||
          g_hash_table_contains (taken, item))
        continue;
      enter (diff, kind, item, REMOVED_RANK + i);
      diff->object = item;
      add_change (diff, removed_kinds[kind], id, item_subject (kind, item), NULL, NULL, NULL,
                  NULL);
    }

  diff->side_id = side_id;
  diff->side_name = side_name;
  diff->delegation_id = delegation_id;
  diff->delegation_label = delegation_label;
  diff->side_rank = side_rank;
  diff->delegation_rank = delegation_rank;
  diff->object = object;
}

static void
index_list (GHashTable *table,
            ItemKind    kind,
            GListModel *items)
{
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      const char *id = item_id (kind, item);

      if (id != NULL)
        g_hash_table_insert (table, (char *) id, item);
    }
}

static void
index_dataset (GHashTable **tables,
               DlgDataset  *dataset)
{
  GListModel *sides = dlg_dataset_get_sides (dataset);
  guint n = g_list_model_get_n_items (sides);

  for (guint i = 0; i <= ITEM_STOP; i++)
    tables[i] = g_hash_table_new (g_str_hash, g_str_equal);
  index_list (tables[ITEM_SOURCE], ITEM_SOURCE, dlg_dataset_get_sources (dataset));
  index_list (tables[ITEM_SIDE], ITEM_SIDE, sides);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, i);

      index_list (tables[ITEM_DELEGATION], ITEM_DELEGATION, dlg_side_get_delegations (side));
      index_list (tables[ITEM_MEMBER], ITEM_MEMBER, dlg_side_get_members (side));
      index_list (tables[ITEM_STOP], ITEM_STOP, dlg_side_get_destinations (side));
    }
}

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = a, *rb = b;
  DlgChangeKind ka = dlg_change_get_kind (ra->change);
  DlgChangeKind kb = dlg_change_get_kind (rb->change);

  if (ra->side_rank != rb->side_rank)
    return ra->side_rank < rb->side_rank ? -1 : 1;
  if (ra->delegation_rank != rb->delegation_rank)
    return ra->delegation_rank < rb->delegation_rank ? -1 : 1;
  if (ka != kb)
    return ka < kb ? -1 : 1;
  return ra->seq < rb->seq ? -1 : ra->seq > rb->seq;
}

static void
dlg_diff_finalize (GObject *object)
{
  DlgDiff *self = DLG_DIFF (object);

  g_clear_object (&self->old_dataset);
  g_clear_object (&self->new_dataset);
  g_clear_object (&self->changes);

  G_OBJECT_CLASS (dlg_diff_parent_class)->finalize (object);
}

static void
dlg_diff_class_init (DlgDiffClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dlg_diff_finalize;
}

static void
dlg_diff_init (DlgDiff *self)
{
  self->changes = dlg_list_new (DLG_TYPE_CHANGE);
}

DlgDiff *
dlg_diff_new (DlgDataset *old_dataset,
              DlgDataset *new_dataset)
{
  DlgDiff *self;
  Diff diff = { 0 };

  g_return_val_if_fail (DLG_IS_DATASET (old_dataset), NULL);
  g_return_val_if_fail (DLG_IS_DATASET (new_dataset), NULL);

  self = g_object_new (DLG_TYPE_DIFF, NULL);
  self->old_dataset = g_object_ref (old_dataset);
  self->new_dataset = g_object_ref (new_dataset);

  diff.old_dataset = old_dataset;
  diff.new_dataset = new_dataset;
  diff.changes = g_array_new (FALSE, FALSE, sizeof (Ranked));
  index_dataset (diff.old_ids, old_dataset);
  index_dataset (diff.new_ids, new_dataset);

  diff.object = new_dataset;
  compare_record (&diff, DLG_RECORD (old_dataset), DLG_RECORD (new_dataset),
                  dlg_dataset_get_title (new_dataset));
  compare_items (&diff, ITEM_SOURCE, dlg_dataset_get_sources (old_dataset),
                 dlg_dataset_get_sources (new_dataset));
  compare_items (&diff, ITEM_SIDE, dlg_dataset_get_sides (old_dataset),
                 dlg_dataset_get_sides (new_dataset));

  g_array_sort (diff.changes, compare_ranked);
  for (guint i = 0; i < diff.changes->len; i++)
    {
      Ranked *ranked = &g_array_index (diff.changes, Ranked, i);

      dlg_list_append (self->changes, ranked->change);
      g_object_unref (ranked->change);
    }
  g_array_unref (diff.changes);
  for (guint i = 0; i <= ITEM_STOP; i++)
    {
      g_hash_table_unref (diff.old_ids[i]);
      g_hash_table_unref (diff.new_ids[i]);
    }
  return self;
}

DlgDataset *
dlg_diff_get_old_dataset (DlgDiff *self)
{
  g_return_val_if_fail (DLG_IS_DIFF (self), NULL);
  return self->old_dataset;
}

DlgDataset *
dlg_diff_get_new_dataset (DlgDiff *self)
{
  g_return_val_if_fail (DLG_IS_DIFF (self), NULL);
  return self->new_dataset;
}

GListModel *
dlg_diff_get_changes (DlgDiff *self)
{
  g_return_val_if_fail (DLG_IS_DIFF (self), NULL);
  return G_LIST_MODEL (self->changes);
}

guint
dlg_diff_get_n_changes (DlgDiff *self)
{
  g_return_val_if_fail (DLG_IS_DIFF (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->changes));
}
