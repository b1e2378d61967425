/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-enums"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-enums.h"

/* The JSON spelling of each value is its nick. */
G_DEFINE_ENUM_TYPE (DlgRoleKind, dlg_role_kind,
  G_DEFINE_ENUM_VALUE (DLG_ROLE_KIND_SITTING_LEGISLATOR, "sitting-legislator"),
  G_DEFINE_ENUM_VALUE (DLG_ROLE_KIND_MINISTER, "minister"),
  G_DEFINE_ENUM_VALUE (DLG_ROLE_KIND_FORMER_MINISTER, "former-minister"),
  G_DEFINE_ENUM_VALUE (DLG_ROLE_KIND_FORMER_DIPLOMAT, "former-diplomat"),
  G_DEFINE_ENUM_VALUE (DLG_ROLE_KIND_OFFICIAL, "official"),
  G_DEFINE_ENUM_VALUE (DLG_ROLE_KIND_OTHER, "other"))

G_DEFINE_ENUM_TYPE (DlgMemberStatus, dlg_member_status,
  G_DEFINE_ENUM_VALUE (DLG_MEMBER_STATUS_TRAVELLED, "travelled"),
  G_DEFINE_ENUM_VALUE (DLG_MEMBER_STATUS_WITHDREW, "withdrew"),
  G_DEFINE_ENUM_VALUE (DLG_MEMBER_STATUS_DECLINED, "declined"),
  G_DEFINE_ENUM_VALUE (DLG_MEMBER_STATUS_UNCONFIRMED, "unconfirmed"))

G_DEFINE_ENUM_TYPE (DlgVisitStatus, dlg_visit_status,
  G_DEFINE_ENUM_VALUE (DLG_VISIT_STATUS_PLANNED, "planned"),
  G_DEFINE_ENUM_VALUE (DLG_VISIT_STATUS_VISITED, "visited"),
  G_DEFINE_ENUM_VALUE (DLG_VISIT_STATUS_PLANNED_NOT_VISITED, "planned-not-visited"))

G_DEFINE_ENUM_TYPE (DlgUnsc, dlg_unsc,
  G_DEFINE_ENUM_VALUE (DLG_UNSC_PERMANENT, "permanent"),
  G_DEFINE_ENUM_VALUE (DLG_UNSC_ELECTED, "elected"),
  G_DEFINE_ENUM_VALUE (DLG_UNSC_NONE, "none"),
  G_DEFINE_ENUM_VALUE (DLG_UNSC_NOT_A_STATE, "not-a-state"))

G_DEFINE_ENUM_TYPE (DlgMembership, dlg_membership,
  G_DEFINE_ENUM_VALUE (DLG_MEMBERSHIP_MEMBER, "member"),
  G_DEFINE_ENUM_VALUE (DLG_MEMBERSHIP_ACCOMPANYING, "accompanying"))

G_DEFINE_ENUM_TYPE (DlgPlaceKind, dlg_place_kind,
  G_DEFINE_ENUM_VALUE (DLG_PLACE_KIND_CAPITAL, "capital"),
  G_DEFINE_ENUM_VALUE (DLG_PLACE_KIND_CITY, "city"),
  G_DEFINE_ENUM_VALUE (DLG_PLACE_KIND_INTERNATIONAL_ORGANISATION, "international-organisation"))

G_DEFINE_ENUM_TYPE (DlgSourceKind, dlg_source_kind,
  G_DEFINE_ENUM_VALUE (DLG_SOURCE_KIND_NEWS_REPORT, "news-report"),
  G_DEFINE_ENUM_VALUE (DLG_SOURCE_KIND_OFFICIAL_STATEMENT, "official-statement"),
  G_DEFINE_ENUM_VALUE (DLG_SOURCE_KIND_ANNOUNCEMENT, "announcement"))

G_DEFINE_ENUM_TYPE (DlgCertainty, dlg_certainty,
  G_DEFINE_ENUM_VALUE (DLG_CERTAINTY_CONFIRMED, "confirmed"),
  G_DEFINE_ENUM_VALUE (DLG_CERTAINTY_SINGLE_SOURCE, "single-source"),
  G_DEFINE_ENUM_VALUE (DLG_CERTAINTY_UNCONFIRMED, "unconfirmed"),
  G_DEFINE_ENUM_VALUE (DLG_CERTAINTY_DISPUTED, "disputed"))

G_DEFINE_ENUM_TYPE (DlgAttendance, dlg_attendance,
  G_DEFINE_ENUM_VALUE (DLG_ATTENDANCE_ATTENDED, "attended"),
  G_DEFINE_ENUM_VALUE (DLG_ATTENDANCE_MISSED, "missed"),
  G_DEFINE_ENUM_VALUE (DLG_ATTENDANCE_NOT_KNOWN, "not-known"))

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
