/* test-faults.c: lost connections, aborted transactions, conflicts
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 *  - the server ends a connection (PostgreSQL: pg_terminate_backend(),
 *    MariaDB: KILL CONNECTION, from a second connection) between the last
 *    statement and COMMIT, and in the middle of an ORM session's flush: a
 *    GSQL_ERROR_DISCONNECTED comes back, the pool discards the connection,
 *    the next checkout works, and a fresh connection sees nothing of the
 *    lost transaction;
 *  - after an error inside a transaction, PostgreSQL refuses further
 *    statements until the rollback; every backend rolls back whole;
 *  - a deadlock (PostgreSQL, MariaDB) and a serialization failure
 *    (PostgreSQL REPEATABLE READ) are reported as
 *    GSQL_ERROR_SERIALIZATION_FAILURE, and gsql_error_is_retryable() says so;
 *  - two threads with their own sessions update one versioned row: one
 *    wins, the other gets GSQL_ORM_ERROR_STALE_DATA (every backend).
 */
#include "config.h"

#include <string.h>
#include <libsqlorm/sqlorm.h>

#include "tests/gsql-test.h"
#include "tests/orm/test-models.h"

static void
assert_disconnected (const GError *error, const char *what)
{
  ck_assert_msg (error != NULL, "%s: no error", what);
  ck_assert_msg (error->domain == GSQL_ERROR && error->code == GSQL_ERROR_DISCONNECTED,
                 "%s: expected GSQL_ERROR_DISCONNECTED, got %s", what, gsql_test_describe_error (error));
  printf ("#   %s: %s (SQLSTATE %s)\n", what, error->message,
          gsql_error_get_sqlstate (error) ? gsql_error_get_sqlstate (error) : "-");
}

/* ------------------------------------------------------------ killed before COMMIT */

START_TEST (test_killed_before_commit)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  GsqlPool *pool = gsql_engine_get_pool (engine);
  g_autoptr(GError) error = NULL;
  GsqlConnection *victim, *killer, *fresh;

  gsql_pool_set_size (pool, 2);
  gsql_pool_set_max_overflow (pool, 0);
  gsql_pool_set_pre_ping (pool, FALSE);

  victim = gsql_test_connect (engine);
  killer = gsql_test_connect (engine);
  gsql_test_drop_tables (killer, "flt_commit", NULL);
  gsql_test_exec (killer, "CREATE TABLE flt_commit (id INTEGER PRIMARY KEY)");

  ck_assert (gsql_connection_begin (victim, &error));
  gsql_test_exec (victim, "INSERT INTO flt_commit VALUES (1)");
  gsql_test_exec (victim, "INSERT INTO flt_commit VALUES (2)");
  gsql_test_kill_session (killer, backend, gsql_test_session_id (victim, backend));

  ck_assert (!gsql_connection_commit (victim, &error));
  assert_disconnected (error, "COMMIT on a killed connection");
  g_clear_error (&error);
  ck_assert (gsql_connection_is_invalidated (victim));
  gsql_connection_rollback (victim, &error);
  g_clear_error (&error);
  g_object_unref (victim);
  ck_assert_uint_eq (gsql_pool_get_n_invalidated (pool), 1);

  fresh = gsql_test_connect (engine);
  ck_assert_int_eq (gsql_test_query_int64 (fresh, "SELECT COUNT(*) FROM flt_commit"), 0);
  gsql_test_drop_tables (fresh, "flt_commit", NULL);
  g_object_unref (fresh);
  g_object_unref (killer);
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 0);
  ck_assert_uint_eq (gsql_pool_get_n_idle (pool), 2);
}
END_TEST

/* ------------------------------------------------------------ killed mid-flush */

