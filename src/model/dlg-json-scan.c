/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-json-scan"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "dlg-json-scan.h"
#include "dlg-text.h"

typedef struct
{
  const char *start;
  const char *p;
  const char *end;
  const char *line_start;
  guint line;
  guint depth;
  guint max_depth;
  /* locate mode */
  GString *path;
  GHashTable *positions;
  GArray *found;
  /* first error */
  char *message;
  DlgJsonPos error_pos;
} Scan;

void
dlg_json_path_append_member (GString    *path,
                             const char *name)
{
  g_autoptr(GString) quoted = NULL;
  g_autofree char *escaped = NULL;
  gboolean plain = name[0] != '\0' && strlen (name) <= DLG_JSON_PATH_NAME_CHARS;

  for (const char *c = name; *c != '\0'; c++)
    {
      if (!g_ascii_isalnum (*c) && *c != '_' && *c != '-')
        {
          plain = FALSE;
          break;
        }
    }

  if (plain)
    {
      g_string_append_c (path, '.');
      g_string_append (path, name);
      return;
    }

  /* Other names are quoted, with control characters written as \uXXXX
   * and cut: a path is printed in messages. */
  quoted = g_string_new (NULL);
  for (const char *c = name; *c != '\0'; c++)
    {
      if (*c == '"' || *c == '\\')
        g_string_append_c (quoted, '\\');
      g_string_append_c (quoted, *c);
    }
  escaped = dlg_text_escape (quoted->str, DLG_JSON_PATH_NAME_CHARS);
  g_string_append (path, "[\"");
  g_string_append (path, escaped);
  g_string_append (path, "\"]");
}

void
dlg_json_path_append_index (GString *path,
                            guint    index)
{
  g_string_append_printf (path, "[%u]", index);
}

static DlgJsonPos
scan_pos_at (Scan       *s,
             const char *at)
{
  DlgJsonPos pos;
  const char *c;

  pos.line = s->line;
  /* Column in characters; the buffer is valid UTF-8 by now, but count
   * leniently so a position inside a bad sequence still works. */
  pos.column = 1;
  for (c = s->line_start; c < at; c = g_utf8_next_char (c))
    pos.column++;
  return pos;
}

G_GNUC_PRINTF (3, 0)
static gboolean
scan_fail_valist (Scan       *s,
                  DlgJsonPos  pos,
                  const char *format,
                  va_list     args)
{
  if (s->message == NULL)
    {
      s->message = g_strdup_vprintf (format, args);
      s->error_pos = pos;
    }
  return FALSE;
}

/* at must be on the current line. */
G_GNUC_PRINTF (3, 4)
static gboolean
scan_fail (Scan       *s,
           const char *at,
           const char *format,
           ...)
{
  va_list args;

  va_start (args, format);
  scan_fail_valist (s, scan_pos_at (s, at), format, args);
  va_end (args);
  return FALSE;
}


/* Whether a line ends at p: a line feed, or a carriage return not
 * followed by one (old Mac files end lines with CR alone; a CR LF counts
 * once, at its LF) */
static gboolean
ends_line (const char *p,
           const char *end)
{
  return *p == '\n' || (*p == '\r' && (p + 1 == end || p[1] != '\n'));
}

static void
scan_ws (Scan *s)
{
  while (s->p < s->end)
    {
      char c = *s->p;

      if (ends_line (s->p, s->end))
        {
          s->line++;
          s->line_start = s->p + 1;
        }
      else if (c != ' ' && c != '\t' && c != '\r')
        return;
      s->p++;
    }
}

static char *
describe_char (const char *p,
               const char *end)
{
  gunichar c;
  char buf[8] = { 0 };

  if (p >= end)
    return g_strdup (_("end of file"));
  c = g_utf8_get_char_validated (p, end - p);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    return g_strdup_printf (_("byte 0x%02x"), (guchar) *p);
  if (c < 0x20)
    return g_strdup_printf (_("control character U+%04X"), c);
  if (c == '\'')
    return g_strdup (_("a single quote (')"));
  g_unichar_to_utf8 (c, buf);
  {
    g_autofree char *shown = dlg_text_escape (buf, 1);

    return g_strdup_printf ("'%s'", shown);
  }
}

