/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-source"

#include "config.h"

#include "dlg-model-private.h"

G_DEFINE_FINAL_TYPE (DlgSource, dlg_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_PUBLISHER,
  PROP_DATE,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dlg_source_finalize (GObject *object)
{
  DlgSource *self = DLG_SOURCE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->publisher, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->agency, g_free);

  G_OBJECT_CLASS (dlg_source_parent_class)->finalize (object);
}

static void
dlg_source_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DlgSource *self = DLG_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_NUMBER: g_value_set_uint (value, self->number); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_PUBLISHER: g_value_set_string (value, self->publisher); break;
    case PROP_DATE: g_value_set_string (value, self->date); break;
    case PROP_URL: g_value_set_string (value, self->url); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_source_class_init (DlgSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dlg_source_finalize;
  object_class->get_property = dlg_source_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NUMBER] = g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_PUBLISHER] = g_param_spec_string ("publisher", NULL, NULL, NULL, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_URL] = g_param_spec_string ("url", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlg_source_init (DlgSource *self)
{
}

const char *
dlg_source_get_id (DlgSource *self)
{
  g_return_val_if_fail (DLG_IS_SOURCE (self), NULL);
  return self->id;
}

guint
dlg_source_get_number (DlgSource *self)
{
  g_return_val_if_fail (DLG_IS_SOURCE (self), 0);
  return self->number;
}

const char *
dlg_source_get_title (DlgSource *self)
{
  g_return_val_if_fail (DLG_IS_SOURCE (self), NULL);
  return self->title;
}

const char *
dlg_source_get_publisher (DlgSource *self)
{
  g_return_val_if_fail (DLG_IS_SOURCE (self), NULL);
  return self->publisher;
}

const char *
dlg_source_get_date (DlgSource *self)
{
  g_return_val_if_fail (DLG_IS_SOURCE (self), NULL);
  return self->date;
}

const char *
dlg_source_get_url (DlgSource *self)
{
  g_return_val_if_fail (DLG_IS_SOURCE (self), NULL);
  return self->url;
}

const char *
dlg_source_get_note (DlgSource *self)
{
  g_return_val_if_fail (DLG_IS_SOURCE (self), NULL);
  return self->note;
}

DlgSourceKind
dlg_source_get_kind (DlgSource *self)
{
  g_return_val_if_fail (DLG_IS_SOURCE (self), DLG_SOURCE_KIND_NEWS_REPORT);
  return self->kind;
}

const char *
dlg_source_get_agency (DlgSource *self)
{
  g_return_val_if_fail (DLG_IS_SOURCE (self), NULL);
  return self->agency;
}

gboolean
dlg_source_get_unverified (DlgSource *self)
{
  g_return_val_if_fail (DLG_IS_SOURCE (self), FALSE);
  return self->unverified;
}
