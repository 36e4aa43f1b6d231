/* test-url.c: what gsql_engine_new() accepts
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "tests/gsql-test.h"

/* Connects, writes a row and reads it back. */
static void
assert_usable (GsqlEngine *engine, const char *dialect)
{
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);

  ck_assert_str_eq (gsql_engine_get_dialect_name (engine), dialect);
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT 41 + 1"), 42);
}

static void
assert_sqlite_file_works (GsqlEngine *engine)
{
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);

  ck_assert_str_eq (gsql_engine_get_dialect_name (engine), "sqlite");
  gsql_test_exec (conn, "CREATE TABLE t_url (x INTEGER)");
  gsql_test_exec (conn, "INSERT INTO t_url VALUES (7)");
  ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT x FROM t_url"), 7);
}

START_TEST (test_sqlite_relative)
{
  g_autofree char *dir = gsql_test_make_tmpdir ();
  g_autofree char *old_cwd = g_get_current_dir ();
  g_autofree char *expected = g_build_filename (dir, "rel.db", NULL);
  g_autoptr(GError) error = NULL;
  GsqlEngine *engine;

  ck_assert_int_eq (g_chdir (dir), 0);
  engine = gsql_engine_new ("sqlite:///rel.db", &error);
  gsql_test_assert_no_error (error);
  ck_assert_str_eq (gsql_engine_get_url (engine), "sqlite:///rel.db");
  assert_sqlite_file_works (engine);
  g_object_unref (engine);
  ck_assert_int_eq (g_chdir (old_cwd), 0);

  ck_assert_msg (g_file_test (expected, G_FILE_TEST_IS_REGULAR), "%s was not created", expected);
  gsql_test_remove_tmpdir (dir);
}
END_TEST

START_TEST (test_sqlite_absolute)
{
  g_autofree char *dir = gsql_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "abs.db", NULL);
  g_autofree char *url = g_strconcat ("sqlite:///", path, NULL);
  g_autoptr(GError) error = NULL;
  GsqlEngine *engine;

  ck_assert (g_str_has_prefix (url, "sqlite:////"));
  engine = gsql_engine_new (url, &error);
  gsql_test_assert_no_error (error);
  assert_sqlite_file_works (engine);
  g_object_unref (engine);

  ck_assert_msg (g_file_test (path, G_FILE_TEST_IS_REGULAR), "%s was not created", path);
  gsql_test_remove_tmpdir (dir);
}
END_TEST

START_TEST (test_sqlite_temporary)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlEngine) engine = gsql_engine_new ("sqlite://", &error);

  gsql_test_assert_no_error (error);
  assert_sqlite_file_works (engine);
}
END_TEST

/* Foreign keys are enforced on SQLite as on the servers, unless the URL
 * says ?FKSupport=0. */
START_TEST (test_sqlite_foreign_keys)
{
  guint k;

  for (k = 0; k < 2; k++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GsqlEngine) engine = gsql_engine_new (k == 0 ? "sqlite://" : "sqlite://?FKSupport=0", &error);
      g_autoptr(GsqlConnection) conn = NULL;
      g_autoptr(GsqlResult) r = NULL;

      gsql_test_assert_no_error (error);
      conn = gsql_test_connect (engine);
      gsql_test_exec (conn, "CREATE TABLE parent (id INTEGER PRIMARY KEY)");
      gsql_test_exec (conn, "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id))");
      r = gsql_connection_execute (conn, "INSERT INTO child (id, parent_id) VALUES (1, 42)", NULL, 0, NULL, &error);
      if (k == 0)
        {
          ck_assert_ptr_null (r);
          gsql_test_assert_error (error, GSQL_ERROR_FOREIGN_KEY_VIOLATION);
        }
      else
        gsql_test_assert_no_error (error);
    }
}
END_TEST

START_TEST (test_sqlite_odbc_string)
{
  g_autofree char *dir = gsql_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "odbc.db", NULL);
  g_autofree char *s = g_strdup_printf ("Driver=SQLite3;Database=%s", path);
  g_autoptr(GError) error = NULL;
  GsqlEngine *engine;

  engine = gsql_engine_new (s, &error);
  gsql_test_assert_no_error (error);
  assert_sqlite_file_works (engine);
  g_object_unref (engine);

  ck_assert_msg (g_file_test (path, G_FILE_TEST_IS_REGULAR), "%s was not created", path);
  gsql_test_remove_tmpdir (dir);
}
END_TEST

START_TEST (test_server_url)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  const char *url = gsql_test_backend_get_url (backend);
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlEngine) engine = NULL;

  ck_assert_msg (url != NULL, "%s_URL not set", gsql_test_backend_env_var (backend));
  engine = gsql_engine_new (url, &error);
  gsql_test_assert_no_error (error);
  assert_usable (engine, gsql_test_backend_dialect (backend));

  if (backend == GSQL_TEST_MARIADB)
    {
      /* mysql:// names the same driver. */
      g_autoptr(GsqlEngine) engine2 = NULL;
      g_autofree char *mysql_url = NULL;

      ck_assert (g_str_has_prefix (url, "mariadb://"));
      mysql_url = g_strconcat ("mysql://", url + strlen ("mariadb://"), NULL);
      engine2 = gsql_engine_new (mysql_url, &error);
      gsql_test_assert_no_error (error);
      assert_usable (engine2, "mysql");
    }
}
END_TEST

