/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-member-list"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlg-member-list.h"

/* GTK 4.8's sort and filter list models were the floor of a big table:
 * a sort under the filter re-filtered every member, the filter fetched
 * members by position from a tree-backed store and found its rows in a
 * bitset.  Here a row is two array lookups. */
struct _DlgMemberList
{
  GObject parent_instance;

  GPtrArray *members;           /* DlgMember, the dataset's order */
  GtkFilter *filter;

  /* Sorted indexes into members, made the first time they are asked
   * for: [field][descending] */
  guint *orders[DLG_N_MEMBER_FIELDS][2];
  const guint *order;           /* NULL: the dataset's order */

  guint8 *matched;              /* what the filter said, per member */
  guint *shown;                 /* indexes into members, in order */
  guint n_shown;

  guint pending;                /* an idle that shows the filter's change */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DlgMemberList, dlg_member_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
dlg_member_list_get_item_type (GListModel *model)
{
  return DLG_TYPE_MEMBER;
}

static guint
dlg_member_list_get_n_items (GListModel *model)
{
  return DLG_MEMBER_LIST (model)->n_shown;
}

static gpointer
dlg_member_list_get_item (GListModel *model,
                          guint       position)
{
  DlgMemberList *self = DLG_MEMBER_LIST (model);

  if (position >= self->n_shown)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->members, self->shown[position]));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = dlg_member_list_get_item_type;
  iface->get_n_items = dlg_member_list_get_n_items;
  iface->get_item = dlg_member_list_get_item;
}

/* --- the rows shown --- */

/* The rows the order and the filter's answers make, n_shown of them */
static guint *
make_shown (DlgMemberList *self,
            guint         *n_shown)
{
  guint n = self->members->len;
  guint *shown = g_new (guint, MAX (n, 1));

  *n_shown = 0;
  for (guint i = 0; i < n; i++)
    {
      guint m = self->order != NULL ? self->order[i] : i;

      if (self->matched[m])
        shown[(*n_shown)++] = m;
    }
  return shown;
}

/* The rows kept at the start and at the end when shown replaces the rows
 * shown now */
static void
kept_rows (DlgMemberList *self,
           const guint   *shown,
           guint          n_shown,
           guint         *head,
           guint         *tail)
{
  guint old_n = self->n_shown;

  *head = *tail = 0;
  while (*head < old_n && *head < n_shown && self->shown[*head] == shown[*head])
    (*head)++;
  while (*tail < old_n - *head && *tail < n_shown - *head &&
         self->shown[old_n - 1 - *tail] == shown[n_shown - 1 - *tail])
    (*tail)++;
}

/* Shows the rows (taking them), and tells the views the one stretch that
 * changed: rows kept at both ends stay bound. */
static void
show (DlgMemberList *self,
      guint         *shown,
      guint          n_shown)
{
  guint old_n = self->n_shown;
  guint head, tail;

  kept_rows (self, shown, n_shown, &head, &tail);
  g_free (self->shown);
  self->shown = shown;
  self->n_shown = n_shown;
  if (head != old_n || head != n_shown)
    g_list_model_items_changed (G_LIST_MODEL (self), head, old_n - head - tail,
                                n_shown - head - tail);
}

static void
update_shown (DlgMemberList *self)
{
  guint n_shown;
  guint *shown = make_shown (self, &n_shown);

  show (self, shown, n_shown);
}

/* Asks the filter again about the members its change can concern: a
 * stricter filter only about those it kept, a looser one only about those
 * it dropped. */
static void
refilter (DlgMemberList   *self,
          GtkFilterChange  change)
{
  GtkFilterMatch strictness = self->filter != NULL ?
                              gtk_filter_get_strictness (self->filter) : GTK_FILTER_MATCH_ALL;

  for (guint i = 0; i < self->members->len; i++)
    {
      if (strictness != GTK_FILTER_MATCH_SOME)
        self->matched[i] = strictness == GTK_FILTER_MATCH_ALL;
      else if ((change == GTK_FILTER_CHANGE_MORE_STRICT && !self->matched[i]) ||
               (change == GTK_FILTER_CHANGE_LESS_STRICT && self->matched[i]))
        continue;
      else
        self->matched[i] = gtk_filter_match (self->filter,
                                             g_ptr_array_index (self->members, i));
    }
}

/* Two tables that show a big change in one main loop turn cost GTK 4.8
 * the teardown (or the making and layout) of both tables' rows in that
 * turn: a search or "Confirmed facts only" that empties both tables went
 * over 100 ms at 100 000 members.  The first list to change many rows in
 * a turn shows it at once; another waits for an idle turn after the next
 * frame (the window's lists live in the main thread).  A change of a few
 * rows is shown at once. */
#define BIG_CHANGE 100

