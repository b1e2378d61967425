/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-text"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "dlg-text.h"

char *
dlg_text_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autoptr(GString) stripped = NULL;

  if (text == NULL)
    return g_strdup ("");

  /* Plain ASCII (most names, parties and places) has no accents and no
   * compatibility forms: folded, it is lower case. */
  {
    const char *p = text;

    while (*p != '\0' && (guchar) *p < 0x80)
      p++;
    if (*p == '\0')
      return g_ascii_strdown (text, p - text);
  }

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (decomposed == NULL)
    return g_utf8_casefold (text, -1);

  stripped = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (stripped, c);
    }
  return g_utf8_casefold (stripped->str, (gssize) stripped->len);
}

/* n ASCII digits at text, as a number, or -1 */
static int
read_digits (const char *text,
             guint       n)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return -1;
      value = value * 10 + (text[i] - '0');
    }
  return value;
}

/* By hand, by position: GLib's readers are not this one format
 * (g_date_set_parse() follows the locale and guesses,
 * g_date_time_new_from_iso8601() wants a time); GDate says whether the
 * day exists.  The timeline reads every stay's days whenever the filter
 * changes, so no sscanf(). */
DlgDatePrecision
dlg_date_parse (const char *text,
                GDate      *date)
{
  DlgDatePrecision precision;
  int y, m = 1, d = 1;

  if (text == NULL)
    return DLG_DATE_NONE;
  switch (strlen (text))
    {
    case 4: precision = DLG_DATE_YEAR; break;
    case 7: precision = DLG_DATE_MONTH; break;
    case 10: precision = DLG_DATE_DAY; break;
    default: return DLG_DATE_NONE;
    }
  y = read_digits (text, 4);
  if (precision >= DLG_DATE_MONTH && (text[4] != '-' || (m = read_digits (text + 5, 2)) < 0))
    return DLG_DATE_NONE;
  if (precision == DLG_DATE_DAY && (text[7] != '-' || (d = read_digits (text + 8, 2)) < 0))
    return DLG_DATE_NONE;
  if (y < 1 || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return DLG_DATE_NONE;
  if (date != NULL)
    {
      g_date_clear (date, 1);
      g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
    }
  return precision;
}

/* A day (YYYY-MM-DD) as a GDateTime, or NULL */
static GDateTime *
parse_day (const char *iso)
{
  GDate date;

  if (dlg_date_parse (iso, &date) != DLG_DATE_DAY)
    return NULL;
  return g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date), 0, 0, 0);
}

/* The date formats (g_date_time_format()) are the translator's: the
 * order of day, month and year is the language's, the same in the
 * window, --summary and the sheet. */
static const char *
full_date_format (void)
{
  /* Translators: a date, "24 May 2025"; a g_date_time_format() format:
   * %-d the day, %b the month's short name, %Y the year; order them as your
   * language does */
  return C_("date format", "%-d %b %Y");
}

char *
dlg_format_dates (const char *from,
                  const char *to,
                  gboolean    approximate)
{
  g_autoptr(GDateTime) a = parse_day (from);
  g_autoptr(GDateTime) b = parse_day (to);
  g_autofree char *text = NULL;

  if (a != NULL && b != NULL)
    {
      if (g_date_time_compare (a, b) == 0)
        text = g_date_time_format (a, full_date_format ());
      else if (g_date_time_get_year (a) == g_date_time_get_year (b) &&
               g_date_time_get_month (a) == g_date_time_get_month (b))
        {
          /* Translators: the first day of a range within one month, "24" of
           * "24–26 May 2025"; a g_date_time_format() format */
          g_autofree char *first = g_date_time_format (a, C_("date format", "%-d"));
          g_autofree char *last = g_date_time_format (b, full_date_format ());

          /* Translators: a range of days in one month, "24–26 May 2025" */
          text = g_strdup_printf (_("%s–%s"), first, last);
        }
      else
        {
          /* Translators: the first day of a range within one year, "27 May" of
           * "27 May – 2 Jun 2025"; a g_date_time_format() format */
          g_autofree char *first = g_date_time_format (a, g_date_time_get_year (a) ==
                                                          g_date_time_get_year (b) ?
                                                          C_("date format", "%-d %b") :
                                                          full_date_format ());
          g_autofree char *last = g_date_time_format (b, full_date_format ());

          /* Translators: a range of dates, "27 May – 2 Jun 2025" */
          text = g_strdup_printf (_("%s – %s"), first, last);
        }
    }
  else if (a != NULL)
    {
      g_autofree char *first = g_date_time_format (a, full_date_format ());

      /* Translators: only the first day is known; "c." means about */
      return g_strdup_printf (approximate ? _("from c. %s") : _("from %s"), first);
    }
  else if (b != NULL)
    {
      g_autofree char *last = g_date_time_format (b, full_date_format ());

      /* Translators: only the last day is known; "c." means about */
      return g_strdup_printf (approximate ? _("until c. %s") : _("until %s"), last);
    }
  else
    return NULL;

  if (approximate)
    /* Translators: "circa", before dates that are approximate */
    return g_strdup_printf (_("c. %s"), text);
  return g_steal_pointer (&text);
}

