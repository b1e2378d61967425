/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-record"

#include "config.h"

#include "dlg-model-private.h"

struct _DlgNote
{
  GObject parent_instance;
  char *text;
  GStrv sources;
};

G_DEFINE_FINAL_TYPE (DlgNote, dlg_note, G_TYPE_OBJECT)

enum {
  NOTE_PROP_0,
  NOTE_PROP_TEXT,
  NOTE_N_PROPS
};

static GParamSpec *note_properties[NOTE_N_PROPS];

static void
dlg_note_finalize (GObject *object)
{
  DlgNote *self = DLG_NOTE (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->sources, g_strfreev);

  G_OBJECT_CLASS (dlg_note_parent_class)->finalize (object);
}

static void
dlg_note_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  DlgNote *self = DLG_NOTE (object);

  switch (prop_id)
    {
    case NOTE_PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_note_class_init (DlgNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dlg_note_finalize;
  object_class->get_property = dlg_note_get_property;

  note_properties[NOTE_PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, NOTE_N_PROPS, note_properties);
}

static void
dlg_note_init (DlgNote *self)
{
}

DlgNote *
_dlg_note_new (char  *text,
               GStrv  sources)
{
  DlgNote *self = g_object_new (DLG_TYPE_NOTE, NULL);

  self->text = text;
  self->sources = sources != NULL ? sources : g_new0 (char *, 1);
  return self;
}

const char *
dlg_note_get_text (DlgNote *self)
{
  g_return_val_if_fail (DLG_IS_NOTE (self), NULL);
  return self->text;
}

const char * const *
dlg_note_get_sources (DlgNote *self)
{
  g_return_val_if_fail (DLG_IS_NOTE (self), NULL);
  return (const char * const *) self->sources;
}

typedef struct
{
  char *id;
  GPtrArray *notes;
  GPtrArray *disagreements;
  GStrv sources;
  DlgCertainty certainty;
} DlgRecordPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (DlgRecord, dlg_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dlg_record_finalize (GObject *object)
{
  DlgRecordPrivate *priv = dlg_record_get_instance_private (DLG_RECORD (object));

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->notes, g_ptr_array_unref);
  g_clear_pointer (&priv->disagreements, g_ptr_array_unref);
  g_clear_pointer (&priv->sources, g_strfreev);

  G_OBJECT_CLASS (dlg_record_parent_class)->finalize (object);
}

static void
dlg_record_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DlgRecordPrivate *priv = dlg_record_get_instance_private (DLG_RECORD (object));

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_record_class_init (DlgRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dlg_record_finalize;
  object_class->get_property = dlg_record_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlg_record_init (DlgRecord *self)
{
  DlgRecordPrivate *priv = dlg_record_get_instance_private (self);

  priv->notes = g_ptr_array_new_with_free_func (g_object_unref);
  priv->disagreements = g_ptr_array_new_with_free_func (g_object_unref);
  priv->sources = g_new0 (char *, 1);
}

void
_dlg_record_set_facts (DlgRecord *self,
                       char      *id,
                       GPtrArray *notes,
                       GPtrArray *disagreements,
                       GStrv      sources)
{
  DlgRecordPrivate *priv = dlg_record_get_instance_private (self);

  g_free (priv->id);
  priv->id = id;
  if (notes != NULL)
    {
      g_ptr_array_unref (priv->notes);
      priv->notes = notes;
    }
  if (disagreements != NULL)
    {
      g_ptr_array_unref (priv->disagreements);
      priv->disagreements = disagreements;
    }
  if (sources != NULL)
    {
      g_strfreev (priv->sources);
      priv->sources = sources;
    }
}

const char *
dlg_record_get_id (DlgRecord *self)
{
  DlgRecordPrivate *priv = dlg_record_get_instance_private (self);

  g_return_val_if_fail (DLG_IS_RECORD (self), NULL);
  return priv->id;
}

GPtrArray *
dlg_record_get_notes (DlgRecord *self)
{
  DlgRecordPrivate *priv = dlg_record_get_instance_private (self);

  g_return_val_if_fail (DLG_IS_RECORD (self), NULL);
  return priv->notes;
}

GPtrArray *
dlg_record_get_disagreements (DlgRecord *self)
{
  DlgRecordPrivate *priv = dlg_record_get_instance_private (self);

  g_return_val_if_fail (DLG_IS_RECORD (self), NULL);
  return priv->disagreements;
}

const char * const *
dlg_record_get_sources (DlgRecord *self)
{
  DlgRecordPrivate *priv = dlg_record_get_instance_private (self);

  g_return_val_if_fail (DLG_IS_RECORD (self), NULL);
  return (const char * const *) priv->sources;
}

DlgCertainty
dlg_record_get_certainty (DlgRecord *self)
{
  DlgRecordPrivate *priv = dlg_record_get_instance_private (self);

  g_return_val_if_fail (DLG_IS_RECORD (self), DLG_CERTAINTY_UNCONFIRMED);
  return priv->certainty;
}

void
_dlg_record_set_certainty (DlgRecord    *self,
                           DlgCertainty  certainty)
{
  DlgRecordPrivate *priv = dlg_record_get_instance_private (self);

  priv->certainty = certainty;
}
