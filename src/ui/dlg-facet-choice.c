/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-facet-choice"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-facet-choice.h"
#include "dlg-text.h"

struct _DlgFacetChoice
{
  GObject parent_instance;
  char *name;
  char *value;
  guint count;
  char *label;
};

G_DEFINE_FINAL_TYPE (DlgFacetChoice, dlg_facet_choice, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dlg_facet_choice_finalize (GObject *object)
{
  DlgFacetChoice *self = DLG_FACET_CHOICE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->value, g_free);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (dlg_facet_choice_parent_class)->finalize (object);
}

static void
dlg_facet_choice_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DlgFacetChoice *self = DLG_FACET_CHOICE (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, dlg_facet_choice_get_label (self));
      break;
    case PROP_COUNT:
      g_value_set_uint (value, self->count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_facet_choice_class_init (DlgFacetChoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dlg_facet_choice_finalize;
  object_class->get_property = dlg_facet_choice_get_property;

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlg_facet_choice_init (DlgFacetChoice *self)
{
}

DlgFacetChoice *
dlg_facet_choice_new (const char *name,
                      const char *value)
{
  DlgFacetChoice *self = g_object_new (DLG_TYPE_FACET_CHOICE, NULL);

  self->name = g_strdup (name);
  self->value = g_strdup (value);
  return self;
}

const char *
dlg_facet_choice_get_name (DlgFacetChoice *self)
{
  g_return_val_if_fail (DLG_IS_FACET_CHOICE (self), NULL);
  return self->name;
}

const char *
dlg_facet_choice_get_value (DlgFacetChoice *self)
{
  g_return_val_if_fail (DLG_IS_FACET_CHOICE (self), NULL);
  return self->value;
}

guint
dlg_facet_choice_get_count (DlgFacetChoice *self)
{
  g_return_val_if_fail (DLG_IS_FACET_CHOICE (self), 0);
  return self->count;
}

void
dlg_facet_choice_set_count (DlgFacetChoice *self,
                            guint           count)
{
  g_return_if_fail (DLG_IS_FACET_CHOICE (self));

  if (self->count == count && self->label != NULL)
    return;
  self->count = count;
  g_clear_pointer (&self->label, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

const char *
dlg_facet_choice_get_label (DlgFacetChoice *self)
{
  g_return_val_if_fail (DLG_IS_FACET_CHOICE (self), NULL);

  /* "All parties": the tables say how many people they show */
  if (self->label == NULL && self->value == NULL)
    self->label = g_strdup (self->name);
  else if (self->label == NULL)
    {
      g_autofree char *name = dlg_text_isolate (self->name);

      /* Translators: a filter choice and how many people (members and officials of
       * every side) it would show, "BJP (21 people)" */
      self->label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%u person)",
                                                  "%s (%u people)", self->count),
                                     name, self->count);
    }
  return self->label;
}