static gboolean
scan_hex4 (Scan     *s,
           gunichar *out)
{
  gunichar v = 0;

  for (int i = 0; i < 4; i++)
    {
      int d;

      if (s->p >= s->end || (d = g_ascii_xdigit_value (*s->p)) < 0)
        return scan_fail (s, s->p, _("expected four hexadecimal digits after \\u"));
      v = (v << 4) | (gunichar) d;
      s->p++;
    }
  *out = v;
  return TRUE;
}

/* Reads a string at s->p (on the opening quote).  When out is not NULL it
 * receives the decoded text. */
static gboolean
scan_string (Scan    *s,
             GString *out)
{
  const char *open = s->p;

  s->p++;
  while (s->p < s->end)
    {
      const char *at = s->p;
      guchar c = (guchar) *s->p;

      if (c == '"')
        {
          s->p++;
          return TRUE;
        }
      if (c < 0x20)
        {
          if (c == '\n' || c == '\r')
            return scan_fail (s, at, _("unterminated string: a line ends inside the quotes"));
          return scan_fail (s, at,
                            _("control character U+%04X inside a string; escape it"),
                            (guint) c);
        }
      if (c == '\\')
        {
          s->p++;
          if (s->p >= s->end)
            break;
          c = (guchar) *s->p++;
          switch (c)
            {
            case '"': case '\\': case '/':
              if (out) g_string_append_c (out, (char) c);
              break;
            case 'b': if (out) g_string_append_c (out, '\b'); break;
            case 'f': if (out) g_string_append_c (out, '\f'); break;
            case 'n': if (out) g_string_append_c (out, '\n'); break;
            case 'r': if (out) g_string_append_c (out, '\r'); break;
            case 't': if (out) g_string_append_c (out, '\t'); break;
            case 'u':
              {
                gunichar u;

                if (!scan_hex4 (s, &u))
                  return FALSE;
                if (u == 0)
                  return scan_fail (s, at, _("\\u0000 (a NUL character) is not allowed in text"));
                if (u >= 0xDC00 && u <= 0xDFFF)
                  return scan_fail (s, at, _("lone low surrogate \\u%04X"), u);
                if (u >= 0xD800 && u <= 0xDBFF)
                  {
                    gunichar low;

                    if (s->end - s->p < 2 || s->p[0] != '\\' || s->p[1] != 'u')
                      return scan_fail (s, at,
                                        _("high surrogate \\u%04X is not followed by a "
                                          "low surrogate"), u);
                    s->p += 2;
                    if (!scan_hex4 (s, &low))
                      return FALSE;
                    if (low < 0xDC00 || low > 0xDFFF)
                      return scan_fail (s, at,
                                        _("high surrogate \\u%04X is not followed by a "
                                          "low surrogate"), u);
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                  }
                if (out)
                  g_string_append_unichar (out, u);
              }
              break;
            default:
              if (c < 0x20 || c >= 0x80)
                return scan_fail (s, at, _("invalid escape sequence in a string"));
              return scan_fail (s, at,
                                _("invalid escape \\%c in a string; "
                                  "valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"),
                                c);
            }
          continue;
        }
      if (out)
        g_string_append_c (out, (char) c);
      s->p++;
    }
  return scan_fail (s, open, _("unterminated string: no closing quote before the end of the file"));
}

static gboolean
scan_digits (Scan *s)
{
  const char *first = s->p;

  while (s->p < s->end && g_ascii_isdigit (*s->p))
    s->p++;
  return s->p > first;
}

/* A number as a message quotes it: at most 32 digits, then "…". */
static char *
number_text (const char *first,
             const char *end)
{
  g_autofree char *text = g_strndup (first, MIN (end - first, 33));

  return dlg_text_cut (text, 32);
}

