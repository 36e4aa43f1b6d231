/* test-result.c: reading results: next, first, one, scalar, all, rows
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <string.h>

#include "tests/gsql-test.h"

/* t_res: (1, 'one', 1.5), (2, 'two', NULL), (3, 'three', 3.5) */
static GsqlConnection *
setup (GsqlEngine *engine, GsqlTestBackend backend)
{
  GsqlConnection *conn = gsql_test_connect (engine);
  g_autofree char *create = g_strdup_printf ("CREATE TABLE t_res (id INTEGER PRIMARY KEY, name VARCHAR(20), score %s)",
                                             backend == GSQL_TEST_POSTGRESQL ? "DOUBLE PRECISION" : "DOUBLE");

  gsql_test_drop_tables (conn, "t_res", NULL);
  gsql_test_exec (conn, create);
  gsql_test_exec (conn, "INSERT INTO t_res (id, name, score) VALUES (1, 'one', 1.5)");
  gsql_test_exec (conn, "INSERT INTO t_res (id, name, score) VALUES (2, 'two', NULL)");
  gsql_test_exec (conn, "INSERT INTO t_res (id, name, score) VALUES (3, 'three', 3.5)");
  return conn;
}

static GsqlResult *
query (GsqlConnection *conn, const char *sql)
{
  g_autoptr(GError) error = NULL;
  GsqlResult *result = gsql_connection_execute (conn, sql, NULL, 0, NULL, &error);

  gsql_test_assert_no_error (error);
  ck_assert_ptr_nonnull (result);
  return result;
}

#define ALL_ROWS "SELECT id, name, score FROM t_res ORDER BY id"
#define NO_ROWS  "SELECT id, name, score FROM t_res WHERE id > 100"
#define ONE_ROW  "SELECT id, name, score FROM t_res WHERE id = 3"

START_TEST (test_iterate)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = setup (engine, backend);
  g_autoptr(GsqlResult) result = query (conn, ALL_ROWS);
  g_autoptr(GError) error = NULL;
  const char *names[] = { "one", "two", "three" };
  guint n = 0;

  ck_assert (gsql_result_returns_rows (result));
  ck_assert_uint_eq (gsql_result_get_n_columns (result), 3);
  ck_assert_str_eq (gsql_result_get_column_name (result, 0), "id");
  ck_assert_str_eq (gsql_result_get_column_name (result, 1), "name");
  ck_assert_str_eq (gsql_result_get_column_name (result, 2), "score");
  ck_assert_int_eq (gsql_result_get_column_index (result, "name"), 1);
  ck_assert_int_eq (gsql_result_get_column_index (result, "score"), 2);
  ck_assert_int_eq (gsql_result_get_column_index (result, "no_such"), -1);
  ck_assert (gsql_result_get_column_gtype (result, 0) == G_TYPE_INT64 ||
             gsql_result_get_column_gtype (result, 0) == G_TYPE_INT);
  ck_assert (gsql_result_get_column_gtype (result, 1) == G_TYPE_STRING);
  ck_assert (gsql_result_get_column_gtype (result, 2) == G_TYPE_DOUBLE);

  while (gsql_result_next (result, &error))
    {
      ck_assert_uint_lt (n, 3);
      ck_assert_int_eq (gsql_result_get_int64 (result, 0), n + 1);
      ck_assert_str_eq (gsql_result_get_string (result, 1), names[n]);
      if (n == 1)
        ck_assert (gsql_result_is_null (result, 2));
      else
        ck_assert_double_eq (gsql_result_get_double (result, 2), n + 1.5);
      n++;
    }
  gsql_test_assert_no_error (error);
  ck_assert_uint_eq (n, 3);

  /* Past the end it stays at the end. */
  ck_assert (!gsql_result_next (result, &error));
  gsql_test_assert_no_error (error);
}
END_TEST

