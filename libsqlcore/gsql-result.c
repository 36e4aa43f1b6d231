/* gsql-result.c: rows coming back from a statement
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */

/**
 * SECTION:gsql-result
 * @title: GsqlResult
 * @short_description: reads the rows of a statement
 *
 * A #GsqlResult is what gsql_connection_execute() returns.  For a statement
 * that returns rows it is a cursor: gsql_result_next() moves to the next
 * row, fetched from the driver in blocks, and typed getters read the
 * current row's columns by index.  A SQL NULL reads as 0, %FALSE or %NULL
 * from the getters and as an unset #GValue from gsql_result_get_value();
 * gsql_result_is_null() tells them apart.
 *
 * |[<!-- language="C" -->
 * g_autoptr(GsqlResult) r = gsql_connection_execute (conn,
 *     "SELECT id, name FROM users ORDER BY id", NULL, 0, NULL, &error);
 * while (gsql_result_next (r, &error))
 *   g_print ("%" G_GINT64_FORMAT " %s\n", gsql_result_get_int64 (r, 0),
 *            gsql_result_get_string (r, 1));
 * if (error != NULL)
 *   …
 * ]|
 *
 * By default a result streams: rows come from the server as they are read
 * and the connection is busy with it until it is finished or closed.
 * gsql_result_buffer() reads all remaining rows at once and frees the
 * connection.  gsql_result_one(), gsql_result_scalar() and friends read
 * the row (or value) a caller expects and fail with %GSQL_ERROR_NO_RESULT
 * or %GSQL_ERROR_MULTIPLE_RESULTS when the rows are not what was expected.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "gsql-core-private.h"

void _gsql_connection_add_result (GsqlConnection *self, GsqlResult *result);
void _gsql_connection_remove_result (GsqlConnection *self, GsqlResult *result);

typedef enum {
  KIND_INT,
  KIND_BOOL,
  KIND_DOUBLE,
  KIND_TEXT,
  KIND_NUMERIC,
  KIND_BINARY,
  KIND_TIMESTAMP,
  KIND_DATE,
  KIND_TIME,
} ColumnKind;

typedef struct {
  char       *name;
  SQLSMALLINT sql_type;
  SQLULEN     size;
  SQLSMALLINT digits;
  ColumnKind  kind;
  GType       gtype;
  SQLSMALLINT c_type;
  gboolean    bound;       /* fetched in blocks; else SQLGetData per row */
  gsize       elem;        /* bytes per value when bound */
  guint8     *data;        /* bound: elem × block rows */
  SQLLEN     *ind;         /* bound: one per block row */
  GByteArray *buf;         /* unbound: the current row's value */
  SQLLEN      buf_ind;
} Column;

struct _GsqlResult {
  GObject parent_instance;

  GsqlConnection *connection;
  GsqlStmt *stmt;          /* NULL once exhausted or closed */
  GsqlBackend backend;
  gint64 rowcount;

  guint n_columns;
  Column *columns;
  GStrv names;             /* atomic rc box shared with rows */

  SQLULEN block_size;
  SQLULEN max_block;       /* block_size grows to this while blocks come full */
  SQLULEN rows_fetched;
  SQLULEN cur;             /* index in the block of the current row */
  gboolean on_row;         /* a live row from the block is current */
  gboolean done;
  gboolean bindings_ready; /* every column classified and bound */

  GsqlRow *held;           /* current row as a copy (buffered, one()) */
  GPtrArray *buffered;     /* GsqlRow*, when buffered */
  guint buffered_pos;
  gboolean is_buffered;
  gboolean closed;         /* closed by the caller (or first/one) */
  GsqlCompiled *compiled;  /* column types, when the statement was built */
  char *dialect;
};

/**
 * GsqlResult:
 *
 * The rows of a statement, fetched in blocks, read with typed getters.
 *
 * Since: 1.0
 */
G_DEFINE_FINAL_TYPE (GsqlResult, gsql_result, G_TYPE_OBJECT)

/* At most this many bytes of column buffers stay bound to a cached
 * statement between its results (a get by key keeps a few hundred; a
 * statement that fetched in big blocks gives its megabyte back). */
#define KEEP_BOUND_BYTES (64 * 1024)

/* Hands the result's bound column buffers over to its cached statement,
 * still bound, for the statement's next result (take_bindings). */
static gboolean
keep_bindings (GsqlResult *self)
{
  GsqlStmt *stmt = self->stmt;
  gsize bytes = 0;
  guint i;

  if (!stmt->cached || !self->bindings_ready)
    return FALSE;
  for (i = 0; i < self->n_columns; i++)
    if (self->columns[i].bound)
      bytes += (self->columns[i].elem + sizeof (SQLLEN)) * self->block_size;
  if (bytes > KEEP_BOUND_BYTES)
    return FALSE;
  g_assert (stmt->bound_cols == NULL);   /* this result took them, or they were unbound */
  stmt->bound_cols = g_new (GsqlBoundColumn, self->n_columns);
  stmt->n_bound_cols = self->n_columns;
  stmt->bound_block = self->block_size;
  for (i = 0; i < self->n_columns; i++)
    {
      Column *c = &self->columns[i];
      GsqlBoundColumn *b = &stmt->bound_cols[i];

      b->c_type = c->c_type;
      b->bound = c->bound;
      b->elem = c->elem;
      b->data = g_steal_pointer (&c->data);
      b->ind = g_steal_pointer (&c->ind);
    }
  return TRUE;
}

/* Takes over the buffers the statement's previous result left bound, when
 * they are the ones this result would bind; else unbinds them.  TRUE when
 * taken (the columns are bound, the block size set). */
static gboolean
take_bindings (GsqlResult *self)
{
  GsqlStmt *stmt = self->stmt;
  guint i;

  if (stmt->bound_cols == NULL)
    return FALSE;
  if (stmt->n_bound_cols == self->n_columns && stmt->bound_block <= self->max_block)
    {
      for (i = 0; i < self->n_columns; i++)
        {
          Column *c = &self->columns[i];
          GsqlBoundColumn *b = &stmt->bound_cols[i];

          if (b->bound != c->bound || (c->bound && (b->c_type != c->c_type || b->elem != c->elem)))
            break;
        }
      if (i == self->n_columns)
        {
          for (i = 0; i < self->n_columns; i++)
            {
              self->columns[i].data = stmt->bound_cols[i].data;
              self->columns[i].ind = stmt->bound_cols[i].ind;
            }
          self->block_size = stmt->bound_block;
          g_clear_pointer (&stmt->bound_cols, g_free);
          stmt->n_bound_cols = 0;
          stmt->bound_block = 0;
          return TRUE;
        }
    }
  SQLFreeStmt (stmt->hstmt, SQL_UNBIND);
  _gsql_stmt_free_bound (stmt);
  return FALSE;
}

static void
release_stmt (GsqlResult *self)
{
  if (self->stmt != NULL)
    {
      if (keep_bindings (self))
        _gsql_stmt_release_bound (self->stmt);
      else
        _gsql_stmt_release (self->stmt);
      self->stmt = NULL;
    }
  if (self->connection != NULL)
    _gsql_connection_remove_result (self->connection, self);
}