static gboolean
scan_number (Scan *s)
{
  const char *first = s->p;
  gboolean has_fraction = FALSE;
  gboolean has_exponent = FALSE;

  if (*s->p == '-')
    s->p++;
  if (s->p < s->end && *s->p == '0')
    {
      s->p++;
      if (s->p < s->end && g_ascii_isdigit (*s->p))
        return scan_fail (s, first, _("numbers must not start with 0"));
    }
  else if (!scan_digits (s))
    return scan_fail (s, first, _("expected a digit after '-'"));

  if (s->p < s->end && *s->p == '.')
    {
      has_fraction = TRUE;
      s->p++;
      if (!scan_digits (s))
        return scan_fail (s, s->p, _("expected a digit after the decimal point"));
    }
  if (s->p < s->end && (*s->p == 'e' || *s->p == 'E'))
    {
      has_exponent = TRUE;
      s->p++;
      if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
        s->p++;
      if (!scan_digits (s))
        return scan_fail (s, s->p, _("expected a digit in the exponent"));
    }

  if (!has_fraction && !has_exponent && s->p - first > 15)
    {
      /* json-glib reads whole numbers as 64-bit integers and wraps what
       * does not fit ("18446744073709551661" became -1); a double holds
       * every integer up to 2^53 exactly. */
      const char *digits = *first == '-' ? first + 1 : first;
      gsize n_digits = (gsize) (s->p - digits);
      const char *limit = "9007199254740992";

      if (n_digits > 16 || (n_digits == 16 && memcmp (digits, limit, 16) > 0))
        {
          g_autofree char *shown = number_text (first, s->p);

          return scan_fail (s, first,
                            _("the whole number %s is out of range; whole numbers must lie "
                              "between -9007199254740992 and 9007199254740992 (2^53)"),
                            shown);
        }
    }
  if (has_exponent || s->p - first > 15)
    {
      g_autofree char *text = g_strndup (first, s->p - first);

      if (!isfinite (g_ascii_strtod (text, NULL)))
        {
          g_autofree char *shown = number_text (first, s->p);

          return scan_fail (s, first, _("number %s is out of range"), shown);
        }
    }
  return TRUE;
}

static gboolean scan_value (Scan *s);

typedef struct
{
  DlgJsonPos *target;
  const char *line_start;
  const char *at;
} Found;

static void
locate_here (Scan *s)
{
  DlgJsonPos *pos;

  if (s->positions == NULL)
    return;
  pos = g_hash_table_lookup (s->positions, s->path->str);
  if (pos != NULL && pos->line == 0)
    {
      Found f = { pos, s->line_start, s->p };

      /* The column is worked out after the walk, see locate_columns(). */
      pos->line = s->line;
      g_array_append_val (s->found, f);
    }
}

static int
found_compare (gconstpointer a,
               gconstpointer b)
{
  const Found *fa = a;
  const Found *fb = b;

  return fa->at < fb->at ? -1 : fa->at > fb->at;
}

/* Columns in characters, in one pass over the text however many
 * positions share a (possibly very long) line. */
static void
locate_columns (GArray *found)
{
  const char *line_start = NULL;
  const char *last = NULL;
  guint column = 1;

  g_array_sort (found, found_compare);
  for (guint i = 0; i < found->len; i++)
    {
      Found *f = &g_array_index (found, Found, i);

      if (f->line_start != line_start)
        {
          line_start = f->line_start;
          last = line_start;
          column = 1;
        }
      column += (guint) g_utf8_strlen (last, f->at - last);
      last = f->at;
      f->target->column = column;
    }
}

static gboolean
scan_enter (Scan *s)
{
  s->depth++;
  if (s->depth > s->max_depth)
    return scan_fail (s, s->p,
                      g_dngettext (GETTEXT_PACKAGE,
                                   "nesting is deeper than %u level; this is not a dataset",
                                   "nesting is deeper than %u levels; this is not a dataset",
                                   s->max_depth),
                      s->max_depth);
  s->p++;
  scan_ws (s);
  return TRUE;
}

