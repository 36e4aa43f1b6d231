/* test-dml.c: the SQL expression language, INSERT / UPDATE / DELETE side
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * Two halves:
 *  - compile tests (no database): the exact SQL text and bound parameters
 *    of INSERT (multi-row, client defaults, from SELECT, RETURNING, upsert),
 *    UPDATE (with another table) and DELETE (with another table, RETURNING)
 *    for "sqlite", "postgresql" and "mysql", and the GErrors for what a
 *    dialect cannot express;
 *  - execution on every configured backend: generated keys
 *    (gsql_connection_get_last_insert_id(), RETURNING where there is one),
 *    an upsert run several times, UPDATE … FROM / multi-table UPDATE,
 *    DELETE … USING and DELETE … RETURNING, hostile values that must be
 *    bound and come back exactly, identifiers with `"`, backticks, `]` and
 *    spaces, and text that is not UTF-8.
 *
 * Parameters are shown as a list: 5 (an integer), 'x' (a string), NULL
 * (unset), :name (a named gsql_bindparam() without a value yet).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tests/gsql-test.h"

enum { SQLITE, POSTGRESQL, MYSQL, N_DIALECTS };

static const char * const dialect_names[N_DIALECTS] = { "sqlite", "postgresql", "mysql" };

#define COLS(...) ((const char * const []) { __VA_ARGS__, NULL })

/* ------------------------------------------------------------ compiling */

typedef struct {
  const char *sql;      /* NULL: compiling fails with @error */
  const char *params;
  const char *alt_sql;  /* another accepted text (same parameters), or NULL */
  GsqlError   error;
  const char *alt_params; /* other accepted parameters, or NULL */
} Want;

#define FAILS(code) { .sql = NULL, .error = (code) }

static char *
format_value (const GValue *v)
{
  GType t;

  if (v == NULL || !G_IS_VALUE (v))
    return g_strdup ("NULL");
  t = G_VALUE_TYPE (v);
  switch (G_TYPE_FUNDAMENTAL (t))
    {
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (v));
    case G_TYPE_UINT64:
      return g_strdup_printf ("%" G_GUINT64_FORMAT, g_value_get_uint64 (v));
    case G_TYPE_INT:
      return g_strdup_printf ("%d", g_value_get_int (v));
    case G_TYPE_UINT:
      return g_strdup_printf ("%u", g_value_get_uint (v));
    case G_TYPE_LONG:
      return g_strdup_printf ("%ld", g_value_get_long (v));
    case G_TYPE_DOUBLE:
      return g_strdup_printf ("%g", g_value_get_double (v));
    case G_TYPE_BOOLEAN:
      return g_strdup (g_value_get_boolean (v) ? "TRUE" : "FALSE");
    case G_TYPE_STRING:
      return g_value_get_string (v) != NULL ? g_strdup_printf ("'%s'", g_value_get_string (v))
                                            : g_strdup ("NULL");
    default:
      break;
    }
  {
    g_autofree char *contents = g_strdup_value_contents (v);
    return g_strdup_printf ("<%s>%s", g_type_name (t), contents);
  }
}

static char *
format_params (GsqlCompiled *compiled)
{
  GString *out = g_string_new (NULL);
  guint n = gsql_compiled_get_n_params (compiled);

  for (guint i = 0; i < n; i++)
    {
      const char *name = gsql_compiled_get_param_name (compiled, i);

      if (i > 0)
        g_string_append (out, ", ");
      if (name != NULL)
        g_string_append_printf (out, ":%s", name);
      else
        {
          g_autofree char *s = format_value (gsql_compiled_get_param_value (compiled, i));
          g_string_append (out, s);
        }
    }
  return g_string_free (out, FALSE);
}

static guint
count_markers (const char *sql)
{
  guint n = 0;
  char quote = 0;

  for (const char *p = sql; *p != '\0'; p++)
    {
      if (quote != 0)
        {
          if (*p == quote)
            quote = 0;
        }
      else if (*p == '\'' || *p == '"' || *p == '`')
        quote = *p;
      else if (*p == '?')
        n++;
    }
  return n;
}

static void
check_one (int         line,
           GsqlExpr   *stmt,
           guint       d,
           const Want *want)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlCompiled) compiled = gsql_expr_compile (stmt, dialect_names[d], &error);
  g_autofree char *params = NULL;
  const char *sql;
  const char *want_params = want->params != NULL ? want->params : "";

  if (want->sql == NULL)
    {
      ck_assert_msg (compiled == NULL, "line %d: %s: expected %s, compiled to:\n%s", line,
                     dialect_names[d], gsql_test_error_code_name (want->error),
                     gsql_compiled_get_sql (compiled));
      ck_assert_msg (error != NULL && error->domain == GSQL_ERROR && error->code == (int) want->error,
                     "line %d: %s: expected %s, got %s", line, dialect_names[d],
                     gsql_test_error_code_name (want->error), gsql_test_describe_error (error));
      printf ("#   %s: refused: %s\n", dialect_names[d], error->message);
      return;
    }

  ck_assert_msg (compiled != NULL, "line %d: %s: %s\n--- expected:\n%s", line, dialect_names[d],
                 gsql_test_describe_error (error), want->sql);
  gsql_test_assert_no_error (error);
  sql = gsql_compiled_get_sql (compiled);
  ck_assert_msg (g_strcmp0 (sql, want->sql) == 0 ||
                 (want->alt_sql != NULL && g_strcmp0 (sql, want->alt_sql) == 0),
                 "line %d: %s:\n--- got:\n%s\n--- expected:\n%s%s%s", line, dialect_names[d],
                 sql != NULL ? sql : "(null)", want->sql,
                 want->alt_sql != NULL ? "\n--- or:\n" : "", want->alt_sql != NULL ? want->alt_sql : "");
  params = format_params (compiled);
  if (want->alt_params != NULL && g_str_equal (params, want->alt_params))
    {
      printf ("#   %s: line %d: parameters %s accepted (expected %s)\n", dialect_names[d], line, params, want_params);
      want_params = want->alt_params;
    }
  ck_assert_msg (g_str_equal (params, want_params),
                 "line %d: %s: %s\n--- parameters:\n%s\n--- expected:\n%s", line, dialect_names[d],
                 sql, params, want_params);
  ck_assert_msg (count_markers (sql) == gsql_compiled_get_n_params (compiled),
                 "line %d: %s: %u markers but %u parameters in %s", line, dialect_names[d],
                 count_markers (sql), gsql_compiled_get_n_params (compiled), sql);
}

/* Takes the (floating) reference to @stmt. */
static void
expect_impl (int         line,
             GsqlExpr   *stmt,
             const Want  want[N_DIALECTS])
{
  ck_assert_msg (stmt != NULL, "line %d: no statement", line);
  g_object_ref_sink (stmt);
  for (guint d = 0; d < N_DIALECTS; d++)
    check_one (line, stmt, d, &want[d]);
  g_object_unref (stmt);
}

#define expect_each(stmt, ...) expect_impl (__LINE__, (stmt), (const Want[N_DIALECTS]) __VA_ARGS__)

#define expect_all(stmt, sql_, params_) \
  expect_each ((stmt), { { (sql_), (params_) }, { (sql_), (params_) }, { (sql_), (params_) } })

/* One text per dialect (NULL: GSQL_ERROR_NOT_SUPPORTED), same parameters. */
static void
expect3_impl (int         line,
              GsqlExpr   *stmt,
              const char *sqlite,
              const char *postgresql,
              const char *mysql,
              const char *params)
{
  const char *sql[N_DIALECTS] = { sqlite, postgresql, mysql };
  Want want[N_DIALECTS];

  for (guint d = 0; d < N_DIALECTS; d++)
    want[d] = (Want) { sql[d], params, NULL, GSQL_ERROR_NOT_SUPPORTED };
  expect_impl (line, stmt, want);
}

#define expect3(stmt, sqlite, postgresql, mysql, params) \
  expect3_impl (__LINE__, (stmt), (sqlite), (postgresql), (mysql), (params))

#define expect_error_all(stmt, code) \
  expect_each ((stmt), { FAILS (code), FAILS (code), FAILS (code) })

/* ------------------------------------------------------ a schema to compile */

static GsqlMetaData *md;
static GsqlTable *users;     /* user_account (id, name, fullname) */
static GsqlTable *addresses; /* address (id, user_id → user_account, email) */
static GsqlTable *orders;    /* "order" (id, user_id → user_account, total) */
static GsqlTable *tasks;     /* task (id, title, state default 'todo') */
static GsqlTable *archive;   /* archive (id, name) */
static GsqlTable *counters;  /* counter (name, hits) */

static GsqlColumn *
plain_column (const char  *name,
              GsqlSqlType *type)
{
  return gsql_column_new_with_properties (name, type, 0, NULL, NULL);
}

static GsqlColumn *
pk_column (const char *name)
{
  return gsql_column_new (name, gsql_sql_type_integer_new (), "primary-key", TRUE, NULL);
}

static GsqlColumn *
key_column (const char *name)
{
  return gsql_column_new (name, gsql_sql_type_integer_new (), "primary-key", TRUE,
                          "autoincrement", GSQL_AUTOINCREMENT_NEVER, NULL);
}

