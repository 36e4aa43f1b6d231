/* test-error.c: what a failing statement reports
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <string.h>

#include "tests/gsql-test.h"

static void
setup_tables (GsqlConnection *conn)
{
  gsql_test_drop_tables (conn, "t_err_child", "t_err", NULL);
  gsql_test_exec (conn, "CREATE TABLE t_err (id INTEGER PRIMARY KEY, name VARCHAR(5) NOT NULL, "
                        "qty INTEGER CHECK (qty >= 0))");
  gsql_test_exec (conn, "CREATE TABLE t_err_child (id INTEGER PRIMARY KEY, parent_id INTEGER, "
                        "FOREIGN KEY (parent_id) REFERENCES t_err (id))");
  gsql_test_exec (conn, "INSERT INTO t_err (id, name, qty) VALUES (1, 'one', 1)");
}

/* Runs @sql with @params; it must fail with @code.  Returns the error. */
static GError *
expect_failure_full (GsqlConnection *conn, const char *sql, const GValue *params, guint n_params,
                     int code, gboolean from_server)
{
  GError *error = NULL;
  GsqlResult *result;

  result = gsql_connection_execute (conn, sql, params, n_params, NULL, &error);
  ck_assert_msg (result == NULL, "%s succeeded", sql);
  gsql_test_assert_error (error, code);
  ck_assert_ptr_nonnull (error->message);
  ck_assert_int_gt (strlen (error->message), 0);
  if (from_server)
    {
      ck_assert_msg (gsql_error_get_sqlstate (error) != NULL, "%s: no SQLSTATE", sql);
      ck_assert_int_eq (strlen (gsql_error_get_sqlstate (error)), 5);
      ck_assert_ptr_nonnull (gsql_error_get_driver_message (error));
    }
  printf ("#   %s -> %s, SQLSTATE %s, native %" G_GINT64_FORMAT ": %s\n", sql,
          gsql_test_error_code_name (error->code),
          gsql_error_get_sqlstate (error) ? gsql_error_get_sqlstate (error) : "-",
          gsql_error_get_native_code (error), error->message);
  return error;
}

/* A failure the database reports: it carries a SQLSTATE and the driver's
 * message. */
static GError *
expect_failure (GsqlConnection *conn, const char *sql, const GValue *params, guint n_params, int code)
{
  return expect_failure_full (conn, sql, params, n_params, code, TRUE);
}

/* After an error the connection goes on working. */
static void
assert_still_usable (GsqlConnection *conn)
{
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT COUNT(*) FROM t_err"), 1);
}

START_TEST (test_unique_violation)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  GValue params[3] = { G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT };
  g_autoptr(GError) error = NULL;

  setup_tables (conn);
  gsql_test_value_int (&params[0], 1);
  gsql_test_value_string (&params[1], "dup");
  gsql_test_value_int (&params[2], 5);
  error = expect_failure (conn, "INSERT INTO t_err (id, name, qty) VALUES (?, ?, ?)", params, 3,
                          GSQL_ERROR_UNIQUE_VIOLATION);
  gsql_test_values_unset (params, 3);
  ck_assert (gsql_error_is_integrity (error));
  if (backend == GSQL_TEST_POSTGRESQL)
    ck_assert_str_eq (gsql_error_get_sqlstate (error), "23505");
  else if (backend == GSQL_TEST_MARIADB)
    {
      ck_assert_str_eq (gsql_error_get_sqlstate (error), "23000");
      ck_assert_int_eq (gsql_error_get_native_code (error), 1062);
    }
  assert_still_usable (conn);
}
END_TEST

START_TEST (test_not_null_violation)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  GValue params[2] = { G_VALUE_INIT, G_VALUE_INIT };
  g_autoptr(GError) error = NULL;

  setup_tables (conn);
  gsql_test_value_int (&params[0], 2);
  /* params[1] unset: NULL */
  error = expect_failure (conn, "INSERT INTO t_err (id, name) VALUES (?, ?)", params, 2,
                          GSQL_ERROR_NOT_NULL_VIOLATION);
  gsql_test_values_unset (params, 2);
  ck_assert (gsql_error_is_integrity (error));
  if (backend == GSQL_TEST_POSTGRESQL)
    ck_assert_str_eq (gsql_error_get_sqlstate (error), "23502");
  else if (backend == GSQL_TEST_MARIADB)
    ck_assert_int_eq (gsql_error_get_native_code (error), 1048);
  assert_still_usable (conn);
}
END_TEST

