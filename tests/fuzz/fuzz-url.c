/* fuzz-url.c: database URLs and ODBC strings through gsql_engine_new()
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * The input is a URL (or anything).  gsql_engine_new() either fails with a
 * GSQL_ERROR or makes an engine without connecting; for a URL, the ODBC
 * string it built (seen redacted through gsql_engine_dup_display_string())
 * must hold exactly the attributes the URL has parts for — Driver, server,
 * port, database, user, password, one per query parameter — with every
 * value closed: a `;`, `{` or `}` in a user name, password, path or query
 * value never starts another attribute.
 */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"

/* Counts the attributes of an ODBC connection string, reading `{…}`
 * values with `}}` as an escaped brace; -1 when it is malformed. */
static int
count_attributes (const char *s)
{
  int n = 0;
  const char *p = s;

  while (*p)
    {
      const char *key = p;

      while (*p && *p != '=' && *p != ';' && *p != '{' && *p != '}')
        p++;
      if (*p != '=' || p == key)
        return -1;
      p++;
      if (*p == '{')
        {
          for (p++;; p++)
            {
              if (*p == '\0')
                return -1;
              if (*p == '}')
                {
                  if (p[1] == '}')
                    {
                      p++;
                      continue;
                    }
                  break;
                }
            }
          p++;
        }
      else
        while (*p && *p != ';')
          {
            if (*p == '{' || *p == '}')
              return -1;
            p++;
          }
      if (*p != ';' && *p != '\0')
        return -1;
      if (*p == ';')
        p++;
      n++;
    }
  return n;
}

static int
count_query (const char *query)
{
  g_autoptr(GHashTable) params = NULL;

  if (query == NULL || *query == '\0')
    return 0;
  params = g_uri_parse_params (query, -1, "&", G_URI_PARAMS_NONE, NULL);
  return params != NULL ? (int) g_hash_table_size (params) : -1;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *url = g_strndup ((const char *) data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlEngine) engine = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *scheme = NULL;
  const char *sep;
  int want = -1, got;

  engine = gsql_engine_new (url, &error);
  if (engine == NULL)
    {
      FUZZ_CHECK (error != NULL && error->domain == GSQL_ERROR, "no GSQL_ERROR for a refused URL");
      return 0;
    }
  FUZZ_CHECK (error == NULL, "an engine and an error");
  shown = gsql_engine_dup_display_string (engine);
  sep = strstr (url, "://");
  if (sep == NULL)
    return 0;   /* an ODBC string, used as it is */

  scheme = g_ascii_strdown (url, sep - url);
  if (strchr (scheme, '+'))
    *strchr (scheme, '+') = '\0';
  if (g_str_equal (scheme, "sqlite"))
    {
      const char *q = strchr (sep + 3, '?');
      g_autofree char *lq = q ? g_ascii_strdown (q, -1) : NULL;
      int nq = 0;

      if (q != NULL)
        {
          g_autofree char *fake = g_strconcat ("sqlite://x/", q, NULL);
          g_autoptr(GUri) qu = g_uri_parse (fake, G_URI_FLAGS_ENCODED_QUERY, NULL);
          nq = qu != NULL ? count_query (g_uri_get_query (qu)) : 0;
        }
      /* Driver, Database, FKSupport unless the query sets it */
      want = 2 + (lq == NULL || strstr (lq, "fksupport=") == NULL) + nq;
    }
  else
    {
      g_autoptr(GUri) u = g_uri_parse (url, G_URI_FLAGS_HAS_PASSWORD | G_URI_FLAGS_ENCODED_QUERY, NULL);
      const char *path;

      FUZZ_CHECK (u != NULL, "an engine from a URL GLib cannot parse: %s", url);
      path = g_uri_get_path (u);
      want = 2 + (g_uri_get_port (u) > 0) + (path != NULL && path[0] == '/' && path[1] != '\0') +
             (g_uri_get_user (u) != NULL) + (g_uri_get_password (u) != NULL) + count_query (g_uri_get_query (u));
    }
  got = count_attributes (shown);
  FUZZ_CHECK (got >= 0, "malformed connection string %s from %s", shown, url);
  FUZZ_CHECK (got == want, "%d attributes instead of %d in %s from %s", got, want, shown, url);
  return 0;
}
