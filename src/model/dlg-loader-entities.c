/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-loader"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "dlg-error.h"
#include "dlg-json-scan.h"
#include "dlg-loader-private.h"
#include "dlg-text.h"

/* --- entities, innermost first --- */

/* A leg as the file gives it, resolved once the delegation's route is read. */
typedef struct
{
  char *destination;
  char *path;
  GStrv sources;
  DlgAttendance attendance;
  gboolean flagged;
} PendingLeg;

typedef struct
{
  DlgMember *member;
  DlgAttendance attendance;
} LegList;

static void
pending_leg_free (gpointer data)
{
  PendingLeg *leg = data;

  g_free (leg->destination);
  g_free (leg->path);
  g_strfreev (leg->sources);
  g_free (leg);
}

/* The arrays a member lists legs in, by DlgAttendance */
static const char * const leg_lists[] = { "attended", "missed", "not_known" };

static gboolean
read_leg (Ctx        *ctx,
          JsonObject *object,
          const char *path,
          gpointer    user_data)
{
  static const char * const known[] = { "destination", "sources", "unconfirmed", NULL };
  LegList *list = user_data;
  PendingLeg *leg = g_new0 (PendingLeg, 1);

  dlg_loader_check_unknown_members (ctx, object, path, known);
  dlg_loader_read_string (ctx, object, path, "destination", REQUIRED, &leg->destination);
  leg->sources = dlg_loader_read_source_refs (ctx, object, path, "sources");
  dlg_loader_read_bool (ctx, object, path, "unconfirmed", &leg->flagged);
  leg->attendance = list->attendance;
  leg->path = g_strdup (path);
  g_ptr_array_add (list->member->pending_legs, leg);
  return TRUE;
}

/* "announced": {"members": N, "countries": N, "text": ..., "sources": [...]} */
static DlgAnnounced *
read_announced (Ctx        *ctx,
                JsonObject *object,
                const char *path)
{
  static const char * const known[] = {
    "members", "countries", "text", "scope", "note", "sources", NULL
  };
  JsonNode *node = dlg_loader_get_member (ctx, object, path, "announced", OPTIONAL);
  g_autoptr(DlgAnnounced) announced = NULL;
  g_autoptr(GString) apath = NULL;
  const char *names[] = { "members", "countries" };
  int *values[2];
  JsonObject *inner;

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      error_at (ctx, path, "announced", _("expected an object, found %s"),
                dlg_loader_node_kind (node));
      return NULL;
    }
  inner = json_node_get_object (node);
  apath = g_string_new (path);
  dlg_json_path_append_member (apath, "announced");
  announced = g_new0 (DlgAnnounced, 1);
  values[0] = &announced->members;
  values[1] = &announced->countries;
  dlg_loader_check_unknown_members (ctx, inner, apath->str, known);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gboolean present;
      double value;

      *values[i] = -1;
      if (dlg_loader_read_number (ctx, inner, apath->str, names[i], 0, 1e9, &present, &value) &&
          present)
        {
          if (value != floor (value))
            error_at (ctx, apath->str, names[i], _("expected a whole number, found %g"), value);
          else
            *values[i] = (int) value;
        }
    }
  if (!json_object_has_member (inner, "members") && !json_object_has_member (inner, "countries"))
    error_at (ctx, path, "announced",
              _("announced figures give \"members\", \"countries\" or both"));
  dlg_loader_read_string (ctx, inner, apath->str, "text", OPTIONAL, &announced->text);
  dlg_loader_read_string (ctx, inner, apath->str, "scope", OPTIONAL, &announced->scope);
  dlg_loader_read_string (ctx, inner, apath->str, "note", OPTIONAL, &announced->note);
  announced->sources = dlg_loader_read_source_refs (ctx, inner, apath->str, "sources");
  if (announced->sources == NULL)
    announced->sources = g_new0 (char *, 1);
  return g_steal_pointer (&announced);
}

/* "latitude" and "longitude", in range and together; TRUE when both are */
static gboolean
read_coordinates (Ctx        *ctx,
                  JsonObject *object,
                  const char *path,
                  double     *latitude,
                  double     *longitude)
{
  gboolean has_lat, has_lon;

  dlg_loader_read_number (ctx, object, path, "latitude", -90, 90, &has_lat, latitude);
  dlg_loader_read_number (ctx, object, path, "longitude", -180, 180, &has_lon, longitude);
  if (json_object_has_member (object, "latitude") != json_object_has_member (object, "longitude"))
    error_at (ctx, path, NULL, _("\"latitude\" and \"longitude\" go together; one is missing"));
  return has_lat && has_lon;
}

