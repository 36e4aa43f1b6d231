/* gsql-connection.c: one checked-out database connection
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */

/**
 * SECTION:gsql-connection
 * @title: GsqlConnection
 * @short_description: runs statements and transactions on one connection
 *
 * A #GsqlConnection is a connection checked out of an engine's pool by
 * gsql_engine_connect().  It runs SQL text with `?` parameter markers and
 * #GValue parameters, which always travel to the database as bound
 * parameters, never spliced into the text.  Statements are prepared once
 * and cached per connection.
 *
 * Without gsql_connection_begin() every statement commits on its own.
 * Transactions nest: gsql_connection_begin_nested() sets a savepoint, and
 * gsql_connection_commit() and gsql_connection_rollback() end the
 * innermost level.
 *
 * A SQL NULL parameter is an unset #GValue (`G_VALUE_INIT`) or a string or
 * boxed value holding %NULL.
 *
 * |[<!-- language="C" -->
 * GValue params[2] = { G_VALUE_INIT, G_VALUE_INIT };
 * g_value_init (&params[0], G_TYPE_STRING);
 * g_value_set_string (&params[0], "spongebob");
 * g_value_init (&params[1], G_TYPE_INT64);
 * g_value_set_int64 (&params[1], 7);
 *
 * if (!gsql_connection_begin (conn, &error))
 *   return FALSE;
 * g_autoptr(GsqlResult) r = gsql_connection_execute (conn,
 *     "UPDATE users SET name = ? WHERE id = ?", params, 2, NULL, &error);
 * if (r == NULL)
 *   {
 *     gsql_connection_rollback (conn, NULL);
 *     return FALSE;
 *   }
 * return gsql_connection_commit (conn, &error);
 * ]|
 *
 * The connection returns to the pool when its last reference is dropped or
 * gsql_connection_close() is called; an unfinished transaction is rolled
 * back then.  A connection belongs to one thread at a time.
 */

#include "config.h"

#include <string.h>
#include <gobject/gvaluecollector.h>

#include "gsql-core-private.h"

struct _GsqlConnection {
  GObject parent_instance;

  GsqlEngine *engine;
  GsqlPool *pool;
  GsqlDbc *dbc;          /* NULL once closed */
  guint depth;           /* 0: autocommit; 1: transaction; >1: savepoints */
  GsqlIsolationLevel isolation;
  GList *results;        /* open results reading from this connection */
  gboolean failed_in_transaction; /* a statement failed since BEGIN */
};

/**
 * GsqlConnection:
 *
 * One connection to the database, checked out of its engine's pool:
 * statements with bound parameters, transactions and savepoints.
 * Unreferencing it returns it to the pool.
 *
 * Since: 1.0
 */
G_DEFINE_FINAL_TYPE (GsqlConnection, gsql_connection, G_TYPE_OBJECT)

static void
gsql_connection_dispose (GObject *object)
{
  GsqlConnection *self = GSQL_CONNECTION (object);

  gsql_connection_close (self);

  G_OBJECT_CLASS (gsql_connection_parent_class)->dispose (object);
}

static void
gsql_connection_finalize (GObject *object)
{
  GsqlConnection *self = GSQL_CONNECTION (object);

  g_clear_object (&self->pool);
  g_clear_object (&self->engine);

  G_OBJECT_CLASS (gsql_connection_parent_class)->finalize (object);
}

static void
gsql_connection_class_init (GsqlConnectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gsql_connection_dispose;
  object_class->finalize = gsql_connection_finalize;
}

static void
gsql_connection_init (GsqlConnection *self)
{
}

GsqlConnection *
_gsql_connection_new (GsqlEngine *engine,
                      GsqlPool   *pool,
                      GsqlDbc    *dbc)
{
  GsqlConnection *self = g_object_new (GSQL_TYPE_CONNECTION, NULL);

  self->engine = g_object_ref (engine);
  self->pool = g_object_ref (pool);
  self->dbc = dbc;
  return self;
}

gboolean
_gsql_connection_get_echo (GsqlConnection *self)
{
  return self->engine != NULL && gsql_engine_get_echo (self->engine);
}

void
_gsql_connection_handle_error (GsqlConnection *self,
                               GError         *error)
{
  SQLUINTEGER dead = SQL_CD_FALSE;

  if (self->dbc == NULL || error == NULL || error->domain != GSQL_ERROR)
    return;
  if (self->depth > 0)
    self->failed_in_transaction = TRUE;
  /* A failure the driver could not name may still be a lost connection;
   * after one, the driver's own flag knows (no round trip is needed: the
   * failed call just made one). */
  if (!_gsql_is_disconnect_error (error) && self->dbc->backend != GSQL_BACKEND_SQLITE &&
      (error->code == GSQL_ERROR_FAILED || error->code == GSQL_ERROR_PROGRAMMING) &&
      SQL_SUCCEEDED (SQLGetConnectAttr (self->dbc->hdbc, SQL_ATTR_CONNECTION_DEAD, &dead, 0, NULL)) &&
      dead == SQL_CD_TRUE)
    error->code = GSQL_ERROR_DISCONNECTED;
  if (_gsql_is_disconnect_error (error))
    self->dbc->invalidated = TRUE;
}

/* Called by results as they open and close. */
void _gsql_connection_add_result (GsqlConnection *self, GsqlResult *result);
void _gsql_connection_remove_result (GsqlConnection *self, GsqlResult *result);

void
_gsql_connection_add_result (GsqlConnection *self,
                             GsqlResult     *result)
{
  self->results = g_list_prepend (self->results, result);
}

void
_gsql_connection_remove_result (GsqlConnection *self,
                                GsqlResult     *result)
{
  self->results = g_list_remove (self->results, result);
}

static gboolean
check_usable (GsqlConnection *self,
              GError        **error)
{
  _gsql_core_init ();
  /* A lost or closed connection's transaction went with it: it is no
   * longer "in a transaction", so a caller's loop of rollbacks ends. */
  if (self->dbc == NULL || self->dbc->invalidated)
    {
      self->depth = 0;
      self->failed_in_transaction = FALSE;
    }
  if (self->dbc == NULL)
    {
      g_set_error_literal (error, GSQL_ERROR, GSQL_ERROR_CLOSED,
                           _("The connection is closed"));
      return FALSE;
    }
  if (self->dbc->invalidated)
    {
      g_set_error_literal (error, GSQL_ERROR, GSQL_ERROR_DISCONNECTED,
                           _("The connection was lost or invalidated; check out a new one"));
      return FALSE;
    }
  return TRUE;
}

static gboolean leave_manual_idle (GsqlConnection *self, GError **error);

/* Parameter binding.  Each value is described (C type, SQL type, size)
 * first; then all of them are copied into the statement's reusable
 * buffer, so an execution allocates nothing once the buffer is big
 * enough. */

typedef struct {
  SQLSMALLINT c_type;
  SQLSMALLINT sql_type;
  SQLULEN     column_size;
  SQLSMALLINT digits;
  gsize       size;      /* bytes of data per value (element size) */
  gboolean    is_null;
} ParamDesc;

static gboolean
value_is_null (const GValue *v)
{
  if (v == NULL || !G_IS_VALUE (v) || G_VALUE_TYPE (v) == G_TYPE_NONE)
    return TRUE;
  if (G_VALUE_HOLDS_STRING (v))
    return g_value_get_string (v) == NULL;
  if (G_VALUE_HOLDS_BOXED (v))
    return g_value_get_boxed (v) == NULL;
  return FALSE;
}

static gboolean describe_value (const GValue *v, GsqlBackend backend, ParamDesc *d, guint index,
                                GError **error);

/* The bytes a variable-length value takes, once describe_value() has
 * checked it (strings and bytes directly: no second UTF-8 pass). */
static gsize
value_size (const GValue *v, GsqlBackend backend, guint col)
{
  ParamDesc own;

  if (G_VALUE_HOLDS_STRING (v))
    return strlen (g_value_get_string (v)) + 1;
  if (G_VALUE_HOLDS (v, G_TYPE_BYTES))
    return MAX (g_bytes_get_size (g_value_get_boxed (v)), 1);
  describe_value (v, backend, &own, col, NULL);
  return own.size;
}

/* Describes one value; @text receives the text form for types bound as
 * text (times, numerics), formatted into a scratch buffer. */