START_TEST (test_check_violation)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GError) error = NULL;

  setup_tables (conn);
  error = expect_failure (conn, "INSERT INTO t_err (id, name, qty) VALUES (3, 'x', -1)", NULL, 0,
                          GSQL_ERROR_CHECK_VIOLATION);
  ck_assert (gsql_error_is_integrity (error));
  if (backend == GSQL_TEST_POSTGRESQL)
    ck_assert_str_eq (gsql_error_get_sqlstate (error), "23514");
  assert_still_usable (conn);
}
END_TEST

START_TEST (test_foreign_key_violation)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GError) error = NULL;

  setup_tables (conn);
  gsql_test_exec (conn, "INSERT INTO t_err_child (id, parent_id) VALUES (1, 1)");
  error = expect_failure (conn, "INSERT INTO t_err_child (id, parent_id) VALUES (2, 99)", NULL, 0,
                          GSQL_ERROR_FOREIGN_KEY_VIOLATION);
  ck_assert (gsql_error_is_integrity (error));
  g_clear_error (&error);
  /* The parent row is referenced: deleting it fails the same way. */
  error = expect_failure (conn, "DELETE FROM t_err WHERE id = 1", NULL, 0,
                          GSQL_ERROR_FOREIGN_KEY_VIOLATION);
  ck_assert (gsql_error_is_integrity (error));
  if (backend == GSQL_TEST_POSTGRESQL)
    ck_assert_str_eq (gsql_error_get_sqlstate (error), "23503");
  assert_still_usable (conn);
}
END_TEST

START_TEST (test_programming_errors)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  GValue one = G_VALUE_INIT;
  GError *error;

  setup_tables (conn);

  error = expect_failure (conn, "SELEC 1 FROM t_err", NULL, 0, GSQL_ERROR_PROGRAMMING);
  ck_assert (!gsql_error_is_integrity (error));
  if (backend == GSQL_TEST_POSTGRESQL)
    ck_assert_str_eq (gsql_error_get_sqlstate (error), "42601");
  else if (backend == GSQL_TEST_MARIADB)
    ck_assert_str_eq (gsql_error_get_sqlstate (error), "42000");
  g_error_free (error);
  assert_still_usable (conn);

  error = expect_failure (conn, "SELECT * FROM t_err_no_such_table", NULL, 0, GSQL_ERROR_PROGRAMMING);
  g_error_free (error);
  assert_still_usable (conn);

  error = expect_failure (conn, "SELECT no_such_column FROM t_err", NULL, 0, GSQL_ERROR_PROGRAMMING);
  g_error_free (error);
  assert_still_usable (conn);

  /* Two markers, one value: gsql may notice before the driver does. */
  gsql_test_value_int (&one, 5);
  error = expect_failure_full (conn, "INSERT INTO t_err (id, name) VALUES (?, ?)", &one, 1,
                               GSQL_ERROR_PROGRAMMING, FALSE);
  g_value_unset (&one);
  g_error_free (error);
  assert_still_usable (conn);
}
END_TEST

START_TEST (test_data_errors)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  GValue params[2] = { G_VALUE_INIT, G_VALUE_INIT };
  GError *error;

  setup_tables (conn);
  gsql_test_value_int (&params[0], 7);
  gsql_test_value_string (&params[1], "much too long for five");
  error = expect_failure (conn, "INSERT INTO t_err (id, name) VALUES (?, ?)", params, 2, GSQL_ERROR_DATA);
  ck_assert (!gsql_error_is_integrity (error));
  g_error_free (error);
  gsql_test_values_unset (params, 2);
  assert_still_usable (conn);

  if (backend == GSQL_TEST_POSTGRESQL)
    {
      error = expect_failure (conn, "SELECT 1 / 0", NULL, 0, GSQL_ERROR_DATA);
      ck_assert_str_eq (gsql_error_get_sqlstate (error), "22012");
      g_error_free (error);
      assert_still_usable (conn);
    }
}
END_TEST