static void
free_names (gpointer data)
{
  GStrv names = data;
  guint i;

  for (i = 0; names[i] != NULL; i++)
    g_free (names[i]);
}

static void
gsql_result_finalize (GObject *object)
{
  GsqlResult *self = GSQL_RESULT (object);
  guint i;

  release_stmt (self);
  for (i = 0; i < self->n_columns; i++)
    {
      g_free (self->columns[i].data);
      g_free (self->columns[i].ind);
      if (self->columns[i].buf)
        g_byte_array_unref (self->columns[i].buf);
    }
  g_free (self->columns);
  if (self->names)
    g_atomic_rc_box_release_full (self->names, free_names);
  g_clear_pointer (&self->held, gsql_row_unref);
  g_clear_pointer (&self->buffered, g_ptr_array_unref);
  g_clear_object (&self->connection);
  g_clear_object (&self->compiled);
  g_free (self->dialect);

  G_OBJECT_CLASS (gsql_result_parent_class)->finalize (object);
}

static void
gsql_result_class_init (GsqlResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gsql_result_finalize;
}

static void
gsql_result_init (GsqlResult *self)
{
  self->rowcount = -1;
}

static void
classify (Column *c, GsqlBackend backend)
{
  switch (c->sql_type)
    {
    case SQL_BIGINT:
      c->kind = KIND_INT; c->gtype = G_TYPE_INT64; break;
    case SQL_INTEGER:
      /* SQLite's INTEGER is 64-bit whatever the driver says. */
      c->kind = KIND_INT;
      c->gtype = backend == GSQL_BACKEND_SQLITE ? G_TYPE_INT64 : G_TYPE_INT;
      break;
    case SQL_SMALLINT:
    case SQL_TINYINT:
      c->kind = KIND_INT; c->gtype = G_TYPE_INT; break;
    case SQL_BIT:
      c->kind = KIND_BOOL; c->gtype = G_TYPE_BOOLEAN; break;
    case SQL_DOUBLE:
    case SQL_FLOAT:
    case SQL_REAL:
      c->kind = KIND_DOUBLE; c->gtype = G_TYPE_DOUBLE; break;
    case SQL_NUMERIC:
    case SQL_DECIMAL:
      c->kind = KIND_NUMERIC; c->gtype = GSQL_TYPE_NUMERIC; break;
    case SQL_BINARY:
    case SQL_VARBINARY:
    case SQL_LONGVARBINARY:
      c->kind = KIND_BINARY; c->gtype = G_TYPE_BYTES; break;
    case SQL_TYPE_TIMESTAMP:
    case SQL_TIMESTAMP:
      c->kind = KIND_TIMESTAMP; c->gtype = G_TYPE_DATE_TIME; break;
    case SQL_TYPE_DATE:
    case SQL_DATE:
      c->kind = KIND_DATE; c->gtype = G_TYPE_DATE; break;
    case SQL_TYPE_TIME:
    case SQL_TIME:
      c->kind = KIND_TIME; c->gtype = GSQL_TYPE_TIME; break;
    default:
      c->kind = KIND_TEXT; c->gtype = G_TYPE_STRING; break;
    }

  switch (c->kind)
    {
    case KIND_INT:
      c->c_type = SQL_C_SBIGINT; c->elem = 8; c->bound = TRUE; break;
    case KIND_BOOL:
      c->c_type = SQL_C_BIT; c->elem = 1; c->bound = TRUE; break;
    case KIND_DOUBLE:
      c->c_type = SQL_C_DOUBLE; c->elem = 8; c->bound = TRUE; break;
    case KIND_BINARY:
      c->c_type = SQL_C_BINARY;
      c->bound = backend != GSQL_BACKEND_SQLITE && c->size > 0 && c->size <= 1024;
      c->elem = c->size;
      break;
    case KIND_TIMESTAMP:
    case KIND_DATE:
    case KIND_TIME:
      c->c_type = SQL_C_CHAR; c->elem = 64; c->bound = backend != GSQL_BACKEND_SQLITE; break;
    case KIND_NUMERIC:
      c->c_type = SQL_C_CHAR;
      c->bound = backend != GSQL_BACKEND_SQLITE && c->size > 0 && c->size <= 100;
      c->elem = c->size + 4;
      break;
    case KIND_TEXT:
    default:
      /* Declared sizes are in characters; UTF-8 takes up to 4 bytes each.
       * SQLite does not enforce them, so its text is always read whole. */
      c->c_type = SQL_C_CHAR;
      c->bound = backend != GSQL_BACKEND_SQLITE && c->size > 0 && c->size <= 256;
      c->elem = c->size * 4 + 1;
      break;
    }
  if (!c->bound)
    c->buf = g_byte_array_new ();
}

#define FIRST_BLOCK 16

GsqlResult *
_gsql_result_new (GsqlConnection *connection,
                  GsqlStmt       *stmt,
                  GsqlBackend     backend,
                  SQLSMALLINT     n_columns,
                  gint64          rowcount,
                  GError        **error)
{
  GsqlResult *self = g_object_new (GSQL_TYPE_RESULT, NULL);
  gboolean all_bound = TRUE;
  gboolean taken;
  gsize row_bytes = 0;
  guint i;

  self->connection = g_object_ref (connection);
  self->backend = backend;
  self->rowcount = rowcount;

  if (stmt == NULL || n_columns <= 0)
    {
      self->done = TRUE;
      return self;
    }

  self->stmt = stmt;
  _gsql_connection_add_result (connection, self);
  self->n_columns = (guint) n_columns;
  self->columns = g_new0 (Column, self->n_columns);
  self->names = g_atomic_rc_box_alloc0 ((self->n_columns + 1) * sizeof (char *));

  for (i = 0; i < self->n_columns; i++)
    {
      Column *c = &self->columns[i];
      SQLCHAR name[512] = "";
      SQLSMALLINT name_len = 0, nullable = 0;

      if (!SQL_SUCCEEDED (SQLDescribeCol (stmt->hstmt, i + 1, name, sizeof name, &name_len,
                                          &c->sql_type, &c->size, &c->digits, &nullable)))
        {
          _gsql_odbc_set_error (error, SQL_HANDLE_STMT, stmt->hstmt, backend, -1, NULL);
          g_object_unref (self);
          return NULL;
        }
      c->name = g_strdup ((char *) name);
      self->names[i] = c->name;
      classify (c, backend);
      if (!c->bound)
        all_bound = FALSE;
      else
        row_bytes += c->elem + sizeof (SQLLEN);
    }

  /* Blocks of up to 1000 rows (about 1 MB) when every column has a known
   * size; row by row when a column must be read whole with SQLGetData,
   * which drivers only allow on single-row fetches. */
  self->max_block = all_bound ? MIN (1000, MAX (1, (1u << 20) / MAX (row_bytes, 1))) : 1;
  /* Most results are short (a get by key is one row): the first block is
   * small, and blocks grow while they come full, so one row does not
   * allocate (and map, and unmap) a megabyte. */
  self->block_size = MIN (self->max_block, FIRST_BLOCK);
  taken = take_bindings (self);
  if (!taken)
    SQLSetStmtAttr (stmt->hstmt, SQL_ATTR_ROW_BIND_TYPE, SQL_BIND_BY_COLUMN, 0);
  SQLSetStmtAttr (stmt->hstmt, SQL_ATTR_ROW_ARRAY_SIZE, (SQLPOINTER) self->block_size, 0);
  SQLSetStmtAttr (stmt->hstmt, SQL_ATTR_ROWS_FETCHED_PTR, &self->rows_fetched, 0);

  for (i = 0; i < self->n_columns && !taken; i++)
    {
      Column *c = &self->columns[i];

      if (!c->bound)
        continue;
      c->data = g_malloc0 (c->elem * self->block_size);
      c->ind = g_new0 (SQLLEN, self->block_size);
      if (!SQL_SUCCEEDED (SQLBindCol (stmt->hstmt, i + 1, c->c_type, c->data,
                                      (SQLLEN) c->elem, c->ind)))
        {
          _gsql_odbc_set_error (error, SQL_HANDLE_STMT, stmt->hstmt, backend, -1, NULL);
          g_object_unref (self);
          return NULL;
        }
    }
  self->bindings_ready = TRUE;
  return self;
}

