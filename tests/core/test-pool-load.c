/* test-pool-load.c: the pool under load, with connections killed under it
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * 32 threads share 20,000 checkouts of a pool of size 5 with overflow 5,
 * each running a statement; on the servers a second engine keeps killing
 * the pool's server sessions meanwhile (they log in as a user of their own,
 * gsql_load, so that nothing else on the server is touched).  Checked: no
 * deadlock (the test ends), every failure is a disconnect (from a killed
 * session) or a timeout, the pool ends with nothing checked out and at
 * most size + overflow open, and after dispose_idle the server holds no
 * session of the pool (no connection leaked).  A second test forces
 * checkout timeouts and checks that they are reported as
 * GSQL_ERROR_TIMEOUT.
 *
 * GSQL_TEST_POOL_CHECKOUTS overrides the number of checkouts (make
 * check-valgrind sets it low); under valgrind the killer pauses 1 s
 * between rounds instead of 30 ms and the checkout timeout is 300 s.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tests/gsql-test.h"

#if defined(__has_include)
# if __has_include(<valgrind/valgrind.h>)
#  include <valgrind/valgrind.h>
# endif
#endif
#ifndef RUNNING_ON_VALGRIND
# define RUNNING_ON_VALGRIND 0
#endif

#define N_THREADS 32
#define POOL_SIZE 5
#define POOL_OVERFLOW 5

typedef struct {
  GsqlEngine *engine;
  gint        remaining;
  gint        ok;
  gint        disconnects;
  gint        timeouts;
  gint        connect_failures;   /* a new connection killed while opening */
  gint        unexpected;
  gint        stop;
  GMutex      lock;
  char       *first_unexpected;
} Load;

static guint
n_checkouts (void)
{
  const char *env = g_getenv ("GSQL_TEST_POOL_CHECKOUTS");

  return env != NULL && atoi (env) > 0 ? (guint) atoi (env) : 20000;
}

static void
note_unexpected (Load *load, const GError *error)
{
  g_atomic_int_inc (&load->unexpected);
  g_mutex_lock (&load->lock);
  if (load->first_unexpected == NULL)
    load->first_unexpected = gsql_test_describe_error (error);
  g_mutex_unlock (&load->lock);
}

static gpointer
worker (gpointer data)
{
  Load *load = data;
  guint k = 0;

  while (g_atomic_int_add (&load->remaining, -1) > 0)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GsqlConnection) conn = gsql_engine_connect (load->engine, NULL, &error);
      g_autoptr(GsqlResult) r = NULL;

      k++;
      if (conn == NULL)
        {
          if (error->code == GSQL_ERROR_TIMEOUT)
            g_atomic_int_inc (&load->timeouts);
          else if (error->code == GSQL_ERROR_DISCONNECTED || error->code == GSQL_ERROR_CONNECTION_FAILED)
            {
              g_atomic_int_inc (&load->disconnects);
              g_atomic_int_inc (&load->connect_failures);
            }
          else
            note_unexpected (load, error);
          continue;
        }
      r = gsql_connection_execute (conn, "SELECT 1", NULL, 0, NULL, &error);
      if (r != NULL && gsql_result_next (r, &error) && gsql_result_get_int64 (r, 0) == 1)
        g_atomic_int_inc (&load->ok);
      else if (error != NULL && error->domain == GSQL_ERROR && error->code == GSQL_ERROR_DISCONNECTED)
        {
          g_atomic_int_inc (&load->disconnects);
          if (!gsql_connection_is_invalidated (conn))
            note_unexpected (load, error);
        }
      else
        note_unexpected (load, error);
      if (k % 64 == 0)
        g_usleep (500);
    }
  return NULL;
}

typedef struct {
  GsqlTestBackend backend;
  GsqlConnection *conn;
  Load           *load;
  guint           kills;
} Killer;

static guint
kill_some (GsqlConnection *conn, GsqlTestBackend backend)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (backend == GSQL_TEST_POSTGRESQL)
    {
      g_autoptr(GsqlResult) r = gsql_connection_execute (
          conn, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'gsql_load' AND random() < 0.5",
          NULL, 0, NULL, &error);
      gsql_test_assert_no_error (error);
      while (gsql_result_next (r, &error))
        n++;
    }
  else
    {
      g_autoptr(GsqlResult) r = gsql_connection_execute (
          conn, "SELECT ID FROM information_schema.PROCESSLIST WHERE USER = 'gsql_load' AND RAND() < 0.5",
          NULL, 0, NULL, &error);
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

      gsql_test_assert_no_error (error);
      while (gsql_result_next (r, &error))
        {
          gint64 id = gsql_result_get_int64 (r, 0);
          g_array_append_val (ids, id);
        }
      g_clear_object (&r);
      for (guint k = 0; k < ids->len; k++)
        {
          g_autofree char *sql = g_strdup_printf ("KILL CONNECTION %" G_GINT64_FORMAT, g_array_index (ids, gint64, k));
          g_autoptr(GError) ignored = NULL;   /* gone meanwhile: 1094 */
          g_autoptr(GsqlResult) kr = gsql_connection_execute (conn, sql, NULL, 0, NULL, &ignored);
          if (kr != NULL)
            n++;
        }
    }
  return n;
}

