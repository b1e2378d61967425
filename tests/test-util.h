/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the C tests share: deadlines that scale with the machine.
 *
 * A deadline in a test bounds the wait for a condition; it is never a
 * speed target.  It is multiplied by DLG_TEST_TIMEOUT_SCALE, which
 * build-aux/test-sanitized.sh sets to the same factor as meson's
 * --timeout-multiplier (meson passes that factor to no test). */
static inline double
dlg_test_timeout_scale (void)
{
  const char *text = g_getenv ("DLG_TEST_TIMEOUT_SCALE");
  double scale = text != NULL ? g_ascii_strtod (text, NULL) : 1.0;

  return scale >= 1.0 ? scale : 1.0;
}

/* The monotonic time (µs) ms milliseconds from now, scaled */
static inline gint64
dlg_test_deadline (guint ms)
{
  return g_get_monotonic_time () + (gint64) (ms * dlg_test_timeout_scale ()) * 1000;
}

G_END_DECLS