static gboolean turn_taken;

static gboolean
turn_end_cb (gpointer user_data)
{
  turn_taken = FALSE;
  return G_SOURCE_REMOVE;
}

static void
take_turn (void)
{
  if (!turn_taken)
    g_idle_add_full (G_PRIORITY_HIGH, turn_end_cb, NULL, NULL);
  turn_taken = TRUE;
}

static gboolean
show_pending_cb (gpointer user_data)
{
  DlgMemberList *self = user_data;

  if (turn_taken)
    return G_SOURCE_CONTINUE;
  self->pending = 0;
  take_turn ();
  update_shown (self);
  return G_SOURCE_REMOVE;
}

static void
filter_changed_cb (GtkFilter       *filter,
                   GtkFilterChange  change,
                   DlgMemberList   *self)
{
  guint *shown;
  guint n_shown, head, tail;
  gboolean big;

  refilter (self, change);
  if (self->pending != 0)
    return;
  shown = make_shown (self, &n_shown);
  kept_rows (self, shown, n_shown, &head, &tail);
  big = MAX (self->n_shown, n_shown) - head - tail > BIG_CHANGE;
  if (big && turn_taken)
    {
      g_free (shown);
      self->pending = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, show_pending_cb, self, NULL);
      return;
    }
  if (big)
    take_turn ();
  show (self, shown, n_shown);
}

/* --- sorting --- */

typedef struct
{
  const char **keys;
  gboolean descending;
} SortData;

static int
compare_indexes (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const SortData *data = user_data;
  guint i = *(const guint *) a, j = *(const guint *) b;
  int r = strcmp (data->keys[i], data->keys[j]);

  if (data->descending)
    r = -r;
  /* equal keys keep the dataset's order */
  if (r == 0)
    r = i < j ? -1 : i > j;
  return r;
}

static guint *
make_order (DlgMemberList  *self,
            DlgMemberField  field,
            gboolean        descending)
{
  guint n = self->members->len;
  g_autofree const char **keys = g_new (const char *, MAX (n, 1));
  SortData data = { keys, descending };
  guint *order = g_new (guint, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      keys[i] = dlg_member_get_sort_key (g_ptr_array_index (self->members, i), field);
      order[i] = i;
    }
  g_qsort_with_data (order, n, sizeof *order, compare_indexes, &data);
  return order;
}

void
dlg_member_list_set_sort (DlgMemberList *self,
                          int            field,
                          gboolean       descending)
{
  const guint *order = NULL;

  g_return_if_fail (DLG_IS_MEMBER_LIST (self));
  g_return_if_fail (field < (int) DLG_N_MEMBER_FIELDS);

  if (field >= 0)
    {
      guint **slot = &self->orders[field][descending ? 1 : 0];

      if (*slot == NULL)
        *slot = make_order (self, field, descending);
      order = *slot;
    }
  if (order == self->order)
    return;
  self->order = order;
  update_shown (self);
}

void
dlg_member_list_flush (DlgMemberList *self)
{
  g_return_if_fail (DLG_IS_MEMBER_LIST (self));

  if (self->pending == 0)
    return;
  g_clear_handle_id (&self->pending, g_source_remove);
  update_shown (self);
}

guint
dlg_member_list_get_n_total (DlgMemberList *self)
{
  g_return_val_if_fail (DLG_IS_MEMBER_LIST (self), 0);
  return self->members->len;
}

guint
dlg_member_list_find (DlgMemberList *self,
                      DlgMember     *member)
{
  g_return_val_if_fail (DLG_IS_MEMBER_LIST (self), GTK_INVALID_LIST_POSITION);

  for (guint i = 0; i < self->n_shown; i++)
    if (g_ptr_array_index (self->members, self->shown[i]) == member)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

/* --- life --- */

static void
dlg_member_list_dispose (GObject *object)
{
  DlgMemberList *self = DLG_MEMBER_LIST (object);

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_clear_object (&self->filter);
  g_clear_handle_id (&self->pending, g_source_remove);

  G_OBJECT_CLASS (dlg_member_list_parent_class)->dispose (object);
}

static void
dlg_member_list_finalize (GObject *object)
{
  DlgMemberList *self = DLG_MEMBER_LIST (object);

  for (guint f = 0; f < DLG_N_MEMBER_FIELDS; f++)
    for (guint d = 0; d < 2; d++)
      g_free (self->orders[f][d]);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_free (self->matched);
  g_free (self->shown);

  G_OBJECT_CLASS (dlg_member_list_parent_class)->finalize (object);
}

static void
dlg_member_list_class_init (DlgMemberListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dlg_member_list_dispose;
  object_class->finalize = dlg_member_list_finalize;
}

static void
dlg_member_list_init (DlgMemberList *self)
{
}

DlgMemberList *
dlg_member_list_new (GListModel *members,
                     GtkFilter  *filter)
{
  DlgMemberList *self;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (members), NULL);
  g_return_val_if_fail (filter == NULL || GTK_IS_FILTER (filter), NULL);

  self = g_object_new (DLG_TYPE_MEMBER_LIST, NULL);
  n = g_list_model_get_n_items (members);
  self->members = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->members, g_list_model_get_item (members, i));
  self->matched = g_new0 (guint8, MAX (n, 1));
  self->shown = g_new (guint, 1);

  if (filter != NULL)
    {
      self->filter = g_object_ref (filter);
      g_signal_connect_object (filter, "changed", G_CALLBACK (filter_changed_cb), self, 0);
    }
  /* Nobody listens yet: no rows "change" into being. */
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
  update_shown (self);
  return self;
}

