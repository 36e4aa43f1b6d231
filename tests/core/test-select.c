/* test-select.c: the SQL expression language, SELECT side
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * Two halves:
 *  - compile tests (no database): the exact SQL text and the bound
 *    parameters of every construct for "sqlite", "postgresql" and "mysql",
 *    and the GErrors for what a dialect cannot express;
 *  - the same constructs executed on every configured backend against
 *    rows the test loads through the expression language itself: recursive
 *    CTEs, window ranks, empty IN, LIKE with `%` and `_` in the user's text,
 *    LIMIT/OFFSET pages, correlated subqueries, joins with an inferred ON,
 *    GROUP BY/HAVING, compound selects, named parameters run many times.
 *
 * Parameters are shown as a list: 5 (an integer), 'x' (a string), NULL
 * (unset), :name (a named gsql_bindparam() without a value yet).
 */
#include "config.h"

#include <string.h>

#include "tests/gsql-test.h"

enum { SQLITE, POSTGRESQL, MYSQL, N_DIALECTS };

static const char * const dialect_names[N_DIALECTS] = { "sqlite", "postgresql", "mysql" };

#define COLS(...) ((const char * const []) { __VA_ARGS__, NULL })

/* ------------------------------------------------------------ compiling */

/* What one dialect must make of a statement.  @sql NULL: compiling fails
 * with @error.  @alt_sql: another accepted text (same parameters). */
typedef struct {
  const char *sql;
  const char *params;
  const char *alt_sql;
  GsqlError   error;
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
  if (G_VALUE_HOLDS (v, GSQL_TYPE_NUMERIC))
    return g_strdup_printf ("numeric:%s", gsql_numeric_to_string (g_value_get_boxed (v)));
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

/* The `?` markers outside quoted strings and identifiers. */
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
  ck_assert_str_eq (gsql_compiled_get_dialect (compiled), dialect_names[d]);
  params = format_params (compiled);
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

/* The same text and parameters everywhere. */
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
    {
      want[d] = (Want) { sql[d], params, NULL, GSQL_ERROR_NOT_SUPPORTED };
    }
  expect_impl (line, stmt, want);
}

#define expect3(stmt, sqlite, postgresql, mysql, params) \
  expect3_impl (__LINE__, (stmt), (sqlite), (postgresql), (mysql), (params))

/* Every dialect refuses @stmt with @code. */
#define expect_error_all(stmt, code) \
  expect_each ((stmt), { FAILS (code), FAILS (code), FAILS (code) })

/* ------------------------------------------------------ a schema to compile */

static GsqlMetaData *md;
static GsqlTable *users;     /* user_account (id, name, fullname) */
static GsqlTable *addresses; /* address (id, user_id → user_account, email) */
static GsqlTable *orders;    /* "order" (id, user_id → user_account, total) */
static GsqlTable *messages;  /* message (id, sender_id, recipient_id → user_account, body) */
static GsqlTable *items;     /* item (id, uid UUID, price, ratio, qty) */
static GsqlTable *nodes;     /* node (id, parent_id → node, name) */

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
fk_column (const char *name,
           const char *target)
{
  return gsql_column_new (name, gsql_sql_type_integer_new (), "foreign-key", target, NULL);
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
  messages = add_table (md, "message",
                        pk_column ("id"),
                        fk_column ("sender_id", "user_account.id"),
                        fk_column ("recipient_id", "user_account.id"),
                        plain_column ("body", gsql_sql_type_text_new ()),
                        NULL);
  items = add_table (md, "item",
                     pk_column ("id"),
                     plain_column ("uid", gsql_sql_type_uuid_new ()),
                     plain_column ("price", gsql_sql_type_numeric_new (10, 2)),
                     plain_column ("ratio", gsql_sql_type_double_new ()),
                     plain_column ("qty", gsql_sql_type_integer_new ()),
                     NULL);
  nodes = add_table (md, "node",
                     pk_column ("id"),
                     fk_column ("parent_id", "node.id"),
                     plain_column ("name", gsql_sql_type_string_new (30)),
                     NULL);
}

static void
schema_teardown (void)
{
  g_clear_object (&md);
  users = addresses = orders = messages = items = nodes = NULL;
}

#define U(c) gsql_col (users, (c))
#define A(c) gsql_col (addresses, (c))
#define O(c) gsql_col (orders, (c))
#define M(c) gsql_col (messages, (c))
#define I(c) gsql_col (items, (c))
#define N(c) gsql_col (nodes, (c))

/* SELECT user_account.id FROM user_account WHERE @cond */
#define W "SELECT user_account.id FROM user_account WHERE "
static GsqlExpr *
where_u (GsqlExpr *cond)
{
  return gsql_select_where (gsql_select (U ("id"), NULL), cond);
}

/* SELECT @expr FROM user_account */
#define SEL(x) "SELECT " x " FROM user_account"
static GsqlExpr *
select_u (GsqlExpr *expr)
{
  return gsql_select_from (gsql_select (expr, NULL), gsql_table_ref (users));
}

/* ------------------------------------------------------------ compile tests */

START_TEST (test_compile_basic)
{
  printf ("# core/select: basic SELECT, FROM inference, quoting (no database)\n");

  expect_all (gsql_select_where (gsql_select (U ("id"), U ("name"), NULL),
                                 gsql_eq (U ("name"), gsql_str ("spongebob"))),
              "SELECT user_account.id, user_account.name FROM user_account WHERE user_account.name = ?",
              "'spongebob'");

  /* FROM in order of first appearance: select list, then WHERE. */
  expect_all (gsql_select_where (gsql_select (A ("email"), U ("name"), NULL),
                                 gsql_eq (U ("id"), A ("user_id"))),
              "SELECT address.email, user_account.name FROM address, user_account "
              "WHERE user_account.id = address.user_id", "");
  expect_all (gsql_select_where (gsql_select (U ("name"), NULL), gsql_eq (A ("email"), gsql_str ("x"))),
              "SELECT user_account.name FROM user_account, address WHERE address.email = ?", "'x'");
  expect_all (gsql_select_where (gsql_select (gsql_count_star (), NULL), gsql_eq (U ("name"), gsql_str ("x"))),
              "SELECT count(*) FROM user_account WHERE user_account.name = ?", "'x'");

  /* An explicit FROM, not repeated when the columns use it too. */
  expect_all (gsql_select_from (gsql_select (gsql_count_star (), NULL), gsql_table_ref (users)),
              "SELECT count(*) FROM user_account", "");
  expect_all (gsql_select_from (gsql_select (U ("name"), NULL), gsql_table_ref (users)),
              "SELECT user_account.name FROM user_account", "");

  /* Columns added later; WHERE called twice is AND. */
  {
    GsqlExpr *s = gsql_select (U ("id"), NULL);

    gsql_select_add_column (s, A ("email"));
    gsql_select_where (s, gsql_gt (U ("id"), gsql_int (5)));
    gsql_select_where (s, gsql_eq (A ("email"), gsql_str ("a@b")));
    expect_all (s, "SELECT user_account.id, address.email FROM user_account, address "
                   "WHERE user_account.id > ? AND address.email = ?", "5, 'a@b'");
  }

  /* A reserved word as table name is quoted by each dialect. */
  expect3 (gsql_select_where (gsql_select (O ("id"), O ("total"), NULL), gsql_eq (O ("user_id"), gsql_int (3))),
           "SELECT \"order\".id, \"order\".total FROM \"order\" WHERE \"order\".user_id = ?",
           "SELECT \"order\".id, \"order\".total FROM \"order\" WHERE \"order\".user_id = ?",
           "SELECT `order`.id, `order`.total FROM `order` WHERE `order`.user_id = ?",
           "3");

  /* Result column types. */
  {
    g_autoptr(GsqlExpr) s = g_object_ref_sink (gsql_select (U ("id"), U ("name"), gsql_label (gsql_count_star (), "n"), NULL));
    g_autoptr(GError) error = NULL;
    g_autoptr(GsqlCompiled) c = gsql_expr_compile (s, "sqlite", &error);

    gsql_test_assert_no_error (error);
    ck_assert_uint_eq (gsql_compiled_get_n_columns (c), 3);
    ck_assert_int_eq (gsql_sql_type_get_kind (gsql_compiled_get_column_type (c, 0)), GSQL_TYPE_KIND_INTEGER);
    ck_assert_int_eq (gsql_sql_type_get_kind (gsql_compiled_get_column_type (c, 1)), GSQL_TYPE_KIND_STRING);
    ck_assert (gsql_sql_type_get_value_type (gsql_compiled_get_column_type (c, 2)) == G_TYPE_INT64);
  }

  /* A UUID compared with a uuid column is bound as the column binds it. */
  expect_each (gsql_select_where (gsql_select (I ("id"), NULL),
                                  gsql_eq (I ("uid"), gsql_str ("550E8400-E29B-41D4-A716-446655440000"))),
               { { "SELECT item.id FROM item WHERE item.uid = ?", "'550e8400e29b41d4a716446655440000'" },
                 { "SELECT item.id FROM item WHERE item.uid = ?", "'550e8400-e29b-41d4-a716-446655440000'" },
                 { "SELECT item.id FROM item WHERE item.uid = ?", "'550e8400e29b41d4a716446655440000'" } });
  /* …and a value the column cannot take is refused. */
  expect_error_all (gsql_select_where (gsql_select (I ("id"), NULL), gsql_eq (I ("uid"), gsql_str ("not a uuid"))),
                    GSQL_ERROR_INVALID_ARGUMENT);
  /* An integer column converts its parameters to integers. */
  {
    g_autoptr(GsqlExpr) s = g_object_ref_sink (where_u (gsql_eq (U ("id"), gsql_int (7))));
    g_autoptr(GError) error = NULL;
    g_autoptr(GsqlCompiled) c = gsql_expr_compile (s, "postgresql", &error);

    gsql_test_assert_no_error (error);
    ck_assert (G_VALUE_HOLDS_INT64 (gsql_compiled_get_param_value (c, 0)));
    ck_assert_int_eq (g_value_get_int64 (gsql_compiled_get_param_value (c, 0)), 7);
    ck_assert_ptr_null (gsql_compiled_get_param_name (c, 0));
  }
}
END_TEST

START_TEST (test_compile_display_literal)
{
  printf ("# core/select: display and literal SQL (no database)\n");

  /* Named markers for display. */
  {
    g_autoptr(GsqlExpr) s = g_object_ref_sink (
        where_u (gsql_and (gsql_eq (U ("name"), gsql_str ("it's")),
                           gsql_gt (U ("id"), gsql_int (3)),
                           gsql_eq (U ("fullname"), gsql_bindparam ("fn", gsql_sql_type_string_new (50))),
                           NULL)));

    for (guint d = 0; d < N_DIALECTS; d++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(GsqlCompiled) c = gsql_expr_compile (s, dialect_names[d], &error);
        g_autofree char *display = NULL;

        gsql_test_assert_no_error (error);
        ck_assert_str_eq (gsql_compiled_get_sql (c),
                          W "user_account.name = ? AND user_account.id > ? AND user_account.fullname = ?");
        ck_assert_uint_eq (gsql_compiled_get_n_params (c), 3);
        ck_assert_ptr_null (gsql_compiled_get_param_name (c, 0));
        ck_assert_ptr_null (gsql_compiled_get_param_name (c, 1));
        ck_assert_str_eq (gsql_compiled_get_param_name (c, 2), "fn");
        display = gsql_compiled_dup_display_sql (c);
        ck_assert_str_eq (display, W "user_account.name = :param_1 AND user_account.id > :param_2 "
                                   "AND user_account.fullname = :fn");
      }
  }

  /* Literal values for display: quotes doubled; backslashes doubled on mysql. */
  {
    g_autoptr(GsqlExpr) s = g_object_ref_sink (
        where_u (gsql_and (gsql_eq (U ("name"), gsql_str ("it's a \\ b; --")),
                           gsql_gt (U ("id"), gsql_int (-3)),
                           NULL)));
    static const char * const want[N_DIALECTS] = {
      W "user_account.name = 'it''s a \\ b; --' AND user_account.id > (-3)",
      W "user_account.name = E'it''s a \\\\ b; --' AND user_account.id > (-3)",
      W "user_account.name = 'it''s a \\\\ b; --' AND user_account.id > (-3)",
    };

    for (guint d = 0; d < N_DIALECTS; d++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(GsqlCompiled) c = gsql_expr_compile (s, dialect_names[d], &error);
        g_autofree char *literal = NULL;

        gsql_test_assert_no_error (error);
        literal = gsql_compiled_dup_literal_sql (c, &error);
        gsql_test_assert_no_error (error);
        ck_assert_msg (g_strcmp0 (literal, want[d]) == 0, "%s:\n--- got:\n%s\n--- expected:\n%s",
                       dialect_names[d], literal, want[d]);
        /* The value itself is only a parameter in the real SQL. */
        ck_assert_ptr_null (strstr (gsql_compiled_get_sql (c), "it's"));
      }
  }

  /* Numbers as numbers. */
  {
    g_autoptr(GsqlExpr) s = g_object_ref_sink (gsql_select_where (gsql_select (I ("id"), NULL),
                                                                  gsql_gt (I ("ratio"), gsql_double (1.5))));
    g_autoptr(GError) error = NULL;
    g_autoptr(GsqlCompiled) c = gsql_expr_compile (s, "sqlite", &error);
    g_autofree char *literal = NULL;

    gsql_test_assert_no_error (error);
    literal = gsql_compiled_dup_literal_sql (c, &error);
    gsql_test_assert_no_error (error);
    ck_assert_str_eq (literal, "SELECT item.id FROM item WHERE item.ratio > 1.5");
  }
}
END_TEST