static gboolean
describe_value (const GValue *v,
                GsqlBackend   backend,
                ParamDesc    *d,
                guint         index,
                GError      **error)
{
  GType t;

  memset (d, 0, sizeof *d);
  if (value_is_null (v))
    {
      d->is_null = TRUE;
      d->c_type = SQL_C_CHAR;
      d->sql_type = SQL_VARCHAR;
      d->column_size = 1;
      d->size = 1;
      return TRUE;
    }

  t = G_VALUE_TYPE (v);
  if (G_TYPE_IS_ENUM (t) || t == G_TYPE_INT || t == G_TYPE_CHAR || t == G_TYPE_UCHAR)
    {
      d->c_type = SQL_C_SLONG; d->sql_type = SQL_INTEGER; d->size = sizeof (SQLINTEGER);
      d->column_size = 10;
    }
  else if (t == G_TYPE_BOOLEAN)
    {
      d->c_type = SQL_C_BIT; d->sql_type = SQL_BIT; d->size = 1; d->column_size = 1;
    }
  else if (t == G_TYPE_INT64 || t == G_TYPE_LONG || t == G_TYPE_UINT || t == G_TYPE_ULONG ||
           G_TYPE_IS_FLAGS (t))
    {
      d->c_type = SQL_C_SBIGINT; d->sql_type = SQL_BIGINT; d->size = 8; d->column_size = 19;
    }
  else if (t == G_TYPE_UINT64)
    {
      if (g_value_get_uint64 (v) <= G_MAXINT64)
        {
          d->c_type = SQL_C_SBIGINT; d->sql_type = SQL_BIGINT; d->size = 8; d->column_size = 19;
        }
      else
        {
          d->c_type = SQL_C_CHAR; d->sql_type = SQL_DECIMAL; d->size = 21; d->column_size = 20;
        }
    }
  else if (t == G_TYPE_DOUBLE || t == G_TYPE_FLOAT)
    {
      d->c_type = SQL_C_DOUBLE; d->sql_type = SQL_DOUBLE; d->size = 8; d->column_size = 15;
    }
  else if (t == G_TYPE_STRING)
    {
      const char *s = g_value_get_string (v);
      gsize len = strlen (s);
      const char *end;

      if (!g_utf8_validate_len (s, len, &end))
        {
          g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                       _("Parameter %u is not valid UTF-8 (bad byte at offset %lu)"),
                       index + 1, (gulong) (end - s));
          return FALSE;
        }
      d->c_type = SQL_C_CHAR;
      d->sql_type = len > 4000 ? SQL_LONGVARCHAR : SQL_VARCHAR;
      d->column_size = MAX (len, 1);
      d->size = len + 1;
    }
  else if (t == G_TYPE_BYTES)
    {
      gsize len = g_bytes_get_size (g_value_get_boxed (v));

      d->c_type = SQL_C_BINARY;
      /* psqlODBC takes LONGVARBINARY for a large object; bytea is VARBINARY. */
      d->sql_type = (len > 8000 && backend != GSQL_BACKEND_POSTGRESQL) ? SQL_LONGVARBINARY : SQL_VARBINARY;
      d->column_size = MAX (len, 1);
      d->size = MAX (len, 1);
    }
  else if (t == G_TYPE_DATE_TIME)
    {
      d->c_type = SQL_C_CHAR; d->sql_type = SQL_TYPE_TIMESTAMP;
      d->column_size = 26; d->digits = 6; d->size = 40;
    }
  else if (t == G_TYPE_DATE)
    {
      if (!g_date_valid (g_value_get_boxed (v)))
        {
          g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                       _("Parameter %u is an invalid GDate"), index + 1);
          return FALSE;
        }
      d->c_type = SQL_C_CHAR; d->sql_type = SQL_TYPE_DATE; d->column_size = 10; d->size = 16;
    }
  else if (t == GSQL_TYPE_TIME)
    {
      /* MariaDB's driver rejects fractional seconds in a TIME parameter
       * (22008); as text the server converts it exactly. */
      d->c_type = SQL_C_CHAR;
      d->sql_type = backend == GSQL_BACKEND_MYSQL ? SQL_VARCHAR : SQL_TYPE_TIME;
      d->column_size = 15; d->digits = 6; d->size = 24;
    }
  else if (t == GSQL_TYPE_NUMERIC)
    {
      const char *s = gsql_numeric_to_string (g_value_get_boxed (v));
      const char *dot = strchr (s, '.');
      gsize len = strlen (s);
      gsize digits = len - (s[0] == '-') - (dot != NULL);

      d->c_type = SQL_C_CHAR; d->sql_type = SQL_DECIMAL;
      d->column_size = MAX (digits, 1);
      d->digits = dot ? (SQLSMALLINT) strlen (dot + 1) : 0;
      d->size = len + 1;
    }
  else
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("Parameter %u has type %s, which gsql cannot send to a database"),
                   index + 1, g_type_name (t));
      return FALSE;
    }
  return TRUE;
}

/* Writes the value into @dest (d->size bytes) and returns its indicator. */
static SQLLEN
write_value (const GValue    *v,
             const ParamDesc *d,
             GsqlBackend      backend,
             guint8          *dest)
{
  GType t;

  if (d->is_null)
    return SQL_NULL_DATA;

  t = G_VALUE_TYPE (v);
  switch (d->c_type)
    {
    case SQL_C_SLONG:
      {
        SQLINTEGER i;
        if (G_TYPE_IS_ENUM (t)) i = g_value_get_enum (v);
        else if (t == G_TYPE_CHAR) i = g_value_get_schar (v);
        else if (t == G_TYPE_UCHAR) i = g_value_get_uchar (v);
        else i = g_value_get_int (v);
        memcpy (dest, &i, sizeof i);
        return sizeof i;
      }
    case SQL_C_BIT:
      dest[0] = g_value_get_boolean (v) ? 1 : 0;
      return 1;
    case SQL_C_SBIGINT:
      {
        SQLBIGINT i;
        if (t == G_TYPE_INT64) i = g_value_get_int64 (v);
        else if (t == G_TYPE_LONG) i = g_value_get_long (v);
        else if (t == G_TYPE_UINT) i = g_value_get_uint (v);
        else if (t == G_TYPE_ULONG) i = (SQLBIGINT) g_value_get_ulong (v);
        else if (t == G_TYPE_UINT64) i = (SQLBIGINT) g_value_get_uint64 (v);
        else i = g_value_get_flags (v);
        memcpy (dest, &i, sizeof i);
        return sizeof i;
      }
    case SQL_C_DOUBLE:
      {
        double x = t == G_TYPE_FLOAT ? g_value_get_float (v) : g_value_get_double (v);
        memcpy (dest, &x, sizeof x);
        return sizeof x;
      }
    case SQL_C_BINARY:
      {
        gsize len;
        const guint8 *data = g_bytes_get_data (g_value_get_boxed (v), &len);
        if (len > 0)
          memcpy (dest, data, len);
        return (SQLLEN) len;
      }
    case SQL_C_CHAR:
    default:
      break;
    }

  /* Text forms. */
  if (t == G_TYPE_STRING)
    {
      const char *s = g_value_get_string (v);
      gsize len = d->size - 1;
      memcpy (dest, s, len + 1);
      return (SQLLEN) len;
    }
  if (t == G_TYPE_UINT64)
    return g_snprintf ((char *) dest, d->size, "%" G_GUINT64_FORMAT, g_value_get_uint64 (v));
  if (t == G_TYPE_DATE_TIME)
    {
      /* A GDateTime is an instant: it is stored as UTC wall-clock time,
       * the session time zone being UTC too (see _gsql_dbc_open), so a
       * timestamp with or without time zone reads back as the same
       * instant on every backend.  Drivers parse an offset poorly or not at
       * all, so none is sent. */
      g_autoptr(GDateTime) utc = g_date_time_to_utc (g_value_get_boxed (v));
      _gsql_format_datetime (utc, FALSE, (char *) dest, d->size);
      return (SQLLEN) strlen ((char *) dest);
    }
  if (t == G_TYPE_DATE)
    {
      GDate *date = g_value_get_boxed (v);
      return g_snprintf ((char *) dest, d->size, "%04u-%02u-%02u", g_date_get_year (date),
                         g_date_get_month (date), g_date_get_day (date));
    }
  if (t == GSQL_TYPE_TIME)
    {
      GsqlTime *tm = g_value_get_boxed (v);
      return g_snprintf ((char *) dest, d->size, "%02u:%02u:%02u.%06u", gsql_time_get_hour (tm),
                         gsql_time_get_minute (tm), gsql_time_get_second (tm),
                         gsql_time_get_microsecond (tm));
    }
  if (t == GSQL_TYPE_NUMERIC)
    {
      const char *s = gsql_numeric_to_string (g_value_get_boxed (v));
      memcpy (dest, s, d->size);
      return (SQLLEN) d->size - 1;
    }
  return SQL_NULL_DATA;
}

static char *
format_params_for_log (const GValue *params,
                       guint         n)
{
  GString *s = g_string_new ("[");
  guint i;

  for (i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (s, ", ");
      if (value_is_null (&params[i]))
        g_string_append (s, "NULL");
      else if (G_VALUE_HOLDS_STRING (&params[i]))
        {
          g_autofree char *e = g_strescape (g_value_get_string (&params[i]), "\xc2\xc3\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xf0");
          g_string_append_printf (s, "'%s'", e);
        }
      else if (G_VALUE_HOLDS (&params[i], G_TYPE_BYTES))
        g_string_append_printf (s, "<%" G_GSIZE_FORMAT " bytes>",
                                g_bytes_get_size (g_value_get_boxed (&params[i])));
      else if (G_VALUE_HOLDS (&params[i], G_TYPE_DATE_TIME))
        {
          g_autofree char *iso = g_date_time_format_iso8601 (g_value_get_boxed (&params[i]));
          g_string_append (s, iso);
        }
      else if (G_VALUE_HOLDS (&params[i], GSQL_TYPE_NUMERIC))
        g_string_append (s, gsql_numeric_to_string (g_value_get_boxed (&params[i])));
      else
        {
          g_autofree char *c = g_strdup_value_contents (&params[i]);
          g_string_append (s, c);
        }
    }
  g_string_append_c (s, ']');
  return g_string_free (s, FALSE);
}