/* After a member or an element: a ',' (more follows) or the closing
 * bracket.  Returns FALSE on error. */
static gboolean
scan_after_item (Scan     *s,
                 char      closer,
                 gboolean *more)
{
  g_autofree char *what = NULL;

  scan_ws (s);
  *more = FALSE;
  if (s->p < s->end && *s->p == ',')
    {
      /* Keep where the comma's line starts: the column is only worked
       * out on error (a minified file is one long line). */
      const char *comma = s->p;
      const char *comma_line_start = s->line_start;
      guint comma_line = s->line;

      s->p++;
      scan_ws (s);
      if (s->p < s->end && *s->p == closer)
        {
          s->line = comma_line;
          s->line_start = comma_line_start;
          return scan_fail (s, comma, _("trailing comma before '%c'"), closer);
        }
      *more = TRUE;
      return TRUE;
    }
  if (s->p < s->end && *s->p == closer)
    {
      s->p++;
      return TRUE;
    }

  what = describe_char (s->p, s->end);
  if (closer == '}')
    return scan_fail (s, s->p, _("expected ',' or '}' after a member, found %s"), what);
  return scan_fail (s, s->p, _("expected ',' or ']' after an array element, found %s"), what);
}

static gboolean
scan_object (Scan *s)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) key = g_string_new (NULL);
  gsize path_len = s->path != NULL ? s->path->len : 0;
  gboolean more;

  if (!scan_enter (s))
    return FALSE;
  if (s->p < s->end && *s->p == '}')
    {
      s->p++;
      s->depth--;
      return TRUE;
    }

  for (;;)
    {
      const char *key_at = s->p;

      if (s->p >= s->end || *s->p != '"')
        {
          g_autofree char *what = describe_char (s->p, s->end);

          return scan_fail (s, s->p, _("expected a member name in double quotes, found %s"), what);
        }
      g_string_truncate (key, 0);
      if (!scan_string (s, key))
        return FALSE;
      if (g_hash_table_contains (seen, key->str))
        {
          g_autofree char *quoted = dlg_text_quote (key->str);

          return scan_fail (s, key_at, _("duplicate member name %s"), quoted);
        }
      g_hash_table_add (seen, g_strdup (key->str));

      scan_ws (s);
      if (s->p >= s->end || *s->p != ':')
        {
          g_autofree char *what = describe_char (s->p, s->end);
          g_autofree char *quoted = dlg_text_quote (key->str);

          return scan_fail (s, s->p, _("expected ':' after member name %s, found %s"),
                            quoted, what);
        }
      s->p++;
      scan_ws (s);

      if (s->path != NULL)
        {
          g_string_truncate (s->path, path_len);
          dlg_json_path_append_member (s->path, key->str);
        }
      if (!scan_value (s) || !scan_after_item (s, '}', &more))
        return FALSE;
      if (!more)
        break;
    }

  if (s->path != NULL)
    g_string_truncate (s->path, path_len);
  s->depth--;
  return TRUE;
}

static gboolean
scan_array (Scan *s)
{
  gsize path_len = s->path != NULL ? s->path->len : 0;
  guint index = 0;
  gboolean more;

  if (!scan_enter (s))
    return FALSE;
  if (s->p < s->end && *s->p == ']')
    {
      s->p++;
      s->depth--;
      return TRUE;
    }

  for (;;)
    {
      if (s->path != NULL)
        {
          g_string_truncate (s->path, path_len);
          dlg_json_path_append_index (s->path, index);
        }
      if (!scan_value (s) || !scan_after_item (s, ']', &more))
        return FALSE;
      if (!more)
        break;
      index++;
    }

  if (s->path != NULL)
    g_string_truncate (s->path, path_len);
  s->depth--;
  return TRUE;
}