static gboolean
read_member (Ctx        *ctx,
             JsonObject *object,
             const char *path,
             gpointer    user_data)
{
  static const char * const known[] = {
    "id", "name", "party", "role", "role_kind", "status", "membership", "attended", "missed",
    "not_known", "unconfirmed", "notes", "disagreements", "sources", NULL
  };
  DlgDelegation *delegation = user_data;
  g_autoptr(DlgMember) member = g_object_new (DLG_TYPE_MEMBER, NULL);
  gboolean flagged;
  int value;

  dlg_loader_check_unknown_members (ctx, object, path, known);
  flagged = dlg_loader_read_record (ctx, DLG_RECORD (member), object, path, REQUIRED,
                                    ctx->member_ids);
  dlg_loader_read_string (ctx, object, path, "name", REQUIRED, &member->name);
  dlg_loader_read_string (ctx, object, path, "party", OPTIONAL, &member->party);
  dlg_loader_read_string (ctx, object, path, "role", OPTIONAL, &member->role);
  dlg_loader_read_enum (ctx, object, path, "role_kind", OPTIONAL, DLG_TYPE_ROLE_KIND,
             DLG_ROLE_KIND_OTHER, &value);
  member->role_kind = value;
  dlg_loader_read_enum (ctx, object, path, "status", OPTIONAL, DLG_TYPE_MEMBER_STATUS,
             DLG_MEMBER_STATUS_UNCONFIRMED, &value);
  member->status = value;
  dlg_loader_read_enum (ctx, object, path, "membership", OPTIONAL, DLG_TYPE_MEMBERSHIP,
                        DLG_MEMBERSHIP_MEMBER, &value);
  member->membership = value;

  /* a member whose travel is unconfirmed is unconfirmed, however many
   * sources name them; a disagreement about the member (a party, a role)
   * is not one about where they were */
  member->presence = dlg_loader_judge (ctx, dlg_record_get_sources (DLG_RECORD (member)),
                                       flagged, FALSE);
  if (member->status == DLG_MEMBER_STATUS_UNCONFIRMED)
    {
      _dlg_record_set_certainty (DLG_RECORD (member),
                                 MAX (dlg_record_get_certainty (DLG_RECORD (member)),
                                      DLG_CERTAINTY_UNCONFIRMED));
      member->presence = MAX (member->presence, DLG_CERTAINTY_UNCONFIRMED);
    }

  /* legs: resolved against the route in resolve_legs().  Format 1.1 has
   * "attended" (every stop attended) or "missed"; 1.2 any of the three. */
  if (ctx->minor < 2 && json_object_has_member (object, "attended") &&
      json_object_has_member (object, "missed"))
    error_at (ctx, path, "missed",
              _("a member lists the legs \"attended\" or those \"missed\", not both"));
  else
    for (guint i = 0; i < G_N_ELEMENTS (leg_lists); i++)
      {
        LegList list = { member, i };

        if (!json_object_has_member (object, leg_lists[i]))
          continue;
        member->has_legs = TRUE;
        if (i == DLG_ATTENDANCE_ATTENDED)
          member->has_attended_list = TRUE;
        if (member->pending_legs == NULL)
          member->pending_legs = g_ptr_array_new_with_free_func (pending_leg_free);
        dlg_loader_read_objects (ctx, object, path, leg_lists[i], OPTIONAL, read_leg, &list);
      }

  dlg_list_append (delegation->members, member);
  return TRUE;
}

static gboolean
read_destination (Ctx        *ctx,
                  JsonObject *object,
                  const char *path,
                  gpointer    user_data)
{
  static const char * const known[] = {
    "id", "country", "capital", "cities_visited", "from", "to", "dates_approximate",
    "dates_text", "dates_sources", "status", "unsc", "latitude", "longitude", "place",
    "unconfirmed", "notes", "disagreements", "sources", NULL
  };
  DlgDelegation *delegation = user_data;
  g_autoptr(DlgDestination) dest = g_object_new (DLG_TYPE_DESTINATION, NULL);
  g_autofree char *place_id = NULL;
  int value;

  dlg_loader_check_unknown_members (ctx, object, path, known);
  dlg_loader_read_record (ctx, DLG_RECORD (dest), object, path, OPTIONAL, ctx->destination_ids);
  dlg_loader_read_string (ctx, object, path, "country", REQUIRED, &dest->country);
  dlg_loader_read_string (ctx, object, path, "capital", REQUIRED, &dest->capital);
  dest->cities = dlg_loader_read_string_array (ctx, object, path, "cities_visited");
  dlg_loader_read_dates (ctx, object, path, &dest->from, &dest->to, &dest->dates_approximate);
  dlg_loader_read_string (ctx, object, path, "dates_text", OPTIONAL, &dest->dates_text);
  dest->dates_sources = dlg_loader_read_source_refs (ctx, object, path, "dates_sources");
  dlg_loader_read_enum (ctx, object, path, "status", REQUIRED, DLG_TYPE_VISIT_STATUS,
             DLG_VISIT_STATUS_PLANNED, &value);
  dest->status = value;
  dlg_loader_read_enum (ctx, object, path, "unsc", REQUIRED, DLG_TYPE_UNSC, DLG_UNSC_NONE, &value);
  dest->unsc = value;

  dest->has_coordinates = read_coordinates (ctx, object, path, &dest->latitude,
                                            &dest->longitude);

  if (dest->cities == NULL)
    dest->cities = g_new0 (char *, 1);
  if (dest->dates_sources == NULL)
    dest->dates_sources = g_new0 (char *, 1);
  if (dlg_loader_read_string (ctx, object, path, "place", OPTIONAL, &place_id) &&
      place_id != NULL)
    {
      DlgPlace *place = dlg_dataset_lookup_place (ctx->dataset, place_id);

      if (place != NULL)
        dest->place = g_object_ref (place);
      else
        {
          g_autofree char *quoted = dlg_text_quote (place_id);

          error_at (ctx, path, "place", _("unknown place id %s; it is not in $.places"), quoted);
        }
    }
  /* one place, one key: by its id when the file names it (format 1.1), the
   * outermost place it lies within (1.2): the UN Headquarters in New York
   * is compared as New York */
  if (dest->place != NULL)
    dest->key = g_strconcat ("\001place:",
                             dlg_record_get_id (DLG_RECORD (dlg_place_get_outermost (dest->place))),
                             NULL);
  else if (dest->country != NULL && dest->capital != NULL)
    dest->key = _dlg_destination_make_key (dest->country, dest->capital);

  dlg_list_append (delegation->destinations, dest);
  return TRUE;
}