static GsqlRegistry *
make_registry (void)
{
  GsqlRegistry *registry = gsql_registry_new ();
  GsqlMapper *m;

  m = gsql_registry_map (registry, DEMO_TYPE_USER, "flt_user");
  gsql_mapper_set_primary_key (m, "id", NULL);
  gsql_mapper_set_column (m, "name", "length", 30, "nullable", FALSE, NULL);
  gsql_mapper_set_column (m, "fullname", "length", 100, NULL);
  gsql_mapper_set_version_property (m, "version");
  m = gsql_registry_map (registry, DEMO_TYPE_ADDRESS, "flt_address");
  gsql_mapper_set_primary_key (m, "id", NULL);
  gsql_mapper_set_column (m, "user-id", "foreign-key", "flt_user.id", NULL);
  gsql_mapper_set_column (m, "email", "length", 100, NULL);
  return registry;
}

static void
registry_setup (GsqlRegistry *registry, GsqlEngine *engine)
{
  g_autoptr(GError) error = NULL;

  ck_assert_msg (gsql_registry_configure (registry, &error), "%s", gsql_test_describe_error (error));
  ck_assert_msg (gsql_metadata_drop_all (gsql_registry_get_metadata (registry), engine, TRUE, NULL, &error),
                 "%s", gsql_test_describe_error (error));
  ck_assert_msg (gsql_registry_create_all (registry, engine, &error), "%s", gsql_test_describe_error (error));
}

static void
registry_teardown (GsqlRegistry *registry, GsqlEngine *engine)
{
  g_autoptr(GError) error = NULL;

  ck_assert_msg (gsql_metadata_drop_all (gsql_registry_get_metadata (registry), engine, TRUE, NULL, &error),
                 "%s", gsql_test_describe_error (error));
}

typedef struct {
  GsqlTestBackend backend;
  GsqlConnection *killer;
  gint64          victim_id;
  guint           n_inserts;
  guint           kill_at;
  gboolean        killed;
} Saboteur;

/* Kills the session's connection just before its kill_at-th INSERT or
 * UPDATE. */
static void
on_before_execute (GsqlEngine *engine, GsqlConnection *conn, const char *sql, guint n_sets, Saboteur *s)
{
  if (s->killed || (g_ascii_strncasecmp (sql, "INSERT", 6) != 0 && g_ascii_strncasecmp (sql, "UPDATE", 6) != 0))
    return;
  if (++s->n_inserts == s->kill_at)
    {
      gsql_test_kill_session (s->killer, s->backend, s->victim_id);
      s->killed = TRUE;
    }
}

