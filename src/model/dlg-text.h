#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Text for case- and accent-insensitive matching: NFKD, combining marks
 * dropped, case-folded.  "Bogotá" and "BOGOTA" fold to the same text. */
char *dlg_text_fold (const char *text);

/* Dates for people: "24–26 May 2025", "c. 27 May – 2 Jun 2025",
 * "from 22 May 2025".  NULL when neither date is known.  from and to
 * are ISO 8601 (YYYY-MM-DD) or NULL. */
char *dlg_format_dates (const char *from,
                        const char *to,
                        gboolean    approximate);

G_END_DECLS