static gboolean
fail (GsqlResult *self, GError **error)
{
  GError *local = NULL;

  _gsql_odbc_set_error (&local, SQL_HANDLE_STMT, self->stmt->hstmt, self->backend, -1, NULL);
  _gsql_stmt_uncache (self->stmt);
  _gsql_connection_handle_error (self->connection, local);
  g_propagate_error (error, local);
  self->done = TRUE;
  release_stmt (self);
  return FALSE;
}

/* Reads a whole long value of the current row with SQLGetData. */
static gboolean
get_long_value (GsqlResult *self, guint col, GError **error)
{
  Column *c = &self->columns[col];
  SQLLEN ind = 0;
  SQLRETURN rc;
  gsize have = 0;
  gsize chunk = 8192;
  gboolean text = c->c_type == SQL_C_CHAR;

  if (c->buf->len < chunk)
    g_byte_array_set_size (c->buf, chunk);
  for (;;)
    {
      gsize room = c->buf->len - have;

      rc = SQLGetData (self->stmt->hstmt, col + 1, c->c_type, c->buf->data + have,
                       (SQLLEN) room, &ind);
      if (rc == SQL_NO_DATA)
        break;
      if (!SQL_SUCCEEDED (rc))
        return fail (self, error);
      if (ind == SQL_NULL_DATA)
        {
          c->buf_ind = SQL_NULL_DATA;
          return TRUE;
        }
      if (rc == SQL_SUCCESS)
        {
          have += (gsize) ind;
          break;
        }
      /* Truncated: the buffer is full (less the NUL for text); grow it to
       * the total when the driver knows it, else double it. */
      have += room - (text ? 1 : 0);
      {
        gsize want = (ind != SQL_NO_TOTAL && (gsize) ind > room - (text ? 1 : 0))
                     ? have + ((gsize) ind - (room - (text ? 1 : 0))) + 1
                     : c->buf->len * 2;
        g_byte_array_set_size (c->buf, MAX (want, have + 1024));
      }
    }
  if (c->buf->len < have + 1)
    g_byte_array_set_size (c->buf, have + 1);
  c->buf->data[have] = '\0';
  c->buf_ind = (SQLLEN) have;
  return TRUE;
}

/* Where the current row's value of a column lives, or NULL for NULL. */
static const guint8 *
cell (GsqlResult *self, guint col, gsize *len)
{
  Column *c = &self->columns[col];

  if (c->bound)
    {
      SQLLEN ind = c->ind[self->cur];
      if (ind == SQL_NULL_DATA)
        return NULL;
      *len = ind == SQL_NO_TOTAL ? strlen ((char *) c->data + c->elem * self->cur)
                                 : MIN ((gsize) ind, c->elem - (c->c_type == SQL_C_CHAR));
      return c->data + c->elem * self->cur;
    }
  if (c->buf_ind == SQL_NULL_DATA)
    return NULL;
  *len = (gsize) c->buf_ind;
  return c->buf->data;
}

static gboolean
check_text (GsqlResult *self, GError **error)
{
  guint i;

  for (i = 0; i < self->n_columns; i++)
    {
      Column *c = &self->columns[i];
      const guint8 *p;
      gsize len = 0;

      if (c->kind != KIND_TEXT)
        continue;
      p = cell (self, i, &len);
      if (p == NULL)
        continue;
      if (c->bound && c->ind[self->cur] != SQL_NO_TOTAL &&
          (gsize) c->ind[self->cur] > c->elem - 1)
        {
          g_set_error (error, GSQL_ERROR, GSQL_ERROR_DATA,
                       _("The value of column “%s” is longer than the %lu characters the driver declared"),
                       c->name, (unsigned long) c->size);
          return FALSE;
        }
      if (memchr (p, '\0', len) != NULL)
        {
          g_set_error (error, GSQL_ERROR, GSQL_ERROR_DATA,
                       _("The text in column “%s” contains a NUL byte; read it as binary"),
                       c->name);
          return FALSE;
        }
      if (!g_utf8_validate_len ((const char *) p, len, NULL))
        {
          g_set_error (error, GSQL_ERROR, GSQL_ERROR_DATA,
                       _("The text in column “%s” is not valid UTF-8"), c->name);
          return FALSE;
        }
    }
  return TRUE;
}

/* The last block came full: the next ones are bigger (×8, up to
 * max_block).  Bound buffers and the row array size may change between
 * fetches. */
static gboolean
grow_block (GsqlResult *self, GError **error)
{
  SQLULEN size = MIN (self->max_block, self->block_size * 8);
  guint i;

  for (i = 0; i < self->n_columns; i++)
    {
      Column *c = &self->columns[i];

      if (!c->bound)
        continue;
      g_free (c->data);
      g_free (c->ind);
      c->data = g_malloc0 (c->elem * size);
      c->ind = g_new0 (SQLLEN, size);
      if (!SQL_SUCCEEDED (SQLBindCol (self->stmt->hstmt, i + 1, c->c_type, c->data,
                                      (SQLLEN) c->elem, c->ind)))
        return fail (self, error);
    }
  if (!SQL_SUCCEEDED (SQLSetStmtAttr (self->stmt->hstmt, SQL_ATTR_ROW_ARRAY_SIZE, (SQLPOINTER) size, 0)))
    return fail (self, error);
  self->block_size = size;
  return TRUE;
}

