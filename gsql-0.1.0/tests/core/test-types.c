/* test-types.c: every parameter and column type, there and back
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * What each backend keeps, as asserted below:
 *  - integers, text (UTF-8, 100 kB), booleans, dates, binaries (every byte
 *    value, 1 MB): all three.
 *  - doubles: bit for bit on PostgreSQL and MariaDB.  SQLite stores them
 *    exactly, but its ODBC driver reads a REAL back through 15-significant-
 *    digit text, so what comes back is the value rounded to 15 digits:
 *    exact for 0.1, 1e300 and anything else that needs no more.
 *  - NUMERIC(38,9): PostgreSQL and MariaDB keep every digit.  SQLite has no
 *    exact decimals: a NUMERIC column stores a REAL, so 15 significant
 *    digits survive.
 *  - TIME: PostgreSQL (time) and MariaDB (TIME(6)) keep microseconds.  The
 *    SQLite driver reads and writes times through SQL_TIME_STRUCT, which has
 *    no fraction: hours, minutes and seconds survive, the fraction is either
 *    kept or dropped but never garbled.
 *  - TIMESTAMP: PostgreSQL (timestamp), MariaDB (DATETIME(6)) and SQLite
 *    keep microseconds.  (The SQLite driver cuts a bound SQL_TIMESTAMP_STRUCT
 *    to milliseconds; gsql sends timestamps as text, which SQLite stores as
 *    given.)  Naive timestamps come back as UTC GDateTimes with the same
 *    fields.
 *  - timestamptz (PostgreSQL only) keeps the instant whatever the session's
 *    time zone.
 */
#include "config.h"

#include <float.h>
#include <string.h>

#include "tests/gsql-test.h"

typedef enum {
  COL_SMALLINT,
  COL_INTEGER,
  COL_BIGINT,
  COL_DOUBLE,
  COL_NUMERIC,
  COL_TEXT,
  COL_BOOLEAN,
  COL_DATE,
  COL_TIME,
  COL_TIMESTAMP,
  COL_TIMESTAMPTZ,
  COL_BINARY,
  N_COLS
} ColType;

static const char *
col_ddl (GsqlTestBackend backend, ColType type)
{
  static const char *ddl[GSQL_TEST_N_BACKENDS][N_COLS] = {
    [GSQL_TEST_SQLITE] = {
      "SMALLINT", "INTEGER", "BIGINT", "DOUBLE", "NUMERIC(38,9)", "TEXT", "BOOLEAN",
      "DATE", "TIME", "TIMESTAMP", NULL, "BLOB" },
    [GSQL_TEST_POSTGRESQL] = {
      "SMALLINT", "INTEGER", "BIGINT", "DOUBLE PRECISION", "NUMERIC(38,9)", "TEXT", "BOOLEAN",
      "DATE", "TIME", "TIMESTAMP", "TIMESTAMPTZ", "BYTEA" },
    [GSQL_TEST_MARIADB] = {
      "SMALLINT", "INTEGER", "BIGINT", "DOUBLE", "DECIMAL(38,9)", "LONGTEXT", "BOOLEAN",
      "DATE", "TIME(6)", "DATETIME(6)", NULL, "LONGBLOB" },
  };

  return ddl[backend][type];
}

static const char *
table_name (ColType type)
{
  static const char *names[N_COLS] = {
    "t_types_smallint", "t_types_integer", "t_types_bigint", "t_types_double",
    "t_types_numeric", "t_types_text", "t_types_boolean", "t_types_date",
    "t_types_time", "t_types_timestamp", "t_types_timestamptz", "t_types_binary",
  };

  return names[type];
}

/* Makes a table (id, v) with v of @type, named after the type (each type
 * has its own table and statements: see test_statement_cache_after_ddl for
 * a table re-created with other types under the same name). */
static const char *
create_table (GsqlConnection *conn, GsqlTestBackend backend, ColType type)
{
  const char *table = table_name (type);
  g_autofree char *sql = g_strdup_printf ("CREATE TABLE %s (id INTEGER PRIMARY KEY, v %s)",
                                          table, col_ddl (backend, type));

  gsql_test_drop_tables (conn, table, NULL);
  gsql_test_exec (conn, sql);
  return table;
}

/* Inserts (i, values[i]) one statement each. */
static void
insert_values (GsqlConnection *conn, const char *table, const GValue *values, guint n)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO %s (id, v) VALUES (?, ?)", table);

  for (guint i = 0; i < n; i++)
    {
      GValue params[2] = { G_VALUE_INIT, G_VALUE_INIT };
      g_autoptr(GError) error = NULL;
      g_autoptr(GsqlResult) result = NULL;

      gsql_test_value_int (&params[0], (int) i);
      if (G_IS_VALUE (&values[i]))
        {
          g_value_init (&params[1], G_VALUE_TYPE (&values[i]));
          g_value_copy (&values[i], &params[1]);
        }
      result = gsql_connection_execute (conn, sql, params, 2, NULL, &error);
      ck_assert_msg (error == NULL, "inserting value %u (%s): %s", i,
                     G_IS_VALUE (&values[i]) ? G_VALUE_TYPE_NAME (&values[i]) : "NULL",
                     gsql_test_describe_error (error));
      ck_assert_ptr_nonnull (result);
      ck_assert_int_eq (gsql_result_get_rowcount (result), 1);
      gsql_test_values_unset (params, 2);
    }
}

