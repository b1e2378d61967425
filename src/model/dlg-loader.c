#define G_LOG_DOMAIN "dlg-loader"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "dlg-error.h"
#include "dlg-json-scan.h"
#include "dlg-loader.h"
#include "dlg-model-private.h"
#include "dlg-text.h"

typedef struct
{
  char *path;
  char *message;
  gboolean is_error;
} Finding;

typedef struct
{
  const char *display_name;
  GPtrArray *findings;
  guint n_errors;
  gboolean truncated;
  guint n_warnings;
  guint n_warnings_dropped;
  gboolean newer_version;
  /* id -> path where it was first used, one table per kind of id */
  GHashTable *source_ids;
  GHashTable *side_ids;
  GHashTable *delegation_ids;
  GHashTable *member_ids;
  GHashTable *destination_ids;
} Ctx;

typedef enum
{
  OPTIONAL,
  REQUIRED,
} Need;

static void
finding_free (gpointer data)
{
  Finding *f = data;

  g_free (f->path);
  g_free (f->message);
  g_free (f);
}

static gboolean
ctx_full (Ctx *ctx)
{
  return ctx->n_errors >= DLG_MAX_ERRORS;
}

G_GNUC_PRINTF (5, 6)
static void
report (Ctx        *ctx,
        gboolean    is_error,
        const char *path,
        const char *member,
        const char *format,
        ...)
{
  Finding *f;
  GString *full;
  va_list args;

  if (is_error && ctx_full (ctx))
    {
      ctx->truncated = TRUE;
      return;
    }
  if (!is_error && ctx->n_warnings >= DLG_MAX_ERRORS)
    {
      ctx->n_warnings_dropped++;
      return;
    }

  full = g_string_new (path);
  if (member != NULL)
    dlg_json_path_append_member (full, member);

  f = g_new0 (Finding, 1);
  f->path = g_string_free (full, FALSE);
  f->is_error = is_error;
  va_start (args, format);
  f->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (ctx->findings, f);

  if (is_error)
    ctx->n_errors++;
  else
    ctx->n_warnings++;
}

#define error_at(ctx, path, member, ...) report (ctx, TRUE, path, member, __VA_ARGS__)
#define warning_at(ctx, path, member, ...) report (ctx, FALSE, path, member, __VA_ARGS__)

static const char *
node_kind (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT: return _("an object");
    case JSON_NODE_ARRAY: return _("an array");
    case JSON_NODE_NULL: return _("null");
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING: return _("a string");
        case G_TYPE_BOOLEAN: return _("true or false");
        default: return _("a number");
        }
    }
}

static gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
node_is_number (JsonNode *node)
{
  GType t;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  t = json_node_get_value_type (node);
  return t == G_TYPE_INT64 || t == G_TYPE_DOUBLE;
}

/* Returns the member's node, or NULL when it is absent or null (unknown
 * facts are left out; null counts as left out).  Reports a missing
 * required member. */
static JsonNode *
get_member (Ctx        *ctx,
            JsonObject *object,
            const char *path,
            const char *name,
            Need        need)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (need == REQUIRED)
        error_at (ctx, path, NULL, _("required member \"%s\" is missing"), name);
      return NULL;
    }
  return node;
}

static gboolean
text_is_blank (const char *text)
{
  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    if (!g_unichar_isspace (g_utf8_get_char (c)))
      return FALSE;
  return TRUE;
}