START_TEST (test_killed_mid_flush)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlEngine) other = gsql_test_open_engine (backend);
  g_autoptr(GsqlRegistry) registry = make_registry ();
  GsqlPool *pool = gsql_engine_get_pool (engine);
  g_autoptr(GError) error = NULL;
  Saboteur sab = { 0 };
  gulong handler;
  gint64 ann_id;

  registry_setup (registry, engine);
  {
    g_autoptr(GsqlSession) s0 = gsql_session_new (engine, registry);
    g_autoptr(DemoUser) ann = g_object_new (DEMO_TYPE_USER, "name", "ann", "fullname", "Ann", NULL);
    ck_assert (gsql_session_add (s0, ann, &error));
    ck_assert_msg (gsql_session_commit (s0, &error), "%s", gsql_test_describe_error (error));
    ann_id = ann->id;
  }
  gsql_pool_dispose_idle (pool);
  gsql_pool_set_size (pool, 1);
  gsql_pool_set_max_overflow (pool, 0);
  gsql_pool_set_pre_ping (pool, FALSE);
  {
    /* The session will get the pool's only connection: learn its id. */
    g_autoptr(GsqlConnection) c = gsql_test_connect (engine);
    sab.victim_id = gsql_test_session_id (c, backend);
  }
  sab.backend = backend;
  sab.killer = gsql_test_connect (other);
  sab.kill_at = 2;
  handler = g_signal_connect (engine, "before-execute", G_CALLBACK (on_before_execute), &sab);

  {
    g_autoptr(GsqlSession) session = gsql_session_new (engine, registry);
    g_autoptr(DemoUser) ann = NULL;
    g_autoptr(DemoUser) bob = g_object_new (DEMO_TYPE_USER, "name", "bob", "fullname", "Bob", NULL);
    g_autoptr(DemoUser) cat = g_object_new (DEMO_TYPE_USER, "name", "cat", "fullname", "Cat", NULL);
    gboolean ok;

    /* One flush of an UPDATE and an INSERT: the connection dies between
     * the two statements. */
    ann = gsql_session_get_by_id (session, DEMO_TYPE_USER, ann_id, &error);
    gsql_test_assert_no_error (error);
    g_object_set (ann, "fullname", "Ann Changed", NULL);
    ck_assert (gsql_session_add (session, bob, &error));
    ck_assert (gsql_session_add (session, cat, &error));
    ok = gsql_session_commit (session, &error);
    ck_assert_msg (sab.killed, "the flush sent fewer than %u INSERTs and UPDATEs", sab.kill_at);
    ck_assert_msg (!ok, "commit succeeded on a killed connection");
    assert_disconnected (error, "flush on a killed connection");
    g_clear_error (&error);
    gsql_session_rollback (session, &error);
    g_clear_error (&error);
    g_signal_handler_disconnect (engine, handler);

    /* Nothing of the flush was committed. */
    ck_assert_int_eq (gsql_test_query_int64 (sab.killer, "SELECT COUNT(*) FROM flt_user"), 1);
    ck_assert_int_eq (gsql_test_query_int64 (sab.killer, "SELECT COUNT(*) FROM flt_user WHERE fullname = 'Ann'"), 1);
    ck_assert_uint_eq (gsql_pool_get_n_invalidated (pool), 1);
    ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 0);

    /* The same session works again on a new connection. */
    gsql_session_close (session);
  }
  {
    g_autoptr(GsqlSession) session = gsql_session_new (engine, registry);
    g_autoptr(DemoUser) dan = g_object_new (DEMO_TYPE_USER, "name", "dan", "fullname", "Dan", NULL);

    ck_assert (gsql_session_add (session, dan, &error));
    ck_assert_msg (gsql_session_commit (session, &error), "%s", gsql_test_describe_error (error));
  }
  ck_assert_int_eq (gsql_test_query_int64 (sab.killer, "SELECT COUNT(*) FROM flt_user"), 2);
  g_object_unref (sab.killer);
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 0);
  registry_teardown (registry, engine);
}
END_TEST

/* ------------------------------------------------------------ errors inside a transaction */

/* An error inside a transaction.  With Protocol=7.4-2 psqlODBC wraps each
 * statement in a savepoint and undoes only the failed one, as MariaDB and
 * SQLite do; with Protocol=7.4-0 (gsql's default) PostgreSQL's own rule
 * applies: the transaction is
 * aborted, every statement fails with 25P02 until the rollback, and a
 * COMMIT must not report success. */