/* --- rows --- */

struct _DlgMemberRow
{
  GObject parent_instance;
  DlgMember *member;
  /* the rows' search, shared (a GRefString) */
  char *search;
};

enum {
  ROW_PROP_0,
  ROW_PROP_MEMBER,
  ROW_PROP_MATCH,
  ROW_N_PROPS
};

static GParamSpec *row_properties[ROW_N_PROPS];

G_DEFINE_FINAL_TYPE (DlgMemberRow, dlg_member_row, G_TYPE_OBJECT)

static void
dlg_member_row_finalize (GObject *object)
{
  g_clear_object (&DLG_MEMBER_ROW (object)->member);
  g_clear_pointer (&DLG_MEMBER_ROW (object)->search, g_ref_string_release);
  G_OBJECT_CLASS (dlg_member_row_parent_class)->finalize (object);
}

static void
dlg_member_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DlgMemberRow *self = DLG_MEMBER_ROW (object);

  switch (prop_id)
    {
    case ROW_PROP_MEMBER:
      g_value_set_object (value, self->member);
      break;
    case ROW_PROP_MATCH:
      g_value_take_string (value, dlg_member_row_dup_match (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_member_row_class_init (DlgMemberRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dlg_member_row_finalize;
  object_class->get_property = dlg_member_row_get_property;

  row_properties[ROW_PROP_MEMBER] =
    g_param_spec_object ("member", NULL, NULL, DLG_TYPE_MEMBER,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  row_properties[ROW_PROP_MATCH] =
    g_param_spec_string ("match", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, ROW_N_PROPS, row_properties);
}

static void
dlg_member_row_init (DlgMemberRow *self)
{
}

/* takes member */
static void
row_show (DlgMemberRow *self,
          DlgMember    *member)
{
  if (member == self->member)
    {
      g_object_unref (member);
      return;
    }
  g_clear_object (&self->member);
  self->member = member;
  g_object_notify_by_pspec (G_OBJECT (self), row_properties[ROW_PROP_MEMBER]);
  if (self->search != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), row_properties[ROW_PROP_MATCH]);
}

/* search: a GRefString, or NULL */
static void
row_set_search (DlgMemberRow *self,
                char         *search)
{
  if (self->search == search)
    return;
  g_clear_pointer (&self->search, g_ref_string_release);
  self->search = search != NULL ? g_ref_string_acquire (search) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), row_properties[ROW_PROP_MATCH]);
}

DlgMember *
dlg_member_row_get_member (DlgMemberRow *self)
{
  g_return_val_if_fail (DLG_IS_MEMBER_ROW (self), NULL);
  return self->member;
}

char *
dlg_member_row_dup_match (DlgMemberRow *self)
{
  DlgDestination *stop;
  g_autofree char *place = NULL;

  g_return_val_if_fail (DLG_IS_MEMBER_ROW (self), NULL);

  stop = self->member != NULL && self->search != NULL
         ? dlg_member_match_stop (self->member, self->search) : NULL;
  if (stop == NULL)
    return NULL;
  place = dlg_text_isolate (dlg_destination_get_place_label (stop));
  switch (dlg_destination_get_status (stop))
    {
    case DLG_VISIT_STATUS_VISITED:
      /* Translators: under a member found by a place of their route, "Matched: Paris, visited" */
      return g_strdup_printf (_("Matched: %s, visited"), place);
    case DLG_VISIT_STATUS_PLANNED_NOT_VISITED:
      /* Translators: under a member found by a place of their route */
      return g_strdup_printf (_("Matched: %s, planned, not visited"), place);
    case DLG_VISIT_STATUS_PLANNED:
    default:
      /* Translators: under a member found by a place of their route (a trip still to come) */
      return g_strdup_printf (_("Matched: %s, planned"), place);
    }
}

struct _DlgMemberRows
{
  GObject parent_instance;
  GListModel *members;
  GPtrArray *rows;      /* DlgMemberRow or NULL (not asked for yet), one a position */
  char *search;         /* a GRefString, or NULL */
};

static void rows_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DlgMemberRows, dlg_member_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, rows_model_iface_init))