static DlgMember *
find_member (GListModel *members,
             const char *id)
{
  guint n = g_list_model_get_n_items (members);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgMember) m = g_list_model_get_item (members, i);

      if (g_strcmp0 (dlg_record_get_id (DLG_RECORD (m)), id) == 0)
        return m;
    }
  return NULL;
}

/* The stop the leg names, by its place on the route; reports a leg that
 * names no stop of this route, or one named already.  -1 when none. */
static int
leg_position (Ctx         *ctx,
              GHashTable  *positions,
              PendingLeg  *leg,
              const guint *named)
{
  guint j;

  if (leg->destination == NULL)
    return -1;
  j = GPOINTER_TO_UINT (g_hash_table_lookup (positions, leg->destination));
  if (j-- == 0)
    {
      g_autofree char *quoted = dlg_text_quote (leg->destination);

      if (g_hash_table_contains (ctx->destination_ids, leg->destination))
        error_at (ctx, leg->path, "destination",
                  _("destination %s is on another delegation's route (%s), "
                    "not on this member's"),
                  quoted,
                  (const char *) g_hash_table_lookup (ctx->destination_ids, leg->destination));
      else
        error_at (ctx, leg->path, "destination",
                  _("destination %s is not the id of any destination of this delegation"),
                  quoted);
      return -1;
    }
  if (named[j] != 0)
    {
      g_autofree char *quoted = dlg_text_quote (leg->destination);

      error_at (ctx, leg->path, "destination",
                _("destination %s is listed twice in this member's legs (already in \"%s\")"),
                quoted, leg_lists[named[j] - 1]);
      return -1;
    }
  return (int) j;
}

/* Where a stop the file does not name puts a member: with the delegation
 * (attended), not known, or missed when the file says its record is
 * complete.  A 1.1 "attended" listed every stop attended. */
static DlgAttendance
unnamed_attendance (Ctx           *ctx,
                    DlgDelegation *delegation,
                    DlgMember     *m)
{
  if (m->status == DLG_MEMBER_STATUS_UNCONFIRMED)
    return DLG_ATTENDANCE_NOT_KNOWN;
  if (!m->has_attended_list)
    return DLG_ATTENDANCE_ATTENDED;
  return ctx->minor < 2 || delegation->attendance_complete ? DLG_ATTENDANCE_MISSED
                                                           : DLG_ATTENDANCE_NOT_KNOWN;
}

/* Each member's own route: the legs the file gives, against this
 * delegation's destinations; the whole route (shared) otherwise.  Who
 * did not travel (withdrew, declined) has no stops at all; a stop the
 * delegation did not visit is never missed nor not known. */
