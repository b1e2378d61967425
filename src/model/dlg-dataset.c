/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-dataset"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-model-private.h"

G_DEFINE_FINAL_TYPE (DlgDataset, dlg_dataset, DLG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_AS_OF,
  PROP_VERSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dlg_dataset_dispose (GObject *object)
{
  DlgDataset *self = DLG_DATASET (object);

  g_clear_object (&self->sources);
  g_clear_object (&self->sides);
  g_clear_object (&self->events);
  g_clear_pointer (&self->sources_by_id, g_hash_table_unref);
  g_clear_object (&self->places);
  g_clear_pointer (&self->places_by_id, g_hash_table_unref);
  g_clear_pointer (&self->pairs, g_ptr_array_unref);
  g_clear_pointer (&self->brief, dlg_brief_free);

  G_OBJECT_CLASS (dlg_dataset_parent_class)->dispose (object);
}

static void
dlg_dataset_finalize (GObject *object)
{
  DlgDataset *self = DLG_DATASET (object);

  g_clear_pointer (&self->version, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->as_of, g_free);
  g_clear_pointer (&self->warnings, g_strfreev);
  g_mutex_clear (&self->pairs_lock);

  G_OBJECT_CLASS (dlg_dataset_parent_class)->finalize (object);
}

static void
dlg_dataset_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DlgDataset *self = DLG_DATASET (object);

  switch (prop_id)
    {
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case PROP_AS_OF: g_value_set_string (value, self->as_of); break;
    case PROP_VERSION: g_value_set_string (value, self->version); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_dataset_class_init (DlgDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = dlg_dataset_dispose;
  object_class->finalize = dlg_dataset_finalize;
  object_class->get_property = dlg_dataset_get_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_AS_OF] = g_param_spec_string ("as-of", NULL, NULL, NULL, flags);
  properties[PROP_VERSION] = g_param_spec_string ("version", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlg_dataset_init (DlgDataset *self)
{
  self->sources = dlg_list_new (DLG_TYPE_SOURCE);
  self->sides = dlg_list_new (DLG_TYPE_SIDE);
  self->events = dlg_list_new (DLG_TYPE_EVENT);
  self->sources_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->places = dlg_list_new (DLG_TYPE_PLACE);
  self->places_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->warnings = g_new0 (char *, 1);
  g_mutex_init (&self->pairs_lock);
  self->pairs = g_ptr_array_new_with_free_func (_dlg_kept_pair_free);
}

#define GETTER(type, field, fallback)                      \
  type                                                     \
  dlg_dataset_get_##field (DlgDataset *self)               \
  {                                                        \
    g_return_val_if_fail (DLG_IS_DATASET (self), fallback); \
    return self->field;                                    \
  }

GETTER (const char *, title, NULL)
GETTER (const char *, description, NULL)
GETTER (const char *, as_of, NULL)
GETTER (const char *, version, NULL)

GListModel *
dlg_dataset_get_sources (DlgDataset *self)
{
  g_return_val_if_fail (DLG_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->sources);
}

DlgSource *
dlg_dataset_lookup_source (DlgDataset *self,
                           const char *id)
{
  g_return_val_if_fail (DLG_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->sources_by_id, id);
}

GListModel *
dlg_dataset_get_events (DlgDataset *self)
{
  g_return_val_if_fail (DLG_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->events);
}

DlgCertainty
dlg_dataset_judge (DlgDataset         *self,
                   const char * const *sources,
                   gboolean            flagged,
                   gboolean            disputed)
{
  g_return_val_if_fail (DLG_IS_DATASET (self), DLG_CERTAINTY_UNCONFIRMED);

  return _dlg_dataset_judge_full (self, sources, flagged, disputed, FALSE);
}

DlgCertainty
dlg_dataset_judge_statement (DlgDataset         *self,
                             const char * const *sources)
{
  g_return_val_if_fail (DLG_IS_DATASET (self), DLG_CERTAINTY_UNCONFIRMED);

  return _dlg_dataset_judge_full (self, sources, FALSE, FALSE, TRUE);
}

/* announced: the fact is itself an announcement (an event "announced"),
 * which reports of the announcement confirm */
DlgCertainty
_dlg_dataset_judge_full (DlgDataset         *self,
                         const char * const *sources,
                         gboolean            flagged,
                         gboolean            disputed,
                         gboolean            announced)
{
  DlgSource *first = NULL;

  if (disputed)
    return DLG_CERTAINTY_DISPUTED;
  if (flagged)
    return DLG_CERTAINTY_UNCONFIRMED;

  /* independent: another voice, the agency whose report a source carries
   * or else its publisher (a source with neither is its own voice); an
   * announcement says what was planned and confirms nothing; an unverified
   * source confirms nothing at all.  Called for every record a file holds:
   * nothing is allocated. */
  for (guint i = 0; sources != NULL && sources[i] != NULL; i++)
    {
      DlgSource *source = g_hash_table_lookup (self->sources_by_id, sources[i]);
      const char *voice, *first_voice;

      if (source == NULL || source->unverified ||
          (source->kind == DLG_SOURCE_KIND_ANNOUNCEMENT && !announced))
        continue;
      if (first == NULL)
        {
          first = source;
          continue;
        }
      voice = source->agency != NULL ? source->agency : source->publisher;
      first_voice = first->agency != NULL ? first->agency : first->publisher;
      if (source != first &&
          (first_voice == NULL || voice == NULL || g_utf8_collate (first_voice, voice) != 0))
        return DLG_CERTAINTY_CONFIRMED;
    }
  return first != NULL ? DLG_CERTAINTY_SINGLE_SOURCE : DLG_CERTAINTY_UNCONFIRMED;
}

char *
dlg_dataset_source_numbers (DlgDataset         *self,
                            const char * const *ids)
{
  GString *s;

  g_return_val_if_fail (DLG_IS_DATASET (self), NULL);

  if (ids == NULL || ids[0] == NULL)
    return g_strdup ("");
  s = g_string_new ("[");
  for (guint i = 0; ids[i] != NULL; i++)
    {
      DlgSource *source = g_hash_table_lookup (self->sources_by_id, ids[i]);

      if (i > 0)
        /* Translators: between source numbers, "[5, 6, 17]" */
        g_string_append (s, _(", "));
      g_string_append_printf (s, "%u", source != NULL ? source->number : 0);
    }
  g_string_append_c (s, ']');
  return g_string_free (s, FALSE);
}

GListModel *
dlg_dataset_get_sides (DlgDataset *self)
{
  g_return_val_if_fail (DLG_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->sides);
}

DlgSide *
dlg_dataset_lookup_side (DlgDataset *self,
                         const char *id)
{
  guint n;

  g_return_val_if_fail (DLG_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sides));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (G_LIST_MODEL (self->sides), i);

      if (g_strcmp0 (dlg_record_get_id (DLG_RECORD (side)), id) == 0)
        return side;
    }
  return NULL;
}

DlgDelegation *
dlg_dataset_lookup_delegation (DlgDataset *self,
                               const char *id)
{
  guint n_sides;

  g_return_val_if_fail (DLG_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  n_sides = g_list_model_get_n_items (G_LIST_MODEL (self->sides));
  for (guint i = 0; i < n_sides; i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (G_LIST_MODEL (self->sides), i);
      GListModel *delegations = dlg_side_get_delegations (side);
      guint n = g_list_model_get_n_items (delegations);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(DlgDelegation) d = g_list_model_get_item (delegations, j);

          if (g_strcmp0 (dlg_record_get_id (DLG_RECORD (d)), id) == 0)
            return d;
        }
    }
  return NULL;
}

const char * const *
dlg_dataset_get_warnings (DlgDataset *self)
{
  g_return_val_if_fail (DLG_IS_DATASET (self), NULL);
  return (const char * const *) self->warnings;
}

static guint
count_in_sides (DlgDataset  *self,
                GListModel *(*get) (DlgSide *))
{
  guint n_sides = g_list_model_get_n_items (G_LIST_MODEL (self->sides));
  guint total = 0;

  for (guint i = 0; i < n_sides; i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (G_LIST_MODEL (self->sides), i);

      total += g_list_model_get_n_items (get (side));
    }
  return total;
}

guint
dlg_dataset_count_delegations (DlgDataset *self)
{
  g_return_val_if_fail (DLG_IS_DATASET (self), 0);
  return count_in_sides (self, dlg_side_get_delegations);
}

guint
dlg_dataset_count_members (DlgDataset *self)
{
  g_return_val_if_fail (DLG_IS_DATASET (self), 0);
  return count_in_sides (self, dlg_side_get_members);
}

guint
dlg_dataset_count_destinations (DlgDataset *self)
{
  g_return_val_if_fail (DLG_IS_DATASET (self), 0);
  return count_in_sides (self, dlg_side_get_destinations);
}

GListModel *
dlg_dataset_get_places (DlgDataset *self)
{
  g_return_val_if_fail (DLG_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->places);
}

DlgPlace *
dlg_dataset_lookup_place (DlgDataset *self,
                          const char *id)
{
  g_return_val_if_fail (DLG_IS_DATASET (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->places_by_id, id) : NULL;
}

static void
unref_func (gpointer object,
            gpointer user_data)
{
  g_object_unref (object);
}

void
dlg_unref_in_thread (gpointer object)
{
  static GThreadPool *pool;

  if (object == NULL)
    return;
  g_return_if_fail (G_IS_OBJECT (object));

  /* one thread: frees need not be fast, only off the main loop */
  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (unref_func, NULL, 1, FALSE, NULL));
  g_thread_pool_push (pool, object, NULL);
}
