/* test-pool.c: the connection pool: counts, limits, timeouts, threads
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stdlib.h>

#include "tests/gsql-test.h"

START_TEST (test_settings)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  GsqlPool *pool = gsql_engine_get_pool (engine);

  ck_assert (GSQL_IS_POOL (pool));
  gsql_pool_set_size (pool, 3);
  gsql_pool_set_max_overflow (pool, 2);
  gsql_pool_set_timeout (pool, 1.5);
  gsql_pool_set_recycle (pool, 3600);
  gsql_pool_set_pre_ping (pool, TRUE);
  ck_assert_uint_eq (gsql_pool_get_size (pool), 3);
  ck_assert_int_eq (gsql_pool_get_max_overflow (pool), 2);
  ck_assert_double_eq (gsql_pool_get_timeout (pool), 1.5);
  ck_assert_double_eq (gsql_pool_get_recycle (pool), 3600);
  ck_assert (gsql_pool_get_pre_ping (pool));
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 0);
  ck_assert_uint_eq (gsql_pool_get_n_idle (pool), 0);
  ck_assert_uint_eq (gsql_pool_get_n_connects (pool), 0);
  ck_assert_uint_eq (gsql_pool_get_n_checkouts (pool), 0);
  ck_assert_uint_eq (gsql_pool_get_n_invalidated (pool), 0);
}
END_TEST

START_TEST (test_counters)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  GsqlPool *pool = gsql_engine_get_pool (engine);
  GsqlConnection *a, *b;

  gsql_pool_set_size (pool, 2);
  gsql_pool_set_max_overflow (pool, 0);

  a = gsql_test_connect (engine);
  b = gsql_test_connect (engine);
  ck_assert_ptr_ne (a, b);
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 2);
  ck_assert_uint_eq (gsql_pool_get_n_idle (pool), 0);
  ck_assert_uint_eq (gsql_pool_get_n_connects (pool), 2);
  ck_assert_uint_eq (gsql_pool_get_n_checkouts (pool), 2);

  g_object_unref (a);
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 1);
  ck_assert_uint_eq (gsql_pool_get_n_idle (pool), 1);
  g_object_unref (b);
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 0);
  ck_assert_uint_eq (gsql_pool_get_n_idle (pool), 2);

  for (int i = 0; i < 5; i++)
    {
      a = gsql_test_connect (engine);
      ck_assert_int_eq (gsql_test_query_int64 (a, "SELECT 1"), 1);
      g_object_unref (a);
    }
  ck_assert_uint_eq (gsql_pool_get_n_connects (pool), 2);
  ck_assert_uint_eq (gsql_pool_get_n_checkouts (pool), 7);
  ck_assert_uint_eq (gsql_pool_get_n_invalidated (pool), 0);

  gsql_pool_dispose_idle (pool);
  ck_assert_uint_eq (gsql_pool_get_n_idle (pool), 0);
  a = gsql_test_connect (engine);
  ck_assert_uint_eq (gsql_pool_get_n_connects (pool), 3);
  g_object_unref (a);
}
END_TEST

/* size 1, no overflow, 0.3 s timeout: with the one connection held, a
 * second checkout waits about 0.3 s and fails with TIMEOUT. */
START_TEST (test_exhaustion)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  GsqlPool *pool = gsql_engine_get_pool (engine);
  g_autoptr(GError) error = NULL;
  GsqlConnection *held, *second;
  gint64 start;
  double waited;

  gsql_pool_set_size (pool, 1);
  gsql_pool_set_max_overflow (pool, 0);
  gsql_pool_set_timeout (pool, 0.3);

  held = gsql_test_connect (engine);
  start = g_get_monotonic_time ();
  second = gsql_engine_connect (engine, NULL, &error);
  waited = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  printf ("#   checkout failed after %.3f s\n", waited);
  ck_assert_ptr_null (second);
  gsql_test_assert_error (error, GSQL_ERROR_TIMEOUT);
  ck_assert_msg (waited >= 0.25, "gave up after %.3f s, timeout is 0.3 s", waited);
  ck_assert_msg (waited < 5.0, "waited %.3f s, timeout is 0.3 s", waited);
  g_clear_error (&error);
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 1);
  ck_assert_uint_eq (gsql_pool_get_n_connects (pool), 1);

  g_object_unref (held);
  second = gsql_test_connect (engine);
  ck_assert_int_eq (gsql_test_query_int64 (second, "SELECT 1"), 1);
  ck_assert_uint_eq (gsql_pool_get_n_connects (pool), 1);
  g_object_unref (second);
}
END_TEST

/* size 1 + overflow 1: two connections, the third waits; the overflow
 * connection is closed when returned. */