static GsqlResult *
select_values (GsqlConnection *conn, const char *table)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT v FROM %s ORDER BY id", table);
  GsqlResult *result;

  result = gsql_connection_execute (conn, sql, NULL, 0, NULL, &error);
  gsql_test_assert_no_error (error);
  ck_assert_ptr_nonnull (result);
  ck_assert_uint_eq (gsql_result_get_n_columns (result), 1);
  return result;
}

static void
next_row (GsqlResult *result, guint i)
{
  g_autoptr(GError) error = NULL;

  ck_assert_msg (gsql_result_next (result, &error), "row %u missing: %s", i,
                 error ? error->message : "end of result");
}

static void
assert_end (GsqlResult *result)
{
  g_autoptr(GError) error = NULL;

  ck_assert_msg (!gsql_result_next (result, &error), "more rows than inserted");
  gsql_test_assert_no_error (error);
}

static GDateTime *
make_datetime (GTimeZone *tz, int y, int mo, int d, int h, int mi, int s, int us)
{
  g_autoptr(GDateTime) whole = g_date_time_new (tz, y, mo, d, h, mi, s);

  ck_assert_ptr_nonnull (whole);
  return g_date_time_add (whole, us);
}

/* A NULL in a row: is_null, get_value leaves the value unset. */
static void
assert_null (GsqlResult *result, guint column)
{
  GValue v = G_VALUE_INIT;

  ck_assert_msg (gsql_result_is_null (result, column), "column %u is not NULL", column);
  gsql_result_get_value (result, column, &v);
  ck_assert_msg (G_VALUE_TYPE (&v) == G_TYPE_INVALID, "NULL read as a set %s", G_VALUE_TYPE_NAME (&v));
}

/* ----------------------------------------------------------------- tests */

START_TEST (test_integers)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  const char *table;
  static const struct {
    ColType col;
    gint64 values[3];
  } cases[] = {
    { COL_SMALLINT, { G_MININT16, G_MAXINT16, 0 } },
    { COL_INTEGER,  { G_MININT32, G_MAXINT32, -1 } },
    { COL_BIGINT,   { G_MININT64, G_MAXINT64, 1 } },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      GValue values[4] = { G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT };
      g_autoptr(GsqlResult) result = NULL;

      printf ("#   %s\n", col_ddl (backend, cases[c].col));
      table = create_table (conn, backend, cases[c].col);
      for (guint i = 0; i < 3; i++)
        {
          if (cases[c].col == COL_BIGINT)
            gsql_test_value_int64 (&values[i], cases[c].values[i]);
          else
            gsql_test_value_int (&values[i], (int) cases[c].values[i]);
        }
      /* values[3] stays unset: NULL */
      insert_values (conn, table, values, 4);
      gsql_test_values_unset (values, 4);

      result = select_values (conn, table);
      for (guint i = 0; i < 3; i++)
        {
          GValue v = G_VALUE_INIT;

          next_row (result, i);
          ck_assert (!gsql_result_is_null (result, 0));
          ck_assert_int_eq (gsql_result_get_int64 (result, 0), cases[c].values[i]);
          if (cases[c].col != COL_BIGINT)
            ck_assert_int_eq (gsql_result_get_int (result, 0), (int) cases[c].values[i]);
          ck_assert (gsql_result_get_value (result, 0, &v));
          ck_assert_msg (G_VALUE_TYPE (&v) == G_TYPE_INT64 || G_VALUE_TYPE (&v) == G_TYPE_INT,
                         "integer column read as %s", G_VALUE_TYPE_NAME (&v));
          if (cases[c].col == COL_BIGINT)
            ck_assert_msg (G_VALUE_TYPE (&v) == G_TYPE_INT64, "BIGINT read as %s", G_VALUE_TYPE_NAME (&v));
          ck_assert_int_eq (gsql_test_value_to_int64 (&v), cases[c].values[i]);
          g_value_unset (&v);
        }
      next_row (result, 3);
      assert_null (result, 0);
      assert_end (result);
    }
}
END_TEST

/* Other integer-like parameter types: uint, long, uint64, int64 from
 * enums and flags, float. */
START_TEST (test_other_parameter_types)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  const char *table;
  GValue values[6] = { G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT };
  const gint64 expected[5] = { 4000000000, -2000000000, G_MAXINT64, G_IO_ERROR_NOT_FOUND,
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE };
  g_autoptr(GsqlResult) result = NULL;

  table = create_table (conn, backend, COL_BIGINT);
  g_value_init (&values[0], G_TYPE_UINT);
  g_value_set_uint (&values[0], 4000000000u);
  g_value_init (&values[1], G_TYPE_LONG);
  g_value_set_long (&values[1], -2000000000L);
  g_value_init (&values[2], G_TYPE_UINT64);
  g_value_set_uint64 (&values[2], G_MAXINT64);
  g_value_init (&values[3], G_TYPE_IO_ERROR_ENUM);
  g_value_set_enum (&values[3], G_IO_ERROR_NOT_FOUND);
  g_value_init (&values[4], G_TYPE_BINDING_FLAGS);
  g_value_set_flags (&values[4], G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  insert_values (conn, table, values, 5);
  gsql_test_values_unset (values, 6);

  result = select_values (conn, table);
  for (guint i = 0; i < 5; i++)
    {
      next_row (result, i);
      ck_assert_int_eq (gsql_result_get_int64 (result, 0), expected[i]);
    }
  assert_end (result);
  g_clear_object (&result);

  /* float into a double column */
  table = create_table (conn, backend, COL_DOUBLE);
  g_value_init (&values[0], G_TYPE_FLOAT);
  g_value_set_float (&values[0], 1.5f);
  insert_values (conn, table, values, 1);
  gsql_test_values_unset (values, 1);
  result = select_values (conn, table);
  next_row (result, 0);
  ck_assert_double_eq (gsql_result_get_double (result, 0), 1.5);
  assert_end (result);
}
END_TEST