static gboolean
fetch_live (GsqlResult *self, GError **error)
{
  SQLRETURN rc;
  guint i;

  if (self->done || self->stmt == NULL)
    {
      self->on_row = FALSE;
      return FALSE;
    }

  if (self->on_row && self->cur + 1 < self->rows_fetched)
    self->cur++;
  else
    {
      if (self->on_row && self->rows_fetched == self->block_size && self->block_size < self->max_block &&
          !grow_block (self, error))
        {
          self->on_row = FALSE;
          return FALSE;
        }
      self->rows_fetched = 0;
      rc = SQLFetch (self->stmt->hstmt);
      if (rc == SQL_NO_DATA || (SQL_SUCCEEDED (rc) && self->rows_fetched == 0))
        {
          self->on_row = FALSE;
          self->done = TRUE;
          release_stmt (self);
          return FALSE;
        }
      if (!SQL_SUCCEEDED (rc))
        {
          self->on_row = FALSE;
          return fail (self, error);
        }
      self->cur = 0;
    }
  self->on_row = TRUE;

  for (i = 0; i < self->n_columns; i++)
    if (!self->columns[i].bound && !get_long_value (self, i, error))
      {
        self->on_row = FALSE;
        return FALSE;
      }
  if (!check_text (self, error))
    {
      self->on_row = FALSE;
      self->done = TRUE;
      release_stmt (self);
      return FALSE;
    }
  return TRUE;
}

/* Converting the current live row's cells. */

static gboolean
live_value (GsqlResult *self, guint col, GValue *value, GError **error)
{
  Column *c = &self->columns[col];
  const guint8 *p;
  gsize len = 0;

  p = cell (self, col, &len);
  if (p == NULL)
    return TRUE;   /* NULL: left unset */

  switch (c->kind)
    {
    case KIND_INT:
      {
        gint64 v;
        memcpy (&v, p, sizeof v);
        g_value_init (value, c->gtype);
        if (c->gtype == G_TYPE_INT)
          g_value_set_int (value, (int) v);
        else
          g_value_set_int64 (value, v);
        return TRUE;
      }
    case KIND_BOOL:
      g_value_init (value, G_TYPE_BOOLEAN);
      g_value_set_boolean (value, p[0] != 0);
      return TRUE;
    case KIND_DOUBLE:
      {
        double d;
        memcpy (&d, p, sizeof d);
        g_value_init (value, G_TYPE_DOUBLE);
        g_value_set_double (value, d);
        return TRUE;
      }
    case KIND_NUMERIC:
      {
        g_autofree char *text = g_strndup ((const char *) p, len);
        GsqlNumeric *n = gsql_numeric_new_from_string (text, NULL);
        if (n == NULL)
          {
            /* SQLite may hand back a number in exponent form. */
            char buf[64];
            g_ascii_formatd (buf, sizeof buf, "%.17g", g_ascii_strtod (text, NULL));
            n = gsql_numeric_new_from_string (buf, NULL);
          }
        if (n == NULL)
          {
            g_set_error (error, GSQL_ERROR, GSQL_ERROR_DATA,
                         _("Column “%s” holds “%s”, which is not a decimal number"), c->name, text);
            return FALSE;
          }
        g_value_init (value, GSQL_TYPE_NUMERIC);
        g_value_take_boxed (value, n);
        return TRUE;
      }
    case KIND_BINARY:
      g_value_init (value, G_TYPE_BYTES);
      g_value_take_boxed (value, g_bytes_new (p, len));
      return TRUE;
    case KIND_TIMESTAMP:
      {
        GDateTime *dt = NULL;
        if (!_gsql_parse_datetime ((const char *) p, len, &dt, error))
          return FALSE;
        g_value_init (value, G_TYPE_DATE_TIME);
        g_value_take_boxed (value, dt);
        return TRUE;
      }
    case KIND_DATE:
      {
        GDate *d = NULL;
        if (!_gsql_parse_date ((const char *) p, len, &d, error))
          return FALSE;
        g_value_init (value, G_TYPE_DATE);
        g_value_take_boxed (value, d);
        return TRUE;
      }
    case KIND_TIME:
      {
        GsqlTime *t = NULL;
        if (!_gsql_parse_time ((const char *) p, len, &t, error))
          return FALSE;
        g_value_init (value, GSQL_TYPE_TIME);
        g_value_take_boxed (value, t);
        return TRUE;
      }
    case KIND_TEXT:
    default:
      g_value_init (value, G_TYPE_STRING);
      g_value_take_string (value, g_strndup ((const char *) p, len));
      return TRUE;
    }
}

void
_gsql_result_set_types (GsqlResult   *self,
                        GsqlCompiled *compiled,
                        const char   *dialect)
{
  g_clear_object (&self->compiled);
  self->compiled = g_object_ref (compiled);
  g_free (self->dialect);
  self->dialect = g_strdup (dialect);
}

/* A raw value converted through the column's SQL type, when the statement
 * was built with the expression language. */
static gboolean
typed (GsqlResult *self, guint col, GValue *value, GError **error)
{
  GsqlSqlType *type;
  GValue out = G_VALUE_INIT;

  if (self->compiled == NULL || !G_IS_VALUE (value))
    return TRUE;
  type = gsql_compiled_get_column_type (self->compiled, col);
  if (type == NULL || _gsql_sql_type_results_as_is (type, value))
    return TRUE;
  if (!gsql_sql_type_result (type, self->dialect, value, &out, error))
    {
      g_value_unset (value);
      return FALSE;
    }
  g_value_unset (value);
  *value = out;   /* moved: @out is not unset */
  return TRUE;
}

static GsqlRow *
snapshot (GsqlResult *self, GError **error)
{
  GsqlRow *row = _gsql_row_new (self->names, self->n_columns);
  GValue *values = _gsql_row_get_values (row);
  guint i;

  for (i = 0; i < self->n_columns; i++)
    if (!live_value (self, i, &values[i], error) || !typed (self, i, &values[i], error))
      {
        gsql_row_unref (row);
        return NULL;
      }
  return row;
}

/**
 * gsql_result_get_n_columns:
 * @self: a #GsqlResult
 *
 * Returns: the number of columns; 0 for a statement that returns no rows
 *
 * Since: 1.0
 */
guint
gsql_result_get_n_columns (GsqlResult *self)
{
  g_return_val_if_fail (GSQL_IS_RESULT (self), 0);
  return self->n_columns;
}

/**
 * gsql_result_get_column_name:
 * @self: a #GsqlResult
 * @column: a column index
 *
 * Returns: (nullable): the name of the column, or %NULL when out of range
 *
 * Since: 1.0
 */
const char *
gsql_result_get_column_name (GsqlResult *self,
                             guint       column)
{
  g_return_val_if_fail (GSQL_IS_RESULT (self), NULL);
  return column < self->n_columns ? self->columns[column].name : NULL;
}

/**
 * gsql_result_get_column_index:
 * @self: a #GsqlResult
 * @name: a column name
 *
 * Finds a column by name: exactly first, then ignoring ASCII case.
 *
 * Returns: the index, or -1 when no column has that name
 *
 * Since: 1.0
 */
int
gsql_result_get_column_index (GsqlResult *self,
                              const char *name)
{
  guint i;

  g_return_val_if_fail (GSQL_IS_RESULT (self), -1);
  g_return_val_if_fail (name != NULL, -1);

  for (i = 0; i < self->n_columns; i++)
    if (g_str_equal (self->columns[i].name, name))
      return (int) i;
  for (i = 0; i < self->n_columns; i++)
    if (g_ascii_strcasecmp (self->columns[i].name, name) == 0)
      return (int) i;
  return -1;
}