static gpointer
killer (gpointer data)
{
  Killer *k = data;
  /* Under valgrind a connect takes a good part of a second (and connects
   * go one at a time): kill less often, or the pool spends the test
   * reconnecting. */
  gulong pause = RUNNING_ON_VALGRIND ? 1000 * 1000 : 30 * 1000;

  while (!g_atomic_int_get (&k->load->stop))
    {
      k->kills += kill_some (k->conn, k->backend);
      g_usleep (pause);
    }
  return NULL;
}

static gint64
server_sessions (GsqlConnection *conn, GsqlTestBackend backend)
{
  return gsql_test_query_int64 (conn, backend == GSQL_TEST_POSTGRESQL
    ? "SELECT COUNT(*) FROM pg_stat_activity WHERE usename = 'gsql_load'"
    : "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER = 'gsql_load'");
}

/* An engine for the backend whose server sessions can be told apart. */
static GsqlEngine *
open_load_engine (GsqlTestBackend backend, GsqlConnection *admin)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  GsqlEngine *engine;

  if (backend == GSQL_TEST_SQLITE)
    return gsql_test_open_engine (backend);

  if (backend == GSQL_TEST_POSTGRESQL)
    {
      GsqlResult *r = gsql_connection_execute (admin, "CREATE ROLE gsql_load LOGIN PASSWORD 'load-pw'", NULL, 0, NULL, &error);
      g_clear_object (&r);
      g_clear_error (&error);   /* it may exist from an earlier run */
    }
  else
    {
      gsql_test_exec (admin, "CREATE USER IF NOT EXISTS 'gsql_load'@'127.0.0.1' IDENTIFIED BY 'load-pw'");
      gsql_test_exec (admin, "CREATE USER IF NOT EXISTS 'gsql_load'@'localhost' IDENTIFIED BY 'load-pw'");
    }
  {
    g_autoptr(GUri) u = g_uri_parse (gsql_test_backend_get_url (backend), G_URI_FLAGS_HAS_PASSWORD, &error);
    gsql_test_assert_no_error (error);
    /* No database on MariaDB: the user has no grants, and needs none for
     * SELECT 1. */
    url = g_uri_join_with_user (G_URI_FLAGS_HAS_PASSWORD, g_uri_get_scheme (u), "gsql_load", "load-pw", NULL,
                                g_uri_get_host (u), g_uri_get_port (u),
                                backend == GSQL_TEST_POSTGRESQL ? g_uri_get_path (u) : "", NULL, NULL);
  }
  engine = gsql_engine_new (url, &error);
  gsql_test_assert_no_error (error);
  return engine;
}