static void
error_in_transaction (GsqlTestBackend backend, GsqlEngine *engine, gboolean native_pg)
{
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GError) error = NULL;
  GsqlResult *r;

  gsql_test_drop_tables (conn, "flt_tx", NULL);
  gsql_test_exec (conn, "CREATE TABLE flt_tx (id INTEGER PRIMARY KEY)");
  ck_assert (gsql_connection_begin (conn, &error));
  gsql_test_exec (conn, "INSERT INTO flt_tx VALUES (1)");
  r = gsql_connection_execute (conn, "INSERT INTO flt_tx VALUES (1)", NULL, 0, NULL, &error);
  ck_assert_ptr_null (r);
  gsql_test_assert_error (error, GSQL_ERROR_UNIQUE_VIOLATION);
  g_clear_error (&error);

  r = gsql_connection_execute (conn, "INSERT INTO flt_tx VALUES (2)", NULL, 0, NULL, &error);
  if (native_pg)
    {
      ck_assert_msg (r == NULL, "postgresql ran a statement in an aborted transaction");
      gsql_test_assert_error (error, GSQL_ERROR_PROGRAMMING);
      ck_assert_str_eq (gsql_error_get_sqlstate (error), "25P02");
      printf ("#   %s (Protocol=7.4-0): %s\n", gsql_test_backend_name (backend), error->message);
      g_clear_error (&error);
      ck_assert_msg (!gsql_connection_commit (conn, &error), "COMMIT of an aborted transaction succeeded");
      ck_assert_ptr_nonnull (error);
      printf ("#   %s (Protocol=7.4-0): commit: %s\n", gsql_test_backend_name (backend), error->message);
      g_clear_error (&error);
      if (gsql_connection_in_transaction (conn))
        ck_assert (gsql_connection_rollback (conn, &error));
    }
  else
    {
      /* The failed statement alone is undone; the transaction goes on. */
      gsql_test_assert_no_error (error);
      g_clear_object (&r);
      ck_assert (gsql_connection_rollback (conn, &error));
    }
  gsql_test_assert_no_error (error);
  g_clear_object (&r);
  ck_assert (!gsql_connection_in_transaction (conn));
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT COUNT(*) FROM flt_tx"), 0);
  /* The connection is usable again. */
  gsql_test_exec (conn, "INSERT INTO flt_tx VALUES (3)");
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT COUNT(*) FROM flt_tx"), 1);
  gsql_test_drop_tables (conn, "flt_tx", NULL);
}

START_TEST (test_error_in_transaction)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);

  /* gsql connects to PostgreSQL with Protocol=7.4-0 unless told
   * otherwise; psqlODBC's statement-level rollback stays one option away. */
  error_in_transaction (backend, engine, backend == GSQL_TEST_POSTGRESQL);
  if (backend == GSQL_TEST_POSTGRESQL)
    {
      g_autofree char *s = g_strconcat (gsql_test_backend_get_connection_string (backend), ";Protocol=7.4-2", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GsqlEngine) savepoints = gsql_engine_new (s, &error);

      gsql_test_assert_no_error (error);
      error_in_transaction (backend, savepoints, FALSE);
    }
}
END_TEST

/* ------------------------------------------------------------ deadlock, serialization */

typedef struct {
  GsqlConnection *conn;
  const char     *sql;
  GError         *error;
  gboolean        ok;
} Stmt;

static gpointer
run_stmt (gpointer data)
{
  Stmt *s = data;
  GsqlResult *r = gsql_connection_execute (s->conn, s->sql, NULL, 0, NULL, &s->error);

  s->ok = r != NULL;
  g_clear_object (&r);
  /* The victim rolls back at once, as an application would before a retry:
   * psqlODBC's per-statement savepoint (its default) keeps the victim's
   * transaction, and its locks, alive until then. */
  if (!s->ok)
    {
      g_autoptr(GError) ignored = NULL;
      gsql_connection_rollback (s->conn, &ignored);
    }
  return NULL;
}

