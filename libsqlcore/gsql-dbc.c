/* gsql-dbc.c: one raw ODBC connection and its statement cache
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <string.h>

#include "gsql-core-private.h"

static GsqlBackend
backend_from_dbms (const char *dbms)
{
  g_autofree char *d = g_ascii_strdown (dbms, -1);

  if (strstr (d, "sqlite"))
    return GSQL_BACKEND_SQLITE;
  if (strstr (d, "postgres"))
    return GSQL_BACKEND_POSTGRESQL;
  if (strstr (d, "mysql") || strstr (d, "mariadb"))
    return GSQL_BACKEND_MYSQL;
  return GSQL_BACKEND_ANSI;
}

static char *
get_info_string (SQLHDBC hdbc, SQLUSMALLINT what)
{
  SQLCHAR buf[256] = "";
  SQLSMALLINT len = 0;

  if (!SQL_SUCCEEDED (SQLGetInfo (hdbc, what, buf, sizeof buf, &len)))
    return g_strdup ("");
  return g_strdup ((char *) buf);
}

/* Frees the column buffers a result left bound to @stmt; the caller has
 * unbound them (SQL_UNBIND) or freed the handle. */
void
_gsql_stmt_free_bound (GsqlStmt *stmt)
{
  guint i;

  for (i = 0; i < stmt->n_bound_cols; i++)
    {
      g_free (stmt->bound_cols[i].data);
      g_free (stmt->bound_cols[i].ind);
    }
  g_clear_pointer (&stmt->bound_cols, g_free);
  stmt->n_bound_cols = 0;
  stmt->bound_block = 0;
}

static void
stmt_free (gpointer data)
{
  GsqlStmt *stmt = data;

  if (stmt->hstmt != SQL_NULL_HSTMT)
    SQLFreeHandle (SQL_HANDLE_STMT, stmt->hstmt);
  _gsql_stmt_free_bound (stmt);
  if (stmt->param_data)
    g_byte_array_unref (stmt->param_data);
  if (stmt->param_ind)
    g_array_unref (stmt->param_ind);
  if (stmt->bound_params)
    g_array_unref (stmt->bound_params);
  g_free (stmt->sql);
  g_free (stmt);
}

static GMutex connect_lock;

GsqlDbc *
_gsql_dbc_open (const char  *connstr,
                GError     **error)
{
  SQLHENV env = _gsql_odbc_get_env ();
  SQLHDBC hdbc = SQL_NULL_HDBC;
  SQLRETURN rc;
  GsqlDbc *dbc;
  SQLUINTEGER txn = 0;

  if (env == SQL_NULL_HENV ||
      !SQL_SUCCEEDED (SQLAllocHandle (SQL_HANDLE_DBC, env, &hdbc)))
    {
      g_set_error_literal (error, GSQL_ERROR, GSQL_ERROR_CONNECTION_FAILED,
                           _("Could not allocate an ODBC connection handle"));
      return NULL;
    }
  /* A dead server must not hang a checkout for the driver's default. */
  SQLSetConnectAttr (hdbc, SQL_ATTR_LOGIN_TIMEOUT, (SQLPOINTER) 15, 0);

  /* One connect at a time: psqlODBC's SQLDriverConnect switches the
   * process's locale with setlocale() and back, which is not thread-safe
   * (valgrind caught one thread reading the locale name another had just
   * freed).  Connecting is rare next to checking out pooled connections. */
  g_mutex_lock (&connect_lock);
  rc = SQLDriverConnect (hdbc, NULL, (SQLCHAR *) connstr, SQL_NTS, NULL, 0, NULL,
                         SQL_DRIVER_NOPROMPT);
  g_mutex_unlock (&connect_lock);
  if (!SQL_SUCCEEDED (rc))
    {
      g_autofree char *redacted = _gsql_connection_string_redact (connstr);
      g_autofree char *context = g_strdup_printf (_("Could not connect to “%s”"), redacted);

      _gsql_odbc_set_error (error, SQL_HANDLE_DBC, hdbc, _gsql_odbc_guess_backend (connstr),
                            GSQL_ERROR_CONNECTION_FAILED, context);
      SQLFreeHandle (SQL_HANDLE_DBC, hdbc);
      return NULL;
    }

  dbc = g_new0 (GsqlDbc, 1);
  dbc->hdbc = hdbc;
  dbc->created_at = g_get_monotonic_time ();
  dbc->autocommit = TRUE;
  dbc->dbms_name = get_info_string (hdbc, SQL_DBMS_NAME);
  dbc->dbms_version = get_info_string (hdbc, SQL_DBMS_VER);
  dbc->backend = backend_from_dbms (dbc->dbms_name);
  /* MariaDB's driver says DBMS "MariaDB" or "MySQL" depending on version;
   * both speak the mysql dialect. */
  if (SQL_SUCCEEDED (SQLGetConnectAttr (hdbc, SQL_ATTR_TXN_ISOLATION, &txn, 0, NULL)))
    dbc->default_isolation = txn;
  dbc->isolation = dbc->default_isolation;
  dbc->stmt_cache = g_hash_table_new (g_str_hash, g_str_equal);
  g_queue_init (&dbc->lru);

  /* Timestamps travel as UTC wall-clock text (see write_value in
   * gsql-connection.c); with the session in UTC, PostgreSQL's timestamptz
   * and MariaDB's TIMESTAMP keep the instant. */
  {
    const char *tz_sql = NULL;
    g_autoptr(GError) tz_error = NULL;

    if (dbc->backend == GSQL_BACKEND_POSTGRESQL)
      tz_sql = "SET TIME ZONE 'UTC'";
    else if (dbc->backend == GSQL_BACKEND_MYSQL)
      tz_sql = "SET time_zone = '+00:00'";
    if (tz_sql != NULL && !_gsql_dbc_exec_direct (dbc, tz_sql, &tz_error))
      {
        g_propagate_prefixed_error (error, g_steal_pointer (&tz_error),
                                    _("Could not set the session time zone: "));
        _gsql_dbc_close (dbc);
        return NULL;
      }
  }
  return dbc;
}