START_TEST (test_doubles)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  const char *table;
  const double expected[] = { 0.1, 1e300, -2.5, 1.0 / 3.0, DBL_MAX, DBL_MIN, -1e-300, 0.0,
                              123456789.123456789 };
  GValue values[G_N_ELEMENTS (expected) + 1];
  g_autoptr(GsqlResult) result = NULL;

  memset (values, 0, sizeof values);
  table = create_table (conn, backend, COL_DOUBLE);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    gsql_test_value_double (&values[i], expected[i]);
  insert_values (conn, table, values, G_N_ELEMENTS (values));
  gsql_test_values_unset (values, G_N_ELEMENTS (values));

  result = select_values (conn, table);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GValue v = G_VALUE_INIT;
      double got;
      double want = expected[i];

      if (backend == GSQL_TEST_SQLITE)
        {
          /* Stored exactly, but the driver reads a REAL back through its
           * 15-significant-digit text (sqlite3_column_text), whatever C type
           * it is fetched as. */
          char text[G_ASCII_DTOSTR_BUF_SIZE];
          want = g_ascii_strtod (g_ascii_formatd (text, sizeof text, "%.15g", expected[i]), NULL);
        }

      next_row (result, i);
      got = gsql_result_get_double (result, 0);
      ck_assert_msg (got == want, "double %u: wrote %.17g, expected %.17g back, read %.17g",
                     i, expected[i], want, got);
      ck_assert (gsql_result_get_value (result, 0, &v));
      ck_assert_msg (G_VALUE_TYPE (&v) == G_TYPE_DOUBLE, "double read as %s", G_VALUE_TYPE_NAME (&v));
      ck_assert (g_value_get_double (&v) == want);
      g_value_unset (&v);
    }
  next_row (result, G_N_ELEMENTS (expected));
  assert_null (result, 0);
  assert_end (result);

  /* What was stored is exact on every backend: the database compares equal
   * to the bound value. */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(GsqlResult) r = NULL;
      g_autoptr(GError) error = NULL;
      GValue n = G_VALUE_INIT;

      r = gsql_connection_execute_va (conn, NULL, &error,
                                      "SELECT COUNT(*) FROM t_types_double WHERE id = ? AND v = ?",
                                      G_TYPE_INT, (int) i, G_TYPE_DOUBLE, expected[i], G_TYPE_INVALID);
      gsql_test_assert_no_error (error);
      ck_assert (gsql_result_scalar_one (r, &n, &error));
      ck_assert_msg (gsql_test_value_to_int64 (&n) == 1, "double %u (%.17g) not stored exactly", i, expected[i]);
      g_value_unset (&n);
    }
}
END_TEST

START_TEST (test_numeric)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  const char *table;
  const char *texts[] = {
    "12345678901234567890.123456789",
    "-98765432109876543210.987654321",
    "0.000000001",
    "-42.123456789",
  };
  GValue values[G_N_ELEMENTS (texts) + 1];
  g_autoptr(GsqlResult) result = NULL;

  memset (values, 0, sizeof values);
  table = create_table (conn, backend, COL_NUMERIC);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GsqlNumeric) n = gsql_numeric_new_from_string (texts[i], &error);

      gsql_test_assert_no_error (error);
      ck_assert_str_eq (gsql_numeric_to_string (n), texts[i]);
      g_value_init (&values[i], GSQL_TYPE_NUMERIC);
      g_value_set_boxed (&values[i], n);
    }
  insert_values (conn, table, values, G_N_ELEMENTS (values));
  gsql_test_values_unset (values, G_N_ELEMENTS (values));

  result = select_values (conn, table);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      next_row (result, i);
      if (backend == GSQL_TEST_SQLITE)
        {
          /* A REAL: 15 significant digits. */
          double want = g_ascii_strtod (texts[i], NULL);
          double got = gsql_result_get_double (result, 0);
          ck_assert_msg (ABS (got - want) <= ABS (want) * 1e-14,
                         "numeric %s read as %.17g", texts[i], got);
        }
      else
        {
          g_autoptr(GsqlNumeric) got = NULL;
          GValue v = G_VALUE_INIT;

          ck_assert_msg (gsql_result_get_column_gtype (result, 0) == GSQL_TYPE_NUMERIC,
                         "NUMERIC column has type %s", g_type_name (gsql_result_get_column_gtype (result, 0)));
          got = gsql_result_dup_numeric (result, 0);
          ck_assert_ptr_nonnull (got);
          ck_assert_str_eq (gsql_numeric_to_string (got), texts[i]);
          ck_assert (gsql_result_get_value (result, 0, &v));
          ck_assert (G_VALUE_TYPE (&v) == GSQL_TYPE_NUMERIC);
          ck_assert_str_eq (gsql_numeric_to_string (g_value_get_boxed (&v)), texts[i]);
          g_value_unset (&v);
        }
    }
  next_row (result, G_N_ELEMENTS (texts));
  assert_null (result, 0);
  ck_assert_ptr_null (gsql_result_dup_numeric (result, 0));
  assert_end (result);
}
END_TEST

