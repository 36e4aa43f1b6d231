/* gsql-odbc.c: the ODBC environment, diagnostics, drivers and connection
 * strings
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <string.h>
#include <odbcinst.h>

#include "gsql-core-private.h"

SQLHENV
_gsql_odbc_get_env (void)
{
  static gsize env_once = 0;
  static SQLHENV env = SQL_NULL_HENV;

  if (g_once_init_enter (&env_once))
    {
      SQLHENV e = SQL_NULL_HENV;

      /* One environment for the process, never freed: ODBC allows sharing
       * it between threads, and connections come and go under it. */
      if (SQL_SUCCEEDED (SQLAllocHandle (SQL_HANDLE_ENV, SQL_NULL_HANDLE, &e)))
        SQLSetEnvAttr (e, SQL_ATTR_ODBC_VERSION, (SQLPOINTER) SQL_OV_ODBC3, 0);
      env = e;
      g_once_init_leave (&env_once, 1);
    }
  return env;
}

const char *
_gsql_backend_to_dialect_name (GsqlBackend backend)
{
  switch (backend)
    {
    case GSQL_BACKEND_SQLITE: return "sqlite";
    case GSQL_BACKEND_POSTGRESQL: return "postgresql";
    case GSQL_BACKEND_MYSQL: return "mysql";
    case GSQL_BACKEND_ANSI:
    default: return "ansi";
    }
}

/* SQLite reports every failure as HY000; its native code and message say
 * what happened. */
static int
sqlite_code (gint64 native, const char *msg)
{
  if (strstr (msg, "UNIQUE constraint failed") || strstr (msg, "PRIMARY KEY must be unique") ||
      strstr (msg, "is not unique"))
    return GSQL_ERROR_UNIQUE_VIOLATION;
  if (strstr (msg, "FOREIGN KEY constraint failed"))
    return GSQL_ERROR_FOREIGN_KEY_VIOLATION;
  if (strstr (msg, "NOT NULL constraint failed") || strstr (msg, "may not be NULL"))
    return GSQL_ERROR_NOT_NULL_VIOLATION;
  if (strstr (msg, "CHECK constraint failed"))
    return GSQL_ERROR_CHECK_VIOLATION;
  switch (native & 0xff)
    {
    case 19: return GSQL_ERROR_INTEGRITY;       /* SQLITE_CONSTRAINT */
    case 5: case 6: return GSQL_ERROR_TIMEOUT;  /* BUSY, LOCKED */
    case 18: case 20: case 25: return GSQL_ERROR_DATA;   /* TOOBIG, MISMATCH, RANGE */
    case 1: return GSQL_ERROR_PROGRAMMING;      /* SQLITE_ERROR: syntax, no such table */
    case 14: return GSQL_ERROR_CONNECTION_FAILED; /* CANTOPEN */
    default: return -1;
    }
}

/* Turns the first diagnostic record of a handle into a GError in the
 * GSQL_ERROR domain, keeping SQLSTATE, native code and driver message. */