START_TEST (test_compile_functions)
{
  printf ("# core/select: labels and functions (no database)\n");

  expect_all (select_u (gsql_label (gsql_count_star (), "n")), SEL ("count(*) AS n"), "");
  expect_all (select_u (gsql_count (U ("fullname"))), SEL ("count(user_account.fullname)"), "");
  expect_all (select_u (gsql_count (gsql_distinct (U ("name")))), SEL ("count(DISTINCT user_account.name)"), "");
  expect_all (select_u (gsql_sum (U ("id"))), SEL ("sum(user_account.id)"), "");
  expect_all (select_u (gsql_min (U ("id"))), SEL ("min(user_account.id)"), "");
  expect_all (select_u (gsql_max (U ("id"))), SEL ("max(user_account.id)"), "");
  expect_all (select_u (gsql_avg (U ("id"))), SEL ("avg(user_account.id)"), "");
  /* PostgreSQL: psqlODBC sends parameters untyped, so a literal in a
   * select list is given its type with a CAST (the lead's choice). */
  expect3 (select_u (gsql_coalesce (U ("fullname"), gsql_str ("none"), NULL)),
           SEL ("coalesce(user_account.fullname, ?)"),
           SEL ("coalesce(user_account.fullname, CAST(? AS VARCHAR))"),
           SEL ("coalesce(user_account.fullname, ?)"), "'none'");
  {
    GsqlExpr *args[] = { U ("fullname"), U ("name"), gsql_str ("?") };
    expect3 (select_u (gsql_coalesce_v (args, 3)),
             SEL ("coalesce(user_account.fullname, user_account.name, ?)"),
             SEL ("coalesce(user_account.fullname, user_account.name, CAST(? AS VARCHAR))"),
             SEL ("coalesce(user_account.fullname, user_account.name, ?)"), "'?'");
  }
  expect_all (select_u (gsql_lower (U ("name"))), SEL ("lower(user_account.name)"), "");
  expect_all (select_u (gsql_upper (U ("name"))), SEL ("upper(user_account.name)"), "");
  expect3 (select_u (gsql_length (U ("name"))),
           SEL ("length(user_account.name)"), SEL ("length(user_account.name)"),
           SEL ("char_length(user_account.name)"), "");
  expect3 (select_u (gsql_now ()), SEL ("CURRENT_TIMESTAMP"), SEL ("now()"), SEL ("now()"), "");
  expect_all (select_u (gsql_current_timestamp ()), SEL ("CURRENT_TIMESTAMP"), "");
  expect3 (select_u (gsql_func ("my_fn", gsql_sql_type_integer_new (), U ("id"), gsql_int (3), NULL)),
           SEL ("my_fn(user_account.id, ?)"), SEL ("my_fn(user_account.id, CAST(? AS BIGINT))"),
           SEL ("my_fn(user_account.id, ?)"), "3");
  /* (not in WHERE) */
  expect_all (where_u (gsql_eq (gsql_func ("my_fn", gsql_sql_type_integer_new (), U ("id"), gsql_int (3), NULL), gsql_int (4))),
              W "my_fn(user_account.id, ?) = ?", "3, 4");
  expect_all (select_u (gsql_func ("pi", gsql_sql_type_double_new (), NULL)), SEL ("pi()"), "");
  {
    GsqlExpr *args[] = { U ("name"), gsql_int (2) };
    expect3 (select_u (gsql_func_v ("left", gsql_sql_type_string_new (2), args, 2)),
             SEL ("left(user_account.name, ?)"), SEL ("left(user_account.name, CAST(? AS BIGINT))"),
             SEL ("left(user_account.name, ?)"), "2");
  }
  expect_all (select_u (gsql_label (gsql_max (U ("id")), "top_id")), SEL ("max(user_account.id) AS top_id"), "");

  /* A label inside an expression is what it labels: no AS, and the
   * precedence of the labelled expression (fuzz-compiler found
   * "a * (b + c AS x)" and "--(NOT x)"). */
  expect_all (select_u (gsql_mul (U ("id"), gsql_label (gsql_add (U ("id"), gsql_int (1)), "x"))),
              SEL ("user_account.id * (user_account.id + ?)"), "1");
  expect_all (select_u (gsql_neg (gsql_label (gsql_neg (U ("id")), "x"))),
              SEL ("-(-user_account.id)"), "");

  /* Labels that need quoting. */
  expect3 (select_u (gsql_label (U ("id"), "User Id")),
           SEL ("user_account.id AS \"User Id\""), SEL ("user_account.id AS \"User Id\""),
           SEL ("user_account.id AS `User Id`"), "");
  expect3 (select_u (gsql_label (U ("id"), "a\"b`c]d")),
           SEL ("user_account.id AS \"a\"\"b`c]d\""), SEL ("user_account.id AS \"a\"\"b`c]d\""),
           SEL ("user_account.id AS `a\"b``c]d`"), "");
  expect3 (select_u (gsql_label (U ("id"), "order")),
           SEL ("user_account.id AS \"order\""), SEL ("user_account.id AS \"order\""),
           SEL ("user_account.id AS `order`"), "");

  /* Concatenation. */
  /* (MySQL: nested concat() for three parts is accepted too) */
  expect_each (select_u (gsql_concat (U ("name"), gsql_str (" "), U ("fullname"), NULL)),
               { { SEL ("user_account.name || ? || user_account.fullname"), "' '" },
                 { SEL ("user_account.name || ? || user_account.fullname"), "' '" },
                 { SEL ("concat(user_account.name, ?, user_account.fullname)"), "' '",
                   SEL ("concat(concat(user_account.name, ?), user_account.fullname)") } });
  {
    GsqlExpr *parts[] = { U ("name"), gsql_str ("!") };
    expect3 (select_u (gsql_concat_v (parts, 2)),
             SEL ("user_account.name || ?"), SEL ("user_account.name || ?"),
             SEL ("concat(user_account.name, ?)"), "'!'");
  }
  expect3 (where_u (gsql_eq (gsql_concat (U ("name"), gsql_str ("x"), NULL), gsql_str ("ax"))),
           W "user_account.name || ? = ?", W "user_account.name || ? = ?",
           W "concat(user_account.name, ?) = ?", "'x', 'ax'");

  /* CASE, searched and simple. */
  expect3 (select_u (gsql_case_else (gsql_case_when (gsql_case (NULL), gsql_eq (U ("name"), gsql_str ("a")),
                                                     gsql_str ("x")),
                                     gsql_str ("y"))),
           SEL ("CASE WHEN user_account.name = ? THEN ? ELSE ? END"),
           SEL ("CASE WHEN user_account.name = ? THEN CAST(? AS VARCHAR) ELSE CAST(? AS VARCHAR) END"),
           SEL ("CASE WHEN user_account.name = ? THEN ? ELSE ? END"), "'a', 'x', 'y'");
  expect3 (select_u (gsql_case_when (gsql_case_when (gsql_case (U ("id")), gsql_int (1), gsql_str ("one")),
                                     gsql_int (2), gsql_str ("two"))),
           SEL ("CASE user_account.id WHEN ? THEN ? WHEN ? THEN ? END"),
           SEL ("CASE user_account.id WHEN ? THEN CAST(? AS VARCHAR) WHEN ? THEN CAST(? AS VARCHAR) END"),
           SEL ("CASE user_account.id WHEN ? THEN ? WHEN ? THEN ? END"), "1, 'one', 2, 'two'");
  expect_all (where_u (gsql_eq (gsql_case_else (gsql_case_when (gsql_case (NULL), gsql_gt (U ("id"), gsql_int (1)),
                                                                gsql_str ("x")),
                                                gsql_str ("y")),
                                gsql_str ("x"))),
              W "CASE WHEN user_account.id > ? THEN ? ELSE ? END = ?", "1, 'x', 'y', 'x'");

  /* CAST: MySQL has its own target names. */
  expect3 (select_u (gsql_cast (U ("id"), gsql_sql_type_string_new (10))),
           SEL ("CAST(user_account.id AS VARCHAR(10))"), SEL ("CAST(user_account.id AS VARCHAR(10))"),
           SEL ("CAST(user_account.id AS CHAR(10))"), "");
  expect3 (select_u (gsql_cast (U ("name"), gsql_sql_type_integer_new ())),
           SEL ("CAST(user_account.name AS INTEGER)"), SEL ("CAST(user_account.name AS INTEGER)"),
           SEL ("CAST(user_account.name AS SIGNED)"), "");
  expect3 (select_u (gsql_cast (U ("name"), gsql_sql_type_big_integer_new ())),
           SEL ("CAST(user_account.name AS BIGINT)"), SEL ("CAST(user_account.name AS BIGINT)"),
           SEL ("CAST(user_account.name AS SIGNED)"), "");
  expect3 (select_u (gsql_cast (U ("name"), gsql_sql_type_numeric_new (10, 2))),
           SEL ("CAST(user_account.name AS NUMERIC(10, 2))"), SEL ("CAST(user_account.name AS NUMERIC(10, 2))"),
           SEL ("CAST(user_account.name AS DECIMAL(10, 2))"), "");
  expect3 (select_u (gsql_cast (U ("id"), gsql_sql_type_double_new ())),
           SEL ("CAST(user_account.id AS DOUBLE)"), SEL ("CAST(user_account.id AS DOUBLE PRECISION)"),
           SEL ("CAST(user_account.id AS DOUBLE)"), "");
  expect3 (select_u (gsql_cast (U ("name"), gsql_sql_type_date_new ())),
           SEL ("CAST(user_account.name AS DATE)"), SEL ("CAST(user_account.name AS DATE)"),
           SEL ("CAST(user_account.name AS DATE)"), "");
  expect3 (select_u (gsql_cast (U ("name"), gsql_sql_type_date_time_new (FALSE))),
           SEL ("CAST(user_account.name AS DATETIME)"),
           SEL ("CAST(user_account.name AS TIMESTAMP WITHOUT TIME ZONE)"),
           SEL ("CAST(user_account.name AS DATETIME)"), "");
}
END_TEST

