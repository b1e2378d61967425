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

gboolean
dlg_loader_ctx_full (Ctx *ctx)
{
  return ctx->n_errors >= DLG_MAX_ERRORS;
}

G_GNUC_PRINTF (5, 6)
void
dlg_loader_report (Ctx        *ctx,
                   gboolean    is_error,
                   const char *path,
                   const char *member,
                   const char *format,
                   ...)
{
  Finding *f;
  GString *full;
  va_list args;

  if (is_error && dlg_loader_ctx_full (ctx))
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


const char *
dlg_loader_node_kind (JsonNode *node)
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
JsonNode *
dlg_loader_get_member (Ctx        *ctx,
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

/* Nothing to read: spaces, and the invisible format characters (zero
 * width space and joiners, direction marks and controls, the byte order
 * mark), which a name of only U+200B was made of */
static gboolean
text_is_blank (const char *text)
{
  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    {
      gunichar u = g_utf8_get_char (c);

      if (!g_unichar_isspace (u) && g_unichar_type (u) != G_UNICODE_FORMAT)
        return FALSE;
    }
  return TRUE;
}

gboolean
dlg_loader_check_text (Ctx        *ctx,
                       JsonNode   *node,
                       const char *path,
                       const char *member)
{
  if (!node_is_string (node))
    {
      error_at (ctx, path, member, _("expected a string, found %s"), dlg_loader_node_kind (node));
      return FALSE;
    }
  if (text_is_blank (json_node_get_string (node)))
    {
      error_at (ctx, path, member, _("must not be empty; leave the member out when it is unknown"));
      return FALSE;
    }
  return TRUE;
}

gboolean
dlg_loader_read_string (Ctx         *ctx,
                        JsonObject  *object,
                        const char  *path,
                        const char  *name,
                        Need         need,
                        char       **out)
{
  JsonNode *node = dlg_loader_get_member (ctx, object, path, name, need);

  *out = NULL;
  if (node == NULL)
    return need == OPTIONAL;
  if (!dlg_loader_check_text (ctx, node, path, name))
    return FALSE;
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

gboolean
dlg_loader_read_enum (Ctx        *ctx,
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
  if (!dlg_loader_read_string (ctx, object, path, name, need, &nick) || nick == NULL)
    return nick == NULL && need == OPTIONAL;

  if (!dlg_enum_from_nick (enum_type, nick, out))
    {
      g_autofree char *accepted = dlg_enum_list_nicks (enum_type);
      g_autofree char *quoted = dlg_text_quote (nick);

      error_at (ctx, path, name, _("expected one of %s, found %s"), accepted, quoted);
      return FALSE;
    }
  return TRUE;
}

gboolean
dlg_loader_read_date (Ctx         *ctx,
                      JsonObject  *object,
                      const char  *path,
                      const char  *name,
                      char       **out)
{
  if (!dlg_loader_read_string (ctx, object, path, name, OPTIONAL, out))
    return FALSE;
  if (*out != NULL && dlg_date_parse (*out, NULL) != DLG_DATE_DAY)
    {
      g_autofree char *quoted = dlg_text_quote (*out);

      error_at (ctx, path, name,
                _("expected an ISO 8601 calendar date (YYYY-MM-DD) that exists, found %s"),
                quoted);
      g_clear_pointer (out, g_free);
      return FALSE;
    }
  return TRUE;
}

/* The day number of a date dlg_loader_read_date() accepted, years later */
static int
julian_day (const char *date,
            guint       years_later)
{
  GDate d;

  /* (never: only accepted dates come here) */
  if (dlg_date_parse (date, &d) != DLG_DATE_DAY)
    return -1;
  /* 29 February a year later is 28 February */
  if (years_later > 0)
    g_date_add_years (&d, years_later);
  return (int) g_date_get_julian (&d);
}

/* A mistyped year ("0025-05-24") makes a journey of two thousand years,
 * or one far from when the dataset was made: refused where it stands. */
#define MAX_DAYS_BEFORE_AS_OF 36525
#define MAX_DAYS_AFTER_AS_OF 366

static void
check_near_as_of (Ctx        *ctx,
                  const char *path,
                  const char *name,
                  const char *date)
{
  const char *as_of = ctx->dataset != NULL ? ctx->dataset->as_of : NULL;
  int day;

  if (date == NULL || as_of == NULL)
    return;
  day = julian_day (date, 0);
  if (day < julian_day (as_of, 0) - MAX_DAYS_BEFORE_AS_OF)
    error_at (ctx, path, name,
              _("%s is more than a hundred years before the dataset's \"as_of\" (%s); is a "
                "year mistyped?"), date, as_of);
  else if (day > julian_day (as_of, 0) + MAX_DAYS_AFTER_AS_OF)
    error_at (ctx, path, name,
              _("%s is more than a year after the dataset's \"as_of\" (%s); is a year "
                "mistyped?"), date, as_of);
}

static void
check_dates (Ctx        *ctx,
             const char *path,
             const char *from,
             const char *to)
{
  check_near_as_of (ctx, path, "from", from);
  check_near_as_of (ctx, path, "to", to);
  if (from == NULL || to == NULL)
    return;
  if (strcmp (from, to) > 0)
    error_at (ctx, path, "to", _("\"to\" (%s) is before \"from\" (%s)"), to, from);
  /* less than a year: to before the same day a year after from */
  else if (julian_day (to, 0) >= julian_day (from, 1))
    error_at (ctx, path, "to",
              _("\"from\" (%s) to \"to\" (%s) is a year or more; a delegation travels "
                "and stays for days or weeks: is a year mistyped?"), from, to);
}

gboolean
dlg_loader_read_bool (Ctx        *ctx,
                      JsonObject *object,
                      const char *path,
                      const char *name,
                      gboolean   *out)
{
  JsonNode *node = dlg_loader_get_member (ctx, object, path, name, OPTIONAL);

  *out = FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      error_at (ctx, path, name, _("expected true or false, found %s"),
                dlg_loader_node_kind (node));
      return FALSE;
    }
  *out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
dlg_loader_read_number (Ctx        *ctx,
                        JsonObject *object,
                        const char *path,
                        const char *name,
                        double      min,
                        double      max,
                        gboolean   *present,
                        double     *out)
{
  JsonNode *node = dlg_loader_get_member (ctx, object, path, name, OPTIONAL);

  *present = FALSE;
  *out = 0;
  if (node == NULL)
    return TRUE;
  if (!node_is_number (node))
    {
      error_at (ctx, path, name, _("expected a number, found %s"), dlg_loader_node_kind (node));
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
JsonArray *
dlg_loader_read_array (Ctx        *ctx,
                       JsonObject *object,
                       const char *path,
                       const char *name,
                       Need        need)
{
  JsonNode *node = dlg_loader_get_member (ctx, object, path, name, need);

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      error_at (ctx, path, name, _("expected an array, found %s"), dlg_loader_node_kind (node));
      return NULL;
    }
  return json_node_get_array (node);
}

char *
dlg_loader_element_path (const char *path,
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
GStrv
dlg_loader_read_string_array (Ctx        *ctx,
                              JsonObject *object,
                              const char *path,
                              const char *name)
{
  JsonArray *array = dlg_loader_read_array (ctx, object, path, name, OPTIONAL);
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
      g_autofree char *epath = dlg_loader_element_path (path, name, i);

      if (!dlg_loader_check_text (ctx, node, epath, NULL))
        ok = FALSE;
      else
        g_strv_builder_add (builder, json_node_get_string (node));
    }
  return ok ? g_strv_builder_end (builder) : NULL;
}

GStrv
dlg_loader_read_source_refs (Ctx        *ctx,
                             JsonObject *object,
                             const char *path,
                             const char *name)
{
  GStrv refs = dlg_loader_read_string_array (ctx, object, path, name);

  if (refs == NULL)
    return NULL;
  for (guint i = 0; refs[i] != NULL; i++)
    {
      if (!g_hash_table_contains (ctx->source_ids, refs[i]))
        {
          g_autofree char *epath = dlg_loader_element_path (path, name, i);
          g_autofree char *quoted = dlg_text_quote (refs[i]);

          error_at (ctx, epath, NULL, _("unknown source id %s; it is not in $.sources"), quoted);
        }
    }
  return refs;
}

void
dlg_loader_check_unknown_members (Ctx                *ctx,
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
        {
          g_autofree char *quoted = dlg_text_quote (name);

          warning_at (ctx, path, name, _("unknown member %s ignored"), quoted);
        }
    }
}

/* Notes are strings or {"text": ..., "sources": [...]} */
GPtrArray *
dlg_loader_read_notes (Ctx        *ctx,
                       JsonObject *object,
                       const char *path,
                       const char *name)
{
  static const char * const known[] = { "text", "sources", NULL };
  JsonArray *array = dlg_loader_read_array (ctx, object, path, name, OPTIONAL);
  GPtrArray *notes = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = array != NULL ? json_array_get_length (array) : 0;

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *epath = dlg_loader_element_path (path, name, i);

      if (node_is_string (node))
        {
          if (dlg_loader_check_text (ctx, node, epath, NULL))
            g_ptr_array_add (notes, _dlg_note_new (g_strdup (json_node_get_string (node)), NULL));
        }
      else if (JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObject *o = json_node_get_object (node);
          char *text = NULL;
          GStrv sources;

          dlg_loader_check_unknown_members (ctx, o, epath, known);
          dlg_loader_read_string (ctx, o, epath, "text", REQUIRED, &text);
          sources = dlg_loader_read_source_refs (ctx, o, epath, "sources");
          if (text != NULL)
            g_ptr_array_add (notes, _dlg_note_new (text, sources));
          else
            g_strfreev (sources);
        }
      else
        {
          error_at (ctx, epath, NULL,
                    _("expected a note (a string, or an object with \"text\"), found %s"),
                    dlg_loader_node_kind (node));
        }
    }
  return notes;
}

char *
dlg_loader_read_id (Ctx        *ctx,
                    JsonObject *object,
                    const char *path,
                    Need        need,
                    GHashTable *seen)
{
  gboolean file_wide = seen == ctx->delegation_ids || seen == ctx->member_ids ||
                       seen == ctx->destination_ids;
  GHashTable *all = file_wide ? ctx->file_ids : seen;
  char *id = NULL;

  if (!dlg_loader_read_string (ctx, object, path, "id", need, &id) || id == NULL)
    return id;

  if (g_hash_table_contains (all, id))
    {
      g_autofree char *quoted = dlg_text_quote (id);

      error_at (ctx, path, "id", _("duplicate id %s; already used at %s"),
                quoted, (const char *) g_hash_table_lookup (all, id));
    }
  else
    {
      char *key = g_strdup (id);
      char *where = g_strconcat (path, ".id", NULL);

      g_hash_table_insert (seen, key, where);
      if (file_wide)
        g_hash_table_insert (ctx->file_ids, key, where);
    }
  return id;
}

DlgCertainty
dlg_loader_judge (Ctx                *ctx,
                  const char * const *sources,
                  gboolean            flagged,
                  gboolean            disputed)
{
  /* the dataset's sources are read before anything that cites them */
  return dlg_dataset_judge (ctx->dataset, sources, flagged, disputed);
}

/* The parts every record has: id, notes, disagreements, sources, and
 * (format 1.2) the "unconfirmed" flag; the record's certainty from them.
 * Returns the flag, for the records that judge more from it (a member's
 * being there, an event that is an announcement). */
gboolean
dlg_loader_read_record (Ctx        *ctx,
                        DlgRecord  *record,
                        JsonObject *object,
                        const char *path,
                        Need        id_need,
                        GHashTable *ids)
{
  /* One after the other, so the errors come in file order. */
  char *id = dlg_loader_read_id (ctx, object, path, id_need, ids);
  GPtrArray *notes = dlg_loader_read_notes (ctx, object, path, "notes");
  GPtrArray *disagreements = dlg_loader_read_notes (ctx, object, path, "disagreements");
  GStrv sources = dlg_loader_read_source_refs (ctx, object, path, "sources");
  gboolean flagged = FALSE;

  dlg_loader_read_bool (ctx, object, path, "unconfirmed", &flagged);
  _dlg_record_set_certainty (record, dlg_loader_judge (ctx, (const char * const *) sources,
                                                       flagged, disagreements->len > 0));
  _dlg_record_set_facts (record, id, notes, disagreements, sources);
  return flagged;
}


/* Calls func on each element of an array of objects. */
guint
dlg_loader_read_objects (Ctx             *ctx,
                         JsonObject      *object,
                         const char      *path,
                         const char      *name,
                         Need             need,
                         ReadElementFunc  func,
                         gpointer         user_data)
{
  JsonArray *array = dlg_loader_read_array (ctx, object, path, name, need);
  guint n = array != NULL ? json_array_get_length (array) : 0;

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *epath = NULL;

      if (dlg_loader_ctx_full (ctx))
        {
          /* Stop walking a huge broken file once the list is full. */
          ctx->truncated = TRUE;
          break;
        }
      if (ctx->cancellable != NULL && g_cancellable_is_cancelled (ctx->cancellable))
        break;
      epath = dlg_loader_element_path (path, name, i);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        error_at (ctx, epath, NULL, _("expected an object, found %s"), dlg_loader_node_kind (node));
      else
        func (ctx, json_node_get_object (node), epath, user_data);
      /* What an element held is in objects now: its part of the tree goes
       * (the peak would otherwise hold both the whole tree and all the
       * objects). Nothing reads an element twice. */
      json_node_init_null (node);
    }
  return n;
}

gboolean
dlg_loader_read_dates (Ctx         *ctx,
                       JsonObject  *object,
                       const char  *path,
                       char       **from,
                       char       **to,
                       gboolean    *approximate)
{
  gboolean ok = dlg_loader_read_date (ctx, object, path, "from", from);

  ok = dlg_loader_read_date (ctx, object, path, "to", to) && ok;
  ok = dlg_loader_read_bool (ctx, object, path, "dates_approximate", approximate) && ok;
  check_dates (ctx, path, *from, *to);
  return ok;
}