START_TEST (test_value_by_name)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = setup (engine, backend);
  g_autoptr(GsqlResult) result = query (conn, ONE_ROW);
  g_autoptr(GError) error = NULL;
  GValue v = G_VALUE_INIT;

  ck_assert (gsql_result_next (result, &error));
  ck_assert (gsql_result_get_value_by_name (result, "name", &v));
  ck_assert (G_VALUE_HOLDS_STRING (&v));
  ck_assert_str_eq (g_value_get_string (&v), "three");
  g_value_unset (&v);
  ck_assert (gsql_result_get_value_by_name (result, "score", &v));
  ck_assert (G_VALUE_HOLDS_DOUBLE (&v));
  ck_assert_double_eq (g_value_get_double (&v), 3.5);
  g_value_unset (&v);
  ck_assert (!gsql_result_get_value_by_name (result, "no_such", &v));
  ck_assert (G_VALUE_TYPE (&v) == G_TYPE_INVALID);
}
END_TEST

START_TEST (test_dml)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = setup (engine, backend);
  GsqlResult *result;

  result = query (conn, "UPDATE t_res SET score = 0 WHERE id <= 2");
  ck_assert (!gsql_result_returns_rows (result));
  ck_assert_uint_eq (gsql_result_get_n_columns (result), 0);
  ck_assert_int_eq (gsql_result_get_rowcount (result), 2);
  g_object_unref (result);

  /* Matched rows, not changed rows (MariaDB needs FOUND_ROWS for this,
   * and optimistic concurrency depends on it). */
  result = query (conn, "UPDATE t_res SET name = name WHERE id <= 2");
  ck_assert_int_eq (gsql_result_get_rowcount (result), 2);
  g_object_unref (result);

  /* No row matched. */
  result = query (conn, "UPDATE t_res SET score = 1 WHERE id = 99");
  ck_assert_int_eq (gsql_result_get_rowcount (result), 0);
  g_object_unref (result);
  result = query (conn, "DELETE FROM t_res WHERE id = 99");
  ck_assert_int_eq (gsql_result_get_rowcount (result), 0);
  g_object_unref (result);

  result = query (conn, "DELETE FROM t_res WHERE id >= 2");
  ck_assert_int_eq (gsql_result_get_rowcount (result), 2);
  g_object_unref (result);

  result = query (conn, "INSERT INTO t_res (id, name) VALUES (10, 'ten')");
  ck_assert_int_eq (gsql_result_get_rowcount (result), 1);
  g_object_unref (result);
}
END_TEST

START_TEST (test_first)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = setup (engine, backend);
  g_autoptr(GError) error = NULL;
  GsqlResult *result;

  result = query (conn, ALL_ROWS);
  ck_assert (gsql_result_first (result, &error));
  gsql_test_assert_no_error (error);
  ck_assert_int_eq (gsql_result_get_int64 (result, 0), 1);
  ck_assert_str_eq (gsql_result_get_string (result, 1), "one");
  g_object_unref (result);

  result = query (conn, NO_ROWS);
  ck_assert (!gsql_result_first (result, &error));
  gsql_test_assert_no_error (error);
  g_object_unref (result);
}
END_TEST

START_TEST (test_one)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = setup (engine, backend);
  g_autoptr(GError) error = NULL;
  GsqlResult *result;

  result = query (conn, ONE_ROW);
  ck_assert (gsql_result_one (result, &error));
  gsql_test_assert_no_error (error);
  ck_assert_int_eq (gsql_result_get_int64 (result, 0), 3);
  ck_assert_str_eq (gsql_result_get_string (result, 1), "three");
  g_object_unref (result);

  result = query (conn, NO_ROWS);
  ck_assert (!gsql_result_one (result, &error));
  gsql_test_assert_error (error, GSQL_ERROR_NO_RESULT);
  g_clear_error (&error);
  g_object_unref (result);

  result = query (conn, ALL_ROWS);
  ck_assert (!gsql_result_one (result, &error));
  gsql_test_assert_error (error, GSQL_ERROR_MULTIPLE_RESULTS);
  g_clear_error (&error);
  g_object_unref (result);

  /* The connection is free for the next statement. */
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT COUNT(*) FROM t_res"), 3);
}
END_TEST