static void
resolve_legs (Ctx           *ctx,
              DlgDelegation *delegation)
{
  GListModel *destinations = G_LIST_MODEL (delegation->destinations);
  GListModel *members = G_LIST_MODEL (delegation->members);
  guint n_route = g_list_model_get_n_items (destinations);
  guint n_members = g_list_model_get_n_items (members);
  g_autoptr(GPtrArray) whole = g_ptr_array_new_full (n_route, g_object_unref);
  /* a destination's id -> its place on the route + 1, made for the first
   * member with legs: a leg is looked up, not searched for (a member of
   * 64 000 legs took 32 s) */
  g_autoptr(GHashTable) positions = NULL;

  for (guint j = 0; j < n_route; j++)
    g_ptr_array_add (whole, g_list_model_get_item (destinations, j));

  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(DlgMember) m = g_list_model_get_item (members, i);
      g_autofree guint *named = NULL;
      g_autoptr(GStrvBuilder) sources = NULL;
      gboolean travelled = m->status == DLG_MEMBER_STATUS_TRAVELLED ||
                           m->status == DLG_MEMBER_STATUS_UNCONFIRMED;
      DlgAttendance rest = unnamed_attendance (ctx, delegation, m);

      if (m->pending_legs == NULL && travelled && rest == DLG_ATTENDANCE_ATTENDED)
        {
          g_ptr_array_unref (m->route);
          m->route = g_ptr_array_ref (whole);
          continue;
        }
      if (positions == NULL)
        {
          positions = g_hash_table_new (g_str_hash, g_str_equal);
          for (guint j = n_route; j > 0; j--)
            {
              const char *id = dlg_record_get_id (g_ptr_array_index (whole, j - 1));

              /* the first of a duplicated id (refused elsewhere) */
              if (id != NULL)
                g_hash_table_insert (positions, (gpointer) id, GUINT_TO_POINTER (j));
            }
        }
      /* named[j]: the leg's attendance + 1, 0 when the file does not name stop j */
      named = g_new0 (guint, MAX (n_route, 1));
      sources = g_strv_builder_new ();
      for (guint k = 0; m->pending_legs != NULL && k < m->pending_legs->len; k++)
        {
          PendingLeg *leg = g_ptr_array_index (m->pending_legs, k);
          int j = leg_position (ctx, positions, leg, named);
          DlgLegRecord *record;

          if (j < 0)
            continue;
          if (leg->attendance != DLG_ATTENDANCE_ATTENDED &&
              ((DlgDestination *) g_ptr_array_index (whole, j))->status != DLG_VISIT_STATUS_VISITED)
            {
              g_autofree char *quoted = dlg_text_quote (leg->destination);

              warning_at (ctx, leg->path, "destination",
                          _("destination %s was not visited: nobody missed it, and nobody is "
                            "not known there; this leg is ignored"), quoted);
              continue;
            }
          named[j] = leg->attendance + 1;
          for (guint s = 0; leg->sources != NULL && leg->sources[s] != NULL; s++)
            g_strv_builder_add (sources, leg->sources[s]);
          if (!travelled)
            continue;
          record = g_new0 (DlgLegRecord, 1);
          record->stop = g_ptr_array_index (whole, j);
          record->attendance = leg->attendance;
          record->sources = g_steal_pointer (&leg->sources);
          if (record->sources == NULL)
            record->sources = g_new0 (char *, 1);
          /* a leg without sources of its own is as sure as the member */
          /* a leg without sources of its own is as sure as the member's
           * being there; one with its own no surer than that */
          record->certainty = record->sources[0] == NULL && !leg->flagged
                              ? m->presence
                              : MAX (m->presence,
                                     dlg_loader_judge (ctx, (const char * const *) record->sources,
                                                       leg->flagged, FALSE));
          if (record->attendance == DLG_ATTENDANCE_NOT_KNOWN)
            record->certainty = DLG_CERTAINTY_UNCONFIRMED;
          if (m->legs == NULL)
            m->legs = g_ptr_array_new_with_free_func (_dlg_leg_record_free);
          g_ptr_array_add (m->legs, record);
        }

      g_ptr_array_unref (m->route);
      g_ptr_array_unref (m->missed);
      g_ptr_array_unref (m->not_known);
      m->route = g_ptr_array_new_with_free_func (g_object_unref);
      m->missed = g_ptr_array_new_with_free_func (g_object_unref);
      m->not_known = g_ptr_array_new_with_free_func (g_object_unref);
      m->own_route = TRUE;
      for (guint j = 0; travelled && j < n_route; j++)
        {
          DlgDestination *d = g_ptr_array_index (whole, j);
          DlgAttendance a = named[j] != 0 ? named[j] - 1 : rest;

          if (named[j] == 0 && a != DLG_ATTENDANCE_ATTENDED &&
              d->status != DLG_VISIT_STATUS_VISITED)
            continue;
          switch (a)
            {
            case DLG_ATTENDANCE_ATTENDED:
              g_ptr_array_add (m->route, g_object_ref (d));
              break;
            case DLG_ATTENDANCE_MISSED:
              g_ptr_array_add (m->missed, g_object_ref (d));
              break;
            case DLG_ATTENDANCE_NOT_KNOWN:
            default:
              g_ptr_array_add (m->not_known, g_object_ref (d));
              break;
            }
        }
      m->legs_sources = g_strv_builder_end (sources);
      g_clear_pointer (&m->pending_legs, g_ptr_array_unref);
    }
}

static GRefString *
fold_route (GString *route)
{
  g_autofree char *folded = dlg_text_fold (route->str);

  return g_ref_string_new (folded);
}

static GRefString *
route_search_text (DlgList *destinations)
{
  g_autoptr(GString) route = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (destinations));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgDestination) d = g_list_model_get_item (G_LIST_MODEL (destinations), i);

      _dlg_destination_append_search_text (d, route);
    }
  return fold_route (route);
}

