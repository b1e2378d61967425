/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-delegation"

#include "config.h"

#include "dlg-model-private.h"

G_DEFINE_FINAL_TYPE (DlgDelegation, dlg_delegation, DLG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_LEADER,
  PROP_FROM,
  PROP_TO,
  PROP_SIDE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dlg_delegation_dispose (GObject *object)
{
  DlgDelegation *self = DLG_DELEGATION (object);

  g_clear_object (&self->leader);
  g_clear_object (&self->members);
  g_clear_object (&self->destinations);

  G_OBJECT_CLASS (dlg_delegation_parent_class)->dispose (object);
}

static void
dlg_delegation_finalize (GObject *object)
{
  DlgDelegation *self = DLG_DELEGATION (object);

  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->from, g_free);
  g_clear_pointer (&self->to, g_free);
  g_clear_pointer (&self->side_id, g_ref_string_release);
  g_clear_pointer (&self->announced, dlg_announced_free);

  G_OBJECT_CLASS (dlg_delegation_parent_class)->finalize (object);
}

static void
dlg_delegation_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DlgDelegation *self = DLG_DELEGATION (object);

  switch (prop_id)
    {
    case PROP_LABEL: g_value_set_string (value, self->label); break;
    case PROP_LEADER: g_value_set_object (value, self->leader); break;
    case PROP_FROM: g_value_set_string (value, self->from); break;
    case PROP_TO: g_value_set_string (value, self->to); break;
    case PROP_SIDE_ID: g_value_set_string (value, self->side_id); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_delegation_class_init (DlgDelegationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = dlg_delegation_dispose;
  object_class->finalize = dlg_delegation_finalize;
  object_class->get_property = dlg_delegation_get_property;

  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties[PROP_LEADER] =
    g_param_spec_object ("leader", NULL, NULL, DLG_TYPE_MEMBER, flags);
  properties[PROP_FROM] = g_param_spec_string ("from", NULL, NULL, NULL, flags);
  properties[PROP_TO] = g_param_spec_string ("to", NULL, NULL, NULL, flags);
  properties[PROP_SIDE_ID] = g_param_spec_string ("side-id", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlg_delegation_init (DlgDelegation *self)
{
  self->members = dlg_list_new (DLG_TYPE_MEMBER);
  self->destinations = dlg_list_new (DLG_TYPE_DESTINATION);
}

#define GETTER(type, field, fallback)                         \
  type                                                        \
  dlg_delegation_get_##field (DlgDelegation *self)            \
  {                                                           \
    g_return_val_if_fail (DLG_IS_DELEGATION (self), fallback); \
    return self->field;                                       \
  }

GETTER (const char *, label, NULL)
GETTER (DlgMember *, leader, NULL)
GETTER (const char *, from, NULL)
GETTER (const char *, to, NULL)
GETTER (gboolean, dates_approximate, FALSE)
GETTER (const char *, side_id, NULL)

GListModel *
dlg_delegation_get_members (DlgDelegation *self)
{
  g_return_val_if_fail (DLG_IS_DELEGATION (self), NULL);
  return G_LIST_MODEL (self->members);
}

GListModel *
dlg_delegation_get_destinations (DlgDelegation *self)
{
  g_return_val_if_fail (DLG_IS_DELEGATION (self), NULL);
  return G_LIST_MODEL (self->destinations);
}

const DlgAnnounced *
dlg_delegation_get_announced (DlgDelegation *self)
{
  g_return_val_if_fail (DLG_IS_DELEGATION (self), NULL);
  return self->announced;
}

gboolean
dlg_delegation_get_attendance_complete (DlgDelegation *self)
{
  g_return_val_if_fail (DLG_IS_DELEGATION (self), FALSE);
  return self->attendance_complete;
}