START_TEST (test_overflow)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  GsqlPool *pool = gsql_engine_get_pool (engine);
  g_autoptr(GError) error = NULL;
  GsqlConnection *a, *b, *c;

  gsql_pool_set_size (pool, 1);
  gsql_pool_set_max_overflow (pool, 1);
  gsql_pool_set_timeout (pool, 0.2);

  a = gsql_test_connect (engine);
  b = gsql_test_connect (engine);
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 2);
  ck_assert_int_eq (gsql_test_query_int64 (b, "SELECT 2"), 2);
  c = gsql_engine_connect (engine, NULL, &error);
  ck_assert_ptr_null (c);
  gsql_test_assert_error (error, GSQL_ERROR_TIMEOUT);
  g_clear_error (&error);

  g_object_unref (b);
  g_object_unref (a);
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 0);
  ck_assert_uint_eq (gsql_pool_get_n_idle (pool), 1);
  ck_assert_uint_eq (gsql_pool_get_n_connects (pool), 2);
}
END_TEST

typedef struct {
  GsqlEngine *engine;
  gint64 waited_us;
  GError *error;
} Waiter;

static gpointer
waiter_thread (gpointer data)
{
  Waiter *w = data;
  gint64 start = g_get_monotonic_time ();
  GsqlConnection *conn = gsql_engine_connect (w->engine, NULL, &w->error);

  w->waited_us = g_get_monotonic_time () - start;
  if (conn != NULL)
    g_object_unref (conn);
  return NULL;
}

/* A waiting checkout wakes up as soon as a connection comes back. */
START_TEST (test_waiter_wakes)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  GsqlPool *pool = gsql_engine_get_pool (engine);
  Waiter w = { engine, 0, NULL };
  GsqlConnection *held;
  GThread *thread;

  gsql_pool_set_size (pool, 1);
  gsql_pool_set_max_overflow (pool, 0);
  gsql_pool_set_timeout (pool, 20);

  held = gsql_test_connect (engine);
  thread = g_thread_new ("waiter", waiter_thread, &w);
  g_usleep (200 * 1000);
  g_object_unref (held);
  g_thread_join (thread);

  gsql_test_assert_no_error (w.error);
  printf ("#   waiter got its connection after %.3f s\n", w.waited_us / 1e6);
  ck_assert_msg (w.waited_us < 5 * G_USEC_PER_SEC, "waiter took %.3f s", w.waited_us / 1e6);
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 0);
  ck_assert_uint_eq (gsql_pool_get_n_connects (pool), 1);
}
END_TEST

#define N_THREADS 16
#define N_CHECKOUTS 500
#define POOL_SIZE 4
#define POOL_OVERFLOW 4

/* GSQL_TEST_SCALE=N runs 1/N of the checkouts (make check-helgrind and
 * check-drd, where each costs a hundred times more). */
static int
n_checkouts (void)
{
  const char *env = g_getenv ("GSQL_TEST_SCALE");
  int scale = env != NULL ? atoi (env) : 1;

  return MAX (N_CHECKOUTS / MAX (scale, 1), 1);
}

typedef struct {
  GsqlEngine *engine;
  gint max_checked_out;
  gint n_failures;
  GMutex lock;
  char *first_failure;
} Shared;

static void
record_failure (Shared *shared, char *message)
{
  g_atomic_int_inc (&shared->n_failures);
  g_mutex_lock (&shared->lock);
  if (shared->first_failure == NULL)
    shared->first_failure = g_steal_pointer (&message);
  g_mutex_unlock (&shared->lock);
  g_free (message);
}

/* check's assertions must not run outside the main thread: failures are
 * recorded and asserted there. */
static gpointer
worker_thread (gpointer data)
{
  Shared *shared = data;
  int n = n_checkouts ();

  for (int i = 0; i < n; i++)
    {
      GError *error = NULL;
      GsqlConnection *conn = gsql_engine_connect (shared->engine, NULL, &error);

      if (conn == NULL)
        {
          record_failure (shared, g_strdup_printf ("checkout %d: %s", i, error->message));
          g_error_free (error);
          continue;
        }

      /* The pool never hands out more than size + overflow at once. */
      {
        gint now = (gint) gsql_pool_get_n_checked_out (gsql_engine_get_pool (shared->engine));
        gint max = g_atomic_int_get (&shared->max_checked_out);
        while (now > max && !g_atomic_int_compare_and_exchange (&shared->max_checked_out, max, now))
          max = g_atomic_int_get (&shared->max_checked_out);
      }

      if (i % 50 == 0)
        {
          GsqlResult *result = gsql_connection_execute (conn, "SELECT 1", NULL, 0, NULL, &error);
          GValue v = G_VALUE_INIT;

          if (result == NULL || !gsql_result_scalar_one (result, &v, &error))
            {
              record_failure (shared, g_strdup_printf ("SELECT 1: %s", error ? error->message : "?"));
              g_clear_error (&error);
            }
          else if (!G_VALUE_HOLDS_INT64 (&v) && !G_VALUE_HOLDS_INT (&v))
            record_failure (shared, g_strdup_printf ("SELECT 1 gave a %s", G_VALUE_TYPE_NAME (&v)));
          else if ((G_VALUE_HOLDS_INT64 (&v) ? g_value_get_int64 (&v) : g_value_get_int (&v)) != 1)
            record_failure (shared, g_strdup ("SELECT 1 did not give 1"));
          if (G_IS_VALUE (&v))
            g_value_unset (&v);
          g_clear_object (&result);
        }
      g_object_unref (conn);
    }
  return NULL;
}