static GsqlColumn *
fk_column (const char *name,
           const char *target)
{
  return gsql_column_new (name, gsql_sql_type_integer_new (), "foreign-key", target, NULL);
}

static GsqlColumn *
string_column_with_default (const char *name,
                            guint       length,
                            const char *value)
{
  GsqlColumn *column = plain_column (name, gsql_sql_type_string_new (length));
  GValue v = G_VALUE_INIT;

  gsql_test_value_string (&v, value);
  gsql_column_set_default_value (column, &v);
  g_value_unset (&v);
  return column;
}

static GsqlTable *
add_table (GsqlMetaData *metadata,
           const char   *name,
           GsqlColumn   *first_column,
           ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  GsqlTable *table;
  va_list ap;

  va_start (ap, first_column);
  for (GsqlColumn *c = first_column; c != NULL; c = va_arg (ap, GsqlColumn *))
    g_ptr_array_add (columns, c);
  va_end (ap);

  table = gsql_metadata_add_table_full (metadata, NULL, name, (GsqlColumn **) columns->pdata,
                                        columns->len, &error);
  gsql_test_assert_no_error (error);
  ck_assert_ptr_nonnull (table);
  return table;
}

static void
schema_setup (void)
{
  md = gsql_metadata_new ();
  users = add_table (md, "user_account",
                     pk_column ("id"),
                     gsql_column_new ("name", gsql_sql_type_string_new (30), "nullable", FALSE, NULL),
                     plain_column ("fullname", gsql_sql_type_string_new (50)),
                     NULL);
  addresses = add_table (md, "address",
                         pk_column ("id"),
                         fk_column ("user_id", "user_account.id"),
                         plain_column ("email", gsql_sql_type_string_new (50)),
                         NULL);
  orders = add_table (md, "order",
                      pk_column ("id"),
                      fk_column ("user_id", "user_account.id"),
                      plain_column ("total", gsql_sql_type_integer_new ()),
                      NULL);
  tasks = add_table (md, "task",
                     key_column ("id"),
                     plain_column ("title", gsql_sql_type_string_new (50)),
                     string_column_with_default ("state", 10, "todo"),
                     NULL);
  archive = add_table (md, "archive",
                       key_column ("id"),
                       plain_column ("name", gsql_sql_type_string_new (30)),
                       NULL);
  counters = add_table (md, "counter",
                        gsql_column_new ("name", gsql_sql_type_string_new (30), "primary-key", TRUE, NULL),
                        plain_column ("hits", gsql_sql_type_integer_new ()),
                        NULL);
}

static void
schema_teardown (void)
{
  g_clear_object (&md);
  users = addresses = orders = tasks = archive = counters = NULL;
}

#define U(c) gsql_col (users, (c))
#define A(c) gsql_col (addresses, (c))
#define O(c) gsql_col (orders, (c))

/* ------------------------------------------------------------ compile tests */

START_TEST (test_compile_insert)
{
  printf ("# core/dml: INSERT (no database)\n");

  expect_all (gsql_insert_values (gsql_insert (users), "id", gsql_int (1), "name", gsql_str ("a"), NULL),
              "INSERT INTO user_account (id, name) VALUES (?, ?)", "1, 'a'");
  /* The generated key is left out. */
  expect_all (gsql_insert_values (gsql_insert (users), "name", gsql_str ("a"), "fullname", gsql_str ("A b"), NULL),
              "INSERT INTO user_account (name, fullname) VALUES (?, ?)", "'a', 'A b'");
  {
    GsqlExpr *values[] = { gsql_str ("a"), gsql_str ("b") };
    expect_all (gsql_insert_values_v (gsql_insert (users), COLS ("name", "fullname"), values, 2),
                "INSERT INTO user_account (name, fullname) VALUES (?, ?)", "'a', 'b'");
  }
  /* Several rows: one multi-row VALUES. */
  {
    GsqlExpr *ins = gsql_insert (users);
    gsql_insert_values (ins, "id", gsql_int (1), "name", gsql_str ("a"), NULL);
    gsql_insert_values (ins, "id", gsql_int (2), "name", gsql_str ("b"), NULL);
    gsql_insert_values (ins, "id", gsql_int (3), "name", gsql_str ("c"), NULL);
    expect_all (ins, "INSERT INTO user_account (id, name) VALUES (?, ?), (?, ?), (?, ?)", "1, 'a', 2, 'b', 3, 'c'");
  }
  /* …that must all name the same columns. */
  {
    GsqlExpr *ins = gsql_insert (users);
    gsql_insert_values (ins, "id", gsql_int (1), "name", gsql_str ("a"), NULL);
    gsql_insert_values (ins, "name", gsql_str ("b"), NULL);
    expect_error_all (ins, GSQL_ERROR_INVALID_ARGUMENT);
  }
  /* A column the table does not have; a value the column cannot hold. */
  expect_error_all (gsql_insert_values (gsql_insert (users), "nope", gsql_int (1), NULL), GSQL_ERROR_INVALID_ARGUMENT);
  expect_error_all (gsql_insert_values (gsql_insert (users), "id", gsql_str ("one"), "name", gsql_str ("a"), NULL),
                    GSQL_ERROR_INVALID_ARGUMENT);
  /* Reserved table name. */
  expect3 (gsql_insert_values (gsql_insert (orders), "id", gsql_int (1), "user_id", gsql_int (2), "total", gsql_int (3), NULL),
           "INSERT INTO \"order\" (id, user_id, total) VALUES (?, ?, ?)",
           "INSERT INTO \"order\" (id, user_id, total) VALUES (?, ?, ?)",
           "INSERT INTO `order` (id, user_id, total) VALUES (?, ?, ?)", "1, 2, 3");

  /* Client-side defaults are bound for columns not given.  (Accepted: the
   * compiled form shows the default as unset when it is computed at each
   * execution; test_exec_insert checks what reaches the database.) */
#define DEFAULTED(sql_, params_, alt_params_) { (sql_), (params_), NULL, 0, (alt_params_) }
  expect_each (gsql_insert_values (gsql_insert (tasks), "id", gsql_int (1), "title", gsql_str ("x"), NULL),
               { DEFAULTED ("INSERT INTO task (id, title, state) VALUES (?, ?, ?)", "1, 'x', 'todo'", "1, 'x', NULL"),
                 DEFAULTED ("INSERT INTO task (id, title, state) VALUES (?, ?, ?)", "1, 'x', 'todo'", "1, 'x', NULL"),
                 DEFAULTED ("INSERT INTO task (id, title, state) VALUES (?, ?, ?)", "1, 'x', 'todo'", "1, 'x', NULL") });
  expect_all (gsql_insert_values (gsql_insert (tasks), "id", gsql_int (1), "title", gsql_str ("x"),
                                  "state", gsql_str ("done"), NULL),
              "INSERT INTO task (id, title, state) VALUES (?, ?, ?)", "1, 'x', 'done'");
  {
    GsqlExpr *ins = gsql_insert (tasks);
    gsql_insert_values (ins, "id", gsql_int (1), "title", gsql_str ("x"), NULL);
    gsql_insert_values (ins, "id", gsql_int (2), "title", gsql_str ("y"), NULL);
    expect_each (ins, { DEFAULTED ("INSERT INTO task (id, title, state) VALUES (?, ?, ?), (?, ?, ?)",
                                   "1, 'x', 'todo', 2, 'y', 'todo'", "1, 'x', NULL, 2, 'y', NULL"),
                        DEFAULTED ("INSERT INTO task (id, title, state) VALUES (?, ?, ?), (?, ?, ?)",
                                   "1, 'x', 'todo', 2, 'y', 'todo'", "1, 'x', NULL, 2, 'y', NULL"),
                        DEFAULTED ("INSERT INTO task (id, title, state) VALUES (?, ?, ?), (?, ?, ?)",
                                   "1, 'x', 'todo', 2, 'y', 'todo'", "1, 'x', NULL, 2, 'y', NULL") });
#undef DEFAULTED
  }

  /* INSERT … SELECT */
  expect_all (gsql_insert_from_select (gsql_insert (archive), COLS ("id", "name"),
                                       gsql_select_where (gsql_select (U ("id"), U ("name"), NULL),
                                                          gsql_gt (U ("id"), gsql_int (10)))),
              "INSERT INTO archive (id, name) SELECT user_account.id, user_account.name FROM user_account "
              "WHERE user_account.id > ?", "10");

  /* RETURNING: PostgreSQL and MariaDB; the SQLite ODBC driver drops the rows. */
  expect3 (gsql_returning (gsql_insert_values (gsql_insert (users), "name", gsql_str ("a"), NULL), U ("id")),
           NULL,
           "INSERT INTO user_account (name) VALUES (?) RETURNING id",
           "INSERT INTO user_account (name) VALUES (?) RETURNING id", "'a'");
  {
    GsqlExpr *ins = gsql_insert_values (gsql_insert (users), "name", gsql_str ("a"), NULL);
    gsql_returning (ins, U ("id"));
    gsql_returning (ins, U ("name"));
    expect3 (ins, NULL,
             "INSERT INTO user_account (name) VALUES (?) RETURNING id, name",
             "INSERT INTO user_account (name) VALUES (?) RETURNING id, name", "'a'");
  }

  /* Display and literal forms. */
  {
    g_autoptr(GsqlExpr) ins = g_object_ref_sink (
        gsql_insert_values (gsql_insert (users), "id", gsql_int (1), "name", gsql_str ("O'Brien \\ x; --"),
                            "fullname", gsql_bindparam ("fn", gsql_sql_type_string_new (50)), NULL));
    g_autoptr(GsqlExpr) lit = g_object_ref_sink (
        gsql_insert_values (gsql_insert (users), "id", gsql_int (-7), "name", gsql_str ("O'Brien \\ x; --"),
                            "fullname", gsql_null (), NULL));
    static const char * const literal_want[N_DIALECTS] = {
      /* Negative numbers in parentheses (no "--" after a minus); on
       * PostgreSQL a backslash makes an E'' string, which reads the same
       * whatever standard_conforming_strings is. */
      "INSERT INTO user_account (id, name, fullname) VALUES ((-7), 'O''Brien \\ x; --', NULL)",
      "INSERT INTO user_account (id, name, fullname) VALUES ((-7), E'O''Brien \\\\ x; --', NULL)",
      "INSERT INTO user_account (id, name, fullname) VALUES ((-7), 'O''Brien \\\\ x; --', NULL)",
    };

    for (guint d = 0; d < N_DIALECTS; d++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(GsqlCompiled) c = gsql_expr_compile (ins, dialect_names[d], &error);
        g_autoptr(GsqlCompiled) l = NULL;
        g_autofree char *display = NULL;
        g_autofree char *literal = NULL;

        gsql_test_assert_no_error (error);
        ck_assert_str_eq (gsql_compiled_get_sql (c), "INSERT INTO user_account (id, name, fullname) VALUES (?, ?, ?)");
        ck_assert_str_eq (gsql_compiled_get_param_name (c, 2), "fn");
        display = gsql_compiled_dup_display_sql (c);
        ck_assert_str_eq (display, "INSERT INTO user_account (id, name, fullname) VALUES (:param_1, :param_2, :fn)");

        l = gsql_expr_compile (lit, dialect_names[d], &error);
        gsql_test_assert_no_error (error);
        literal = gsql_compiled_dup_literal_sql (l, &error);
        gsql_test_assert_no_error (error);
        ck_assert_msg (g_strcmp0 (literal, literal_want[d]) == 0, "%s:\n--- got:\n%s\n--- expected:\n%s",
                       dialect_names[d], literal, literal_want[d]);
        ck_assert_ptr_null (strstr (gsql_compiled_get_sql (l), "Brien"));
      }
  }
}
END_TEST

