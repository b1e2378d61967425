/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/* What the benchmark programs share: resident memory and medians. */

#include <stdlib.h>
#include <string.h>

#include <glib.h>

/* This process's resident memory in KiB, -1 when unknown */
static inline long
bench_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmRSS:");
  return line != NULL ? strtol (line + 6, NULL, 10) : -1;
}

static inline int
bench_compare_doubles (const void *a,
                       const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The median of n values (sorts them) */
static inline double
bench_median (double *values,
              guint   n)
{
  qsort (values, n, sizeof *values, bench_compare_doubles);
  return values[n / 2];
}