static void
echo_statement (GsqlConnection *self,
                const char     *sql,
                const GValue   *params,
                guint           n_params,
                guint           n_rows)
{
  g_autofree char *p = NULL;

  if (!_gsql_connection_get_echo (self))
    return;
  p = format_params_for_log (params, MIN (n_params * MAX (n_rows, 1), 10 * n_params));
  if (n_rows > 1)
    g_debug ("%s\n  %u parameter sets, the first ones: %s", sql, n_rows, p);
  else
    g_debug ("%s\n  %s", sql, p);
}

static gboolean
check_param_count (GsqlStmt *stmt, guint n_params, GError **error)
{
  if (stmt->n_params < 0)
    {
      SQLSMALLINT n = 0;
      if (!SQL_SUCCEEDED (SQLNumParams (stmt->hstmt, &n)))
        n = (SQLSMALLINT) n_params; /* the driver cannot tell; trust the caller */
      stmt->n_params = n;
    }
  if ((guint) stmt->n_params != n_params)
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_PROGRAMMING,
                   _("The statement has %d parameter markers but %u values were given"),
                   stmt->n_params, n_params);
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_insert (const char *sql)
{
  while (g_ascii_isspace (*sql))
    sql++;
  return g_ascii_strncasecmp (sql, "INSERT", 6) == 0;
}

static void
fail_stmt (GsqlConnection *self,
           GsqlStmt       *stmt,
           GError        **error)
{
  GError *local = NULL;

  _gsql_stmt_uncache (stmt);

  _gsql_odbc_set_error (&local, SQL_HANDLE_STMT, stmt->hstmt, self->dbc->backend, -1, NULL);
  _gsql_connection_handle_error (self, local);
  if (local->code == GSQL_ERROR_DISCONNECTED)
    g_debug ("connection lost: %s", local->message);
  g_propagate_error (error, local);
}

/**
 * gsql_connection_execute:
 * @self: a #GsqlConnection
 * @sql: SQL text with `?` parameter markers
 * @params: (array length=n_params) (nullable): the parameter values, one per
 *   marker; an unset #GValue is NULL
 * @n_params: the number of values in @params
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Runs one statement.  The values are bound as parameters, never written
 * into the SQL.  A statement that returns rows gives a result to read them
 * from; any other gives a result with gsql_result_get_rowcount().
 *
 * Returns: (transfer full): the result, or %NULL with @error set
 *
 * Since: 1.0
 */