static gboolean
check_text (Ctx        *ctx,
            JsonNode   *node,
            const char *path,
            const char *member)
{
  if (!node_is_string (node))
    {
      error_at (ctx, path, member, _("expected a string, found %s"), node_kind (node));
      return FALSE;
    }
  if (text_is_blank (json_node_get_string (node)))
    {
      error_at (ctx, path, member, _("must not be empty; leave the member out when it is unknown"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_string (Ctx         *ctx,
             JsonObject  *object,
             const char  *path,
             const char  *name,
             Need         need,
             char       **out)
{
  JsonNode *node = get_member (ctx, object, path, name, need);

  *out = NULL;
  if (node == NULL)
    return need == OPTIONAL;
  if (!check_text (ctx, node, path, name))
    return FALSE;
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

static gboolean
read_enum (Ctx        *ctx,
           JsonObject *object,
           const char *path,
           const char *name,
           Need        need,
           GType       enum_type,
           int         fallback,
           int        *out)
{
  g_autofree char *nick = NULL;

  *out = fallback;
  if (!read_string (ctx, object, path, name, need, &nick) || nick == NULL)
    return nick == NULL && need == OPTIONAL;

  if (!dlg_enum_from_nick (enum_type, nick, out))
    {
      g_autofree char *accepted = dlg_enum_list_nicks (enum_type);

      error_at (ctx, path, name, _("expected one of %s, found \"%s\""), accepted, nick);
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_iso_date (const char *text)
{
  guint y, m, d;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  y = (guint) g_ascii_strtoull (text, NULL, 10);
  m = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  d = (guint) g_ascii_strtoull (text + 8, NULL, 10);
  return y >= 1 && g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

/* Sources may be dated to the month or year only ("2025-05", "2025"). */
static gboolean
is_iso_reduced_date (const char *text)
{
  g_autofree char *full = NULL;
  gsize len = strlen (text);

  if (len == 4)
    full = g_strconcat (text, "-01-01", NULL);
  else if (len == 7)
    full = g_strconcat (text, "-01", NULL);
  else
    return is_iso_date (text);
  return is_iso_date (full);
}

static gboolean
read_date (Ctx         *ctx,
           JsonObject  *object,
           const char  *path,
           const char  *name,
           char       **out)
{
  if (!read_string (ctx, object, path, name, OPTIONAL, out))
    return FALSE;
  if (*out != NULL && !is_iso_date (*out))
    {
      error_at (ctx, path, name,
                _("expected an ISO 8601 calendar date (YYYY-MM-DD) that exists, found \"%s\""),
                *out);
      g_clear_pointer (out, g_free);
      return FALSE;
    }
  return TRUE;
}

static void
check_date_order (Ctx        *ctx,
                  const char *path,
                  const char *from,
                  const char *to)
{
  if (from != NULL && to != NULL && strcmp (from, to) > 0)
    error_at (ctx, path, "to", _("\"to\" (%s) is before \"from\" (%s)"), to, from);
}

static gboolean
read_bool (Ctx        *ctx,
           JsonObject *object,
           const char *path,
           const char *name,
           gboolean   *out)
{
  JsonNode *node = get_member (ctx, object, path, name, OPTIONAL);

  *out = FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      error_at (ctx, path, name, _("expected true or false, found %s"), node_kind (node));
      return FALSE;
    }
  *out = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
read_number (Ctx        *ctx,
             JsonObject *object,
             const char *path,
             const char *name,
             double      min,
             double      max,
             gboolean   *present,
             double     *out)
{
  JsonNode *node = get_member (ctx, object, path, name, OPTIONAL);

  *present = FALSE;
  *out = 0;
  if (node == NULL)
    return TRUE;
  if (!node_is_number (node))
    {
      error_at (ctx, path, name, _("expected a number, found %s"), node_kind (node));
      return FALSE;
    }
  *out = json_node_get_double (node);
  if (!isfinite (*out) || *out < min || *out > max)
    {
      error_at (ctx, path, name, _("%g is out of range (%g to %g)"), *out, min, max);
      return FALSE;
    }
  *present = TRUE;
  return TRUE;
}

/* Gets an array member; reports a wrong type. */
static JsonArray *
read_array (Ctx        *ctx,
            JsonObject *object,
            const char *path,
            const char *name,
            Need        need)
{
  JsonNode *node = get_member (ctx, object, path, name, need);

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      error_at (ctx, path, name, _("expected an array, found %s"), node_kind (node));
      return NULL;
    }
  return json_node_get_array (node);
}

static char *
element_path (const char *path,
              const char *name,
              guint       index)
{
  GString *s = g_string_new (path);

  if (name != NULL)
    dlg_json_path_append_member (s, name);
  dlg_json_path_append_index (s, index);
  return g_string_free (s, FALSE);
}

/* An array of non-empty strings; NULL-terminated result, never NULL
 * unless an error was reported. */
static GStrv
read_string_array (Ctx        *ctx,
                   JsonObject *object,
                   const char *path,
                   const char *name)
{
  JsonArray *array = read_array (ctx, object, path, name, OPTIONAL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  gboolean ok = TRUE;
  guint n;

  if (array == NULL)
    return json_object_has_member (object, name) &&
           !JSON_NODE_HOLDS_NULL (json_object_get_member (object, name)) ?
           NULL : g_new0 (char *, 1);

  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *epath = element_path (path, name, i);

      if (!check_text (ctx, node, epath, NULL))
        ok = FALSE;
      else
        g_strv_builder_add (builder, json_node_get_string (node));
    }
  return ok ? g_strv_builder_end (builder) : NULL;
}

static GStrv
read_source_refs (Ctx        *ctx,
                  JsonObject *object,
                  const char *path,
                  const char *name)
{
  GStrv refs = read_string_array (ctx, object, path, name);

  if (refs == NULL)
    return NULL;
  for (guint i = 0; refs[i] != NULL; i++)
    {
      if (!g_hash_table_contains (ctx->source_ids, refs[i]))
        {
          g_autofree char *epath = element_path (path, name, i);

          error_at (ctx, epath, NULL,
                    _("unknown source id \"%s\"; it is not in $.sources"), refs[i]);
        }
    }
  return refs;
}

static void
check_unknown_members (Ctx                *ctx,
                       JsonObject         *object,
                       const char         *path,
                       const char * const *known)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    {
      if (!g_strv_contains (known, name))
        warning_at (ctx, path, name, _("unknown member \"%s\" ignored"), name);
    }
}

/* Notes are strings or {"text": ..., "sources": [...]} */
static GPtrArray *
read_notes (Ctx        *ctx,
            JsonObject *object,
            const char *path,
            const char *name)
{
  static const char * const known[] = { "text", "sources", NULL };
  JsonArray *array = read_array (ctx, object, path, name, OPTIONAL);
  GPtrArray *notes = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = array != NULL ? json_array_get_length (array) : 0;

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *epath = element_path (path, name, i);

      if (node_is_string (node))
        {
          if (check_text (ctx, node, epath, NULL))
            g_ptr_array_add (notes, _dlg_note_new (g_strdup (json_node_get_string (node)), NULL));
        }
      else if (JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObject *o = json_node_get_object (node);
          char *text = NULL;
          GStrv sources;

          check_unknown_members (ctx, o, epath, known);
          read_string (ctx, o, epath, "text", REQUIRED, &text);
          sources = read_source_refs (ctx, o, epath, "sources");
          if (text != NULL)
            g_ptr_array_add (notes, _dlg_note_new (text, sources));
          else
            g_strfreev (sources);
        }
      else
        {
          error_at (ctx, epath, NULL,
                    _("expected a note (a string, or an object with \"text\"), found %s"),
                    node_kind (node));
        }
    }
  return notes;
}

static char *
read_id (Ctx        *ctx,
         JsonObject *object,
         const char *path,
         Need        need,
         GHashTable *seen)
{
  char *id = NULL;

  if (!read_string (ctx, object, path, "id", need, &id) || id == NULL)
    return id;

  if (g_hash_table_contains (seen, id))
    error_at (ctx, path, "id", _("duplicate id \"%s\"; already used at %s"),
              id, (const char *) g_hash_table_lookup (seen, id));
  else
    g_hash_table_insert (seen, g_strdup (id), g_strconcat (path, ".id", NULL));
  return id;
}

/* The parts every record has: id, notes, disagreements, sources. */
static void
read_record (Ctx        *ctx,
             DlgRecord  *record,
             JsonObject *object,
             const char *path,
             Need        id_need,
             GHashTable *ids)
{
  char *id = read_id (ctx, object, path, id_need, ids);

  _dlg_record_set_facts (record, id,
                         read_notes (ctx, object, path, "notes"),
                         read_notes (ctx, object, path, "disagreements"),
                         read_source_refs (ctx, object, path, "sources"));
}

typedef gboolean (*ReadElementFunc) (Ctx        *ctx,
                                     JsonObject *object,
                                     const char *path,
                                     gpointer    user_data);

/* Calls func on each element of an array of objects. */
static guint
read_objects (Ctx             *ctx,
              JsonObject      *object,
              const char      *path,
              const char      *name,
              Need             need,
              ReadElementFunc  func,
              gpointer         user_data)
{
  JsonArray *array = read_array (ctx, object, path, name, need);
  guint n = array != NULL ? json_array_get_length (array) : 0;

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *epath = NULL;

      if (ctx_full (ctx))
        {
          /* Stop walking a huge broken file once the list is full. */
          ctx->truncated = TRUE;
          break;
        }
      epath = element_path (path, name, i);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        error_at (ctx, epath, NULL, _("expected an object, found %s"), node_kind (node));
      else
        func (ctx, json_node_get_object (node), epath, user_data);
    }
  return n;
}

static gboolean
read_dates (Ctx         *ctx,
            JsonObject  *object,
            const char  *path,
            char       **from,
            char       **to,
            gboolean    *approximate)
{
  gboolean ok = read_date (ctx, object, path, "from", from);

  ok = read_date (ctx, object, path, "to", to) && ok;
  ok = read_bool (ctx, object, path, "dates_approximate", approximate) && ok;
  check_date_order (ctx, path, *from, *to);
  return ok;
}

/* --- entities, innermost first --- */

static gboolean
read_member (Ctx        *ctx,
             JsonObject *object,
             const char *path,
             gpointer    user_data)
{
  static const char * const known[] = {
    "id", "name", "party", "role", "role_kind", "status",
    "notes", "disagreements", "sources", NULL
  };
  DlgDelegation *delegation = user_data;
  g_autoptr(DlgMember) member = g_object_new (DLG_TYPE_MEMBER, NULL);
  int value;

  check_unknown_members (ctx, object, path, known);
  read_record (ctx, DLG_RECORD (member), object, path, REQUIRED, ctx->member_ids);
  read_string (ctx, object, path, "name", REQUIRED, &member->name);
  read_string (ctx, object, path, "party", OPTIONAL, &member->party);
  read_string (ctx, object, path, "role", OPTIONAL, &member->role);
  read_enum (ctx, object, path, "role_kind", OPTIONAL, DLG_TYPE_ROLE_KIND,
             DLG_ROLE_KIND_OTHER, &value);
  member->role_kind = value;
  read_enum (ctx, object, path, "status", OPTIONAL, DLG_TYPE_MEMBER_STATUS,
             DLG_MEMBER_STATUS_UNCONFIRMED, &value);
  member->status = value;

  g_list_store_append (delegation->members, member);
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
    "dates_text", "dates_sources", "status", "unsc", "latitude", "longitude",
    "notes", "disagreements", "sources", NULL
  };
  DlgDelegation *delegation = user_data;
  g_autoptr(DlgDestination) dest = g_object_new (DLG_TYPE_DESTINATION, NULL);
  gboolean has_lat, has_lon;
  int value;

  check_unknown_members (ctx, object, path, known);
  read_record (ctx, DLG_RECORD (dest), object, path, OPTIONAL, ctx->destination_ids);
  read_string (ctx, object, path, "country", REQUIRED, &dest->country);
  read_string (ctx, object, path, "capital", REQUIRED, &dest->capital);
  dest->cities = read_string_array (ctx, object, path, "cities_visited");
  read_dates (ctx, object, path, &dest->from, &dest->to, &dest->dates_approximate);
  read_string (ctx, object, path, "dates_text", OPTIONAL, &dest->dates_text);
  dest->dates_sources = read_source_refs (ctx, object, path, "dates_sources");
  read_enum (ctx, object, path, "status", REQUIRED, DLG_TYPE_VISIT_STATUS,
             DLG_VISIT_STATUS_PLANNED, &value);
  dest->status = value;
  read_enum (ctx, object, path, "unsc", REQUIRED, DLG_TYPE_UNSC, DLG_UNSC_NONE, &value);
  dest->unsc = value;

  read_number (ctx, object, path, "latitude", -90, 90, &has_lat, &dest->latitude);
  read_number (ctx, object, path, "longitude", -180, 180, &has_lon, &dest->longitude);
  if (json_object_has_member (object, "latitude") != json_object_has_member (object, "longitude"))
    error_at (ctx, path, NULL, _("\"latitude\" and \"longitude\" go together; one is missing"));
  dest->has_coordinates = has_lat && has_lon;

  if (dest->cities == NULL)
    dest->cities = g_new0 (char *, 1);
  if (dest->dates_sources == NULL)
    dest->dates_sources = g_new0 (char *, 1);
  if (dest->country != NULL && dest->capital != NULL)
    dest->key = _dlg_destination_make_key (dest->country, dest->capital);

  g_list_store_append (delegation->destinations, dest);
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

static void
link_delegation (DlgDelegation *delegation,
                 DlgSide       *side)
{
  GRefString *delegation_id = g_ref_string_new (dlg_record_get_id (DLG_RECORD (delegation)) ?: "");
  GRefString *label = g_ref_string_new (delegation->label ?: "");
  GRefString *side_id = g_ref_string_new (dlg_record_get_id (DLG_RECORD (side)) ?: "");
  GRefString *side_name = g_ref_string_new (side->name ?: "");
  GRefString *route_text = NULL;
  g_autoptr(GString) route = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (delegation->destinations));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgDestination) d =
        g_list_model_get_item (G_LIST_MODEL (delegation->destinations), i);

      g_string_append_printf (route, "%s\n%s\n", d->country ?: "", d->capital ?: "");
      for (guint k = 0; d->cities != NULL && d->cities[k] != NULL; k++)
        g_string_append_printf (route, "%s\n", d->cities[k]);
    }
  {
    g_autofree char *folded = dlg_text_fold (route->str);

    route_text = g_ref_string_new (folded);
  }

  n = g_list_model_get_n_items (G_LIST_MODEL (delegation->members));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgMember) m = g_list_model_get_item (G_LIST_MODEL (delegation->members), i);

      m->delegation_id = g_ref_string_acquire (delegation_id);
      m->delegation_label = g_ref_string_acquire (label);
      m->side_id = g_ref_string_acquire (side_id);
      m->side_name = g_ref_string_acquire (side_name);
      m->route_text = g_ref_string_acquire (route_text);
      m->is_leader = m == delegation->leader;
      g_list_store_append (side->members, m);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (delegation->destinations));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgDestination) d =
        g_list_model_get_item (G_LIST_MODEL (delegation->destinations), i);

      d->delegation_id = g_ref_string_acquire (delegation_id);
      d->delegation_label = g_ref_string_acquire (label);
      d->side_id = g_ref_string_acquire (side_id);
      g_list_store_append (side->destinations, d);
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
    "id", "label", "leader", "from", "to", "dates_approximate",
    "members", "destinations", "notes", "disagreements", "sources", NULL
  };
  DlgSide *side = user_data;
  g_autoptr(DlgDelegation) delegation = g_object_new (DLG_TYPE_DELEGATION, NULL);
  g_autofree char *leader = NULL;

  check_unknown_members (ctx, object, path, known);
  read_record (ctx, DLG_RECORD (delegation), object, path, REQUIRED, ctx->delegation_ids);
  read_string (ctx, object, path, "label", REQUIRED, &delegation->label);
  read_dates (ctx, object, path, &delegation->from, &delegation->to,
              &delegation->dates_approximate);
  read_objects (ctx, object, path, "members", REQUIRED, read_member, delegation);
  read_objects (ctx, object, path, "destinations", REQUIRED, read_destination, delegation);

  if (read_string (ctx, object, path, "leader", OPTIONAL, &leader) && leader != NULL)
    {
      DlgMember *m = find_member (G_LIST_MODEL (delegation->members), leader);

      if (m != NULL)
        delegation->leader = g_object_ref (m);
      else if (g_hash_table_contains (ctx->member_ids, leader))
        error_at (ctx, path, "leader",
                  _("leader \"%s\" is a member of another delegation (%s), not of this one"),
                  leader, (const char *) g_hash_table_lookup (ctx->member_ids, leader));
      else
        error_at (ctx, path, "leader",
                  _("leader \"%s\" is not the id of any member of this delegation"), leader);
    }

  link_delegation (delegation, side);
  g_list_store_append (side->delegations, delegation);
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