void
_gsql_dbc_close (GsqlDbc *dbc)
{
  GList *l;

  if (dbc == NULL)
    return;
  for (l = dbc->lru.head; l != NULL; )
    {
      GsqlStmt *stmt = l->data;
      l = l->next;
      stmt_free (stmt);
    }
  g_hash_table_unref (dbc->stmt_cache);
  if (!dbc->autocommit && !dbc->invalidated)
    SQLEndTran (SQL_HANDLE_DBC, dbc->hdbc, SQL_ROLLBACK);
  SQLDisconnect (dbc->hdbc);
  SQLFreeHandle (SQL_HANDLE_DBC, dbc->hdbc);
  g_free (dbc->dbms_name);
  g_free (dbc->dbms_version);
  g_free (dbc);
}

gboolean
_gsql_dbc_exec_direct (GsqlDbc     *dbc,
                       const char  *sql,
                       GError     **error)
{
  SQLHSTMT h = SQL_NULL_HSTMT;
  SQLRETURN rc;

  if (!SQL_SUCCEEDED (SQLAllocHandle (SQL_HANDLE_STMT, dbc->hdbc, &h)))
    {
      _gsql_odbc_set_error (error, SQL_HANDLE_DBC, dbc->hdbc, dbc->backend, -1, NULL);
      return FALSE;
    }
  rc = SQLExecDirect (h, (SQLCHAR *) sql, SQL_NTS);
  if (!SQL_SUCCEEDED (rc) && rc != SQL_NO_DATA)
    {
      _gsql_odbc_set_error (error, SQL_HANDLE_STMT, h, dbc->backend, -1, NULL);
      SQLFreeHandle (SQL_HANDLE_STMT, h);
      return FALSE;
    }
  /* Drain any result so the handle can go. */
  SQLCloseCursor (h);
  SQLFreeHandle (SQL_HANDLE_STMT, h);
  return TRUE;
}

/* A real round trip: psqlODBC answers SQL_ATTR_CONNECTION_DEAD from a
 * cached flag, so only a statement proves the server is there. */
gboolean
_gsql_dbc_ping (GsqlDbc *dbc)
{
  g_autoptr(GError) error = NULL;

  if (dbc->invalidated)
    return FALSE;
  if (!_gsql_dbc_exec_direct (dbc, "SELECT 1", &error))
    {
      dbc->invalidated = TRUE;
      return FALSE;
    }
  return TRUE;
}

