/* test-disconnect.c: a connection killed by the server
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * The connection is killed from a second connection (PostgreSQL:
 * pg_terminate_backend(), MariaDB: KILL).  SQLite has no server, so these
 * tests do not apply to it.
 */
#include "config.h"

#include "tests/gsql-test.h"

START_TEST (test_killed_connection)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  GsqlPool *pool = gsql_engine_get_pool (engine);
  g_autoptr(GError) error = NULL;
  GsqlConnection *victim, *killer, *fresh;
  GsqlResult *result;
  gint64 id, new_id;

  gsql_pool_set_size (pool, 2);
  gsql_pool_set_max_overflow (pool, 0);
  gsql_pool_set_pre_ping (pool, FALSE);

  victim = gsql_test_connect (engine);
  killer = gsql_test_connect (engine);
  id = gsql_test_session_id (victim, backend);
  gsql_test_kill_session (killer, backend, id);

  result = gsql_connection_execute (victim, "SELECT 1", NULL, 0, NULL, &error);
  ck_assert_ptr_null (result);
  gsql_test_assert_error (error, GSQL_ERROR_DISCONNECTED);
  printf ("#   %s (SQLSTATE %s)\n", error->message,
          gsql_error_get_sqlstate (error) ? gsql_error_get_sqlstate (error) : "-");
  g_clear_error (&error);
  ck_assert (gsql_connection_is_invalidated (victim));

  /* A second statement on it fails at once, the same way or as CLOSED. */
  result = gsql_connection_execute (victim, "SELECT 1", NULL, 0, NULL, &error);
  ck_assert_ptr_null (result);
  ck_assert (error != NULL && error->domain == GSQL_ERROR &&
             (error->code == GSQL_ERROR_DISCONNECTED || error->code == GSQL_ERROR_CLOSED));
  g_clear_error (&error);

  /* Returned, it is discarded (and counted) instead of pooled. */
  g_object_unref (victim);
  ck_assert_uint_eq (gsql_pool_get_n_invalidated (pool), 1);
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 1);
  ck_assert_uint_eq (gsql_pool_get_n_idle (pool), 0);

  fresh = gsql_test_connect (engine);
  ck_assert (!gsql_connection_is_invalidated (fresh));
  ck_assert_int_eq (gsql_test_query_int64 (fresh, "SELECT 1"), 1);
  new_id = gsql_test_session_id (fresh, backend);
  ck_assert_int_ne (new_id, id);
  ck_assert_uint_eq (gsql_pool_get_n_connects (pool), 3);
  g_object_unref (fresh);
  g_object_unref (killer);
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 0);
  ck_assert_uint_eq (gsql_pool_get_n_idle (pool), 2);
  ck_assert_uint_eq (gsql_pool_get_n_invalidated (pool), 1);
}
END_TEST

/* Killed inside a transaction: the statement fails with DISCONNECTED,
 * nothing hangs or crashes, and the pool recovers. */
START_TEST (test_killed_in_transaction)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  GsqlPool *pool = gsql_engine_get_pool (engine);
  g_autoptr(GError) error = NULL;
  GsqlConnection *victim, *killer;
  GsqlResult *result;

  gsql_pool_set_size (pool, 2);
  gsql_pool_set_max_overflow (pool, 0);

  victim = gsql_test_connect (engine);
  killer = gsql_test_connect (engine);
  gsql_test_drop_tables (killer, "t_disconnect", NULL);
  gsql_test_exec (killer, "CREATE TABLE t_disconnect (id INTEGER PRIMARY KEY)");

  ck_assert (gsql_connection_begin (victim, &error));
  gsql_test_assert_no_error (error);
  gsql_test_exec (victim, "INSERT INTO t_disconnect VALUES (1)");
  gsql_test_kill_session (killer, backend, gsql_test_session_id (victim, backend));

  result = gsql_connection_execute (victim, "INSERT INTO t_disconnect VALUES (2)", NULL, 0, NULL, &error);
  ck_assert_ptr_null (result);
  gsql_test_assert_error (error, GSQL_ERROR_DISCONNECTED);
  g_clear_error (&error);
  ck_assert (gsql_connection_is_invalidated (victim));

  /* A commit of the lost transaction cannot succeed; the rollback after it
   * may report what it likes but must not hang or crash. */
  ck_assert (!gsql_connection_commit (victim, &error));
  ck_assert_ptr_nonnull (error);
  g_clear_error (&error);
  gsql_connection_rollback (victim, &error);
  g_clear_error (&error);
  g_object_unref (victim);

  ck_assert_int_eq (gsql_test_query_int64 (killer, "SELECT COUNT(*) FROM t_disconnect"), 0);
  g_object_unref (killer);

  victim = gsql_test_connect (engine);
  ck_assert_int_eq (gsql_test_query_int64 (victim, "SELECT COUNT(*) FROM t_disconnect"), 0);
  g_object_unref (victim);
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 0);
}
END_TEST

/* With pre-ping, a pooled connection that died while idle is replaced at
 * checkout without the caller seeing an error. */
START_TEST (test_pre_ping)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlEngine) other_engine = gsql_test_open_engine (backend);
  GsqlPool *pool = gsql_engine_get_pool (engine);
  GsqlConnection *conn, *killer;
  gint64 id;

  gsql_pool_set_size (pool, 1);
  gsql_pool_set_max_overflow (pool, 0);
  gsql_pool_set_pre_ping (pool, TRUE);

  conn = gsql_test_connect (engine);
  id = gsql_test_session_id (conn, backend);
  g_object_unref (conn);
  ck_assert_uint_eq (gsql_pool_get_n_idle (pool), 1);

  killer = gsql_test_connect (other_engine);
  gsql_test_kill_session (killer, backend, id);
  g_object_unref (killer);

  conn = gsql_test_connect (engine);
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT 1"), 1);
  ck_assert_int_ne (gsql_test_session_id (conn, backend), id);
  ck_assert_uint_eq (gsql_pool_get_n_connects (pool), 2);
  g_object_unref (conn);
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 0);
}
END_TEST

int
main (int argc, char **argv)
{
  Suite *s;
  TCase *tc;
  const char *why = "SQLite has no server to kill a connection from";

  gsql_test_init (&argc, &argv);
  s = suite_create ("core/disconnect");
  tc = gsql_test_tcase_new ("core/disconnect");
  gsql_test_add_backend_test (tc, test_killed_connection, GSQL_TEST_SERVER_BACKENDS, why);
  gsql_test_add_backend_test (tc, test_killed_in_transaction, GSQL_TEST_SERVER_BACKENDS, why);
  gsql_test_add_backend_test (tc, test_pre_ping, GSQL_TEST_SERVER_BACKENDS, why);
  suite_add_tcase (s, tc);
  return gsql_test_run_suite (s);
}