static gboolean
read_side (Ctx        *ctx,
           JsonObject *object,
           const char *path,
           gpointer    user_data)
{
  static const char * const known[] = {
    "id", "name", "colour", "home_capital", "delegations",
    "notes", "disagreements", "sources", NULL
  };
  DlgDataset *dataset = user_data;
  g_autoptr(DlgSide) side = g_object_new (DLG_TYPE_SIDE, NULL);

  check_unknown_members (ctx, object, path, known);
  read_record (ctx, DLG_RECORD (side), object, path, REQUIRED, ctx->side_ids);
  read_string (ctx, object, path, "name", REQUIRED, &side->name);
  if (read_string (ctx, object, path, "colour", OPTIONAL, &side->colour) &&
      side->colour != NULL && !is_colour (side->colour))
    {
      error_at (ctx, path, "colour", _("expected a colour as \"#rrggbb\", found \"%s\""),
                side->colour);
      g_clear_pointer (&side->colour, g_free);
    }
  read_string (ctx, object, path, "home_capital", OPTIONAL, &side->home_capital);
  read_objects (ctx, object, path, "delegations", REQUIRED, read_delegation, side);

  g_list_store_append (dataset->sides, side);
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

  check_unknown_members (ctx, object, path, known);
  source->id = read_id (ctx, object, path, REQUIRED, ctx->source_ids);
  read_string (ctx, object, path, "title", REQUIRED, &source->title);
  read_string (ctx, object, path, "publisher", OPTIONAL, &source->publisher);
  if (read_string (ctx, object, path, "date", OPTIONAL, &source->date) &&
      source->date != NULL && !is_iso_reduced_date (source->date))
    {
      error_at (ctx, path, "date",
                _("expected an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY), found \"%s\""),
                source->date);
      g_clear_pointer (&source->date, g_free);
    }
  read_string (ctx, object, path, "note", OPTIONAL, &source->note);
  if (read_string (ctx, object, path, "url", OPTIONAL, &source->url) && source->url != NULL)
    {
      g_autofree char *scheme = g_uri_parse_scheme (source->url);

      if (scheme == NULL)
        {
          error_at (ctx, path, "url", _("expected an absolute URL such as https://..., found \"%s\""),
                    source->url);
          g_clear_pointer (&source->url, g_free);
        }
    }

  source->number = g_list_model_get_n_items (G_LIST_MODEL (dataset->sources)) + 1;
  g_list_store_append (dataset->sources, source);
  if (source->id != NULL && !g_hash_table_contains (dataset->sources_by_id, source->id))
    g_hash_table_insert (dataset->sources_by_id, source->id, source);
  return TRUE;
}