GsqlResult *
gsql_connection_execute (GsqlConnection  *self,
                         const char      *sql,
                         const GValue    *params,
                         guint            n_params,
                         GCancellable    *cancellable,
                         GError         **error)
{
  GsqlStmt *stmt;
  ParamDesc stack_desc[16];
  g_autofree ParamDesc *heap_desc = NULL;
  ParamDesc *desc;
  gsize total = 0, offset = 0;
  guint i;
  SQLRETURN rc;
  SQLSMALLINT n_cols = 0;
  SQLLEN rowcount = -1;
  GsqlBackend backend;

  g_return_val_if_fail (GSQL_IS_CONNECTION (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);
  g_return_val_if_fail (params != NULL || n_params == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_usable (self, error) || !leave_manual_idle (self, error))
    return NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (!g_utf8_validate (sql, -1, NULL))
    {
      g_set_error_literal (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                           _("The SQL text is not valid UTF-8"));
      return NULL;
    }
  backend = self->dbc->backend;

  desc = n_params <= G_N_ELEMENTS (stack_desc) ? stack_desc
                                               : (heap_desc = g_new (ParamDesc, n_params));
  for (i = 0; i < n_params; i++)
    {
      if (!describe_value (&params[i], backend, &desc[i], i, error))
        return NULL;
      total += (desc[i].size + 7) & ~(gsize) 7;
    }

  echo_statement (self, sql, params, n_params, 1);
  _gsql_engine_emit_before_execute (self->engine, self, sql, 1);

  stmt = _gsql_dbc_acquire_stmt (self->dbc, sql, error);
  if (stmt == NULL)
    {
      if (error != NULL && *error != NULL)
        _gsql_connection_handle_error (self, *error);
      return NULL;
    }
  if (!check_param_count (stmt, n_params, error))
    {
      _gsql_stmt_release (stmt);
      return NULL;
    }

  if (stmt->param_data == NULL)
    {
      stmt->param_data = g_byte_array_new ();
      stmt->param_ind = g_array_new (FALSE, TRUE, sizeof (SQLLEN));
    }
  if (stmt->param_data->len < total)
    g_byte_array_set_size (stmt->param_data, total);
  if (stmt->param_ind->len < n_params)
    g_array_set_size (stmt->param_ind, n_params);
  if (stmt->paramset_capacity != 1)
    {
      SQLSetStmtAttr (stmt->hstmt, SQL_ATTR_PARAMSET_SIZE, (SQLPOINTER) 1, 0);
      SQLSetStmtAttr (stmt->hstmt, SQL_ATTR_PARAM_BIND_TYPE, SQL_PARAM_BIND_BY_COLUMN, 0);
      stmt->paramset_capacity = 1;
    }

  /* A parameter bound by the last execution to the same buffer with the
   * same description is still bound: only its value is written (a get by
   * key rebinds nothing).  Only fixed-size values: SQLite's driver reads
   * the length of a text or binary value when it is bound (an empty blob
   * bound before a one-byte one made the latter read back empty). */
  if (stmt->bound_params == NULL)
    stmt->bound_params = g_array_new (FALSE, TRUE, sizeof (GsqlBoundParam));
  if (stmt->bound_params->len < n_params)
    g_array_set_size (stmt->bound_params, n_params);
  for (i = 0; i < n_params; i++)
    {
      guint8 *dest = stmt->param_data->data + offset;
      SQLLEN *ind = &g_array_index (stmt->param_ind, SQLLEN, i);
      GsqlBoundParam *b = &g_array_index (stmt->bound_params, GsqlBoundParam, i);

      *ind = write_value (&params[i], &desc[i], backend, dest);
      if (i >= stmt->n_bound_params || desc[i].c_type == SQL_C_CHAR || desc[i].c_type == SQL_C_BINARY ||
          b->dest != dest || b->ind != ind || b->c_type != desc[i].c_type ||
          b->sql_type != desc[i].sql_type || b->column_size != desc[i].column_size ||
          b->digits != desc[i].digits || b->size != (SQLLEN) desc[i].size)
        {
          rc = SQLBindParameter (stmt->hstmt, i + 1, SQL_PARAM_INPUT, desc[i].c_type,
                                 desc[i].sql_type, desc[i].column_size, desc[i].digits,
                                 dest, (SQLLEN) desc[i].size, ind);
          if (!SQL_SUCCEEDED (rc))
            {
              fail_stmt (self, stmt, error);
              _gsql_stmt_reset_params (stmt);
              _gsql_stmt_release (stmt);
              return NULL;
            }
          b->c_type = desc[i].c_type;
          b->sql_type = desc[i].sql_type;
          b->column_size = desc[i].column_size;
          b->digits = desc[i].digits;
          b->size = (SQLLEN) desc[i].size;
          b->dest = dest;
          b->ind = ind;
        }
      offset += (desc[i].size + 7) & ~(gsize) 7;
    }
  stmt->n_bound_params = n_params;

  rc = SQLExecute (stmt->hstmt);
  /* DDL changes what the cached statements describe; forget them. */
  if (!stmt->cached && _gsql_sql_is_ddl (sql))
    _gsql_dbc_clear_stmt_cache (self->dbc);
  /* SQLite's driver answers an UPDATE or DELETE that matched nothing with
   * SQL_NO_DATA: that is success with a row count of 0. */
  if (rc == SQL_NO_DATA)
    {
      _gsql_stmt_release (stmt);
      return _gsql_result_new (self, NULL, backend, 0, 0, error);
    }
  if (!SQL_SUCCEEDED (rc))
    {
      fail_stmt (self, stmt, error);
      _gsql_stmt_reset_params (stmt);
      _gsql_stmt_release (stmt);
      return NULL;
    }

  if (!SQL_SUCCEEDED (SQLNumResultCols (stmt->hstmt, &n_cols)))
    n_cols = 0;
  if (backend == GSQL_BACKEND_MYSQL && is_insert (sql))
    {
      SQLLEN n = 0;
      /* INSERT … RETURNING too: the rows it inserted, not an earlier one's. */
      self->dbc->last_insert_rows = SQL_SUCCEEDED (SQLRowCount (stmt->hstmt, &n)) && n > 0 ? n : 1;
    }
  if (n_cols == 0)
    {
      if (!SQL_SUCCEEDED (SQLRowCount (stmt->hstmt, &rowcount)))
        rowcount = -1;
      _gsql_stmt_release (stmt);
      return _gsql_result_new (self, NULL, backend, 0, rowcount, error);
    }
  return _gsql_result_new (self, stmt, backend, n_cols, -1, error);
}

/**
 * gsql_connection_execute_va: (skip)
 * @self: a #GsqlConnection
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 * @sql: SQL text with `?` parameter markers
 * @...: pairs of a #GType and a value of that type (collected as
 *   g_object_set() collects them: a #gint64 for %G_TYPE_INT64, a `const
 *   char *` for %G_TYPE_STRING, a pointer for boxed types, which is not
 *   taken), ending with %G_TYPE_INVALID; %G_TYPE_NONE without a value is
 *   a NULL
 *
 * Runs one statement with parameters given inline.  The array form is
 * gsql_connection_execute().
 *
 * |[<!-- language="C" -->
 * r = gsql_connection_execute_va (conn, NULL, &error,
 *                                 "INSERT INTO t (id, name) VALUES (?, ?)",
 *                                 G_TYPE_INT64, (gint64) 1,
 *                                 G_TYPE_STRING, "one",
 *                                 G_TYPE_INVALID);
 * ]|
 *
 * Returns: (transfer full): the result, or %NULL with @error set
 *
 * Since: 1.0
 */
GsqlResult *
gsql_connection_execute_va (GsqlConnection  *self,
                            GCancellable    *cancellable,
                            GError         **error,
                            const char      *sql,
                            ...)
{
  g_autoptr(GArray) values = NULL;
  GsqlResult *result = NULL;
  va_list ap;
  GType type;
  guint i;

  g_return_val_if_fail (GSQL_IS_CONNECTION (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  values = g_array_new (FALSE, TRUE, sizeof (GValue));
  va_start (ap, sql);
  while ((type = va_arg (ap, GType)) != G_TYPE_INVALID)
    {
      GValue v = G_VALUE_INIT;
      g_autofree char *collect_error = NULL;

      if (type != G_TYPE_NONE)
        {
          G_VALUE_COLLECT_INIT (&v, type, ap, 0, &collect_error);
          if (collect_error != NULL)
            {
              _gsql_core_init ();
              g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                           _("Parameter %u could not be read as %s: %s"),
                           values->len + 1, g_type_name (type), collect_error);
              va_end (ap);
              goto out;
            }
        }
      g_array_append_val (values, v);
    }
  va_end (ap);

  result = gsql_connection_execute (self, sql, (GValue *) values->data, values->len,
                                    cancellable, error);
out:
  for (i = 0; i < values->len; i++)
    if (G_IS_VALUE (&g_array_index (values, GValue, i)))
      g_value_unset (&g_array_index (values, GValue, i));
  return result;
}

static gboolean
end_transaction (GsqlConnection *self, SQLSMALLINT how, GError **error);

/* Bytes between two values of a column-wise bound parameter array.
 * Drivers step through fixed-size C types by the type's own size, ignoring
 * the buffer length, so those arrays must be packed; variable-length ones
 * step by the buffer length given. */
static gsize
column_stride (const ParamDesc *d)
{
  switch (d->c_type)
    {
    case SQL_C_SLONG: return sizeof (SQLINTEGER);
    case SQL_C_SBIGINT: return sizeof (SQLBIGINT);
    case SQL_C_DOUBLE: return sizeof (SQLDOUBLE);
    case SQL_C_BIT: return sizeof (SQLCHAR);
    default: return d->size;
    }
}

/* Where the one row of `?` markers that ends an INSERT … VALUES (?, …)
 * begins (just after VALUES), or 0 when @sql is not such an INSERT of
 * @n_columns markers (RETURNING, ON CONFLICT, INSERT … SELECT). */
static gsize
single_values_row (const char *sql, guint n_columns)
{
  gsize i;

  if (!is_insert (sql))
    return 0;
  for (i = 1; sql[i] != '\0'; i++)
    {
      const char *p;
      guint n = 0;

      if (g_ascii_strncasecmp (sql + i, "VALUES", 6) != 0 ||
          !(g_ascii_isspace (sql[i - 1]) || sql[i - 1] == ')'))
        continue;
      p = sql + i + 6;
      while (g_ascii_isspace (*p))
        p++;
      if (*p++ != '(')
        continue;
      for (;;)
        {
          while (g_ascii_isspace (*p))
            p++;
          if (*p != '?')
            break;
          n++;
          p++;
          while (g_ascii_isspace (*p))
            p++;
          if (*p != ',')
            break;
          p++;
        }
      if (*p++ != ')')
        continue;
      while (g_ascii_isspace (*p) || *p == ';')
        p++;
      if (*p == '\0' && n == n_columns)
        return i + 6;
    }
  return 0;
}

/* The SQL of an INSERT … VALUES with @n rows of @n_columns markers. */
static char *
multirow_sql (const char *sql, gsize values_at, guint n, guint n_columns)
{
  GString *text = g_string_sized_new (values_at + (gsize) n * (n_columns * 3 + 4));
  guint row, col;

  g_string_append_len (text, sql, values_at);
  for (row = 0; row < n; row++)
    {
      g_string_append (text, row == 0 ? " (" : ", (");
      for (col = 0; col < n_columns; col++)
        g_string_append (text, col == 0 ? "?" : ", ?");
      g_string_append_c (text, ')');
    }
  return g_string_free (text, FALSE);
}

/* execute_many() of an INSERT … VALUES (?, …) on SQLite and PostgreSQL:
 * their drivers run a parameter array as a client-side loop, one round of
 * the statement per row, so the rows go instead as one multi-row VALUES
 * of @per_stmt rows per statement (measured with 100,000 rows: several
 * times faster on both).  One statement serves every full batch, bound
 * once (rebound each time only for binary values: SQLite's driver keeps
 * the first length of a BLOB otherwise); the rest goes by a second one.
 * The caller holds the transaction. */
static gboolean
execute_multirow (GsqlConnection  *self,
                  const char      *sql,
                  gsize            values_at,
                  const GValue    *params,
                  guint            n_columns,
                  guint            n_rows,
                  const ParamDesc *desc,
                  guint            per_stmt,
                  gint64          *total_rows,
                  GCancellable    *cancellable,
                  GError         **error)
{
  GsqlBackend backend = self->dbc->backend;
  g_autofree gsize *offset = g_new (gsize, n_columns);
  g_autofree SQLLEN *ind = g_new (SQLLEN, (gsize) per_stmt * n_columns);
  g_autofree guint8 *data = NULL;
  GsqlStmt *stmt = NULL;
  gboolean rebind = FALSE;
  guint stmt_rows = 0;
  gsize row_size = 0;
  guint start, row, col;

  for (col = 0; col < n_columns; col++)
    {
      offset[col] = row_size;
      row_size += (column_stride (&desc[col]) + 7) & ~(gsize) 7;
      rebind |= desc[col].c_type == SQL_C_BINARY;
    }
  data = g_malloc0 (MAX (row_size, 1) * per_stmt);

  for (start = 0; start < n_rows; start += per_stmt)
    {
      guint n = MIN (per_stmt, n_rows - start);
      gboolean bind = rebind;
      SQLRETURN rc;
      SQLLEN count = 0;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto failed_quietly;
      if (stmt == NULL || stmt_rows != n)
        {
          g_autofree char *text = multirow_sql (sql, values_at, n, n_columns);

          if (stmt != NULL)
            {
              _gsql_stmt_reset_params (stmt);
              _gsql_stmt_release (stmt);
            }
          stmt = _gsql_dbc_acquire_stmt (self->dbc, text, error);
          if (stmt == NULL)
            {
              if (error != NULL && *error != NULL)
                _gsql_connection_handle_error (self, *error);
              return FALSE;
            }
          stmt_rows = n;
          bind = TRUE;
        }
      for (row = 0; row < n; row++)
        for (col = 0; col < n_columns; col++)
          {
            const GValue *v = &params[(gsize) (start + row) * n_columns + col];
            guint8 *buf = data + row_size * row + offset[col];
            SQLLEN *ip = &ind[(gsize) row * n_columns + col];
            ParamDesc d = desc[col];

            d.is_null = value_is_null (v);
            if (!d.is_null && (d.c_type == SQL_C_CHAR || d.c_type == SQL_C_BINARY))
              d.size = value_size (v, backend, col);
            *ip = write_value (v, &d, backend, buf);
            if (bind &&
                !SQL_SUCCEEDED (SQLBindParameter (stmt->hstmt, (SQLUSMALLINT) (row * n_columns + col + 1),
                                                  SQL_PARAM_INPUT, desc[col].c_type, desc[col].sql_type,
                                                  desc[col].column_size, desc[col].digits, buf,
                                                  (SQLLEN) column_stride (&desc[col]), ip)))
              goto failed;
          }
      rc = SQLExecute (stmt->hstmt);
      if (rc == SQL_NO_DATA)
        continue;
      if (!SQL_SUCCEEDED (rc))
        goto failed;
      do
        {
          if (SQL_SUCCEEDED (SQLRowCount (stmt->hstmt, &count)) && count > 0)
            *total_rows += count;
          rc = SQLMoreResults (stmt->hstmt);
        }
      while (SQL_SUCCEEDED (rc));
      if (rc != SQL_NO_DATA)
        goto failed;
      SQLFreeStmt (stmt->hstmt, SQL_CLOSE);
    }
  if (stmt != NULL)
    {
      _gsql_stmt_reset_params (stmt);
      _gsql_stmt_release (stmt);
    }
  return TRUE;

failed:
  fail_stmt (self, stmt, error);
failed_quietly:
  if (stmt != NULL)
    {
      _gsql_stmt_reset_params (stmt);
      _gsql_stmt_release (stmt);
    }
  return FALSE;
}

/**
 * gsql_connection_execute_many:
 * @self: a #GsqlConnection
 * @sql: SQL text with `?` parameter markers
 * @params: (array) (nullable): @n_rows × @n_columns values, row after row
 * @n_columns: values per row: the number of markers in @sql
 * @n_rows: the number of parameter sets
 * @out_rowcount: (out) (optional): the total number of rows affected
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Runs one statement once for each of many parameter sets, sending them
 * in large batches through ODBC array binding.  Every value of a column
 * must have the same type (or be NULL).
 *
 * Outside a transaction the batches run in one transaction of their own,
 * so either every row is written or, on error, none is.  Inside one, a
 * failure leaves the transaction for the caller to roll back.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
gsql_connection_execute_many (GsqlConnection  *self,
                              const char      *sql,
                              const GValue    *params,
                              guint            n_columns,
                              guint            n_rows,
                              gint64          *out_rowcount,
                              GCancellable    *cancellable,
                              GError         **error)
{
  g_autofree ParamDesc *desc = NULL;
  g_autofree SQLUSMALLINT *status = NULL;
  GsqlStmt *stmt = NULL;
  GsqlBackend backend;
  gboolean own_txn = FALSE;
  gboolean ok = FALSE;
  gint64 total_rows = 0;
  guint col, row, batch, start;
  gsize row_bytes = 0;
  gsize *col_offset = NULL;
  SQLULEN processed = 0;

  g_return_val_if_fail (GSQL_IS_CONNECTION (self), FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);
  g_return_val_if_fail (params != NULL || n_rows == 0 || n_columns == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out_rowcount)
    *out_rowcount = 0;
  if (!check_usable (self, error) || !leave_manual_idle (self, error))
    return FALSE;
  if (n_rows == 0)
    return TRUE;
  backend = self->dbc->backend;

  /* One description per column: the widest value decides the element
   * size; every non-NULL value must agree on the C type. */
  desc = g_new0 (ParamDesc, MAX (n_columns, 1));
  for (col = 0; col < n_columns; col++)
    {
      gboolean seen = FALSE;

      for (row = 0; row < n_rows; row++)
        {
          ParamDesc d;
          const GValue *v = &params[(gsize) row * n_columns + col];

          if (!describe_value (v, backend, &d, col, error))
            return FALSE;
          if (d.is_null)
            continue;
          if (!seen)
            {
              desc[col] = d;
              seen = TRUE;
            }
          else if (d.c_type != desc[col].c_type)
            {
              g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                           _("Parameter %u has values of different types in rows 1 and %u"),
                           col + 1, row + 1);
              return FALSE;
            }
          else
            {
              desc[col].size = MAX (desc[col].size, d.size);
              desc[col].column_size = MAX (desc[col].column_size, d.column_size);
              desc[col].digits = MAX (desc[col].digits, d.digits);
              if (d.sql_type == SQL_LONGVARCHAR || d.sql_type == SQL_LONGVARBINARY)
                desc[col].sql_type = d.sql_type;
            }
        }
      if (!seen)
        describe_value (NULL, backend, &desc[col], col, NULL);
      row_bytes += ((desc[col].size + 7) & ~(gsize) 7) + sizeof (SQLLEN);
    }

  echo_statement (self, sql, params, n_columns, n_rows);
  _gsql_engine_emit_before_execute (self->engine, self, sql, n_rows);

  /* Batches of at most 1000 rows or about 8 MB of parameter data. */
  batch = (guint) MIN ((gsize) n_rows, MAX ((gsize) 1, (8u << 20) / MAX (row_bytes, 1)));
  batch = MIN (batch, 1000);

  if (self->depth == 0)
    {
      if (!gsql_connection_begin (self, error))
        return FALSE;
      own_txn = TRUE;
    }

  if ((backend == GSQL_BACKEND_SQLITE || backend == GSQL_BACKEND_POSTGRESQL) && n_rows > 1 && n_columns > 0)
    {
      gsize values_at = single_values_row (sql, n_columns);

      if (values_at > 0)
        {
          /* Both drivers take far more than 30,000 markers a statement. */
          if (!execute_multirow (self, sql, values_at, params, n_columns, n_rows, desc,
                                 MIN (1000, MAX (1, 30000 / n_columns)), &total_rows, cancellable, error))
            goto out;
          goto done;
        }
    }

  stmt = _gsql_dbc_acquire_stmt (self->dbc, sql, error);
  if (stmt == NULL)
    {
      if (error != NULL && *error != NULL)
        _gsql_connection_handle_error (self, *error);
      goto out;
    }
  if (!check_param_count (stmt, n_columns, error))
    goto out;

  if (stmt->param_data == NULL)
    {
      stmt->param_data = g_byte_array_new ();
      stmt->param_ind = g_array_new (FALSE, TRUE, sizeof (SQLLEN));
    }
  if (stmt->param_data->len < row_bytes * batch)
    g_byte_array_set_size (stmt->param_data, row_bytes * batch);
  col_offset = g_new (gsize, MAX (n_columns, 1) * 2);
  {
    gsize off = 0;
    for (col = 0; col < n_columns; col++)
      {
        col_offset[col] = off;                       /* data array */
        off += column_stride (&desc[col]) * batch;
        off = (off + 7) & ~(gsize) 7;
        col_offset[n_columns + col] = off;           /* indicator array */
        off += sizeof (SQLLEN) * batch;
      }
    if (stmt->param_data->len < off)
      g_byte_array_set_size (stmt->param_data, off);
  }
  status = g_new0 (SQLUSMALLINT, batch);

  SQLSetStmtAttr (stmt->hstmt, SQL_ATTR_PARAM_BIND_TYPE, SQL_PARAM_BIND_BY_COLUMN, 0);
  SQLSetStmtAttr (stmt->hstmt, SQL_ATTR_PARAM_STATUS_PTR, status, 0);
  SQLSetStmtAttr (stmt->hstmt, SQL_ATTR_PARAMS_PROCESSED_PTR, &processed, 0);

  for (start = 0; start < n_rows; start += batch)
    {
      guint n = MIN (batch, n_rows - start);
      SQLRETURN rc;
      SQLLEN count = 0;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;

      SQLSetStmtAttr (stmt->hstmt, SQL_ATTR_PARAMSET_SIZE, (SQLPOINTER) (SQLULEN) n, 0);
      stmt->paramset_capacity = n;
      for (col = 0; col < n_columns; col++)
        {
          gsize elem = column_stride (&desc[col]);
          guint8 *data = stmt->param_data->data + col_offset[col];
          SQLLEN *ind = (SQLLEN *) (gpointer) (stmt->param_data->data + col_offset[n_columns + col]);

          for (row = 0; row < n; row++)
            {
              const GValue *v = &params[(gsize) (start + row) * n_columns + col];
              ParamDesc d = desc[col];

              d.is_null = value_is_null (v);
              if (!d.is_null && (d.c_type == SQL_C_CHAR || d.c_type == SQL_C_BINARY))
                d.size = value_size (v, backend, col);   /* the value's own length, not the column's */
              ind[row] = write_value (v, &d, backend, data + elem * row);
            }
          if (!SQL_SUCCEEDED (SQLBindParameter (stmt->hstmt, col + 1, SQL_PARAM_INPUT,
                                                desc[col].c_type, desc[col].sql_type,
                                                desc[col].column_size, desc[col].digits,
                                                data, (SQLLEN) elem, ind)))
            {
              fail_stmt (self, stmt, error);
              goto out;
            }
        }

      rc = SQLExecute (stmt->hstmt);
      if (backend == GSQL_BACKEND_MYSQL && is_insert (sql))
        self->dbc->last_insert_rows = n;
      if (rc == SQL_NO_DATA)
        continue;
      if (!SQL_SUCCEEDED (rc))
        {
          fail_stmt (self, stmt, error);
          goto out;
        }
      /* psqlODBC reports one count per parameter set, each behind
       * SQLMoreResults; the others give the total at once. */
      do
        {
          if (SQL_SUCCEEDED (SQLRowCount (stmt->hstmt, &count)) && count > 0)
            total_rows += count;
          rc = SQLMoreResults (stmt->hstmt);
        }
      while (SQL_SUCCEEDED (rc));
      if (rc != SQL_NO_DATA)
        {
          fail_stmt (self, stmt, error);
          goto out;
        }
    }

done:
  if (own_txn)
    {
      own_txn = FALSE;
      if (!gsql_connection_commit (self, error))
        goto out;
    }
  if (out_rowcount)
    *out_rowcount = total_rows;
  ok = TRUE;

out:
  if (stmt != NULL)
    {
      _gsql_stmt_reset_params (stmt);
      SQLSetStmtAttr (stmt->hstmt, SQL_ATTR_PARAMSET_SIZE, (SQLPOINTER) 1, 0);
      SQLSetStmtAttr (stmt->hstmt, SQL_ATTR_PARAM_STATUS_PTR, NULL, 0);
      SQLSetStmtAttr (stmt->hstmt, SQL_ATTR_PARAMS_PROCESSED_PTR, NULL, 0);
      stmt->paramset_capacity = 1;
      _gsql_stmt_release (stmt);
    }
  if (own_txn && self->dbc != NULL)
    end_transaction (self, SQL_ROLLBACK, NULL);
  g_free (col_offset);
  return ok;
}