/**
 * gsql_result_get_column_gtype:
 * @self: a #GsqlResult
 * @column: a column index
 *
 * The #GType of the column's values: %G_TYPE_INT64 or %G_TYPE_INT for
 * integers, %G_TYPE_DOUBLE, %G_TYPE_BOOLEAN, %G_TYPE_STRING,
 * %G_TYPE_BYTES, %G_TYPE_DATE_TIME, %G_TYPE_DATE, %GSQL_TYPE_TIME or
 * %GSQL_TYPE_NUMERIC.
 *
 * Returns: the type, or %G_TYPE_INVALID when out of range
 *
 * Since: 1.0
 */
GType
gsql_result_get_column_gtype (GsqlResult *self,
                              guint       column)
{
  g_return_val_if_fail (GSQL_IS_RESULT (self), G_TYPE_INVALID);
  return column < self->n_columns ? self->columns[column].gtype : G_TYPE_INVALID;
}

/**
 * gsql_result_get_column_sql_type:
 * @self: a #GsqlResult
 * @column: a column index
 *
 * Returns: the ODBC SQL type code the driver reported (`SQL_VARCHAR`…),
 *   or 0 when out of range
 *
 * Since: 1.0
 */
int
gsql_result_get_column_sql_type (GsqlResult *self,
                                 guint       column)
{
  g_return_val_if_fail (GSQL_IS_RESULT (self), 0);
  return column < self->n_columns ? self->columns[column].sql_type : 0;
}

/**
 * gsql_result_returns_rows:
 * @self: a #GsqlResult
 *
 * Returns: whether the statement returned rows (a SELECT, or RETURNING)
 *
 * Since: 1.0
 */
gboolean
gsql_result_returns_rows (GsqlResult *self)
{
  g_return_val_if_fail (GSQL_IS_RESULT (self), FALSE);
  return self->n_columns > 0;
}

/**
 * gsql_result_get_rowcount:
 * @self: a #GsqlResult
 *
 * The number of rows an INSERT, UPDATE or DELETE matched (on MariaDB too:
 * gsql asks its driver for matched, not changed, rows).
 *
 * Returns: the count, or -1 when unknown (as for a SELECT)
 *
 * Since: 1.0
 */
gint64
gsql_result_get_rowcount (GsqlResult *self)
{
  g_return_val_if_fail (GSQL_IS_RESULT (self), -1);
  return self->rowcount;
}

/**
 * gsql_result_next:
 * @self: a #GsqlResult
 * @error: return location for a #GError
 *
 * Moves to the next row.
 *
 * Returns: %TRUE when there is a row; %FALSE at the end (with @error
 *   unset) or on failure (with @error set)
 *
 * Since: 1.0
 */
gboolean
gsql_result_next (GsqlResult  *self,
                  GError     **error)
{
  g_return_val_if_fail (GSQL_IS_RESULT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->closed)
    {
      _gsql_core_init ();
      g_clear_pointer (&self->held, gsql_row_unref);
      g_set_error_literal (error, GSQL_ERROR, GSQL_ERROR_CLOSED,
                           _("The result is closed"));
      return FALSE;
    }
  g_clear_pointer (&self->held, gsql_row_unref);
  if (self->is_buffered)
    {
      if (self->buffered_pos >= self->buffered->len)
        return FALSE;
      self->held = gsql_row_ref (g_ptr_array_index (self->buffered, self->buffered_pos++));
      return TRUE;
    }
  return fetch_live (self, error);
}

/**
 * gsql_result_buffer:
 * @self: a #GsqlResult
 * @error: return location for a #GError
 *
 * Reads every remaining row into memory now and releases the statement,
 * so the connection is free for other work while the rows are read with
 * gsql_result_next() as before.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
gsql_result_buffer (GsqlResult  *self,
                    GError     **error)
{
  GPtrArray *rows;

  g_return_val_if_fail (GSQL_IS_RESULT (self), FALSE);

  if (self->is_buffered)
    return TRUE;
  if (self->closed)
    {
      _gsql_core_init ();
      g_set_error_literal (error, GSQL_ERROR, GSQL_ERROR_CLOSED, _("The result is closed"));
      return FALSE;
    }
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) gsql_row_unref);
  /* The current row stays current. */
  if (self->held == NULL && self->on_row)
    self->held = snapshot (self, NULL);
  while (fetch_live (self, error))
    {
      GsqlRow *row = snapshot (self, error);
      if (row == NULL)
        {
          g_ptr_array_unref (rows);
          self->done = TRUE;
          release_stmt (self);
          return FALSE;
        }
      g_ptr_array_add (rows, row);
    }
  if (error != NULL && *error != NULL)
    {
      g_ptr_array_unref (rows);
      return FALSE;
    }
  self->buffered = rows;
  self->buffered_pos = 0;
  self->is_buffered = TRUE;
  self->on_row = FALSE;
  return TRUE;
}

/**
 * gsql_result_is_buffered:
 * @self: a #GsqlResult
 *
 * Returns: whether gsql_result_buffer() has read the rows into memory
 *
 * Since: 1.0
 */
gboolean
gsql_result_is_buffered (GsqlResult *self)
{
  g_return_val_if_fail (GSQL_IS_RESULT (self), FALSE);
  return self->is_buffered;
}

/**
 * gsql_result_close:
 * @self: a #GsqlResult
 *
 * Stops reading: discards unread rows and frees the statement for reuse.
 * The current row stays readable.  Safe to call more than once.
 *
 * Since: 1.0
 */
void
gsql_result_close (GsqlResult *self)
{
  g_return_if_fail (GSQL_IS_RESULT (self));

  if (self->on_row && self->stmt != NULL && self->held == NULL)
    {
      /* Keep the current row readable once the statement is gone. */
      self->held = snapshot (self, NULL);
    }
  self->on_row = FALSE;
  self->done = TRUE;
  self->closed = TRUE;
  release_stmt (self);
}

/* The current row as a GValue, from the copy or the live block. */
static gboolean
current_value (GsqlResult *self, guint column, GValue *value)
{
  if (column >= self->n_columns)
    return FALSE;
  if (self->held != NULL)
    {
      const GValue *v = gsql_row_get_value (self->held, column);
      if (G_IS_VALUE (v))
        {
          g_value_init (value, G_VALUE_TYPE (v));
          g_value_copy (v, value);
        }
      return TRUE;
    }
  if (!self->on_row)
    return FALSE;
  return live_value (self, column, value, NULL) && typed (self, column, value, NULL);
}

/**
 * gsql_result_is_null:
 * @self: a #GsqlResult
 * @column: a column index
 *
 * Returns: whether the current row's column is NULL (also %TRUE when there
 *   is no current row or @column is out of range)
 *
 * Since: 1.0
 */