static gboolean
read_version (Ctx        *ctx,
              JsonObject *root,
              DlgDataset *dataset)
{
  g_autofree char *format = NULL;
  guint64 major = 0, minor = 0;
  char *end = NULL;

  if (!read_string (ctx, root, "$", "format", REQUIRED, &format) || format == NULL)
    return FALSE;
  if (strcmp (format, DLG_FORMAT_NAME) != 0)
    {
      error_at (ctx, "$", "format",
                _("this is not a Delegations dataset: \"format\" is \"%s\", expected \"%s\""),
                format, DLG_FORMAT_NAME);
      return FALSE;
    }

  if (!read_string (ctx, root, "$", "version", REQUIRED, &dataset->version) ||
      dataset->version == NULL)
    return FALSE;

  major = g_ascii_strtoull (dataset->version, &end, 10);
  if (end == dataset->version || *end != '.' || !g_ascii_isdigit (end[1]))
    {
      error_at (ctx, "$", "version",
                _("expected a version \"MAJOR.MINOR\" such as \"1.0\", found \"%s\""),
                dataset->version);
      return FALSE;
    }
  minor = g_ascii_strtoull (end + 1, &end, 10);
  if (*end != '\0')
    {
      error_at (ctx, "$", "version",
                _("expected a version \"MAJOR.MINOR\" such as \"1.0\", found \"%s\""),
                dataset->version);
      return FALSE;
    }

  if (major != DLG_FORMAT_MAJOR)
    {
      if (major > DLG_FORMAT_MAJOR)
        error_at (ctx, "$", "version",
                  _("format version %s is newer than this application reads (%d.x); "
                    "update Delegations to open it"),
                  dataset->version, DLG_FORMAT_MAJOR);
      else
        error_at (ctx, "$", "version", _("format version %s is not supported (expected %d.x)"),
                  dataset->version, DLG_FORMAT_MAJOR);
      ctx->newer_version = TRUE;
      return FALSE;
    }
  if (minor > DLG_FORMAT_MINOR)
    warning_at (ctx, "$", "version",
                _("format version %s is newer than %d.%d; members this version does not "
                  "know are ignored"),
                dataset->version, DLG_FORMAT_MAJOR, DLG_FORMAT_MINOR);
  return TRUE;
}