/**
 * gsql_connection_execute_many_values: (rename-to gsql_connection_execute_many)
 * @self: a #GsqlConnection
 * @sql: SQL text with `?` parameter markers
 * @n_columns: values per row: the number of markers in @sql
 * @params: (array length=n_params) (nullable): the values, row after row
 * @n_params: how many values: a multiple of @n_columns
 * @out_rowcount: (out) (optional): the total number of rows affected
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * gsql_connection_execute_many() with the length of @params given, which
 * is what language bindings need to pass an array; bindings call it
 * execute_many().
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
gsql_connection_execute_many_values (GsqlConnection  *self,
                                     const char      *sql,
                                     guint            n_columns,
                                     const GValue    *params,
                                     guint            n_params,
                                     gint64          *out_rowcount,
                                     GCancellable    *cancellable,
                                     GError         **error)
{
  g_return_val_if_fail (n_columns > 0 || n_params == 0, FALSE);
  g_return_val_if_fail (n_columns == 0 || n_params % n_columns == 0, FALSE);
  return gsql_connection_execute_many (self, sql, params, n_columns,
                                       n_columns > 0 ? n_params / n_columns : 0,
                                       out_rowcount, cancellable, error);
}

/* Transactions */

static gboolean
set_autocommit (GsqlConnection *self, gboolean on, GError **error)
{
  SQLRETURN rc;

  rc = SQLSetConnectAttr (self->dbc->hdbc, SQL_ATTR_AUTOCOMMIT,
                          (SQLPOINTER) (SQLULEN) (on ? SQL_AUTOCOMMIT_ON : SQL_AUTOCOMMIT_OFF), 0);
  if (!SQL_SUCCEEDED (rc))
    {
      GError *local = NULL;
      _gsql_odbc_set_error (&local, SQL_HANDLE_DBC, self->dbc->hdbc, self->dbc->backend, -1, NULL);
      _gsql_connection_handle_error (self, local);
      g_propagate_error (error, local);
      return FALSE;
    }
  self->dbc->autocommit = on;
  self->dbc->manual_idle = FALSE;
  return TRUE;
}

