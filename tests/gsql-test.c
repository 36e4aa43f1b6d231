/* gsql-test.c: shared helpers of the check suites
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "gsql-test.h"

typedef struct {
  const char *name;
  const char *env_var;      /* ODBC connection string */
  const char *url_env_var;  /* URL of the same server */
  const char *dialect;
} BackendInfo;

static const BackendInfo backends[GSQL_TEST_N_BACKENDS] = {
  [GSQL_TEST_SQLITE]     = { "sqlite", NULL, NULL, "sqlite" },
  [GSQL_TEST_POSTGRESQL] = { "postgresql", "GSQL_TEST_POSTGRESQL", "GSQL_TEST_POSTGRESQL_URL", "postgresql" },
  [GSQL_TEST_MARIADB]    = { "mariadb", "GSQL_TEST_MARIADB", "GSQL_TEST_MARIADB_URL", "mysql" },
};

/* Everything a test program creates on disk lives below this directory,
 * made before check forks and removed after the run, so a crashed test
 * leaves nothing behind in /tmp. */
static char *tmp_root;

/* "SKIP …" lines, printed before the run and repeated in the summary. */
static GPtrArray *skip_messages;
static guint n_skipped[GSQL_TEST_N_BACKENDS];

const char *
gsql_test_backend_name (GsqlTestBackend backend)
{
  g_assert (backend < GSQL_TEST_N_BACKENDS);
  return backends[backend].name;
}

const char *
gsql_test_backend_env_var (GsqlTestBackend backend)
{
  g_assert (backend < GSQL_TEST_N_BACKENDS);
  return backends[backend].env_var;
}

const char *
gsql_test_backend_dialect (GsqlTestBackend backend)
{
  g_assert (backend < GSQL_TEST_N_BACKENDS);
  return backends[backend].dialect;
}

static const char *
nonempty_env (const char *name)
{
  const char *v;

  if (name == NULL)
    return NULL;
  v = g_getenv (name);
  return v != NULL && *v != '\0' ? v : NULL;
}

/* The ODBC connection string of a server backend, or NULL. */
const char *
gsql_test_backend_get_connection_string (GsqlTestBackend backend)
{
  g_assert (backend < GSQL_TEST_N_BACKENDS);
  return nonempty_env (backends[backend].env_var);
}

/* The URL of a server backend (GSQL_TEST_*_URL), or NULL. */
const char *
gsql_test_backend_get_url (GsqlTestBackend backend)
{
  g_assert (backend < GSQL_TEST_N_BACKENDS);
  return nonempty_env (backends[backend].url_env_var);
}

gboolean
gsql_test_backend_is_configured (GsqlTestBackend backend)
{
  g_assert (backend < GSQL_TEST_N_BACKENDS);
  if (backend == GSQL_TEST_SQLITE)
    return TRUE;
  return gsql_test_backend_get_connection_string (backend) != NULL;
}

gboolean
gsql_test_require_all (void)
{
  const char *v = g_getenv ("GSQL_TEST_REQUIRE_ALL");

  return v != NULL && *v != '\0' && strcmp (v, "0") != 0;
}

const char *
gsql_test_error_code_name (int code)
{
  static const char *names[] = {
    "GSQL_ERROR_FAILED", "GSQL_ERROR_INVALID_ARGUMENT", "GSQL_ERROR_NOT_SUPPORTED",
    "GSQL_ERROR_CONNECTION_FAILED", "GSQL_ERROR_DISCONNECTED", "GSQL_ERROR_TIMEOUT",
    "GSQL_ERROR_PROGRAMMING", "GSQL_ERROR_DATA", "GSQL_ERROR_INTEGRITY",
    "GSQL_ERROR_UNIQUE_VIOLATION", "GSQL_ERROR_FOREIGN_KEY_VIOLATION",
    "GSQL_ERROR_NOT_NULL_VIOLATION", "GSQL_ERROR_CHECK_VIOLATION",
    "GSQL_ERROR_SERIALIZATION_FAILURE", "GSQL_ERROR_NO_RESULT",
    "GSQL_ERROR_MULTIPLE_RESULTS", "GSQL_ERROR_CLOSED",
  };

  if (code >= 0 && (gsize) code < G_N_ELEMENTS (names))
    return names[code];
  return "(unknown code)";
}