static char *
make_big_text (gsize min_bytes)
{
  GString *s = g_string_new (NULL);
  guint i = 0;

  /* Multi-byte characters all along, so that any chunk boundary of a
   * piecewise fetch falls inside one somewhere. */
  while (s->len < min_bytes)
    g_string_append_printf (s, "%05u naïve 日本 🙂|", i++);
  return g_string_free (s, FALSE);
}

START_TEST (test_text)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  const char *table;
  g_autofree char *big = make_big_text (100 * 1024);
  const char *texts[] = {
    "naïve 日本 🙂",
    "",
    "it's a \"quoted\" \\ back-slashed; -- string",
    big,
    "x",
  };
  GValue values[G_N_ELEMENTS (texts) + 1];
  g_autoptr(GsqlResult) result = NULL;

  memset (values, 0, sizeof values);
  table = create_table (conn, backend, COL_TEXT);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    gsql_test_value_string (&values[i], texts[i]);
  insert_values (conn, table, values, G_N_ELEMENTS (values));
  gsql_test_values_unset (values, G_N_ELEMENTS (values));

  result = select_values (conn, table);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const char *got;
      GValue v = G_VALUE_INIT;

      next_row (result, i);
      ck_assert_msg (!gsql_result_is_null (result, 0), "text %u read as NULL", i);
      got = gsql_result_get_string (result, 0);
      ck_assert_ptr_nonnull (got);
      ck_assert_msg (strlen (got) == strlen (texts[i]), "text %u: wrote %zu bytes, read %zu",
                     i, strlen (texts[i]), strlen (got));
      ck_assert_msg (strcmp (got, texts[i]) == 0, "text %u differs", i);
      ck_assert (gsql_result_get_value (result, 0, &v));
      ck_assert (G_VALUE_TYPE (&v) == G_TYPE_STRING);
      ck_assert_str_eq (g_value_get_string (&v), texts[i]);
      g_value_unset (&v);
    }
  next_row (result, G_N_ELEMENTS (texts));
  assert_null (result, 0);
  ck_assert_ptr_null (gsql_result_get_string (result, 0));
  assert_end (result);

  /* The database agrees on the length in characters. */
  {
    const char *sql = backend == GSQL_TEST_MARIADB
      ? "SELECT CHAR_LENGTH(v) FROM t_types_text WHERE id = 0"
      : "SELECT LENGTH(v) FROM t_types_text WHERE id = 0";
    ck_assert_int_eq (gsql_test_query_int64 (conn, sql), g_utf8_strlen (texts[0], -1));
  }
}
END_TEST

/* Invalid UTF-8 in a string parameter is refused before anything is sent:
 * the transaction around it is not disturbed. */
START_TEST (test_invalid_utf8)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  const char *bad[] = { "abc\xff", "\xc3\x28", "naïve\xe6\x97", "\xed\xa0\x80" /* surrogate */ };
  g_autoptr(GError) error = NULL;

  create_table (conn, backend, COL_TEXT);
  ck_assert (gsql_connection_begin (conn, &error));
  gsql_test_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      GValue params[2] = { G_VALUE_INIT, G_VALUE_INIT };
      GsqlResult *result;

      gsql_test_value_int (&params[0], (int) i);
      gsql_test_value_string (&params[1], bad[i]);
      result = gsql_connection_execute (conn, "INSERT INTO t_types_text (id, v) VALUES (?, ?)",
                                        params, 2, NULL, &error);
      ck_assert_ptr_null (result);
      gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);
      gsql_test_values_unset (params, 2);

      result = gsql_connection_execute_va (conn, NULL, &error,
                                           "INSERT INTO t_types_text (id, v) VALUES (?, ?)",
                                           G_TYPE_INT, 100 + (int) i, G_TYPE_STRING, bad[i],
                                           G_TYPE_INVALID);
      ck_assert_ptr_null (result);
      gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);
    }

  /* Still in a healthy transaction (on PostgreSQL a statement that reached
   * the server and failed would have aborted it). */
  ck_assert (gsql_connection_in_transaction (conn));
  {
    g_autoptr(GsqlResult) result = gsql_connection_execute_va (conn, NULL, &error,
                                                               "INSERT INTO t_types_text (id, v) VALUES (?, ?)",
                                                               G_TYPE_INT, 1000, G_TYPE_STRING, "valid",
                                                               G_TYPE_INVALID);
    gsql_test_assert_no_error (error);
  }
  ck_assert (gsql_connection_commit (conn, &error));
  gsql_test_assert_no_error (error);
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT COUNT(*) FROM t_types_text"), 1);
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT id FROM t_types_text"), 1000);
}
END_TEST

START_TEST (test_boolean)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  const char *table;
  GValue values[3] = { G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT };
  g_autoptr(GsqlResult) result = NULL;

  table = create_table (conn, backend, COL_BOOLEAN);
  gsql_test_value_boolean (&values[0], TRUE);
  gsql_test_value_boolean (&values[1], FALSE);
  insert_values (conn, table, values, 3);
  gsql_test_values_unset (values, 3);

  result = select_values (conn, table);
  if (backend == GSQL_TEST_POSTGRESQL)
    ck_assert_msg (gsql_result_get_column_gtype (result, 0) == G_TYPE_BOOLEAN,
                   "PostgreSQL boolean column has type %s",
                   g_type_name (gsql_result_get_column_gtype (result, 0)));
  next_row (result, 0);
  ck_assert (gsql_result_get_boolean (result, 0) == TRUE);
  next_row (result, 1);
  ck_assert (gsql_result_get_boolean (result, 0) == FALSE);
  ck_assert (!gsql_result_is_null (result, 0));
  next_row (result, 2);
  assert_null (result, 0);
  assert_end (result);
}
END_TEST

