/* bench-common.h: timing, medians and peak RSS shared by the benchmark
 * programs (gsql, hand-written ODBC, GOM)
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * Every program prints one line per measurement for bench/run-bench:
 *
 *   RESULT <tab> scenario <tab> implementation <tab> median seconds <tab>
 *          rows <tab> runs <tab> peak RSS in KiB <tab> notes
 *
 * A measurement is one warm-up run followed by GSQL_BENCH_RUNS (default 5)
 * timed runs (at most 3 when the warm-up is slow, see
 * bench_runs_after_warmup()); the median is reported.
 */
#pragma once

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>

static inline double
bench_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static inline double
bench_scale (void)
{
  const char *s = getenv ("GSQL_BENCH_SCALE");
  double v = s != NULL ? atof (s) : 1.0;

  return v > 0 ? v : 1.0;
}

/* n scaled, at least 1 */
static inline long
bench_n (long n)
{
  long v = (long) (n * bench_scale () + 0.5);

  return v > 0 ? v : 1;
}

static inline int
bench_runs (void)
{
  const char *s = getenv ("GSQL_BENCH_RUNS");
  int v = s != NULL ? atoi (s) : 5;

  return v > 0 ? v : 5;
}

/* A scenario whose warm-up took longer than GSQL_BENCH_SLOW_SECONDS
 * (default 15) gets at most 3 timed runs, so that a full run ends in
 * reasonable time; the table shows how many runs each median has. */
static inline int
bench_runs_after_warmup (int runs, double warmup_seconds)
{
  const char *s = getenv ("GSQL_BENCH_SLOW_SECONDS");
  double slow = s != NULL ? atof (s) : 15.0;

  return warmup_seconds > slow && runs > 3 ? 3 : runs;
}

static inline long
bench_peak_rss_kb (void)
{
  struct rusage ru;

  getrusage (RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

/* Current resident set in KiB, from /proc/self/statm. */
static inline long
bench_rss_kb (void)
{
  FILE *f = fopen ("/proc/self/statm", "r");
  long size = 0, resident = 0;

  if (f == NULL)
    return 0;
  if (fscanf (f, "%ld %ld", &size, &resident) != 2)
    resident = 0;
  fclose (f);
  return resident * (sysconf (_SC_PAGESIZE) / 1024);
}

static int
bench_cmp_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static inline double
bench_median (double *v, int n)
{
  qsort (v, n, sizeof (double), bench_cmp_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static inline void
bench_report (const char *scenario, const char *impl, double median, long rows, int runs,
              const char *notes)
{
  printf ("RESULT\t%s\t%s\t%.6f\t%ld\t%d\t%ld\t%s\n", scenario, impl, median, rows, runs,
          bench_peak_rss_kb (), notes != NULL ? notes : "");
  fflush (stdout);
}