/* Makes a returned connection fit for the next user: no open transaction,
 * autocommit on, the default isolation level.  FALSE when it cannot be
 * trusted any more. */
gboolean
_gsql_dbc_reset (GsqlDbc *dbc)
{
  GList *l;

  if (dbc->invalidated)
    return FALSE;
  for (l = dbc->lru.head; l != NULL; l = l->next)
    {
      GsqlStmt *stmt = l->data;
      if (stmt->busy)
        {
          SQLFreeStmt (stmt->hstmt, SQL_CLOSE);
          stmt->busy = FALSE;
        }
    }
  if (!dbc->autocommit)
    {
      /* After a transaction that ended (manual_idle) nothing is open: only
       * autocommit goes back on. */
      if (!dbc->manual_idle && !SQL_SUCCEEDED (SQLEndTran (SQL_HANDLE_DBC, dbc->hdbc, SQL_ROLLBACK)))
        return FALSE;
      if (!SQL_SUCCEEDED (SQLSetConnectAttr (dbc->hdbc, SQL_ATTR_AUTOCOMMIT,
                                             (SQLPOINTER) SQL_AUTOCOMMIT_ON, 0)))
        return FALSE;
      dbc->autocommit = TRUE;
      dbc->manual_idle = FALSE;
    }
  if (dbc->isolation != dbc->default_isolation && dbc->default_isolation != 0)
    {
      if (!SQL_SUCCEEDED (SQLSetConnectAttr (dbc->hdbc, SQL_ATTR_TXN_ISOLATION,
                                             (SQLPOINTER) dbc->default_isolation, 0)))
        return FALSE;
      dbc->isolation = dbc->default_isolation;
    }
  return TRUE;
}

/* A prepared statement for @sql: the cached one when it is free, else a
 * new one, cached when the cache has room (the least recently used one is
 * dropped otherwise).  A statement already in use by an open result gets a
 * fresh uncached twin. */
GsqlStmt *
_gsql_dbc_acquire_stmt (GsqlDbc     *dbc,
                        const char  *sql,
                        GError     **error)
{
  GsqlStmt *stmt;
  SQLHSTMT h = SQL_NULL_HSTMT;
  SQLRETURN rc;
  gboolean cache = !_gsql_sql_is_ddl (sql);

  stmt = cache ? g_hash_table_lookup (dbc->stmt_cache, sql) : NULL;
  if (stmt != NULL)
    {
      if (!stmt->busy)
        {
          /* Move to the front of the LRU list. */
          g_queue_unlink (&dbc->lru, &stmt->lru_link);
          g_queue_push_head_link (&dbc->lru, &stmt->lru_link);
          stmt->busy = TRUE;
          return stmt;
        }
      cache = FALSE;
    }

  if (!SQL_SUCCEEDED (SQLAllocHandle (SQL_HANDLE_STMT, dbc->hdbc, &h)))
    {
      _gsql_odbc_set_error (error, SQL_HANDLE_DBC, dbc->hdbc, dbc->backend, -1, NULL);
      return NULL;
    }
  rc = SQLPrepare (h, (SQLCHAR *) sql, SQL_NTS);
  if (!SQL_SUCCEEDED (rc))
    {
      _gsql_odbc_set_error (error, SQL_HANDLE_STMT, h, dbc->backend, -1, NULL);
      SQLFreeHandle (SQL_HANDLE_STMT, h);
      return NULL;
    }

  stmt = g_new0 (GsqlStmt, 1);
  stmt->hstmt = h;
  stmt->sql = g_strdup (sql);
  stmt->dbc = dbc;
  stmt->busy = TRUE;
  stmt->n_params = -1;
  stmt->lru_link.data = stmt;

  if (cache)
    {
      if (dbc->lru.length >= GSQL_STMT_CACHE_SIZE)
        {
          GList *l;
          /* Evict the least recently used statement that is not busy. */
          for (l = dbc->lru.tail; l != NULL; l = l->prev)
            {
              GsqlStmt *old = l->data;
              if (!old->busy)
                {
                  g_queue_unlink (&dbc->lru, &old->lru_link);
                  g_hash_table_remove (dbc->stmt_cache, old->sql);
                  stmt_free (old);
                  break;
                }
            }
        }
      stmt->cached = TRUE;
      g_hash_table_insert (dbc->stmt_cache, stmt->sql, stmt);
      g_queue_push_head_link (&dbc->lru, &stmt->lru_link);
    }
  return stmt;
}