START_TEST (test_compile_upsert)
{
  printf ("# core/dml: upsert (no database)\n");

  expect3 (gsql_insert_on_conflict_do_nothing (gsql_insert_values (gsql_insert (users), "id", gsql_int (1),
                                                                   "name", gsql_str ("a"), NULL),
                                               COLS ("id")),
           "INSERT INTO user_account (id, name) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
           "INSERT INTO user_account (id, name) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
           "INSERT INTO user_account (id, name) VALUES (?, ?) ON DUPLICATE KEY UPDATE id = id", "1, 'a'");
  {
    GsqlExpr *values[] = { gsql_excluded (users, "name") };
    expect3 (gsql_insert_on_conflict_do_update (gsql_insert_values (gsql_insert (users), "id", gsql_int (1),
                                                                    "name", gsql_str ("a"), NULL),
                                                COLS ("id"), COLS ("name"), values, 1),
             "INSERT INTO user_account (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
             "INSERT INTO user_account (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
             "INSERT INTO user_account (id, name) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name)",
             "1, 'a'");
  }
  /* Several SET terms, an expression over the existing row, several rows. */
  {
    GsqlExpr *ins = gsql_insert (counters);
    GsqlExpr *values[] = {
      gsql_add (gsql_col (counters, "hits"), gsql_excluded (counters, "hits")),
    };

    gsql_insert_values (ins, "name", gsql_str ("a"), "hits", gsql_int (1), NULL);
    gsql_insert_values (ins, "name", gsql_str ("b"), "hits", gsql_int (2), NULL);
    /* (MySQL: the existing row's column may be left unqualified) */
    expect_each (gsql_insert_on_conflict_do_update (ins, COLS ("name"), COLS ("hits"), values, 1),
                 { { "INSERT INTO counter (name, hits) VALUES (?, ?), (?, ?) ON CONFLICT (name) DO UPDATE SET hits = counter.hits + excluded.hits",
                     "'a', 1, 'b', 2" },
                   { "INSERT INTO counter (name, hits) VALUES (?, ?), (?, ?) ON CONFLICT (name) DO UPDATE SET hits = counter.hits + excluded.hits",
                     "'a', 1, 'b', 2" },
                   { "INSERT INTO counter (name, hits) VALUES (?, ?), (?, ?) ON DUPLICATE KEY UPDATE hits = counter.hits + VALUES(hits)",
                     "'a', 1, 'b', 2",
                     "INSERT INTO counter (name, hits) VALUES (?, ?), (?, ?) ON DUPLICATE KEY UPDATE hits = hits + VALUES(hits)" } });
  }
  {
    GsqlExpr *values[] = { gsql_excluded (users, "name"), gsql_str ("?") };
    expect3 (gsql_insert_on_conflict_do_update (gsql_insert_values (gsql_insert (users), "id", gsql_int (1),
                                                                    "name", gsql_str ("a"), NULL),
                                                COLS ("id"), COLS ("name", "fullname"), values, 2),
             "INSERT INTO user_account (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, fullname = ?",
             "INSERT INTO user_account (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, fullname = ?",
             "INSERT INTO user_account (id, name) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name), fullname = ?",
             "1, 'a', '?'");
  }
  /* Reserved names in the conflict target and SET. */
  {
    GsqlExpr *values[] = { gsql_excluded (orders, "total") };
    expect3 (gsql_insert_on_conflict_do_update (gsql_insert_values (gsql_insert (orders), "id", gsql_int (1),
                                                                    "total", gsql_int (5), NULL),
                                                COLS ("id"), COLS ("total"), values, 1),
             "INSERT INTO \"order\" (id, total) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET total = excluded.total",
             "INSERT INTO \"order\" (id, total) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET total = excluded.total",
             "INSERT INTO `order` (id, total) VALUES (?, ?) ON DUPLICATE KEY UPDATE total = VALUES(total)",
             "1, 5");
  }
}
END_TEST

START_TEST (test_compile_update)
{
  printf ("# core/dml: UPDATE (no database)\n");

  expect_all (gsql_update_where (gsql_update_set (gsql_update_set (gsql_update (users), "name", gsql_str ("x")),
                                                  "fullname", gsql_str ("y")),
                                 gsql_eq (U ("id"), gsql_int (1))),
              "UPDATE user_account SET name = ?, fullname = ? WHERE user_account.id = ?", "'x', 'y', 1");
  expect_all (gsql_update_set (gsql_update (users), "name", gsql_str ("x")), "UPDATE user_account SET name = ?", "'x'");
  expect_all (gsql_update_where (gsql_update_set (gsql_update (users), "name", gsql_upper (U ("name"))),
                                 gsql_gt (U ("id"), gsql_int (1))),
              "UPDATE user_account SET name = upper(user_account.name) WHERE user_account.id > ?", "1");
  {
    GsqlExpr *u = gsql_update_set (gsql_update (orders), "total", gsql_add (O ("total"), gsql_int (1)));
    gsql_update_where (u, gsql_eq (O ("id"), gsql_int (3)));
    gsql_update_where (u, gsql_is_not_null (O ("user_id")));
    expect3 (u,
             "UPDATE \"order\" SET total = \"order\".total + ? WHERE \"order\".id = ? AND \"order\".user_id IS NOT NULL",
             "UPDATE \"order\" SET total = \"order\".total + ? WHERE \"order\".id = ? AND \"order\".user_id IS NOT NULL",
             "UPDATE `order` SET total = `order`.total + ? WHERE `order`.id = ? AND `order`.user_id IS NOT NULL",
             "1, 3");
  }
  expect_error_all (gsql_update_set (gsql_update (users), "nope", gsql_int (1)), GSQL_ERROR_INVALID_ARGUMENT);
  /* A subquery in SET or WHERE correlates to the updated table. */
  expect_all (gsql_update_set (gsql_update (users), "fullname",
                               gsql_scalar_subquery (gsql_select_where (gsql_select (gsql_max (A ("email")), NULL),
                                                                        gsql_eq (A ("user_id"), U ("id"))))),
              "UPDATE user_account SET fullname = (SELECT max(address.email) FROM address "
              "WHERE address.user_id = user_account.id)", "");
  expect_all (gsql_update_where (gsql_update_set (gsql_update (users), "fullname", gsql_str ("has mail")),
                                 gsql_exists (gsql_select_where (gsql_select (A ("id"), NULL), gsql_eq (A ("user_id"), U ("id"))))),
              "UPDATE user_account SET fullname = ? WHERE EXISTS (SELECT address.id FROM address "
              "WHERE address.user_id = user_account.id)", "'has mail'");

  /* Another table in WHERE. */
  expect3 (gsql_update_where (gsql_update_set (gsql_update (users), "fullname", A ("email")),
                              gsql_eq (U ("id"), A ("user_id"))),
           "UPDATE user_account SET fullname = address.email FROM address WHERE user_account.id = address.user_id",
           "UPDATE user_account SET fullname = address.email FROM address WHERE user_account.id = address.user_id",
           "UPDATE user_account, address SET user_account.fullname = address.email WHERE user_account.id = address.user_id",
           "");
  expect3 (gsql_update_where (gsql_update_set (gsql_update (users), "fullname", gsql_str ("has mail")),
                              gsql_and (gsql_eq (U ("id"), A ("user_id")), gsql_eq (A ("email"), gsql_str ("e")), NULL)),
           "UPDATE user_account SET fullname = ? FROM address WHERE user_account.id = address.user_id AND address.email = ?",
           "UPDATE user_account SET fullname = ? FROM address WHERE user_account.id = address.user_id AND address.email = ?",
           "UPDATE user_account, address SET user_account.fullname = ? WHERE user_account.id = address.user_id AND address.email = ?",
           "'has mail', 'e'");

  /* RETURNING: PostgreSQL only (MariaDB has none for UPDATE). */
  expect_each (gsql_returning (gsql_update_where (gsql_update_set (gsql_update (users), "name", gsql_str ("x")),
                                                  gsql_eq (U ("id"), gsql_int (1))), U ("id")),
               { FAILS (GSQL_ERROR_NOT_SUPPORTED),
                 { "UPDATE user_account SET name = ? WHERE user_account.id = ? RETURNING id", "'x', 1",
                   "UPDATE user_account SET name = ? WHERE user_account.id = ? RETURNING user_account.id" },
                 FAILS (GSQL_ERROR_NOT_SUPPORTED) });
}
END_TEST