START_TEST (test_deadlock)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) a = gsql_test_connect (engine);
  g_autoptr(GsqlConnection) b = gsql_test_connect (engine);
  g_autoptr(GError) error = NULL;
  Stmt in_thread = { 0 }, here = { 0 };
  GThread *thread;
  GError *lost;

  gsql_test_drop_tables (a, "flt_lock", NULL);
  gsql_test_exec (a, "CREATE TABLE flt_lock (id INTEGER PRIMARY KEY, v INTEGER)");
  gsql_test_exec (a, "INSERT INTO flt_lock VALUES (1, 0), (2, 0)");

  ck_assert (gsql_connection_begin (a, &error));
  ck_assert (gsql_connection_begin (b, &error));
  gsql_test_exec (a, "UPDATE flt_lock SET v = 1 WHERE id = 1");
  gsql_test_exec (b, "UPDATE flt_lock SET v = 2 WHERE id = 2");

  /* a waits for b's row in a thread; b then asks for a's row. */
  in_thread.conn = a;
  in_thread.sql = "UPDATE flt_lock SET v = 1 WHERE id = 2";
  thread = g_thread_new ("deadlock", run_stmt, &in_thread);
  g_usleep (300 * 1000);
  here.conn = b;
  here.sql = "UPDATE flt_lock SET v = 2 WHERE id = 1";
  /* The server picks one victim; its error ends its transaction and
   * lets the other statement through. */
  run_stmt (&here);
  g_thread_join (thread);

  ck_assert_msg (in_thread.ok != here.ok, "expected exactly one deadlock victim (a %s, b %s)",
                 in_thread.ok ? "ok" : gsql_test_describe_error (in_thread.error),
                 here.ok ? "ok" : gsql_test_describe_error (here.error));
  lost = in_thread.ok ? here.error : in_thread.error;
  gsql_test_assert_error (lost, GSQL_ERROR_SERIALIZATION_FAILURE);
  ck_assert (gsql_error_is_retryable (lost));
  printf ("#   %s: deadlock: %s (SQLSTATE %s, native %" G_GINT64_FORMAT ")\n", gsql_test_backend_name (backend),
          lost->message, gsql_error_get_sqlstate (lost), gsql_error_get_native_code (lost));
  g_clear_error (&in_thread.error);
  g_clear_error (&here.error);

  /* Both end; a retry of the loser's work succeeds. */
  gsql_connection_rollback (a, &error);
  g_clear_error (&error);
  gsql_connection_rollback (b, &error);
  g_clear_error (&error);
  ck_assert (gsql_connection_begin (b, &error));
  gsql_test_exec (b, "UPDATE flt_lock SET v = 2 WHERE id = 1");
  ck_assert (gsql_connection_commit (b, &error));
  ck_assert_int_eq (gsql_test_query_int64 (a, "SELECT v FROM flt_lock WHERE id = 1"), 2);
  gsql_test_drop_tables (a, "flt_lock", NULL);
}
END_TEST

START_TEST (test_serialization_failure)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) a = gsql_test_connect (engine);
  g_autoptr(GsqlConnection) b = gsql_test_connect (engine);
  g_autoptr(GError) error = NULL;
  GsqlResult *r;

  gsql_test_drop_tables (a, "flt_ser", NULL);
  gsql_test_exec (a, "CREATE TABLE flt_ser (id INTEGER PRIMARY KEY, v INTEGER)");
  gsql_test_exec (a, "INSERT INTO flt_ser VALUES (1, 0)");

  ck_assert (gsql_connection_set_isolation_level (a, GSQL_ISOLATION_LEVEL_REPEATABLE_READ, &error));
  ck_assert (gsql_connection_begin (a, &error));
  ck_assert_int_eq (gsql_test_query_int64 (a, "SELECT v FROM flt_ser WHERE id = 1"), 0);
  gsql_test_exec (b, "UPDATE flt_ser SET v = 5 WHERE id = 1");

  r = gsql_connection_execute (a, "UPDATE flt_ser SET v = v + 1 WHERE id = 1", NULL, 0, NULL, &error);
  ck_assert_ptr_null (r);
  gsql_test_assert_error (error, GSQL_ERROR_SERIALIZATION_FAILURE);
  ck_assert (gsql_error_is_retryable (error));
  ck_assert_str_eq (gsql_error_get_sqlstate (error), "40001");
  printf ("#   %s: %s\n", gsql_test_backend_name (backend), error->message);
  g_clear_error (&error);
  ck_assert (gsql_connection_rollback (a, &error));

  /* The retry sees the other's write and succeeds. */
  ck_assert (gsql_connection_begin (a, &error));
  gsql_test_exec (a, "UPDATE flt_ser SET v = v + 1 WHERE id = 1");
  ck_assert (gsql_connection_commit (a, &error));
  ck_assert_int_eq (gsql_test_query_int64 (b, "SELECT v FROM flt_ser WHERE id = 1"), 6);
  ck_assert (gsql_connection_set_isolation_level (a, GSQL_ISOLATION_LEVEL_DEFAULT, &error));
  gsql_test_drop_tables (a, "flt_ser", NULL);
}
END_TEST