void
_gsql_odbc_set_error (GError      **error,
                      SQLSMALLINT   handle_type,
                      SQLHANDLE     handle,
                      GsqlBackend   backend,
                      int           fallback_code,
                      const char   *context)
{
  SQLCHAR state[6] = "";
  SQLINTEGER native = 0;
  SQLCHAR msg[1024] = "";
  SQLSMALLINT msg_len = 0;
  SQLRETURN rc;
  int code = -1;
  g_autofree char *driver_msg = NULL;
  g_autofree char *full = NULL;

  _gsql_core_init ();

  if (error == NULL)
    return;

  rc = SQLGetDiagRec (handle_type, handle, 1, state, &native, msg, sizeof msg, &msg_len);
  if (!SQL_SUCCEEDED (rc))
    {
      _gsql_set_error_full (error, fallback_code >= 0 ? fallback_code : GSQL_ERROR_FAILED,
                            NULL, 0, NULL,
                            context ? context : _("The ODBC driver reported a failure without diagnostics"));
      return;
    }

  /* Drivers prefix messages with vendor tags like "[unixODBC][Driver]…";
   * keep them in the driver message but not in ours. */
  driver_msg = g_strndup ((const char *) msg, MIN ((gsize) msg_len, sizeof msg - 1));
  if (!g_utf8_validate (driver_msg, -1, NULL))
    {
      char *valid = g_utf8_make_valid (driver_msg, -1);
      g_free (driver_msg);
      driver_msg = valid;
    }

  if (backend == GSQL_BACKEND_SQLITE && g_str_equal ((char *) state, "HY000"))
    code = sqlite_code (native, driver_msg);
  if (code < 0)
    code = gsql_error_from_sqlstate ((const char *) state, native);
  if (code == GSQL_ERROR_FAILED && backend == GSQL_BACKEND_POSTGRESQL &&
      (strstr (driver_msg, "connection has been lost") ||
       strstr (driver_msg, "server closed the connection") ||
       strstr (driver_msg, "terminating connection") ||
       strstr (driver_msg, "could not send data to server") ||
       strstr (driver_msg, "no connection to the server")))
    {
      /* psqlODBC reports a lost server as HY000 while preparing. */
      code = GSQL_ERROR_DISCONNECTED;
    }
  if (code != GSQL_ERROR_DISCONNECTED)
    {
      /* A later record may tell of the disconnect behind a vague first
       * one (57P01 then 08S01). */
      SQLSMALLINT i;
      for (i = 2; i <= 8; i++)
        {
          SQLCHAR st[6] = "";
          SQLINTEGER nat = 0;
          SQLSMALLINT l = 0;
          SQLCHAR m[8];

          if (!SQL_SUCCEEDED (SQLGetDiagRec (handle_type, handle, i, st, &nat, m, sizeof m, &l)))
            break;
          if (gsql_error_from_sqlstate ((const char *) st, nat) == GSQL_ERROR_DISCONNECTED)
            {
              code = GSQL_ERROR_DISCONNECTED;
              break;
            }
        }
    }
  if (code == GSQL_ERROR_FAILED && fallback_code >= 0)
    code = fallback_code;
  /* Whatever went wrong while connecting is a failure to connect. */
  if (fallback_code == GSQL_ERROR_CONNECTION_FAILED && code != GSQL_ERROR_TIMEOUT)
    code = GSQL_ERROR_CONNECTION_FAILED;

  {
    const char *plain = driver_msg;
    const char *p;

    /* Strip "[vendor][component]" prefixes for the human message. */
    while (*plain == '[' && (p = strchr (plain, ']')) != NULL)
      plain = p + 1;
    while (*plain == ' ')
      plain++;
    if (context != NULL)
      full = g_strdup_printf ("%s: %s (SQLSTATE %s)", context, plain, (char *) state);
    else
      full = g_strdup_printf ("%s (SQLSTATE %s)", plain, (char *) state);
  }

  _gsql_set_error_full (error, code, (const char *) state, native, driver_msg, full);
}

static const char *const sqlite_names[] = { "SQLite3", "SQLite3 ODBC Driver", NULL };
static const char *const sqlite_libs[] = { "libsqlite3odbc.so", NULL };
static const char *const pg_names[] = { "PostgreSQL Unicode", "PostgreSQL UNICODE", "PostgreSQL", NULL };
static const char *const pg_libs[] = { "psqlodbcw.so", NULL };
static const char *const my_names[] = { "MariaDB Unicode", "MariaDB", "MariaDB ODBC 3.1 Driver",
                                        "MySQL ODBC 8.0 Unicode Driver", NULL };
static const char *const my_libs[] = { "libmaodbc.so", NULL };

static gboolean
driver_registered (const char *name)
{
  SQLHENV env = _gsql_odbc_get_env ();
  SQLCHAR desc[256], attrs[1024];
  SQLSMALLINT dlen, alen;
  SQLUSMALLINT dir = SQL_FETCH_FIRST;

  if (env == SQL_NULL_HENV)
    return FALSE;
  while (SQL_SUCCEEDED (SQLDrivers (env, dir, desc, sizeof desc, &dlen,
                                    attrs, sizeof attrs, &alen)))
    {
      dir = SQL_FETCH_NEXT;
      if (g_ascii_strcasecmp ((char *) desc, name) == 0)
        {
          /* Debian registers [SQLite] without installing its library; a
           * registered name is only good when its library loads. */
          char path[1024] = "";
          SQLGetPrivateProfileString (name, "Driver", "", path, sizeof path, "ODBCINST.INI");
          if (path[0] == '/' && !g_file_test (path, G_FILE_TEST_EXISTS))
            continue;
          /* Finish the enumeration so the next one starts afresh. */
          while (SQL_SUCCEEDED (SQLDrivers (env, SQL_FETCH_NEXT, desc, sizeof desc, &dlen,
                                            attrs, sizeof attrs, &alen)))
            ;
          return TRUE;
        }
    }
  return FALSE;
}