START_TEST (test_date)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  const char *table;
  const int ymd[][3] = { { 2024, 2, 29 }, { 1000, 1, 1 }, { 9999, 12, 31 }, { 1970, 1, 1 } };
  GValue values[G_N_ELEMENTS (ymd) + 1];
  g_autoptr(GsqlResult) result = NULL;

  memset (values, 0, sizeof values);
  table = create_table (conn, backend, COL_DATE);
  for (guint i = 0; i < G_N_ELEMENTS (ymd); i++)
    {
      GDate *d = g_date_new_dmy (ymd[i][2], ymd[i][1], ymd[i][0]);
      g_value_init (&values[i], G_TYPE_DATE);
      g_value_take_boxed (&values[i], d);
    }
  insert_values (conn, table, values, G_N_ELEMENTS (values));
  gsql_test_values_unset (values, G_N_ELEMENTS (values));

  result = select_values (conn, table);
  ck_assert_msg (gsql_result_get_column_gtype (result, 0) == G_TYPE_DATE, "DATE column has type %s",
                 g_type_name (gsql_result_get_column_gtype (result, 0)));
  for (guint i = 0; i < G_N_ELEMENTS (ymd); i++)
    {
      GDate *d;

      next_row (result, i);
      d = gsql_result_dup_date (result, 0);
      ck_assert_ptr_nonnull (d);
      ck_assert (g_date_valid (d));
      ck_assert_int_eq (g_date_get_year (d), ymd[i][0]);
      ck_assert_int_eq (g_date_get_month (d), ymd[i][1]);
      ck_assert_int_eq (g_date_get_day (d), ymd[i][2]);
      g_date_free (d);
    }
  next_row (result, G_N_ELEMENTS (ymd));
  assert_null (result, 0);
  ck_assert_ptr_null (gsql_result_dup_date (result, 0));
  assert_end (result);
}
END_TEST

START_TEST (test_time)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  const char *table;
  const guint hmsu[][4] = { { 12, 34, 56, 789012 }, { 0, 0, 0, 0 }, { 23, 59, 59, 999999 }, { 1, 2, 3, 4 } };
  GValue values[G_N_ELEMENTS (hmsu) + 1];
  g_autoptr(GsqlResult) result = NULL;

  memset (values, 0, sizeof values);
  table = create_table (conn, backend, COL_TIME);
  for (guint i = 0; i < G_N_ELEMENTS (hmsu); i++)
    {
      g_value_init (&values[i], GSQL_TYPE_TIME);
      g_value_take_boxed (&values[i], gsql_time_new (hmsu[i][0], hmsu[i][1], hmsu[i][2], hmsu[i][3]));
    }
  insert_values (conn, table, values, G_N_ELEMENTS (values));
  gsql_test_values_unset (values, G_N_ELEMENTS (values));

  result = select_values (conn, table);
  ck_assert_msg (gsql_result_get_column_gtype (result, 0) == GSQL_TYPE_TIME, "TIME column has type %s",
                 g_type_name (gsql_result_get_column_gtype (result, 0)));
  for (guint i = 0; i < G_N_ELEMENTS (hmsu); i++)
    {
      g_autoptr(GsqlTime) t = NULL;
      g_autofree char *text = NULL;

      next_row (result, i);
      t = gsql_result_dup_time (result, 0);
      ck_assert_ptr_nonnull (t);
      text = gsql_time_to_string (t);
      ck_assert_msg (gsql_time_get_hour (t) == hmsu[i][0] && gsql_time_get_minute (t) == hmsu[i][1] &&
                     gsql_time_get_second (t) == hmsu[i][2],
                     "time %u: wrote %02u:%02u:%02u.%06u, read %s", i,
                     hmsu[i][0], hmsu[i][1], hmsu[i][2], hmsu[i][3], text);
      if (backend == GSQL_TEST_SQLITE)
        ck_assert_msg (gsql_time_get_microsecond (t) == hmsu[i][3] || gsql_time_get_microsecond (t) == 0,
                       "time %u: fraction garbled: %s", i, text);
      else
        ck_assert_msg (gsql_time_get_microsecond (t) == hmsu[i][3],
                       "time %u: wrote .%06u, read %s", i, hmsu[i][3], text);
    }
  next_row (result, G_N_ELEMENTS (hmsu));
  assert_null (result, 0);
  ck_assert_ptr_null (gsql_result_dup_time (result, 0));
  assert_end (result);
}
END_TEST