static gboolean
scan_literal (Scan       *s,
              const char *word)
{
  gsize n = strlen (word);

  if ((gsize) (s->end - s->p) < n || memcmp (s->p, word, n) != 0)
    return FALSE;
  s->p += n;
  return TRUE;
}

static gboolean
scan_value (Scan *s)
{
  g_autofree char *what = NULL;

  locate_here (s);

  if (s->p >= s->end)
    return scan_fail (s, s->p, _("unexpected end of file; expected a value"));

  switch (*s->p)
    {
    case '{': return scan_object (s);
    case '[': return scan_array (s);
    case '"': return scan_string (s, NULL);
    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return scan_number (s);
    case 't': if (scan_literal (s, "true")) return TRUE; break;
    case 'f': if (scan_literal (s, "false")) return TRUE; break;
    case 'n': if (scan_literal (s, "null")) return TRUE; break;
    case '\'':
      return scan_fail (s, s->p, _("strings must use double quotes, not single quotes"));
    case '/':
      return scan_fail (s, s->p, _("comments are not allowed in JSON"));
    default:
      break;
    }

  what = describe_char (s->p, s->end);
  return scan_fail (s, s->p,
                    _("unexpected %s; expected a value (object, array, string, number, "
                      "true, false or null)"),
                    what);
}

static void
scan_init (Scan       *s,
           const char *data,
           gsize       len,
           guint       max_depth)
{
  memset (s, 0, sizeof *s);
  s->start = data;
  s->p = data;
  s->end = data + len;
  s->line_start = data;
  s->line = 1;
  s->max_depth = max_depth;

  /* A UTF-8 byte order mark is tolerated, as editors on some systems write one. */
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      s->p += 3;
      s->line_start = s->p;
    }
}

static gboolean
scan_document (Scan *s)
{
  scan_ws (s);
  if (s->p >= s->end)
    return scan_fail (s, s->p, _("the file is empty; expected a JSON object"));
  if (!scan_value (s))
    return FALSE;
  scan_ws (s);
  if (s->p < s->end)
    return scan_fail (s, s->p, _("unexpected text after the end of the JSON value"));
  return TRUE;
}

gboolean
dlg_json_check (const char *data,
                gsize       len,
                guint       max_depth,
                DlgJsonPos *pos,
                char      **message)
{
  Scan s;
  const char *bad = NULL;

  g_return_val_if_fail (data != NULL || len == 0, FALSE);

  scan_init (&s, data != NULL ? data : "", len, max_depth);

  if (!g_utf8_validate_len (data, len, &bad))
    {
      /* Count lines up to the bad byte so the position is useful. */
      for (const char *c = s.p; c < bad; c++)
        if (ends_line (c, s.end))
          {
            s.line++;
            s.line_start = c + 1;
          }
      if (*bad == '\0')
        scan_fail (&s, bad, _("NUL byte in the file; a dataset is UTF-8 text"));
      else
        scan_fail (&s, bad, _("invalid UTF-8 (byte 0x%02x); save the file as UTF-8"),
                   (guchar) *bad);
    }
  else
    scan_document (&s);

  if (s.message == NULL)
    return TRUE;

  if (pos != NULL)
    *pos = s.error_pos;
  if (message != NULL)
    *message = g_steal_pointer (&s.message);
  g_free (s.message);
  return FALSE;
}

void
dlg_json_locate (const char *data,
                 gsize       len,
                 GHashTable *positions)
{
  Scan s;

  g_return_if_fail (positions != NULL);

  scan_init (&s, data, len, DLG_JSON_MAX_DEPTH);
  s.positions = positions;
  s.path = g_string_new ("$");
  s.found = g_array_new (FALSE, FALSE, sizeof (Found));
  scan_document (&s);
  locate_columns (s.found);
  g_array_unref (s.found);
  g_string_free (s.path, TRUE);
  g_free (s.message);
}