gboolean
gsql_result_is_null (GsqlResult *self,
                     guint       column)
{
  gsize len;

  g_return_val_if_fail (GSQL_IS_RESULT (self), TRUE);
  if (column >= self->n_columns)
    return TRUE;
  if (self->held != NULL)
    return gsql_row_is_null (self->held, column);
  if (!self->on_row)
    return TRUE;
  return cell (self, column, &len) == NULL;
}

/**
 * gsql_result_get_int64:
 * @self: a #GsqlResult
 * @column: a column index
 *
 * The current row's value as a 64-bit integer: integers as they are,
 * booleans as 0 or 1, doubles truncated, text and decimals parsed.
 *
 * Returns: the value, or 0 for NULL
 *
 * Since: 1.0
 */
gint64
gsql_result_get_int64 (GsqlResult *self,
                       guint       column)
{
  g_return_val_if_fail (GSQL_IS_RESULT (self), 0);

  if (self->held == NULL && self->on_row && column < self->n_columns)
    {
      Column *c = &self->columns[column];
      gsize len;
      const guint8 *p = cell (self, column, &len);

      if (p == NULL)
        return 0;
      if (c->kind == KIND_INT)
        {
          gint64 v;
          memcpy (&v, p, sizeof v);
          return v;
        }
      if (c->kind == KIND_BOOL)
        return p[0] != 0;
    }
  {
    GValue v = G_VALUE_INIT;
    gint64 r = 0;

    if (!current_value (self, column, &v) || !G_IS_VALUE (&v))
      return 0;
    if (G_VALUE_HOLDS_INT64 (&v)) r = g_value_get_int64 (&v);
    else if (G_VALUE_HOLDS_INT (&v)) r = g_value_get_int (&v);
    else if (G_VALUE_HOLDS_BOOLEAN (&v)) r = g_value_get_boolean (&v);
    else if (G_VALUE_HOLDS_DOUBLE (&v)) r = (gint64) g_value_get_double (&v);
    else if (G_VALUE_HOLDS_STRING (&v)) r = g_ascii_strtoll (g_value_get_string (&v), NULL, 10);
    else if (G_VALUE_HOLDS (&v, GSQL_TYPE_NUMERIC))
      r = g_ascii_strtoll (gsql_numeric_to_string (g_value_get_boxed (&v)), NULL, 10);
    g_value_unset (&v);
    return r;
  }
}

/**
 * gsql_result_get_int:
 * @self: a #GsqlResult
 * @column: a column index
 *
 * The current row's value as an int, converted as gsql_result_get_int64()
 * does and clamped to the range of int.
 *
 * Returns: the value, or 0 for NULL
 *
 * Since: 1.0
 */
int
gsql_result_get_int (GsqlResult *self,
                     guint       column)
{
  gint64 v = gsql_result_get_int64 (self, column);
  return (int) CLAMP (v, G_MININT, G_MAXINT);
}

/**
 * gsql_result_get_double:
 * @self: a #GsqlResult
 * @column: a column index
 *
 * The current row's value as a double.
 *
 * Returns: the value, or 0.0 for NULL
 *
 * Since: 1.0
 */
double
gsql_result_get_double (GsqlResult *self,
                        guint       column)
{
  GValue v = G_VALUE_INIT;
  double r = 0.0;

  g_return_val_if_fail (GSQL_IS_RESULT (self), 0.0);

  if (self->held == NULL && self->on_row && column < self->n_columns &&
      self->columns[column].kind == KIND_DOUBLE)
    {
      gsize len;
      const guint8 *p = cell (self, column, &len);
      if (p == NULL)
        return 0.0;
      memcpy (&r, p, sizeof r);
      return r;
    }
  if (!current_value (self, column, &v) || !G_IS_VALUE (&v))
    return 0.0;
  if (G_VALUE_HOLDS_DOUBLE (&v)) r = g_value_get_double (&v);
  else if (G_VALUE_HOLDS_INT64 (&v)) r = (double) g_value_get_int64 (&v);
  else if (G_VALUE_HOLDS_INT (&v)) r = g_value_get_int (&v);
  else if (G_VALUE_HOLDS_BOOLEAN (&v)) r = g_value_get_boolean (&v);
  else if (G_VALUE_HOLDS_STRING (&v)) r = g_ascii_strtod (g_value_get_string (&v), NULL);
  else if (G_VALUE_HOLDS (&v, GSQL_TYPE_NUMERIC)) r = gsql_numeric_to_double (g_value_get_boxed (&v));
  g_value_unset (&v);
  return r;
}

/**
 * gsql_result_get_boolean:
 * @self: a #GsqlResult
 * @column: a column index
 *
 * The current row's value as a boolean: booleans as they are, numbers
 * %TRUE when non-zero, text %TRUE for "1", "t", "true", "y", "yes".
 *
 * Returns: the value, or %FALSE for NULL
 *
 * Since: 1.0
 */
gboolean
gsql_result_get_boolean (GsqlResult *self,
                         guint       column)
{
  GValue v = G_VALUE_INIT;
  gboolean r = FALSE;

  g_return_val_if_fail (GSQL_IS_RESULT (self), FALSE);

  if (!current_value (self, column, &v) || !G_IS_VALUE (&v))
    return FALSE;
  if (G_VALUE_HOLDS_BOOLEAN (&v)) r = g_value_get_boolean (&v);
  else if (G_VALUE_HOLDS_INT64 (&v)) r = g_value_get_int64 (&v) != 0;
  else if (G_VALUE_HOLDS_INT (&v)) r = g_value_get_int (&v) != 0;
  else if (G_VALUE_HOLDS_DOUBLE (&v)) r = g_value_get_double (&v) != 0.0;
  else if (G_VALUE_HOLDS_STRING (&v))
    {
      const char *s = g_value_get_string (&v);
      r = g_ascii_strcasecmp (s, "1") == 0 || g_ascii_strcasecmp (s, "t") == 0 ||
          g_ascii_strcasecmp (s, "true") == 0 || g_ascii_strcasecmp (s, "y") == 0 ||
          g_ascii_strcasecmp (s, "yes") == 0;
    }
  else if (G_VALUE_HOLDS (&v, GSQL_TYPE_NUMERIC))
    r = gsql_numeric_to_double (g_value_get_boxed (&v)) != 0.0;
  g_value_unset (&v);
  return r;
}

/**
 * gsql_result_get_string:
 * @self: a #GsqlResult
 * @column: a column index
 *
 * The current row's value as text.  Text columns give their text; other
 * types are not converted (use gsql_result_get_value()), except decimals,
 * which give their exact digits.
 *
 * Returns: (nullable): the text, valid until the next call to
 *   gsql_result_next(), or %NULL for NULL or a non-text column
 *
 * Since: 1.0
 */