START_TEST (test_compile_delete)
{
  printf ("# core/dml: DELETE (no database)\n");

  expect_all (gsql_delete_where (gsql_delete (users), gsql_eq (U ("id"), gsql_int (1))),
              "DELETE FROM user_account WHERE user_account.id = ?", "1");
  expect_all (gsql_delete (users), "DELETE FROM user_account", "");
  expect3 (gsql_delete_where (gsql_delete (orders), gsql_lt (O ("total"), gsql_int (0))),
           "DELETE FROM \"order\" WHERE \"order\".total < ?",
           "DELETE FROM \"order\" WHERE \"order\".total < ?",
           "DELETE FROM `order` WHERE `order`.total < ?", "0");
  {
    GsqlExpr *values[] = { gsql_int (1), gsql_int (2) };
    expect_all (gsql_delete_where (gsql_delete (users), gsql_in_v (U ("id"), values, 2)),
                "DELETE FROM user_account WHERE user_account.id IN (?, ?)", "1, 2");
  }
  expect_all (gsql_delete_where (gsql_delete (users), gsql_in_v (U ("id"), NULL, 0)),
              "DELETE FROM user_account WHERE 1 != 1", "");
  /* A subquery is fine everywhere. */
  expect_all (gsql_delete_where (gsql_delete (users),
                                 gsql_not_exists (gsql_select_where (gsql_select (A ("id"), NULL),
                                                                     gsql_eq (A ("user_id"), U ("id"))))),
              "DELETE FROM user_account WHERE NOT EXISTS (SELECT address.id FROM address "
              "WHERE address.user_id = user_account.id)", "");

  /* Another table in WHERE. */
  expect3 (gsql_delete_where (gsql_delete (addresses),
                              gsql_and (gsql_eq (A ("user_id"), U ("id")), gsql_eq (U ("name"), gsql_str ("x")), NULL)),
           NULL,
           "DELETE FROM address USING user_account WHERE address.user_id = user_account.id AND user_account.name = ?",
           "DELETE FROM address USING address, user_account WHERE address.user_id = user_account.id AND user_account.name = ?",
           "'x'");

  /* RETURNING */
  expect_each (gsql_returning (gsql_delete_where (gsql_delete (users), gsql_eq (U ("id"), gsql_int (1))), U ("id")),
               { FAILS (GSQL_ERROR_NOT_SUPPORTED),
                 { "DELETE FROM user_account WHERE user_account.id = ? RETURNING id", "1",
                   "DELETE FROM user_account WHERE user_account.id = ? RETURNING user_account.id" },
                 { "DELETE FROM user_account WHERE user_account.id = ? RETURNING id", "1",
                   "DELETE FROM user_account WHERE user_account.id = ? RETURNING user_account.id" } });
}
END_TEST

/* ------------------------------------------------------------ on databases */

#define ODD_TABLE "dml odd \"q\" `b` ]x"
#define ODD_A "col \"a\""
#define ODD_B "col `b`"
#define ODD_C "Col ]c"
#define ODD_LABEL "la\"b`l] 1"
#define ODD_ALIAS "al \"i`as] x"

typedef struct {
  GsqlTestBackend backend;
  const char     *dialect;
  GsqlEngine     *engine;
  GsqlConnection *conn;
  GsqlMetaData   *md;
  GsqlTable      *user;     /* dml_user (id generated, name unique, status default 'new', hits) */
  GsqlTable      *post;     /* dml_post (id, user_id → dml_user, title, score) */
  GsqlTable      *archive;  /* dml_archive (id, name) */
  GsqlTable      *counter;  /* dml_counter (name, hits, note) */
  GsqlTable      *hostile;  /* dml_hostile (id, body) */
  GsqlTable      *odd;      /* ODD_TABLE (id, ODD_A, ODD_B, ODD_C) */
} Db;

static void
db_clear (Db *db)
{
  g_clear_object (&db->conn);
  g_clear_object (&db->engine);
  g_clear_object (&db->md);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Db, db_clear)

static char *
cell_text (const GValue *v)
{
  if (v == NULL || !G_IS_VALUE (v))
    return g_strdup ("NULL");
  switch (G_TYPE_FUNDAMENTAL (G_VALUE_TYPE (v)))
    {
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (v));
    case G_TYPE_INT:
      return g_strdup_printf ("%d", g_value_get_int (v));
    case G_TYPE_DOUBLE:
      return g_strdup_printf ("%g", g_value_get_double (v));
    case G_TYPE_STRING:
      return g_strdup (g_value_get_string (v) != NULL ? g_value_get_string (v) : "NULL");
    default:
      break;
    }
  if (G_VALUE_HOLDS (v, GSQL_TYPE_NUMERIC))
    return g_strdup (gsql_numeric_to_string (g_value_get_boxed (v)));
  {
    g_autofree char *contents = g_strdup_value_contents (v);
    return g_strdup_printf ("<%s>%s", G_VALUE_TYPE_NAME (v), contents);
  }
}

static char *
render_rows (int         line,
             GsqlResult *result)
{
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new (NULL);
  guint n = gsql_result_get_n_columns (result);
  gboolean first = TRUE;

  while (gsql_result_next (result, &error))
    {
      if (!first)
        g_string_append_c (out, ';');
      first = FALSE;
      for (guint i = 0; i < n; i++)
        {
          GValue v = G_VALUE_INIT;
          g_autofree char *s = NULL;

          if (i > 0)
            g_string_append_c (out, ',');
          gsql_result_get_value (result, i, &v);
          s = cell_text (&v);
          g_string_append (out, s);
          if (G_IS_VALUE (&v))
            g_value_unset (&v);
        }
    }
  ck_assert_msg (error == NULL, "line %d: fetching: %s", line, gsql_test_describe_error (error));
  return g_string_free (out, FALSE);
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* Rows of render_rows() sorted, for results in no defined order. */
static char *
sorted_rows (const char *rows)
{
  g_auto(GStrv) parts = g_strsplit (rows, ";", -1);

  qsort (parts, g_strv_length (parts), sizeof (char *), compare_strings);
  return g_strjoinv (";", parts);
}

static char *
compiled_sql_for (Db       *db,
                  GsqlExpr *stmt)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlCompiled) c = gsql_expr_compile (stmt, db->dialect, &error);

  if (c == NULL)
    return g_strdup_printf ("(does not compile: %s)", error->message);
  return g_strdup (gsql_compiled_get_sql (c));
}

static GsqlResult *
run_impl (int                 line,
          Db                 *db,
          GsqlExpr           *stmt,
          const char * const *names,
          const GValue       *values,
          guint               n_values)
{
  g_autoptr(GError) error = NULL;
  GsqlResult *result = gsql_connection_execute_statement (db->conn, stmt, names, values, n_values, NULL, &error);

  if (result == NULL)
    {
      g_autofree char *sql = compiled_sql_for (db, stmt);
      ck_abort_msg ("line %d: %s: %s\n  SQL: %s", line, gsql_test_backend_name (db->backend),
                    gsql_test_describe_error (error), sql);
    }
  gsql_test_assert_no_error (error);
  return result;
}

#define run(db, stmt, names, values, n) run_impl (__LINE__, (db), (stmt), (names), (values), (n))