/* A password with URL- and ODBC-special characters, percent-encoded in the
 * URL, reaches the server intact. */
START_TEST (test_server_url_special_password)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  const char *url = gsql_test_backend_get_url (backend);
  const char *password = "p@ss;w:rd/%x";
  const char *encoded = "p%40ss%3Bw%3Ard%2F%25x";
  g_autoptr(GsqlEngine) admin = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (admin);
  g_autoptr(GError) error = NULL;
  g_autofree char *host_part = NULL;
  g_autofree char *user_url = NULL;
  const char *at, *scheme_end;

  ck_assert_msg (url != NULL, "%s_URL not set", gsql_test_backend_env_var (backend));
  if (backend == GSQL_TEST_POSTGRESQL)
    {
      g_autofree char *create = g_strdup_printf ("CREATE ROLE gsql_url_user LOGIN PASSWORD '%s'", password);
      gsql_test_exec (conn, "DROP ROLE IF EXISTS gsql_url_user");
      gsql_test_exec (conn, create);
    }
  else
    {
      g_autofree char *create = g_strdup_printf ("CREATE USER 'gsql_url_user'@'127.0.0.1' IDENTIFIED BY '%s'", password);
      gsql_test_exec (conn, "DROP USER IF EXISTS 'gsql_url_user'@'127.0.0.1'");
      gsql_test_exec (conn, create);
    }

  at = strrchr (url, '@');
  scheme_end = strstr (url, "://");
  ck_assert_ptr_nonnull (at);
  ck_assert_ptr_nonnull (scheme_end);
  user_url = g_strdup_printf ("%.*s://gsql_url_user:%s%s", (int) (scheme_end - url), url, encoded, at);
  if (backend == GSQL_TEST_MARIADB)
    {
      /* gsql may not grant (no GRANT OPTION): the new user can reach only
       * information_schema. */
      char *slash = strrchr (user_url, '/');
      char *tmp;
      *slash = '\0';
      tmp = g_strconcat (user_url, "/information_schema", NULL);
      g_free (user_url);
      user_url = tmp;
    }

  {
    g_autoptr(GsqlEngine) engine = gsql_engine_new (user_url, &error);
    g_autoptr(GsqlConnection) c2 = NULL;
    gsql_test_assert_no_error (error);
    c2 = gsql_engine_connect (engine, NULL, &error);
    gsql_test_assert_no_error (error);
    ck_assert_int_eq (gsql_test_query_int64 (c2, "SELECT 5"), 5);
  }

  if (backend == GSQL_TEST_POSTGRESQL)
    gsql_test_exec (conn, "DROP ROLE gsql_url_user");
  else
    gsql_test_exec (conn, "DROP USER 'gsql_url_user'@'127.0.0.1'");
}
END_TEST

START_TEST (test_bad_urls)
{
  const char *bad[] = {
    "nosuchdb://user:pw@127.0.0.1/db",
    "oracle://scott:tiger@127.0.0.1:1521/orcl",
    "postgresql://user@127.0.0.1:notaport/db",
    "mysql://user@127.0.0.1:99999999/db",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      GsqlEngine *engine = gsql_engine_new (bad[i], &error);

      printf ("#   %s\n", bad[i]);
      ck_assert_msg (engine == NULL, "%s was accepted", bad[i]);
      gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
    }
}
END_TEST

/* The display string is for logs: it must not show the password. */
START_TEST (test_display_string_hides_password)
{
  const char *inputs[] = {
    "postgresql://gsql:s3cr3t-pw@127.0.0.1:1/gsql_test",
    "mariadb://gsql:s3cr3t-pw@127.0.0.1:1/gsql_test",
    "DSN=gsql_postgresql;UID=gsql;PWD=s3cr3t-pw",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GsqlEngine) engine = gsql_engine_new (inputs[i], &error);
      g_autofree char *display = NULL;

      gsql_test_assert_no_error (error);
      display = gsql_engine_dup_display_string (engine);
      ck_assert_ptr_nonnull (display);
      printf ("#   %s -> %s\n", inputs[i], display);
      ck_assert_msg (strstr (display, "s3cr3t-pw") == NULL, "display string shows the password: %s", display);
    }
}
END_TEST

int
main (int argc, char **argv)
{
  Suite *s;
  TCase *tc;

  gsql_test_init (&argc, &argv);
  s = suite_create ("core/url");
  tc = gsql_test_tcase_new ("core/url");
  tcase_add_test (tc, test_sqlite_relative);
  tcase_add_test (tc, test_sqlite_absolute);
  tcase_add_test (tc, test_sqlite_temporary);
  tcase_add_test (tc, test_sqlite_foreign_keys);
  tcase_add_test (tc, test_sqlite_odbc_string);
  gsql_test_add_backend_test (tc, test_server_url, GSQL_TEST_SERVER_BACKENDS,
                              "covered by the sqlite URL tests");
  gsql_test_add_backend_test (tc, test_server_url_special_password, GSQL_TEST_SERVER_BACKENDS,
                              "SQLite has no passwords");
  tcase_add_test (tc, test_bad_urls);
  tcase_add_test (tc, test_display_string_hides_password);
  suite_add_tcase (s, tc);
  return gsql_test_run_suite (s);
}
