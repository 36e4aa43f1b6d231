/* test-engine.c: engines, connecting, connect failures
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <string.h>

#include "tests/gsql-test.h"

/* @conn_str with the value of @key replaced by @value (appended if absent). */
static char *
replace_odbc_attribute (const char *conn_str, const char *key, const char *value)
{
  g_auto(GStrv) parts = g_strsplit (conn_str, ";", -1);
  GString *out = g_string_new (NULL);
  gboolean found = FALSE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *eq = strchr (parts[i], '=');

      if (parts[i][0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ';');
      if (eq != NULL && (gsize) (eq - parts[i]) == strlen (key) &&
          g_ascii_strncasecmp (parts[i], key, strlen (key)) == 0)
        {
          g_string_append_printf (out, "%s=%s", key, value);
          found = TRUE;
        }
      else
        g_string_append (out, parts[i]);
    }
  if (!found)
    g_string_append_printf (out, ";%s=%s", key, value);
  return g_string_free (out, FALSE);
}

/* Connecting through @engine_string fails with CONNECTION_FAILED, twice
 * (nothing is left half-open in between), the pool holds nothing and the
 * engine goes away with its last reference. */
static void
assert_connect_fails (const char *engine_string)
{
  g_autoptr(GError) error = NULL;
  GsqlEngine *engine;
  GsqlConnection *conn;
  GsqlPool *pool;

  printf ("#   connecting to %s (must fail)\n", engine_string);
  engine = gsql_engine_new (engine_string, &error);
  gsql_test_assert_no_error (error); /* connecting is lazy */
  ck_assert_ptr_nonnull (engine);
  g_object_add_weak_pointer (G_OBJECT (engine), (gpointer *) &engine);
  pool = gsql_engine_get_pool (engine);
  gsql_pool_set_timeout (pool, 10);

  for (int attempt = 0; attempt < 2; attempt++)
    {
      conn = gsql_engine_connect (engine, NULL, &error);
      ck_assert_ptr_null (conn);
      gsql_test_assert_error (error, GSQL_ERROR_CONNECTION_FAILED);
      ck_assert_ptr_nonnull (error->message);
      ck_assert_int_gt (strlen (error->message), 0);
      printf ("#   attempt %d: %s (SQLSTATE %s)\n", attempt + 1, error->message,
              gsql_error_get_sqlstate (error) ? gsql_error_get_sqlstate (error) : "-");
      g_clear_error (&error);

      ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 0);
      ck_assert_uint_eq (gsql_pool_get_n_idle (pool), 0);
    }

  g_object_unref (engine);
  ck_assert_msg (engine == NULL, "the engine is still alive after its last unref");
}

START_TEST (test_connect)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  GsqlPool *pool = gsql_engine_get_pool (engine);
  GsqlConnection *conn;

  ck_assert_ptr_nonnull (pool);
  ck_assert_uint_eq (gsql_pool_get_n_connects (pool), 0);

  conn = gsql_test_connect (engine);
  ck_assert_str_eq (gsql_engine_get_dialect_name (engine), gsql_test_backend_dialect (backend));
  ck_assert_str_eq (gsql_connection_get_dialect_name (conn), gsql_test_backend_dialect (backend));
  ck_assert_ptr_nonnull (gsql_connection_get_dbms_name (conn));
  ck_assert_ptr_nonnull (gsql_connection_get_dbms_version (conn));
  printf ("#   %s %s\n", gsql_connection_get_dbms_name (conn), gsql_connection_get_dbms_version (conn));
  ck_assert (!gsql_connection_is_closed (conn));
  ck_assert (!gsql_connection_is_invalidated (conn));
  ck_assert (!gsql_connection_in_transaction (conn));
  ck_assert_uint_eq (gsql_connection_get_transaction_depth (conn), 0);

  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT 1"), 1);
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 1);
  ck_assert_uint_eq (gsql_pool_get_n_connects (pool), 1);
  ck_assert_uint_eq (gsql_pool_get_n_checkouts (pool), 1);

  g_object_unref (conn);
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 0);
  ck_assert_uint_eq (gsql_pool_get_n_idle (pool), 1);

  /* The returned connection is handed out again. */
  conn = gsql_test_connect (engine);
  ck_assert_uint_eq (gsql_pool_get_n_connects (pool), 1);
  ck_assert_uint_eq (gsql_pool_get_n_checkouts (pool), 2);
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT 2"), 2);
  g_object_unref (conn);

  gsql_engine_dispose_connections (engine);
  ck_assert_uint_eq (gsql_pool_get_n_idle (pool), 0);
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 0);

  /* …and after disposing, a new one is opened. */
  conn = gsql_test_connect (engine);
  ck_assert_uint_eq (gsql_pool_get_n_connects (pool), 2);
  g_object_unref (conn);
}
END_TEST