START_TEST (test_one_or_none)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = setup (engine, backend);
  g_autoptr(GError) error = NULL;
  GsqlResult *result;

  result = query (conn, ONE_ROW);
  ck_assert (gsql_result_one_or_none (result, &error));
  gsql_test_assert_no_error (error);
  ck_assert_int_eq (gsql_result_get_int64 (result, 0), 3);
  g_object_unref (result);

  result = query (conn, NO_ROWS);
  ck_assert (!gsql_result_one_or_none (result, &error));
  gsql_test_assert_no_error (error);
  g_object_unref (result);

  result = query (conn, ALL_ROWS);
  ck_assert (!gsql_result_one_or_none (result, &error));
  gsql_test_assert_error (error, GSQL_ERROR_MULTIPLE_RESULTS);
  g_clear_error (&error);
  g_object_unref (result);
}
END_TEST

START_TEST (test_scalar)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = setup (engine, backend);
  g_autoptr(GError) error = NULL;
  GValue v = G_VALUE_INIT;
  GsqlResult *result;

  /* scalar: first column of the first row, whatever follows */
  result = query (conn, "SELECT name, id FROM t_res ORDER BY id");
  ck_assert (gsql_result_scalar (result, &v, &error));
  gsql_test_assert_no_error (error);
  ck_assert (G_VALUE_HOLDS_STRING (&v));
  ck_assert_str_eq (g_value_get_string (&v), "one");
  g_value_unset (&v);
  g_object_unref (result);

  /* no row: no error, value unset */
  result = query (conn, NO_ROWS);
  gsql_result_scalar (result, &v, &error);
  gsql_test_assert_no_error (error);
  ck_assert (G_VALUE_TYPE (&v) == G_TYPE_INVALID);
  g_object_unref (result);

  /* a NULL: value unset */
  result = query (conn, "SELECT score FROM t_res WHERE id = 2");
  gsql_result_scalar (result, &v, &error);
  gsql_test_assert_no_error (error);
  ck_assert (G_VALUE_TYPE (&v) == G_TYPE_INVALID);
  g_object_unref (result);

  /* scalar_one */
  result = query (conn, "SELECT COUNT(*) FROM t_res");
  ck_assert (gsql_result_scalar_one (result, &v, &error));
  gsql_test_assert_no_error (error);
  ck_assert_int_eq (gsql_test_value_to_int64 (&v), 3);
  g_value_unset (&v);
  g_object_unref (result);

  result = query (conn, "SELECT id FROM t_res WHERE id > 100");
  ck_assert (!gsql_result_scalar_one (result, &v, &error));
  gsql_test_assert_error (error, GSQL_ERROR_NO_RESULT);
  ck_assert (G_VALUE_TYPE (&v) == G_TYPE_INVALID);
  g_clear_error (&error);
  g_object_unref (result);

  result = query (conn, "SELECT id FROM t_res");
  ck_assert (!gsql_result_scalar_one (result, &v, &error));
  gsql_test_assert_error (error, GSQL_ERROR_MULTIPLE_RESULTS);
  ck_assert (G_VALUE_TYPE (&v) == G_TYPE_INVALID);
  g_clear_error (&error);
  g_object_unref (result);
}
END_TEST

