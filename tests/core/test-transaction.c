/* test-transaction.c: autocommit, commit, rollback, savepoints
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include "tests/gsql-test.h"

static void
setup_table (GsqlConnection *conn)
{
  gsql_test_drop_tables (conn, "t_txn", NULL);
  gsql_test_exec (conn, "CREATE TABLE t_txn (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL)");
}

static void
insert (GsqlConnection *conn, int id, const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlResult) result = NULL;

  result = gsql_connection_execute_va (conn, NULL, &error,
                                       "INSERT INTO t_txn (id, name) VALUES (?, ?)",
                                       G_TYPE_INT, id, G_TYPE_STRING, name, G_TYPE_INVALID);
  gsql_test_assert_no_error (error);
  ck_assert_int_eq (gsql_result_get_rowcount (result), 1);
}

/* The ids in t_txn as seen by @conn, e.g. "1,2". */
static char *
ids (GsqlConnection *conn)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlResult) result = NULL;
  GString *s = g_string_new (NULL);

  result = gsql_connection_execute (conn, "SELECT id FROM t_txn ORDER BY id", NULL, 0, NULL, &error);
  gsql_test_assert_no_error (error);
  while (gsql_result_next (result, &error))
    g_string_append_printf (s, "%s%" G_GINT64_FORMAT, s->len ? "," : "", gsql_result_get_int64 (result, 0));
  gsql_test_assert_no_error (error);
  return g_string_free (s, FALSE);
}

#define assert_ids(conn, expected) G_STMT_START { \
  g_autofree char *got_ = ids (conn); \
  ck_assert_str_eq (got_, expected); \
} G_STMT_END

#define ck_ok(call) G_STMT_START { \
  g_autoptr(GError) e_ = NULL; \
  gboolean ok_ = call (conn, &e_); \
  gsql_test_assert_no_error (e_); \
  ck_assert_msg (ok_, #call " returned FALSE"); \
} G_STMT_END

START_TEST (test_autocommit)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GsqlConnection) other = gsql_test_connect (engine);

  setup_table (conn);
  ck_assert (!gsql_connection_in_transaction (conn));
  insert (conn, 1, "a");
  ck_assert (!gsql_connection_in_transaction (conn));
  assert_ids (other, "1");
}
END_TEST

START_TEST (test_commit)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GsqlConnection) other = gsql_test_connect (engine);

  setup_table (conn);
  ck_ok (gsql_connection_begin);
  ck_assert (gsql_connection_in_transaction (conn));
  ck_assert_uint_eq (gsql_connection_get_transaction_depth (conn), 1);
  insert (conn, 1, "a");
  insert (conn, 2, "b");
  assert_ids (conn, "1,2");
  assert_ids (other, "");          /* not committed yet */
  ck_ok (gsql_connection_commit);
  ck_assert (!gsql_connection_in_transaction (conn));
  ck_assert_uint_eq (gsql_connection_get_transaction_depth (conn), 0);
  assert_ids (other, "1,2");

  /* Back in autocommit mode afterwards. */
  insert (conn, 3, "c");
  assert_ids (other, "1,2,3");
}
END_TEST

START_TEST (test_rollback)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GsqlConnection) other = gsql_test_connect (engine);

  setup_table (conn);
  insert (conn, 1, "a");
  ck_ok (gsql_connection_begin);
  insert (conn, 2, "b");
  assert_ids (conn, "1,2");
  ck_ok (gsql_connection_rollback);
  ck_assert (!gsql_connection_in_transaction (conn));
  assert_ids (conn, "1");
  assert_ids (other, "1");

  /* A transaction can follow a rolled-back one. */
  ck_ok (gsql_connection_begin);
  insert (conn, 3, "c");
  ck_ok (gsql_connection_commit);
  assert_ids (other, "1,3");
}
END_TEST

/* begin, insert A, begin_nested, insert B, rollback → only A after commit. */
START_TEST (test_savepoint_rollback)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GsqlConnection) other = gsql_test_connect (engine);

  setup_table (conn);
  ck_ok (gsql_connection_begin);
  insert (conn, 1, "A");
  ck_ok (gsql_connection_begin_nested);
  ck_assert_uint_eq (gsql_connection_get_transaction_depth (conn), 2);
  insert (conn, 2, "B");
  assert_ids (conn, "1,2");
  ck_ok (gsql_connection_rollback);
  ck_assert_uint_eq (gsql_connection_get_transaction_depth (conn), 1);
  ck_assert (gsql_connection_in_transaction (conn));
  assert_ids (conn, "1");
  assert_ids (other, "");
  ck_ok (gsql_connection_commit);
  ck_assert_uint_eq (gsql_connection_get_transaction_depth (conn), 0);
  assert_ids (other, "1");
}
END_TEST