static GRefString *
own_route_text (GPtrArray *stops)
{
  g_autoptr(GString) route = g_string_new (NULL);

  for (guint i = 0; stops != NULL && i < stops->len; i++)
    _dlg_destination_append_search_text (g_ptr_array_index (stops, i), route);
  return fold_route (route);
}

static void
link_delegation (DlgDelegation *delegation,
                 DlgSide       *side)
{
  GRefString *delegation_id = g_ref_string_new (dlg_record_get_id (DLG_RECORD (delegation)) ?: "");
  GRefString *label = g_ref_string_new (delegation->label ?: "");
  GRefString *side_id = g_ref_string_new (dlg_record_get_id (DLG_RECORD (side)) ?: "");
  GRefString *side_name = g_ref_string_new (side->name ?: "");
  GRefString *route_text = NULL;
  guint n;

  route_text = route_search_text (delegation->destinations);

  n = g_list_model_get_n_items (G_LIST_MODEL (delegation->members));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgMember) m = g_list_model_get_item (G_LIST_MODEL (delegation->members), i);

      m->delegation_id = g_ref_string_acquire (delegation_id);
      m->delegation_label = g_ref_string_acquire (label);
      m->side_id = g_ref_string_acquire (side_id);
      m->side_name = g_ref_string_acquire (side_name);
      m->route_text = m->own_route ? own_route_text (m->route) : g_ref_string_acquire (route_text);
      m->is_leader = m == delegation->leader;
      _dlg_member_prepare (m);
      dlg_list_append (side->members, m);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (delegation->destinations));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgDestination) d =
        g_list_model_get_item (G_LIST_MODEL (delegation->destinations), i);

      d->delegation_id = g_ref_string_acquire (delegation_id);
      d->delegation_label = g_ref_string_acquire (label);
      d->side_id = g_ref_string_acquire (side_id);
      dlg_list_append (side->destinations, d);
    }

  delegation->side_id = g_ref_string_acquire (side_id);

  g_ref_string_release (delegation_id);
  g_ref_string_release (label);
  g_ref_string_release (side_id);
  g_ref_string_release (side_name);
  g_ref_string_release (route_text);
}

static gboolean
read_delegation (Ctx        *ctx,
                 JsonObject *object,
                 const char *path,
                 gpointer    user_data)
{
  static const char * const known[] = {
    "id", "label", "leader", "from", "to", "dates_approximate", "announced",
    "attendance_complete", "unconfirmed", "members", "destinations", "notes", "disagreements",
    "sources", NULL
  };
  DlgSide *side = user_data;
  g_autoptr(DlgDelegation) delegation = g_object_new (DLG_TYPE_DELEGATION, NULL);
  g_autofree char *leader = NULL;

  dlg_loader_check_unknown_members (ctx, object, path, known);
  dlg_loader_read_record (ctx, DLG_RECORD (delegation), object, path, REQUIRED,
                          ctx->delegation_ids);
  dlg_loader_read_string (ctx, object, path, "label", REQUIRED, &delegation->label);
  dlg_loader_read_dates (ctx, object, path, &delegation->from, &delegation->to,
              &delegation->dates_approximate);
  dlg_loader_read_bool (ctx, object, path, "attendance_complete",
                        &delegation->attendance_complete);
  dlg_loader_read_objects (ctx, object, path, "members", REQUIRED, read_member, delegation);
  dlg_loader_read_objects (ctx, object, path, "destinations", REQUIRED, read_destination,
                           delegation);
  resolve_legs (ctx, delegation);
  delegation->announced = read_announced (ctx, object, path);

  if (dlg_loader_read_string (ctx, object, path, "leader", OPTIONAL, &leader) && leader != NULL)
    {
      DlgMember *m = find_member (G_LIST_MODEL (delegation->members), leader);

      if (m != NULL)
        delegation->leader = g_object_ref (m);
      else
        {
          g_autofree char *quoted = dlg_text_quote (leader);

          if (g_hash_table_contains (ctx->member_ids, leader))
            error_at (ctx, path, "leader",
                      _("leader %s is a member of another delegation (%s), not of this one"),
                      quoted, (const char *) g_hash_table_lookup (ctx->member_ids, leader));
          else
            error_at (ctx, path, "leader",
                      _("leader %s is not the id of any member of this delegation"), quoted);
        }
    }

  link_delegation (delegation, side);
  dlg_list_append (side->delegations, delegation);
  return TRUE;
}

