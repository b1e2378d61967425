/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Leaks on purpose.  The sanitized suite runs it and expects
 * LeakSanitizer to report the leak: the proof that tests/lsan.supp is
 * narrow enough to let a leak of ours through. */
#include <glib.h>

int
main (void)
{
  char *leaked = g_strdup ("a deliberate leak");

  leaked = NULL;
  return leaked != NULL;
}