START_TEST (test_threads)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  GsqlPool *pool = gsql_engine_get_pool (engine);
  Shared shared = { engine, 0, 0, { 0 }, NULL };
  GThread *threads[N_THREADS];
  guint64 checkouts_before;

  g_mutex_init (&shared.lock);
  gsql_pool_set_size (pool, POOL_SIZE);
  gsql_pool_set_max_overflow (pool, POOL_OVERFLOW);
  gsql_pool_set_timeout (pool, 60);

  checkouts_before = gsql_pool_get_n_checkouts (pool);
  for (int t = 0; t < N_THREADS; t++)
    threads[t] = g_thread_new ("worker", worker_thread, &shared);
  for (int t = 0; t < N_THREADS; t++)
    g_thread_join (threads[t]);

  printf ("#   checkouts %" G_GUINT64_FORMAT ", connects %" G_GUINT64_FORMAT ", idle %u, overflow %d, "
          "at most %d checked out at once\n",
          gsql_pool_get_n_checkouts (pool), gsql_pool_get_n_connects (pool),
          gsql_pool_get_n_idle (pool), gsql_pool_get_overflow (pool), shared.max_checked_out);
  ck_assert_msg (shared.n_failures == 0, "%d failures, first: %s", shared.n_failures, shared.first_failure);
  ck_assert_int_le (shared.max_checked_out, POOL_SIZE + POOL_OVERFLOW);
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 0);
  ck_assert_uint_eq (gsql_pool_get_n_checkouts (pool) - checkouts_before, (guint64) N_THREADS * n_checkouts ());
  /* Overflow connections close when they come back and nobody waits (as
   * SQLAlchemy's QueuePool does), so more than size + overflow may have been
   * opened over time, but never more than that at once, and far fewer than
   * one per checkout. */
  ck_assert_int_le (gsql_pool_get_overflow (pool), 0);
  ck_assert_uint_ge (gsql_pool_get_n_connects (pool), 1);
  ck_assert_uint_le (gsql_pool_get_n_connects (pool), MAX (N_THREADS * n_checkouts () / 20, POOL_SIZE + POOL_OVERFLOW));
  ck_assert_uint_ge (gsql_pool_get_n_idle (pool), 1);
  ck_assert_uint_le (gsql_pool_get_n_idle (pool), POOL_SIZE);
  ck_assert_uint_eq (gsql_pool_get_n_invalidated (pool), 0);
  g_mutex_clear (&shared.lock);
  g_free (shared.first_failure);
}
END_TEST

/* A connection older than the recycle age is replaced at checkout. */
START_TEST (test_recycle)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  GsqlPool *pool = gsql_engine_get_pool (engine);
  GsqlConnection *conn;

  gsql_pool_set_size (pool, 1);
  gsql_pool_set_recycle (pool, 1.0);
  conn = gsql_test_connect (engine);
  g_object_unref (conn);
  conn = gsql_test_connect (engine);
  ck_assert_uint_eq (gsql_pool_get_n_connects (pool), 1);
  g_object_unref (conn);
  g_usleep (1500 * 1000);
  conn = gsql_test_connect (engine);
  ck_assert_uint_eq (gsql_pool_get_n_connects (pool), 2);
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT 1"), 1);
  g_object_unref (conn);
  ck_assert_uint_eq (gsql_pool_get_n_idle (pool), 1);
}
END_TEST

int
main (int argc, char **argv)
{
  Suite *s;
  TCase *tc;

  gsql_test_init (&argc, &argv);
  s = suite_create ("core/pool");
  tc = gsql_test_tcase_new ("core/pool");
  gsql_test_add_backend_test (tc, test_settings, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_counters, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_exhaustion, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_overflow, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_waiter_wakes, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_threads, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_recycle, GSQL_TEST_ALL_BACKENDS, NULL);
  suite_add_tcase (s, tc);
  return gsql_test_run_suite (s);
}