/* The Driver= value for a backend: a registered driver name when the ODBC
 * configuration has one, else the absolute path of an installed driver
 * library (which needs no odbcinst.ini at all), else NULL. */
char *
_gsql_odbc_find_driver (GsqlBackend backend)
{
  const char *const *names, *const *libs;
  static const char *const dirs[] = {
#ifdef __x86_64__
    "/usr/lib/x86_64-linux-gnu/odbc",
#endif
#ifdef __aarch64__
    "/usr/lib/aarch64-linux-gnu/odbc",
#endif
    "/usr/lib/odbc", "/usr/lib64", "/usr/local/lib/odbc", "/usr/local/lib",
    "/usr/lib", NULL
  };
  guint i, j;

  switch (backend)
    {
    case GSQL_BACKEND_SQLITE: names = sqlite_names; libs = sqlite_libs; break;
    case GSQL_BACKEND_POSTGRESQL: names = pg_names; libs = pg_libs; break;
    case GSQL_BACKEND_MYSQL: names = my_names; libs = my_libs; break;
    case GSQL_BACKEND_ANSI:
    default: return NULL;
    }

  for (i = 0; names[i] != NULL; i++)
    if (driver_registered (names[i]))
      return g_strdup (names[i]);
  for (i = 0; dirs[i] != NULL; i++)
    for (j = 0; libs[j] != NULL; j++)
      {
        g_autofree char *path = g_build_filename (dirs[i], libs[j], NULL);
        if (g_file_test (path, G_FILE_TEST_EXISTS))
          return g_steal_pointer (&path);
      }
  return NULL;
}

/* Brace-quotes a connection-string value when it holds anything that could
 * end it or start another attribute (";", "{", "}", "=", spaces at the
 * ends), so a password like "x;Driver=evil" stays a password. */
char *
_gsql_odbc_quote_value (const char *value)
{
  GString *s;
  const char *p;

  if (value == NULL)
    return g_strdup ("");
  if (value[0] != '\0' && strpbrk (value, ";{}=") == NULL &&
      !g_ascii_isspace (value[0]) && !g_ascii_isspace (value[strlen (value) - 1]))
    return g_strdup (value);

  s = g_string_new ("{");
  for (p = value; *p; p++)
    {
      if (*p == '}')
        g_string_append_c (s, '}');
      g_string_append_c (s, *p);
    }
  g_string_append_c (s, '}');
  return g_string_free (s, FALSE);
}

/* Whether a connection string already sets attribute @key (outside braces). */
static gboolean
has_attribute (const char *connstr, const char *key)
{
  const char *p = connstr;
  gsize klen = strlen (key);

  while (*p)
    {
      const char *start;

      while (*p == ';' || *p == ' ')
        p++;
      start = p;
      while (*p && *p != '=' && *p != ';')
        p++;
      if (*p == '=' && (gsize) (p - start) == klen &&
          g_ascii_strncasecmp (start, key, klen) == 0)
        return TRUE;
      if (*p == '=')
        {
          p++;
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
        }
    }
  return FALSE;
}

static char *
get_attribute (const char *connstr, const char *key)
{
  g_auto(GStrv) parts = g_strsplit (connstr, ";", -1);
  guint i;

  for (i = 0; parts[i] != NULL; i++)
    {
      char *eq = strchr (parts[i], '=');
      g_autofree char *k = NULL;
      if (eq == NULL)
        continue;
      k = g_strstrip (g_strndup (parts[i], eq - parts[i]));
      if (g_ascii_strcasecmp (k, key) == 0)
        {
          char *v = g_strstrip (g_strdup (eq + 1));
          gsize l = strlen (v);
          if (l >= 2 && v[0] == '{' && v[l - 1] == '}')
            {
              memmove (v, v + 1, l - 2);
              v[l - 2] = '\0';
            }
          return v;
        }
    }
  return NULL;
}