START_TEST (test_all_and_rows)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = setup (engine, backend);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GsqlRow) kept = NULL;
  GsqlResult *result;

  result = query (conn, ALL_ROWS);
  rows = gsql_result_all (result, &error);
  gsql_test_assert_no_error (error);
  ck_assert_ptr_nonnull (rows);
  ck_assert_uint_eq (rows->len, 3);
  g_object_unref (result);
  result = NULL;

  for (guint i = 0; i < 3; i++)
    {
      GsqlRow *row = g_ptr_array_index (rows, i);
      const GValue *v;

      ck_assert_uint_eq (gsql_row_get_n_columns (row), 3);
      ck_assert_str_eq (gsql_row_get_column_name (row, 1), "name");
      ck_assert_int_eq (gsql_test_value_to_int64 (gsql_row_get_value (row, 0)), i + 1);
      v = gsql_row_get_value_by_name (row, "name");
      ck_assert_ptr_nonnull (v);
      ck_assert (G_VALUE_HOLDS_STRING (v));
      ck_assert_ptr_null (gsql_row_get_value_by_name (row, "no_such"));
      ck_assert (gsql_row_is_null (row, 2) == (i == 1));
      if (i == 1)
        ck_assert (G_VALUE_TYPE (gsql_row_get_value (row, 2)) == G_TYPE_INVALID);
    }
  ck_assert_str_eq (g_value_get_string (gsql_row_get_value_by_name (g_ptr_array_index (rows, 2), "name")), "three");

  /* An empty result gives an empty array. */
  g_clear_pointer (&rows, g_ptr_array_unref);
  result = query (conn, NO_ROWS);
  rows = gsql_result_all (result, &error);
  gsql_test_assert_no_error (error);
  ck_assert_ptr_nonnull (rows);
  ck_assert_uint_eq (rows->len, 0);
  g_object_unref (result);

  /* A row copied out keeps its values after the result moves on. */
  result = query (conn, ALL_ROWS);
  ck_assert (gsql_result_next (result, &error));
  kept = gsql_result_dup_row (result);
  ck_assert (gsql_result_next (result, &error));
  ck_assert (gsql_result_next (result, &error));
  g_object_unref (result);
  ck_assert_str_eq (g_value_get_string (gsql_row_get_value (kept, 1)), "one");
  ck_assert_double_eq (g_value_get_double (gsql_row_get_value (kept, 2)), 1.5);
}
END_TEST

/* A buffered result frees its connection for other statements. */
START_TEST (test_buffer)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = setup (engine, backend);
  g_autoptr(GsqlResult) result = query (conn, ALL_ROWS);
  g_autoptr(GError) error = NULL;
  gint64 sum = 0;

  ck_assert (gsql_result_next (result, &error));
  ck_assert_int_eq (gsql_result_get_int64 (result, 0), 1);
  ck_assert (gsql_result_buffer (result, &error));
  gsql_test_assert_no_error (error);
  ck_assert (gsql_result_is_buffered (result));
  /* still on the current row */
  ck_assert_int_eq (gsql_result_get_int64 (result, 0), 1);

  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT COUNT(*) FROM t_res"), 3);
  gsql_test_exec (conn, "DELETE FROM t_res");

  while (gsql_result_next (result, &error))
    sum += gsql_result_get_int64 (result, 0);
  gsql_test_assert_no_error (error);
  ck_assert_int_eq (sum, 2 + 3);
}
END_TEST

START_TEST (test_closed_result)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = setup (engine, backend);
  g_autoptr(GsqlResult) result = query (conn, ALL_ROWS);
  g_autoptr(GError) error = NULL;

  ck_assert (gsql_result_next (result, &error));
  gsql_result_close (result);
  ck_assert (!gsql_result_next (result, &error));
  gsql_test_assert_error (error, GSQL_ERROR_CLOSED);
  gsql_result_close (result);
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT COUNT(*) FROM t_res"), 3);
}
END_TEST

/* Many rows: fetch blocks join up without a row lost or repeated. */
START_TEST (test_many_rows)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = setup (engine, backend);
  g_autoptr(GsqlResult) result = NULL;
  g_autoptr(GError) error = NULL;
  const guint n = 2503;
  GValue *params = g_new0 (GValue, n * 2);
  gint64 rowcount = -1;
  guint seen = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("r%u", i);
      gsql_test_value_int (&params[2 * i], (int) i + 100);
      gsql_test_value_string (&params[2 * i + 1], name);
    }
  gsql_connection_execute_many (conn, "INSERT INTO t_res (id, name) VALUES (?, ?)",
                                params, 2, n, &rowcount, NULL, &error);
  gsql_test_assert_no_error (error);
  ck_assert_int_eq (rowcount, n);
  gsql_test_values_unset (params, n * 2);
  g_free (params);

  result = query (conn, "SELECT id, name FROM t_res WHERE id >= 100 ORDER BY id");
  while (gsql_result_next (result, &error))
    {
      g_autofree char *name = g_strdup_printf ("r%u", seen);
      ck_assert_int_eq (gsql_result_get_int64 (result, 0), seen + 100);
      ck_assert_str_eq (gsql_result_get_string (result, 1), name);
      seen++;
    }
  gsql_test_assert_no_error (error);
  ck_assert_uint_eq (seen, n);
}
END_TEST