/* Takes a statement out of the cache: it is freed when released.  A
 * statement whose execution failed goes this way, since drivers may leave
 * it unusable (MariaDB's hangs on the next execution of a failed
 * INSERT … RETURNING). */
void
_gsql_stmt_uncache (GsqlStmt *stmt)
{
  GsqlDbc *dbc = stmt->dbc;

  if (!stmt->cached)
    return;
  g_queue_unlink (&dbc->lru, &stmt->lru_link);
  g_hash_table_remove (dbc->stmt_cache, stmt->sql);
  stmt->cached = FALSE;
}

/* Ends the use of a statement: closes its cursor and frees it unless it is
 * cached. */
void
_gsql_stmt_release (GsqlStmt *stmt)
{
  SQLFreeStmt (stmt->hstmt, SQL_CLOSE);
  SQLFreeStmt (stmt->hstmt, SQL_UNBIND);
  _gsql_stmt_free_bound (stmt);
  stmt->busy = FALSE;
  if (!stmt->cached)
    stmt_free (stmt);
}

/* Unbinds every parameter (SQL_RESET_PARAMS) and forgets the one-row
 * bindings gsql_connection_execute() keeps: every path that binds arrays or
 * fails resets through here, so a kept binding is never trusted after. */
void
_gsql_stmt_reset_params (GsqlStmt *stmt)
{
  SQLFreeStmt (stmt->hstmt, SQL_RESET_PARAMS);
  stmt->n_bound_params = 0;
}

/* Like _gsql_stmt_release(), for a cached statement whose result left its
 * column buffers in stmt->bound_cols: they stay bound, so the next result
 * of the same statement need not describe its buffers to the driver
 * again (SQLBindCol is costly in some drivers, MariaDB's among them). */
void
_gsql_stmt_release_bound (GsqlStmt *stmt)
{
  g_assert (stmt->cached);
  SQLFreeStmt (stmt->hstmt, SQL_CLOSE);
  stmt->busy = FALSE;
}

/* Forgets every prepared statement: after DDL their column and parameter
 * descriptions may be stale.  Statements in use by an open result are
 * freed when that result releases them. */
void
_gsql_dbc_clear_stmt_cache (GsqlDbc *dbc)
{
  GList *l;

  for (l = dbc->lru.head; l != NULL; )
    {
      GsqlStmt *stmt = l->data;
      l = l->next;
      g_queue_unlink (&dbc->lru, &stmt->lru_link);
      g_hash_table_remove (dbc->stmt_cache, stmt->sql);
      stmt->cached = FALSE;
      if (!stmt->busy)
        stmt_free (stmt);
    }
}

/* Whether SQL text is DDL, which changes what prepared statements mean. */
gboolean
_gsql_sql_is_ddl (const char *sql)
{
  static const char *const verbs[] = { "CREATE", "DROP", "ALTER", "RENAME", "TRUNCATE", "COMMENT", NULL };
  const char *p = sql;
  guint i;

  for (;;)
    {
      while (g_ascii_isspace (*p))
        p++;
      if (p[0] == '-' && p[1] == '-')
        {
          while (*p && *p != '\n')
            p++;
          continue;
        }
      if (p[0] == '/' && p[1] == '*')
        {
          const char *end = strstr (p + 2, "*/");
          p = end ? end + 2 : p + strlen (p);
          continue;
        }
      break;
    }
  for (i = 0; verbs[i] != NULL; i++)
    {
      gsize n = strlen (verbs[i]);
      if (g_ascii_strncasecmp (p, verbs[i], n) == 0 && !g_ascii_isalnum (p[n]) && p[n] != '_')
        return TRUE;
    }
  return FALSE;
}

gboolean
_gsql_is_disconnect_error (const GError *error)
{
  return error != NULL && error->domain == GSQL_ERROR &&
         error->code == GSQL_ERROR_DISCONNECTED;
}