START_TEST (test_retryable_codes)
{
  GError *e;

  ck_assert (!gsql_error_is_retryable (NULL));
  e = g_error_new_literal (GSQL_ERROR, GSQL_ERROR_SERIALIZATION_FAILURE, "x");
  ck_assert (gsql_error_is_retryable (e));
  g_error_free (e);
  e = g_error_new_literal (GSQL_ERROR, GSQL_ERROR_DISCONNECTED, "x");
  ck_assert (!gsql_error_is_retryable (e));
  g_error_free (e);
  e = g_error_new_literal (GSQL_ERROR, GSQL_ERROR_TIMEOUT, "pool checkout");
  ck_assert (!gsql_error_is_retryable (e));
  g_error_free (e);
  e = g_error_new_literal (G_IO_ERROR, GSQL_ERROR_SERIALIZATION_FAILURE, "other domain");
  ck_assert (!gsql_error_is_retryable (e));
  g_error_free (e);
  ck_assert_int_eq (gsql_error_from_sqlstate ("40P01", 0), GSQL_ERROR_SERIALIZATION_FAILURE);
  ck_assert_int_eq (gsql_error_from_sqlstate ("40001", 1213), GSQL_ERROR_SERIALIZATION_FAILURE);
}
END_TEST

/* ------------------------------------------------------------ lost updates */

typedef struct {
  GsqlEngine   *engine;
  GsqlRegistry *registry;
  gint64        id;
  const char   *fullname;
  gboolean      ok;
  GError       *error;
} Writer;

static GMutex gate_mutex;
static GCond gate_cond;
static guint gate_count;

static void
gate_wait (guint n)
{
  g_mutex_lock (&gate_mutex);
  gate_count++;
  g_cond_broadcast (&gate_cond);
  while (gate_count < n)
    g_cond_wait (&gate_cond, &gate_mutex);
  g_mutex_unlock (&gate_mutex);
}

static gpointer
writer (gpointer data)
{
  Writer *w = data;
  g_autoptr(GsqlSession) session = gsql_session_new (w->engine, w->registry);
  g_autoptr(DemoUser) u = gsql_session_get_by_id (session, DEMO_TYPE_USER, w->id, &w->error);

  if (u != NULL)
    g_object_set (u, "fullname", w->fullname, NULL);
  /* Both have loaded the same version before either writes. */
  gate_wait (2);
  if (u != NULL)
    w->ok = gsql_session_commit (session, &w->error);
  if (!w->ok)
    {
      g_autoptr(GError) ignored = NULL;
      gsql_session_rollback (session, &ignored);
    }
  return NULL;
}