START_TEST (test_savepoint_release)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GsqlConnection) other = gsql_test_connect (engine);

  setup_table (conn);
  ck_ok (gsql_connection_begin);
  insert (conn, 1, "A");
  ck_ok (gsql_connection_begin_nested);
  insert (conn, 2, "B");
  ck_ok (gsql_connection_commit);          /* RELEASE SAVEPOINT */
  ck_assert_uint_eq (gsql_connection_get_transaction_depth (conn), 1);
  assert_ids (other, "");                  /* outer transaction still open */
  ck_ok (gsql_connection_commit);
  assert_ids (other, "1,2");
}
END_TEST

/* Three levels: the innermost rollback undoes only its own work; rolling
 * back the outer transaction undoes released savepoints too. */
START_TEST (test_savepoint_levels)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);

  setup_table (conn);
  ck_ok (gsql_connection_begin);
  insert (conn, 1, "A");
  ck_ok (gsql_connection_begin_nested);
  insert (conn, 2, "B");
  ck_ok (gsql_connection_begin_nested);
  ck_assert_uint_eq (gsql_connection_get_transaction_depth (conn), 3);
  insert (conn, 3, "C");
  ck_ok (gsql_connection_rollback);
  assert_ids (conn, "1,2");
  ck_ok (gsql_connection_begin_nested);    /* a second savepoint at level 3 */
  insert (conn, 4, "D");
  ck_ok (gsql_connection_commit);
  ck_ok (gsql_connection_commit);
  ck_assert_uint_eq (gsql_connection_get_transaction_depth (conn), 1);
  assert_ids (conn, "1,2,4");
  ck_ok (gsql_connection_commit);
  assert_ids (conn, "1,2,4");

  ck_ok (gsql_connection_begin);
  insert (conn, 5, "E");
  ck_ok (gsql_connection_begin_nested);
  insert (conn, 6, "F");
  ck_ok (gsql_connection_commit);
  ck_ok (gsql_connection_rollback);
  ck_assert_uint_eq (gsql_connection_get_transaction_depth (conn), 0);
  assert_ids (conn, "1,2,4");
}
END_TEST

/* The classic recovery pattern: a failed statement inside a savepoint is
 * rolled back to it and the outer transaction goes on. */
START_TEST (test_savepoint_after_error)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GsqlConnection) other = gsql_test_connect (engine);
  g_autoptr(GError) error = NULL;
  GsqlResult *result;

  setup_table (conn);
  ck_ok (gsql_connection_begin);
  insert (conn, 1, "A");
  ck_ok (gsql_connection_begin_nested);
  result = gsql_connection_execute_va (conn, NULL, &error,
                                       "INSERT INTO t_txn (id, name) VALUES (?, ?)",
                                       G_TYPE_INT, 1, G_TYPE_STRING, "duplicate", G_TYPE_INVALID);
  ck_assert_ptr_null (result);
  gsql_test_assert_error (error, GSQL_ERROR_UNIQUE_VIOLATION);
  ck_ok (gsql_connection_rollback);
  insert (conn, 2, "B");
  ck_ok (gsql_connection_commit);
  assert_ids (other, "1,2");
}
END_TEST

/* A connection returned to the pool inside a transaction is rolled back. */
START_TEST (test_return_rolls_back)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  GsqlPool *pool = gsql_engine_get_pool (engine);
  GsqlConnection *conn;

  gsql_pool_set_size (pool, 1);
  gsql_pool_set_max_overflow (pool, 0);
  conn = gsql_test_connect (engine);
  setup_table (conn);
  ck_ok (gsql_connection_begin);
  insert (conn, 1, "A");
  ck_ok (gsql_connection_begin_nested);
  insert (conn, 2, "B");
  g_object_unref (conn);
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 0);

  conn = gsql_test_connect (engine);
  ck_assert_uint_eq (gsql_pool_get_n_connects (pool), 1); /* the same one */
  ck_assert (!gsql_connection_in_transaction (conn));
  ck_assert_uint_eq (gsql_connection_get_transaction_depth (conn), 0);
  assert_ids (conn, "");
  /* …and it is in autocommit mode again. */
  insert (conn, 3, "C");
  g_object_unref (conn);
  conn = gsql_test_connect (engine);
  assert_ids (conn, "3");

  /* Same with an explicit close. */
  ck_ok (gsql_connection_begin);
  insert (conn, 4, "D");
  gsql_connection_close (conn);
  g_object_unref (conn);
  conn = gsql_test_connect (engine);
  assert_ids (conn, "3");
  g_object_unref (conn);
}
END_TEST

