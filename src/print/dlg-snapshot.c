/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-snapshot"

#include "config.h"

#include "dlg-sheet.h"
#include "dlg-snapshot.h"

struct _DlgSnapshot
{
  GObject parent_instance;

  DlgDataset *dataset;
  GPtrArray *sides;    /* DlgSide */
  GPtrArray *members;  /* GListModel or NULL, one per side */
  char *filter_text;
  char *print_date;
  DlgSheetKind sheet_kind;
  double paper_width;
  double paper_height;
  GPtrArray *protected_files;
  DlgDiff *changes;
  char *changes_heading;
  gboolean sealed;
};

G_DEFINE_FINAL_TYPE (DlgSnapshot, dlg_snapshot, G_TYPE_OBJECT)

static void
clear_object (gpointer data)
{
  if (data != NULL)
    g_object_unref (data);
}

static void
dlg_snapshot_finalize (GObject *object)
{
  DlgSnapshot *self = DLG_SNAPSHOT (object);

  g_clear_object (&self->dataset);
  g_clear_pointer (&self->sides, g_ptr_array_unref);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->protected_files, g_ptr_array_unref);
  g_free (self->filter_text);
  g_free (self->print_date);
  /* a comparison holds two versions: a 100 000-member one takes a
   * quarter of a second to free, off the main loop (a preview closed
   * after the window let go of it) */
  dlg_unref_in_thread (g_steal_pointer (&self->changes));
  g_free (self->changes_heading);

  G_OBJECT_CLASS (dlg_snapshot_parent_class)->finalize (object);
}

static void
dlg_snapshot_class_init (DlgSnapshotClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dlg_snapshot_finalize;
}

static void
dlg_snapshot_init (DlgSnapshot *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  self->sides = g_ptr_array_new_with_free_func (g_object_unref);
  self->members = g_ptr_array_new_with_free_func (clear_object);
  self->protected_files = g_ptr_array_new_with_free_func (g_object_unref);
  self->print_date = g_date_time_format (now, "%Y-%m-%d");
  dlg_sheet_default_paper (&self->paper_width, &self->paper_height);
}

DlgSnapshot *
dlg_snapshot_new (DlgDataset *dataset)
{
  DlgSnapshot *self;

  g_return_val_if_fail (DLG_IS_DATASET (dataset), NULL);

  self = g_object_new (DLG_TYPE_SNAPSHOT, NULL);
  self->dataset = g_object_ref (dataset);
  return self;
}

void
dlg_snapshot_add_side (DlgSnapshot *self,
                       DlgSide     *side,
                       GPtrArray   *members)
{
  DlgList *list = NULL;

  g_return_if_fail (DLG_IS_SNAPSHOT (self));
  g_return_if_fail (DLG_IS_SIDE (side));
  g_return_if_fail (!self->sealed);

  /* a DlgList, not a GListStore: an export's thread reads it while the
   * window may read it too (a GListStore's reads move its cursor) */
  if (members != NULL)
    {
      list = dlg_list_new (DLG_TYPE_MEMBER);
      for (guint i = 0; i < members->len; i++)
        dlg_list_append (list, g_ptr_array_index (members, i));
    }
  g_ptr_array_add (self->sides, g_object_ref (side));
  g_ptr_array_add (self->members, list);
}

void
dlg_snapshot_set_filter_text (DlgSnapshot *self,
                              const char  *filter_text)
{
  g_return_if_fail (DLG_IS_SNAPSHOT (self));
  g_return_if_fail (!self->sealed);

  g_free (self->filter_text);
  self->filter_text = g_strdup (filter_text);
}

void
dlg_snapshot_set_paper (DlgSnapshot *self,
                        double       width,
                        double       height)
{
  g_return_if_fail (DLG_IS_SNAPSHOT (self));
  g_return_if_fail (!self->sealed);
  g_return_if_fail (width > 0 && height > 0);

  self->paper_width = width;
  self->paper_height = height;
}

