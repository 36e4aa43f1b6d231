/* gsql-url.c: database URLs turned into ODBC connection strings
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "gsql-core-private.h"

static void
append_attr (GString *s, const char *key, const char *value)
{
  g_autofree char *q = _gsql_odbc_quote_value (value);

  g_string_append_printf (s, "%s=%s;", key, q);
}

static gboolean
valid_key (const char *key)
{
  const char *p;

  if (key == NULL || *key == '\0')
    return FALSE;
  for (p = key; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-' && *p != ' ')
      return FALSE;
  return TRUE;
}

/* Query parameters become extra driver attributes (`?sslmode=require`),
 * keys restricted to names and values brace-quoted. */
static gboolean
append_query (GString *s, GUri *uri, GError **error)
{
  const char *query = g_uri_get_query (uri);
  GHashTableIter iter;
  gpointer k, v;
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(GError) local = NULL;

  if (query == NULL || *query == '\0')
    return TRUE;
  params = g_uri_parse_params (query, -1, "&", G_URI_PARAMS_NONE, &local);
  if (params == NULL)
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("Invalid query in database URL: %s"), local->message);
      return FALSE;
    }
  g_hash_table_iter_init (&iter, params);
  while (g_hash_table_iter_next (&iter, &k, &v))
    {
      if (!valid_key (k))
        {
          g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                       _("Invalid option name “%s” in database URL"), (char *) k);
          return FALSE;
        }
      append_attr (s, k, v);
    }
  return TRUE;
}

static char *
driver_or_error (GsqlBackend backend, const char *scheme, GError **error)
{
  char *driver = _gsql_odbc_find_driver (backend);

  if (driver == NULL)
    g_set_error (error, GSQL_ERROR, GSQL_ERROR_CONNECTION_FAILED,
                 _("No ODBC driver for “%s” is installed or registered"), scheme);
  return driver;
}

/* Translates a URL into a DSN-less ODBC string for the installed driver.
 * A plain ODBC string (it has an '=' and no "://") is returned unchanged.
 * For `sqlite://` a temporary file is made and returned in @out_temp_file
 * for the engine to delete; an in-memory database would not survive being
 * shared by a pool of connections. */
