/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-change"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-change.h"
#include "dlg-model-private.h"
#include "dlg-text.h"

/* The CSV's "kind" column is the nick: stable across languages. */
G_DEFINE_ENUM_TYPE (DlgChangeKind, dlg_change_kind,
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_SIDE_ADDED, "side-added"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_SIDE_REMOVED, "side-removed"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_SIDE_CHANGED, "side-changed"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_DELEGATION_ADDED, "delegation-added"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_DELEGATION_REMOVED, "delegation-removed"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_DELEGATION_CHANGED, "delegation-changed"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_ID_CHANGED, "id-changed"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_MEMBER_ADDED, "member-added"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_MEMBER_REMOVED, "member-removed"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_MEMBER_CHANGED, "member-changed"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_STOP_ADDED, "stop-added"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_STOP_REMOVED, "stop-removed"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_STOP_NOT_VISITED, "stop-not-visited"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_STOP_CONFIRMED, "stop-confirmed"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_STOP_DATES_MOVED, "stop-dates-moved"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_STOP_CERTAINTY_CHANGED, "stop-certainty-changed"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_STOP_CHANGED, "stop-changed"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_SOURCE_ADDED, "source-added"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_SOURCE_REMOVED, "source-removed"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_SOURCE_CHANGED, "source-changed"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_SOURCES_CHANGED, "sources-changed"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_NOTES_CHANGED, "notes-changed"),
  G_DEFINE_ENUM_VALUE (DLG_CHANGE_DISAGREEMENTS_CHANGED, "disagreements-changed"))

struct _DlgChange
{
  GObject parent_instance;

  DlgChangeKind kind;
  char *side_id;
  char *side_name;
  char *delegation_id;
  char *delegation_label;
  GObject *object;
  char *subject_id;
  char *subject;
  char *field;
  char *old_value;
  char *new_value;
  GStrv sources;
};

