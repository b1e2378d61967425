/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-member"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "dlg-model-private.h"
#include "dlg-text.h"

G_DEFINE_FINAL_TYPE (DlgMember, dlg_member, DLG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_PARTY,
  PROP_ROLE,
  PROP_ROLE_KIND,
  PROP_STATUS,
  PROP_IS_LEADER,
  PROP_DELEGATION_ID,
  PROP_DELEGATION_LABEL,
  PROP_SIDE_ID,
  PROP_SIDE_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dlg_member_finalize (GObject *object)
{
  DlgMember *self = DLG_MEMBER (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->party, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->delegation_id, g_ref_string_release);
  g_clear_pointer (&self->delegation_label, g_ref_string_release);
  g_clear_pointer (&self->side_id, g_ref_string_release);
  g_clear_pointer (&self->side_name, g_ref_string_release);
  g_clear_pointer (&self->route_text, g_ref_string_release);
  g_clear_pointer (&self->route, g_ptr_array_unref);
  g_clear_pointer (&self->missed, g_ptr_array_unref);
  g_clear_pointer (&self->not_known, g_ptr_array_unref);
  g_clear_pointer (&self->legs, g_ptr_array_unref);
  g_clear_pointer (&self->legs_sources, g_strfreev);
  g_clear_pointer (&self->pending_legs, g_ptr_array_unref);
  for (guint i = 0; i < DLG_N_MEMBER_FIELDS; i++)
    g_clear_pointer (&self->sort_keys[i], g_free);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (dlg_member_parent_class)->finalize (object);
}

static void
dlg_member_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DlgMember *self = DLG_MEMBER (object);

  switch (prop_id)
    {
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_PARTY: g_value_set_string (value, self->party); break;
    case PROP_ROLE: g_value_set_string (value, self->role); break;
    case PROP_ROLE_KIND: g_value_set_enum (value, self->role_kind); break;
    case PROP_STATUS: g_value_set_enum (value, self->status); break;
    case PROP_IS_LEADER: g_value_set_boolean (value, self->is_leader); break;
    case PROP_DELEGATION_ID: g_value_set_string (value, self->delegation_id); break;
    case PROP_DELEGATION_LABEL: g_value_set_string (value, self->delegation_label); break;
    case PROP_SIDE_ID: g_value_set_string (value, self->side_id); break;
    case PROP_SIDE_NAME: g_value_set_string (value, self->side_name); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_member_class_init (DlgMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dlg_member_finalize;
  object_class->get_property = dlg_member_get_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_PARTY] = g_param_spec_string ("party", NULL, NULL, NULL, flags);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, NULL, flags);
  properties[PROP_ROLE_KIND] =
    g_param_spec_enum ("role-kind", NULL, NULL, DLG_TYPE_ROLE_KIND,
                       DLG_ROLE_KIND_OTHER, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, DLG_TYPE_MEMBER_STATUS,
                       DLG_MEMBER_STATUS_TRAVELLED, flags);
  properties[PROP_IS_LEADER] = g_param_spec_boolean ("is-leader", NULL, NULL, FALSE, flags);
  properties[PROP_DELEGATION_ID] =
    g_param_spec_string ("delegation-id", NULL, NULL, NULL, flags);
  properties[PROP_DELEGATION_LABEL] =
    g_param_spec_string ("delegation-label", NULL, NULL, NULL, flags);
  properties[PROP_SIDE_ID] = g_param_spec_string ("side-id", NULL, NULL, NULL, flags);
  properties[PROP_SIDE_NAME] = g_param_spec_string ("side-name", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* One empty list for every member's route and missed stops until the
 * loader gives them their own: a getter never makes one (the window and
 * an export's thread read the same members). */
GPtrArray *
_dlg_member_no_destinations (void)
{
  static GPtrArray *empty;

  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, g_ptr_array_new_with_free_func (g_object_unref));
  return empty;
}

static void
dlg_member_init (DlgMember *self)
{
  self->role_kind = DLG_ROLE_KIND_OTHER;
  self->route = g_ptr_array_ref (_dlg_member_no_destinations ());
  self->missed = g_ptr_array_ref (_dlg_member_no_destinations ());
  self->not_known = g_ptr_array_ref (_dlg_member_no_destinations ());
}

#define GETTER(type, field, fallback)                   \
  type                                                  \
  dlg_member_get_##field (DlgMember *self)              \
  {                                                     \
    g_return_val_if_fail (DLG_IS_MEMBER (self), fallback); \
    return self->field;                                 \
  }

GETTER (const char *, name, NULL)
GETTER (const char *, party, NULL)
GETTER (const char *, role, NULL)
GETTER (DlgRoleKind, role_kind, DLG_ROLE_KIND_OTHER)
GETTER (DlgMemberStatus, status, DLG_MEMBER_STATUS_UNCONFIRMED)
GETTER (gboolean, is_leader, FALSE)
GETTER (const char *, delegation_id, NULL)
GETTER (const char *, delegation_label, NULL)
GETTER (const char *, side_id, NULL)
GETTER (const char *, side_name, NULL)

const char *
dlg_member_get_field_text (DlgMember      *self,
                           DlgMemberField  field)
{
  const char *text = NULL;

  g_return_val_if_fail (DLG_IS_MEMBER (self), "");

  switch (field)
    {
    case DLG_MEMBER_FIELD_NAME: text = self->name; break;
    case DLG_MEMBER_FIELD_PARTY: text = self->party; break;
    case DLG_MEMBER_FIELD_ROLE: text = self->role; break;
    case DLG_MEMBER_FIELD_DELEGATION: text = self->delegation_label; break;
    case DLG_MEMBER_FIELD_STATUS: text = dlg_member_status_to_label (self->status); break;
    default: g_return_val_if_reached ("");
    }
  return text != NULL ? text : "";
}

/* Called by the loader once the member knows its delegation and route:
 * every key is made here, in the loading thread, never later. */
void
_dlg_member_prepare (DlgMember *self)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  /* Keys and search text are made from what the window shows of each
   * value (DLG_TEXT_SHOWN_CHARS): folding and collating a 10 MB name
   * took a second and 100 MiB, for text nobody sees. */
  for (guint field = 0; field < DLG_N_MEMBER_FIELDS; field++)
    {
      g_autofree char *cut = NULL;
      const char *text = dlg_text_shown (dlg_member_get_field_text (self, field), &cut);

      g_free (self->sort_keys[field]);
      /* "Group 10" after "Group 9": the filename key orders numbers by value. */
      if (field == DLG_MEMBER_FIELD_DELEGATION)
        self->sort_keys[field] = g_utf8_collate_key_for_filename (text, -1);
      else
        self->sort_keys[field] = g_utf8_collate_key (text, -1);
      if (field != DLG_MEMBER_FIELD_STATUS)
        {
          if (field > 0)
            g_string_append_c (joined, '\n');
          g_string_append (joined, text);
        }
    }

  g_free (self->search_text);
  self->search_text = dlg_text_fold (joined->str);
}

const char *
dlg_member_get_sort_key (DlgMember      *self,
                         DlgMemberField  field)
{
  g_return_val_if_fail (DLG_IS_MEMBER (self), "");
  g_return_val_if_fail (field < DLG_N_MEMBER_FIELDS, "");

  return self->sort_keys[field] != NULL ? self->sort_keys[field] : "";
}

gboolean
dlg_member_matches (DlgMember  *self,
                    const char *folded_term)
{
  g_return_val_if_fail (DLG_IS_MEMBER (self), FALSE);

  if (folded_term == NULL || folded_term[0] == '\0')
    return TRUE;

  return (self->search_text != NULL && strstr (self->search_text, folded_term) != NULL) ||
         (self->route_text != NULL && strstr (self->route_text, folded_term) != NULL);
}

DlgDestination *
dlg_member_match_stop (DlgMember  *self,
                       const char *folded_term)
{
  g_return_val_if_fail (DLG_IS_MEMBER (self), NULL);

  if (folded_term == NULL || folded_term[0] == '\0' ||
      (self->search_text != NULL && strstr (self->search_text, folded_term) != NULL) ||
      self->route_text == NULL || strstr (self->route_text, folded_term) == NULL)
    return NULL;

  for (guint i = 0; self->route != NULL && i < self->route->len; i++)
    {
      DlgDestination *stop = g_ptr_array_index (self->route, i);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *folded = NULL;

      _dlg_destination_append_search_text (stop, text);
      folded = dlg_text_fold (text->str);
      if (strstr (folded, folded_term) != NULL)
        return stop;
    }
  return NULL;
}

DlgMembership
dlg_member_get_membership (DlgMember *self)
{
  g_return_val_if_fail (DLG_IS_MEMBER (self), DLG_MEMBERSHIP_MEMBER);
  return self->membership;
}

GPtrArray *
dlg_member_get_route (DlgMember *self)
{
  g_return_val_if_fail (DLG_IS_MEMBER (self), NULL);

  return self->route;
}

gboolean
dlg_member_has_legs (DlgMember *self)
{
  g_return_val_if_fail (DLG_IS_MEMBER (self), FALSE);
  return self->has_legs;
}

GPtrArray *
dlg_member_get_missed (DlgMember *self)
{
  g_return_val_if_fail (DLG_IS_MEMBER (self), NULL);

  return self->missed;
}

GPtrArray *
dlg_member_get_not_known (DlgMember *self)
{
  g_return_val_if_fail (DLG_IS_MEMBER (self), NULL);

  return self->not_known;
}

char *
dlg_member_dup_status_text (DlgMember *self)
{
  guint missed, not_known;

  g_return_val_if_fail (DLG_IS_MEMBER (self), NULL);

  missed = self->missed->len;
  not_known = self->not_known->len;
  if (self->status != DLG_MEMBER_STATUS_TRAVELLED || (missed == 0 && not_known == 0))
    return g_strdup (dlg_member_status_to_label (self->status));
  if (missed == 0 && self->route->len == 0)
    /* Translators: a member's status in the member table: they travelled, and no source
     * places them at or away from any stop of their delegation's route */
    return g_strdup (_("Travelled, stops not known"));
  if (not_known == 0)
    /* Translators: a member's status in the member table, "Travelled, missed 2 stops"
     * (a source says so for each) */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Travelled, missed %u stop",
                                         "Travelled, missed %u stops", missed), missed);
  if (missed == 0)
    /* Translators: a member's status in the member table: no source places them at or
     * away from these stops of their delegation's route, "Travelled, 3 stops not known" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Travelled, %u stop not known",
                                         "Travelled, %u stops not known", not_known),
                            not_known);
  /* Translators: a member's status in the member table, "Travelled, missed 1 stop, 2 not
   * known": the first number counts the stops a source says they missed (the plural form
   * follows it), the second the stops no source places them at or away from */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Travelled, missed %u stop, %u not known",
                                       "Travelled, missed %u stops, %u not known", missed),
                          missed, not_known);
}