char *
_gsql_url_to_connection_string (const char  *url,
                                char       **out_temp_file,
                                GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *scheme = NULL;
  g_autofree char *driver = NULL;
  const char *sep;
  GString *s;

  _gsql_core_init ();
  *out_temp_file = NULL;

  if (url == NULL || *url == '\0')
    {
      g_set_error_literal (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                           _("The database URL is empty"));
      return NULL;
    }
  if (!g_utf8_validate (url, -1, NULL))
    {
      g_set_error_literal (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                           _("The database URL is not valid UTF-8"));
      return NULL;
    }

  sep = strstr (url, "://");
  if (sep == NULL)
    {
      if (strchr (url, '=') != NULL)
        return g_strdup (url);
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("“%s” is neither a database URL nor an ODBC connection string"), url);
      return NULL;
    }

  scheme = g_ascii_strdown (url, sep - url);
  /* "postgresql+odbc://" style suffixes name a driver flavour; ignore them. */
  if (strchr (scheme, '+'))
    *strchr (scheme, '+') = '\0';

  if (g_str_equal (scheme, "sqlite"))
    {
      const char *rest = sep + 3;
      g_autofree char *path = NULL;
      const char *q = strchr (rest, '?');
      g_autofree char *raw = q ? g_strndup (rest, q - rest) : g_strdup (rest);

      if (raw[0] != '\0' && raw[0] != '/')
        {
          g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                       _("A SQLite URL has no host: write sqlite:///relative.db or sqlite:////absolute/path.db, not “%s”"),
                       url);
          return NULL;
        }
      driver = driver_or_error (GSQL_BACKEND_SQLITE, scheme, error);
      if (driver == NULL)
        return NULL;
      if (raw[0] == '\0' || g_str_equal (raw, "/") || g_str_equal (raw, "/:memory:"))
        {
          g_autofree char *dir = g_dir_make_tmp ("gsql-XXXXXX", &local);
          if (dir == NULL)
            {
              g_set_error (error, GSQL_ERROR, GSQL_ERROR_CONNECTION_FAILED,
                           _("Could not make a temporary database: %s"), local->message);
              return NULL;
            }
          path = g_build_filename (dir, "temp.db", NULL);
          *out_temp_file = g_strdup (path);
        }
      else
        {
          path = g_uri_unescape_string (raw + 1, NULL);
          if (path == NULL || *path == '\0')
            {
              g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                           _("Invalid path in database URL “%s”"), url);
              return NULL;
            }
        }
      s = g_string_new (NULL);
      append_attr (s, "Driver", driver);
      append_attr (s, "Database", path);
      /* Foreign keys are enforced, as on the servers (SQLite leaves them
       * off unless asked); ?FKSupport=0 turns them off again. */
      {
        g_autofree char *lq = q != NULL ? g_ascii_strdown (q, -1) : NULL;
        if (lq == NULL || strstr (lq, "fksupport=") == NULL)
          append_attr (s, "FKSupport", "1");
      }
      if (q != NULL)
        {
          g_autofree char *fake = g_strconcat ("sqlite://x/", q, NULL);
          g_autoptr(GUri) qu = g_uri_parse (fake, G_URI_FLAGS_ENCODED_QUERY, NULL);
          if (qu != NULL && !append_query (s, qu, error))
            {
              g_string_free (s, TRUE);
              return NULL;
            }
        }
      return g_string_free (s, FALSE);
    }

  if (g_str_equal (scheme, "postgresql") || g_str_equal (scheme, "postgres") ||
      g_str_equal (scheme, "mariadb") || g_str_equal (scheme, "mysql"))
    {
      gboolean pg = g_str_has_prefix (scheme, "postgres");
      GsqlBackend backend = pg ? GSQL_BACKEND_POSTGRESQL : GSQL_BACKEND_MYSQL;
      const char *host, *user, *password, *path;
      int port;

      uri = g_uri_parse (url, G_URI_FLAGS_HAS_PASSWORD | G_URI_FLAGS_ENCODED_QUERY, &local);
      if (uri == NULL)
        {
          g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                       _("Invalid database URL: %s"), local->message);
          return NULL;
        }
      driver = driver_or_error (backend, scheme, error);
      if (driver == NULL)
        return NULL;

      host = g_uri_get_host (uri);
      user = g_uri_get_user (uri);
      password = g_uri_get_password (uri);
      port = g_uri_get_port (uri);
      path = g_uri_get_path (uri);

      s = g_string_new (NULL);
      append_attr (s, "Driver", driver);
      append_attr (s, pg ? "Servername" : "Server",
                   host != NULL && *host != '\0' ? host : "localhost");
      if (port > 0)
        {
          char buf[16];
          g_snprintf (buf, sizeof buf, "%d", port);
          append_attr (s, "Port", buf);
        }
      if (path != NULL && path[0] == '/' && path[1] != '\0')
        append_attr (s, "Database", path + 1);
      if (user != NULL)
        append_attr (s, "UID", user);
      if (password != NULL)
        append_attr (s, "PWD", password);
      if (!append_query (s, uri, error))
        {
          g_string_free (s, TRUE);
          return NULL;
        }
      return g_string_free (s, FALSE);
    }

  g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
               _("Unknown database URL scheme “%s”: use sqlite, postgresql, mariadb or mysql, or give an ODBC connection string"),
               scheme);
  return NULL;
}

/* The connection string with its password replaced, for logs and messages. */
char *
_gsql_connection_string_redact (const char *connstr)
{
  GString *s = g_string_new (NULL);
  const char *p = connstr;

  while (*p)
    {
      const char *start = p;
      const char *eq;
      gboolean secret;

      while (*p && *p != '=' && *p != ';')
        p++;
      eq = p;
      secret = (eq - start == 3 && g_ascii_strncasecmp (start, "PWD", 3) == 0) ||
               (eq - start == 8 && g_ascii_strncasecmp (start, "Password", 8) == 0);
      g_string_append_len (s, start, eq - start);
      if (*p == '=')
        {
          const char *vstart = ++p;
          if (*p == '{')
            {
              p++;
              while (*p && !(*p == '}' && p[1] != '}'))
                p += (*p == '}') ? 2 : 1;
              if (*p)
                p++;
            }
          while (*p && *p != ';')
            p++;
          g_string_append_c (s, '=');
          if (secret)
            g_string_append (s, "***");
          else
            g_string_append_len (s, vstart, p - vstart);
        }
      if (*p == ';')
        g_string_append_c (s, *p++);
    }
  return g_string_free (s, FALSE);
}
