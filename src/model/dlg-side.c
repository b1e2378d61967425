/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-side"

#include "config.h"

#include "dlg-comparison.h"
#include "dlg-model-private.h"

G_DEFINE_FINAL_TYPE (DlgSide, dlg_side, DLG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_COLOUR,
  PROP_HOME_CAPITAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dlg_side_dispose (GObject *object)
{
  DlgSide *self = DLG_SIDE (object);

  g_clear_object (&self->delegations);
  g_clear_object (&self->members);
  g_clear_object (&self->destinations);

  G_OBJECT_CLASS (dlg_side_parent_class)->dispose (object);
}

static void
dlg_side_finalize (GObject *object)
{
  DlgSide *self = DLG_SIDE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->colour, g_free);
  g_clear_pointer (&self->home_capital, g_free);
  g_clear_object (&self->home_place);
  g_clear_pointer (&self->announced, dlg_announced_free);
  g_clear_pointer (&self->purposes, g_ptr_array_unref);
  g_clear_pointer (&self->summary, dlg_side_summary_free);
  g_clear_pointer (&self->counts[FALSE], g_strfreev);
  g_clear_pointer (&self->counts[TRUE], g_strfreev);

  G_OBJECT_CLASS (dlg_side_parent_class)->finalize (object);
}

static void
dlg_side_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  DlgSide *self = DLG_SIDE (object);

  switch (prop_id)
    {
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_COLOUR: g_value_set_string (value, self->colour); break;
    case PROP_HOME_CAPITAL: g_value_set_string (value, self->home_capital); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_side_class_init (DlgSideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = dlg_side_dispose;
  object_class->finalize = dlg_side_finalize;
  object_class->get_property = dlg_side_get_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_COLOUR] = g_param_spec_string ("colour", NULL, NULL, NULL, flags);
  properties[PROP_HOME_CAPITAL] = g_param_spec_string ("home-capital", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlg_side_init (DlgSide *self)
{
  self->delegations = dlg_list_new (DLG_TYPE_DELEGATION);
  self->members = dlg_list_new (DLG_TYPE_MEMBER);
  self->destinations = dlg_list_new (DLG_TYPE_DESTINATION);
  self->purposes = g_ptr_array_new_with_free_func (g_object_unref);
}

#define GETTER(type, field, fallback)                   \
  type                                                  \
  dlg_side_get_##field (DlgSide *self)                  \
  {                                                     \
    g_return_val_if_fail (DLG_IS_SIDE (self), fallback); \
    return self->field;                                 \
  }

GETTER (const char *, name, NULL)
GETTER (const char *, colour, NULL)
GETTER (const char *, home_capital, NULL)

GListModel *
dlg_side_get_delegations (DlgSide *self)
{
  g_return_val_if_fail (DLG_IS_SIDE (self), NULL);
  return G_LIST_MODEL (self->delegations);
}

GListModel *
dlg_side_get_members (DlgSide *self)
{
  g_return_val_if_fail (DLG_IS_SIDE (self), NULL);
  return G_LIST_MODEL (self->members);
}

GListModel *
dlg_side_get_destinations (DlgSide *self)
{
  g_return_val_if_fail (DLG_IS_SIDE (self), NULL);
  return G_LIST_MODEL (self->destinations);
}

const DlgAnnounced *
dlg_side_get_announced (DlgSide *self)
{
  g_return_val_if_fail (DLG_IS_SIDE (self), NULL);
  return self->announced;
}

DlgPlace *
dlg_side_get_home_place (DlgSide *self)
{
  g_return_val_if_fail (DLG_IS_SIDE (self), NULL);
  return self->home_place;
}

GPtrArray *
dlg_side_get_purposes (DlgSide *self)
{
  g_return_val_if_fail (DLG_IS_SIDE (self), NULL);
  return self->purposes;
}