/* Runs @stmt (floating reference taken) and compares its rows. */
static void
expect_rows_impl (int         line,
                  Db         *db,
                  GsqlExpr   *stmt,
                  gboolean    sort,
                  const char *want)
{
  g_autoptr(GsqlResult) result = NULL;
  g_autofree char *got = NULL;

  g_object_ref_sink (stmt);
  result = run_impl (line, db, stmt, NULL, NULL, 0);
  got = render_rows (line, result);
  if (sort)
    {
      char *s = sorted_rows (got);
      g_free (got);
      got = s;
    }
  if (g_strcmp0 (got, want) != 0)
    {
      g_autofree char *sql = compiled_sql_for (db, stmt);
      ck_abort_msg ("line %d: %s:\n  SQL: %s\n--- got:\n%s\n--- expected:\n%s", line,
                    gsql_test_backend_name (db->backend), sql, got, want);
    }
  g_object_unref (stmt);
}

#define expect_rows(db, stmt, want) expect_rows_impl (__LINE__, (db), (stmt), FALSE, (want))
#define expect_rows_sorted(db, stmt, want) expect_rows_impl (__LINE__, (db), (stmt), TRUE, (want))

static void
expect_exec_error_impl (int                 line,
                        Db                 *db,
                        GsqlExpr           *stmt,
                        const char * const *names,
                        const GValue       *values,
                        guint               n_values,
                        GsqlError           code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlResult) result = NULL;

  g_object_ref_sink (stmt);
  result = gsql_connection_execute_statement (db->conn, stmt, names, values, n_values, NULL, &error);
  ck_assert_msg (result == NULL, "line %d: %s: succeeded, expected %s", line,
                 gsql_test_backend_name (db->backend), gsql_test_error_code_name (code));
  ck_assert_msg (error != NULL && error->domain == GSQL_ERROR && error->code == (int) code,
                 "line %d: %s: expected %s, got %s", line, gsql_test_backend_name (db->backend),
                 gsql_test_error_code_name (code), gsql_test_describe_error (error));
  printf ("#   %s: refused: %s\n", gsql_test_backend_name (db->backend), error->message);
  g_object_unref (stmt);
}

#define expect_exec_error(db, stmt, code) expect_exec_error_impl (__LINE__, (db), (stmt), NULL, NULL, 0, (code))

static gint64
exec_dml_impl (int       line,
               Db       *db,
               GsqlExpr *stmt)
{
  g_autoptr(GsqlResult) result = NULL;
  gint64 n;

  g_object_ref_sink (stmt);
  result = run_impl (line, db, stmt, NULL, NULL, 0);
  n = gsql_result_get_rowcount (result);
  g_object_unref (stmt);
  return n;
}

#define exec_dml(db, stmt) exec_dml_impl (__LINE__, (db), (stmt))

static gint64
last_insert_id (Db *db)
{
  g_autoptr(GError) error = NULL;
  gint64 id = -1;

  ck_assert_msg (gsql_connection_get_last_insert_id (db->conn, &id, &error), "%s: last insert id: %s",
                 gsql_test_backend_name (db->backend), gsql_test_describe_error (error));
  gsql_test_assert_no_error (error);
  return id;
}

static void
db_open (Db  *db,
         int  i)
{
  g_autoptr(GError) error = NULL;

  db->backend = gsql_test_begin (i);
  db->dialect = gsql_test_backend_dialect (db->backend);
  db->engine = gsql_test_open_engine (db->backend);
  db->conn = gsql_test_connect (db->engine);
  db->md = gsql_metadata_new ();
  db->user = add_table (db->md, "dml_user",
                        pk_column ("id"),
                        gsql_column_new ("name", gsql_sql_type_string_new (40), "nullable", FALSE, "unique", TRUE, NULL),
                        string_column_with_default ("status", 40, "new"),
                        plain_column ("hits", gsql_sql_type_integer_new ()),
                        NULL);
  ck_assert (gsql_column_is_autoincrement (gsql_table_get_column (db->user, "id")));
  db->post = add_table (db->md, "dml_post",
                        key_column ("id"),
                        fk_column ("user_id", "dml_user.id"),
                        plain_column ("title", gsql_sql_type_string_new (100)),
                        plain_column ("score", gsql_sql_type_integer_new ()),
                        NULL);
  db->archive = add_table (db->md, "dml_archive",
                           key_column ("id"),
                           plain_column ("name", gsql_sql_type_string_new (40)),
                           NULL);
  db->counter = add_table (db->md, "dml_counter",
                           gsql_column_new ("name", gsql_sql_type_string_new (40), "primary-key", TRUE, NULL),
                           gsql_column_new ("hits", gsql_sql_type_integer_new (), "nullable", FALSE, NULL),
                           plain_column ("note", gsql_sql_type_string_new (40)),
                           NULL);
  db->hostile = add_table (db->md, "dml_hostile",
                           key_column ("id"),
                           plain_column ("body", gsql_sql_type_text_new ()),
                           NULL);
  db->odd = add_table (db->md, ODD_TABLE,
                       key_column ("id"),
                       plain_column (ODD_A, gsql_sql_type_string_new (20)),
                       plain_column (ODD_B, gsql_sql_type_integer_new ()),
                       plain_column (ODD_C, gsql_sql_type_string_new (20)),
                       NULL);

  ck_assert_msg (gsql_metadata_drop_all (db->md, db->engine, TRUE, NULL, &error),
                 "drop_all: %s", gsql_test_describe_error (error));
  ck_assert_msg (gsql_metadata_create_all (db->md, db->engine, FALSE, NULL, &error),
                 "create_all: %s", gsql_test_describe_error (error));
}

#define US(c) gsql_col (db.user, (c))
#define P(c) gsql_col (db.post, (c))
#define C(c) gsql_col (db.counter, (c))
#define H(c) gsql_col (db.hostile, (c))

static GsqlExpr *
insert_user (Db         *db,
             const char *name)
{
  return gsql_insert_values (gsql_insert (db->user), "name", gsql_str (name), NULL);
}

/* dml_user ann, ben, cat (ids 1, 2, 3) and their posts. */
static void
load_users_and_posts (Db *db)
{
  GsqlExpr *ins;

  ins = gsql_insert (db->user);
  gsql_insert_values (ins, "name", gsql_str ("ann"), NULL);
  gsql_insert_values (ins, "name", gsql_str ("ben"), NULL);
  gsql_insert_values (ins, "name", gsql_str ("cat"), NULL);
  ck_assert_int_eq (exec_dml (db, ins), 3);

  ins = gsql_insert (db->post);
  gsql_insert_values (ins, "id", gsql_int (10), "user_id", gsql_int (1), "title", gsql_str ("hello"), "score", gsql_int (5), NULL);
  gsql_insert_values (ins, "id", gsql_int (11), "user_id", gsql_int (2), "title", gsql_str ("world"), "score", gsql_int (7), NULL);
  gsql_insert_values (ins, "id", gsql_int (12), "user_id", gsql_int (2), "title", gsql_str ("again"), "score", gsql_int (-1), NULL);
  gsql_insert_values (ins, "id", gsql_int (13), "user_id", gsql_null (), "title", gsql_str ("orphan"), "score", gsql_int (0), NULL);
  ck_assert_int_eq (exec_dml (db, ins), 4);
}

static GsqlExpr *
users_ordered (Db *db)
{
  GsqlExpr *s = gsql_select (gsql_col (db->user, "id"), gsql_col (db->user, "name"),
                             gsql_col (db->user, "status"), gsql_col (db->user, "hits"), NULL);

  return gsql_select_order_by (s, gsql_col (db->user, "id"));
}