static void
read_dataset (Ctx        *ctx,
              JsonNode   *root_node,
              DlgDataset *dataset)
{
  static const char * const known[] = {
    "$schema", "format", "version", "title", "description", "as_of",
    "sources", "notes", "disagreements", "sides", NULL
  };
  JsonObject *root;
  guint n_sides;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      error_at (ctx, "$", NULL, _("expected the dataset to be a JSON object, found %s"),
                node_kind (root_node));
      return;
    }
  root = json_node_get_object (root_node);

  if (!read_version (ctx, root, dataset))
    return;

  check_unknown_members (ctx, root, "$", known);
  read_string (ctx, root, "$", "title", REQUIRED, &dataset->title);
  read_string (ctx, root, "$", "description", OPTIONAL, &dataset->description);
  read_date (ctx, root, "$", "as_of", &dataset->as_of);
  /* Sources first: everything else refers to them. */
  read_objects (ctx, root, "$", "sources", OPTIONAL, read_source, dataset);
  /* At the top, "sources" is the list itself, not references to it. */
  _dlg_record_set_facts (DLG_RECORD (dataset), NULL,
                         read_notes (ctx, root, "$", "notes"),
                         read_notes (ctx, root, "$", "disagreements"),
                         NULL);
  n_sides = read_objects (ctx, root, "$", "sides", REQUIRED, read_side, dataset);

  if (json_object_has_member (root, "sides") && n_sides < 2 &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "sides")))
    error_at (ctx, "$", "sides", _("a dataset compares at least two sides; found %u"), n_sides);
}