START_TEST (test_compile_operators)
{
  printf ("# core/select: operators (no database)\n");

  expect_all (where_u (gsql_eq (U ("name"), gsql_str ("a"))), W "user_account.name = ?", "'a'");
  expect_all (where_u (gsql_ne (U ("name"), gsql_str ("a"))), W "user_account.name != ?", "'a'");
  expect_all (where_u (gsql_lt (U ("id"), gsql_int (5))), W "user_account.id < ?", "5");
  expect_all (where_u (gsql_le (U ("id"), gsql_int (5))), W "user_account.id <= ?", "5");
  expect_all (where_u (gsql_gt (U ("id"), gsql_int (5))), W "user_account.id > ?", "5");
  expect_all (where_u (gsql_ge (U ("id"), gsql_int (5))), W "user_account.id >= ?", "5");
  expect_all (where_u (gsql_eq (U ("name"), U ("fullname"))), W "user_account.name = user_account.fullname", "");

  /* Arithmetic and its precedence. */
  expect_all (where_u (gsql_gt (gsql_add (U ("id"), gsql_int (1)), gsql_int (3))), W "user_account.id + ? > ?", "1, 3");
  expect_all (where_u (gsql_gt (gsql_sub (U ("id"), gsql_int (1)), gsql_int (3))), W "user_account.id - ? > ?", "1, 3");
  expect_all (where_u (gsql_gt (gsql_mul (U ("id"), gsql_int (2)), gsql_int (3))), W "user_account.id * ? > ?", "2, 3");
  expect_all (where_u (gsql_gt (gsql_div (U ("id"), gsql_int (2)), gsql_int (3))), W "user_account.id / ? > ?", "2, 3");
  expect_all (where_u (gsql_eq (gsql_mod (U ("id"), gsql_int (2)), gsql_int (0))), W "user_account.id % ? = ?", "2, 0");
  expect_all (where_u (gsql_eq (gsql_mul (gsql_add (U ("id"), gsql_int (1)), gsql_int (2)), gsql_int (4))),
              W "(user_account.id + ?) * ? = ?", "1, 2, 4");
  expect_all (where_u (gsql_eq (gsql_add (U ("id"), gsql_mul (gsql_int (1), gsql_int (2))), gsql_int (4))),
              W "user_account.id + ? * ? = ?", "1, 2, 4");
  expect_all (where_u (gsql_eq (gsql_sub (U ("id"), gsql_sub (gsql_int (1), gsql_int (2))), gsql_int (0))),
              W "user_account.id - (? - ?) = ?", "1, 2, 0");
  expect_all (where_u (gsql_eq (gsql_div (U ("id"), gsql_mul (gsql_int (1), gsql_int (2))), gsql_int (0))),
              W "user_account.id / (? * ?) = ?", "1, 2, 0");

  /* NULL comparisons. */
  expect_all (where_u (gsql_eq (U ("fullname"), gsql_null ())), W "user_account.fullname IS NULL", "");
  expect_all (where_u (gsql_ne (U ("fullname"), gsql_null ())), W "user_account.fullname IS NOT NULL", "");
  expect_all (where_u (gsql_is_null (U ("fullname"))), W "user_account.fullname IS NULL", "");
  expect_all (where_u (gsql_is_not_null (U ("fullname"))), W "user_account.fullname IS NOT NULL", "");
  expect3 (where_u (gsql_is_distinct_from (U ("name"), gsql_str ("x"))),
           W "user_account.name IS NOT ?", W "user_account.name IS DISTINCT FROM ?",
           W "NOT (user_account.name <=> ?)", "'x'");
  expect3 (where_u (gsql_is_not_distinct_from (U ("name"), gsql_str ("x"))),
           W "user_account.name IS ?", W "user_account.name IS NOT DISTINCT FROM ?",
           W "user_account.name <=> ?", "'x'");

  /* AND, OR, NOT: parentheses only where needed. */
  expect_all (where_u (gsql_and (gsql_eq (U ("name"), gsql_str ("a")), gsql_eq (U ("id"), gsql_int (1)), NULL)),
              W "user_account.name = ? AND user_account.id = ?", "'a', 1");
  expect_all (where_u (gsql_and (gsql_eq (U ("name"), gsql_str ("a")),
                                 gsql_or (gsql_eq (U ("id"), gsql_int (1)), gsql_eq (U ("id"), gsql_int (2)), NULL),
                                 NULL)),
              W "user_account.name = ? AND (user_account.id = ? OR user_account.id = ?)", "'a', 1, 2");
  expect_each (where_u (gsql_or (gsql_and (gsql_eq (U ("name"), gsql_str ("a")), gsql_eq (U ("id"), gsql_int (1)), NULL),
                                 gsql_eq (U ("id"), gsql_int (2)), NULL)),
               { { W "user_account.name = ? AND user_account.id = ? OR user_account.id = ?", "'a', 1, 2",
                   W "(user_account.name = ? AND user_account.id = ?) OR user_account.id = ?" },
                 { W "user_account.name = ? AND user_account.id = ? OR user_account.id = ?", "'a', 1, 2",
                   W "(user_account.name = ? AND user_account.id = ?) OR user_account.id = ?" },
                 { W "user_account.name = ? AND user_account.id = ? OR user_account.id = ?", "'a', 1, 2",
                   W "(user_account.name = ? AND user_account.id = ?) OR user_account.id = ?" } });
  expect_all (where_u (gsql_and (gsql_eq (U ("name"), gsql_str ("a")), NULL)), W "user_account.name = ?", "'a'");
  {
    GsqlExpr *conds[] = { gsql_gt (U ("id"), gsql_int (1)), gsql_lt (U ("id"), gsql_int (9)) };
    expect_all (where_u (gsql_and_v (conds, 2)), W "user_account.id > ? AND user_account.id < ?", "1, 9");
  }
  {
    GsqlExpr *conds[] = { gsql_lt (U ("id"), gsql_int (1)), gsql_gt (U ("id"), gsql_int (9)) };
    expect_all (where_u (gsql_or_v (conds, 2)), W "user_account.id < ? OR user_account.id > ?", "1, 9");
  }
  expect_each (where_u (gsql_not (gsql_eq (U ("name"), gsql_str ("a")))),
               { { W "NOT (user_account.name = ?)", "'a'", W "user_account.name != ?" },
                 { W "NOT (user_account.name = ?)", "'a'", W "user_account.name != ?" },
                 { W "NOT (user_account.name = ?)", "'a'", W "user_account.name != ?" } });
  expect_all (where_u (gsql_not (gsql_or (gsql_eq (U ("name"), gsql_str ("a")), gsql_eq (U ("id"), gsql_int (1)), NULL))),
              W "NOT (user_account.name = ? OR user_account.id = ?)", "'a', 1");

  /* IN */
  expect_all (where_u (gsql_in (U ("id"), gsql_int (1), gsql_int (2), gsql_int (3), NULL)),
              W "user_account.id IN (?, ?, ?)", "1, 2, 3");
  {
    GsqlExpr *values[] = { gsql_str ("a"), gsql_str ("b") };
    expect_all (where_u (gsql_in_v (U ("name"), values, 2)), W "user_account.name IN (?, ?)", "'a', 'b'");
  }
  {
    GsqlExpr *values[] = { gsql_int (4), gsql_int (5) };
    expect_all (where_u (gsql_not_in_v (U ("id"), values, 2)), W "user_account.id NOT IN (?, ?)", "4, 5");
  }
  expect_all (where_u (gsql_in_v (U ("id"), NULL, 0)), W "1 != 1", "");
  expect_all (where_u (gsql_not_in_v (U ("id"), NULL, 0)), W "1 = 1", "");
  expect_all (where_u (gsql_and (gsql_in_v (U ("id"), NULL, 0), gsql_eq (U ("name"), gsql_str ("a")), NULL)),
              W "1 != 1 AND user_account.name = ?", "'a'");
  expect_all (where_u (gsql_in_select (U ("id"), gsql_select (A ("user_id"), NULL))),
              W "user_account.id IN (SELECT address.user_id FROM address)", "");
  expect_all (where_u (gsql_not_in_select (U ("id"), gsql_select_where (gsql_select (A ("user_id"), NULL),
                                                                        gsql_eq (A ("email"), gsql_str ("x"))))),
              W "user_account.id NOT IN (SELECT address.user_id FROM address WHERE address.email = ?)", "'x'");

  /* BETWEEN, LIKE */
  expect_all (where_u (gsql_between (U ("id"), gsql_int (1), gsql_int (10))), W "user_account.id BETWEEN ? AND ?", "1, 10");
  expect_all (where_u (gsql_like (U ("name"), gsql_str ("a%"), '\0')), W "user_account.name LIKE ?", "'a%'");
  expect_all (where_u (gsql_like (U ("name"), gsql_str ("a/%%"), '/')), W "user_account.name LIKE ? ESCAPE '/'", "'a/%%'");
  expect_all (where_u (gsql_not_like (U ("name"), gsql_str ("a%"), '\0')), W "user_account.name NOT LIKE ?", "'a%'");
  expect3 (where_u (gsql_ilike (U ("name"), gsql_str ("A%"), '\0')),
           W "lower(user_account.name) LIKE lower(?)", W "user_account.name ILIKE ?",
           W "lower(user_account.name) LIKE lower(?)", "'A%'");
  expect_all (where_u (gsql_contains (U ("name"), "50%_off")), W "user_account.name LIKE ? ESCAPE '/'", "'%50/%/_off%'");
  expect_all (where_u (gsql_startswith (U ("name"), "50%_off")), W "user_account.name LIKE ? ESCAPE '/'", "'50/%/_off%'");
  expect_all (where_u (gsql_endswith (U ("name"), "50%_off")), W "user_account.name LIKE ? ESCAPE '/'", "'%50/%/_off'");
  expect_all (where_u (gsql_contains (U ("name"), "a/b\\c'd")), W "user_account.name LIKE ? ESCAPE '/'", "'%a//b\\c'd%'");

  /* EXISTS, auto-correlated. */
  expect_all (where_u (gsql_exists (gsql_select_where (gsql_select (A ("id"), NULL), gsql_eq (A ("user_id"), U ("id"))))),
              W "EXISTS (SELECT address.id FROM address WHERE address.user_id = user_account.id)", "");
  expect_each (where_u (gsql_not_exists (gsql_select_where (gsql_select (A ("id"), NULL), gsql_eq (A ("user_id"), U ("id"))))),
               { { W "NOT EXISTS (SELECT address.id FROM address WHERE address.user_id = user_account.id)", "",
                   W "NOT (EXISTS (SELECT address.id FROM address WHERE address.user_id = user_account.id))" },
                 { W "NOT EXISTS (SELECT address.id FROM address WHERE address.user_id = user_account.id)", "",
                   W "NOT (EXISTS (SELECT address.id FROM address WHERE address.user_id = user_account.id))" },
                 { W "NOT EXISTS (SELECT address.id FROM address WHERE address.user_id = user_account.id)", "",
                   W "NOT (EXISTS (SELECT address.id FROM address WHERE address.user_id = user_account.id))" } });

  /* Raw SQL as a condition, with a named parameter. */
  expect_all (where_u (gsql_text ("user_account.id > :min_id")), W "user_account.id > ?", ":min_id");
}
END_TEST

START_TEST (test_compile_order_window)
{
  printf ("# core/select: DISTINCT, ORDER BY, windows (no database)\n");

  expect_all (gsql_select_distinct (gsql_select (U ("name"), NULL)), "SELECT DISTINCT user_account.name FROM user_account", "");
  {
    GsqlExpr *s = gsql_select (U ("name"), U ("id"), NULL);
    gsql_select_distinct_on (s, U ("name"));
    gsql_select_order_by (s, U ("name"));
    gsql_select_order_by (s, gsql_desc (U ("id")));
    expect3 (s, NULL,
             "SELECT DISTINCT ON (user_account.name) user_account.name, user_account.id FROM user_account "
             "ORDER BY user_account.name, user_account.id DESC",
             NULL, "");
  }

  expect_all (gsql_select_order_by (gsql_select (U ("id"), NULL), U ("name")),
              "SELECT user_account.id FROM user_account ORDER BY user_account.name", "");
  {
    GsqlExpr *s = gsql_select (U ("id"), NULL);
    gsql_select_order_by (s, gsql_asc (U ("name")));
    gsql_select_order_by (s, gsql_desc (U ("id")));
    expect_all (s, "SELECT user_account.id FROM user_account ORDER BY user_account.name ASC, user_account.id DESC", "");
  }
  expect3 (gsql_select_order_by (gsql_select (U ("id"), NULL), gsql_nulls_last (gsql_desc (U ("fullname")))),
           "SELECT user_account.id FROM user_account ORDER BY user_account.fullname DESC NULLS LAST",
           "SELECT user_account.id FROM user_account ORDER BY user_account.fullname DESC NULLS LAST",
           "SELECT user_account.id FROM user_account ORDER BY user_account.fullname IS NULL, user_account.fullname DESC",
           "");
  expect3 (gsql_select_order_by (gsql_select (U ("id"), NULL), gsql_nulls_first (gsql_asc (U ("fullname")))),
           "SELECT user_account.id FROM user_account ORDER BY user_account.fullname ASC NULLS FIRST",
           "SELECT user_account.id FROM user_account ORDER BY user_account.fullname ASC NULLS FIRST",
           "SELECT user_account.id FROM user_account ORDER BY user_account.fullname IS NOT NULL, user_account.fullname ASC",
           "");
  /* Window functions. */
  {
    GsqlExpr *over = gsql_over (gsql_func ("row_number", gsql_sql_type_big_integer_new (), NULL));

    gsql_over_partition_by (over, A ("user_id"), NULL);
    gsql_over_order_by (over, gsql_desc (A ("id")), NULL);
    expect_all (gsql_select (A ("email"), gsql_label (over, "rn"), NULL),
                "SELECT address.email, row_number() OVER (PARTITION BY address.user_id ORDER BY address.id DESC) AS rn "
                "FROM address", "");
  }
  {
    GsqlExpr *parts[] = { A ("user_id"), A ("email") };
    GsqlExpr *order[] = { A ("id") };
    GsqlExpr *over = gsql_over (gsql_func ("rank", gsql_sql_type_big_integer_new (), NULL));

    gsql_over_partition_by_v (over, parts, 2);
    gsql_over_order_by_v (over, order, 1);
    expect_all (gsql_select (over, NULL),
                "SELECT rank() OVER (PARTITION BY address.user_id, address.email ORDER BY address.id) FROM address", "");
  }
  expect_all (gsql_select (A ("id"), gsql_over (gsql_count_star ()), NULL),
              "SELECT address.id, count(*) OVER () FROM address", "");
  expect_all (gsql_select (gsql_over_frame (gsql_over_order_by (gsql_over (gsql_sum (A ("id"))), A ("id"), NULL),
                                            FALSE, FALSE, 0, TRUE, 0), NULL),
              "SELECT sum(address.id) OVER (ORDER BY address.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) "
              "FROM address", "");
  expect_all (gsql_select (gsql_over_frame (gsql_over_order_by (gsql_over (gsql_sum (A ("id"))), A ("id"), NULL),
                                            TRUE, TRUE, -2, TRUE, 1), NULL),
              "SELECT sum(address.id) OVER (ORDER BY address.id RANGE BETWEEN 2 PRECEDING AND 1 FOLLOWING) "
              "FROM address", "");
  expect_all (gsql_select (gsql_over_frame (gsql_over_order_by (gsql_over (gsql_sum (A ("id"))), A ("id"), NULL),
                                            FALSE, TRUE, 0, FALSE, 0), NULL),
              "SELECT sum(address.id) OVER (ORDER BY address.id ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) "
              "FROM address", "");

  /* Ordering by a label of the select list (last: a failure here stops the test). */
  {
    g_autoptr(GsqlExpr) n = g_object_ref_sink (gsql_label (gsql_count_star (), "n"));
    GsqlExpr *s = gsql_select (A ("user_id"), n, NULL);

    gsql_select_group_by (s, A ("user_id"));
    gsql_select_order_by (s, gsql_desc (n));
    expect_each (s, { { "SELECT address.user_id, count(*) AS n FROM address GROUP BY address.user_id ORDER BY n DESC", "",
                        "SELECT address.user_id, count(*) AS n FROM address GROUP BY address.user_id ORDER BY count(*) DESC" },
                      { "SELECT address.user_id, count(*) AS n FROM address GROUP BY address.user_id ORDER BY n DESC", "",
                        "SELECT address.user_id, count(*) AS n FROM address GROUP BY address.user_id ORDER BY count(*) DESC" },
                      { "SELECT address.user_id, count(*) AS n FROM address GROUP BY address.user_id ORDER BY n DESC", "",
                        "SELECT address.user_id, count(*) AS n FROM address GROUP BY address.user_id ORDER BY count(*) DESC" } });
  }
}
END_TEST

START_TEST (test_compile_subqueries)
{
  printf ("# core/select: subqueries and correlation (no database)\n");

  /* Scalar subquery in the select list, auto-correlated. */
  {
    GsqlExpr *sub = gsql_select_where (gsql_select (gsql_max (A ("id")), NULL), gsql_eq (A ("user_id"), U ("id")));

    expect_all (gsql_select (U ("name"), gsql_label (gsql_scalar_subquery (sub), "last_id"), NULL),
                "SELECT user_account.name, (SELECT max(address.id) FROM address WHERE address.user_id = user_account.id) "
                "AS last_id FROM user_account", "");
  }
  /* …in WHERE */
  expect_all (where_u (gsql_gt (gsql_scalar_subquery (gsql_select_where (gsql_select (gsql_count_star (), NULL),
                                                                         gsql_eq (A ("user_id"), U ("id")))),
                                gsql_int (1))),
              W "(SELECT count(*) FROM address WHERE address.user_id = user_account.id) > ?", "1");
  /* …not correlated when the enclosing query does not have the table. */
  expect_all (gsql_select (gsql_label (gsql_scalar_subquery (gsql_select (gsql_max (A ("id")), NULL)), "m"), NULL),
              "SELECT (SELECT max(address.id) FROM address) AS m", "");

  /* Explicit correlation: only user_account; everything but address. */
  for (guint k = 0; k < 3; k++)
    {
      GsqlExpr *sub = gsql_select_where (gsql_select (gsql_count_star (), NULL),
                                         gsql_and (gsql_eq (M ("sender_id"), U ("id")),
                                                   gsql_eq (M ("recipient_id"), A ("user_id")), NULL));
      GsqlExpr *outer;

      if (k == 1)
        gsql_select_correlate (sub, gsql_table_ref (users));
      else if (k == 2)
        gsql_select_correlate_except (sub, gsql_table_ref (addresses));
      outer = gsql_select_where (gsql_select (A ("email"), gsql_label (gsql_scalar_subquery (sub), "n"), NULL),
                                 gsql_eq (A ("user_id"), U ("id")));
      if (k == 0)
        expect_all (outer,
                    "SELECT address.email, (SELECT count(*) FROM message WHERE message.sender_id = user_account.id "
                    "AND message.recipient_id = address.user_id) AS n FROM address, user_account "
                    "WHERE address.user_id = user_account.id", "");
      else
        expect_all (outer,
                    "SELECT address.email, (SELECT count(*) FROM message, address WHERE message.sender_id = user_account.id "
                    "AND message.recipient_id = address.user_id) AS n FROM address, user_account "
                    "WHERE address.user_id = user_account.id", "");
    }

  /* A subquery in FROM. */
  {
    g_autoptr(GsqlExpr) s = g_object_ref_sink (
        gsql_subquery (gsql_select_group_by (gsql_select (gsql_label (A ("user_id"), "uid"),
                                                          gsql_label (gsql_count_star (), "n"), NULL),
                                             A ("user_id")), "s"));

    expect_all (gsql_select_where (gsql_select (U ("name"), gsql_from_col (s, "n"), NULL),
                                   gsql_eq (U ("id"), gsql_from_col (s, "uid"))),
                "SELECT user_account.name, s.n FROM user_account, (SELECT address.user_id AS uid, count(*) AS n "
                "FROM address GROUP BY address.user_id) AS s WHERE user_account.id = s.uid", "");
  }

  /* LATERAL: PostgreSQL only. */
  {
    GsqlExpr *inner = gsql_select_where (gsql_select (A ("email"), NULL), gsql_eq (A ("user_id"), U ("id")));
    g_autoptr(GsqlExpr) l = NULL;

    gsql_select_order_by (inner, gsql_desc (A ("id")));
    gsql_select_limit (inner, 1);
    l = g_object_ref_sink (gsql_lateral (inner, "l"));
    expect3 (gsql_select (U ("name"), gsql_from_col (l, "email"), NULL),
             NULL,
             "SELECT user_account.name, l.email FROM user_account, LATERAL (SELECT address.email FROM address "
             "WHERE address.user_id = user_account.id ORDER BY address.id DESC LIMIT ?) AS l",
             NULL, "1");
  }

  /* Aliases. */
  {
    g_autoptr(GsqlExpr) u = g_object_ref_sink (gsql_table_alias (users, "u"));
    g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_table_alias (users, "User"));

    expect_all (gsql_select_where (gsql_select (gsql_from_col (u, "name"), NULL),
                                   gsql_eq (gsql_from_col (u, "id"), gsql_int (5))),
                "SELECT u.name FROM user_account AS u WHERE u.id = ?", "5");
    expect3 (gsql_select (gsql_from_col (q, "name"), NULL),
             "SELECT \"User\".name FROM user_account AS \"User\"",
             "SELECT \"User\".name FROM user_account AS \"User\"",
             "SELECT `User`.name FROM user_account AS `User`", "");
    /* An alias and its table are two FROM elements. */
    expect_all (gsql_select_where (gsql_select (gsql_from_col (u, "name"), U ("name"), NULL),
                                   gsql_lt (gsql_from_col (u, "id"), U ("id"))),
                "SELECT u.name, user_account.name FROM user_account AS u, user_account WHERE u.id < user_account.id", "");
  }
}
END_TEST