START_TEST (test_exec_insert)
{
  g_auto(Db) db = { 0 };
  gint64 id1, id2, id5;

  db_open (&db, _i);

  /* Generated keys, one row at a time. */
  ck_assert_int_eq (exec_dml (&db, insert_user (&db, "ann")), 1);
  id1 = last_insert_id (&db);
  ck_assert_int_eq (exec_dml (&db, insert_user (&db, "ben")), 1);
  id2 = last_insert_id (&db);
  printf ("#   %s: generated ids %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT "\n",
          gsql_test_backend_name (db.backend), id1, id2);
  ck_assert_int_eq (id1, 1);
  ck_assert_int_eq (id2, 2);
  /* The client default was bound. */
  expect_rows (&db, users_ordered (&db), "1,ann,new,NULL;2,ben,new,NULL");

  /* Several rows in one statement. */
  {
    GsqlExpr *ins = gsql_insert (db.user);
    gsql_insert_values (ins, "name", gsql_str ("cat"), "hits", gsql_int (3), NULL);
    gsql_insert_values (ins, "name", gsql_str ("dan"), "hits", gsql_int (4), NULL);
    gsql_insert_values (ins, "name", gsql_str ("eve"), "hits", gsql_int (5), NULL);
    /* (every row must name the same columns) */
    {
      g_autoptr(GsqlExpr) bad = g_object_ref_sink (gsql_insert (db.user));
      g_autoptr(GError) error = NULL;
      g_autoptr(GsqlResult) r = NULL;

      gsql_insert_values (bad, "name", gsql_str ("x"), NULL);
      gsql_insert_values (bad, "name", gsql_str ("y"), "hits", gsql_int (1), NULL);
      r = gsql_connection_execute_statement (db.conn, bad, NULL, NULL, 0, NULL, &error);
      ck_assert_ptr_null (r);
      gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
    }
    g_object_ref_sink (ins);
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GsqlCompiled) c = gsql_expr_compile (ins, db.dialect, &error);

      gsql_test_assert_no_error (error);
      /* the defaulted column in table order, or after the given ones */
      ck_assert_msg (g_str_equal (gsql_compiled_get_sql (c),
                                  "INSERT INTO dml_user (name, status, hits) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?)") ||
                     g_str_equal (gsql_compiled_get_sql (c),
                                  "INSERT INTO dml_user (name, hits, status) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?)"),
                     "%s", gsql_compiled_get_sql (c));
    }
    ck_assert_int_eq (exec_dml (&db, ins), 3);
    g_object_unref (ins);
  }
  id5 = last_insert_id (&db);  /* checked at the end */
  expect_rows (&db, users_ordered (&db), "1,ann,new,NULL;2,ben,new,NULL;3,cat,new,3;4,dan,new,4;5,eve,new,5");

  /* INSERT … SELECT */
  ck_assert_int_eq (exec_dml (&db, gsql_insert_from_select (gsql_insert (db.archive), COLS ("id", "name"),
                                                            gsql_select_where (gsql_select (US ("id"), gsql_upper (US ("name")), NULL),
                                                                               gsql_is_not_null (US ("hits"))))),
                    3);
  expect_rows (&db, gsql_select_order_by (gsql_select (gsql_col (db.archive, "id"), gsql_col (db.archive, "name"), NULL),
                                          gsql_col (db.archive, "id")),
               "3,CAT;4,DAN;5,EVE");

  /* RETURNING the generated key. */
  {
    GsqlExpr *ins = gsql_returning (insert_user (&db, "fay"), US ("id"));
    gsql_returning (ins, US ("status"));
    if (db.backend == GSQL_TEST_SQLITE)
      expect_exec_error (&db, ins, GSQL_ERROR_NOT_SUPPORTED);
    else
      {
        expect_rows (&db, ins, "6,new");
        ck_assert_int_eq (last_insert_id (&db), 6);
      }
  }
  {
    GsqlExpr *ins = gsql_insert (db.user);
    gsql_insert_values (ins, "name", gsql_str ("gus"), NULL);
    gsql_insert_values (ins, "name", gsql_str ("hal"), NULL);
    gsql_returning (ins, US ("id"));
    gsql_returning (ins, US ("name"));
    if (db.backend == GSQL_TEST_SQLITE)
      expect_exec_error (&db, ins, GSQL_ERROR_NOT_SUPPORTED);
    else
      expect_rows_sorted (&db, ins, "7,gus;8,hal");
  }

  /* A unique violation comes back as such, and the key is not reused. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GsqlExpr) dup = g_object_ref_sink (insert_user (&db, "ann"));
    g_autoptr(GsqlResult) r = gsql_connection_execute_statement (db.conn, dup, NULL, NULL, 0, NULL, &error);

    ck_assert_ptr_null (r);
    gsql_test_assert_error (error, GSQL_ERROR_UNIQUE_VIOLATION);
  }

  /* The last generated key of a multi-row INSERT is its last row's, on
   * every backend (MySQL's LAST_INSERT_ID() alone gives the first). */
  ck_assert_msg (id5 == 5, "%s: after a 3-row INSERT the last generated key is 5, "
                 "gsql_connection_get_last_insert_id() gave %" G_GINT64_FORMAT,
                 gsql_test_backend_name (db.backend), id5);
}
END_TEST

START_TEST (test_exec_upsert)
{
  g_auto(Db) db = { 0 };
  g_autoptr(GsqlExpr) bump = NULL;
  g_autoptr(GsqlExpr) keep = NULL;
  static const char * const notes[] = { "first", "second", "third" };

  db_open (&db, _i);

  /* One statement, run three times: an insert, then two updates. */
  {
    GsqlExpr *values[] = { gsql_add (C ("hits"), gsql_int (1)), gsql_excluded (db.counter, "note") };

    bump = gsql_insert_values (gsql_insert (db.counter), "name", gsql_str ("page"), "hits", gsql_int (1),
                               "note", gsql_bindparam ("note", gsql_sql_type_string_new (40)), NULL);
    bump = g_object_ref_sink (gsql_insert_on_conflict_do_update (bump, COLS ("name"), COLS ("hits", "note"), values, 2));
  }
  for (guint k = 0; k < G_N_ELEMENTS (notes); k++)
    {
      const char *names[] = { "note" };
      GValue value = G_VALUE_INIT;
      g_autoptr(GsqlResult) r = NULL;
      g_autofree char *want = g_strdup_printf ("page,%u,%s", k + 1, notes[k]);

      gsql_test_value_string (&value, notes[k]);
      r = run (&db, bump, names, &value, 1);
      g_value_unset (&value);
      g_clear_object (&r);
      expect_rows (&db, gsql_select (C ("name"), C ("hits"), C ("note"), NULL), want);
    }

  /* DO NOTHING: the existing row stays, a new one goes in. */
  keep = g_object_ref_sink (
      gsql_insert_on_conflict_do_nothing (gsql_insert_values (gsql_insert (db.counter),
                                                              "name", gsql_bindparam ("n", gsql_sql_type_string_new (40)),
                                                              "hits", gsql_int (100), "note", gsql_str ("kept"), NULL),
                                          COLS ("name")));
  for (guint k = 0; k < 2; k++)
    {
      const char *names[] = { "n" };
      GValue value = G_VALUE_INIT;
      g_autoptr(GsqlResult) r = NULL;

      gsql_test_value_string (&value, k == 0 ? "page" : "other");
      r = run (&db, keep, names, &value, 1);
      g_value_unset (&value);
    }
  expect_rows (&db, gsql_select_order_by (gsql_select (C ("name"), C ("hits"), C ("note"), NULL), C ("name")),
               "other,100,kept;page,3,third");

  /* Several rows, some new, some not. */
  {
    GsqlExpr *ins = gsql_insert (db.counter);
    GsqlExpr *values[] = { gsql_excluded (db.counter, "note"), gsql_add (C ("hits"), gsql_excluded (db.counter, "hits")) };

    gsql_insert_values (ins, "name", gsql_str ("page"), "hits", gsql_int (10), "note", gsql_str ("x"), NULL);
    gsql_insert_values (ins, "name", gsql_str ("new"), "hits", gsql_int (1), "note", gsql_str ("y"), NULL);
    exec_dml (&db, gsql_insert_on_conflict_do_update (ins, COLS ("name"), COLS ("note", "hits"), values, 2));
  }
  expect_rows (&db, gsql_select_order_by (gsql_select (C ("name"), C ("hits"), C ("note"), NULL), C ("name")),
               "new,1,y;other,100,kept;page,13,x");
}
END_TEST

START_TEST (test_exec_update)
{
  g_auto(Db) db = { 0 };

  db_open (&db, _i);
  load_users_and_posts (&db);

  ck_assert_int_eq (exec_dml (&db, gsql_update_where (gsql_update_set (gsql_update (db.user), "hits", gsql_int (10)),
                                                      gsql_eq (US ("name"), gsql_str ("ann")))),
                    1);
  ck_assert_int_eq (exec_dml (&db, gsql_update_set (gsql_update (db.user), "hits",
                                                    gsql_add (gsql_coalesce (US ("hits"), gsql_int (0), NULL), gsql_int (1)))),
                    3);
  expect_rows (&db, users_ordered (&db), "1,ann,new,11;2,ben,new,1;3,cat,new,1");

  /* UPDATE … FROM (multi-table UPDATE on MariaDB). */
  ck_assert_int_eq (exec_dml (&db, gsql_update_where (gsql_update_set (gsql_update (db.user), "status", P ("title")),
                                                      gsql_and (gsql_eq (US ("id"), P ("user_id")),
                                                                gsql_gt (P ("score"), gsql_int (0)), NULL))),
                    2);
  expect_rows (&db, users_ordered (&db), "1,ann,hello,11;2,ben,world,1;3,cat,new,1");
  ck_assert_int_eq (exec_dml (&db, gsql_update_where (gsql_update_set (gsql_update (db.post), "score",
                                                                       gsql_add (P ("score"), US ("hits"))),
                                                      gsql_eq (P ("user_id"), US ("id")))),
                    3);
  expect_rows (&db, gsql_select_order_by (gsql_select (P ("id"), P ("score"), NULL), P ("id")), "10,16;11,8;12,0;13,0");

  /* One statement, named values, run several times. */
  {
    g_autoptr(GsqlExpr) u = g_object_ref_sink (
        gsql_update_where (gsql_update_set (gsql_update (db.user), "status", gsql_bindparam ("s", gsql_sql_type_string_new (40))),
                           gsql_eq (US ("name"), gsql_bindparam ("n", gsql_sql_type_string_new (40)))));
    static const char * const pairs[][2] = { { "ann", "a!" }, { "cat", "c!" }, { "nobody", "x" } };

    for (guint k = 0; k < G_N_ELEMENTS (pairs); k++)
      {
        const char *names[] = { "n", "s" };
        GValue values[2] = { G_VALUE_INIT, G_VALUE_INIT };
        g_autoptr(GsqlResult) r = NULL;

        gsql_test_value_string (&values[0], pairs[k][0]);
        gsql_test_value_string (&values[1], pairs[k][1]);
        r = run (&db, u, names, values, 2);
        ck_assert_int_eq (gsql_result_get_rowcount (r), k < 2 ? 1 : 0);
        gsql_test_values_unset (values, 2);
      }
  }
  expect_rows (&db, users_ordered (&db), "1,ann,a!,11;2,ben,world,1;3,cat,c!,1");

  /* UPDATE … RETURNING: PostgreSQL only. */
  {
    GsqlExpr *u = gsql_update_where (gsql_update_set (gsql_update (db.user), "hits", gsql_int (0)),
                                     gsql_ge (US ("hits"), gsql_int (1)));
    gsql_returning (u, US ("name"));
    if (db.backend == GSQL_TEST_POSTGRESQL)
      expect_rows_sorted (&db, u, "ann;ben;cat");
    else
      expect_exec_error (&db, u, GSQL_ERROR_NOT_SUPPORTED);
  }
}
END_TEST