/* A transaction that ended leaves the driver in manual-commit mode
 * (manual_idle): a loop of short transactions then toggles autocommit
 * neither at begin nor at commit — on MariaDB and PostgreSQL each toggle
 * is a round trip.  A statement outside a transaction (or a change of
 * isolation level) turns autocommit back on first, so that it commits by
 * itself as before; the pool does the same when the connection comes back
 * (_gsql_dbc_reset). */
static gboolean
leave_manual_idle (GsqlConnection *self, GError **error)
{
  if (self->depth > 0 || !self->dbc->manual_idle)
    return TRUE;
  return set_autocommit (self, TRUE, error);
}

static gboolean
end_transaction (GsqlConnection *self, SQLSMALLINT how, GError **error)
{
  SQLRETURN rc;
  GError *local = NULL;

  rc = SQLEndTran (SQL_HANDLE_DBC, self->dbc->hdbc, how);
  if (!SQL_SUCCEEDED (rc))
    {
      _gsql_odbc_set_error (&local, SQL_HANDLE_DBC, self->dbc->hdbc, self->dbc->backend, -1, NULL);
      _gsql_connection_handle_error (self, local);
      /* The transaction is over either way (a failed COMMIT rolled back,
       * or the connection is gone): never leave autocommit off behind. */
      if (!self->dbc->invalidated)
        {
          SQLEndTran (SQL_HANDLE_DBC, self->dbc->hdbc, SQL_ROLLBACK);
          set_autocommit (self, TRUE, NULL);
        }
      self->depth = 0;
      self->failed_in_transaction = FALSE;
      g_propagate_error (error, local);
      return FALSE;
    }
  self->depth = 0;
  self->failed_in_transaction = FALSE;
  self->dbc->manual_idle = TRUE;   /* autocommit stays off until needed */
  return TRUE;
}

static gboolean
exec_savepoint_sql (GsqlConnection *self, const char *verb, guint level, GError **error)
{
  char sql[64];
  GError *local = NULL;

  g_snprintf (sql, sizeof sql, "%s gsql_sp_%u", verb, level);
  if (_gsql_connection_get_echo (self))
    g_debug ("%s", sql);
  if (!_gsql_dbc_exec_direct (self->dbc, sql, &local))
    {
      _gsql_connection_handle_error (self, local);
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

/**
 * gsql_connection_begin:
 * @self: a #GsqlConnection
 * @error: return location for a #GError
 *
 * Starts a transaction: statements from now on take effect together at
 * gsql_connection_commit() or not at all at gsql_connection_rollback().
 * Fails with %GSQL_ERROR_PROGRAMMING when a transaction is already open
 * (use gsql_connection_begin_nested() for a savepoint).
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
gsql_connection_begin (GsqlConnection  *self,
                       GError         **error)
{
  g_return_val_if_fail (GSQL_IS_CONNECTION (self), FALSE);

  if (!check_usable (self, error))
    return FALSE;
  if (self->depth > 0)
    {
      g_set_error_literal (error, GSQL_ERROR, GSQL_ERROR_PROGRAMMING,
                           _("A transaction is already open on this connection; use a savepoint (begin_nested) to nest"));
      return FALSE;
    }
  if (_gsql_connection_get_echo (self))
    g_debug ("BEGIN (implicit)");
  if (self->dbc->manual_idle)
    self->dbc->manual_idle = FALSE;   /* still in manual-commit mode */
  else if (!set_autocommit (self, FALSE, error))
    return FALSE;
  self->depth = 1;
  return TRUE;
}

/**
 * gsql_connection_begin_nested:
 * @self: a #GsqlConnection
 * @error: return location for a #GError
 *
 * Sets a savepoint inside the current transaction (starting one first if
 * none is open).  gsql_connection_rollback() then undoes only what
 * happened since the savepoint; gsql_connection_commit() releases it.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
gsql_connection_begin_nested (GsqlConnection  *self,
                              GError         **error)
{
  g_return_val_if_fail (GSQL_IS_CONNECTION (self), FALSE);

  if (!check_usable (self, error))
    return FALSE;
  if (self->depth == 0 && !gsql_connection_begin (self, error))
    return FALSE;
  if (!exec_savepoint_sql (self, "SAVEPOINT", self->depth, error))
    return FALSE;
  self->depth++;
  return TRUE;
}

/**
 * gsql_connection_commit:
 * @self: a #GsqlConnection
 * @error: return location for a #GError
 *
 * Ends the innermost transaction level: releases the newest savepoint, or
 * commits the transaction when no savepoint is open.  When a COMMIT fails
 * the transaction has been rolled back, and the error says why.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
gsql_connection_commit (GsqlConnection  *self,
                        GError         **error)
{
  g_return_val_if_fail (GSQL_IS_CONNECTION (self), FALSE);

  if (!check_usable (self, error))
    return FALSE;
  if (self->depth == 0)
    {
      g_set_error_literal (error, GSQL_ERROR, GSQL_ERROR_PROGRAMMING,
                           _("There is no transaction to commit"));
      return FALSE;
    }
  if (self->depth > 1)
    {
      if (!exec_savepoint_sql (self, "RELEASE SAVEPOINT", self->depth - 1, error))
        return FALSE;
      self->depth--;
      return TRUE;
    }
  /* PostgreSQL answers COMMIT of a transaction aborted by an error with
   * ROLLBACK, and psqlODBC (with Protocol=7.4-0, where an error aborts the
   * transaction) reports that as success.  After a failure in the
   * transaction a probe tells: in an aborted one it fails with 25P02. */
  if (self->failed_in_transaction && self->dbc->backend == GSQL_BACKEND_POSTGRESQL)
    {
      g_autoptr(GError) probe = NULL;

      if (!_gsql_dbc_exec_direct (self->dbc, "SELECT 1", &probe) &&
          g_strcmp0 (gsql_error_get_sqlstate (probe), "25P02") == 0)
        {
          g_autoptr(GError) ignored = NULL;

          end_transaction (self, SQL_ROLLBACK, &ignored);
          _gsql_set_error_full (error, GSQL_ERROR_PROGRAMMING, "25P02", 0, probe->message,
                                _("The transaction was aborted by an earlier error and has been rolled back instead of committed"));
          return FALSE;
        }
    }
  if (_gsql_connection_get_echo (self))
    g_debug ("COMMIT");
  return end_transaction (self, SQL_COMMIT, error);
}

