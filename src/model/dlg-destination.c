/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-destination"

#include "config.h"

#include "dlg-model-private.h"
#include "dlg-text.h"

G_DEFINE_FINAL_TYPE (DlgDestination, dlg_destination, DLG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_COUNTRY,
  PROP_CAPITAL,
  PROP_FROM,
  PROP_TO,
  PROP_DATES_APPROXIMATE,
  PROP_STATUS,
  PROP_UNSC,
  PROP_DELEGATION_ID,
  PROP_DELEGATION_LABEL,
  PROP_SIDE_ID,
  PROP_KEY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dlg_destination_finalize (GObject *object)
{
  DlgDestination *self = DLG_DESTINATION (object);

  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->capital, g_free);
  g_clear_pointer (&self->cities, g_strfreev);
  g_clear_pointer (&self->from, g_free);
  g_clear_pointer (&self->to, g_free);
  g_clear_pointer (&self->dates_text, g_free);
  g_clear_pointer (&self->dates_sources, g_strfreev);
  g_clear_pointer (&self->key, g_free);
  g_clear_object (&self->place);
  g_clear_pointer (&self->delegation_id, g_ref_string_release);
  g_clear_pointer (&self->delegation_label, g_ref_string_release);
  g_clear_pointer (&self->side_id, g_ref_string_release);

  G_OBJECT_CLASS (dlg_destination_parent_class)->finalize (object);
}

static void
dlg_destination_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DlgDestination *self = DLG_DESTINATION (object);

  switch (prop_id)
    {
    case PROP_COUNTRY: g_value_set_string (value, self->country); break;
    case PROP_CAPITAL: g_value_set_string (value, self->capital); break;
    case PROP_FROM: g_value_set_string (value, self->from); break;
    case PROP_TO: g_value_set_string (value, self->to); break;
    case PROP_DATES_APPROXIMATE: g_value_set_boolean (value, self->dates_approximate); break;
    case PROP_STATUS: g_value_set_enum (value, self->status); break;
    case PROP_UNSC: g_value_set_enum (value, self->unsc); break;
    case PROP_DELEGATION_ID: g_value_set_string (value, self->delegation_id); break;
    case PROP_DELEGATION_LABEL: g_value_set_string (value, self->delegation_label); break;
    case PROP_SIDE_ID: g_value_set_string (value, self->side_id); break;
    case PROP_KEY: g_value_set_string (value, self->key); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_destination_class_init (DlgDestinationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dlg_destination_finalize;
  object_class->get_property = dlg_destination_get_property;

  properties[PROP_COUNTRY] = g_param_spec_string ("country", NULL, NULL, NULL, flags);
  properties[PROP_CAPITAL] = g_param_spec_string ("capital", NULL, NULL, NULL, flags);
  properties[PROP_FROM] = g_param_spec_string ("from", NULL, NULL, NULL, flags);
  properties[PROP_TO] = g_param_spec_string ("to", NULL, NULL, NULL, flags);
  properties[PROP_DATES_APPROXIMATE] =
    g_param_spec_boolean ("dates-approximate", NULL, NULL, FALSE, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, DLG_TYPE_VISIT_STATUS,
                       DLG_VISIT_STATUS_PLANNED, flags);
  properties[PROP_UNSC] =
    g_param_spec_enum ("unsc", NULL, NULL, DLG_TYPE_UNSC, DLG_UNSC_NONE, flags);
  properties[PROP_DELEGATION_ID] =
    g_param_spec_string ("delegation-id", NULL, NULL, NULL, flags);
  properties[PROP_DELEGATION_LABEL] =
    g_param_spec_string ("delegation-label", NULL, NULL, NULL, flags);
  properties[PROP_SIDE_ID] = g_param_spec_string ("side-id", NULL, NULL, NULL, flags);
  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlg_destination_init (DlgDestination *self)
{
  self->status = DLG_VISIT_STATUS_PLANNED;
  self->unsc = DLG_UNSC_NONE;
}

char *
_dlg_destination_make_key (const char *country,
                           const char *capital)
{
  g_autofree char *joined = g_strdup_printf ("%s / %s", country, capital);
  g_autofree char *normal = g_utf8_normalize (joined, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normal != NULL ? normal : joined, -1);
}

#define GETTER(type, field, fallback)                          \
  type                                                         \
  dlg_destination_get_##field (DlgDestination *self)           \
  {                                                            \
    g_return_val_if_fail (DLG_IS_DESTINATION (self), fallback); \
    return self->field;                                        \
  }

GETTER (const char *, country, NULL)
GETTER (const char *, capital, NULL)
GETTER (const char *, from, NULL)
GETTER (const char *, to, NULL)
GETTER (gboolean, dates_approximate, FALSE)
GETTER (const char *, dates_text, NULL)
GETTER (DlgVisitStatus, status, DLG_VISIT_STATUS_PLANNED)
GETTER (DlgUnsc, unsc, DLG_UNSC_NONE)
GETTER (const char *, delegation_id, NULL)
GETTER (const char *, delegation_label, NULL)
GETTER (const char *, side_id, NULL)
GETTER (const char *, key, NULL)

const char * const *
dlg_destination_get_cities (DlgDestination *self)
{
  g_return_val_if_fail (DLG_IS_DESTINATION (self), NULL);
  return (const char * const *) self->cities;
}

const char * const *
dlg_destination_get_dates_sources (DlgDestination *self)
{
  g_return_val_if_fail (DLG_IS_DESTINATION (self), NULL);
  return (const char * const *) self->dates_sources;
}

gboolean
dlg_destination_get_coordinates (DlgDestination *self,
                                 double         *latitude,
                                 double         *longitude)
{
  g_return_val_if_fail (DLG_IS_DESTINATION (self), FALSE);

  /* a destination's own coordinates, else its place's */
  if (!self->has_coordinates && self->place != NULL)
    return dlg_place_get_coordinates (self->place, latitude, longitude);
  if (latitude != NULL)
    *latitude = self->latitude;
  if (longitude != NULL)
    *longitude = self->longitude;
  return self->has_coordinates;
}

const char *
dlg_destination_get_place_label (DlgDestination *self)
{
  g_return_val_if_fail (DLG_IS_DESTINATION (self), NULL);

  if (self->place != NULL)
    return self->place->name;
  if (self->cities == NULL || self->cities[0] == NULL)
    return self->capital;
  for (guint i = 0; self->cities[i] != NULL; i++)
    if (g_str_has_prefix (self->cities[i], self->capital))
      return self->capital;
  return self->cities[0];
}

const char *
dlg_destination_get_outer_label (DlgDestination *self)
{
  g_return_val_if_fail (DLG_IS_DESTINATION (self), NULL);

  if (self->place != NULL)
    return dlg_place_get_outermost (self->place)->name;
  return dlg_destination_get_place_label (self);
}

DlgPlace *
dlg_destination_get_place (DlgDestination *self)
{
  g_return_val_if_fail (DLG_IS_DESTINATION (self), NULL);
  return self->place;
}

static void
append_shown_line (GString    *s,
                   const char *text)
{
  g_autofree char *cut = NULL;

  g_string_append (s, text != NULL ? dlg_text_shown (text, &cut) : "");
  g_string_append_c (s, '\n');
}

void
_dlg_destination_append_search_text (DlgDestination *self,
                                     GString        *text)
{
  append_shown_line (text, self->country);
  append_shown_line (text, self->capital);
  if (self->place != NULL)
    append_shown_line (text, self->place->name);
  for (guint k = 0; self->cities != NULL && self->cities[k] != NULL; k++)
    append_shown_line (text, self->cities[k]);
}