START_TEST (test_timestamp)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  const char *table;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  /* y m d h mi s us */
  const int ts[][7] = {
    { 2024, 2, 29, 23, 59, 58, 123456 },
    { 1970, 1, 1, 0, 0, 0, 0 },
    { 2038, 1, 19, 3, 14, 8, 1 },
    { 1900, 6, 15, 12, 0, 0, 500000 },
    { 9999, 12, 31, 23, 59, 59, 999000 },
  };
  GValue values[G_N_ELEMENTS (ts) + 1];
  g_autoptr(GsqlResult) result = NULL;

  memset (values, 0, sizeof values);
  table = create_table (conn, backend, COL_TIMESTAMP);
  for (guint i = 0; i < G_N_ELEMENTS (ts); i++)
    {
      g_value_init (&values[i], G_TYPE_DATE_TIME);
      g_value_take_boxed (&values[i], make_datetime (utc, ts[i][0], ts[i][1], ts[i][2],
                                                     ts[i][3], ts[i][4], ts[i][5], ts[i][6]));
    }
  insert_values (conn, table, values, G_N_ELEMENTS (values));
  gsql_test_values_unset (values, G_N_ELEMENTS (values));

  result = select_values (conn, table);
  ck_assert_msg (gsql_result_get_column_gtype (result, 0) == G_TYPE_DATE_TIME,
                 "TIMESTAMP column has type %s", g_type_name (gsql_result_get_column_gtype (result, 0)));
  for (guint i = 0; i < G_N_ELEMENTS (ts); i++)
    {
      g_autoptr(GDateTime) dt = NULL;
      g_autofree char *text = NULL;
      int want_us = ts[i][6];

      next_row (result, i);
      dt = gsql_result_dup_datetime (result, 0);
      ck_assert_ptr_nonnull (dt);
      text = g_date_time_format (dt, "%Y-%m-%d %H:%M:%S.%f %z");
      ck_assert_msg (g_date_time_get_year (dt) == ts[i][0] && g_date_time_get_month (dt) == ts[i][1] &&
                     g_date_time_get_day_of_month (dt) == ts[i][2] && g_date_time_get_hour (dt) == ts[i][3] &&
                     g_date_time_get_minute (dt) == ts[i][4] && g_date_time_get_second (dt) == ts[i][5] &&
                     g_date_time_get_microsecond (dt) == want_us,
                     "timestamp %u: wrote %04d-%02d-%02d %02d:%02d:%02d.%06d, expected .%06d back, read %s",
                     i, ts[i][0], ts[i][1], ts[i][2], ts[i][3], ts[i][4], ts[i][5], ts[i][6], want_us, text);
      ck_assert_msg (g_date_time_get_utc_offset (dt) == 0, "naive timestamp not in UTC: %s", text);
    }
  next_row (result, G_N_ELEMENTS (ts));
  assert_null (result, 0);
  ck_assert_ptr_null (gsql_result_dup_datetime (result, 0));
  assert_end (result);
}
END_TEST

static void
timestamptz_round_trip (GsqlConnection *conn, GsqlTestBackend backend)
{
  g_autoptr(GTimeZone) plus530 = g_time_zone_new_offset (5 * 3600 + 1800);
  g_autoptr(GTimeZone) minus8 = g_time_zone_new_offset (-8 * 3600);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  GDateTime *expected[3];
  GValue values[4] = { G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT };
  g_autoptr(GsqlResult) result = NULL;

  expected[0] = make_datetime (plus530, 2024, 2, 29, 23, 59, 58, 123456);
  expected[1] = make_datetime (minus8, 1999, 12, 31, 23, 59, 59, 999999);
  expected[2] = make_datetime (utc, 2000, 1, 1, 0, 0, 0, 1);

  const char *table = create_table (conn, backend, COL_TIMESTAMPTZ);
  for (guint i = 0; i < 3; i++)
    {
      g_value_init (&values[i], G_TYPE_DATE_TIME);
      g_value_set_boxed (&values[i], expected[i]);
    }
  insert_values (conn, table, values, 4);
  gsql_test_values_unset (values, 4);

  result = select_values (conn, table);
  ck_assert_msg (gsql_result_get_column_gtype (result, 0) == G_TYPE_DATE_TIME,
                 "TIMESTAMPTZ column has type %s", g_type_name (gsql_result_get_column_gtype (result, 0)));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GDateTime) dt = NULL;
      g_autofree char *want = g_date_time_format_iso8601 (expected[i]);
      g_autofree char *got = NULL;

      next_row (result, i);
      dt = gsql_result_dup_datetime (result, 0);
      ck_assert_ptr_nonnull (dt);
      got = g_date_time_format_iso8601 (dt);
      ck_assert_msg (g_date_time_equal (dt, expected[i]), "timestamptz %u: wrote %s, read %s", i, want, got);
    }
  next_row (result, 3);
  assert_null (result, 0);
  assert_end (result);

  for (guint i = 0; i < 3; i++)
    g_date_time_unref (expected[i]);
}

START_TEST (test_timestamptz)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);

  printf ("#   session time zone: server default\n");
  timestamptz_round_trip (conn, backend);

  /* 9 hours east of UTC: an instant bound or read as bare wall-clock
   * fields would shift by 9 hours. */
  gsql_test_exec (conn, "SET TIME ZONE 9");
  printf ("#   session time zone: +09\n");
  timestamptz_round_trip (conn, backend);
}
END_TEST