START_TEST (test_load_with_kills)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) admin_engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) admin = gsql_test_connect (admin_engine);
  g_autoptr(GsqlEngine) engine = open_load_engine (backend, admin);
  GsqlPool *pool = gsql_engine_get_pool (engine);
  GThread *threads[N_THREADS];
  GThread *kt = NULL;
  Load load = { 0 };
  Killer kill = { 0 };
  guint total = n_checkouts ();
  gint64 start = g_get_monotonic_time ();

  gsql_pool_set_size (pool, POOL_SIZE);
  gsql_pool_set_max_overflow (pool, POOL_OVERFLOW);
  gsql_pool_set_timeout (pool, RUNNING_ON_VALGRIND ? 300 : 30);
  gsql_pool_set_pre_ping (pool, FALSE);
  g_mutex_init (&load.lock);
  load.engine = engine;
  load.remaining = total;
  if (backend != GSQL_TEST_SQLITE)
    {
      kill.backend = backend;
      kill.conn = admin;
      kill.load = &load;
      kt = g_thread_new ("killer", killer, &kill);
    }
  for (guint t = 0; t < N_THREADS; t++)
    threads[t] = g_thread_new ("load", worker, &load);
  for (guint t = 0; t < N_THREADS; t++)
    g_thread_join (threads[t]);
  g_atomic_int_set (&load.stop, 1);
  if (kt != NULL)
    g_thread_join (kt);

  printf ("#   %s: %u checkouts by %d threads in %.1f s: %d ok, %d disconnects (%d while connecting; %u sessions killed), %d timeouts, "
          "%" G_GUINT64_FORMAT " connects, %" G_GUINT64_FORMAT " invalidated\n",
          gsql_test_backend_name (backend), total, N_THREADS, (g_get_monotonic_time () - start) / 1e6,
          load.ok, load.disconnects, load.connect_failures, kill.kills, load.timeouts,
          gsql_pool_get_n_connects (pool), gsql_pool_get_n_invalidated (pool));
  ck_assert_msg (load.unexpected == 0, "%d unexpected errors, the first: %s", load.unexpected,
                 load.first_unexpected);
  ck_assert_int_eq (load.ok + load.disconnects + load.timeouts, (int) total);
  ck_assert_int_eq (load.timeouts, 0);
  if (backend == GSQL_TEST_SQLITE)
    ck_assert_int_eq (load.disconnects, 0);
  ck_assert_uint_eq (gsql_pool_get_n_checkouts (pool) + (guint) load.timeouts + (guint) load.connect_failures, total);

  /* Back to rest: nothing checked out, no more open than allowed. */
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 0);
  ck_assert_uint_le (gsql_pool_get_n_idle (pool), POOL_SIZE + POOL_OVERFLOW);
  ck_assert_int_eq (gsql_pool_get_overflow (pool), (int) gsql_pool_get_n_idle (pool) - POOL_SIZE);
  {
    /* Every pooled connection still works (or is replaced when killed). */
    g_autoptr(GsqlConnection) c = gsql_test_connect (engine);
    g_autoptr(GError) error = NULL;
    g_autoptr(GsqlResult) r = gsql_connection_execute (c, "SELECT 1", NULL, 0, NULL, &error);
    ck_assert (r != NULL || (error != NULL && error->code == GSQL_ERROR_DISCONNECTED));
  }
  gsql_pool_dispose_idle (pool);
  ck_assert_uint_eq (gsql_pool_get_n_idle (pool), 0);
  ck_assert_int_eq (gsql_pool_get_overflow (pool), -POOL_SIZE);
  if (backend != GSQL_TEST_SQLITE)
    {
      /* No server session of the pool is left behind. */
      gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
      gint64 n;

      while ((n = server_sessions (admin, backend)) != 0)
        {
          ck_assert_msg (g_get_monotonic_time () < deadline, "%" G_GINT64_FORMAT " server sessions leaked", n);
          g_usleep (50 * 1000);
        }
    }
  g_clear_object (&engine);
  if (backend == GSQL_TEST_POSTGRESQL)
    gsql_test_exec (admin, "DROP ROLE IF EXISTS gsql_load");
  else if (backend == GSQL_TEST_MARIADB)
    {
      gsql_test_exec (admin, "DROP USER IF EXISTS 'gsql_load'@'127.0.0.1'");
      gsql_test_exec (admin, "DROP USER IF EXISTS 'gsql_load'@'localhost'");
    }
  g_free (load.first_unexpected);
  g_mutex_clear (&load.lock);
}
END_TEST

typedef struct {
  GsqlEngine *engine;
  gint        ok;
  gint        timeouts;
  gint        other;
} Starved;

static gpointer
starved_worker (gpointer data)
{
  Starved *s = data;

  for (guint k = 0; k < 20; k++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GsqlConnection) conn = gsql_engine_connect (s->engine, NULL, &error);

      if (conn != NULL)
        {
          g_atomic_int_inc (&s->ok);
          g_usleep (5 * 1000);   /* hold it longer than the others wait */
        }
      else if (error->domain == GSQL_ERROR && error->code == GSQL_ERROR_TIMEOUT)
        g_atomic_int_inc (&s->timeouts);
      else
        g_atomic_int_inc (&s->other);
    }
  return NULL;
}

/* Size 1, no overflow, 2 ms timeout, 8 threads holding for 5 ms: many
 * checkouts time out, each as GSQL_ERROR_TIMEOUT, and the pool recovers. */
START_TEST (test_timeouts_reported)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  GsqlPool *pool = gsql_engine_get_pool (engine);
  GThread *threads[8];
  Starved s = { 0 };

  gsql_pool_set_size (pool, 1);
  gsql_pool_set_max_overflow (pool, 0);
  gsql_pool_set_timeout (pool, 0.002);
  s.engine = engine;
  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    threads[t] = g_thread_new ("starved", starved_worker, &s);
  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    g_thread_join (threads[t]);
  printf ("#   %s: %d checkouts, %d timeouts\n", gsql_test_backend_name (backend), s.ok, s.timeouts);
  ck_assert_int_eq (s.other, 0);
  ck_assert_int_gt (s.timeouts, 0);
  ck_assert_int_gt (s.ok, 0);
  ck_assert_int_eq (s.ok + s.timeouts, 8 * 20);
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 0);
  ck_assert_uint_eq (gsql_pool_get_n_idle (pool), 1);
  ck_assert_uint_eq (gsql_pool_get_n_connects (pool), 1);
}
END_TEST

int
main (int argc, char **argv)
{
  Suite *s;
  TCase *tc;

  gsql_test_init (&argc, &argv);
  s = suite_create ("core/pool-load");
  tc = gsql_test_tcase_new ("core/pool-load");
  gsql_test_add_backend_test (tc, test_load_with_kills, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_timeouts_reported, GSQL_TEST_MASK (GSQL_TEST_SQLITE),
                              "the pool's waiting does not depend on the backend");
  suite_add_tcase (s, tc);
  return gsql_test_run_suite (s);
}