START_TEST (test_sqlstate_mapping)
{
  static const struct {
    const char *sqlstate;
    gint64 native;
    GsqlError code;
  } map[] = {
    { "23505", 0, GSQL_ERROR_UNIQUE_VIOLATION },
    { "23503", 0, GSQL_ERROR_FOREIGN_KEY_VIOLATION },
    { "23502", 0, GSQL_ERROR_NOT_NULL_VIOLATION },
    { "23514", 0, GSQL_ERROR_CHECK_VIOLATION },
    { "23000", 1062, GSQL_ERROR_UNIQUE_VIOLATION },
    { "23000", 1452, GSQL_ERROR_FOREIGN_KEY_VIOLATION },
    { "23000", 1451, GSQL_ERROR_FOREIGN_KEY_VIOLATION },
    { "23000", 1048, GSQL_ERROR_NOT_NULL_VIOLATION },
    { "23000", 4025, GSQL_ERROR_CHECK_VIOLATION },
    { "42601", 0, GSQL_ERROR_PROGRAMMING },
    { "42P01", 0, GSQL_ERROR_PROGRAMMING },
    { "42S02", 1146, GSQL_ERROR_PROGRAMMING },
    { "42S22", 1054, GSQL_ERROR_PROGRAMMING },
    { "22001", 0, GSQL_ERROR_DATA },
    { "22012", 0, GSQL_ERROR_DATA },
    { "22P02", 0, GSQL_ERROR_DATA },
    { "08S01", 0, GSQL_ERROR_DISCONNECTED },
    { "08S01", 2013, GSQL_ERROR_DISCONNECTED },
    { "57P01", 0, GSQL_ERROR_DISCONNECTED },
    { "40001", 0, GSQL_ERROR_SERIALIZATION_FAILURE },
    { "40P01", 0, GSQL_ERROR_SERIALIZATION_FAILURE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    ck_assert_msg (gsql_error_from_sqlstate (map[i].sqlstate, map[i].native) == map[i].code,
                   "SQLSTATE %s native %" G_GINT64_FORMAT ": expected %s, got %s",
                   map[i].sqlstate, map[i].native, gsql_test_error_code_name (map[i].code),
                   gsql_test_error_code_name (gsql_error_from_sqlstate (map[i].sqlstate, map[i].native)));
}
END_TEST

START_TEST (test_error_helpers)
{
  g_autoptr(GError) io = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "not ours");
  g_autoptr(GError) integrity = g_error_new_literal (GSQL_ERROR, GSQL_ERROR_INTEGRITY, "integrity");
  g_autoptr(GError) programming = g_error_new_literal (GSQL_ERROR, GSQL_ERROR_PROGRAMMING, "programming");
  const GsqlError integrity_codes[] = {
    GSQL_ERROR_INTEGRITY, GSQL_ERROR_UNIQUE_VIOLATION, GSQL_ERROR_FOREIGN_KEY_VIOLATION,
    GSQL_ERROR_NOT_NULL_VIOLATION, GSQL_ERROR_CHECK_VIOLATION,
  };

  ck_assert (!gsql_error_is_integrity (io));
  ck_assert (!gsql_error_is_integrity (programming));
  ck_assert (gsql_error_is_integrity (integrity));
  for (guint i = 0; i < G_N_ELEMENTS (integrity_codes); i++)
    {
      g_autoptr(GError) e = g_error_new_literal (GSQL_ERROR, integrity_codes[i], "x");
      ck_assert (gsql_error_is_integrity (e));
    }
  /* An error gsql raised itself carries no SQLSTATE. */
  ck_assert_ptr_null (gsql_error_get_sqlstate (integrity));
  ck_assert_int_eq (gsql_error_get_native_code (integrity), 0);
}
END_TEST

int
main (int argc, char **argv)
{
  Suite *s;
  TCase *tc;

  gsql_test_init (&argc, &argv);
  s = suite_create ("core/error");
  tc = gsql_test_tcase_new ("core/error");
  tcase_add_test (tc, test_sqlstate_mapping);
  tcase_add_test (tc, test_error_helpers);
  gsql_test_add_backend_test (tc, test_unique_violation, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_not_null_violation, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_check_violation, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_foreign_key_violation, GSQL_TEST_SERVER_BACKENDS,
                              "the SQLite driver enforces foreign keys only with FKSupport=1");
  gsql_test_add_backend_test (tc, test_programming_errors, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_data_errors, GSQL_TEST_SERVER_BACKENDS,
                              "SQLite does not check VARCHAR lengths");
  suite_add_tcase (s, tc);
  return gsql_test_run_suite (s);
}