START_TEST (test_lost_update)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlRegistry) registry = make_registry ();
  g_autoptr(GError) error = NULL;
  Writer w[2] = { 0 };
  GThread *t[2];
  gint64 id;
  guint winner;

  registry_setup (registry, engine);
  {
    g_autoptr(GsqlSession) s = gsql_session_new (engine, registry);
    g_autoptr(DemoUser) ann = g_object_new (DEMO_TYPE_USER, "name", "ann", "fullname", "Ann", NULL);
    ck_assert (gsql_session_add (s, ann, &error));
    ck_assert_msg (gsql_session_commit (s, &error), "%s", gsql_test_describe_error (error));
    id = ann->id;
  }
  gate_count = 0;
  for (guint k = 0; k < 2; k++)
    {
      w[k].engine = engine;
      w[k].registry = registry;
      w[k].id = id;
      w[k].fullname = k == 0 ? "Writer A" : "Writer B";
      t[k] = g_thread_new ("writer", writer, &w[k]);
    }
  for (guint k = 0; k < 2; k++)
    g_thread_join (t[k]);

  ck_assert_msg (w[0].ok != w[1].ok, "%s: expected one winner (A: %s, B: %s)", gsql_test_backend_name (backend),
                 w[0].ok ? "ok" : gsql_test_describe_error (w[0].error),
                 w[1].ok ? "ok" : gsql_test_describe_error (w[1].error));
  winner = w[0].ok ? 0 : 1;
  /* SQLite cannot let both write: each session holds a read transaction
   * from its load, and the second writer is refused at once with
   * SQLITE_BUSY, a retryable error, instead of waiting and matching 0 rows. */
  ck_assert_msg (w[1 - winner].error != NULL &&
                 ((w[1 - winner].error->domain == GSQL_ORM_ERROR &&
                   w[1 - winner].error->code == GSQL_ORM_ERROR_STALE_DATA) ||
                  (backend == GSQL_TEST_SQLITE && gsql_error_is_retryable (w[1 - winner].error))),
                 "%s: the loser got %s", gsql_test_backend_name (backend),
                 gsql_test_describe_error (w[1 - winner].error));
  printf ("#   %s: writer %c won; the other: %s\n", gsql_test_backend_name (backend), 'A' + winner,
          w[1 - winner].error->message);
  g_clear_error (&w[1 - winner].error);
  {
    g_autoptr(GsqlConnection) c = gsql_test_connect (engine);
    g_autoptr(GsqlResult) r = gsql_connection_execute (c, "SELECT fullname, version FROM flt_user", NULL, 0, NULL, &error);
    gsql_test_assert_no_error (error);
    ck_assert (gsql_result_next (r, &error));
    ck_assert_str_eq (gsql_result_get_string (r, 0), w[winner].fullname);
    ck_assert_int_eq (gsql_result_get_int64 (r, 1), 2);
  }
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (gsql_engine_get_pool (engine)), 0);
  registry_teardown (registry, engine);
}
END_TEST

/* ------------------------------------------------------------ concurrent sessions */

#define N_WORKERS 8
#define N_PER_WORKER 40

typedef struct {
  GsqlEngine   *engine;
  GsqlRegistry *registry;
  guint         index;
  gint64        ids[N_PER_WORKER];
  guint         retries;
  GError       *error;
} Worker;

/* Runs @body until it succeeds or fails with an error that is not
 * retryable (SQLite refuses a second writer at once). */
static gboolean
with_retries (Worker *w, gboolean (*body) (Worker *, GError **))
{
  for (guint attempt = 0; attempt < 200; attempt++)
    {
      g_clear_error (&w->error);
      if (body (w, &w->error))
        return TRUE;
      if (!gsql_error_is_retryable (w->error))
        return FALSE;
      w->retries++;
      g_usleep (g_random_int_range (1000, 20000));
    }
  return FALSE;
}

static gboolean
worker_add (Worker *w, GError **error)
{
  g_autoptr(GsqlSession) s = gsql_session_new (w->engine, w->registry);
  g_autoptr(GPtrArray) users = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint k = 0; k < N_PER_WORKER; k++)
    {
      g_autofree char *name = g_strdup_printf ("w%u-%u", w->index, k);
      g_ptr_array_add (users, g_object_new (DEMO_TYPE_USER, "name", name, "fullname", "new", NULL));
    }
  if (!gsql_session_add_all (s, users, error) || !gsql_session_commit (s, error))
    return FALSE;
  for (guint k = 0; k < N_PER_WORKER; k++)
    w->ids[k] = ((DemoUser *) users->pdata[k])->id;
  return TRUE;
}