const char *
gsql_result_get_string (GsqlResult *self,
                        guint       column)
{
  g_return_val_if_fail (GSQL_IS_RESULT (self), NULL);

  if (column >= self->n_columns)
    return NULL;
  if (self->held != NULL)
    {
      const GValue *v = gsql_row_get_value (self->held, column);
      if (G_VALUE_HOLDS_STRING (v))
        return g_value_get_string (v);
      if (G_VALUE_HOLDS (v, GSQL_TYPE_NUMERIC))
        return gsql_numeric_to_string (g_value_get_boxed (v));
      return NULL;
    }
  if (!self->on_row)
    return NULL;
  if (self->columns[column].kind == KIND_TEXT || self->columns[column].kind == KIND_NUMERIC)
    {
      gsize len;
      const guint8 *p = cell (self, column, &len);
      Column *c = &self->columns[column];

      if (p == NULL)
        return NULL;
      if (c->bound)
        {
          /* Bound buffers are NUL-terminated by the driver. */
          return (const char *) p;
        }
      return (const char *) c->buf->data;
    }
  return NULL;
}

/**
 * gsql_result_dup_bytes:
 * @self: a #GsqlResult
 * @column: a column index
 *
 * The current row's value as bytes: binary columns as they are, text as
 * its UTF-8 bytes.
 *
 * Returns: (transfer full) (nullable): the bytes, or %NULL for NULL
 *
 * Since: 1.0
 */
GBytes *
gsql_result_dup_bytes (GsqlResult *self,
                       guint       column)
{
  GValue v = G_VALUE_INIT;
  GBytes *r = NULL;

  g_return_val_if_fail (GSQL_IS_RESULT (self), NULL);

  if (!current_value (self, column, &v) || !G_IS_VALUE (&v))
    return NULL;
  if (G_VALUE_HOLDS (&v, G_TYPE_BYTES))
    r = g_value_dup_boxed (&v);
  else if (G_VALUE_HOLDS_STRING (&v))
    r = g_bytes_new (g_value_get_string (&v), strlen (g_value_get_string (&v)));
  g_value_unset (&v);
  return r;
}

static gpointer
dup_boxed_of (GsqlResult *self, guint column, GType type)
{
  GValue v = G_VALUE_INIT;
  gpointer r = NULL;

  if (!current_value (self, column, &v) || !G_IS_VALUE (&v))
    return NULL;
  if (G_VALUE_HOLDS (&v, type))
    r = g_value_dup_boxed (&v);
  else if (G_VALUE_HOLDS_STRING (&v))
    {
      /* SQLite keeps dates and times as text in columns of any type. */
      const char *s = g_value_get_string (&v);
      if (type == G_TYPE_DATE_TIME)
        _gsql_parse_datetime (s, strlen (s), (GDateTime **) &r, NULL);
      else if (type == G_TYPE_DATE)
        _gsql_parse_date (s, strlen (s), (GDate **) &r, NULL);
      else if (type == GSQL_TYPE_TIME)
        _gsql_parse_time (s, strlen (s), (GsqlTime **) &r, NULL);
      else if (type == GSQL_TYPE_NUMERIC)
        r = gsql_numeric_new_from_string (s, NULL);
    }
  else if (type == GSQL_TYPE_NUMERIC && G_VALUE_HOLDS_INT64 (&v))
    r = gsql_numeric_new_from_int64 (g_value_get_int64 (&v));
  else if (type == GSQL_TYPE_NUMERIC && G_VALUE_HOLDS_INT (&v))
    r = gsql_numeric_new_from_int64 (g_value_get_int (&v));
  else if (type == G_TYPE_DATE && G_VALUE_HOLDS (&v, G_TYPE_DATE_TIME))
    {
      GDateTime *dt = g_value_get_boxed (&v);
      r = g_date_new_dmy (g_date_time_get_day_of_month (dt), g_date_time_get_month (dt),
                          g_date_time_get_year (dt));
    }
  g_value_unset (&v);
  return r;
}

/**
 * gsql_result_dup_datetime:
 * @self: a #GsqlResult
 * @column: a column index
 *
 * The current row's value as a #GDateTime.  A timestamp without time zone
 * comes back in UTC with the stored wall-clock fields; one with a time
 * zone keeps its instant.
 *
 * Returns: (transfer full) (nullable): the timestamp, or %NULL for NULL
 *   or a value that is not a timestamp
 *
 * Since: 1.0
 */
GDateTime *
gsql_result_dup_datetime (GsqlResult *self,
                          guint       column)
{
  g_return_val_if_fail (GSQL_IS_RESULT (self), NULL);
  return dup_boxed_of (self, column, G_TYPE_DATE_TIME);
}

/**
 * gsql_result_dup_date:
 * @self: a #GsqlResult
 * @column: a column index
 *
 * Returns: (transfer full) (nullable): the current row's value as a
 *   #GDate, or %NULL for NULL or a value that is not a date
 *
 * Since: 1.0
 */
GDate *
gsql_result_dup_date (GsqlResult *self,
                      guint       column)
{
  g_return_val_if_fail (GSQL_IS_RESULT (self), NULL);
  return dup_boxed_of (self, column, G_TYPE_DATE);
}

/**
 * gsql_result_dup_time:
 * @self: a #GsqlResult
 * @column: a column index
 *
 * Returns: (transfer full) (nullable): the current row's value as a
 *   #GsqlTime, or %NULL for NULL or a value that is not a time
 *
 * Since: 1.0
 */
GsqlTime *
gsql_result_dup_time (GsqlResult *self,
                      guint       column)
{
  g_return_val_if_fail (GSQL_IS_RESULT (self), NULL);
  return dup_boxed_of (self, column, GSQL_TYPE_TIME);
}

/**
 * gsql_result_dup_numeric:
 * @self: a #GsqlResult
 * @column: a column index
 *
 * Returns: (transfer full) (nullable): the current row's value as an exact
 *   #GsqlNumeric, or %NULL for NULL or a value that is not a number
 *
 * Since: 1.0
 */
GsqlNumeric *
gsql_result_dup_numeric (GsqlResult *self,
                         guint       column)
{
  g_return_val_if_fail (GSQL_IS_RESULT (self), NULL);
  return dup_boxed_of (self, column, GSQL_TYPE_NUMERIC);
}

/**
 * gsql_result_get_value:
 * @self: a #GsqlResult
 * @column: a column index
 * @value: (out caller-allocates): an uninitialized #GValue
 *
 * Copies the current row's value of a column into @value, initialized to
 * the column's #GType; a NULL leaves @value unset.
 *
 * Returns: %TRUE when @value was set; %FALSE for NULL, no current row, an
 *   out-of-range column or a value that cannot be converted
 *
 * Since: 1.0
 */
gboolean
gsql_result_get_value (GsqlResult *self,
                       guint       column,
                       GValue     *value)
{
  g_return_val_if_fail (GSQL_IS_RESULT (self), FALSE);
  g_return_val_if_fail (value != NULL && !G_IS_VALUE (value), FALSE);

  return current_value (self, column, value) && G_IS_VALUE (value);
}

/**
 * gsql_result_get_value_by_name:
 * @self: a #GsqlResult
 * @name: a column name
 * @value: (out caller-allocates): an uninitialized #GValue
 *
 * Like gsql_result_get_value() for the column called @name.
 *
 * Returns: %TRUE when @value was set
 *
 * Since: 1.0
 */
