/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Text for case- and accent-insensitive matching: NFKD, combining marks
 * dropped, case-folded.  "Bogotá" and "BOGOTA" fold to the same text. */
char *dlg_text_fold (const char *text);

/* How much of a day an ISO 8601 date gives */
typedef enum
{
  DLG_DATE_NONE,  /* not a date */
  DLG_DATE_YEAR,  /* "2025" */
  DLG_DATE_MONTH, /* "2025-05" */
  DLG_DATE_DAY,   /* "2025-05-24" */
} DlgDatePrecision;

/* The one reader of the format's dates: an ISO 8601 calendar date
 * written as FORMAT.md says, "YYYY-MM-DD" with four, two and two ASCII
 * digits and nothing before or after, or reduced to "YYYY-MM" or
 * "YYYY"; one that exists (year 1 or later, 29 February only in a leap
 * year).  date, when not NULL, is set to the day (the first of the month
 * or the year when reduced).  The caller decides which precisions it
 * takes. */
DlgDatePrecision dlg_date_parse (const char *text,
                                 GDate      *date);

/* Dates for people: "24–26 May 2025", "c. 27 May – 2 Jun 2025",
 * "from 22 May 2025".  NULL when neither date is known.  from and to
 * are ISO 8601 (YYYY-MM-DD) or NULL. */
char *dlg_format_dates (const char *from,
                        const char *to,
                        gboolean    approximate);

/* One date as precise as it is known, in the format of dlg_format_dates:
 * "18 May 2025" (YYYY-MM-DD), "May 2025" (YYYY-MM), "2025" (YYYY); text
 * that is none of these as it is; NULL for NULL.  (A source's date.) */
char *dlg_format_date  (const char *iso);

/* How many characters of a dataset value a message quotes. */
#define DLG_TEXT_QUOTE_CHARS 80

/* Text from a dataset made inert for a message or a terminal: control
 * characters (C0, DEL, C1), bidirectional embeddings, overrides and
 * isolates (not the marks LRM, RLM, ALM) and invalid bytes are
 * written as \uXXXX (\xXX for a byte), so nothing reaches the terminal
 * as a command and a message stays on one line.  The text is cut after
 * max_chars characters (0: no limit), ending in "…". */
char *dlg_text_escape  (const char *text,
                        gsize       max_chars);
/* dlg_text_escape (text, DLG_TEXT_QUOTE_CHARS) in double quotes, for
 * quoting a value in a message. */
char *dlg_text_quote   (const char *text);
/* The first max_chars characters of text, ending in "…" when cut. */
char *dlg_text_cut     (const char *text,
                        gsize       max_chars);
/* How many characters of one dataset value the window shows: laying out
 * a megabyte-long name in a cell would stall it for seconds.  The longest
 * value in the bundled dataset is 422 characters; exports keep it all. */
#define DLG_TEXT_SHOWN_CHARS 1000

/* text, or when it is longer than DLG_TEXT_SHOWN_CHARS its cut copy,
 * stored in *cut for the caller to free.  Allocates only when it cuts. */
const char *dlg_text_shown (const char  *text,
                            char       **cut);
/* text between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: dataset
 * text placed next to the application's own words, so that its direction
 * (or a stray RIGHT-TO-LEFT OVERRIDE in it) cannot reorder them.  Cut as
 * dlg_text_shown() does: it is text for the window. */
char *dlg_text_isolate (const char *text);

/* Whether the interface's language runs right to left: its translation
 * of "default:LTR" says "default:RTL", as GTK's own catalogue does. */
gboolean dlg_text_locale_is_rtl (void);
/* The interface's direction mark: U+200F RIGHT-TO-LEFT MARK in a
 * right-to-left language, else U+200E LEFT-TO-RIGHT MARK */
const char *dlg_text_locale_mark (void);
/* text with every paragraph (the start, and after each new line) opened
 * by the interface's direction mark (U+200E, or U+200F right to left):
 * a line that starts with dataset text in another script keeps the
 * direction and alignment of the lines around it. */
char *dlg_text_in_locale_direction (const char *text);

G_END_DECLS