START_TEST (test_compile_joins)
{
  printf ("# core/select: joins (no database)\n");

  {
    GsqlExpr *s = gsql_select (U ("name"), A ("email"), NULL);
    gsql_select_join (s, gsql_table_ref (addresses), gsql_eq (U ("id"), A ("user_id")), GSQL_JOIN_INNER);
    expect_all (s, "SELECT user_account.name, address.email FROM user_account JOIN address "
                   "ON user_account.id = address.user_id", "");
  }
  {
    GsqlExpr *s = gsql_select (U ("name"), A ("email"), NULL);
    gsql_select_join (s, gsql_table_ref (addresses), gsql_eq (U ("id"), A ("user_id")), GSQL_JOIN_LEFT);
    expect_all (s, "SELECT user_account.name, address.email FROM user_account LEFT OUTER JOIN address "
                   "ON user_account.id = address.user_id", "");
  }
  {
    GsqlExpr *s = gsql_select (U ("name"), A ("email"), NULL);
    gsql_select_join (s, gsql_table_ref (addresses), gsql_eq (U ("id"), A ("user_id")), GSQL_JOIN_FULL);
    expect3 (s,
             "SELECT user_account.name, address.email FROM user_account FULL OUTER JOIN address "
             "ON user_account.id = address.user_id",
             "SELECT user_account.name, address.email FROM user_account FULL OUTER JOIN address "
             "ON user_account.id = address.user_id",
             NULL, "");
  }
  /* ON inferred from the foreign key (either side order accepted). */
  {
    GsqlExpr *s = gsql_select (U ("name"), A ("email"), NULL);
    static const Want want = {
      "SELECT user_account.name, address.email FROM user_account JOIN address ON user_account.id = address.user_id", "",
      "SELECT user_account.name, address.email FROM user_account JOIN address ON address.user_id = user_account.id",
      0 };

    gsql_select_join (s, gsql_table_ref (addresses), NULL, GSQL_JOIN_INNER);
    expect_each (s, { want, want, want });
  }
  /* The join attaches to the leftmost FROM element; chains; WHERE after. */
  {
    GsqlExpr *s = gsql_select (U ("name"), A ("email"), O ("total"), NULL);
    static const Want want = {
      "SELECT user_account.name, address.email, \"order\".total FROM user_account "
      "JOIN address ON user_account.id = address.user_id "
      "LEFT OUTER JOIN \"order\" ON user_account.id = \"order\".user_id WHERE \"order\".total > ?", "100",
      "SELECT user_account.name, address.email, \"order\".total FROM user_account "
      "JOIN address ON address.user_id = user_account.id "
      "LEFT OUTER JOIN \"order\" ON \"order\".user_id = user_account.id WHERE \"order\".total > ?", 0 };
    static const Want want_mysql = {
      "SELECT user_account.name, address.email, `order`.total FROM user_account "
      "JOIN address ON user_account.id = address.user_id "
      "LEFT OUTER JOIN `order` ON user_account.id = `order`.user_id WHERE `order`.total > ?", "100",
      "SELECT user_account.name, address.email, `order`.total FROM user_account "
      "JOIN address ON address.user_id = user_account.id "
      "LEFT OUTER JOIN `order` ON `order`.user_id = user_account.id WHERE `order`.total > ?", 0 };

    gsql_select_join (s, gsql_table_ref (addresses), NULL, GSQL_JOIN_INNER);
    gsql_select_join (s, gsql_table_ref (orders), NULL, GSQL_JOIN_LEFT);
    gsql_select_where (s, gsql_gt (O ("total"), gsql_int (100)));
    expect_each (s, { want, want, want_mysql });
  }
  /* gsql_join() given as FROM. */
  {
    static const Want want = {
      "SELECT user_account.name, address.email FROM user_account LEFT OUTER JOIN address ON user_account.id = address.user_id", "",
      "SELECT user_account.name, address.email FROM user_account LEFT OUTER JOIN address ON address.user_id = user_account.id", 0 };

    expect_each (gsql_select_from (gsql_select (U ("name"), A ("email"), NULL),
                                   gsql_join (gsql_table_ref (users), gsql_table_ref (addresses), NULL, GSQL_JOIN_LEFT)),
                 { want, want, want });
  }
  /* No foreign key, or two: the ON cannot be inferred. */
  {
    GsqlExpr *s = gsql_select (U ("name"), M ("body"), NULL);
    gsql_select_join (s, gsql_table_ref (messages), NULL, GSQL_JOIN_INNER);
    expect_error_all (s, GSQL_ERROR_INVALID_ARGUMENT);
  }
  {
    GsqlExpr *s = gsql_select (U ("name"), I ("qty"), NULL);
    gsql_select_join (s, gsql_table_ref (items), NULL, GSQL_JOIN_INNER);
    expect_error_all (s, GSQL_ERROR_INVALID_ARGUMENT);
  }
  /* Two foreign keys but an explicit ON is fine. */
  {
    GsqlExpr *s = gsql_select (U ("name"), M ("body"), NULL);
    gsql_select_join (s, gsql_table_ref (messages), gsql_eq (M ("sender_id"), U ("id")), GSQL_JOIN_INNER);
    expect_all (s, "SELECT user_account.name, message.body FROM user_account JOIN message "
                   "ON message.sender_id = user_account.id", "");
  }
  /* Self-join through two aliases. */
  {
    g_autoptr(GsqlExpr) child = g_object_ref_sink (gsql_table_alias (nodes, "child"));
    g_autoptr(GsqlExpr) parent = g_object_ref_sink (gsql_table_alias (nodes, "parent"));
    GsqlExpr *s = gsql_select (gsql_from_col (child, "name"), gsql_from_col (parent, "name"), NULL);

    gsql_select_join (s, parent, gsql_eq (gsql_from_col (parent, "id"), gsql_from_col (child, "parent_id")),
                      GSQL_JOIN_LEFT);
    expect_all (s, "SELECT child.name, parent.name FROM node AS child LEFT OUTER JOIN node AS parent "
                   "ON parent.id = child.parent_id", "");
  }

  /* GROUP BY / HAVING */
  {
    GsqlExpr *s = gsql_select (A ("user_id"), gsql_label (gsql_count_star (), "n"), NULL);
    gsql_select_group_by (s, A ("user_id"));
    gsql_select_having (s, gsql_gt (gsql_count_star (), gsql_int (1)));
    expect_all (s, "SELECT address.user_id, count(*) AS n FROM address GROUP BY address.user_id HAVING count(*) > ?", "1");
  }
  {
    GsqlExpr *s = gsql_select (U ("name"), gsql_count (A ("id")), NULL);
    gsql_select_join (s, gsql_table_ref (addresses), gsql_eq (U ("id"), A ("user_id")), GSQL_JOIN_LEFT);
    gsql_select_group_by (s, U ("id"));
    gsql_select_group_by (s, U ("name"));
    gsql_select_having (s, gsql_ge (gsql_count (A ("id")), gsql_int (2)));
    gsql_select_order_by (s, U ("name"));
    expect_all (s, "SELECT user_account.name, count(address.id) FROM user_account LEFT OUTER JOIN address "
                   "ON user_account.id = address.user_id GROUP BY user_account.id, user_account.name "
                   "HAVING count(address.id) >= ? ORDER BY user_account.name", "2");
  }
}
END_TEST

START_TEST (test_compile_limit_lock)
{
  printf ("# core/select: LIMIT, OFFSET, FOR UPDATE (no database)\n");

#define ORDERED "SELECT user_account.id FROM user_account ORDER BY user_account.id"
  {
    GsqlExpr *s = gsql_select_order_by (gsql_select (U ("id"), NULL), U ("id"));
    gsql_select_offset (gsql_select_limit (s, 10), 20);
    expect_each (s, { { ORDERED " LIMIT ? OFFSET ?", "10, 20" },
                      { ORDERED " LIMIT ? OFFSET ?", "10, 20" },
                      { ORDERED " LIMIT ?, ?", "20, 10" } });
  }
  expect_all (gsql_select_limit (gsql_select_order_by (gsql_select (U ("id"), NULL), U ("id")), 10),
              ORDERED " LIMIT ?", "10");
  expect_each (gsql_select_offset (gsql_select_order_by (gsql_select (U ("id"), NULL), U ("id")), 20),
               { { ORDERED " LIMIT ? OFFSET ?", "-1, 20" },
                 { ORDERED " OFFSET ?", "20" },
                 { ORDERED " LIMIT ?, 18446744073709551615", "20" } });
  /* A later call replaces the earlier one. */
  expect_all (gsql_select_limit (gsql_select_limit (gsql_select_order_by (gsql_select (U ("id"), NULL), U ("id")), 10), 3),
              ORDERED " LIMIT ?", "3");
#undef ORDERED

  expect3 (gsql_select_for_update (gsql_select (U ("id"), NULL), FALSE, FALSE),
           NULL, "SELECT user_account.id FROM user_account FOR UPDATE",
           "SELECT user_account.id FROM user_account FOR UPDATE", "");
  expect3 (gsql_select_for_update (gsql_select (U ("id"), NULL), TRUE, FALSE),
           NULL, "SELECT user_account.id FROM user_account FOR UPDATE NOWAIT",
           "SELECT user_account.id FROM user_account FOR UPDATE NOWAIT", "");
  expect3 (gsql_select_for_update (where_u (gsql_eq (U ("id"), gsql_int (1))), FALSE, TRUE),
           NULL, W "user_account.id = ? FOR UPDATE SKIP LOCKED",
           W "user_account.id = ? FOR UPDATE SKIP LOCKED", "1");
  {
    GsqlExpr *s = gsql_select_order_by (gsql_select (U ("id"), NULL), U ("id"));
    gsql_select_limit (s, 1);
    gsql_select_for_update (s, FALSE, FALSE);
    expect3 (s, NULL,
             "SELECT user_account.id FROM user_account ORDER BY user_account.id LIMIT ? FOR UPDATE",
             "SELECT user_account.id FROM user_account ORDER BY user_account.id LIMIT ? FOR UPDATE", "1");
  }
}
END_TEST

START_TEST (test_compile_cte)
{
  printf ("# core/select: common table expressions (no database)\n");

  {
    g_autoptr(GsqlExpr) c = g_object_ref_sink (
        gsql_cte (gsql_select_group_by (gsql_select (A ("user_id"), gsql_label (gsql_count_star (), "n"), NULL),
                                        A ("user_id")), "c"));

    expect_all (gsql_select_where (gsql_select (gsql_from_col (c, "user_id"), gsql_from_col (c, "n"), NULL),
                                   gsql_gt (gsql_from_col (c, "n"), gsql_int (1))),
                "WITH c AS (SELECT address.user_id, count(*) AS n FROM address GROUP BY address.user_id) "
                "SELECT c.user_id, c.n FROM c WHERE c.n > ?", "1");
  }
  /* Two CTEs, parameters in order. */
  {
    g_autoptr(GsqlExpr) c1 = g_object_ref_sink (
        gsql_cte (gsql_select_where (gsql_select (A ("user_id"), NULL), gsql_ne (A ("email"), gsql_str ("x"))), "c1"));
    g_autoptr(GsqlExpr) c2 = g_object_ref_sink (
        gsql_cte (gsql_select_where (gsql_select (U ("id"), U ("name"), NULL), gsql_gt (U ("id"), gsql_int (3))), "c2"));

    expect_all (gsql_select_where (gsql_select (gsql_from_col (c1, "user_id"), gsql_from_col (c2, "name"), NULL),
                                   gsql_eq (gsql_from_col (c1, "user_id"), gsql_from_col (c2, "id"))),
                "WITH c1 AS (SELECT address.user_id FROM address WHERE address.email != ?), "
                "c2 AS (SELECT user_account.id, user_account.name FROM user_account WHERE user_account.id > ?) "
                "SELECT c1.user_id, c2.name FROM c1, c2 WHERE c1.user_id = c2.id", "'x', 3");
  }
  /* Recursive. */
  {
    g_autoptr(GsqlExpr) tree = g_object_ref_sink (
        gsql_cte_recursive (gsql_select_where (gsql_select (N ("id"), N ("parent_id"), gsql_int (0), NULL),
                                               gsql_is_null (N ("parent_id"))),
                            "tree", COLS ("id", "parent_id", "depth")));
    g_autoptr(GsqlExpr) full = NULL;
    GsqlExpr *s;

    /* As SQLAlchemy's cte.union_all(): the statement uses the CTE it returns. */
    full = g_object_ref_sink (
        gsql_cte_union_all (tree,
                            gsql_select_where (gsql_select (N ("id"), N ("parent_id"),
                                                            gsql_add (gsql_from_col (tree, "depth"), gsql_int (1)), NULL),
                                               gsql_eq (N ("parent_id"), gsql_from_col (tree, "id")))));
    s = gsql_select (gsql_from_col (full, "id"), gsql_from_col (full, "depth"), NULL);
    gsql_select_order_by (s, gsql_from_col (full, "id"));
    expect3 (s,
             "WITH RECURSIVE tree(id, parent_id, depth) AS (SELECT node.id, node.parent_id, ? FROM node "
             "WHERE node.parent_id IS NULL UNION ALL SELECT node.id, node.parent_id, tree.depth + ? "
             "FROM node, tree WHERE node.parent_id = tree.id) SELECT tree.id, tree.depth FROM tree ORDER BY tree.id",
             "WITH RECURSIVE tree(id, parent_id, depth) AS (SELECT node.id, node.parent_id, CAST(? AS BIGINT) FROM node "
             "WHERE node.parent_id IS NULL UNION ALL SELECT node.id, node.parent_id, tree.depth + CAST(? AS BIGINT) "
             "FROM node, tree WHERE node.parent_id = tree.id) SELECT tree.id, tree.depth FROM tree ORDER BY tree.id",
             "WITH RECURSIVE tree(id, parent_id, depth) AS (SELECT node.id, node.parent_id, ? FROM node "
             "WHERE node.parent_id IS NULL UNION ALL SELECT node.id, node.parent_id, tree.depth + ? "
             "FROM node, tree WHERE node.parent_id = tree.id) SELECT tree.id, tree.depth FROM tree ORDER BY tree.id",
             "0, 1");
  }
}
END_TEST