START_TEST (test_close)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  GsqlPool *pool = gsql_engine_get_pool (engine);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GError) error = NULL;
  GsqlResult *result;

  gsql_connection_close (conn);
  ck_assert (gsql_connection_is_closed (conn));
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 0);
  ck_assert_uint_eq (gsql_pool_get_n_idle (pool), 1);

  result = gsql_connection_execute (conn, "SELECT 1", NULL, 0, NULL, &error);
  ck_assert_ptr_null (result);
  gsql_test_assert_error (error, GSQL_ERROR_CLOSED);
  g_clear_error (&error);

  /* Closing twice is harmless and the unref below returns nothing twice. */
  gsql_connection_close (conn);
  g_clear_object (&conn);
  ck_assert_uint_eq (gsql_pool_get_n_checked_out (pool), 0);
  ck_assert_uint_eq (gsql_pool_get_n_idle (pool), 1);
}
END_TEST

START_TEST (test_engine_finalizes)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  GsqlEngine *engine = gsql_test_open_engine (backend);
  GsqlConnection *conn;

  g_object_add_weak_pointer (G_OBJECT (engine), (gpointer *) &engine);
  conn = gsql_test_connect (engine);
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT 1"), 1);
  g_object_unref (conn);
  g_object_unref (engine);
  ck_assert_msg (engine == NULL, "the engine is still alive after its last unref");
}
END_TEST

START_TEST (test_bad_dsn)
{
  assert_connect_fails ("DSN=gsql_no_such_dsn_xyz;UID=gsql;PWD=gsql-pw");
}
END_TEST

START_TEST (test_bad_driver)
{
  assert_connect_fails ("Driver=/nonexistent/libgsql-no-such-driver.so;Database=x");
}
END_TEST

START_TEST (test_wrong_password)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autofree char *odbc = replace_odbc_attribute (gsql_test_backend_get_connection_string (backend),
                                                  "PWD", "wrong-password");
  const char *url = gsql_test_backend_get_url (backend);

  assert_connect_fails (odbc);

  ck_assert_msg (url != NULL, "%s_URL not set", gsql_test_backend_env_var (backend));
  {
    /* Same through a URL: scheme://gsql:gsql-pw@… becomes gsql:wrong@… */
    const char *at = strrchr (url, '@');
    const char *scheme_end = strstr (url, "://");
    g_autofree char *bad_url = NULL;
    const char *colon;

    ck_assert_ptr_nonnull (at);
    ck_assert_ptr_nonnull (scheme_end);
    colon = memchr (scheme_end + 3, ':', at - (scheme_end + 3));
    ck_assert_ptr_nonnull (colon);
    bad_url = g_strdup_printf ("%.*s:wrong-password%s", (int) (colon - url), url, at);
    assert_connect_fails (bad_url);
  }
}
END_TEST

START_TEST (test_no_server)
{
  GsqlTestBackend backend = gsql_test_begin (_i);

  if (backend == GSQL_TEST_SQLITE)
    {
      /* SQLite has no server: the closest thing is a file that cannot be
       * created. */
      assert_connect_fails ("sqlite:////nonexistent-gsql-dir/sub/test.db");
    }
  else
    {
      const char *url = gsql_test_backend_get_url (backend);
      g_autofree char *closed = NULL;

      ck_assert_msg (url != NULL, "%s_URL not set", gsql_test_backend_env_var (backend));
      closed = gsql_test_replace_port (url, "1");
      assert_connect_fails (closed);
    }
}
END_TEST

int
main (int argc, char **argv)
{
  Suite *s;
  TCase *tc;

  gsql_test_init (&argc, &argv);
  s = suite_create ("core/engine");

  tc = gsql_test_tcase_new ("core/engine");
  gsql_test_add_backend_test (tc, test_connect, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_close, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_engine_finalizes, GSQL_TEST_ALL_BACKENDS, NULL);
  suite_add_tcase (s, tc);

  tc = gsql_test_tcase_new ("core/engine/connect-failures");
  tcase_add_test (tc, test_bad_dsn);
  tcase_add_test (tc, test_bad_driver);
  gsql_test_add_backend_test (tc, test_wrong_password, GSQL_TEST_SERVER_BACKENDS,
                              "SQLite has no passwords");
  gsql_test_add_backend_test (tc, test_no_server, GSQL_TEST_ALL_BACKENDS, NULL);
  suite_add_tcase (s, tc);

  return gsql_test_run_suite (s);
}