static gboolean
worker_update (Worker *w, GError **error)
{
  g_autoptr(GsqlSession) s = gsql_session_new (w->engine, w->registry);
  g_autofree char *fullname = g_strdup_printf ("done by %u", w->index);

  for (guint k = 0; k < N_PER_WORKER; k++)
    {
      g_autoptr(DemoUser) u = gsql_session_get_by_id (s, DEMO_TYPE_USER, w->ids[k], error);
      if (u == NULL)
        {
          if (error != NULL && *error == NULL)
            g_set_error (error, GSQL_ERROR, GSQL_ERROR_DATA, "user %" G_GINT64_FORMAT " is gone", w->ids[k]);
          return FALSE;
        }
      g_object_set (u, "fullname", fullname, NULL);
    }
  return gsql_session_commit (s, error);
}

static gpointer
worker_main (gpointer data)
{
  Worker *w = data;

  gate_wait (N_WORKERS);
  if (with_retries (w, worker_add))
    with_retries (w, worker_update);
  return NULL;
}

/* A session per thread, all adding and then changing rows of one table:
 * every row is there once, with the change its own thread made. */
START_TEST (test_concurrent_sessions)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlRegistry) registry = make_registry ();
  g_autoptr(GsqlConnection) c = NULL;
  Worker w[N_WORKERS] = { 0 };
  GThread *t[N_WORKERS];
  guint retries = 0;

  registry_setup (registry, engine);
  gate_count = 0;
  for (guint k = 0; k < N_WORKERS; k++)
    {
      w[k].engine = engine;
      w[k].registry = registry;
      w[k].index = k;
      t[k] = g_thread_new ("session", worker_main, &w[k]);
    }
  for (guint k = 0; k < N_WORKERS; k++)
    g_thread_join (t[k]);
  for (guint k = 0; k < N_WORKERS; k++)
    {
      ck_assert_msg (w[k].error == NULL, "%s: worker %u: %s", gsql_test_backend_name (backend), k,
                     gsql_test_describe_error (w[k].error));
      retries += w[k].retries;
    }

  c = gsql_test_connect (engine);
  ck_assert_int_eq (gsql_test_query_int64 (c, "SELECT COUNT(*) FROM flt_user"), N_WORKERS * N_PER_WORKER);
  for (guint k = 0; k < N_WORKERS; k++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT COUNT(*) FROM flt_user WHERE name LIKE 'w%u-%%' "
                                              "AND fullname = 'done by %u' AND version = 2", k, k);
      ck_assert_int_eq (gsql_test_query_int64 (c, sql), N_PER_WORKER);
    }
  printf ("#   %s: %u sessions × %u rows added and changed, %u retried attempts\n",
          gsql_test_backend_name (backend), N_WORKERS, N_PER_WORKER, retries);
  g_clear_object (&c);
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (gsql_engine_get_pool (engine)), 0);
  registry_teardown (registry, engine);
}
END_TEST

int
main (int argc, char **argv)
{
  Suite *s;
  TCase *tc;
  const char *why = "SQLite has no server to kill a connection from";

  gsql_test_init (&argc, &argv);
  s = suite_create ("core/faults");
  tc = gsql_test_tcase_new ("core/faults");
  gsql_test_add_backend_test (tc, test_killed_before_commit, GSQL_TEST_SERVER_BACKENDS, why);
  gsql_test_add_backend_test (tc, test_killed_mid_flush, GSQL_TEST_SERVER_BACKENDS, why);
  gsql_test_add_backend_test (tc, test_error_in_transaction, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_concurrent_sessions, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_deadlock, GSQL_TEST_SERVER_BACKENDS,
                              "SQLite locks the whole database: no deadlock between two writers");
  gsql_test_add_backend_test (tc, test_serialization_failure, GSQL_TEST_MASK (GSQL_TEST_POSTGRESQL),
                              "only PostgreSQL's REPEATABLE READ fails a write on a changed row");
  tcase_add_test (tc, test_retryable_codes);
  gsql_test_add_backend_test (tc, test_lost_update, GSQL_TEST_ALL_BACKENDS, NULL);
  suite_add_tcase (s, tc);
  return gsql_test_run_suite (s);
}