static void
ctx_init (Ctx        *ctx,
          const char *display_name)
{
  memset (ctx, 0, sizeof *ctx);
  ctx->display_name = display_name;
  ctx->findings = g_ptr_array_new_with_free_func (finding_free);
  ctx->source_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx->side_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx->delegation_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx->member_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx->destination_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static void
ctx_clear (Ctx *ctx)
{
  g_clear_pointer (&ctx->findings, g_ptr_array_unref);
  g_clear_pointer (&ctx->source_ids, g_hash_table_unref);
  g_clear_pointer (&ctx->side_ids, g_hash_table_unref);
  g_clear_pointer (&ctx->delegation_ids, g_hash_table_unref);
  g_clear_pointer (&ctx->member_ids, g_hash_table_unref);
  g_clear_pointer (&ctx->destination_ids, g_hash_table_unref);
}

/* Turns findings into "FILE:LINE:COL: error: $.path: message" lines. */
static void
format_findings (Ctx         *ctx,
                 const char  *data,
                 gsize        len,
                 GString     *errors,
                 GStrvBuilder *warnings)
{
  g_autoptr(GHashTable) positions = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < ctx->findings->len; i++)
    {
      Finding *f = g_ptr_array_index (ctx->findings, i);

      if (!g_hash_table_contains (positions, f->path))
        g_hash_table_insert (positions, f->path, g_new0 (DlgJsonPos, 1));
    }
  dlg_json_locate (data, len, positions);

  for (guint i = 0; i < ctx->findings->len; i++)
    {
      Finding *f = g_ptr_array_index (ctx->findings, i);
      DlgJsonPos *pos = g_hash_table_lookup (positions, f->path);
      g_autofree char *where = pos->line > 0 ?
        g_strdup_printf ("%s:%u:%u", ctx->display_name, pos->line, pos->column) :
        g_strdup (ctx->display_name);
      g_autofree char *line =
        g_strdup_printf ("%s: %s: %s: %s", where,
                         f->is_error ? _("error") : _("warning"), f->path, f->message);

      if (f->is_error)
        {
          if (errors->len > 0)
            g_string_append_c (errors, '\n');
          g_string_append (errors, line);
        }
      else
        g_strv_builder_add (warnings, line);
    }

  if (ctx->truncated)
    g_string_append_printf (errors, "\n%s: %s", ctx->display_name,
                            _("too many errors; stopped listing them"));
  if (ctx->n_warnings_dropped > 0)
    {
      g_autofree char *line =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: warning: %u more warning not listed",
                                      "%s: warning: %u more warnings not listed",
                                      ctx->n_warnings_dropped),
                         ctx->display_name, ctx->n_warnings_dropped);

      g_strv_builder_add (warnings, line);
    }
}

