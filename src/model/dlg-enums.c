/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-enums"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-enums.h"

#define DEFINE_ENUM_TYPE(func, Name, values)                              \
  GType                                                                   \
  func (void)                                                             \
  {                                                                       \
    static gsize type_id = 0;                                             \
    if (g_once_init_enter (&type_id))                                     \
      {                                                                   \
        GType t = g_enum_register_static (g_intern_static_string (Name),  \
                                          values);                        \
        g_once_init_leave (&type_id, t);                                  \
      }                                                                   \
    return type_id;                                                       \
  }

static const GEnumValue role_kind_values[] = {
  { DLG_ROLE_KIND_SITTING_LEGISLATOR, "DLG_ROLE_KIND_SITTING_LEGISLATOR", "sitting-legislator" },
  { DLG_ROLE_KIND_MINISTER, "DLG_ROLE_KIND_MINISTER", "minister" },
  { DLG_ROLE_KIND_FORMER_MINISTER, "DLG_ROLE_KIND_FORMER_MINISTER", "former-minister" },
  { DLG_ROLE_KIND_FORMER_DIPLOMAT, "DLG_ROLE_KIND_FORMER_DIPLOMAT", "former-diplomat" },
  { DLG_ROLE_KIND_OFFICIAL, "DLG_ROLE_KIND_OFFICIAL", "official" },
  { DLG_ROLE_KIND_OTHER, "DLG_ROLE_KIND_OTHER", "other" },
  { 0, NULL, NULL }
};

static const GEnumValue member_status_values[] = {
  { DLG_MEMBER_STATUS_TRAVELLED, "DLG_MEMBER_STATUS_TRAVELLED", "travelled" },
  { DLG_MEMBER_STATUS_WITHDREW, "DLG_MEMBER_STATUS_WITHDREW", "withdrew" },
  { DLG_MEMBER_STATUS_DECLINED, "DLG_MEMBER_STATUS_DECLINED", "declined" },
  { DLG_MEMBER_STATUS_UNCONFIRMED, "DLG_MEMBER_STATUS_UNCONFIRMED", "unconfirmed" },
  { 0, NULL, NULL }
};

static const GEnumValue visit_status_values[] = {
  { DLG_VISIT_STATUS_PLANNED, "DLG_VISIT_STATUS_PLANNED", "planned" },
  { DLG_VISIT_STATUS_VISITED, "DLG_VISIT_STATUS_VISITED", "visited" },
  { DLG_VISIT_STATUS_PLANNED_NOT_VISITED, "DLG_VISIT_STATUS_PLANNED_NOT_VISITED",
    "planned-not-visited" },
  { 0, NULL, NULL }
};

static const GEnumValue unsc_values[] = {
  { DLG_UNSC_PERMANENT, "DLG_UNSC_PERMANENT", "permanent" },
  { DLG_UNSC_ELECTED, "DLG_UNSC_ELECTED", "elected" },
  { DLG_UNSC_NONE, "DLG_UNSC_NONE", "none" },
  { DLG_UNSC_NOT_A_STATE, "DLG_UNSC_NOT_A_STATE", "not-a-state" },
  { 0, NULL, NULL }
};

static const GEnumValue membership_values[] = {
  { DLG_MEMBERSHIP_MEMBER, "DLG_MEMBERSHIP_MEMBER", "member" },
  { DLG_MEMBERSHIP_ACCOMPANYING, "DLG_MEMBERSHIP_ACCOMPANYING", "accompanying" },
  { 0, NULL, NULL }
};

static const GEnumValue place_kind_values[] = {
  { DLG_PLACE_KIND_CAPITAL, "DLG_PLACE_KIND_CAPITAL", "capital" },
  { DLG_PLACE_KIND_CITY, "DLG_PLACE_KIND_CITY", "city" },
  { DLG_PLACE_KIND_INTERNATIONAL_ORGANISATION, "DLG_PLACE_KIND_INTERNATIONAL_ORGANISATION",
    "international-organisation" },
  { 0, NULL, NULL }
};