/* The id and name of the first row PARAM_QUERY finds for @params, read
 * with the one prepared statement that every call reuses; FALSE when
 * none.  With @read_to_end FALSE the result is dropped after that row. */
#define PARAM_QUERY "SELECT id, name, score FROM t_res WHERE id = ? OR name = ?"

static gboolean
lookup (GsqlConnection *conn, const GValue *params, gint64 *id, char **name, gboolean read_to_end)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlResult) r = gsql_connection_execute (conn, PARAM_QUERY, params, 2, NULL, &error);
  gboolean found;

  gsql_test_assert_no_error (error);
  found = gsql_result_next (r, &error);
  gsql_test_assert_no_error (error);
  if (found)
    {
      *id = gsql_result_get_int64 (r, 0);
      *name = g_strdup (gsql_result_get_string (r, 1));
      if (read_to_end)
        {
          ck_assert (!gsql_result_next (r, &error));
          gsql_test_assert_no_error (error);
        }
    }
  return found;
}

static void
insert_row (GsqlConnection *conn, const GValue *params)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlResult) r = gsql_connection_execute (conn, "INSERT INTO t_res (id, name) VALUES (?, ?)",
                                                     params, 2, NULL, &error);

  gsql_test_assert_no_error (error);
  ck_assert_ptr_nonnull (r);
}

/* One prepared statement executed again and again keeps its parameter
 * and column bindings between executions when nothing about them
 * changed; values of other kinds or sizes, NULLs, array executions of
 * the same text, a result left unread, a result that fetched in big
 * blocks and DDL in between must still give the right rows. */