void
_dlg_leg_record_free (gpointer data)
{
  DlgLegRecord *leg = data;

  g_strfreev (leg->sources);
  g_free (leg);
}

static gboolean
holds (GPtrArray      *stops,
       DlgDestination *stop)
{
  return stops != NULL && g_ptr_array_find (stops, stop, NULL);
}

DlgAttendance
dlg_member_get_attendance (DlgMember           *self,
                           DlgDestination      *stop,
                           const char * const **sources,
                           DlgCertainty        *certainty)
{
  static const char * const none[] = { NULL };
  DlgAttendance attendance = DLG_ATTENDANCE_NOT_KNOWN;
  const char * const *said = none;
  DlgCertainty sure = DLG_CERTAINTY_UNCONFIRMED;

  g_return_val_if_fail (DLG_IS_MEMBER (self), DLG_ATTENDANCE_NOT_KNOWN);
  g_return_val_if_fail (DLG_IS_DESTINATION (stop), DLG_ATTENDANCE_NOT_KNOWN);

  for (guint i = 0; self->legs != NULL && i < self->legs->len; i++)
    {
      DlgLegRecord *leg = g_ptr_array_index (self->legs, i);

      if (leg->stop == stop)
        {
          if (sources != NULL)
            *sources = (const char * const *) leg->sources;
          if (certainty != NULL)
            *certainty = leg->certainty;
          return leg->attendance;
        }
    }

  if (holds (self->route, stop))
    {
      /* with the delegation: as sure as the member and the stop are */
      attendance = DLG_ATTENDANCE_ATTENDED;
      said = dlg_record_get_sources (DLG_RECORD (self));
      sure = MAX (self->presence, dlg_record_get_certainty (DLG_RECORD (stop)));
    }
  else if (holds (self->missed, stop))
    {
      attendance = DLG_ATTENDANCE_MISSED;
      said = dlg_member_get_legs_sources (self);
      sure = self->presence;
    }
  if (sources != NULL)
    *sources = said;
  if (certainty != NULL)
    *certainty = sure;
  return attendance;
}

const char * const *
dlg_member_get_legs_sources (DlgMember *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (DLG_IS_MEMBER (self), none);
  return self->legs_sources != NULL ? (const char * const *) self->legs_sources : none;
}

char *
dlg_route_text (GPtrArray *stops)
{
  GString *s;

  if (stops == NULL || stops->len == 0)
    return g_strdup ("");
  /* in the language's direction whatever the script of the first stop, so
   * that the arrows point the way the language reads */
  s = g_string_new (dlg_text_locale_mark ());

  for (guint i = 0; stops != NULL && i < stops->len; i++)
    {
      DlgDestination *d = g_ptr_array_index (stops, i);
      g_autofree char *place = dlg_text_isolate (dlg_destination_get_place_label (d));

      if (i > 0)
        /* Translators: between the stops of a route, "London → Paris" */
        g_string_append (s, _(" → "));
      if (dlg_destination_get_status (d) != DLG_VISIT_STATUS_VISITED)
        /* Translators: a stop of a route and its status, "Paris (planned, not visited)" */
        g_string_append_printf (s, _("%s (%s)"), place,
                                dlg_visit_status_to_label (dlg_destination_get_status (d)));
      else
        g_string_append (s, place);
    }
  return g_string_free (s, FALSE);
}
