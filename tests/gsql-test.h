/* gsql-test.h: shared helpers of the check suites
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * Every database test runs once per backend: SQLite (always, on a fresh
 * temporary file), PostgreSQL and MariaDB (when GSQL_TEST_POSTGRESQL /
 * GSQL_TEST_MARIADB hold ODBC connection strings, as scripts/start-databases
 * writes them).  A test registers itself with gsql_test_add_backend_test()
 * and starts with gsql_test_begin():
 *
 * |[<!-- language="C" -->
 * START_TEST (test_round_trip)
 * {
 *   GsqlTestBackend backend = gsql_test_begin (_i);
 *   g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
 *   g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
 *   gsql_test_drop_tables (conn, "t_round_trip", NULL);
 *   …
 * }
 * END_TEST
 *
 * gsql_test_add_backend_test (tc, test_round_trip, GSQL_TEST_ALL_BACKENDS, NULL);
 * ]|
 *
 * A backend that is not configured is not run and is reported as skipped
 * ("SKIP postgresql: GSQL_TEST_POSTGRESQL not set"), never counted as a
 * pass; with GSQL_TEST_REQUIRE_ALL=1 it is run anyway and fails.
 *
 * Tables on the server backends outlive a test: every test program uses
 * table names of its own (so programs can run in parallel against the same
 * servers) and drops them before creating them.
 */
#pragma once

#include <stdio.h>
#include <check.h>
#include <libsqlcore/sqlcore.h>

G_BEGIN_DECLS

typedef enum {
  GSQL_TEST_SQLITE,
  GSQL_TEST_POSTGRESQL,
  GSQL_TEST_MARIADB,
  GSQL_TEST_N_BACKENDS
} GsqlTestBackend;

#define GSQL_TEST_MASK(b)          (1u << (b))
#define GSQL_TEST_ALL_BACKENDS     (GSQL_TEST_MASK (GSQL_TEST_SQLITE) | \
                                    GSQL_TEST_MASK (GSQL_TEST_POSTGRESQL) | \
                                    GSQL_TEST_MASK (GSQL_TEST_MARIADB))
#define GSQL_TEST_SERVER_BACKENDS  (GSQL_TEST_MASK (GSQL_TEST_POSTGRESQL) | \
                                    GSQL_TEST_MASK (GSQL_TEST_MARIADB))

/* Backends */
const char      *gsql_test_backend_name        (GsqlTestBackend backend);
const char      *gsql_test_backend_env_var     (GsqlTestBackend backend);
const char      *gsql_test_backend_dialect     (GsqlTestBackend backend);
const char      *gsql_test_backend_get_connection_string (GsqlTestBackend backend);
const char      *gsql_test_backend_get_url     (GsqlTestBackend backend);
gboolean         gsql_test_backend_is_configured (GsqlTestBackend backend);
gboolean         gsql_test_require_all         (void);

/* Suites */
void             gsql_test_init                (int *argc, char ***argv);
TCase           *gsql_test_tcase_new           (const char *name);
void             gsql_test_add_backend_test    (TCase          *tc,
                                                const TTest    *test,
                                                guint           backends,
                                                const char     *why_not_others);
GsqlTestBackend  gsql_test_begin               (int             iteration);
int              gsql_test_run_suite           (Suite          *suite);

/* Databases */
char            *gsql_test_make_tmpdir         (void) G_GNUC_WARN_UNUSED_RESULT;
void             gsql_test_remove_tmpdir       (const char     *path);
char            *gsql_test_dup_engine_string   (GsqlTestBackend backend,
                                                char          **out_tmpdir) G_GNUC_WARN_UNUSED_RESULT;
GsqlEngine      *gsql_test_open_engine         (GsqlTestBackend backend) G_GNUC_WARN_UNUSED_RESULT;
GsqlConnection  *gsql_test_connect             (GsqlEngine     *engine) G_GNUC_WARN_UNUSED_RESULT;
void             gsql_test_exec                (GsqlConnection *conn,
                                                const char     *sql);
void             gsql_test_drop_tables         (GsqlConnection *conn,
                                                ...) G_GNUC_NULL_TERMINATED;
gint64           gsql_test_query_int64         (GsqlConnection *conn,
                                                const char     *sql);
gint64           gsql_test_session_id          (GsqlConnection *conn,
                                                GsqlTestBackend backend);
void             gsql_test_kill_session        (GsqlConnection *killer,
                                                GsqlTestBackend backend,
                                                gint64          id);
gint64           gsql_test_value_to_int64      (const GValue   *value);
char            *gsql_test_replace_port        (const char     *url,
                                                const char     *port) G_GNUC_WARN_UNUSED_RESULT;

/* GValue parameters */
GValue          *gsql_test_value_int           (GValue *value, int         v);
GValue          *gsql_test_value_int64         (GValue *value, gint64      v);
GValue          *gsql_test_value_double        (GValue *value, double      v);
GValue          *gsql_test_value_boolean       (GValue *value, gboolean    v);
GValue          *gsql_test_value_string        (GValue *value, const char *v);
void             gsql_test_values_unset        (GValue *values, guint n);

const char      *gsql_test_error_code_name     (int code);

char            *gsql_test_describe_error      (const GError   *error) G_GNUC_WARN_UNUSED_RESULT;

/**
 * gsql_test_assert_no_error:
 *
 * Fails the test, showing the error's message, code and SQLSTATE, when
 * @err is set.
 */
#define gsql_test_assert_no_error(err) G_STMT_START { \
  const GError *gsql_test_e_ = (err); \
  ck_assert_msg (gsql_test_e_ == NULL, "unexpected error: %s", gsql_test_describe_error (gsql_test_e_)); \
} G_STMT_END

/**
 * gsql_test_assert_error:
 *
 * Fails the test unless @err is set, in the #GSQL_ERROR domain, with @code.
 */
#define gsql_test_assert_error(err, c) G_STMT_START { \
  const GError *gsql_test_e_ = (err); \
  ck_assert_msg (gsql_test_e_ != NULL, "expected %s, got no error", gsql_test_error_code_name (c)); \
  ck_assert_msg (gsql_test_e_->domain == GSQL_ERROR && gsql_test_e_->code == (int) (c), \
                 "expected %s, got %s", gsql_test_error_code_name (c), \
                 gsql_test_describe_error (gsql_test_e_)); \
} G_STMT_END

G_END_DECLS