G_DEFINE_FINAL_TYPE (DlgChange, dlg_change, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_SIDE_NAME,
  PROP_DELEGATION_LABEL,
  PROP_OBJECT,
  PROP_SUBJECT_ID,
  PROP_SUBJECT,
  PROP_FIELD,
  PROP_OLD_VALUE,
  PROP_NEW_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
dlg_change_kind_to_label (DlgChangeKind kind)
{
  switch (kind)
    {
    case DLG_CHANGE_SIDE_ADDED: return _("side added");
    case DLG_CHANGE_SIDE_REMOVED: return _("side removed");
    case DLG_CHANGE_SIDE_CHANGED: return _("side changed");
    case DLG_CHANGE_DELEGATION_ADDED: return _("delegation added");
    case DLG_CHANGE_DELEGATION_REMOVED: return _("delegation removed");
    case DLG_CHANGE_DELEGATION_CHANGED: return _("delegation changed");
    /* Translators: an object found again by its name, its id changed */
    case DLG_CHANGE_ID_CHANGED: return _("matched by name");
    case DLG_CHANGE_MEMBER_ADDED: return _("member added");
    case DLG_CHANGE_MEMBER_REMOVED: return _("member removed");
    case DLG_CHANGE_MEMBER_CHANGED: return _("member changed");
    case DLG_CHANGE_STOP_ADDED: return _("stop added");
    case DLG_CHANGE_STOP_REMOVED: return _("stop removed");
    /* Translators: a stop of a route now planned and not visited */
    case DLG_CHANGE_STOP_NOT_VISITED: return _("stop not visited");
    /* Translators: the sources are now surer of a stop */
    case DLG_CHANGE_STOP_CONFIRMED: return _("stop confirmed");
    case DLG_CHANGE_STOP_DATES_MOVED: return _("stop dates moved");
    /* Translators: the sources are now less sure of a stop */
    case DLG_CHANGE_STOP_CERTAINTY_CHANGED: return _("stop certainty changed");
    case DLG_CHANGE_STOP_CHANGED: return _("stop changed");
    case DLG_CHANGE_SOURCE_ADDED: return _("source added");
    case DLG_CHANGE_SOURCE_REMOVED: return _("source removed");
    case DLG_CHANGE_SOURCE_CHANGED: return _("source changed");
    /* Translators: the sources a fact cites changed */
    case DLG_CHANGE_SOURCES_CHANGED: return _("sources changed");
    case DLG_CHANGE_NOTES_CHANGED: return _("notes changed");
    case DLG_CHANGE_DISAGREEMENTS_CHANGED: return _("disagreements changed");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
dlg_change_field_to_label (const char *field)
{
  static const struct { const char *field; const char *label; } labels[] = {
    /* Translators: the fields of a change ("status: Travelled → Withdrew") */
    { "id", N_("id") },
    { "name", N_("name") },
    { "label", N_("label") },
    { "leader", N_("leader") },
    { "party", N_("party") },
    { "role", N_("role") },
    { "role_kind", N_("kind of role") },
    { "status", N_("status") },
    { "membership", N_("membership") },
    { "attendance", N_("attendance") },
    { "delegation", N_("delegation") },
    { "dates", N_("dates") },
    { "certainty", N_("certainty") },
    { "sources", N_("sources") },
    { "notes", N_("notes") },
    { "disagreements", N_("disagreements") },
    { "title", N_("title") },
    { "publisher", N_("publisher") },
    { "date", N_("date") },
    { "url", N_("address") },
    { "kind", N_("kind") },
  };

  if (field == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (field, labels[i].field))
      return _(labels[i].label);
  return field;
}

static void
dlg_change_finalize (GObject *object)
{
  DlgChange *self = DLG_CHANGE (object);

  g_free (self->side_id);
  g_free (self->side_name);
  g_free (self->delegation_id);
  g_free (self->delegation_label);
  g_clear_object (&self->object);
  g_free (self->subject_id);
  g_free (self->subject);
  g_free (self->field);
  g_free (self->old_value);
  g_free (self->new_value);
  g_strfreev (self->sources);

  G_OBJECT_CLASS (dlg_change_parent_class)->finalize (object);
}

static void
dlg_change_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DlgChange *self = DLG_CHANGE (object);

  switch (prop_id)
    {
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_SIDE_NAME: g_value_set_string (value, self->side_name); break;
    case PROP_DELEGATION_LABEL: g_value_set_string (value, self->delegation_label); break;
    case PROP_OBJECT: g_value_set_object (value, self->object); break;
    case PROP_SUBJECT_ID: g_value_set_string (value, self->subject_id); break;
    case PROP_SUBJECT: g_value_set_string (value, self->subject); break;
    case PROP_FIELD: g_value_set_string (value, self->field); break;
    case PROP_OLD_VALUE: g_value_set_string (value, self->old_value); break;
    case PROP_NEW_VALUE: g_value_set_string (value, self->new_value); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_change_class_init (DlgChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dlg_change_finalize;
  object_class->get_property = dlg_change_get_property;

  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, DLG_TYPE_CHANGE_KIND,
                                             DLG_CHANGE_SIDE_ADDED, flags);
  properties[PROP_SIDE_NAME] = g_param_spec_string ("side-name", NULL, NULL, NULL, flags);
  properties[PROP_DELEGATION_LABEL] = g_param_spec_string ("delegation-label", NULL, NULL,
                                                           NULL, flags);
  properties[PROP_OBJECT] = g_param_spec_object ("object", NULL, NULL, G_TYPE_OBJECT, flags);
  properties[PROP_SUBJECT_ID] = g_param_spec_string ("subject-id", NULL, NULL, NULL, flags);
  properties[PROP_SUBJECT] = g_param_spec_string ("subject", NULL, NULL, NULL, flags);
  properties[PROP_FIELD] = g_param_spec_string ("field", NULL, NULL, NULL, flags);
  properties[PROP_OLD_VALUE] = g_param_spec_string ("old-value", NULL, NULL, NULL, flags);
  properties[PROP_NEW_VALUE] = g_param_spec_string ("new-value", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlg_change_init (DlgChange *self)
{
}

DlgChange *
_dlg_change_new (DlgChangeKind       kind,
                 const char         *side_id,
                 const char         *side_name,
                 const char         *delegation_id,
                 const char         *delegation_label,
                 gpointer            object,
                 const char         *subject_id,
                 const char         *subject,
                 const char         *field,
                 const char         *old_value,
                 const char         *new_value,
                 const char * const *sources)
{
  DlgChange *self = g_object_new (DLG_TYPE_CHANGE, NULL);

  self->kind = kind;
  self->side_id = g_strdup (side_id);
  self->side_name = g_strdup (side_name);
  self->delegation_id = g_strdup (delegation_id);
  self->delegation_label = g_strdup (delegation_label);
  self->object = object != NULL ? g_object_ref (object) : NULL;
  self->subject_id = g_strdup (subject_id);
  self->subject = g_strdup (subject);
  self->field = g_strdup (field);
  self->old_value = g_strdup (old_value);
  self->new_value = g_strdup (new_value);
  self->sources = sources != NULL ? g_strdupv ((GStrv) sources) : g_new0 (char *, 1);
  return self;
}

#define GETTER(type, name, expr) \
  type dlg_change_get_##name (DlgChange *self) \
  { \
    g_return_val_if_fail (DLG_IS_CHANGE (self), 0); \
    return expr; \
  }

GETTER (DlgChangeKind, kind, self->kind)
GETTER (const char *, side_id, self->side_id)
GETTER (const char *, side_name, self->side_name)
GETTER (const char *, delegation_id, self->delegation_id)
GETTER (const char *, delegation_label, self->delegation_label)
GETTER (gpointer, object, self->object)
GETTER (const char *, subject_id, self->subject_id)
GETTER (const char *, subject, self->subject)
GETTER (const char *, field, self->field)
GETTER (const char *, old_value, self->old_value)
GETTER (const char *, new_value, self->new_value)
GETTER (const char * const *, sources, (const char * const *) self->sources)

static char *
value_text (const char *text,
            gboolean    isolate)
{
  if (text == NULL || text[0] == '\0')
    /* Translators: a change's old or new value when the version had
     * none ("role: not recorded → Former MP"): not "none", which would
     * say there was no role */
    return g_strdup (_("not recorded"));
  return isolate ? dlg_text_isolate (text) : g_strdup (text);
}

char *
dlg_change_dup_text (DlgChange *self,
                     gboolean   isolate)
{
  g_autofree char *subject = NULL;

  g_return_val_if_fail (DLG_IS_CHANGE (self), NULL);

  subject = self->subject == NULL ? g_strdup ("") :
            isolate ? dlg_text_isolate (self->subject) : g_strdup (self->subject);
  if (self->field == NULL)
    /* Translators: a change: "member removed: Anurag Thakur" */
    return g_strdup_printf (_("%s: %s"), dlg_change_kind_to_label (self->kind), subject);
  else
    {
      g_autofree char *old_value = value_text (self->old_value, isolate);
      g_autofree char *new_value = value_text (self->new_value, isolate);

      switch (self->kind)
        {
        case DLG_CHANGE_ID_CHANGED:
        case DLG_CHANGE_STOP_NOT_VISITED:
        case DLG_CHANGE_STOP_CONFIRMED:
        case DLG_CHANGE_STOP_DATES_MOVED:
        case DLG_CHANGE_STOP_CERTAINTY_CHANGED:
        case DLG_CHANGE_SOURCES_CHANGED:
        case DLG_CHANGE_NOTES_CHANGED:
        case DLG_CHANGE_DISAGREEMENTS_CHANGED:
          /* the kind says the field.  Translators: a change: "stop dates
           * moved: London, 31 May – 3 Jun 2025 → 1–4 Jun 2025" (kind,
           * subject, old value, new value) */
          return g_strdup_printf (_("%s: %s, %s → %s"), dlg_change_kind_to_label (self->kind),
                                  subject, old_value, new_value);
        default:
          break;
        }
      /* Translators: a change: "member changed: Anurag Thakur, status:
       * Travelled → Withdrew" (kind, subject, field, old value, new value) */
      return g_strdup_printf (_("%s: %s, %s: %s → %s"), dlg_change_kind_to_label (self->kind),
                              subject, dlg_change_field_to_label (self->field), old_value,
                              new_value);
    }
}

gboolean
dlg_change_same_group (DlgChange *a,
                       DlgChange *b)
{
  g_return_val_if_fail (a == NULL || DLG_IS_CHANGE (a), FALSE);
  g_return_val_if_fail (DLG_IS_CHANGE (b), FALSE);

  return a != NULL && g_strcmp0 (a->side_id, b->side_id) == 0 &&
         g_strcmp0 (a->delegation_id, b->delegation_id) == 0;
}

char *
dlg_change_dup_group (DlgChange *self,
                      gboolean   isolate)
{
  g_autofree char *side = NULL;
  g_autofree char *delegation = NULL;

  g_return_val_if_fail (DLG_IS_CHANGE (self), NULL);

  if (self->side_name == NULL)
    /* Translators: the group of the changes to the dataset's own sources,
     * notes and disagreements */
    return g_strdup (_("The dataset"));
  side = isolate ? dlg_text_isolate (self->side_name) : g_strdup (self->side_name);
  if (self->delegation_label == NULL)
    return g_steal_pointer (&side);
  delegation = isolate ? dlg_text_isolate (self->delegation_label)
                       : g_strdup (self->delegation_label);
  /* Translators: a group of changes: a side, then one of its delegations,
   * "India · Group 2" */
  return g_strdup_printf (C_("side and delegation", "%s · %s"), side, delegation);
}