static const GEnumValue source_kind_values[] = {
  { DLG_SOURCE_KIND_NEWS_REPORT, "DLG_SOURCE_KIND_NEWS_REPORT", "news-report" },
  { DLG_SOURCE_KIND_OFFICIAL_STATEMENT, "DLG_SOURCE_KIND_OFFICIAL_STATEMENT",
    "official-statement" },
  { DLG_SOURCE_KIND_ANNOUNCEMENT, "DLG_SOURCE_KIND_ANNOUNCEMENT", "announcement" },
  { 0, NULL, NULL }
};

static const GEnumValue certainty_values[] = {
  { DLG_CERTAINTY_CONFIRMED, "DLG_CERTAINTY_CONFIRMED", "confirmed" },
  { DLG_CERTAINTY_SINGLE_SOURCE, "DLG_CERTAINTY_SINGLE_SOURCE", "single-source" },
  { DLG_CERTAINTY_UNCONFIRMED, "DLG_CERTAINTY_UNCONFIRMED", "unconfirmed" },
  { DLG_CERTAINTY_DISPUTED, "DLG_CERTAINTY_DISPUTED", "disputed" },
  { 0, NULL, NULL }
};

static const GEnumValue attendance_values[] = {
  { DLG_ATTENDANCE_ATTENDED, "DLG_ATTENDANCE_ATTENDED", "attended" },
  { DLG_ATTENDANCE_MISSED, "DLG_ATTENDANCE_MISSED", "missed" },
  { DLG_ATTENDANCE_NOT_KNOWN, "DLG_ATTENDANCE_NOT_KNOWN", "not-known" },
  { 0, NULL, NULL }
};

DEFINE_ENUM_TYPE (dlg_role_kind_get_type, "DlgRoleKind", role_kind_values)
DEFINE_ENUM_TYPE (dlg_member_status_get_type, "DlgMemberStatus", member_status_values)
DEFINE_ENUM_TYPE (dlg_visit_status_get_type, "DlgVisitStatus", visit_status_values)
DEFINE_ENUM_TYPE (dlg_unsc_get_type, "DlgUnsc", unsc_values)
DEFINE_ENUM_TYPE (dlg_membership_get_type, "DlgMembership", membership_values)
DEFINE_ENUM_TYPE (dlg_place_kind_get_type, "DlgPlaceKind", place_kind_values)
DEFINE_ENUM_TYPE (dlg_source_kind_get_type, "DlgSourceKind", source_kind_values)
DEFINE_ENUM_TYPE (dlg_certainty_get_type, "DlgCertainty", certainty_values)
DEFINE_ENUM_TYPE (dlg_attendance_get_type, "DlgAttendance", attendance_values)

const char *
dlg_enum_to_nick (GType enum_type,
                  int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *v = g_enum_get_value (klass, value);

  return v != NULL ? v->value_nick : NULL;
}

gboolean
dlg_enum_from_nick (GType       enum_type,
                    const char *nick,
                    int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *v;

  g_return_val_if_fail (nick != NULL, FALSE);

  v = g_enum_get_value_by_nick (klass, nick);
  if (v == NULL)
    return FALSE;
  if (value != NULL)
    *value = v->value;
  return TRUE;
}

char *
dlg_enum_list_nicks (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (s, "%s\"%s\"", i > 0 ? ", " : "", klass->values[i].value_nick);
  return g_string_free (s, FALSE);
}

const char *
dlg_role_kind_to_label (DlgRoleKind kind)
{
  switch (kind)
    {
    case DLG_ROLE_KIND_SITTING_LEGISLATOR: return _("Sitting legislator");
    case DLG_ROLE_KIND_MINISTER: return _("Minister");
    case DLG_ROLE_KIND_FORMER_MINISTER: return _("Former minister");
    case DLG_ROLE_KIND_FORMER_DIPLOMAT: return _("Former diplomat");
    case DLG_ROLE_KIND_OFFICIAL: return _("Official");
    case DLG_ROLE_KIND_OTHER:
    default: return _("Other");
    }
}

const char *
dlg_member_status_to_label (DlgMemberStatus status)
{
  switch (status)
    {
    case DLG_MEMBER_STATUS_TRAVELLED: return _("Travelled");
    case DLG_MEMBER_STATUS_WITHDREW: return _("Withdrew");
    case DLG_MEMBER_STATUS_DECLINED: return _("Declined");
    case DLG_MEMBER_STATUS_UNCONFIRMED:
    default: return _("Unconfirmed");
    }
}