START_TEST (test_compile_compound)
{
  printf ("# core/select: UNION, INTERSECT, EXCEPT (no database)\n");

#define S1 "SELECT user_account.name FROM user_account WHERE user_account.id = ?"
  static const struct { GsqlCompoundType type; const char *word; } types[] = {
    { GSQL_COMPOUND_UNION, " UNION " },
    { GSQL_COMPOUND_UNION_ALL, " UNION ALL " },
    { GSQL_COMPOUND_INTERSECT, " INTERSECT " },
    { GSQL_COMPOUND_EXCEPT, " EXCEPT " },
  };

  for (guint k = 0; k < G_N_ELEMENTS (types); k++)
    {
      g_autofree char *want = g_strconcat (S1, types[k].word, S1, NULL);

      expect_all (gsql_compound (types[k].type,
                                 gsql_select_where (gsql_select (U ("name"), NULL), gsql_eq (U ("id"), gsql_int (1))),
                                 gsql_select_where (gsql_select (U ("name"), NULL), gsql_eq (U ("id"), gsql_int (2))),
                                 NULL),
                  want, "1, 2");
    }
  {
    GsqlExpr *sel[] = {
      gsql_select_where (gsql_select (U ("name"), NULL), gsql_eq (U ("id"), gsql_int (1))),
      gsql_select_where (gsql_select (U ("name"), NULL), gsql_eq (U ("id"), gsql_int (2))),
      gsql_select_where (gsql_select (U ("name"), NULL), gsql_eq (U ("id"), gsql_int (3))),
    };
    expect_all (gsql_compound_v (GSQL_COMPOUND_UNION_ALL, sel, 3),
                S1 " UNION ALL " S1 " UNION ALL " S1, "1, 2, 3");
  }
  /* ORDER BY and LIMIT of the whole compound: unqualified names. */
  {
    GsqlExpr *c = gsql_compound (GSQL_COMPOUND_UNION,
                                 gsql_select_where (gsql_select (U ("name"), NULL), gsql_eq (U ("id"), gsql_int (1))),
                                 gsql_select_where (gsql_select (U ("name"), NULL), gsql_eq (U ("id"), gsql_int (2))),
                                 NULL);
    gsql_select_order_by (c, gsql_desc (U ("name")));
    gsql_select_limit (c, 5);
    expect_all (c, S1 " UNION " S1 " ORDER BY name DESC LIMIT ?", "1, 2, 5");
  }
  {
    GsqlExpr *c = gsql_compound (GSQL_COMPOUND_UNION_ALL,
                                 gsql_select_where (gsql_select (U ("name"), NULL), gsql_eq (U ("id"), gsql_int (1))),
                                 gsql_select_where (gsql_select (U ("name"), NULL), gsql_eq (U ("id"), gsql_int (2))),
                                 NULL);
    gsql_select_order_by (c, U ("name"));
    gsql_select_offset (gsql_select_limit (c, 5), 1);
    expect_each (c, { { S1 " UNION ALL " S1 " ORDER BY name LIMIT ? OFFSET ?", "1, 2, 5, 1" },
                      { S1 " UNION ALL " S1 " ORDER BY name LIMIT ? OFFSET ?", "1, 2, 5, 1" },
                      { S1 " UNION ALL " S1 " ORDER BY name LIMIT ?, ?", "1, 2, 1, 5" } });
  }
#undef S1
  /* Members with their own ORDER BY / LIMIT. */
#define LIM "SELECT user_account.name FROM user_account ORDER BY user_account.id LIMIT ?"
#define PLAIN "SELECT user_account.name FROM user_account WHERE user_account.id = ?"
  {
    GsqlExpr *first = gsql_select_limit (gsql_select_order_by (gsql_select (U ("name"), NULL), U ("id")), 1);
    GsqlExpr *second = gsql_select_where (gsql_select (U ("name"), NULL), gsql_eq (U ("id"), gsql_int (2)));

    expect3 (gsql_compound (GSQL_COMPOUND_UNION_ALL, first, second, NULL),
             "SELECT * FROM (" LIM ") UNION ALL " PLAIN,
             "(" LIM ") UNION ALL " PLAIN,
             "(" LIM ") UNION ALL " PLAIN, "1, 2");
  }
  {
    GsqlExpr *first = gsql_select_where (gsql_select (U ("name"), NULL), gsql_eq (U ("id"), gsql_int (2)));
    GsqlExpr *second = gsql_select_limit (gsql_select_order_by (gsql_select (U ("name"), NULL), U ("id")), 1);

    expect3 (gsql_compound (GSQL_COMPOUND_UNION, first, second, NULL),
             PLAIN " UNION SELECT * FROM (" LIM ")",
             PLAIN " UNION (" LIM ")",
             PLAIN " UNION (" LIM ")", "2, 1");
  }
#undef LIM
#undef PLAIN
}
END_TEST

START_TEST (test_compile_text_and_names)
{
  printf ("# core/select: raw text, identifier checks (no database)\n");

  expect_all (gsql_text ("SELECT x FROM t WHERE x = :v"), "SELECT x FROM t WHERE x = ?", ":v");
  expect_all (gsql_text ("SELECT x::text FROM t WHERE x = :v AND y = :w"),
              "SELECT x::text FROM t WHERE x = ? AND y = ?", ":v, :w");
  expect_all (gsql_text ("SELECT 1"), "SELECT 1", "");

  /* Label and alias names longer than the dialect allows. */
  {
    g_autofree char *l64 = g_strnfill (64, 'l');
    g_autofree char *l65 = g_strnfill (65, 'l');
    g_autofree char *want64 = g_strdup_printf ("SELECT user_account.id AS %s FROM user_account", l64);
    g_autofree char *want65 = g_strdup_printf ("SELECT user_account.id AS %s FROM user_account", l65);
    g_autofree char *alias_want = g_strdup_printf ("SELECT %s.id FROM user_account AS %s", l64, l64);
    g_autoptr(GsqlExpr) alias = g_object_ref_sink (gsql_table_alias (users, l64));

    expect_each (select_u (gsql_label (U ("id"), l64)),
                 { { want64, "" }, FAILS (GSQL_ERROR_INVALID_ARGUMENT), { want64, "" } });
    expect_each (select_u (gsql_label (U ("id"), l65)),
                 { { want65, "" }, FAILS (GSQL_ERROR_INVALID_ARGUMENT), FAILS (GSQL_ERROR_INVALID_ARGUMENT) });
    expect_each (gsql_select (gsql_from_col (alias, "id"), NULL),
                 { { alias_want, "" }, FAILS (GSQL_ERROR_INVALID_ARGUMENT), { alias_want, "" } });
  }
  /* Names that are not UTF-8. */
  expect_error_all (select_u (gsql_label (U ("id"), "ab\xff")), GSQL_ERROR_INVALID_ARGUMENT);
  /* A value that is not UTF-8 cannot be bound. */
  {
    g_autoptr(GsqlExpr) s = g_object_ref_sink (where_u (gsql_eq (U ("name"), gsql_str ("abc\xff"))));

    for (guint d = 0; d < N_DIALECTS; d++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(GsqlCompiled) c = gsql_expr_compile (s, dialect_names[d], &error);

        /* Refused now or when executed (test-dml checks execution). */
        if (c == NULL)
          gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
      }
  }
}
END_TEST

/* ------------------------------------------------------------ on databases */

typedef struct {
  GsqlTestBackend backend;
  const char     *dialect;
  GsqlEngine     *engine;
  GsqlConnection *conn;
  GsqlMetaData   *md;
  GsqlTable      *dept;  /* sel_dept (id, name) */
  GsqlTable      *emp;   /* sel_emp (id, name, dept_id → sel_dept, salary, manager_id → sel_emp) */
  GsqlTable      *note;  /* sel_note (id, body) */
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
    case G_TYPE_BOOLEAN:
      return g_strdup (g_value_get_boolean (v) ? "true" : "false");
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

/* All rows: cells joined by ",", rows by ";". */
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

/* Runs @stmt (not consumed), which must succeed. */
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

/* Runs @stmt (floating reference taken) and compares its rows. */
static void
expect_rows_impl (int         line,
                  Db         *db,
                  GsqlExpr   *stmt,
                  const char *want)
{
  g_autoptr(GsqlResult) result = NULL;
  g_autofree char *got = NULL;

  g_object_ref_sink (stmt);
  result = run_impl (line, db, stmt, NULL, NULL, 0);
  got = render_rows (line, result);
  if (g_strcmp0 (got, want) != 0)
    {
      g_autofree char *sql = compiled_sql_for (db, stmt);
      ck_abort_msg ("line %d: %s:\n  SQL: %s\n--- got:\n%s\n--- expected:\n%s", line,
                    gsql_test_backend_name (db->backend), sql, got, want);
    }
  g_object_unref (stmt);
}

#define expect_rows(db, stmt, want) expect_rows_impl (__LINE__, (db), (stmt), (want))

/* Executing @stmt (floating reference taken) fails with @code. */
static void
expect_exec_error_impl (int        line,
                        Db        *db,
                        GsqlExpr  *stmt,
                        GsqlError  code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlResult) result = NULL;

  g_object_ref_sink (stmt);
  result = gsql_connection_execute_statement (db->conn, stmt, NULL, NULL, 0, NULL, &error);
  ck_assert_msg (result == NULL, "line %d: %s: succeeded, expected %s", line,
                 gsql_test_backend_name (db->backend), gsql_test_error_code_name (code));
  ck_assert_msg (error != NULL && error->domain == GSQL_ERROR && error->code == (int) code,
                 "line %d: %s: expected %s, got %s", line, gsql_test_backend_name (db->backend),
                 gsql_test_error_code_name (code), gsql_test_describe_error (error));
  printf ("#   %s: refused: %s\n", gsql_test_backend_name (db->backend), error->message);
  g_object_unref (stmt);
}

#define expect_exec_error(db, stmt, code) expect_exec_error_impl (__LINE__, (db), (stmt), (code))

/* Runs a data-changing @stmt (floating reference taken); returns the row count. */
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

typedef struct {
  gint64      id;
  const char *name;
  gint64      dept_id;  /* 0: NULL */
  gint64      salary;
  gint64      manager_id; /* 0: NULL */
} EmpRow;

static const EmpRow emp_rows[] = {
  { 1, "alice", 1, 300, 0 },
  { 2, "bob",   1, 200, 1 },
  { 3, "carol", 1, 200, 1 },
  { 4, "dave",  2, 250, 1 },
  { 5, "erin",  2, 100, 4 },
  { 6, "frank", 1, 150, 2 },
  { 7, "grace", 0,  50, 6 },
};

static const char * const note_rows[] = {
  "50%_off sale", "500 off", "50%xoff", "50a_off", "back\\slash", "slash/y", "50% off",
};

static GsqlExpr *
int_or_null (gint64 v)
{
  return v != 0 ? gsql_int (v) : gsql_null ();
}

/* Opens backend @i, (re)creates the three tables and loads their rows
 * through the expression language. */
static void
db_open (Db  *db,
         int  i)
{
  g_autoptr(GError) error = NULL;
  GsqlExpr *insert;

  db->backend = gsql_test_begin (i);
  db->dialect = gsql_test_backend_dialect (db->backend);
  db->engine = gsql_test_open_engine (db->backend);
  db->conn = gsql_test_connect (db->engine);
  ck_assert_str_eq (gsql_connection_get_dialect_name (db->conn), db->dialect);
  db->md = gsql_metadata_new ();
  db->dept = add_table (db->md, "sel_dept",
                        gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE,
                                         "autoincrement", GSQL_AUTOINCREMENT_NEVER, NULL),
                        gsql_column_new ("name", gsql_sql_type_string_new (30), "nullable", FALSE, NULL),
                        NULL);
  db->emp = add_table (db->md, "sel_emp",
                       gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE,
                                        "autoincrement", GSQL_AUTOINCREMENT_NEVER, NULL),
                       gsql_column_new ("name", gsql_sql_type_string_new (30), "nullable", FALSE, NULL),
                       fk_column ("dept_id", "sel_dept.id"),
                       plain_column ("salary", gsql_sql_type_integer_new ()),
                       fk_column ("manager_id", "sel_emp.id"),
                       NULL);
  db->note = add_table (db->md, "sel_note",
                        gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE,
                                         "autoincrement", GSQL_AUTOINCREMENT_NEVER, NULL),
                        plain_column ("body", gsql_sql_type_string_new (60)),
                        NULL);

  ck_assert_msg (gsql_metadata_drop_all (db->md, db->engine, TRUE, NULL, &error),
                 "drop_all: %s", gsql_test_describe_error (error));
  ck_assert_msg (gsql_metadata_create_all (db->md, db->engine, FALSE, NULL, &error),
                 "create_all: %s", gsql_test_describe_error (error));

  insert = gsql_insert (db->dept);
  gsql_insert_values (insert, "id", gsql_int (1), "name", gsql_str ("Engineering"), NULL);
  gsql_insert_values (insert, "id", gsql_int (2), "name", gsql_str ("Sales"), NULL);
  gsql_insert_values (insert, "id", gsql_int (3), "name", gsql_str ("Empty"), NULL);
  ck_assert_int_eq (exec_dml (db, insert), 3);

  insert = gsql_insert (db->emp);
  for (guint k = 0; k < G_N_ELEMENTS (emp_rows); k++)
    gsql_insert_values (insert,
                        "id", gsql_int (emp_rows[k].id),
                        "name", gsql_str (emp_rows[k].name),
                        "dept_id", int_or_null (emp_rows[k].dept_id),
                        "salary", gsql_int (emp_rows[k].salary),
                        "manager_id", int_or_null (emp_rows[k].manager_id),
                        NULL);
  ck_assert_int_eq (exec_dml (db, insert), G_N_ELEMENTS (emp_rows));

  insert = gsql_insert (db->note);
  for (guint k = 0; k < G_N_ELEMENTS (note_rows); k++)
    gsql_insert_values (insert, "id", gsql_int (k + 1), "body", gsql_str (note_rows[k]), NULL);
  ck_assert_int_eq (exec_dml (db, insert), G_N_ELEMENTS (note_rows));
}

