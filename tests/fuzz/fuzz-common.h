/* fuzz-common.h: what the fuzz targets check about SQL and ODBC strings
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <libsqlcore/sqlcore.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond, ...) G_STMT_START { \
  if (!(cond)) \
    { \
      fprintf (stderr, "fuzz check failed: %s: ", #cond); \
      fprintf (stderr, __VA_ARGS__); \
      fputc ('\n', stderr); \
      abort (); \
    } \
} G_STMT_END

/* Scans @sql as @dialect reads it: quoted strings ('…' with '' doubled,
 * and on MySQL with \ escaping; E'…' on PostgreSQL), quoted identifiers
 * ("…", `…`).  Returns the number of `?` outside quotes, or -1 when the
 * text holds a second statement, a comment or an unterminated quote. */
static inline int
fuzz_scan_sql (const char *sql, const char *dialect)
{
  gboolean my = g_str_equal (dialect, "mysql");
  int markers = 0;
  const char *p = sql;

  while (*p)
    {
      if (*p == '\'' || *p == '"' || *p == '`')
        {
          char q = *p;
          gboolean backslash = q == '\'' && (my || (p > sql && (p[-1] == 'E' || p[-1] == 'e') &&
                                                     (p - 1 == sql || !g_ascii_isalnum (p[-2]))));
          for (p++;; p++)
            {
              if (*p == '\0')
                return -1;
              if (backslash && *p == '\\')
                {
                  if (p[1] == '\0')
                    return -1;
                  p++;
                  continue;
                }
              if (*p == q)
                {
                  if (p[1] == q)
                    {
                      p++;
                      continue;
                    }
                  break;
                }
            }
          p++;
          continue;
        }
      if (*p == ';' || *p == '#' || (p[0] == '-' && p[1] == '-') || (p[0] == '/' && p[1] == '*'))
        return -1;
      if (*p == '?')
        markers++;
      p++;
    }
  return markers;
}

/* The fuzzer's input, read a byte at a time (zeros once it runs out). */
typedef struct {
  const guint8 *p;
  size_t        left;
} FuzzInput;

static inline guint8
fuzz_take_byte (FuzzInput *in)
{
  if (in->left == 0)
    return 0;
  in->left--;
  return *in->p++;
}