static gboolean
is_colour (const char *text)
{
  if (strlen (text) != 7 || text[0] != '#')
    return FALSE;
  for (int i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* The capital a side's delegations start from, when the places name it */
static DlgPlace *
find_home_place (DlgDataset *dataset,
                 const char *home_capital)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, dataset->places_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (dlg_place_get_kind (value) == DLG_PLACE_KIND_CAPITAL &&
        g_strcmp0 (dlg_place_get_name (value), home_capital) == 0)
      return value;
  return NULL;
}

static gboolean
read_side (Ctx        *ctx,
           JsonObject *object,
           const char *path,
           gpointer    user_data)
{
  static const char * const known[] = {
    "id", "name", "colour", "home_capital", "announced", "purposes", "delegations",
    "unconfirmed", "notes", "disagreements", "sources", NULL
  };
  DlgDataset *dataset = user_data;
  g_autoptr(DlgSide) side = g_object_new (DLG_TYPE_SIDE, NULL);

  dlg_loader_check_unknown_members (ctx, object, path, known);
  dlg_loader_read_record (ctx, DLG_RECORD (side), object, path, REQUIRED, ctx->side_ids);
  dlg_loader_read_string (ctx, object, path, "name", REQUIRED, &side->name);
  if (dlg_loader_read_string (ctx, object, path, "colour", OPTIONAL, &side->colour) &&
      side->colour != NULL && !is_colour (side->colour))
    {
      g_autofree char *quoted = dlg_text_quote (side->colour);

      error_at (ctx, path, "colour", _("expected a colour as \"#rrggbb\", found %s"), quoted);
      g_clear_pointer (&side->colour, g_free);
    }
  dlg_loader_read_string (ctx, object, path, "home_capital", OPTIONAL, &side->home_capital);
  if (side->home_capital != NULL)
    g_set_object (&side->home_place, find_home_place (dataset, side->home_capital));
  side->announced = read_announced (ctx, object, path);
  g_ptr_array_unref (side->purposes);
  side->purposes = dlg_loader_read_notes (ctx, object, path, "purposes");
  dlg_loader_read_objects (ctx, object, path, "delegations", REQUIRED, read_delegation, side);

  dlg_list_append (dataset->sides, side);
  return TRUE;
}

static gboolean
read_source (Ctx        *ctx,
             JsonObject *object,
             const char *path,
             gpointer    user_data)
{
  static const char * const known[] = {
    "id", "title", "publisher", "date", "url", "note", "kind", "agency", "unverified", NULL
  };
  int kind;
  DlgDataset *dataset = user_data;
  g_autoptr(DlgSource) source = g_object_new (DLG_TYPE_SOURCE, NULL);

  dlg_loader_check_unknown_members (ctx, object, path, known);
  source->id = dlg_loader_read_id (ctx, object, path, REQUIRED, ctx->source_ids);
  dlg_loader_read_string (ctx, object, path, "title", REQUIRED, &source->title);
  dlg_loader_read_string (ctx, object, path, "publisher", OPTIONAL, &source->publisher);
  if (dlg_loader_read_string (ctx, object, path, "date", OPTIONAL, &source->date) &&
      source->date != NULL && dlg_date_parse (source->date, NULL) == DLG_DATE_NONE)
    {
      g_autofree char *quoted = dlg_text_quote (source->date);

      error_at (ctx, path, "date",
                _("expected an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY), found %s"), quoted);
      g_clear_pointer (&source->date, g_free);
    }
  dlg_loader_read_string (ctx, object, path, "note", OPTIONAL, &source->note);
  dlg_loader_read_enum (ctx, object, path, "kind", OPTIONAL, DLG_TYPE_SOURCE_KIND,
                        DLG_SOURCE_KIND_NEWS_REPORT, &kind);
  source->kind = kind;
  dlg_loader_read_string (ctx, object, path, "agency", OPTIONAL, &source->agency);
  dlg_loader_read_bool (ctx, object, path, "unverified", &source->unverified);
  if (dlg_loader_read_string (ctx, object, path, "url", OPTIONAL, &source->url) &&
      source->url != NULL)
    {
      g_autofree char *scheme = g_uri_parse_scheme (source->url);

      /* a web page, nothing a click would run or open on this machine
       * (javascript:, file:) */
      if (scheme == NULL ||
          (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0))
        {
          g_autofree char *quoted = dlg_text_quote (source->url);

          error_at (ctx, path, "url",
                    _("expected a web address (http or https) such as https://..., found %s"),
                    quoted);
          g_clear_pointer (&source->url, g_free);
        }
    }

  source->number = g_list_model_get_n_items (G_LIST_MODEL (dataset->sources)) + 1;
  dlg_list_append (dataset->sources, source);
  if (source->id != NULL && !g_hash_table_contains (dataset->sources_by_id, source->id))
    g_hash_table_insert (dataset->sources_by_id, source->id, source);
  return TRUE;
}

static gboolean
read_place (Ctx        *ctx,
            JsonObject *object,
            const char *path,
            gpointer    user_data)
{
  static const char * const known[] = {
    "id", "name", "kind", "country", "unsc", "latitude", "longitude", "within",
    "unconfirmed", "notes", "disagreements", "sources", NULL
  };
  DlgDataset *dataset = user_data;
  g_autoptr(DlgPlace) place = g_object_new (DLG_TYPE_PLACE, NULL);
  const char *id;
  int value;

  dlg_loader_check_unknown_members (ctx, object, path, known);
  dlg_loader_read_record (ctx, DLG_RECORD (place), object, path, REQUIRED, ctx->place_ids);
  dlg_loader_read_string (ctx, object, path, "name", REQUIRED, &place->name);
  dlg_loader_read_enum (ctx, object, path, "kind", REQUIRED, DLG_TYPE_PLACE_KIND,
                        DLG_PLACE_KIND_CITY, &value);
  place->kind = value;
  dlg_loader_read_string (ctx, object, path, "country", OPTIONAL, &place->country);
  if (place->kind == DLG_PLACE_KIND_CAPITAL && place->country == NULL &&
      json_object_has_member (object, "kind"))
    error_at (ctx, path, NULL, _("a capital names its country: \"country\" is missing"));
  if (json_object_has_member (object, "unsc"))
    {
      if (place->kind != DLG_PLACE_KIND_CAPITAL)
        error_at (ctx, path, "unsc",
                  _("\"unsc\" is a state's UN Security Council membership, given for a "
                    "capital; this place's kind is \"%s\""),
                  dlg_enum_to_nick (DLG_TYPE_PLACE_KIND, place->kind));
      else if (dlg_loader_read_enum (ctx, object, path, "unsc", OPTIONAL, DLG_TYPE_UNSC,
                                     DLG_UNSC_NONE, &value))
        place->unsc = value;
    }

  place->has_coordinates = read_coordinates (ctx, object, path, &place->latitude,
                                             &place->longitude);
  /* resolved once every place is read (resolve_within) */
  dlg_loader_read_string (ctx, object, path, "within", OPTIONAL, &place->within_id);
  if (!json_object_has_member (object, "latitude") &&
      !json_object_has_member (object, "longitude") &&
      place->kind != DLG_PLACE_KIND_INTERNATIONAL_ORGANISATION)
    error_at (ctx, path, NULL,
              _("a capital or a city has coordinates: \"latitude\" and \"longitude\" "
                "are missing"));

  dlg_list_append (dataset->places, place);
  id = dlg_record_get_id (DLG_RECORD (place));
  if (id != NULL && !g_hash_table_contains (dataset->places_by_id, id))
    g_hash_table_insert (dataset->places_by_id, (gpointer) id, place);
  return TRUE;
}

static gboolean
read_version (Ctx        *ctx,
              JsonObject *root,
              DlgDataset *dataset)
{
  g_autofree char *format = NULL;
  g_autofree char *quoted = NULL;
  guint64 major = 0, minor = 0;
  char *end = NULL;

  if (!dlg_loader_read_string (ctx, root, "$", "format", REQUIRED, &format) || format == NULL)
    return FALSE;
  if (strcmp (format, DLG_FORMAT_NAME) != 0)
    {
      g_autofree char *found = dlg_text_quote (format);

      error_at (ctx, "$", "format",
                _("this is not a Delegations dataset: \"format\" is %s, expected \"%s\""),
                found, DLG_FORMAT_NAME);
      return FALSE;
    }

  if (!dlg_loader_read_string (ctx, root, "$", "version", REQUIRED, &dataset->version) ||
      dataset->version == NULL)
    return FALSE;

  quoted = dlg_text_escape (dataset->version, DLG_TEXT_QUOTE_CHARS);
  major = g_ascii_strtoull (dataset->version, &end, 10);
  /* digits only (strtoull takes a sign and spaces too), the major number
   * without a leading zero: "1.0", not "+1.0", "-1.0" or "01.1" */
  if (!g_ascii_isdigit (dataset->version[0]) ||
      (dataset->version[0] == '0' && g_ascii_isdigit (dataset->version[1])) ||
      end == dataset->version || *end != '.' || !g_ascii_isdigit (end[1]))
    {
      error_at (ctx, "$", "version",
                _("expected a version \"MAJOR.MINOR\" such as \"1.0\", found \"%s\""),
                quoted);
      return FALSE;
    }
  minor = g_ascii_strtoull (end + 1, &end, 10);
  if (*end != '\0')
    {
      error_at (ctx, "$", "version",
                _("expected a version \"MAJOR.MINOR\" such as \"1.0\", found \"%s\""),
                quoted);
      return FALSE;
    }

  if (major != DLG_FORMAT_MAJOR)
    {
      if (major > DLG_FORMAT_MAJOR)
        error_at (ctx, "$", "version",
                  _("format version %s is newer than this application reads (%d.x); "
                    "update Delegations to open it"),
                  quoted, DLG_FORMAT_MAJOR);
      else
        error_at (ctx, "$", "version", _("format version %s is not supported (expected %d.x)"),
                  quoted, DLG_FORMAT_MAJOR);
      ctx->newer_version = TRUE;
      return FALSE;
    }
  ctx->minor = (guint) MIN (minor, G_MAXUINT);
  if (minor > DLG_FORMAT_MINOR)
    warning_at (ctx, "$", "version",
                _("format version %s is newer than %d.%d; members this version does not "
                  "know are ignored"),
                quoted, DLG_FORMAT_MAJOR, DLG_FORMAT_MINOR);
  return TRUE;
}

/* Each place's "within", once all are read: a place of the list, and no
 * place lies within itself, however far round */
static void
resolve_within (Ctx        *ctx,
                DlgDataset *dataset)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (dataset->places));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgPlace) place = g_list_model_get_item (G_LIST_MODEL (dataset->places), i);
      g_autofree char *path = dlg_loader_element_path ("$", "places", i);
      DlgPlace *within;

      if (place->within_id == NULL)
        continue;
      within = dlg_dataset_lookup_place (dataset, place->within_id);
      if (within == NULL)
        {
          g_autofree char *quoted = dlg_text_quote (place->within_id);

          error_at (ctx, path, "within", _("unknown place id %s; it is not in $.places"), quoted);
        }
      else
        place->within = within;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgPlace) place = g_list_model_get_item (G_LIST_MODEL (dataset->places), i);
      DlgPlace *p = place->within;

      /* a place whose chain leads into a loop it is not part of is not
       * the one to blame: the loop's places are, each in turn */
      for (guint steps = 0; p != NULL && steps <= n; steps++, p = p->within)
        if (p == place)
          {
            g_autofree char *path = dlg_loader_element_path ("$", "places", i);

            error_at (ctx, path, "within", _("this place lies within itself (through \"within\")"));
            place->within = NULL;
            break;
          }
    }
}