/* One line about @error: code, SQLSTATE, native code, message (newlines
 * flattened: check cuts its messages at the first one).  Only called when
 * an assertion fails, so the string is never freed. */
char *
gsql_test_describe_error (const GError *error)
{
  g_autofree char *message = NULL;

  if (error == NULL)
    return g_strdup ("(none)");
  message = g_strdup (error->message);
  g_strdelimit (message, "\r\n", ' ');
  if (error->domain != GSQL_ERROR)
    return g_strdup_printf ("%s %d: %s", g_quark_to_string (error->domain), error->code, message);
  return g_strdup_printf ("%s (SQLSTATE %s, native %" G_GINT64_FORMAT "): %s",
                          gsql_test_error_code_name (error->code),
                          gsql_error_get_sqlstate (error) ? gsql_error_get_sqlstate (error) : "-",
                          gsql_error_get_native_code (error), message);
}

/* ------------------------------------------------------------------ suites */

void
gsql_test_init (int *argc, char ***argv)
{
  /* The harness sets G_DEBUG=fatal-criticals; do the same when a test
   * program is started by hand. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

  /* Lines from forked children must not interleave half-way. */
  setvbuf (stdout, NULL, _IOLBF, 0);

  if (skip_messages == NULL)
    skip_messages = g_ptr_array_new_with_free_func (g_free);
}

/* A test case whose tests may take a while: 1 MB blobs, 10,000-row
 * batches and 16 threads on a server are slower than check's 4 s default
 * (CK_TIMEOUT_MULTIPLIER still applies). */
TCase *
gsql_test_tcase_new (const char *name)
{
  TCase *tc = tcase_create (name);

  tcase_set_timeout (tc, 300);
  return tc;
}

/**
 * gsql_test_add_backend_test:
 * @tc: the test case
 * @test: a test made with START_TEST that calls gsql_test_begin (_i)
 * @backends: mask of the backends the test applies to
 * @why_not_others: (nullable): why the test does not apply to the backends
 *   outside @backends; printed as a SKIP line
 *
 * Registers one iteration of @test per backend.  Backends that are not
 * configured are left out and reported as skipped, unless
 * GSQL_TEST_REQUIRE_ALL is set: then they are registered and fail.
 */
void
gsql_test_add_backend_test (TCase       *tc,
                            const TTest *test,
                            guint        mask,
                            const char  *why_not_others)
{
  g_assert (skip_messages != NULL); /* gsql_test_init() first */

  for (guint b = 0; b < GSQL_TEST_N_BACKENDS; b++)
    {
      if (!(mask & GSQL_TEST_MASK (b)))
        {
          g_ptr_array_add (skip_messages,
                           g_strdup_printf ("SKIP %s: %s: %s", backends[b].name, test->name,
                                            why_not_others ? why_not_others : "does not apply"));
          n_skipped[b]++;
          continue;
        }

      if (!gsql_test_backend_is_configured (b) && !gsql_test_require_all ())
        {
          g_ptr_array_add (skip_messages,
                           g_strdup_printf ("SKIP %s: %s: %s not set", backends[b].name,
                                            test->name, backends[b].env_var));
          n_skipped[b]++;
          continue;
        }

      _tcase_add_test (tc, test, 0, 0, (int) b, (int) b + 1);
    }
}

/**
 * gsql_test_begin:
 * @iteration: the `_i` of the running loop test
 *
 * Names the backend the test runs on in the output and fails when the
 * backend is required but not configured.
 *
 * Returns: the backend of this iteration
 */
GsqlTestBackend
gsql_test_begin (int iteration)
{
  GsqlTestBackend backend = (GsqlTestBackend) iteration;

  ck_assert_int_ge (iteration, 0);
  ck_assert_int_lt (iteration, GSQL_TEST_N_BACKENDS);

  printf ("# %s: running on %s\n", tcase_name (), backends[backend].name);
  fflush (stdout);

  if (!gsql_test_backend_is_configured (backend))
    ck_abort_msg ("%s: %s not set and GSQL_TEST_REQUIRE_ALL is set: every backend must run",
                  backends[backend].name, backends[backend].env_var);

  return backend;
}