char *
dlg_format_date (const char *iso)
{
  g_autoptr(GDateTime) date = NULL;
  GDate day;

  if (iso == NULL)
    return NULL;
  switch (dlg_date_parse (iso, &day))
    {
    case DLG_DATE_DAY:
      date = parse_day (iso);
      return g_date_time_format (date, full_date_format ());
    case DLG_DATE_MONTH:
      date = g_date_time_new_utc (g_date_get_year (&day), g_date_get_month (&day), 1, 0, 0, 0);
      /* Translators: a month, "May 2025" (a source's date known to the month); a
       * g_date_time_format() format: %b the month's short name, %Y the year */
      return g_date_time_format (date, C_("date format", "%b %Y"));
    case DLG_DATE_YEAR:
    case DLG_DATE_NONE:
    default:
      return g_strdup (iso);
    }
}

static gboolean
needs_escape (gunichar c)
{
  /* Controls, and the bidirectional embeddings, overrides and isolates,
   * which reorder a whole span.  The marks LRM, RLM and ALM stay: each
   * acts as one invisible letter (as a Hebrew or Latin one would) and the
   * translations of right-to-left languages open their lines with one. */
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

char *
dlg_text_escape (const char *text,
                 gsize       max_chars)
{
  GString *s;
  const char *p;
  const char *end;
  gsize n = 0;

  if (text == NULL)
    return g_strdup ("");

  end = text + strlen (text);
  s = g_string_sized_new (MIN ((gsize) (end - text), max_chars > 0 ? max_chars * 2 : G_MAXSIZE));
  for (p = text; p < end; n++)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (max_chars > 0 && n >= max_chars)
        {
          g_string_append (s, "…");
          break;
        }
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_printf (s, "\\x%02X", (guchar) *p);
          p++;
          continue;
        }
      if (needs_escape (c))
        g_string_append_printf (s, "\\u%04X", c);
      else
        g_string_append_len (s, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }
  return g_string_free (s, FALSE);
}

char *
dlg_text_quote (const char *text)
{
  g_autofree char *escaped = dlg_text_escape (text, DLG_TEXT_QUOTE_CHARS);

  return g_strconcat ("\"", escaped, "\"", NULL);
}

char *
dlg_text_cut (const char *text,
              gsize       max_chars)
{
  const char *p = text;

  if (text == NULL)
    return g_strdup ("");
  for (gsize n = 0; *p != '\0'; n++, p = g_utf8_next_char (p))
    if (n == max_chars)
      {
        g_autofree char *head = g_strndup (text, p - text);

        return g_strconcat (head, "…", NULL);
      }
  return g_strdup (text);
}

const char *
dlg_text_shown (const char  *text,
                char       **cut)
{
  g_return_val_if_fail (cut != NULL && *cut == NULL, text);

  /* a character is at least one byte: a short text needs no count */
  if (text == NULL || strnlen (text, DLG_TEXT_SHOWN_CHARS + 1) <= DLG_TEXT_SHOWN_CHARS ||
      g_utf8_strlen (text, (DLG_TEXT_SHOWN_CHARS + 1) * 4) <= DLG_TEXT_SHOWN_CHARS)
    return text;
  *cut = dlg_text_cut (text, DLG_TEXT_SHOWN_CHARS);
  return *cut;
}

char *
dlg_text_isolate (const char *text)
{
  g_autofree char *cut = NULL;

  return g_strconcat ("\u2068", text != NULL ? dlg_text_shown (text, &cut) : "", "\u2069", NULL);
}

gboolean
dlg_text_locale_is_rtl (void)
{
  /* Translators: do not translate this into your language: translate it
   * to "default:RTL" if your language is written right to left (Urdu,
   * Arabic, Hebrew…), else leave it "default:LTR". The window's cards and
   * the printed sheet then run in your language's direction. */
  return g_strcmp0 (_("default:LTR"), "default:RTL") == 0;
}

const char *
dlg_text_locale_mark (void)
{
  return dlg_text_locale_is_rtl () ? "\u200f" : "\u200e";
}

char *
dlg_text_in_locale_direction (const char *text)
{
  const char *mark = dlg_text_locale_mark ();
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, mark);
      g_string_append (out, lines[i]);
    }
  return g_string_free (out, FALSE);
}
