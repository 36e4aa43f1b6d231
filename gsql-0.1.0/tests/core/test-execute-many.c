/* test-execute-many.c: one statement, many parameter sets
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <string.h>

#include "tests/gsql-test.h"

#define N_COLUMNS 5

static void
setup_table (GsqlConnection *conn, GsqlTestBackend backend)
{
  g_autofree char *create = g_strdup_printf ("CREATE TABLE t_many (id INTEGER PRIMARY KEY, name VARCHAR(300) NOT NULL, "
                                             "amount BIGINT, score %s, note VARCHAR(20))",
                                             backend == GSQL_TEST_POSTGRESQL ? "DOUBLE PRECISION" : "DOUBLE");

  gsql_test_drop_tables (conn, "t_many", NULL);
  gsql_test_exec (conn, create);
}

/* Row i: (i + 1, 'n<i>xxx…' of length 1..300, i * 3, i / 4.0, NULL every
 * 7th row else 'note'). */
static GValue *
make_rows (guint n_rows, guint *out_total_name_length, guint *out_n_notes)
{
  GValue *params = g_new0 (GValue, (gsize) n_rows * N_COLUMNS);
  guint total = 0, notes = 0;

  for (guint i = 0; i < n_rows; i++)
    {
      GValue *row = &params[(gsize) i * N_COLUMNS];
      GString *name = g_string_new (NULL);

      g_string_printf (name, "n%u", i);
      /* Lengths vary from row to row, and the longest row is not the first:
       * a batch sized on its first value would truncate. */
      while (name->len < 1 + (i * 37) % 300)
        g_string_append_c (name, 'x');
      total += name->len;

      gsql_test_value_int64 (&row[0], i + 1);
      gsql_test_value_string (&row[1], name->str);
      gsql_test_value_int64 (&row[2], (gint64) i * 3);
      gsql_test_value_double (&row[3], i / 4.0);
      if (i % 7 != 0)
        {
          gsql_test_value_string (&row[4], "note");
          notes++;
        }
      g_string_free (name, TRUE);
    }
  if (out_total_name_length)
    *out_total_name_length = total;
  if (out_n_notes)
    *out_n_notes = notes;
  return params;
}

static void
free_rows (GValue *params, guint n_rows)
{
  gsql_test_values_unset (params, n_rows * N_COLUMNS);
  g_free (params);
}

#define INSERT "INSERT INTO t_many (id, name, amount, score, note) VALUES (?, ?, ?, ?, ?)"

START_TEST (test_ten_thousand_rows)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GError) error = NULL;
  const guint n = 10000;
  guint total_length, n_notes;
  GValue *params = make_rows (n, &total_length, &n_notes);
  gint64 rowcount = -1;
  gint64 start;
  g_autoptr(GsqlResult) result = NULL;

  setup_table (conn, backend);
  start = g_get_monotonic_time ();
  ck_assert (gsql_connection_execute_many (conn, INSERT, params, N_COLUMNS, n, &rowcount, NULL, &error));
  gsql_test_assert_no_error (error);
  printf ("#   %u rows in %.3f s\n", n, (g_get_monotonic_time () - start) / 1e6);
  free_rows (params, n);

  ck_assert_int_eq (rowcount, n);
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT COUNT(*) FROM t_many"), n);
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT SUM(id) FROM t_many"), (gint64) n * (n + 1) / 2);
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT SUM(amount) FROM t_many"), (gint64) 3 * n * (n - 1) / 2);
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT COUNT(note) FROM t_many"), n_notes);
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT SUM(LENGTH(name)) FROM t_many"), total_length);

  /* sum of i/4 for i < n: exact in binary */
  result = gsql_connection_execute (conn, "SELECT SUM(score) FROM t_many", NULL, 0, NULL, &error);
  gsql_test_assert_no_error (error);
  ck_assert (gsql_result_one (result, &error));
  ck_assert_double_eq (gsql_result_get_double (result, 0), (double) n * (n - 1) / 2 / 4.0);
  g_clear_object (&result);

  /* Spot checks, including the longest name. */
  result = gsql_connection_execute_va (conn, NULL, &error,
                                       "SELECT name, amount, score, note FROM t_many WHERE id = ?",
                                       G_TYPE_INT64, (gint64) 8 + 1, G_TYPE_INVALID);
  gsql_test_assert_no_error (error);
  ck_assert (gsql_result_one (result, &error));
  ck_assert_uint_eq (strlen (gsql_result_get_string (result, 0)), 1 + (8 * 37) % 300);
  ck_assert_int_eq (gsql_result_get_int64 (result, 1), 24);
  ck_assert_double_eq (gsql_result_get_double (result, 2), 2.0);
  ck_assert_str_eq (gsql_result_get_string (result, 3), "note");
  g_clear_object (&result);

  result = gsql_connection_execute_va (conn, NULL, &error,
                                       "SELECT note FROM t_many WHERE id = ?",
                                       G_TYPE_INT64, (gint64) 7 * 100 + 1, G_TYPE_INVALID);
  gsql_test_assert_no_error (error);
  ck_assert (gsql_result_one (result, &error));
  ck_assert (gsql_result_is_null (result, 0));
}
END_TEST