void
dlg_snapshot_set_print_date (DlgSnapshot *self,
                             const char  *iso_date)
{
  g_return_if_fail (DLG_IS_SNAPSHOT (self));
  g_return_if_fail (!self->sealed);
  g_return_if_fail (iso_date != NULL);

  g_free (self->print_date);
  self->print_date = g_strdup (iso_date);
}

void
dlg_snapshot_protect (DlgSnapshot *self,
                      GFile       *file)
{
  g_return_if_fail (DLG_IS_SNAPSHOT (self));
  g_return_if_fail (!self->sealed);

  if (file != NULL)
    g_ptr_array_add (self->protected_files, g_object_ref (file));
}

void
dlg_snapshot_set_changes (DlgSnapshot *self,
                          DlgDiff     *diff,
                          const char  *heading)
{
  g_return_if_fail (DLG_IS_SNAPSHOT (self));
  g_return_if_fail (!self->sealed);
  g_return_if_fail (diff == NULL || DLG_IS_DIFF (diff));
  g_return_if_fail (diff == NULL || dlg_diff_get_new_dataset (diff) == self->dataset);
  g_return_if_fail (diff == NULL || heading != NULL);

  g_set_object (&self->changes, diff);
  g_free (self->changes_heading);
  self->changes_heading = diff != NULL ? g_strdup (heading) : NULL;
}

DlgDiff *
dlg_snapshot_get_changes (DlgSnapshot *self)
{
  g_return_val_if_fail (DLG_IS_SNAPSHOT (self), NULL);
  return self->changes;
}

const char *
dlg_snapshot_get_changes_heading (DlgSnapshot *self)
{
  g_return_val_if_fail (DLG_IS_SNAPSHOT (self), NULL);
  return self->changes_heading;
}

void
dlg_snapshot_seal (DlgSnapshot *self)
{
  g_return_if_fail (DLG_IS_SNAPSHOT (self));

  if (self->sealed)
    return;
  /* With no side added, the snapshot is the whole dataset. */
  if (self->sides->len == 0)
    {
      GListModel *sides = dlg_dataset_get_sides (self->dataset);

      for (guint i = 0; i < g_list_model_get_n_items (sides); i++)
        {
          g_ptr_array_add (self->sides, g_list_model_get_item (sides, i));
          g_ptr_array_add (self->members, NULL);
        }
    }
  self->sealed = TRUE;
}

DlgDataset *
dlg_snapshot_get_dataset (DlgSnapshot *self)
{
  g_return_val_if_fail (DLG_IS_SNAPSHOT (self), NULL);
  return self->dataset;
}

guint
dlg_snapshot_get_n_sides (DlgSnapshot *self)
{
  g_return_val_if_fail (DLG_IS_SNAPSHOT (self), 0);

  dlg_snapshot_seal (self);
  return self->sides->len;
}

DlgSide *
dlg_snapshot_get_side (DlgSnapshot *self,
                       guint        index)
{
  g_return_val_if_fail (DLG_IS_SNAPSHOT (self), NULL);

  dlg_snapshot_seal (self);
  g_return_val_if_fail (index < self->sides->len, NULL);
  return g_ptr_array_index (self->sides, index);
}

GListModel *
dlg_snapshot_get_members (DlgSnapshot *self,
                          guint        index)
{
  g_return_val_if_fail (DLG_IS_SNAPSHOT (self), NULL);

  dlg_snapshot_seal (self);
  g_return_val_if_fail (index < self->members->len, NULL);
  return g_ptr_array_index (self->members, index);
}

gboolean
dlg_snapshot_get_as_shown (DlgSnapshot *self)
{
  g_return_val_if_fail (DLG_IS_SNAPSHOT (self), FALSE);

  for (guint i = 0; i < self->members->len; i++)
    if (g_ptr_array_index (self->members, i) != NULL)
      return TRUE;
  return FALSE;
}

const char *
dlg_snapshot_get_filter_text (DlgSnapshot *self)
{
  g_return_val_if_fail (DLG_IS_SNAPSHOT (self), NULL);
  return self->filter_text;
}