DlgDataset *
dlg_dataset_load_bytes (GBytes      *bytes,
                        const char  *display_name,
                        GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(DlgDataset) dataset = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GString) errors = NULL;
  g_autoptr(GStrvBuilder) warnings = NULL;
  const char *data;
  gsize len;
  DlgJsonPos pos = { 0, 0 };
  Ctx ctx;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  if (data == NULL)
    data = "";

  if (len > DLG_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (len);
      g_autofree char *limit = g_format_size (DLG_MAX_FILE_SIZE);

      g_set_error (error, DLG_ERROR, DLG_ERROR_TOO_LARGE,
                   _("%s: error: the file is %s; datasets larger than %s are refused"),
                   display_name, size, limit);
      return NULL;
    }

  if (!dlg_json_check (data, len, DLG_JSON_MAX_DEPTH, &pos, &message))
    {
      g_set_error (error, DLG_ERROR,
                   g_utf8_validate_len (data, len, NULL) ? DLG_ERROR_SYNTAX : DLG_ERROR_ENCODING,
                   "%s:%u:%u: %s: %s", display_name, pos.line, pos.column, _("error"), message);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) len, &local_error))
    {
      /* The strict check above should have caught this already. */
      g_set_error (error, DLG_ERROR, DLG_ERROR_SYNTAX, "%s: %s: %s",
                   display_name, _("error"), local_error->message);
      return NULL;
    }

  dataset = g_object_new (DLG_TYPE_DATASET, NULL);
  ctx_init (&ctx, display_name);
  read_dataset (&ctx, json_parser_get_root (parser), dataset);
  g_clear_object (&parser);

  errors = g_string_new (NULL);
  warnings = g_strv_builder_new ();
  if (ctx.findings->len > 0)
    format_findings (&ctx, data, len, errors, warnings);
  ctx_clear (&ctx);

  if (errors->len > 0)
    {
      g_set_error_literal (error, DLG_ERROR,
                           ctx.newer_version ? DLG_ERROR_VERSION : DLG_ERROR_INVALID,
                           errors->str);
      return NULL;
    }

  g_strfreev (dataset->warnings);
  dataset->warnings = g_strv_builder_end (warnings);
  return g_steal_pointer (&dataset);
}

