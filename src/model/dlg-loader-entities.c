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
} PendingLeg;

static void
pending_leg_free (gpointer data)
{
  PendingLeg *leg = data;

  g_free (leg->destination);
  g_free (leg->path);
  g_strfreev (leg->sources);
  g_free (leg);
}

static gboolean
read_leg (Ctx        *ctx,
          JsonObject *object,
          const char *path,
          gpointer    user_data)
{
  static const char * const known[] = { "destination", "sources", NULL };
  DlgMember *member = user_data;
  PendingLeg *leg = g_new0 (PendingLeg, 1);

  dlg_loader_check_unknown_members (ctx, object, path, known);
  dlg_loader_read_string (ctx, object, path, "destination", REQUIRED, &leg->destination);
  leg->sources = dlg_loader_read_source_refs (ctx, object, path, "sources");
  leg->path = g_strdup (path);
  g_ptr_array_add (member->pending_legs, leg);
  return TRUE;
}

/* "announced": {"members": N, "countries": N, "text": ..., "sources": [...]} */
static DlgAnnounced *
read_announced (Ctx        *ctx,
                JsonObject *object,
                const char *path)
{
  static const char * const known[] = { "members", "countries", "text", "sources", NULL };
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
    "notes", "disagreements", "sources", NULL
  };
  DlgDelegation *delegation = user_data;
  g_autoptr(DlgMember) member = g_object_new (DLG_TYPE_MEMBER, NULL);
  int value;

  dlg_loader_check_unknown_members (ctx, object, path, known);
  dlg_loader_read_record (ctx, DLG_RECORD (member), object, path, REQUIRED, ctx->member_ids);
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

  /* legs: resolved against the route in resolve_legs() */
  if (json_object_has_member (object, "attended") && json_object_has_member (object, "missed"))
    error_at (ctx, path, "missed",
              _("a member lists the legs \"attended\" or those \"missed\", not both"));
  else
    for (guint i = 0; i < 2; i++)
      {
        const char *name = i == 0 ? "attended" : "missed";

        if (!json_object_has_member (object, name))
          continue;
        member->has_legs = TRUE;
        member->legs_missed = i == 1;
        member->pending_legs = g_ptr_array_new_with_free_func (pending_leg_free);
        dlg_loader_read_objects (ctx, object, path, name, OPTIONAL, read_leg, member);
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
    "notes", "disagreements", "sources", NULL
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
  /* one place, one key: by its id when the file names it (format 1.1) */
  if (dest->place != NULL)
    dest->key = g_strconcat ("\001place:", dlg_record_get_id (DLG_RECORD (dest->place)), NULL);
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

/* Each member's own route: the legs the file gives, against this
 * delegation's destinations; the whole route (shared) otherwise. */
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
      g_autofree gboolean *named = NULL;
      g_autoptr(GStrvBuilder) sources = NULL;
      gboolean missed;

      if (!m->has_legs || m->pending_legs == NULL)
        {
          g_ptr_array_unref (m->route);
          m->route = g_ptr_array_ref (whole);
          continue;
        }
      missed = m->legs_missed;
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
      named = g_new0 (gboolean, MAX (n_route, 1));
      sources = g_strv_builder_new ();
      for (guint k = 0; k < m->pending_legs->len; k++)
        {
          PendingLeg *leg = g_ptr_array_index (m->pending_legs, k);
          guint j;

          if (leg->destination == NULL)
            continue;
          j = GPOINTER_TO_UINT (g_hash_table_lookup (positions, leg->destination));
          if (j-- == 0)
            {
              g_autofree char *quoted = dlg_text_quote (leg->destination);

              if (g_hash_table_contains (ctx->destination_ids, leg->destination))
                error_at (ctx, leg->path, "destination",
                          _("destination %s is on another delegation's route (%s), "
                            "not on this member's"),
                          quoted,
                          (const char *) g_hash_table_lookup (ctx->destination_ids,
                                                              leg->destination));
              else
                error_at (ctx, leg->path, "destination",
                          _("destination %s is not the id of any destination of this delegation"),
                          quoted);
              continue;
            }
          if (named[j])
            {
              g_autofree char *quoted = dlg_text_quote (leg->destination);

              error_at (ctx, leg->path, "destination",
                        _("destination %s is listed twice in this member's \"%s\""), quoted,
                        missed ? "missed" : "attended");
              continue;
            }
          named[j] = TRUE;
          for (guint s = 0; leg->sources != NULL && leg->sources[s] != NULL; s++)
            g_strv_builder_add (sources, leg->sources[s]);
        }

      g_ptr_array_unref (m->route);
      g_ptr_array_unref (m->missed);
      m->route = g_ptr_array_new_with_free_func (g_object_unref);
      m->missed = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint j = 0; j < n_route; j++)
        {
          DlgDestination *d = g_ptr_array_index (whole, j);

          if (named[j] != missed)
            g_ptr_array_add (m->route, g_object_ref (d));
          else
            g_ptr_array_add (m->missed, g_object_ref (d));
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
      m->route_text = m->has_legs ? own_route_text (m->route) : g_ref_string_acquire (route_text);
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
    "members", "destinations", "notes", "disagreements", "sources", NULL
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
    "id", "name", "colour", "home_capital", "announced", "delegations",
    "notes", "disagreements", "sources", NULL
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
  static const char * const known[] = { "id", "title", "publisher", "date", "url", "note", NULL };
  DlgDataset *dataset = user_data;
  g_autoptr(DlgSource) source = g_object_new (DLG_TYPE_SOURCE, NULL);

  dlg_loader_check_unknown_members (ctx, object, path, known);
  source->id = dlg_loader_read_id (ctx, object, path, REQUIRED, ctx->source_ids);
  dlg_loader_read_string (ctx, object, path, "title", REQUIRED, &source->title);
  dlg_loader_read_string (ctx, object, path, "publisher", OPTIONAL, &source->publisher);
  if (dlg_loader_read_string (ctx, object, path, "date", OPTIONAL, &source->date) &&
      source->date != NULL && !dlg_loader_is_iso_reduced_date (source->date))
    {
      g_autofree char *quoted = dlg_text_quote (source->date);

      error_at (ctx, path, "date",
                _("expected an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY), found %s"), quoted);
      g_clear_pointer (&source->date, g_free);
    }
  dlg_loader_read_string (ctx, object, path, "note", OPTIONAL, &source->note);
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
    "id", "name", "kind", "country", "unsc", "latitude", "longitude",
    "notes", "disagreements", "sources", NULL
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
  if (minor > DLG_FORMAT_MINOR)
    warning_at (ctx, "$", "version",
                _("format version %s is newer than %d.%d; members this version does not "
                  "know are ignored"),
                quoted, DLG_FORMAT_MAJOR, DLG_FORMAT_MINOR);
  return TRUE;
}

void
dlg_loader_read_dataset (Ctx        *ctx,
                         JsonNode   *root_node,
                         DlgDataset *dataset)
{
  static const char * const known[] = {
    "$schema", "format", "version", "title", "description", "as_of",
    "sources", "places", "notes", "disagreements", "sides", NULL
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
  ctx->dataset = dataset;
  dlg_loader_read_objects (ctx, root, "$", "places", OPTIONAL, read_place, dataset);
  n_sides = dlg_loader_read_objects (ctx, root, "$", "sides", REQUIRED, read_side, dataset);

  if (json_object_has_member (root, "sides") && n_sides < 2 &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "sides")))
    error_at (ctx, "$", "sides", _("a dataset compares at least two sides; found %u"), n_sides);
}