/* Row counts add up for UPDATE too (one count per parameter set). */
START_TEST (test_update_many)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GError) error = NULL;
  GValue *params = make_rows (200, NULL, NULL);
  GValue updates[2 * 101];
  gint64 rowcount = -1;

  setup_table (conn, backend);
  ck_assert (gsql_connection_execute_many (conn, INSERT, params, N_COLUMNS, 200, &rowcount, NULL, &error));
  gsql_test_assert_no_error (error);
  free_rows (params, 200);
  ck_assert_int_eq (rowcount, 200);

  /* 100 matching ids and one that matches nothing. */
  memset (updates, 0, sizeof updates);
  for (guint i = 0; i < 101; i++)
    {
      gsql_test_value_int64 (&updates[2 * i], -1);
      gsql_test_value_int64 (&updates[2 * i + 1], i < 100 ? 2 * i + 1 : 100000);
    }
  rowcount = -1;
  ck_assert (gsql_connection_execute_many (conn, "UPDATE t_many SET amount = ? WHERE id = ?",
                                           updates, 2, 101, &rowcount, NULL, &error));
  gsql_test_assert_no_error (error);
  gsql_test_values_unset (updates, G_N_ELEMENTS (updates));
  ck_assert_int_eq (rowcount, 100);
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT COUNT(*) FROM t_many WHERE amount = -1"), 100);
}
END_TEST

START_TEST (test_rollback)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GError) error = NULL;
  GValue *params = make_rows (500, NULL, NULL);
  gint64 rowcount = -1;

  setup_table (conn, backend);
  ck_assert (gsql_connection_begin (conn, &error));
  ck_assert (gsql_connection_execute_many (conn, INSERT, params, N_COLUMNS, 500, &rowcount, NULL, &error));
  gsql_test_assert_no_error (error);
  ck_assert_int_eq (rowcount, 500);
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT COUNT(*) FROM t_many"), 500);
  ck_assert (gsql_connection_rollback (conn, &error));
  gsql_test_assert_no_error (error);
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT COUNT(*) FROM t_many"), 0);
  free_rows (params, 500);
}
END_TEST

/* A duplicate key in the middle of a batch: the batch fails with the
 * constraint's code, and rolling back leaves nothing. */
START_TEST (test_error_in_batch)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GError) error = NULL;
  GValue *params = make_rows (300, NULL, NULL);
  gint64 rowcount = -1;

  /* row 150 repeats the id of row 10 */
  g_value_set_int64 (&params[150 * N_COLUMNS], 11);

  setup_table (conn, backend);
  ck_assert (gsql_connection_begin (conn, &error));
  ck_assert (!gsql_connection_execute_many (conn, INSERT, params, N_COLUMNS, 300, &rowcount, NULL, &error));
  gsql_test_assert_error (error, GSQL_ERROR_UNIQUE_VIOLATION);
  ck_assert (gsql_error_is_integrity (error));
  g_clear_error (&error);
  ck_assert (gsql_connection_rollback (conn, &error));
  gsql_test_assert_no_error (error);
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT COUNT(*) FROM t_many"), 0);
  free_rows (params, 300);
}
END_TEST

/* A string with invalid UTF-8 anywhere in the batch: refused, none sent. */
START_TEST (test_invalid_utf8_in_batch)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GError) error = NULL;
  GValue *params = make_rows (50, NULL, NULL);
  gint64 rowcount = -1;

  g_value_set_string (&params[40 * N_COLUMNS + 1], "bad \xff byte");
  setup_table (conn, backend);
  ck_assert (!gsql_connection_execute_many (conn, INSERT, params, N_COLUMNS, 50, &rowcount, NULL, &error));
  gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT COUNT(*) FROM t_many"), 0);
  free_rows (params, 50);
}
END_TEST

int
main (int argc, char **argv)
{
  Suite *s;
  TCase *tc;

  gsql_test_init (&argc, &argv);
  s = suite_create ("core/execute-many");
  tc = gsql_test_tcase_new ("core/execute-many");
  gsql_test_add_backend_test (tc, test_ten_thousand_rows, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_update_many, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_rollback, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_error_in_batch, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_invalid_utf8_in_batch, GSQL_TEST_ALL_BACKENDS, NULL);
  suite_add_tcase (s, tc);
  return gsql_test_run_suite (s);
}