START_TEST (test_exec_delete)
{
  g_auto(Db) db = { 0 };

  db_open (&db, _i);
  load_users_and_posts (&db);

  ck_assert_int_eq (exec_dml (&db, gsql_delete_where (gsql_delete (db.post), gsql_eq (P ("id"), gsql_int (13)))), 1);
  ck_assert_int_eq (exec_dml (&db, gsql_delete_where (gsql_delete (db.post), gsql_eq (P ("id"), gsql_int (13)))), 0);
  ck_assert_int_eq (exec_dml (&db, gsql_delete_where (gsql_delete (db.post), gsql_in_v (P ("id"), NULL, 0))), 0);

  /* DELETE … RETURNING: PostgreSQL and MariaDB. */
  {
    GsqlExpr *d = gsql_delete_where (gsql_delete (db.post), gsql_lt (P ("score"), gsql_int (0)));
    gsql_returning (d, P ("id"));
    gsql_returning (d, P ("title"));
    if (db.backend == GSQL_TEST_SQLITE)
      expect_exec_error (&db, d, GSQL_ERROR_NOT_SUPPORTED);
    else
      expect_rows (&db, d, "12,again");
  }
  if (db.backend == GSQL_TEST_SQLITE)
    ck_assert_int_eq (exec_dml (&db, gsql_delete_where (gsql_delete (db.post), gsql_lt (P ("score"), gsql_int (0)))), 1);
  expect_rows (&db, gsql_select_order_by (gsql_select (P ("id"), NULL), P ("id")), "10;11");

  /* Another table in WHERE: DELETE … USING; not on SQLite, where a
   * subquery says the same. */
  {
    GsqlExpr *d = gsql_delete_where (gsql_delete (db.post), gsql_and (gsql_eq (P ("user_id"), US ("id")),
                                                                      gsql_eq (US ("name"), gsql_str ("ben")), NULL));
    if (db.backend == GSQL_TEST_SQLITE)
      {
        expect_exec_error (&db, d, GSQL_ERROR_NOT_SUPPORTED);
        ck_assert_int_eq (exec_dml (&db, gsql_delete_where (gsql_delete (db.post),
                                                            gsql_in_select (P ("user_id"),
                                                                            gsql_select_where (gsql_select (US ("id"), NULL),
                                                                                               gsql_eq (US ("name"), gsql_str ("ben")))))),
                          1);
      }
    else
      ck_assert_int_eq (exec_dml (&db, d), 1);
  }
  expect_rows (&db, gsql_select_order_by (gsql_select (P ("id"), P ("title"), NULL), P ("id")), "10,hello");

  /* Users without posts, correlated NOT EXISTS. */
  ck_assert_int_eq (exec_dml (&db, gsql_delete_where (gsql_delete (db.user),
                                                      gsql_not_exists (gsql_select_where (gsql_select (P ("id"), NULL),
                                                                                          gsql_eq (P ("user_id"), US ("id")))))),
                    2);
  expect_rows (&db, users_ordered (&db), "1,ann,new,NULL");
  ck_assert_int_eq (exec_dml (&db, gsql_delete (db.post)), 1);
  ck_assert_int_eq (exec_dml (&db, gsql_delete (db.user)), 1);
  expect_rows (&db, gsql_select_from (gsql_select (gsql_count_star (), NULL), gsql_table_ref (db.user)), "0");
}
END_TEST

static const char * const hostile_values[] = {
  "O'Brien",
  "'; DROP TABLE dml_hostile; --",
  "back\\slash",
  "trailing backslash\\",
  "\\'",
  "\\\\''\\",
  "\"double\" quotes",
  "`back` ticks",
  "semi;colon",
  "-- comment",
  "/* open comment",
  "*/",
  "?",
  "(?, ?)",
  ":name",
  "$1",
  "%_",
  "50%_off",
  "[brackets]",
  "line\nbreak\ttab\r",
  "日本語 ünïcødé ✓",
  "",
  "NULL",
  "' OR '1'='1",
  "\x01\x02\x1f",
};

START_TEST (test_exec_hostile_values)
{
  g_auto(Db) db = { 0 };
  const guint n = G_N_ELEMENTS (hostile_values);

  db_open (&db, _i);

  /* All rows in one statement: the text holds only markers. */
  {
    g_autoptr(GsqlExpr) ins = g_object_ref_sink (gsql_insert (db.hostile));
    g_autoptr(GsqlCompiled) c = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(GsqlResult) r = NULL;
    GString *want = g_string_new ("INSERT INTO dml_hostile (id, body) VALUES ");
    g_autofree char *want_sql = NULL;

    for (guint k = 0; k < n; k++)
      {
        gsql_insert_values (ins, "id", gsql_int (k + 1), "body", gsql_str (hostile_values[k]), NULL);
        g_string_append (want, k == 0 ? "(?, ?)" : ", (?, ?)");
      }
    want_sql = g_string_free (want, FALSE);
    c = gsql_expr_compile (ins, db.dialect, &error);
    gsql_test_assert_no_error (error);
    ck_assert_str_eq (gsql_compiled_get_sql (c), want_sql);
    ck_assert_uint_eq (gsql_compiled_get_n_params (c), 2 * n);
    for (guint k = 0; k < n; k++)
      ck_assert_str_eq (g_value_get_string (gsql_compiled_get_param_value (c, 2 * k + 1)), hostile_values[k]);
    r = run (&db, ins, NULL, NULL, 0);
    ck_assert_int_eq (gsql_result_get_rowcount (r), n);
  }

  /* Back exactly, in order. */
  {
    g_autoptr(GsqlExpr) s = g_object_ref_sink (gsql_select_order_by (gsql_select (H ("id"), H ("body"), NULL), H ("id")));
    g_autoptr(GsqlResult) r = run (&db, s, NULL, NULL, 0);
    g_autoptr(GError) error = NULL;
    guint k = 0;

    while (gsql_result_next (r, &error))
      {
        ck_assert_uint_lt (k, n);
        ck_assert_int_eq (gsql_result_get_int64 (r, 0), k + 1);
        ck_assert_msg (g_strcmp0 (gsql_result_get_string (r, 1), hostile_values[k]) == 0,
                       "%s: row %u: got \"%s\", wrote \"%s\"", gsql_test_backend_name (db.backend), k + 1,
                       gsql_result_get_string (r, 1), hostile_values[k]);
        k++;
      }
    gsql_test_assert_no_error (error);
    ck_assert_uint_eq (k, n);
  }

  /* Found by equality: a literal value, and a named parameter. */
  {
    g_autoptr(GsqlExpr) by_param = g_object_ref_sink (
        gsql_select_where (gsql_select (H ("id"), NULL),
                           gsql_eq (H ("body"), gsql_bindparam ("b", gsql_sql_type_text_new ()))));

    for (guint k = 0; k < n; k++)
      {
        g_autofree char *want = g_strdup_printf ("%u", k + 1);
        const char *names[] = { "b" };
        GValue value = G_VALUE_INIT;
        g_autoptr(GsqlResult) r = NULL;
        g_autofree char *got = NULL;

        expect_rows (&db, gsql_select_where (gsql_select (H ("id"), NULL), gsql_eq (H ("body"), gsql_str (hostile_values[k]))),
                     want);
        gsql_test_value_string (&value, hostile_values[k]);
        r = run (&db, by_param, names, &value, 1);
        got = render_rows (__LINE__, r);
        ck_assert_msg (g_str_equal (got, want), "%s: \"%s\" found as %s", gsql_test_backend_name (db.backend),
                       hostile_values[k], got);
        g_value_unset (&value);
      }
  }

  /* Found by gsql_contains(): every row found holds the text (compared
   * without case: MariaDB's default collation ignores it). */
  for (guint k = 0; k < n; k++)
    {
      g_autoptr(GsqlExpr) s = g_object_ref_sink (
          gsql_select_order_by (gsql_select_where (gsql_select (H ("id"), H ("body"), NULL),
                                                   gsql_contains (H ("body"), hostile_values[k])),
                                H ("id")));
      g_autoptr(GsqlResult) r = run (&db, s, NULL, NULL, 0);
      g_autoptr(GError) error = NULL;
      g_autofree char *needle = g_utf8_casefold (hostile_values[k], -1);
      gboolean found_self = FALSE;

      while (gsql_result_next (r, &error))
        {
          g_autofree char *hay = g_utf8_casefold (gsql_result_get_string (r, 1), -1);

          ck_assert_msg (strstr (hay, needle) != NULL, "%s: contains(\"%s\") found \"%s\"",
                         gsql_test_backend_name (db.backend), hostile_values[k], gsql_result_get_string (r, 1));
          if (gsql_result_get_int64 (r, 0) == k + 1)
            found_self = TRUE;
        }
      gsql_test_assert_no_error (error);
      ck_assert_msg (found_self, "%s: contains(\"%s\") did not find its own row",
                     gsql_test_backend_name (db.backend), hostile_values[k]);
    }

  /* UPDATE and DELETE with hostile values bound. */
  ck_assert_int_eq (exec_dml (&db, gsql_update_where (gsql_update_set (gsql_update (db.hostile), "body",
                                                                       gsql_str ("'); DELETE FROM dml_hostile; --")),
                                                      gsql_eq (H ("body"), gsql_str ("O'Brien")))),
                    1);
  ck_assert_int_eq (exec_dml (&db, gsql_delete_where (gsql_delete (db.hostile),
                                                      gsql_eq (H ("body"), gsql_str ("'); DELETE FROM dml_hostile; --")))),
                    1);
  {
    g_autofree char *want = g_strdup_printf ("%u", n - 1);
    expect_rows (&db, gsql_select_from (gsql_select (gsql_count_star (), NULL), gsql_table_ref (db.hostile)), want);
  }
}
END_TEST