void
dlg_snapshot_get_paper (DlgSnapshot *self,
                        double      *width,
                        double      *height)
{
  g_return_if_fail (DLG_IS_SNAPSHOT (self));
  *width = self->paper_width;
  *height = self->paper_height;
}

const char *
dlg_snapshot_get_print_date (DlgSnapshot *self)
{
  g_return_val_if_fail (DLG_IS_SNAPSHOT (self), NULL);
  return self->print_date;
}

GPtrArray *
dlg_snapshot_get_protected (DlgSnapshot *self)
{
  g_return_val_if_fail (DLG_IS_SNAPSHOT (self), NULL);
  return self->protected_files;
}

void
dlg_snapshot_set_sheet_kind (DlgSnapshot  *self,
                             DlgSheetKind  kind)
{
  g_return_if_fail (DLG_IS_SNAPSHOT (self));
  g_return_if_fail (!self->sealed);
  self->sheet_kind = kind;
}

DlgSheetKind
dlg_snapshot_get_sheet_kind (DlgSnapshot *self)
{
  g_return_val_if_fail (DLG_IS_SNAPSHOT (self), DLG_SHEET_BRIEFING);
  return self->sheet_kind;
}

const char * const dlg_sheet_kind_nicks[] = { "briefing", "glance", "full", NULL };
const char * const dlg_sheet_scope_nicks[] = { "shown", "all", NULL };

gboolean
dlg_sheet_kind_from_nick (const char   *nick,
                          DlgSheetKind *kind)
{
  for (guint i = 0; dlg_sheet_kind_nicks[i] != NULL; i++)
    if (g_strcmp0 (nick, dlg_sheet_kind_nicks[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

DlgSnapshot *
dlg_snapshot_derive (DlgSnapshot  *self,
                     gboolean      as_shown,
                     DlgSheetKind  kind)
{
  DlgSnapshot *copy;

  g_return_val_if_fail (DLG_IS_SNAPSHOT (self), NULL);

  copy = dlg_snapshot_new (self->dataset);
  for (guint i = 0; i < self->sides->len; i++)
    {
      GListModel *members = g_ptr_array_index (self->members, i);

      g_ptr_array_add (copy->sides, g_object_ref (g_ptr_array_index (self->sides, i)));
      /* the members lists are never changed: shared */
      g_ptr_array_add (copy->members, as_shown && members != NULL ? g_object_ref (members) : NULL);
    }
  copy->filter_text = as_shown ? g_strdup (self->filter_text) : NULL;
  g_free (copy->print_date);
  copy->print_date = g_strdup (self->print_date);
  copy->paper_width = self->paper_width;
  copy->paper_height = self->paper_height;
  for (guint i = 0; i < self->protected_files->len; i++)
    g_ptr_array_add (copy->protected_files, g_object_ref (g_ptr_array_index (self->protected_files, i)));
  copy->sheet_kind = kind;
  /* what changed is true whatever is shown: kept for "all members" too */
  copy->changes = self->changes != NULL ? g_object_ref (self->changes) : NULL;
  copy->changes_heading = g_strdup (self->changes_heading);
  copy->sealed = TRUE;
  return copy;
}

GHashTable *
dlg_snapshot_collect_reached (DlgSnapshot *self)
{
  GHashTable *reached;

  g_return_val_if_fail (DLG_IS_SNAPSHOT (self), NULL);

  dlg_snapshot_seal (self);
  if (!dlg_snapshot_get_as_shown (self))
    return NULL;
  reached = g_hash_table_new (NULL, NULL);
  for (guint s = 0; s < self->sides->len; s++)
    {
      GListModel *members = g_ptr_array_index (self->members, s);

      if (members == NULL)
        members = dlg_side_get_members (g_ptr_array_index (self->sides, s));
      for (guint i = 0; i < g_list_model_get_n_items (members); i++)
        {
          g_autoptr(DlgMember) m = g_list_model_get_item (members, i);
          GPtrArray *route = dlg_member_get_route (m);

          for (guint k = 0; k < route->len; k++)
            g_hash_table_add (reached, g_ptr_array_index (route, k));
        }
    }
  return reached;
}