static void
remove_tree (const char *path)
{
  GDir *dir;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      dir = g_dir_open (path, 0, NULL);
      if (dir != NULL)
        {
          while ((name = g_dir_read_name (dir)) != NULL)
            {
              g_autofree char *child = g_build_filename (path, name, NULL);
              remove_tree (child);
            }
          g_dir_close (dir);
        }
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

int
gsql_test_run_suite (Suite *suite)
{
  SRunner *runner;
  enum print_output verbosity = CK_VERBOSE;
  int n_failed, n_run;
  guint n_skipped_total = 0;
  g_autoptr(GError) error = NULL;

  g_assert (skip_messages != NULL);

  tmp_root = g_dir_make_tmp ("gsql-test-XXXXXX", &error);
  if (tmp_root == NULL)
    {
      fprintf (stderr, "cannot make a temporary directory: %s\n", error->message);
      return EXIT_FAILURE;
    }

  for (guint b = 0; b < GSQL_TEST_N_BACKENDS; b++)
    {
      if (gsql_test_backend_is_configured (b))
        printf ("# backend %s: configured%s\n", backends[b].name,
                b == GSQL_TEST_SQLITE ? " (temporary file)" : "");
      else if (gsql_test_require_all ())
        printf ("# backend %s: %s not set, and GSQL_TEST_REQUIRE_ALL is set: its tests will FAIL\n",
                backends[b].name, backends[b].env_var);
      else
        printf ("SKIP %s: %s not set\n", backends[b].name, backends[b].env_var);
    }
  for (guint i = 0; i < skip_messages->len; i++)
    printf ("%s\n", (const char *) g_ptr_array_index (skip_messages, i));
  fflush (stdout);

  if (g_getenv ("CK_VERBOSITY") != NULL)
    verbosity = CK_ENV;

  runner = srunner_create (suite);
  srunner_run_all (runner, verbosity);
  n_failed = srunner_ntests_failed (runner);
  n_run = srunner_ntests_run (runner);
  srunner_free (runner);

  remove_tree (tmp_root);
  g_clear_pointer (&tmp_root, g_free);

  for (guint b = 0; b < GSQL_TEST_N_BACKENDS; b++)
    if (n_skipped[b] > 0)
      {
        printf ("# %s: %u test(s) skipped (see SKIP lines above)\n", backends[b].name, n_skipped[b]);
        n_skipped_total += n_skipped[b];
      }
  g_clear_pointer (&skip_messages, g_ptr_array_unref);

  if (n_failed > 0)
    return EXIT_FAILURE;
  /* Nothing ran at all: report SKIP to automake's harness, not PASS. */
  if (n_run == 0 && n_skipped_total > 0)
    return 77;
  return EXIT_SUCCESS;
}

/* ------------------------------------------------------------- databases */

/* A new empty directory below the run's temporary root. */
char *
gsql_test_make_tmpdir (void)
{
  g_autofree char *tmpl = NULL;

  if (tmp_root == NULL)
    tmpl = g_build_filename (g_get_tmp_dir (), "gsql-test-XXXXXX", NULL);
  else
    tmpl = g_build_filename (tmp_root, "XXXXXX", NULL);

  ck_assert_msg (g_mkdtemp (tmpl) != NULL, "mkdtemp %s: %s", tmpl, g_strerror (errno));
  return g_steal_pointer (&tmpl);
}

void
gsql_test_remove_tmpdir (const char *path)
{
  if (path != NULL)
    remove_tree (path);
}

static void
remove_tmpdir_and_free (gpointer data)
{
  gsql_test_remove_tmpdir (data);
  g_free (data);
}

/**
 * gsql_test_dup_engine_string:
 * @backend: a configured backend
 * @out_tmpdir: (out) (optional): for SQLite, the directory holding the file
 *
 * Returns: what to give gsql_engine_new(): a `sqlite:////…/test.db` URL on
 *   a new directory, or the server's ODBC connection string
 */
char *
gsql_test_dup_engine_string (GsqlTestBackend backend, char **out_tmpdir)
{
  if (out_tmpdir)
    *out_tmpdir = NULL;

  if (backend == GSQL_TEST_SQLITE)
    {
      g_autofree char *dir = gsql_test_make_tmpdir ();
      char *url;

      g_assert (g_path_is_absolute (dir));
      url = g_strconcat ("sqlite:///", dir, "/test.db", NULL);
      if (out_tmpdir)
        *out_tmpdir = g_steal_pointer (&dir);
      return url;
    }

  ck_assert_msg (gsql_test_backend_is_configured (backend), "%s not set",
                 backends[backend].env_var);
  return g_strdup (gsql_test_backend_get_connection_string (backend));
}

/**
 * gsql_test_open_engine:
 *
 * An engine on @backend: for SQLite a new temporary file (removed when the
 * engine is finalized), for the servers their ODBC connection string.
 */
GsqlEngine *
gsql_test_open_engine (GsqlTestBackend backend)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *s = gsql_test_dup_engine_string (backend, &tmpdir);
  GsqlEngine *engine;

  engine = gsql_engine_new (s, &error);
  gsql_test_assert_no_error (error);
  ck_assert_ptr_nonnull (engine);
  ck_assert (GSQL_IS_ENGINE (engine));

  if (tmpdir != NULL)
    g_object_set_data_full (G_OBJECT (engine), "gsql-test-tmpdir",
                            g_steal_pointer (&tmpdir), remove_tmpdir_and_free);
  return engine;
}