/* One row inserted in a transaction of its own, committed. */
static void
insert_in_transaction (GsqlConnection *conn, int id, const char *name)
{
  ck_ok (gsql_connection_begin);
  insert (conn, id, name);
  ck_ok (gsql_connection_commit);
}

/* Transactions one after another on one connection: gsql leaves the
 * driver in manual-commit mode after each (no round trip to switch it at
 * begin and commit), so everything that is not a transaction — a plain
 * statement, an isolation level change, the connection's return to the
 * pool — must find autocommit on again. */
START_TEST (test_transactions_in_a_row)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  GsqlPool *pool = gsql_engine_get_pool (engine);
  g_autoptr(GsqlConnection) other = NULL;
  GsqlConnection *conn;

  gsql_pool_set_size (pool, 2);
  gsql_pool_set_max_overflow (pool, 0);
  conn = gsql_test_connect (engine);
  other = gsql_test_connect (engine);
  setup_table (conn);
  for (int k = 1; k <= 6; k++)
    {
      g_autofree char *name = g_strdup_printf ("n%d", k);

      ck_ok (gsql_connection_begin);
      insert (conn, k, name);
      if (k % 3 == 0)
        ck_ok (gsql_connection_rollback);
      else
        ck_ok (gsql_connection_commit);
    }
  assert_ids (other, "1,2,4,5");
  /* a statement after the last commit commits by itself */
  insert (conn, 10, "plain");
  assert_ids (other, "1,2,4,5,10");
  if (backend == GSQL_TEST_MARIADB)
    ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT @@autocommit"), 1);

  /* a failed statement outside a transaction, then a transaction */
  insert_in_transaction (conn, 11, "t");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GsqlResult) r = gsql_connection_execute (conn, "INSERT INTO t_txn (id, name) VALUES (1, 'dup')",
                                                       NULL, 0, NULL, &error);
    ck_assert_ptr_null (r);
    ck_assert (error != NULL && gsql_error_is_integrity (error));
  }
  ck_assert (!gsql_connection_in_transaction (conn));
  insert (conn, 12, "after");
  assert_ids (other, "1,2,4,5,10,11,12");

  /* the isolation level changes after a commit, then applies */
  insert_in_transaction (conn, 13, "u");
  {
    g_autoptr(GError) error = NULL;
    ck_assert (gsql_connection_set_isolation_level (conn, GSQL_ISOLATION_LEVEL_SERIALIZABLE, &error));
    gsql_test_assert_no_error (error);
  }
  insert_in_transaction (conn, 14, "v");
  assert_ids (other, "1,2,4,5,10,11,12,13,14");

  /* back to the pool straight after a commit: the next user of the same
   * connection is in autocommit mode */
  insert_in_transaction (conn, 15, "w");
  g_object_unref (conn);
  conn = gsql_test_connect (engine);
  ck_assert_uint_eq (gsql_pool_get_n_connects (pool), 2);   /* the same two */
  ck_assert (!gsql_connection_in_transaction (conn));
  insert (conn, 16, "x");
  assert_ids (other, "1,2,4,5,10,11,12,13,14,15,16");
  if (backend == GSQL_TEST_MARIADB)
    ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT @@autocommit"), 1);
  g_object_unref (conn);
}
END_TEST

int
main (int argc, char **argv)
{
  Suite *s;
  TCase *tc;

  gsql_test_init (&argc, &argv);
  s = suite_create ("core/transaction");
  tc = gsql_test_tcase_new ("core/transaction");
  gsql_test_add_backend_test (tc, test_autocommit, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_commit, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_rollback, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_savepoint_rollback, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_savepoint_release, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_savepoint_levels, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_savepoint_after_error, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_return_rolls_back, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_transactions_in_a_row, GSQL_TEST_ALL_BACKENDS, NULL);
  suite_add_tcase (s, tc);
  return gsql_test_run_suite (s);
}