START_TEST (test_exec_odd_identifiers)
{
  g_auto(Db) db = { 0 };
  g_autoptr(GsqlExpr) alias = NULL;
  g_autoptr(GsqlExpr) s = NULL;

  db_open (&db, _i);
  {
    g_autofree char *quoted = gsql_dialect_quote_identifier (gsql_engine_get_dialect (db.engine), ODD_TABLE);
    printf ("#   %s: table %s\n", gsql_test_backend_name (db.backend), quoted);
  }

  {
    GsqlExpr *ins = gsql_insert (db.odd);
    gsql_insert_values (ins, "id", gsql_int (1), ODD_A, gsql_str ("x"), ODD_B, gsql_int (10), ODD_C, gsql_str ("y"), NULL);
    gsql_insert_values (ins, "id", gsql_int (2), ODD_A, gsql_str ("\"q\""), ODD_B, gsql_int (3), ODD_C, gsql_str ("`t`"), NULL);
    gsql_insert_values (ins, "id", gsql_int (3), ODD_A, gsql_str ("]"), ODD_B, gsql_int (30), ODD_C, gsql_str ("z"), NULL);
    ck_assert_int_eq (exec_dml (&db, ins), 3);
  }

  /* Through an alias and a label that need quoting. */
  alias = g_object_ref_sink (gsql_table_alias (db.odd, ODD_ALIAS));
  s = gsql_select (gsql_label (gsql_from_col (alias, ODD_A), ODD_LABEL), gsql_from_col (alias, ODD_B),
                   gsql_from_col (alias, ODD_C), NULL);
  gsql_select_where (s, gsql_gt (gsql_from_col (alias, ODD_B), gsql_int (5)));
  gsql_select_order_by (s, gsql_desc (gsql_from_col (alias, "id")));
  s = g_object_ref_sink (s);
  {
    g_autoptr(GsqlResult) r = run (&db, s, NULL, NULL, 0);
    g_autofree char *got = NULL;

    ck_assert_uint_eq (gsql_result_get_n_columns (r), 3);
    ck_assert_str_eq (gsql_result_get_column_name (r, 0), ODD_LABEL);
    ck_assert_str_eq (gsql_result_get_column_name (r, 1), ODD_B);
    ck_assert_str_eq (gsql_result_get_column_name (r, 2), ODD_C);
    got = render_rows (__LINE__, r);
    ck_assert_str_eq (got, "],30,z;x,10,y");
  }

  /* Straight from the table, with the odd names in WHERE, UPDATE and DELETE. */
  ck_assert_int_eq (exec_dml (&db, gsql_update_where (gsql_update_set (gsql_update (db.odd), ODD_C,
                                                                       gsql_concat (gsql_col (db.odd, ODD_C), gsql_str ("!"), NULL)),
                                                      gsql_eq (gsql_col (db.odd, ODD_A), gsql_str ("\"q\"")))),
                    1);
  ck_assert_int_eq (exec_dml (&db, gsql_delete_where (gsql_delete (db.odd), gsql_eq (gsql_col (db.odd, ODD_B), gsql_int (30)))), 1);
  expect_rows (&db, gsql_select_order_by (gsql_select (gsql_col (db.odd, "id"), gsql_col (db.odd, ODD_A),
                                                       gsql_col (db.odd, ODD_C), NULL),
                                          gsql_col (db.odd, "id")),
               "1,x,y;2,\"q\",`t`!");

  /* Upsert and a CTE over the odd table. */
  {
    GsqlExpr *values[] = { gsql_excluded (db.odd, ODD_C) };
    exec_dml (&db, gsql_insert_on_conflict_do_update (gsql_insert_values (gsql_insert (db.odd), "id", gsql_int (1),
                                                                          ODD_A, gsql_str ("x"), ODD_B, gsql_int (10),
                                                                          ODD_C, gsql_str ("upserted"), NULL),
                                                      COLS ("id"), COLS (ODD_C), values, 1));
  }
  {
    g_autoptr(GsqlExpr) c = g_object_ref_sink (gsql_cte (gsql_select (gsql_col (db.odd, "id"),
                                                                      gsql_label (gsql_col (db.odd, ODD_C), ODD_LABEL), NULL),
                                                         "odd \"cte\""));
    expect_rows (&db, gsql_select_order_by (gsql_select (gsql_from_col (c, ODD_LABEL), NULL), gsql_from_col (c, "id")),
                 "upserted;`t`!");
  }
}
END_TEST

START_TEST (test_exec_invalid_utf8)
{
  g_auto(Db) db = { 0 };
  g_autoptr(GError) error = NULL;
  static const char * const bad[] = { "abc\xff", "\xc3\x28", "na\xc3\xafve\xe6\x97", "\xed\xa0\x80" };

  db_open (&db, _i);
  ck_assert (gsql_connection_begin (db.conn, &error));
  gsql_test_assert_no_error (error);

  for (guint k = 0; k < G_N_ELEMENTS (bad); k++)
    {
      const char *names[] = { "b" };
      GValue value = G_VALUE_INIT;

      /* A literal value, in INSERT, WHERE and LIKE. */
      expect_exec_error (&db, gsql_insert_values (gsql_insert (db.hostile), "id", gsql_int (k + 1),
                                                  "body", gsql_str (bad[k]), NULL),
                         GSQL_ERROR_INVALID_ARGUMENT);
      expect_exec_error (&db, gsql_select_where (gsql_select (H ("id"), NULL), gsql_eq (H ("body"), gsql_str (bad[k]))),
                         GSQL_ERROR_INVALID_ARGUMENT);
      expect_exec_error (&db, gsql_select_where (gsql_select (H ("id"), NULL), gsql_contains (H ("body"), bad[k])),
                         GSQL_ERROR_INVALID_ARGUMENT);
      /* A named parameter's value. */
      gsql_test_value_string (&value, bad[k]);
      expect_exec_error_impl (__LINE__, &db,
                              gsql_insert_values (gsql_insert (db.hostile), "id", gsql_int (100 + k),
                                                  "body", gsql_bindparam ("b", gsql_sql_type_text_new ()), NULL),
                              names, &value, 1, GSQL_ERROR_INVALID_ARGUMENT);
      g_value_unset (&value);
    }

  /* Nothing reached the server: the transaction is still healthy. */
  ck_assert (gsql_connection_in_transaction (db.conn));
  ck_assert_int_eq (exec_dml (&db, gsql_insert_values (gsql_insert (db.hostile), "id", gsql_int (1000),
                                                       "body", gsql_str ("valid"), NULL)),
                    1);
  ck_assert (gsql_connection_commit (db.conn, &error));
  gsql_test_assert_no_error (error);
  expect_rows (&db, gsql_select (H ("id"), H ("body"), NULL), "1000,valid");
}
END_TEST

int
main (int argc, char **argv)
{
  Suite *s;
  TCase *compile;
  TCase *exec;

  gsql_test_init (&argc, &argv);
  s = suite_create ("core/dml");

  compile = gsql_test_tcase_new ("core/dml/compile");
  tcase_add_checked_fixture (compile, schema_setup, schema_teardown);
  tcase_add_test (compile, test_compile_insert);
  tcase_add_test (compile, test_compile_upsert);
  tcase_add_test (compile, test_compile_update);
  tcase_add_test (compile, test_compile_delete);
  suite_add_tcase (s, compile);

  exec = gsql_test_tcase_new ("core/dml");
  gsql_test_add_backend_test (exec, test_exec_insert, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (exec, test_exec_upsert, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (exec, test_exec_update, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (exec, test_exec_delete, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (exec, test_exec_hostile_values, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (exec, test_exec_odd_identifiers, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (exec, test_exec_invalid_utf8, GSQL_TEST_ALL_BACKENDS, NULL);
  suite_add_tcase (s, exec);

  return gsql_test_run_suite (s);
}