gboolean
gsql_result_get_value_by_name (GsqlResult *self,
                               const char *name,
                               GValue     *value)
{
  int i;

  g_return_val_if_fail (GSQL_IS_RESULT (self), FALSE);
  i = gsql_result_get_column_index (self, name);
  if (i < 0)
    return FALSE;
  return gsql_result_get_value (self, (guint) i, value);
}

/**
 * gsql_result_dup_row:
 * @self: a #GsqlResult
 *
 * Copies the current row, to keep it after the result moves on.
 *
 * Returns: (transfer full) (nullable): the row, or %NULL when there is no
 *   current row
 *
 * Since: 1.0
 */
GsqlRow *
gsql_result_dup_row (GsqlResult *self)
{
  g_return_val_if_fail (GSQL_IS_RESULT (self), NULL);

  if (self->held != NULL)
    return gsql_row_ref (self->held);
  if (!self->on_row)
    return NULL;
  return snapshot (self, NULL);
}

static gboolean
require_rows (GsqlResult *self, GError **error)
{
  _gsql_core_init ();
  if (self->n_columns == 0)
    {
      g_set_error_literal (error, GSQL_ERROR, GSQL_ERROR_PROGRAMMING,
                           _("The statement returned no rows to read"));
      return FALSE;
    }
  return TRUE;
}

/**
 * gsql_result_first:
 * @self: a #GsqlResult
 * @error: return location for a #GError
 *
 * Moves to the first (next) row and closes the result, discarding the
 * rest.  The row stays readable with the getters.
 *
 * Returns: %TRUE when there was a row; %FALSE with @error unset when there
 *   was none, or with @error set on failure
 *
 * Since: 1.0
 */
gboolean
gsql_result_first (GsqlResult  *self,
                   GError     **error)
{
  gboolean found;

  g_return_val_if_fail (GSQL_IS_RESULT (self), FALSE);

  if (!require_rows (self, error))
    return FALSE;
  found = gsql_result_next (self, error);
  if (found)
    gsql_result_close (self);
  else
    gsql_result_close (self);
  return found;
}

static gboolean
one_impl (GsqlResult *self, gboolean allow_none, GError **error)
{
  GError *local = NULL;
  g_autoptr(GsqlRow) row = NULL;

  if (!require_rows (self, error))
    return FALSE;
  if (!gsql_result_next (self, &local))
    {
      if (local != NULL)
        g_propagate_error (error, local);
      else if (!allow_none)
        g_set_error_literal (error, GSQL_ERROR, GSQL_ERROR_NO_RESULT,
                             _("Exactly one row was expected, but the statement returned none"));
      gsql_result_close (self);
      return FALSE;
    }
  row = gsql_result_dup_row (self);
  if (row == NULL)
    {
      g_set_error_literal (error, GSQL_ERROR, GSQL_ERROR_DATA,
                           _("The row could not be read"));
      gsql_result_close (self);
      return FALSE;
    }
  if (gsql_result_next (self, &local))
    {
      g_set_error_literal (error, GSQL_ERROR, GSQL_ERROR_MULTIPLE_RESULTS,
                           _("Exactly one row was expected, but the statement returned several"));
      gsql_result_close (self);
      return FALSE;
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      gsql_result_close (self);
      return FALSE;
    }
  gsql_result_close (self);
  g_clear_pointer (&self->held, gsql_row_unref);
  self->held = g_steal_pointer (&row);
  return TRUE;
}

/**
 * gsql_result_one:
 * @self: a #GsqlResult
 * @error: return location for a #GError
 *
 * Moves to the only row, failing with %GSQL_ERROR_NO_RESULT when there is
 * none and %GSQL_ERROR_MULTIPLE_RESULTS when there are several.  The
 * result is closed afterwards; the row stays readable.
 *
 * Returns: %TRUE when there was exactly one row
 *
 * Since: 1.0
 */
gboolean
gsql_result_one (GsqlResult  *self,
                 GError     **error)
{
  g_return_val_if_fail (GSQL_IS_RESULT (self), FALSE);
  return one_impl (self, FALSE, error);
}

/**
 * gsql_result_one_or_none:
 * @self: a #GsqlResult
 * @error: return location for a #GError
 *
 * Like gsql_result_one(), but no row at all is not an error.
 *
 * Returns: %TRUE when there was exactly one row; %FALSE with @error unset
 *   when there was none
 *
 * Since: 1.0
 */
gboolean
gsql_result_one_or_none (GsqlResult  *self,
                         GError     **error)
{
  g_return_val_if_fail (GSQL_IS_RESULT (self), FALSE);
  return one_impl (self, TRUE, error);
}

/**
 * gsql_result_scalar:
 * @self: a #GsqlResult
 * @value: (out caller-allocates): an uninitialized #GValue
 * @error: return location for a #GError
 *
 * Reads the first column of the first row into @value and closes the
 * result.  No row, or a NULL, leaves @value unset.
 *
 * Returns: %TRUE on success (also when there was no row); %FALSE on
 *   failure
 *
 * Since: 1.0
 */
gboolean
gsql_result_scalar (GsqlResult  *self,
                    GValue      *value,
                    GError     **error)
{
  GError *local = NULL;

  g_return_val_if_fail (GSQL_IS_RESULT (self), FALSE);
  g_return_val_if_fail (value != NULL && !G_IS_VALUE (value), FALSE);

  if (!gsql_result_first (self, &local))
    {
      if (local != NULL)
        {
          g_propagate_error (error, local);
          return FALSE;
        }
      return TRUE;
    }
  gsql_result_get_value (self, 0, value);
  return TRUE;
}

/**
 * gsql_result_scalar_one:
 * @self: a #GsqlResult
 * @value: (out caller-allocates): an uninitialized #GValue
 * @error: return location for a #GError
 *
 * Reads the first column of the only row, failing as gsql_result_one()
 * does when there is not exactly one row.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
gsql_result_scalar_one (GsqlResult  *self,
                        GValue      *value,
                        GError     **error)
{
  g_return_val_if_fail (GSQL_IS_RESULT (self), FALSE);
  g_return_val_if_fail (value != NULL && !G_IS_VALUE (value), FALSE);

  if (!one_impl (self, FALSE, error))
    return FALSE;
  gsql_result_get_value (self, 0, value);
  return TRUE;
}

/**
 * gsql_result_all:
 * @self: a #GsqlResult
 * @error: return location for a #GError
 *
 * Reads every remaining row.
 *
 * Returns: (transfer container) (element-type GsqlRow): the rows (the array owns them:
 *   g_ptr_array_unref() frees both), or %NULL
 *   with @error set
 *
 * Since: 1.0
 */
GPtrArray *
gsql_result_all (GsqlResult  *self,
                 GError     **error)
{
  GPtrArray *rows;

  g_return_val_if_fail (GSQL_IS_RESULT (self), NULL);

  if (!require_rows (self, error))
    return NULL;
  if (!gsql_result_buffer (self, error))
    return NULL;
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) gsql_row_unref);
  for (; self->buffered_pos < self->buffered->len; self->buffered_pos++)
    g_ptr_array_add (rows, gsql_row_ref (g_ptr_array_index (self->buffered, self->buffered_pos)));
  return rows;
}