START_TEST (test_binary)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  const char *table;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint8 all[256];
  guint8 *mega = g_malloc (1024 * 1024);
  GBytes *blobs[5];
  GValue values[G_N_ELEMENTS (blobs) + 1];
  g_autoptr(GsqlResult) result = NULL;

  for (guint i = 0; i < 256; i++)
    all[i] = (guint8) i;
  for (guint i = 0; i < 1024 * 1024; i++)
    mega[i] = (guint8) g_rand_int_range (rand, 0, 256);
  blobs[0] = g_bytes_new (all, sizeof all);
  blobs[1] = g_bytes_new_take (mega, 1024 * 1024);
  blobs[2] = g_bytes_new ("\0\0\0", 3);
  blobs[3] = g_bytes_new (NULL, 0);
  blobs[4] = g_bytes_new ("\xff", 1);

  memset (values, 0, sizeof values);
  table = create_table (conn, backend, COL_BINARY);
  for (guint i = 0; i < G_N_ELEMENTS (blobs); i++)
    {
      g_value_init (&values[i], G_TYPE_BYTES);
      g_value_set_boxed (&values[i], blobs[i]);
    }
  insert_values (conn, table, values, G_N_ELEMENTS (values));
  gsql_test_values_unset (values, G_N_ELEMENTS (values));

  result = select_values (conn, table);
  ck_assert_msg (gsql_result_get_column_gtype (result, 0) == G_TYPE_BYTES,
                 "binary column has type %s", g_type_name (gsql_result_get_column_gtype (result, 0)));
  for (guint i = 0; i < G_N_ELEMENTS (blobs); i++)
    {
      g_autoptr(GBytes) got = NULL;

      next_row (result, i);
      ck_assert_msg (!gsql_result_is_null (result, 0), "blob %u read as NULL", i);
      got = gsql_result_dup_bytes (result, 0);
      ck_assert_ptr_nonnull (got);
      ck_assert_msg (g_bytes_get_size (got) == g_bytes_get_size (blobs[i]),
                     "blob %u: wrote %zu bytes, read %zu", i,
                     g_bytes_get_size (blobs[i]), g_bytes_get_size (got));
      ck_assert_msg (g_bytes_equal (got, blobs[i]), "blob %u differs", i);
    }
  next_row (result, G_N_ELEMENTS (blobs));
  assert_null (result, 0);
  ck_assert_ptr_null (gsql_result_dup_bytes (result, 0));
  assert_end (result);

  for (guint i = 0; i < G_N_ELEMENTS (blobs); i++)
    g_bytes_unref (blobs[i]);
}
END_TEST

/* A row of NULLs, one per column type, bound as unset GValues. */
START_TEST (test_nulls)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GString) create = g_string_new ("CREATE TABLE t_types_null (id INTEGER PRIMARY KEY");
  g_autoptr(GString) insert = g_string_new ("INSERT INTO t_types_null VALUES (?");
  g_autoptr(GString) select = g_string_new ("SELECT id");
  g_autoptr(GsqlResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GValue params[N_COLS + 1];
  guint n = 0;

  for (guint c = 0; c < N_COLS; c++)
    {
      if (col_ddl (backend, c) == NULL)
        continue;
      g_string_append_printf (create, ", c%u %s", c, col_ddl (backend, c));
      g_string_append (insert, ", ?");
      g_string_append_printf (select, ", c%u", c);
      n++;
    }
  g_string_append (create, ")");
  g_string_append (insert, ")");
  g_string_append (select, " FROM t_types_null ORDER BY id");

  gsql_test_drop_tables (conn, "t_types_null", NULL);
  gsql_test_exec (conn, create->str);

  memset (params, 0, sizeof params);
  gsql_test_value_int (&params[0], 1);
  {
    g_autoptr(GsqlResult) r = gsql_connection_execute (conn, insert->str, params, n + 1, NULL, &error);
    gsql_test_assert_no_error (error);
  }
  gsql_test_values_unset (params, n + 1);

  result = gsql_connection_execute (conn, select->str, NULL, 0, NULL, &error);
  gsql_test_assert_no_error (error);
  ck_assert_uint_eq (gsql_result_get_n_columns (result), n + 1);
  next_row (result, 0);
  ck_assert_int_eq (gsql_result_get_int64 (result, 0), 1);
  for (guint c = 1; c <= n; c++)
    {
      printf ("#   NULL %s\n", gsql_result_get_column_name (result, c));
      assert_null (result, c);
      ck_assert_ptr_null (gsql_result_get_string (result, c));
      ck_assert_ptr_null (gsql_result_dup_bytes (result, c));
      ck_assert_ptr_null (gsql_result_dup_datetime (result, c));
      ck_assert_ptr_null (gsql_result_dup_date (result, c));
      ck_assert_ptr_null (gsql_result_dup_time (result, c));
      ck_assert_ptr_null (gsql_result_dup_numeric (result, c));
    }
  assert_end (result);
}
END_TEST

/* gsql_connection_execute_va() collects values like g_object_set(). */
START_TEST (test_execute_va)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) when = make_datetime (utc, 2021, 7, 4, 10, 20, 30, 0);
  g_autoptr(GBytes) blob = g_bytes_new ("\x00\x01\xfe\xff", 4);
  g_autoptr(GsqlResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *create = g_strdup_printf ("CREATE TABLE t_types_va (id BIGINT PRIMARY KEY, i INTEGER, "
                                             "s VARCHAR(50), d %s, b BOOLEAN, bin %s, ts %s, n INTEGER)",
                                             col_ddl (backend, COL_DOUBLE),
                                             col_ddl (backend, COL_BINARY),
                                             col_ddl (backend, COL_TIMESTAMP));

  gsql_test_drop_tables (conn, "t_types_va", NULL);
  gsql_test_exec (conn, create);

  result = gsql_connection_execute_va (conn, NULL, &error,
                                       "INSERT INTO t_types_va VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                       G_TYPE_INT64, (gint64) G_MAXINT64,
                                       G_TYPE_INT, -7,
                                       G_TYPE_STRING, "naïve 日本 🙂",
                                       G_TYPE_DOUBLE, 0.1,
                                       G_TYPE_BOOLEAN, TRUE,
                                       G_TYPE_BYTES, blob,
                                       G_TYPE_DATE_TIME, when,
                                       G_TYPE_NONE,
                                       G_TYPE_INVALID);
  gsql_test_assert_no_error (error);
  ck_assert_ptr_nonnull (result);
  ck_assert_int_eq (gsql_result_get_rowcount (result), 1);
  g_clear_object (&result);

  result = gsql_connection_execute_va (conn, NULL, &error,
                                       "SELECT id, i, s, d, b, bin, ts, n FROM t_types_va WHERE id = ? AND s = ?",
                                       G_TYPE_INT64, (gint64) G_MAXINT64,
                                       G_TYPE_STRING, "naïve 日本 🙂",
                                       G_TYPE_INVALID);
  gsql_test_assert_no_error (error);
  ck_assert (gsql_result_one (result, &error));
  gsql_test_assert_no_error (error);
  ck_assert_int_eq (gsql_result_get_int64 (result, 0), G_MAXINT64);
  ck_assert_int_eq (gsql_result_get_int64 (result, 1), -7);
  ck_assert_str_eq (gsql_result_get_string (result, 2), "naïve 日本 🙂");
  ck_assert (gsql_result_get_double (result, 3) == 0.1);
  ck_assert (gsql_result_get_boolean (result, 4));
  {
    g_autoptr(GBytes) got = gsql_result_dup_bytes (result, 5);
    g_autoptr(GDateTime) got_ts = gsql_result_dup_datetime (result, 6);
    ck_assert_ptr_nonnull (got);
    ck_assert (g_bytes_equal (got, blob));
    ck_assert_ptr_nonnull (got_ts);
    ck_assert (g_date_time_equal (got_ts, when));
  }
  ck_assert (gsql_result_is_null (result, 7));

  /* The pointers passed were not consumed: still ours to use. */
  ck_assert_uint_eq (g_bytes_get_size (blob), 4);
  ck_assert_int_eq (g_date_time_get_year (when), 2021);
}
END_TEST