GsqlConnection *
gsql_test_connect (GsqlEngine *engine)
{
  g_autoptr(GError) error = NULL;
  GsqlConnection *conn;

  conn = gsql_engine_connect (engine, NULL, &error);
  gsql_test_assert_no_error (error);
  ck_assert_ptr_nonnull (conn);
  return conn;
}

/* Runs @sql, which must succeed; its result is dropped. */
void
gsql_test_exec (GsqlConnection *conn, const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlResult) result = NULL;

  result = gsql_connection_execute (conn, sql, NULL, 0, NULL, &error);
  ck_assert_msg (error == NULL, "%s: %s", sql, gsql_test_describe_error (error));
  ck_assert_ptr_nonnull (result);
}

/* DROP TABLE IF EXISTS each table, in order (dependent tables first). */
void
gsql_test_drop_tables (GsqlConnection *conn, ...)
{
  va_list ap;
  const char *table;

  va_start (ap, conn);
  while ((table = va_arg (ap, const char *)) != NULL)
    {
      g_autofree char *sql = g_strdup_printf ("DROP TABLE IF EXISTS %s", table);
      gsql_test_exec (conn, sql);
    }
  va_end (ap);
}

gint64
gsql_test_value_to_int64 (const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  ck_assert_msg (type != G_TYPE_INVALID, "value is NULL, expected an integer");

  if (type == GSQL_TYPE_NUMERIC || type == G_TYPE_STRING)
    {
      /* SUM() gives NUMERIC on PostgreSQL and DECIMAL on MariaDB. */
      const char *text = type == G_TYPE_STRING ? g_value_get_string (value)
                                               : gsql_numeric_to_string (g_value_get_boxed (value));
      g_autofree char *copy = g_strdup (text);
      char *dot = strchr (copy, '.');
      gint64 n;
      g_autoptr(GError) error = NULL;

      if (dot != NULL)
        {
          ck_assert_msg (strspn (dot + 1, "0") == strlen (dot + 1), "%s is not an integer", text);
          *dot = '\0';
        }
      g_ascii_string_to_signed (copy, 10, G_MININT64, G_MAXINT64, &n, &error);
      ck_assert_msg (error == NULL, "%s is not an integer", text);
      return n;
    }

  if (type == G_TYPE_DOUBLE)
    {
      double d = g_value_get_double (value);
      ck_assert_msg (d == (double) (gint64) d, "%g is not an integer", d);
      return (gint64) d;
    }

  if (type == G_TYPE_UINT64)
    {
      ck_assert_msg (g_value_get_uint64 (value) <= G_MAXINT64, "uint64 out of range");
      return (gint64) g_value_get_uint64 (value);
    }

  {
    GValue v = G_VALUE_INIT;
    gint64 n;

    ck_assert_msg (g_value_type_transformable (type, G_TYPE_INT64),
                   "a %s is not an integer", g_type_name (type));
    g_value_init (&v, G_TYPE_INT64);
    ck_assert (g_value_transform (value, &v));
    n = g_value_get_int64 (&v);
    g_value_unset (&v);
    return n;
  }
}