/**
 * gsql_connection_rollback:
 * @self: a #GsqlConnection
 * @error: return location for a #GError
 *
 * Undoes the innermost transaction level: rolls back to the newest
 * savepoint (and releases it), or rolls back the whole transaction when no
 * savepoint is open.  When the savepoint cannot be rolled back, the whole
 * transaction is; when the connection was lost, its transaction is over
 * and the call fails with %GSQL_ERROR_DISCONNECTED.  Either way the
 * connection is then outside any transaction.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
gsql_connection_rollback (GsqlConnection  *self,
                          GError         **error)
{
  g_return_val_if_fail (GSQL_IS_CONNECTION (self), FALSE);

  if (!check_usable (self, error))
    return FALSE;
  if (self->depth == 0)
    {
      g_set_error_literal (error, GSQL_ERROR, GSQL_ERROR_PROGRAMMING,
                           _("There is no transaction to roll back"));
      return FALSE;
    }
  if (self->depth > 1)
    {
      if (!exec_savepoint_sql (self, "ROLLBACK TO SAVEPOINT", self->depth - 1, error) ||
          !exec_savepoint_sql (self, "RELEASE SAVEPOINT", self->depth - 1, error))
        {
          /* The savepoint cannot be undone alone: undo everything rather
           * than leave the level open (a caller rolling back until no
           * transaction is left would loop forever). */
          g_autoptr(GError) ignored = NULL;
          if (self->dbc != NULL && !self->dbc->invalidated)
            end_transaction (self, SQL_ROLLBACK, &ignored);
          self->depth = 0;
          self->failed_in_transaction = FALSE;
          return FALSE;
        }
      self->depth--;
      return TRUE;
    }
  if (_gsql_connection_get_echo (self))
    g_debug ("ROLLBACK");
  return end_transaction (self, SQL_ROLLBACK, error);
}

/**
 * gsql_connection_get_transaction_depth:
 * @self: a #GsqlConnection
 *
 * Returns: 0 outside a transaction, 1 inside one, and one more for each
 *   open savepoint
 *
 * Since: 1.0
 */
guint
gsql_connection_get_transaction_depth (GsqlConnection *self)
{
  g_return_val_if_fail (GSQL_IS_CONNECTION (self), 0);
  return self->depth;
}

/**
 * gsql_connection_in_transaction:
 * @self: a #GsqlConnection
 *
 * Returns: whether a transaction is open
 *
 * Since: 1.0
 */
gboolean
gsql_connection_in_transaction (GsqlConnection *self)
{
  g_return_val_if_fail (GSQL_IS_CONNECTION (self), FALSE);
  return self->depth > 0;
}

/**
 * gsql_connection_set_isolation_level:
 * @self: a #GsqlConnection
 * @level: the isolation level for the transactions that follow
 * @error: return location for a #GError
 *
 * Sets the isolation level of this connection's next transactions.  It
 * must be called outside a transaction; the pool restores the default
 * when the connection returns.
 *
 * Returns: %TRUE on success; %GSQL_ERROR_NOT_SUPPORTED when the driver
 *   cannot
 *
 * Since: 1.0
 */
gboolean
gsql_connection_set_isolation_level (GsqlConnection      *self,
                                     GsqlIsolationLevel   level,
                                     GError             **error)
{
  SQLULEN odbc_level;
  GError *local = NULL;

  g_return_val_if_fail (GSQL_IS_CONNECTION (self), FALSE);

  if (!check_usable (self, error))
    return FALSE;
  if (self->depth > 0)
    {
      g_set_error_literal (error, GSQL_ERROR, GSQL_ERROR_PROGRAMMING,
                           _("The isolation level cannot change inside a transaction"));
      return FALSE;
    }
  if (!leave_manual_idle (self, error))
    return FALSE;
  switch (level)
    {
    case GSQL_ISOLATION_LEVEL_READ_UNCOMMITTED: odbc_level = SQL_TXN_READ_UNCOMMITTED; break;
    case GSQL_ISOLATION_LEVEL_READ_COMMITTED: odbc_level = SQL_TXN_READ_COMMITTED; break;
    case GSQL_ISOLATION_LEVEL_REPEATABLE_READ: odbc_level = SQL_TXN_REPEATABLE_READ; break;
    case GSQL_ISOLATION_LEVEL_SERIALIZABLE: odbc_level = SQL_TXN_SERIALIZABLE; break;
    case GSQL_ISOLATION_LEVEL_DEFAULT:
      odbc_level = self->dbc->default_isolation;
      break;
    default:
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("Unknown isolation level %d"), (int) level);
      return FALSE;
    }
  if (odbc_level != 0 &&
      !SQL_SUCCEEDED (SQLSetConnectAttr (self->dbc->hdbc, SQL_ATTR_TXN_ISOLATION,
                                         (SQLPOINTER) odbc_level, 0)))
    {
      _gsql_odbc_set_error (&local, SQL_HANDLE_DBC, self->dbc->hdbc, self->dbc->backend,
                            GSQL_ERROR_NOT_SUPPORTED, _("Could not set the isolation level"));
      _gsql_connection_handle_error (self, local);
      g_propagate_error (error, local);
      return FALSE;
    }
  self->dbc->isolation = odbc_level;
  self->isolation = level;
  return TRUE;
}

/**
 * gsql_connection_get_isolation_level:
 * @self: a #GsqlConnection
 *
 * Returns: the level set with gsql_connection_set_isolation_level(), or
 *   %GSQL_ISOLATION_LEVEL_DEFAULT
 *
 * Since: 1.0
 */
GsqlIsolationLevel
gsql_connection_get_isolation_level (GsqlConnection *self)
{
  g_return_val_if_fail (GSQL_IS_CONNECTION (self), GSQL_ISOLATION_LEVEL_DEFAULT);
  return self->isolation;
}

/**
 * gsql_connection_get_dialect_name:
 * @self: a #GsqlConnection
 *
 * Returns: "sqlite", "postgresql", "mysql" or "ansi"
 *
 * Since: 1.0
 */
const char *
gsql_connection_get_dialect_name (GsqlConnection *self)
{
  g_return_val_if_fail (GSQL_IS_CONNECTION (self), NULL);
  if (self->dbc == NULL)
    return gsql_engine_get_dialect_name (self->engine);
  return _gsql_backend_to_dialect_name (self->dbc->backend);
}

/**
 * gsql_connection_get_dbms_name:
 * @self: a #GsqlConnection
 *
 * Returns: (nullable): the database's own name for itself
 *   (`SQLGetInfo (SQL_DBMS_NAME)`), or %NULL once closed
 *
 * Since: 1.0
 */
const char *
gsql_connection_get_dbms_name (GsqlConnection *self)
{
  g_return_val_if_fail (GSQL_IS_CONNECTION (self), NULL);
  return self->dbc ? self->dbc->dbms_name : NULL;
}

/**
 * gsql_connection_get_dbms_version:
 * @self: a #GsqlConnection
 *
 * Returns: (nullable): the database's version string, or %NULL once closed
 *
 * Since: 1.0
 */
const char *
gsql_connection_get_dbms_version (GsqlConnection *self)
{
  g_return_val_if_fail (GSQL_IS_CONNECTION (self), NULL);
  return self->dbc ? self->dbc->dbms_version : NULL;
}

/**
 * gsql_connection_is_closed:
 * @self: a #GsqlConnection
 *
 * Returns: whether the connection has been closed (returned to the pool)
 *
 * Since: 1.0
 */
gboolean
gsql_connection_is_closed (GsqlConnection *self)
{
  g_return_val_if_fail (GSQL_IS_CONNECTION (self), TRUE);
  return self->dbc == NULL;
}

/**
 * gsql_connection_is_invalidated:
 * @self: a #GsqlConnection
 *
 * Returns: whether the connection was lost or invalidated; it will be
 *   discarded rather than returned to the pool
 *
 * Since: 1.0
 */
gboolean
gsql_connection_is_invalidated (GsqlConnection *self)
{
  g_return_val_if_fail (GSQL_IS_CONNECTION (self), TRUE);
  return self->dbc != NULL && self->dbc->invalidated;
}

/**
 * gsql_connection_invalidate:
 * @self: a #GsqlConnection
 *
 * Marks the connection as unusable: every further statement fails with
 * %GSQL_ERROR_DISCONNECTED and the pool discards it on return.
 *
 * Since: 1.0
 */
void
gsql_connection_invalidate (GsqlConnection *self)
{
  g_return_if_fail (GSQL_IS_CONNECTION (self));
  if (self->dbc != NULL)
    self->dbc->invalidated = TRUE;
}

/**
 * gsql_connection_close:
 * @self: a #GsqlConnection
 *
 * Returns the connection to its pool now, closing any result still
 * reading from it and rolling back an unfinished transaction.  Later calls
 * on it fail with %GSQL_ERROR_CLOSED.  Dropping the last reference does
 * the same.
 *
 * Since: 1.0
 */
void
gsql_connection_close (GsqlConnection *self)
{
  GsqlDbc *dbc;

  g_return_if_fail (GSQL_IS_CONNECTION (self));

  while (self->results != NULL)
    gsql_result_close (self->results->data);

  dbc = g_steal_pointer (&self->dbc);
  if (dbc == NULL)
    return;
  if (self->depth > 0 && _gsql_connection_get_echo (self))
    g_debug ("ROLLBACK (connection returned to the pool)");
  self->depth = 0;
  self->failed_in_transaction = FALSE;
  _gsql_pool_checkin (self->pool, dbc);
}

/**
 * gsql_connection_get_n_cached_statements:
 * @self: a #GsqlConnection
 *
 * Returns: how many prepared statements this connection keeps for reuse
 *
 * Since: 1.0
 */