/* A table dropped and re-created under the same name with other column
 * types, on the same connection: the same SQL text must bind and read the
 * new types (no stale prepared statement or column description). */
START_TEST (test_statement_cache_after_ddl)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  const ColType types[] = { COL_SMALLINT, COL_DOUBLE, COL_TEXT, COL_BIGINT };

  for (guint k = 0; k < G_N_ELEMENTS (types); k++)
    {
      g_autofree char *create = g_strdup_printf ("CREATE TABLE t_types_ddl (id INTEGER PRIMARY KEY, v %s)",
                                                 col_ddl (backend, types[k]));
      GValue params[2] = { G_VALUE_INIT, G_VALUE_INIT };
      g_autoptr(GsqlResult) result = NULL;
      g_autoptr(GError) error = NULL;

      printf ("#   v %s\n", col_ddl (backend, types[k]));
      gsql_test_drop_tables (conn, "t_types_ddl", NULL);
      gsql_test_exec (conn, create);

      gsql_test_value_int (&params[0], 1);
      switch (types[k])
        {
        case COL_SMALLINT: gsql_test_value_int (&params[1], 5); break;
        case COL_DOUBLE:   gsql_test_value_double (&params[1], 1.5); break;
        case COL_TEXT:     gsql_test_value_string (&params[1], "hello"); break;
        default:           gsql_test_value_int64 (&params[1], G_MAXINT64); break;
        }
      result = gsql_connection_execute (conn, "INSERT INTO t_types_ddl (id, v) VALUES (?, ?)",
                                        params, 2, NULL, &error);
      gsql_test_assert_no_error (error);
      g_clear_object (&result);
      gsql_test_values_unset (params, 2);

      result = gsql_connection_execute (conn, "SELECT v FROM t_types_ddl", NULL, 0, NULL, &error);
      gsql_test_assert_no_error (error);
      ck_assert (gsql_result_one (result, &error));
      switch (types[k])
        {
        case COL_SMALLINT:
          ck_assert_int_eq (gsql_result_get_int64 (result, 0), 5);
          break;
        case COL_DOUBLE:
          ck_assert_msg (gsql_result_get_column_gtype (result, 0) == G_TYPE_DOUBLE,
                         "DOUBLE column has type %s", g_type_name (gsql_result_get_column_gtype (result, 0)));
          ck_assert_double_eq (gsql_result_get_double (result, 0), 1.5);
          break;
        case COL_TEXT:
          ck_assert_msg (gsql_result_get_column_gtype (result, 0) == G_TYPE_STRING,
                         "TEXT column has type %s", g_type_name (gsql_result_get_column_gtype (result, 0)));
          ck_assert_str_eq (gsql_result_get_string (result, 0), "hello");
          break;
        default:
          ck_assert_msg (gsql_result_get_column_gtype (result, 0) == G_TYPE_INT64,
                         "BIGINT column has type %s", g_type_name (gsql_result_get_column_gtype (result, 0)));
          ck_assert_int_eq (gsql_result_get_int64 (result, 0), G_MAXINT64);
          break;
        }
    }
}
END_TEST

int
main (int argc, char **argv)
{
  Suite *s;
  TCase *tc;

  gsql_test_init (&argc, &argv);
  s = suite_create ("core/types");
  tc = gsql_test_tcase_new ("core/types");
  gsql_test_add_backend_test (tc, test_integers, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_other_parameter_types, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_doubles, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_numeric, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_text, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_invalid_utf8, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_boolean, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_date, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_time, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_timestamp, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_timestamptz, GSQL_TEST_MASK (GSQL_TEST_POSTGRESQL),
                              "no time-zone-aware timestamp type (PostgreSQL's timestamptz only)");
  gsql_test_add_backend_test (tc, test_binary, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_nulls, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_execute_va, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_statement_cache_after_ddl, GSQL_TEST_ALL_BACKENDS, NULL);
  suite_add_tcase (s, tc);
  return gsql_test_run_suite (s);
}