static GsqlBackend
backend_from_driver (const char *driver)
{
  g_autofree char *d = g_ascii_strdown (driver, -1);

  if (strstr (d, "sqlite"))
    return GSQL_BACKEND_SQLITE;
  if (strstr (d, "psql") || strstr (d, "postgres"))
    return GSQL_BACKEND_POSTGRESQL;
  if (strstr (d, "maodbc") || strstr (d, "mariadb") || strstr (d, "mysql") || strstr (d, "myodbc"))
    return GSQL_BACKEND_MYSQL;
  return GSQL_BACKEND_ANSI;
}

/* Which backend a connection string will reach, from its Driver= or from
 * the driver its DSN names in odbc.ini; ANSI when neither tells. */
GsqlBackend
_gsql_odbc_guess_backend (const char *connstr)
{
  g_autofree char *driver = get_attribute (connstr, "Driver");
  g_autofree char *dsn = NULL;
  char buf[1024] = "";

  if (driver != NULL)
    {
      GsqlBackend b;
      char path[1024] = "";

      b = backend_from_driver (driver);
      if (b != GSQL_BACKEND_ANSI)
        return b;
      SQLGetPrivateProfileString (driver, "Driver", "", path, sizeof path, "ODBCINST.INI");
      return backend_from_driver (path);
    }
  dsn = get_attribute (connstr, "DSN");
  if (dsn == NULL)
    return GSQL_BACKEND_ANSI;
  SQLGetPrivateProfileString (dsn, "Driver", "", buf, sizeof buf, "ODBC.INI");
  if (buf[0] == '\0')
    return GSQL_BACKEND_ANSI;
  {
    GsqlBackend b = backend_from_driver (buf);
    char path[1024] = "";

    if (b != GSQL_BACKEND_ANSI)
      return b;
    SQLGetPrivateProfileString (buf, "Driver", "", path, sizeof path, "ODBCINST.INI");
    return backend_from_driver (path);
  }
}

/* Whether the DSN the connection string names sets KEY in odbc.ini. */
static gboolean
dsn_has_key (const char *connstr,
             const char *key)
{
  g_autofree char *dsn = get_attribute (connstr, "DSN");
  char buf[256] = "";

  if (dsn == NULL || *dsn == '\0')
    return FALSE;
  SQLGetPrivateProfileString (dsn, key, "", buf, sizeof buf, "ODBC.INI");
  return buf[0] != '\0';
}

/* Adds the driver options gsql relies on, unless the caller set them:
 * - psqlODBC: booleans as booleans, not "1"/"0" text, and no
 *   per-statement savepoints (Protocol=7.4-0);
 * - MariaDB: row counts of matched rather than changed rows (FOUND_ROWS),
 *   which optimistic concurrency needs, and utf8mb4 text;
 * - SQLite: a busy timeout, so concurrent writers wait instead of failing. */
char *
_gsql_odbc_amend_connection_string (const char  *connstr,
                                    GsqlBackend  backend)
{
  GString *s = g_string_new (connstr);

  if (s->len > 0 && s->str[s->len - 1] != ';')
    g_string_append_c (s, ';');
  switch (backend)
    {
    case GSQL_BACKEND_POSTGRESQL:
      if (!has_attribute (connstr, "BoolsAsChar"))
        g_string_append (s, "BoolsAsChar=0;");
      /* PostgreSQL's own transaction behaviour: psqlODBC's default
       * (rollback level 2) wraps every statement of a transaction in
       * SAVEPOINT and RELEASE, three round trips where one would do, and
       * lets a transaction go on after an error.  With level 0 an error
       * aborts the transaction until it is rolled back, as everywhere
       * else in PostgreSQL; gsql reports it (and refuses COMMIT).  A
       * Protocol in the connection string or the DSN wins. */
      if (!has_attribute (connstr, "Protocol") && !dsn_has_key (connstr, "Protocol"))
        g_string_append (s, "Protocol=7.4-0;");
      break;
    case GSQL_BACKEND_MYSQL:
      if (!has_attribute (connstr, "OPTION") && !has_attribute (connstr, "OPTIONS"))
        g_string_append (s, "OPTION=2;");
      if (!has_attribute (connstr, "CHARSET"))
        g_string_append (s, "CHARSET=utf8mb4;");
      break;
    case GSQL_BACKEND_SQLITE:
      if (!has_attribute (connstr, "Timeout"))
        g_string_append (s, "Timeout=10000;");
      break;
    case GSQL_BACKEND_ANSI:
    default:
      break;
    }
  return g_string_free (s, FALSE);
}