guint
gsql_connection_get_n_cached_statements (GsqlConnection *self)
{
  g_return_val_if_fail (GSQL_IS_CONNECTION (self), 0);
  return self->dbc ? self->dbc->lru.length : 0;
}

/**
 * gsql_connection_execute_compiled:
 * @self: a #GsqlConnection
 * @compiled: a statement compiled for this connection's dialect
 * @names: (array length=n_values) (nullable): names of its named parameters
 * @values: (array length=n_values) (nullable): their values
 * @n_values: how many
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Runs a compiled statement with values for its named parameters.  Rows of
 * a SELECT (or RETURNING) are read through the result columns' SQL types.
 *
 * Returns: (transfer full): the result, or %NULL with @error set
 *
 * Since: 1.0
 */
GsqlResult *
gsql_connection_execute_compiled (GsqlConnection     *self,
                                  GsqlCompiled       *compiled,
                                  const char * const *names,
                                  const GValue       *values,
                                  guint               n_values,
                                  GCancellable       *cancellable,
                                  GError            **error)
{
  GValue *params;
  guint n, i;
  GsqlResult *result;

  g_return_val_if_fail (GSQL_IS_CONNECTION (self), NULL);
  g_return_val_if_fail (GSQL_IS_COMPILED (compiled), NULL);

  if (!check_usable (self, error))
    return NULL;
  if (!g_str_equal (gsql_compiled_get_dialect (compiled), gsql_connection_get_dialect_name (self)))
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("The statement was compiled for %s, but the connection speaks %s"),
                   gsql_compiled_get_dialect (compiled), gsql_connection_get_dialect_name (self));
      return NULL;
    }
  params = gsql_compiled_bind_params (compiled, names, values, n_values, error);
  if (params == NULL)
    return NULL;
  n = gsql_compiled_get_n_params (compiled);
  result = gsql_connection_execute (self, gsql_compiled_get_sql (compiled), params, n,
                                    cancellable, error);
  for (i = 0; i < n; i++)
    if (G_IS_VALUE (&params[i]))
      g_value_unset (&params[i]);
  g_free (params);
  if (result != NULL && gsql_result_returns_rows (result))
    _gsql_result_set_types (result, compiled, gsql_compiled_get_dialect (compiled));
  return result;
}

/**
 * gsql_connection_execute_statement:
 * @self: a #GsqlConnection
 * @statement: a statement built with the expression language
 * @names: (array length=n_values) (nullable): names of its named parameters
 * @values: (array length=n_values) (nullable): their values
 * @n_values: how many
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Compiles @statement for this connection's dialect (once: the compiled
 * form is kept on the statement) and runs it.
 *
 * Returns: (transfer full): the result, or %NULL with @error set
 *
 * Since: 1.0
 */
GsqlResult *
gsql_connection_execute_statement (GsqlConnection     *self,
                                   GsqlExpr           *statement,
                                   const char * const *names,
                                   const GValue       *values,
                                   guint               n_values,
                                   GCancellable       *cancellable,
                                   GError            **error)
{
  g_autoptr(GsqlCompiled) compiled = NULL;

  g_return_val_if_fail (GSQL_IS_CONNECTION (self), NULL);
  g_return_val_if_fail (GSQL_IS_EXPR (statement), NULL);

  if (!check_usable (self, error))
    return NULL;
  compiled = gsql_expr_compile (statement, gsql_connection_get_dialect_name (self), error);
  if (compiled == NULL)
    return NULL;
  return gsql_connection_execute_compiled (self, compiled, names, values, n_values,
                                           cancellable, error);
}

/**
 * gsql_connection_execute_statement_many:
 * @self: a #GsqlConnection
 * @statement: a statement with named parameters (an INSERT of
 *   gsql_bindparam() values, typically)
 * @names: (array length=n_names): the parameters' names
 * @n_names: how many
 * @values: (array): @n_rows × @n_names values, row after row
 * @n_rows: the number of parameter sets
 * @out_rowcount: (out) (optional): the total number of rows affected
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Runs one compiled statement for many parameter sets in array-bound
 * batches (see gsql_connection_execute_many()): all rows or, outside a
 * transaction, none on error.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
gsql_connection_execute_statement_many (GsqlConnection     *self,
                                        GsqlExpr           *statement,
                                        const char * const *names,
                                        guint               n_names,
                                        const GValue       *values,
                                        guint               n_rows,
                                        gint64             *out_rowcount,
                                        GCancellable       *cancellable,
                                        GError            **error)
{
  g_autoptr(GsqlCompiled) compiled = NULL;
  GValue *flat;
  guint n_params, i;
  gboolean ok = FALSE;

  g_return_val_if_fail (GSQL_IS_CONNECTION (self), FALSE);
  g_return_val_if_fail (GSQL_IS_EXPR (statement), FALSE);

  if (out_rowcount)
    *out_rowcount = 0;
  if (!check_usable (self, error))
    return FALSE;
  compiled = gsql_expr_compile (statement, gsql_connection_get_dialect_name (self), error);
  if (compiled == NULL)
    return FALSE;
  n_params = gsql_compiled_get_n_params (compiled);
  /* Plain values in marker order go as they are: no copy at all. */
  if (_gsql_compiled_rows_as_is (compiled, names, n_names, values, n_rows))
    return gsql_connection_execute_many (self, gsql_compiled_get_sql (compiled), values, n_names,
                                         n_rows, out_rowcount, cancellable, error);
  flat = g_new0 (GValue, MAX ((gsize) n_params * n_rows, 1));
  if (!_gsql_compiled_bind_rows (compiled, names, n_names, values, n_rows, flat, error))
    goto out;
  ok = gsql_connection_execute_many (self, gsql_compiled_get_sql (compiled), flat, n_params,
                                     n_rows, out_rowcount, cancellable, error);
out:
  for (i = 0; i < n_params * n_rows; i++)
    if (G_IS_VALUE (&flat[i]))
      g_value_unset (&flat[i]);
  g_free (flat);
  return ok;
}

/**
 * gsql_connection_execute_statement_many_values: (rename-to gsql_connection_execute_statement_many)
 * @self: a #GsqlConnection
 * @statement: a statement with named parameters
 * @names: (array length=n_names): the parameters' names
 * @n_names: how many
 * @values: (array length=n_values): the values, row after row
 * @n_values: how many values: a multiple of @n_names
 * @out_rowcount: (out) (optional): the total number of rows affected
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * gsql_connection_execute_statement_many() with the length of @values
 * given, which is what language bindings need to pass an array; bindings
 * call it execute_statement_many().
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
gsql_connection_execute_statement_many_values (GsqlConnection     *self,
                                               GsqlExpr           *statement,
                                               const char * const *names,
                                               guint               n_names,
                                               const GValue       *values,
                                               guint               n_values,
                                               gint64             *out_rowcount,
                                               GCancellable       *cancellable,
                                               GError            **error)
{
  g_return_val_if_fail (n_names > 0 || n_values == 0, FALSE);
  g_return_val_if_fail (n_names == 0 || n_values % n_names == 0, FALSE);
  return gsql_connection_execute_statement_many (self, statement, names, n_names, values,
                                                 n_names > 0 ? n_values / n_names : 0,
                                                 out_rowcount, cancellable, error);
}

/**
 * gsql_connection_get_last_insert_id:
 * @self: a #GsqlConnection
 * @out_id: (out): the key
 * @error: return location for a #GError
 *
 * The key the database generated for the last row this connection
 * inserted into a table with an autoincrement column
 * (`last_insert_rowid()`, `lastval()`, or on MariaDB `LAST_INSERT_ID()`
 * moved from the first to the last row of a multi-row INSERT, by the
 * session's `auto_increment_increment`).
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
gsql_connection_get_last_insert_id (GsqlConnection  *self,
                                    gint64          *out_id,
                                    GError         **error)
{
  g_autoptr(GsqlResult) r = NULL;
  const char *sql;

  g_return_val_if_fail (GSQL_IS_CONNECTION (self), FALSE);
  g_return_val_if_fail (out_id != NULL, FALSE);

  if (!check_usable (self, error))
    return FALSE;
  switch (self->dbc->backend)
    {
    case GSQL_BACKEND_SQLITE: sql = "SELECT last_insert_rowid()"; break;
    case GSQL_BACKEND_MYSQL: sql = "SELECT LAST_INSERT_ID(), @@session.auto_increment_increment"; break;
    case GSQL_BACKEND_POSTGRESQL: sql = "SELECT lastval()"; break;
    case GSQL_BACKEND_ANSI:
    default:
      g_set_error_literal (error, GSQL_ERROR, GSQL_ERROR_NOT_SUPPORTED,
                           _("This database does not tell the last generated key"));
      return FALSE;
    }
  r = gsql_connection_execute (self, sql, NULL, 0, NULL, error);
  if (r == NULL || !gsql_result_one (r, error))
    return FALSE;
  *out_id = gsql_result_get_int64 (r, 0);
  /* MariaDB names the first key of a multi-row INSERT; its keys are
   * consecutive, so the last one follows. */
  if (self->dbc->backend == GSQL_BACKEND_MYSQL && *out_id != 0 && self->dbc->last_insert_rows > 1)
    *out_id += (self->dbc->last_insert_rows - 1) * MAX (gsql_result_get_int64 (r, 1), 1);
  return TRUE;
}