static gboolean
read_event (Ctx        *ctx,
            JsonObject *object,
            const char *path,
            gpointer    user_data)
{
  static const char * const known[] = {
    "id", "text", "from", "to", "dates_approximate", "announcement", "unconfirmed",
    "notes", "disagreements", "sources", NULL
  };
  DlgDataset *dataset = user_data;
  g_autoptr(DlgEvent) event = g_object_new (DLG_TYPE_EVENT, NULL);
  gboolean announcement = FALSE;
  gboolean flagged;

  dlg_loader_check_unknown_members (ctx, object, path, known);
  flagged = dlg_loader_read_record (ctx, DLG_RECORD (event), object, path, OPTIONAL,
                                    ctx->event_ids);
  dlg_loader_read_string (ctx, object, path, "text", REQUIRED, &event->text);
  if (!json_object_has_member (object, "from"))
    error_at (ctx, path, NULL, _("an event has a date: \"from\" is missing"));
  dlg_loader_read_dates (ctx, object, path, &event->from, &event->to,
                         &event->dates_approximate);
  /* an announcement (of delegations, of a plan) is confirmed by the
   * reports of it, which confirm no visit */
  dlg_loader_read_bool (ctx, object, path, "announcement", &announcement);
  if (announcement)
    {
      _dlg_record_set_certainty (DLG_RECORD (event),
                                 _dlg_dataset_judge_full (dataset,
                                                          dlg_record_get_sources (DLG_RECORD (event)),
                                                          flagged,
                                                          dlg_record_get_disagreements (DLG_RECORD (event))->len > 0,
                                                          TRUE));
    }
  dlg_list_append (dataset->events, event);
  return TRUE;
}