START_TEST (test_reused_statement_bindings)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = setup (engine, backend);
  g_autoptr(GError) error = NULL;
  GValue params[2] = { G_VALUE_INIT, G_VALUE_INIT };
  GValue many[4] = { G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT };
  static const char *const names[] = { "one", "two", "three" };
  gint64 id = 0;
  gint64 rowcount = -1;

  for (guint round = 0; round < 4; round++)
    for (gint64 k = 1; k <= 3; k++)
      {
        g_autofree char *name = NULL;

        /* by id, the name parameter NULL; then by name (a string of
         * another length each time), the id parameter an unknown id */
        gsql_test_value_int64 (&params[0], k);
        g_value_init (&params[1], G_TYPE_STRING);
        ck_assert (lookup (conn, params, &id, &name, round % 2 == 0));
        ck_assert_int_eq (id, k);
        ck_assert_str_eq (name, names[k - 1]);
        g_clear_pointer (&name, g_free);
        gsql_test_values_unset (params, 2);

        gsql_test_value_int64 (&params[0], -1);
        gsql_test_value_string (&params[1], names[k - 1]);
        ck_assert (lookup (conn, params, &id, &name, round % 2 == 1));
        ck_assert_int_eq (id, k);
        ck_assert_str_eq (name, names[k - 1]);
        g_clear_pointer (&name, g_free);
        gsql_test_values_unset (params, 2);

        gsql_test_value_int64 (&params[0], 99);
        gsql_test_value_string (&params[1], "nobody");
        ck_assert (!lookup (conn, params, &id, &name, TRUE));
        gsql_test_values_unset (params, 2);
      }

  /* An INSERT run once with one row, then with two rows as arrays, then
   * with one row again: each time the values of that call. */
  gsql_test_value_int64 (&params[0], 10);
  gsql_test_value_string (&params[1], "ten");
  insert_row (conn, params);
  gsql_test_values_unset (params, 2);
  gsql_test_value_int64 (&many[0], 11);
  gsql_test_value_string (&many[1], "eleven");
  gsql_test_value_int64 (&many[2], 12);
  gsql_test_value_string (&many[3], "twelve");
  gsql_connection_execute_many (conn, "INSERT INTO t_res (id, name) VALUES (?, ?)", many, 2, 2, &rowcount, NULL, &error);
  gsql_test_assert_no_error (error);
  ck_assert_int_eq (rowcount, 2);
  gsql_test_values_unset (many, 4);
  gsql_test_value_int64 (&params[0], 13);
  gsql_test_value_string (&params[1], "thirteen");
  insert_row (conn, params);
  gsql_test_values_unset (params, 2);
  {
    g_autoptr(GsqlResult) r = query (conn, "SELECT id, name FROM t_res WHERE id >= 10 ORDER BY id");
    static const char *const expect[] = { "ten", "eleven", "twelve", "thirteen" };
    guint n = 0;

    while (gsql_result_next (r, &error))
      {
        ck_assert_int_eq (gsql_result_get_int64 (r, 0), 10 + n);
        ck_assert_str_eq (gsql_result_get_string (r, 1), expect[n]);
        n++;
      }
    gsql_test_assert_no_error (error);
    ck_assert_uint_eq (n, 4);
  }

  /* A query whose result grows its blocks past what a statement keeps
   * bound, run twice, then a one-row run of the same text. */
  {
    GValue *rows = g_new0 (GValue, 3000 * 2);
    const char *big = "SELECT id, name FROM t_res WHERE id >= ? ORDER BY id";

    for (guint i = 0; i < 3000; i++)
      {
        g_autofree char *name = g_strdup_printf ("bulk%u", i);
        gsql_test_value_int64 (&rows[2 * i], 1000 + i);
        gsql_test_value_string (&rows[2 * i + 1], name);
      }
    gsql_connection_execute_many (conn, "INSERT INTO t_res (id, name) VALUES (?, ?)", rows, 2, 3000, NULL, NULL, &error);
    gsql_test_assert_no_error (error);
    gsql_test_values_unset (rows, 3000 * 2);
    g_free (rows);
    for (guint pass = 0; pass < 3; pass++)
      {
        gint64 from = pass < 2 ? 1000 : 3999;
        g_autoptr(GsqlResult) r = NULL;
        guint n = 0;

        gsql_test_value_int64 (&params[0], from);
        r = gsql_connection_execute (conn, big, params, 1, NULL, &error);
        gsql_test_assert_no_error (error);
        gsql_test_values_unset (params, 1);
        while (gsql_result_next (r, &error))
          {
            g_autofree char *name = g_strdup_printf ("bulk%u", (guint) (from - 1000) + n);
            ck_assert_int_eq (gsql_result_get_int64 (r, 0), from + n);
            ck_assert_str_eq (gsql_result_get_string (r, 1), name);
            n++;
          }
        gsql_test_assert_no_error (error);
        ck_assert_uint_eq (n, pass < 2 ? 3000 : 1);
      }
  }

  /* DDL forgets prepared statements: the same text prepares again and
   * binds what the changed table has. */
  gsql_test_exec (conn, "DROP TABLE t_res");
  gsql_test_exec (conn, "CREATE TABLE t_res (id INTEGER PRIMARY KEY, name VARCHAR(40), score INTEGER)");
  gsql_test_exec (conn, "INSERT INTO t_res (id, name, score) VALUES (7, 'seven', 70)");
  {
    g_autofree char *name = NULL;

    gsql_test_value_int64 (&params[0], 7);
    g_value_init (&params[1], G_TYPE_STRING);
    ck_assert (lookup (conn, params, &id, &name, TRUE));
    ck_assert_int_eq (id, 7);
    ck_assert_str_eq (name, "seven");
    gsql_test_values_unset (params, 2);
  }
}
END_TEST

int
main (int argc, char **argv)
{
  Suite *s;
  TCase *tc;

  gsql_test_init (&argc, &argv);
  s = suite_create ("core/result");
  tc = gsql_test_tcase_new ("core/result");
  gsql_test_add_backend_test (tc, test_iterate, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_value_by_name, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_dml, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_first, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_one, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_one_or_none, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_scalar, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_all_and_rows, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_buffer, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_closed_result, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_many_rows, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_reused_statement_bindings, GSQL_TEST_ALL_BACKENDS, NULL);
  suite_add_tcase (s, tc);
  return gsql_test_run_suite (s);
}