const char *
dlg_visit_status_to_label (DlgVisitStatus status)
{
  switch (status)
    {
    case DLG_VISIT_STATUS_PLANNED: return _("Planned");
    case DLG_VISIT_STATUS_VISITED: return _("Visited");
    case DLG_VISIT_STATUS_PLANNED_NOT_VISITED:
    default: return _("Planned, not visited");
    }
}

const char *
dlg_unsc_to_label (DlgUnsc unsc)
{
  switch (unsc)
    {
    /* Translators: UN Security Council membership */
    case DLG_UNSC_PERMANENT: return _("Permanent member");
    /* Translators: UN Security Council membership */
    case DLG_UNSC_ELECTED: return _("Elected member");
    /* Translators: UN Security Council membership */
    case DLG_UNSC_NONE: return _("Not a member");
    /* Translators: UN Security Council membership of e.g. the European Union */
    case DLG_UNSC_NOT_A_STATE:
    default: return _("Not a state");
    }
}

const char *
dlg_membership_to_label (DlgMembership membership)
{
  switch (membership)
    {
    /* Translators: one of the delegation's own members */
    case DLG_MEMBERSHIP_MEMBER: return _("Delegation member");
    /* Translators: an official, liaison officer or staff travelling with a delegation */
    case DLG_MEMBERSHIP_ACCOMPANYING:
    default: return _("Accompanying");
    }
}

const char *
dlg_place_kind_to_label (DlgPlaceKind kind)
{
  switch (kind)
    {
    case DLG_PLACE_KIND_CAPITAL: return _("Capital");
    case DLG_PLACE_KIND_CITY: return _("City");
    case DLG_PLACE_KIND_INTERNATIONAL_ORGANISATION:
    default: return _("International organisation");
    }
}

const char *
dlg_certainty_to_label (DlgCertainty certainty)
{
  switch (certainty)
    {
    /* Translators: how sure a fact is: two or more independent sources */
    case DLG_CERTAINTY_CONFIRMED: return _("Confirmed");
    /* Translators: how sure a fact is: one source says it */
    case DLG_CERTAINTY_SINGLE_SOURCE: return _("Single source");
    /* Translators: how sure a fact is: no source confirms it */
    case DLG_CERTAINTY_UNCONFIRMED: return _("Unconfirmed");
    /* Translators: how sure a fact is: sources disagree */
    case DLG_CERTAINTY_DISPUTED:
    default: return _("Disputed");
    }
}

const char *
dlg_certainty_to_mark (DlgCertainty certainty)
{
  switch (certainty)
    {
    case DLG_CERTAINTY_CONFIRMED: return "";
    /* Translators: the mark after a fact only one source gives (a dagger); keep it one
     * character that is not a digit, a letter or a bracket */
    case DLG_CERTAINTY_SINGLE_SOURCE: return C_("certainty mark", "†");
    /* Translators: the mark after a fact no source confirms */
    case DLG_CERTAINTY_UNCONFIRMED: return C_("certainty mark", "?");
    /* Translators: the mark after a fact sources disagree about ("not equal") */
    case DLG_CERTAINTY_DISPUTED:
    default: return C_("certainty mark", "≠");
    }
}

char *
dlg_certainty_legend (void)
{
  /* Translators: the legend of the certainty marks; %s are the marks (†, ?, ≠) */
  return g_strdup_printf (_("Marks: %s one source only; %s unconfirmed; %s sources disagree. "
                            "Unmarked facts have two or more independent sources."),
                          dlg_certainty_to_mark (DLG_CERTAINTY_SINGLE_SOURCE),
                          dlg_certainty_to_mark (DLG_CERTAINTY_UNCONFIRMED),
                          dlg_certainty_to_mark (DLG_CERTAINTY_DISPUTED));
}

const char *
dlg_attendance_to_label (DlgAttendance attendance)
{
  switch (attendance)
    {
    /* Translators: a person at a stop of the route */
    case DLG_ATTENDANCE_ATTENDED: return _("Attended");
    /* Translators: a person at a stop of the route: a source says they were not there */
    case DLG_ATTENDANCE_MISSED: return _("Missed");
    /* Translators: a person at a stop of the route: no source says whether they were there */
    case DLG_ATTENDANCE_NOT_KNOWN:
    default: return _("Not known");
    }
}