#define E(c) gsql_col (db.emp, (c))
#define D(c) gsql_col (db.dept, (c))
#define NT(c) gsql_col (db.note, (c))

/* SELECT sel_emp.name FROM sel_emp WHERE @cond ORDER BY sel_emp.id */
static GsqlExpr *
emp_names_where (Db       *db,
                 GsqlExpr *cond)
{
  GsqlExpr *s = gsql_select (gsql_col (db->emp, "name"), NULL);

  if (cond != NULL)
    gsql_select_where (s, cond);
  return gsql_select_order_by (s, gsql_col (db->emp, "id"));
}

START_TEST (test_exec_basic)
{
  g_auto(Db) db = { 0 };

  db_open (&db, _i);

  /* Values come back in the type's GType: gint64 for integer columns. */
  {
    g_autoptr(GsqlExpr) s = g_object_ref_sink (gsql_select_where (gsql_select (E ("id"), E ("name"), E ("dept_id"), NULL),
                                                                  gsql_eq (E ("id"), gsql_int (7))));
    g_autoptr(GsqlResult) r = run_impl (__LINE__, &db, s, NULL, NULL, 0);
    g_autoptr(GError) error = NULL;
    GValue v = G_VALUE_INIT;

    ck_assert_uint_eq (gsql_result_get_n_columns (r), 3);
    ck_assert_str_eq (gsql_result_get_column_name (r, 0), "id");
    ck_assert_str_eq (gsql_result_get_column_name (r, 1), "name");
    ck_assert (gsql_result_next (r, &error));
    ck_assert (gsql_result_get_value (r, 0, &v));
    ck_assert_msg (G_VALUE_HOLDS_INT64 (&v), "%s: id came back as %s", gsql_test_backend_name (db.backend),
                   G_VALUE_TYPE_NAME (&v));
    ck_assert_int_eq (g_value_get_int64 (&v), 7);
    g_value_unset (&v);
    ck_assert (gsql_result_get_value (r, 1, &v));
    ck_assert (G_VALUE_HOLDS_STRING (&v));
    ck_assert_str_eq (g_value_get_string (&v), "grace");
    g_value_unset (&v);
    ck_assert (!gsql_result_get_value (r, 2, &v));
    ck_assert (gsql_result_is_null (r, 2));
    ck_assert (!gsql_result_next (r, &error));
    gsql_test_assert_no_error (error);
  }

  expect_rows (&db, emp_names_where (&db, gsql_gt (E ("salary"), gsql_int (150))), "alice;bob;carol;dave");
  expect_rows (&db, emp_names_where (&db, gsql_and (gsql_ge (E ("salary"), gsql_int (200)),
                                                    gsql_or (gsql_eq (E ("dept_id"), gsql_int (2)),
                                                             gsql_eq (E ("name"), gsql_str ("bob")), NULL),
                                                    NULL)),
               "bob;dave");
  expect_rows (&db, emp_names_where (&db, gsql_not (gsql_eq (E ("dept_id"), gsql_int (1)))), "dave;erin");
  expect_rows (&db, emp_names_where (&db, gsql_eq (gsql_mod (gsql_add (E ("id"), gsql_int (1)), gsql_int (3)), gsql_int (0))),
               "bob;erin");

  /* FROM inferred from two tables. */
  {
    GsqlExpr *s = gsql_select_where (gsql_select (E ("name"), D ("name"), NULL), gsql_eq (E ("dept_id"), D ("id")));
    gsql_select_where (s, gsql_lt (E ("salary"), gsql_int (200)));
    gsql_select_order_by (s, E ("id"));
    expect_rows (&db, s, "erin,Sales;frank,Engineering");
  }

  /* IN, empty IN, NOT IN */
  expect_rows (&db, emp_names_where (&db, gsql_in (E ("id"), gsql_int (2), gsql_int (5), gsql_int (99), NULL)), "bob;erin");
  expect_rows (&db, emp_names_where (&db, gsql_in_v (E ("id"), NULL, 0)), "");
  expect_rows (&db, emp_names_where (&db, gsql_not_in_v (E ("id"), NULL, 0)), "alice;bob;carol;dave;erin;frank;grace");
  {
    GsqlExpr *values[] = { gsql_str ("alice"), gsql_str ("grace") };
    expect_rows (&db, emp_names_where (&db, gsql_not_in_v (E ("name"), values, 2)), "bob;carol;dave;erin;frank");
  }
  expect_rows (&db, emp_names_where (&db, gsql_in_select (E ("id"), gsql_select (E ("manager_id"), NULL))),
               "alice;bob;dave;frank");

  /* NULLs, BETWEEN, IS [NOT] DISTINCT FROM */
  expect_rows (&db, emp_names_where (&db, gsql_eq (E ("dept_id"), gsql_null ())), "grace");
  expect_rows (&db, emp_names_where (&db, gsql_is_null (E ("manager_id"))), "alice");
  expect_rows (&db, emp_names_where (&db, gsql_between (E ("salary"), gsql_int (150), gsql_int (250))),
               "bob;carol;dave;frank");
  expect_rows (&db, emp_names_where (&db, gsql_is_distinct_from (E ("manager_id"), gsql_int (1))),
               "alice;erin;frank;grace");
  expect_rows (&db, emp_names_where (&db, gsql_is_not_distinct_from (E ("manager_id"), gsql_int (1))),
               "bob;carol;dave");

  /* Functions, CASE, CAST, concatenation */
  {
    GsqlExpr *s = gsql_select (E ("name"),
                               gsql_case_else (gsql_case_when (gsql_case (NULL), gsql_ge (E ("salary"), gsql_int (200)),
                                                               gsql_str ("high")),
                                               gsql_str ("low")),
                               gsql_concat (gsql_upper (E ("name")), gsql_str ("-"),
                                            gsql_cast (E ("salary"), gsql_sql_type_string_new (10)), NULL),
                               gsql_length (E ("name")),
                               gsql_coalesce (E ("dept_id"), gsql_int (0), NULL),
                               NULL);
    gsql_select_where (s, gsql_in (E ("id"), gsql_int (1), gsql_int (7), NULL));
    gsql_select_order_by (s, E ("id"));
    expect_rows (&db, s, "alice,high,ALICE-300,5,1;grace,low,GRACE-50,5,0");
  }
  {
    GsqlExpr *s = gsql_select (gsql_case_else (gsql_case_when (gsql_case_when (gsql_case (E ("dept_id")),
                                                                               gsql_int (1), gsql_str ("eng")),
                                                               gsql_int (2), gsql_str ("sales")),
                                               gsql_str ("?")), NULL);
    gsql_select_order_by (s, E ("id"));
    expect_rows (&db, s, "eng;eng;eng;sales;sales;eng;?");
  }
  expect_rows (&db, emp_names_where (&db, gsql_ilike (E ("name"), gsql_str ("AL%"), '\0')), "alice");
  expect_rows (&db, emp_names_where (&db, gsql_like (E ("name"), gsql_str ("_r%"), '\0')), "erin;frank;grace");
  expect_rows (&db, emp_names_where (&db, gsql_not_like (E ("name"), gsql_str ("%a%"), '\0')), "bob;erin");
  expect_rows (&db, emp_names_where (&db, gsql_eq (gsql_lower (gsql_str ("BoB")), E ("name"))), "bob");

  /* Aggregates, DISTINCT */
  expect_rows (&db, gsql_select (gsql_count_star (), gsql_count (E ("dept_id")), gsql_count (gsql_distinct (E ("salary"))),
                                 gsql_min (E ("salary")), gsql_max (E ("salary")), NULL),
               "7,6,6,50,300");
  expect_rows (&db, gsql_select_order_by (gsql_select_distinct (gsql_select (E ("salary"), NULL)), E ("salary")),
               "50;100;150;200;250;300");
  if (db.backend == GSQL_TEST_POSTGRESQL)
    {
      GsqlExpr *s = gsql_select (E ("dept_id"), E ("name"), NULL);
      gsql_select_distinct_on (s, E ("dept_id"));
      gsql_select_order_by (s, E ("dept_id"));
      gsql_select_order_by (s, gsql_desc (E ("salary")));
      expect_rows (&db, s, "1,alice;2,dave;NULL,grace");
    }
  else
    {
      GsqlExpr *s = gsql_select (E ("dept_id"), E ("name"), NULL);
      gsql_select_distinct_on (s, E ("dept_id"));
      expect_exec_error (&db, s, GSQL_ERROR_NOT_SUPPORTED);
    }

  /* ORDER BY with NULLS FIRST / LAST (emulated on MariaDB). */
  {
    GsqlExpr *s = gsql_select (E ("name"), NULL);
    gsql_select_order_by (s, gsql_nulls_last (gsql_desc (E ("manager_id"))));
    gsql_select_order_by (s, gsql_asc (E ("id")));
    expect_rows (&db, s, "grace;erin;frank;bob;carol;dave;alice");
  }
  {
    GsqlExpr *s = gsql_select (E ("name"), NULL);
    gsql_select_order_by (s, gsql_nulls_first (gsql_asc (E ("manager_id"))));
    gsql_select_order_by (s, E ("id"));
    expect_rows (&db, s, "alice;bob;carol;dave;frank;erin;grace");
  }
  {
    GsqlExpr *s = gsql_select (E ("name"), NULL);
    gsql_select_order_by (s, gsql_nulls_first (gsql_desc (E ("dept_id"))));
    gsql_select_order_by (s, gsql_desc (E ("id")));
    expect_rows (&db, s, "grace;erin;dave;frank;carol;bob;alice");
  }

  /* Raw SQL with a named parameter inside a select. */
  {
    g_autoptr(GsqlExpr) s = g_object_ref_sink (emp_names_where (&db, gsql_text ("sel_emp.salary > :min_salary")));
    const char *names[] = { "min_salary" };
    GValue value = G_VALUE_INIT;
    g_autoptr(GsqlResult) r = NULL;
    g_autofree char *got = NULL;

    gsql_test_value_int64 (&value, 200);
    r = run_impl (__LINE__, &db, s, names, &value, 1);
    got = render_rows (__LINE__, r);
    ck_assert_str_eq (got, "alice;dave");
    g_value_unset (&value);
  }
  /* A whole statement as text. */
  {
    g_autoptr(GsqlExpr) s = g_object_ref_sink (gsql_text ("SELECT name FROM sel_emp WHERE id = :id"));
    const char *names[] = { "id" };
    GValue value = G_VALUE_INIT;
    g_autoptr(GsqlResult) r = NULL;
    g_autofree char *got = NULL;

    gsql_test_value_int64 (&value, 3);
    r = run_impl (__LINE__, &db, s, names, &value, 1);
    got = render_rows (__LINE__, r);
    ck_assert_str_eq (got, "carol");
    g_value_unset (&value);
  }
}
END_TEST

START_TEST (test_exec_like)
{
  g_auto(Db) db = { 0 };
  GsqlExpr *s;

  db_open (&db, _i);

#define NOTES_WHERE(cond) gsql_select_order_by (gsql_select_where (gsql_select (NT ("id"), NULL), (cond)), NT ("id"))
  /* `%` and `_` in the user's text match only themselves. */
  expect_rows (&db, NOTES_WHERE (gsql_contains (NT ("body"), "50%_off")), "1");
  expect_rows (&db, NOTES_WHERE (gsql_contains (NT ("body"), "%")), "1;3;7");
  expect_rows (&db, NOTES_WHERE (gsql_contains (NT ("body"), "_")), "1;4");
  expect_rows (&db, NOTES_WHERE (gsql_startswith (NT ("body"), "50%")), "1;3;7");
  expect_rows (&db, NOTES_WHERE (gsql_endswith (NT ("body"), "_off")), "4");
  expect_rows (&db, NOTES_WHERE (gsql_contains (NT ("body"), "k\\s")), "5");
  expect_rows (&db, NOTES_WHERE (gsql_endswith (NT ("body"), "\\slash")), "5");
  expect_rows (&db, NOTES_WHERE (gsql_contains (NT ("body"), "h/y")), "6");
  expect_rows (&db, NOTES_WHERE (gsql_contains (NT ("body"), "/")), "6");
  expect_rows (&db, NOTES_WHERE (gsql_contains (NT ("body"), "off")), "1;2;3;4;7");
  expect_rows (&db, NOTES_WHERE (gsql_contains (NT ("body"), "nothing like this")), "");
  /* A plain LIKE keeps its wildcards; an explicit escape character works. */
  expect_rows (&db, NOTES_WHERE (gsql_like (NT ("body"), gsql_str ("50%off"), '\0')), "2;3;4;7");
  expect_rows (&db, NOTES_WHERE (gsql_like (NT ("body"), gsql_str ("50!%%"), '!')), "1;3;7");
  expect_rows (&db, NOTES_WHERE (gsql_not_like (NT ("body"), gsql_str ("50%"), '\0')), "5;6");
#undef NOTES_WHERE

  /* The pattern is a parameter. */
  s = g_object_ref_sink (gsql_select_where (gsql_select (NT ("id"), NULL), gsql_contains (NT ("body"), "50%_off")));
  {
    g_autoptr(GsqlCompiled) c = gsql_expr_compile (s, db.dialect, NULL);
    ck_assert_ptr_nonnull (c);
    ck_assert_ptr_null (strstr (gsql_compiled_get_sql (c), "50"));
  }
  g_object_unref (s);
}
END_TEST