static GType
dlg_member_rows_get_item_type (GListModel *model)
{
  return DLG_TYPE_MEMBER_ROW;
}

static guint
dlg_member_rows_get_n_items (GListModel *model)
{
  return DLG_MEMBER_ROWS (model)->rows->len;
}

static gpointer
dlg_member_rows_get_item (GListModel *model,
                          guint       position)
{
  DlgMemberRows *self = DLG_MEMBER_ROWS (model);
  DlgMemberRow *row;

  if (position >= self->rows->len)
    return NULL;
  row = g_ptr_array_index (self->rows, position);
  if (row == NULL)
    {
      row = g_object_new (DLG_TYPE_MEMBER_ROW, NULL);
      row->member = g_list_model_get_item (self->members, position);
      row->search = self->search != NULL ? g_ref_string_acquire (self->search) : NULL;
      self->rows->pdata[position] = row;
    }
  return g_object_ref (row);
}

static void
rows_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = dlg_member_rows_get_item_type;
  iface->get_n_items = dlg_member_rows_get_n_items;
  iface->get_item = dlg_member_rows_get_item;
}

/* The rows from position on show other members (all of them when the
 * count changed; only the stretch replaced when it did not); the count
 * changes at the end. */
static void
members_changed_cb (GListModel    *members,
                    guint          position,
                    guint          removed,
                    guint          added,
                    DlgMemberRows *self)
{
  guint old_n = self->rows->len;
  guint new_n = old_n - removed + added;
  guint common = MIN (old_n, new_n);
  guint end = removed == added ? position + removed : common;

  for (guint p = position; p < end; p++)
    {
      DlgMemberRow *row = g_ptr_array_index (self->rows, p);

      if (row != NULL)
        row_show (row, g_list_model_get_item (members, p));
    }
  if (new_n > old_n)
    {
      g_ptr_array_set_size (self->rows, new_n);
      g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, new_n - old_n);
    }
  else if (new_n < old_n)
    {
      g_ptr_array_set_size (self->rows, new_n);
      g_list_model_items_changed (G_LIST_MODEL (self), new_n, old_n - new_n, 0);
    }
}

static void
dlg_member_rows_dispose (GObject *object)
{
  DlgMemberRows *self = DLG_MEMBER_ROWS (object);

  if (self->members != NULL)
    g_signal_handlers_disconnect_by_data (self->members, self);
  g_clear_object (&self->members);

  G_OBJECT_CLASS (dlg_member_rows_parent_class)->dispose (object);
}

static void
dlg_member_rows_finalize (GObject *object)
{
  g_clear_pointer (&DLG_MEMBER_ROWS (object)->rows, g_ptr_array_unref);
  g_clear_pointer (&DLG_MEMBER_ROWS (object)->search, g_ref_string_release);
  G_OBJECT_CLASS (dlg_member_rows_parent_class)->finalize (object);
}

static void
dlg_member_rows_class_init (DlgMemberRowsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dlg_member_rows_dispose;
  object_class->finalize = dlg_member_rows_finalize;
}

/* positions not asked for hold NULL */
static void
row_free (gpointer row)
{
  if (row != NULL)
    g_object_unref (row);
}

static void
dlg_member_rows_init (DlgMemberRows *self)
{
  self->rows = g_ptr_array_new_with_free_func (row_free);
}

DlgMemberRows *
dlg_member_rows_new (GListModel *members)
{
  DlgMemberRows *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (members), NULL);

  self = g_object_new (DLG_TYPE_MEMBER_ROWS, NULL);
  self->members = g_object_ref (members);
  g_ptr_array_set_size (self->rows, g_list_model_get_n_items (members));
  g_signal_connect_object (members, "items-changed", G_CALLBACK (members_changed_cb), self, 0);
  return self;
}

void
dlg_member_rows_set_search (DlgMemberRows *self,
                            const char    *folded_search)
{
  g_return_if_fail (DLG_IS_MEMBER_ROWS (self));

  if (folded_search != NULL && folded_search[0] == '\0')
    folded_search = NULL;
  if (g_strcmp0 (self->search, folded_search) == 0)
    return;
  g_clear_pointer (&self->search, g_ref_string_release);
  self->search = folded_search != NULL ? g_ref_string_new (folded_search) : NULL;
  /* the rows made so far say again how their member matched */
  for (guint i = 0; i < self->rows->len; i++)
    if (g_ptr_array_index (self->rows, i) != NULL)
      row_set_search (g_ptr_array_index (self->rows, i), self->search);
}