/* The single integer that @sql selects (scalar_one). */
gint64
gsql_test_query_int64 (GsqlConnection *conn, const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlResult) result = NULL;
  GValue value = G_VALUE_INIT;
  gint64 n;

  result = gsql_connection_execute (conn, sql, NULL, 0, NULL, &error);
  ck_assert_msg (error == NULL, "%s: %s", sql, gsql_test_describe_error (error));
  ck_assert_ptr_nonnull (result);
  ck_assert_msg (gsql_result_scalar_one (result, &value, &error), "%s: %s", sql,
                 error ? error->message : "scalar_one returned FALSE without error");
  n = gsql_test_value_to_int64 (&value);
  g_value_unset (&value);
  return n;
}

/* The server's number for the session of @conn (PostgreSQL's backend
 * pid, MariaDB's connection id); for the servers only. */
gint64
gsql_test_session_id (GsqlConnection *conn, GsqlTestBackend backend)
{
  ck_assert (backend != GSQL_TEST_SQLITE);
  return gsql_test_query_int64 (conn, backend == GSQL_TEST_POSTGRESQL
                                      ? "SELECT pg_backend_pid()"
                                      : "SELECT CONNECTION_ID()");
}

/* Ends server session @id from the connection @killer (PostgreSQL:
 * pg_terminate_backend(), MariaDB: KILL CONNECTION) and waits until the
 * server has let go of it, so that the victim's next statement meets a
 * dead connection; fails the test after 10 s. */
void
gsql_test_kill_session (GsqlConnection *killer, GsqlTestBackend backend, gint64 id)
{
  g_autofree char *kill = NULL;
  g_autofree char *count = NULL;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  ck_assert (backend != GSQL_TEST_SQLITE);
  if (backend == GSQL_TEST_POSTGRESQL)
    {
      kill = g_strdup_printf ("SELECT pg_terminate_backend(%" G_GINT64_FORMAT ")", id);
      count = g_strdup_printf ("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = %" G_GINT64_FORMAT, id);
    }
  else
    {
      kill = g_strdup_printf ("KILL CONNECTION %" G_GINT64_FORMAT, id);
      count = g_strdup_printf ("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = %" G_GINT64_FORMAT, id);
    }
  printf ("#   %s\n", kill);
  gsql_test_exec (killer, kill);
  while (gsql_test_query_int64 (killer, count) != 0)
    {
      ck_assert_msg (g_get_monotonic_time () < deadline, "session %" G_GINT64_FORMAT " still alive after 10 s", id);
      g_usleep (20 * 1000);
    }
}

/* @url with its port replaced by @port. */
char *
gsql_test_replace_port (const char *url, const char *port)
{
  const char *auth = strstr (url, "://");
  const char *end, *at, *colon;
  GString *s;

  ck_assert_ptr_nonnull (auth);
  auth += 3;
  end = strchr (auth, '/');
  if (end == NULL)
    end = auth + strlen (auth);
  at = g_strrstr_len (auth, end - auth, "@");
  colon = memchr (at ? at : auth, ':', end - (at ? at : auth));

  s = g_string_new_len (url, (colon ? colon : end) - url);
  g_string_append_printf (s, ":%s%s", port, end);
  return g_string_free (s, FALSE);
}

/* --------------------------------------------------------------- values */

GValue *
gsql_test_value_int (GValue *value, int v)
{
  g_value_init (value, G_TYPE_INT);
  g_value_set_int (value, v);
  return value;
}

GValue *
gsql_test_value_int64 (GValue *value, gint64 v)
{
  g_value_init (value, G_TYPE_INT64);
  g_value_set_int64 (value, v);
  return value;
}

GValue *
gsql_test_value_double (GValue *value, double v)
{
  g_value_init (value, G_TYPE_DOUBLE);
  g_value_set_double (value, v);
  return value;
}

GValue *
gsql_test_value_boolean (GValue *value, gboolean v)
{
  g_value_init (value, G_TYPE_BOOLEAN);
  g_value_set_boolean (value, v);
  return value;
}

GValue *
gsql_test_value_string (GValue *value, const char *v)
{
  g_value_init (value, G_TYPE_STRING);
  g_value_set_string (value, v);
  return value;
}

/* Unsets those of @values that are set (a NULL parameter is unset). */
void
gsql_test_values_unset (GValue *values, guint n)
{
  for (guint i = 0; i < n; i++)
    if (G_IS_VALUE (&values[i]))
      g_value_unset (&values[i]);
}