START_TEST (test_exec_pages)
{
  g_auto(Db) db = { 0 };

  db_open (&db, _i);

  for (int page = 0; page < 4; page++)
    {
      static const char * const want[] = { "alice;bob;carol", "dave;erin;frank", "grace", "" };
      GsqlExpr *s = emp_names_where (&db, NULL);

      gsql_select_limit (s, 3);
      gsql_select_offset (s, page * 3);
      expect_rows (&db, s, want[page]);
    }
  expect_rows (&db, gsql_select_limit (emp_names_where (&db, NULL), 2), "alice;bob");
  expect_rows (&db, gsql_select_offset (emp_names_where (&db, NULL), 5), "frank;grace");
  expect_rows (&db, gsql_select_limit (emp_names_where (&db, NULL), 0), "");
  {
    GsqlExpr *s = gsql_select (E ("name"), NULL);
    gsql_select_order_by (s, gsql_desc (E ("salary")));
    gsql_select_order_by (s, E ("name"));
    gsql_select_offset (gsql_select_limit (s, 2), 1);
    expect_rows (&db, s, "dave;bob");
  }
}
END_TEST

START_TEST (test_exec_subqueries)
{
  g_auto(Db) db = { 0 };

  db_open (&db, _i);

  /* Correlated scalar subqueries. */
  {
    GsqlExpr *count = gsql_select_where (gsql_select (gsql_count_star (), NULL), gsql_eq (E ("dept_id"), D ("id")));
    GsqlExpr *top = gsql_select_where (gsql_select (gsql_max (E ("salary")), NULL), gsql_eq (E ("dept_id"), D ("id")));
    GsqlExpr *s = gsql_select (D ("name"), gsql_label (gsql_scalar_subquery (count), "n"),
                               gsql_label (gsql_scalar_subquery (top), "top"), NULL);

    gsql_select_order_by (s, D ("id"));
    expect_rows (&db, s, "Engineering,4,300;Sales,2,250;Empty,0,NULL");
  }
  /* …in WHERE: employees earning their department's maximum. */
  {
    g_autoptr(GsqlExpr) e2 = g_object_ref_sink (gsql_table_alias (db.emp, "e2"));
    GsqlExpr *top = gsql_select_where (gsql_select (gsql_max (gsql_from_col (e2, "salary")), NULL),
                                       gsql_eq (gsql_from_col (e2, "dept_id"), E ("dept_id")));

    expect_rows (&db, emp_names_where (&db, gsql_eq (E ("salary"), gsql_scalar_subquery (top))), "alice;dave");
  }
  /* EXISTS / NOT EXISTS, correlated. */
  expect_rows (&db, gsql_select_order_by (gsql_select_where (gsql_select (D ("name"), NULL),
                                                             gsql_exists (gsql_select_where (gsql_select (E ("id"), NULL),
                                                                                             gsql_eq (E ("dept_id"), D ("id"))))),
                                          D ("id")),
               "Engineering;Sales");
  expect_rows (&db, gsql_select_where (gsql_select (D ("name"), NULL),
                                       gsql_not_exists (gsql_select_where (gsql_select (E ("id"), NULL),
                                                                           gsql_eq (E ("dept_id"), D ("id"))))),
               "Empty");
  /* IN (SELECT …) and NOT IN (SELECT …) */
  expect_rows (&db, gsql_select_order_by (gsql_select_where (gsql_select (D ("name"), NULL),
                                                             gsql_in_select (D ("id"),
                                                                             gsql_select_where (gsql_select (E ("dept_id"), NULL),
                                                                                                gsql_gt (E ("salary"), gsql_int (200))))),
                                          D ("id")),
               "Engineering;Sales");
  expect_rows (&db, gsql_select_where (gsql_select (D ("name"), NULL),
                                       gsql_not_in_select (D ("id"),
                                                           gsql_select_where (gsql_select (E ("dept_id"), NULL),
                                                                              gsql_is_not_null (E ("dept_id"))))),
               "Empty");
  /* A subquery in FROM. */
  {
    g_autoptr(GsqlExpr) sub = g_object_ref_sink (
        gsql_subquery (gsql_select_group_by (gsql_select (gsql_label (E ("dept_id"), "did"),
                                                          gsql_label (gsql_sum (E ("salary")), "total"), NULL),
                                             E ("dept_id")), "totals"));
    GsqlExpr *s = gsql_select_where (gsql_select (D ("name"), gsql_from_col (sub, "total"), NULL),
                                     gsql_eq (D ("id"), gsql_from_col (sub, "did")));
    gsql_select_order_by (s, gsql_desc (gsql_from_col (sub, "total")));
    expect_rows (&db, s, "Engineering,850;Sales,350");
  }
  /* A CTE. */
  {
    g_autoptr(GsqlExpr) c = g_object_ref_sink (
        gsql_cte (gsql_select_group_by (gsql_select (E ("dept_id"), gsql_label (gsql_count_star (), "n"), NULL),
                                        E ("dept_id")), "per_dept"));
    GsqlExpr *s = gsql_select_where (gsql_select (D ("name"), gsql_from_col (c, "n"), NULL),
                                     gsql_eq (D ("id"), gsql_from_col (c, "dept_id")));
    gsql_select_where (s, gsql_gt (gsql_from_col (c, "n"), gsql_int (1)));
    gsql_select_order_by (s, D ("id"));
    expect_rows (&db, s, "Engineering,4;Sales,2");
  }
  /* LATERAL: PostgreSQL only. */
  {
    GsqlExpr *inner = gsql_select_where (gsql_select (E ("name"), NULL), gsql_eq (E ("dept_id"), D ("id")));
    g_autoptr(GsqlExpr) l = NULL;
    GsqlExpr *s;

    gsql_select_order_by (inner, gsql_desc (E ("salary")));
    gsql_select_limit (inner, 1);
    l = g_object_ref_sink (gsql_lateral (inner, "best"));
    s = gsql_select_order_by (gsql_select (D ("name"), gsql_from_col (l, "name"), NULL), D ("id"));
    if (db.backend == GSQL_TEST_POSTGRESQL)
      expect_rows (&db, s, "Engineering,alice;Sales,dave");
    else
      expect_exec_error (&db, s, GSQL_ERROR_NOT_SUPPORTED);
  }
}
END_TEST

START_TEST (test_exec_joins)
{
  g_auto(Db) db = { 0 };

  db_open (&db, _i);

  /* ON inferred from sel_emp.dept_id → sel_dept.id (sel_emp also has a
   * foreign key to itself, which is not between these two). */
  {
    GsqlExpr *s = gsql_select (E ("name"), D ("name"), NULL);
    gsql_select_join (s, gsql_table_ref (db.dept), NULL, GSQL_JOIN_INNER);
    gsql_select_order_by (s, E ("id"));
    expect_rows (&db, s, "alice,Engineering;bob,Engineering;carol,Engineering;dave,Sales;erin,Sales;frank,Engineering");
  }
  {
    GsqlExpr *s = gsql_select (E ("name"), D ("name"), NULL);
    gsql_select_join (s, gsql_table_ref (db.dept), NULL, GSQL_JOIN_LEFT);
    gsql_select_where (s, gsql_gt (E ("id"), gsql_int (4)));
    gsql_select_order_by (s, E ("id"));
    expect_rows (&db, s, "erin,Sales;frank,Engineering;grace,NULL");
  }
  /* From the other side, with GROUP BY / HAVING. */
  {
    GsqlExpr *s = gsql_select (D ("name"), gsql_label (gsql_count (E ("id")), "n"), NULL);
    gsql_select_join (s, gsql_table_ref (db.emp), NULL, GSQL_JOIN_LEFT);
    gsql_select_group_by (s, D ("id"));
    gsql_select_group_by (s, D ("name"));
    gsql_select_order_by (s, D ("id"));
    expect_rows (&db, s, "Engineering,4;Sales,2;Empty,0");
  }
  {
    GsqlExpr *s = gsql_select (E ("dept_id"), gsql_label (gsql_count_star (), "n"), gsql_sum (E ("salary")), NULL);
    gsql_select_where (s, gsql_is_not_null (E ("dept_id")));
    gsql_select_group_by (s, E ("dept_id"));
    gsql_select_having (s, gsql_gt (gsql_count_star (), gsql_int (2)));
    expect_rows (&db, s, "1,4,850");
  }
  {
    GsqlExpr *s = gsql_select (E ("dept_id"), gsql_label (gsql_count_star (), "n"), NULL);
    gsql_select_group_by (s, E ("dept_id"));
    gsql_select_having (s, gsql_ge (gsql_min (E ("salary")), gsql_int (100)));
    gsql_select_order_by (s, E ("dept_id"));
    expect_rows (&db, s, "1,4;2,2");
  }
  /* Self-join through two aliases. */
  {
    g_autoptr(GsqlExpr) e = g_object_ref_sink (gsql_table_alias (db.emp, "e"));
    g_autoptr(GsqlExpr) m = g_object_ref_sink (gsql_table_alias (db.emp, "m"));
    GsqlExpr *s = gsql_select (gsql_from_col (e, "name"), gsql_from_col (m, "name"), NULL);

    gsql_select_join (s, m, gsql_eq (gsql_from_col (m, "id"), gsql_from_col (e, "manager_id")), GSQL_JOIN_LEFT);
    gsql_select_order_by (s, gsql_from_col (e, "id"));
    expect_rows (&db, s, "alice,NULL;bob,alice;carol,alice;dave,alice;erin,dave;frank,bob;grace,frank");
  }
  /* Explicit gsql_join() as FROM, three tables. */
  {
    g_autoptr(GsqlExpr) m = g_object_ref_sink (gsql_table_alias (db.emp, "boss"));
    GsqlExpr *j = gsql_join (gsql_join (gsql_table_ref (db.emp), gsql_table_ref (db.dept), NULL, GSQL_JOIN_INNER),
                             m, gsql_eq (gsql_from_col (m, "id"), E ("manager_id")), GSQL_JOIN_INNER);
    GsqlExpr *s = gsql_select_from (gsql_select (E ("name"), D ("name"), gsql_from_col (m, "name"), NULL), j);

    gsql_select_where (s, gsql_eq (D ("name"), gsql_str ("Sales")));
    gsql_select_order_by (s, E ("id"));
    expect_rows (&db, s, "dave,Sales,alice;erin,Sales,dave");
  }
  /* FULL OUTER JOIN: not on MariaDB. */
  {
    GsqlExpr *s = gsql_select_from (gsql_select (gsql_count_star (), NULL),
                                    gsql_join (gsql_table_ref (db.emp), gsql_table_ref (db.dept), NULL, GSQL_JOIN_FULL));
    if (db.backend == GSQL_TEST_MARIADB)
      expect_exec_error (&db, s, GSQL_ERROR_NOT_SUPPORTED);
    else
      expect_rows (&db, s, "8");
  }
  /* ORDER BY a label of the select list (last: a failure stops the test). */
  {
    g_autoptr(GsqlExpr) n = g_object_ref_sink (gsql_label (gsql_count_star (), "n"));
    GsqlExpr *s = gsql_select (E ("dept_id"), n, NULL);

    gsql_select_group_by (s, E ("dept_id"));
    gsql_select_order_by (s, gsql_desc (n));
    gsql_select_order_by (s, E ("dept_id"));
    expect_rows (&db, s, "1,4;2,2;NULL,1");
  }
}
END_TEST

START_TEST (test_exec_window)
{
  g_auto(Db) db = { 0 };

  db_open (&db, _i);

  {
    GsqlExpr *over = gsql_over (gsql_func ("rank", gsql_sql_type_big_integer_new (), NULL));
    GsqlExpr *s;

    gsql_over_partition_by (over, E ("dept_id"), NULL);
    gsql_over_order_by (over, gsql_desc (E ("salary")), NULL);
    s = gsql_select (E ("name"), gsql_label (over, "rnk"), NULL);
    gsql_select_where (s, gsql_is_not_null (E ("dept_id")));
    gsql_select_order_by (s, E ("id"));
    expect_rows (&db, s, "alice,1;bob,2;carol,2;dave,1;erin,2;frank,4");
  }
  {
    GsqlExpr *over = gsql_over (gsql_func ("row_number", gsql_sql_type_big_integer_new (), NULL));
    GsqlExpr *s;

    gsql_over_order_by (over, gsql_desc (E ("salary")), E ("id"), NULL);
    s = gsql_select (E ("name"), gsql_label (over, "rn"), NULL);
    gsql_select_order_by (s, E ("id"));
    expect_rows (&db, s, "alice,1;bob,3;carol,4;dave,2;erin,6;frank,5;grace,7");
  }
  /* A running total with a ROWS frame. */
  {
    GsqlExpr *over = gsql_over (gsql_sum (E ("salary")));
    GsqlExpr *s;

    gsql_over_order_by (over, E ("id"), NULL);
    gsql_over_frame (over, FALSE, FALSE, 0, TRUE, 0);
    s = gsql_select (E ("id"), gsql_label (over, "running"), NULL);
    gsql_select_order_by (s, E ("id"));
    expect_rows (&db, s, "1,300;2,500;3,700;4,950;5,1050;6,1200;7,1250");
  }
  /* A sliding window: the previous, this and the next row. */
  {
    GsqlExpr *over = gsql_over (gsql_sum (E ("salary")));
    GsqlExpr *s;

    gsql_over_order_by (over, E ("id"), NULL);
    gsql_over_frame (over, FALSE, TRUE, -1, TRUE, 1);
    s = gsql_select (E ("id"), gsql_label (over, "near"), NULL);
    gsql_select_order_by (s, E ("id"));
    expect_rows (&db, s, "1,500;2,700;3,650;4,550;5,500;6,300;7,200");
  }
  /* count(*) OVER () next to every row. */
  expect_rows (&db, gsql_select_limit (gsql_select_order_by (gsql_select (E ("name"), gsql_over (gsql_count_star ()), NULL),
                                                             E ("id")), 2),
               "alice,7;bob,7");
}
END_TEST