void
dlg_loader_read_dataset (Ctx        *ctx,
                         JsonNode   *root_node,
                         DlgDataset *dataset)
{
  static const char * const known[] = {
    "$schema", "format", "version", "title", "description", "as_of",
    "sources", "places", "events", "notes", "disagreements", "sides", NULL
  };
  JsonObject *root;
  guint n_sides;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      error_at (ctx, "$", NULL, _("expected the dataset to be a JSON object, found %s"),
                dlg_loader_node_kind (root_node));
      return;
    }
  root = json_node_get_object (root_node);

  if (!read_version (ctx, root, dataset))
    return;

  ctx->dataset = dataset;
  dlg_loader_check_unknown_members (ctx, root, "$", known);
  dlg_loader_read_string (ctx, root, "$", "title", REQUIRED, &dataset->title);
  dlg_loader_read_string (ctx, root, "$", "description", OPTIONAL, &dataset->description);
  dlg_loader_read_date (ctx, root, "$", "as_of", &dataset->as_of);
  /* Sources first: everything else refers to them. */
  dlg_loader_read_objects (ctx, root, "$", "sources", OPTIONAL, read_source, dataset);
  /* At the top, "sources" is the list itself, not references to it. */
  _dlg_record_set_facts (DLG_RECORD (dataset), NULL,
                         dlg_loader_read_notes (ctx, root, "$", "notes"),
                         dlg_loader_read_notes (ctx, root, "$", "disagreements"),
                         NULL);
  /* Places next: destinations name them. */
  dlg_loader_read_objects (ctx, root, "$", "places", OPTIONAL, read_place, dataset);
  resolve_within (ctx, dataset);
  dlg_loader_read_objects (ctx, root, "$", "events", OPTIONAL, read_event, dataset);
  n_sides = dlg_loader_read_objects (ctx, root, "$", "sides", REQUIRED, read_side, dataset);

  if (json_object_has_member (root, "sides") && n_sides < 2 &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "sides")))
    error_at (ctx, "$", "sides", _("a dataset compares at least two sides; found %u"), n_sides);
}