char *
dlg_file_display_name (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (g_file_is_native (file))
    return g_file_get_path (file);
  return g_file_get_uri (file);
}

/* Reading is most of the time a big file takes before parsing; this
 * share of the progress goes to it. */
#define READ_SHARE 0.6

static GBytes *
read_all (GFile            *file,
          goffset           size,
          DlgProgressFunc   progress,
          gpointer          progress_data,
          GCancellable     *cancellable,
          GError          **error)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, cancellable, error);
  g_autoptr(GByteArray) data = NULL;
  guint8 buffer[1 << 16];

  if (stream == NULL)
    return NULL;

  data = g_byte_array_sized_new (size > 0 && size < DLG_MAX_FILE_SIZE ? (guint) size : 4096);
  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, sizeof buffer,
                                      cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      g_byte_array_append (data, buffer, (guint) n);
      if (data->len > DLG_MAX_FILE_SIZE)
        {
          /* The file grew after its size was checked. */
          g_set_error_literal (error, DLG_ERROR, DLG_ERROR_TOO_LARGE,
                               _("the file grew past the size limit while it was read"));
          return NULL;
        }
      if (progress != NULL && size > 0 && (data->len & 0xFFFFF) < sizeof buffer)
        progress (READ_SHARE * MIN (1.0, (double) data->len / (double) size), progress_data);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

DlgDataset *
dlg_dataset_load_file_full (GFile            *file,
                            const char       *display_name,
                            DlgProgressFunc   progress,
                            gpointer          progress_data,
                            GCancellable     *cancellable,
                            GError          **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  DlgDataset *dataset;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = display_name != NULL ? g_strdup (display_name) : dlg_file_display_name (file);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s: %s",
                   name, _("error"), local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, "%s: %s: %s",
                   name, _("error"), _("is a directory, not a dataset file"));
      return NULL;
    }
  if (g_file_info_get_size (info) > DLG_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (DLG_MAX_FILE_SIZE);

      g_set_error (error, DLG_ERROR, DLG_ERROR_TOO_LARGE,
                   _("%s: error: the file is %s; datasets larger than %s are refused"),
                   name, size, limit);
      return NULL;
    }

  bytes = read_all (file, g_file_info_get_size (info), progress, progress_data, cancellable,
                    &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s: %s",
                   name, _("error"), local_error->message);
      return NULL;
    }

  dataset = dlg_dataset_load_bytes (bytes, name, error);
  if (progress != NULL)
    progress (0.95, progress_data);
  return dataset;
}

DlgDataset *
dlg_dataset_load_file (GFile         *file,
                       const char    *display_name,
                       GCancellable  *cancellable,
                       GError       **error)
{
  return dlg_dataset_load_file_full (file, display_name, NULL, NULL, cancellable, error);
}

static void
load_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;
  DlgDataset *dataset = dlg_dataset_load_file (G_FILE (task_data), NULL, cancellable, &error);

  if (dataset == NULL)
    g_task_return_error (task, error);
  else if (g_task_return_error_if_cancelled (task))
    g_object_unref (dataset);
  else
    g_task_return_pointer (task, dataset, g_object_unref);
}

void
dlg_dataset_load_file_async (GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, dlg_dataset_load_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_file_thread);
}

DlgDataset *
dlg_dataset_load_file_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == dlg_dataset_load_file_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