START_TEST (test_exec_recursive)
{
  g_auto(Db) db = { 0 };

  db_open (&db, _i);

  /* Walks the management tree from the top: depth of every employee. */
  {
    g_autoptr(GsqlExpr) tree = g_object_ref_sink (
        gsql_cte_recursive (gsql_select_where (gsql_select (E ("id"), E ("manager_id"), gsql_int (0), NULL),
                                               gsql_is_null (E ("manager_id"))),
                            "tree", COLS ("id", "parent_id", "depth")));
    g_autoptr(GsqlExpr) full = NULL;
    GsqlExpr *s;

    full = g_object_ref_sink (
        gsql_cte_union_all (tree,
                            gsql_select_where (gsql_select (E ("id"), E ("manager_id"),
                                                            gsql_add (gsql_from_col (tree, "depth"), gsql_int (1)), NULL),
                                               gsql_eq (E ("manager_id"), gsql_from_col (tree, "id")))));
    s = gsql_select (gsql_from_col (full, "id"), gsql_from_col (full, "depth"), NULL);
    gsql_select_order_by (s, gsql_from_col (full, "id"));
    expect_rows (&db, s, "1,0;2,1;3,1;4,1;5,2;6,2;7,3");
  }
  /* The chain of managers above grace, joined back to names. */
  {
    g_autoptr(GsqlExpr) chain = g_object_ref_sink (
        gsql_cte_recursive (gsql_select_where (gsql_select (E ("id"), E ("manager_id"), NULL),
                                               gsql_eq (E ("name"), gsql_str ("grace"))),
                            "chain", COLS ("id", "manager_id")));
    g_autoptr(GsqlExpr) full = NULL;
    GsqlExpr *s;

    full = g_object_ref_sink (
        gsql_cte_union_all (chain,
                            gsql_select_where (gsql_select (E ("id"), E ("manager_id"), NULL),
                                               gsql_eq (E ("id"), gsql_from_col (chain, "manager_id")))));
    s = gsql_select_where (gsql_select (E ("name"), NULL), gsql_eq (E ("id"), gsql_from_col (full, "id")));
    gsql_select_order_by (s, gsql_desc (E ("id")));
    expect_rows (&db, s, "grace;frank;bob;alice");
  }
}
END_TEST

START_TEST (test_exec_compound)
{
  g_auto(Db) db = { 0 };

  db_open (&db, _i);

#define NAMES_IN_DEPT(d) gsql_select_where (gsql_select (E ("name"), NULL), gsql_eq (E ("dept_id"), gsql_int (d)))
#define NAMES_PAID(min) gsql_select_where (gsql_select (E ("name"), NULL), gsql_ge (E ("salary"), gsql_int (min)))
  {
    GsqlExpr *c = gsql_compound (GSQL_COMPOUND_UNION_ALL, NAMES_IN_DEPT (1), NAMES_IN_DEPT (2), NULL);
    gsql_select_order_by (c, gsql_desc (E ("name")));
    gsql_select_limit (c, 3);
    expect_rows (&db, c, "frank;erin;dave");
  }
  {
    GsqlExpr *c = gsql_compound (GSQL_COMPOUND_UNION_ALL, NAMES_IN_DEPT (1), NAMES_IN_DEPT (2), NULL);
    gsql_select_order_by (c, E ("name"));
    gsql_select_offset (gsql_select_limit (c, 2), 2);
    expect_rows (&db, c, "carol;dave");
  }
  /* UNION removes duplicates; UNION ALL keeps them. */
  {
    GsqlExpr *c = gsql_compound (GSQL_COMPOUND_UNION, NAMES_IN_DEPT (2), NAMES_PAID (250), NULL);
    gsql_select_order_by (c, E ("name"));
    expect_rows (&db, c, "alice;dave;erin");
  }
  {
    GsqlExpr *c = gsql_compound (GSQL_COMPOUND_UNION_ALL, NAMES_IN_DEPT (2), NAMES_PAID (250), NULL);
    gsql_select_order_by (c, E ("name"));
    expect_rows (&db, c, "alice;dave;dave;erin");
  }
  {
    GsqlExpr *c = gsql_compound (GSQL_COMPOUND_INTERSECT, NAMES_IN_DEPT (1), NAMES_PAID (200), NULL);
    gsql_select_order_by (c, E ("name"));
    expect_rows (&db, c, "alice;bob;carol");
  }
  {
    GsqlExpr *c = gsql_compound (GSQL_COMPOUND_EXCEPT, NAMES_IN_DEPT (1), NAMES_PAID (200), NULL);
    gsql_select_order_by (c, E ("name"));
    expect_rows (&db, c, "frank");
  }
  /* Members with their own ORDER BY and LIMIT: the best paid of each department. */
  {
    GsqlExpr *first = NAMES_IN_DEPT (1);
    GsqlExpr *second = NAMES_IN_DEPT (2);
    GsqlExpr *c;

    gsql_select_limit (gsql_select_order_by (first, gsql_desc (E ("salary"))), 1);
    gsql_select_limit (gsql_select_order_by (second, gsql_desc (E ("salary"))), 1);
    c = gsql_compound (GSQL_COMPOUND_UNION_ALL, first, second, NULL);
    gsql_select_order_by (c, gsql_desc (E ("name")));
    expect_rows (&db, c, "dave;alice");
  }
#undef NAMES_IN_DEPT
#undef NAMES_PAID
}
END_TEST

START_TEST (test_exec_bindparams)
{
  g_auto(Db) db = { 0 };
  g_autoptr(GsqlExpr) by_id = NULL;
  g_autoptr(GsqlExpr) by_range = NULL;
  static const struct { gint64 id; const char *want; } cases[] = {
    { 1, "alice" }, { 5, "erin" }, { 7, "grace" }, { 99, "" }, { 2, "bob" },
  };

  db_open (&db, _i);

  /* One statement, executed with several values. */
  by_id = g_object_ref_sink (gsql_select_where (gsql_select (E ("name"), NULL),
                                                gsql_eq (E ("id"), gsql_bindparam ("eid", gsql_sql_type_integer_new ()))));
  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      const char *names[] = { "eid" };
      GValue value = G_VALUE_INIT;
      g_autoptr(GsqlResult) r = NULL;
      g_autofree char *got = NULL;

      gsql_test_value_int64 (&value, cases[k].id);
      r = run_impl (__LINE__, &db, by_id, names, &value, 1);
      got = render_rows (__LINE__, r);
      ck_assert_msg (g_str_equal (got, cases[k].want), "%s: eid=%" G_GINT64_FORMAT ": got \"%s\", expected \"%s\"",
                     gsql_test_backend_name (db.backend), cases[k].id, got, cases[k].want);
      g_value_unset (&value);
    }

  /* Two named parameters, a literal between them, names given in any order. */
  by_range = g_object_ref_sink (emp_names_where (&db, gsql_and (gsql_between (E ("salary"),
                                                                              gsql_bindparam ("lo", gsql_sql_type_integer_new ()),
                                                                              gsql_bindparam ("hi", gsql_sql_type_integer_new ())),
                                                                gsql_ne (E ("name"), gsql_str ("carol")),
                                                                gsql_ne (E ("name"), gsql_bindparam ("skip", gsql_sql_type_string_new (30))),
                                                                NULL)));
  {
    g_autoptr(GsqlCompiled) c = gsql_expr_compile (by_range, db.dialect, NULL);
    ck_assert_uint_eq (gsql_compiled_get_n_params (c), 4);
    ck_assert_str_eq (gsql_compiled_get_param_name (c, 0), "lo");
    ck_assert_str_eq (gsql_compiled_get_param_name (c, 1), "hi");
    ck_assert_ptr_null (gsql_compiled_get_param_name (c, 2));
    ck_assert_str_eq (gsql_compiled_get_param_name (c, 3), "skip");
  }
  for (guint k = 0; k < 3; k++)
    {
      static const struct { gint64 lo, hi; const char *skip; const char *want; } r[] = {
        { 100, 200, "bob", "erin;frank" },
        { 0, 1000, "nobody", "alice;bob;dave;erin;frank;grace" },
        { 250, 300, "alice", "dave" },
      };
      const char *names[] = { "skip", "hi", "lo" };
      GValue values[3] = { G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT };
      g_autoptr(GsqlResult) result = NULL;
      g_autofree char *got = NULL;

      gsql_test_value_string (&values[0], r[k].skip);
      gsql_test_value_int64 (&values[1], r[k].hi);
      gsql_test_value_int64 (&values[2], r[k].lo);
      result = run_impl (__LINE__, &db, by_range, names, values, 3);
      got = render_rows (__LINE__, result);
      ck_assert_str_eq (got, r[k].want);
      gsql_test_values_unset (values, 3);
    }

  /* A missing value is an error, not a NULL. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GsqlResult) result = gsql_connection_execute_statement (db.conn, by_id, NULL, NULL, 0, NULL, &error);

    ck_assert_ptr_null (result);
    gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
  }
  /* The connection is still fine. */
  {
    const char *names[] = { "eid" };
    GValue value = G_VALUE_INIT;
    g_autoptr(GsqlResult) r = NULL;
    g_autofree char *got = NULL;

    gsql_test_value_int64 (&value, 3);
    r = run_impl (__LINE__, &db, by_id, names, &value, 1);
    got = render_rows (__LINE__, r);
    ck_assert_str_eq (got, "carol");
    g_value_unset (&value);
  }
}
END_TEST

/* The compiled form is cached per statement: it must follow changes to the
 * statement, keep each statement's own values, and be per dialect. */
START_TEST (test_exec_statement_reuse)
{
  g_auto(Db) db = { 0 };

  db_open (&db, _i);

  /* Changed after it ran. */
  {
    g_autoptr(GsqlExpr) s = g_object_ref_sink (emp_names_where (&db, gsql_le (E ("id"), gsql_int (3))));

    expect_rows (&db, s, "alice;bob;carol");
    expect_rows (&db, s, "alice;bob;carol");
    gsql_select_where (s, gsql_ne (E ("name"), gsql_str ("bob")));
    expect_rows (&db, s, "alice;carol");
    gsql_select_limit (s, 1);
    expect_rows (&db, s, "alice");
    gsql_select_offset (s, 1);
    expect_rows (&db, s, "carol");
    gsql_select_add_column (s, E ("salary"));
    expect_rows (&db, s, "carol,200");
  }

  /* Statements of one shape with different values, run in turn. */
  {
    GsqlExpr *by_id[G_N_ELEMENTS (emp_rows)];

    for (guint k = 0; k < G_N_ELEMENTS (emp_rows); k++)
      by_id[k] = g_object_ref_sink (gsql_select_where (gsql_select (E ("name"), NULL),
                                                       gsql_eq (E ("id"), gsql_int (emp_rows[k].id))));
    for (guint round = 0; round < 2; round++)
      for (guint k = 0; k < G_N_ELEMENTS (emp_rows); k++)
        {
          guint j = round == 0 ? k : G_N_ELEMENTS (emp_rows) - 1 - k;
          expect_rows (&db, by_id[j], emp_rows[j].name);
        }
    for (guint k = 0; k < G_N_ELEMENTS (emp_rows); k++)
      g_object_unref (by_id[k]);

    for (guint k = 0; k < G_N_ELEMENTS (emp_rows); k++)
      expect_rows (&db, gsql_select_where (gsql_select (E ("id"), NULL), gsql_eq (E ("name"), gsql_str (emp_rows[k].name))),
                   k == 0 ? "1" : k == 1 ? "2" : k == 2 ? "3" : k == 3 ? "4" : k == 4 ? "5" : k == 5 ? "6" : "7");
    /* same shape, LIMIT/OFFSET values differ */
    for (int k = 0; k < 3; k++)
      {
        static const char * const want[] = { "alice", "bob", "carol" };
        expect_rows (&db, gsql_select_offset (gsql_select_limit (emp_names_where (&db, NULL), 1), k), want[k]);
      }
  }

  /* Compiled for every dialect first, then run on this one. */
  {
    g_autoptr(GsqlExpr) s = g_object_ref_sink (emp_names_where (&db, NULL));

    gsql_select_offset (gsql_select_limit (s, 2), 3);
    for (guint d = 0; d < N_DIALECTS; d++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(GsqlCompiled) c = gsql_expr_compile (s, dialect_names[d], &error);

        gsql_test_assert_no_error (error);
        ck_assert_str_eq (gsql_compiled_get_dialect (c), dialect_names[d]);
      }
    expect_rows (&db, s, "dave;erin");
    {
      g_autoptr(GsqlCompiled) c = gsql_expr_compile (s, "mysql", NULL);
      ck_assert_ptr_nonnull (strstr (gsql_compiled_get_sql (c), "LIMIT ?, ?"));
    }
    expect_rows (&db, s, "dave;erin");
  }
}
END_TEST

START_TEST (test_exec_for_update)
{
  g_auto(Db) db = { 0 };
  g_autoptr(GError) error = NULL;

  db_open (&db, _i);

  if (db.backend == GSQL_TEST_SQLITE)
    {
      expect_exec_error (&db, gsql_select_for_update (emp_names_where (&db, gsql_eq (E ("id"), gsql_int (1))), FALSE, FALSE),
                         GSQL_ERROR_NOT_SUPPORTED);
      return;
    }
  ck_assert (gsql_connection_begin (db.conn, &error));
  gsql_test_assert_no_error (error);
  expect_rows (&db, gsql_select_for_update (emp_names_where (&db, gsql_eq (E ("id"), gsql_int (1))), FALSE, FALSE), "alice");
  expect_rows (&db, gsql_select_for_update (emp_names_where (&db, gsql_eq (E ("id"), gsql_int (2))), TRUE, FALSE), "bob");
  expect_rows (&db, gsql_select_for_update (emp_names_where (&db, gsql_le (E ("id"), gsql_int (3))), FALSE, TRUE),
               "alice;bob;carol");
  ck_assert (gsql_connection_commit (db.conn, &error));
  gsql_test_assert_no_error (error);
}
END_TEST

int
main (int argc, char **argv)
{
  Suite *s;
  TCase *compile;
  TCase *exec;

  gsql_test_init (&argc, &argv);
  s = suite_create ("core/select");

  compile = gsql_test_tcase_new ("core/select/compile");
  tcase_add_checked_fixture (compile, schema_setup, schema_teardown);
  tcase_add_test (compile, test_compile_basic);
  tcase_add_test (compile, test_compile_display_literal);
  tcase_add_test (compile, test_compile_functions);
  tcase_add_test (compile, test_compile_operators);
  tcase_add_test (compile, test_compile_order_window);
  tcase_add_test (compile, test_compile_subqueries);
  tcase_add_test (compile, test_compile_joins);
  tcase_add_test (compile, test_compile_limit_lock);
  tcase_add_test (compile, test_compile_cte);
  tcase_add_test (compile, test_compile_compound);
  tcase_add_test (compile, test_compile_text_and_names);
  suite_add_tcase (s, compile);

  exec = gsql_test_tcase_new ("core/select");
  gsql_test_add_backend_test (exec, test_exec_basic, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (exec, test_exec_like, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (exec, test_exec_pages, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (exec, test_exec_subqueries, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (exec, test_exec_joins, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (exec, test_exec_window, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (exec, test_exec_recursive, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (exec, test_exec_compound, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (exec, test_exec_bindparams, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (exec, test_exec_statement_reuse, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (exec, test_exec_for_update, GSQL_TEST_ALL_BACKENDS, NULL);
  suite_add_tcase (s, exec);

  return gsql_test_run_suite (s);
}
