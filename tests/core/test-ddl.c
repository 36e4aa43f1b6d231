/* test-ddl.c: the DDL each dialect writes for tables, types and constraints
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * These tests need no database: they compare the exact text of CREATE,
 * DROP, ALTER and COMMENT statements for the four dialects.  Whether the
 * databases accept that text is tested where tables are created on them.
 */
#include "config.h"

#include <string.h>

#include "tests/gsql-test.h"

enum { SQLITE, POSTGRESQL, MYSQL, ANSI, N_DIALECTS };

static const char * const dialect_names[N_DIALECTS] = { "sqlite", "postgresql", "mysql", "ansi" };

/* NULL in an expected column: the dialect fails with INVALID_ARGUMENT. */
#define ERROR_EXPECTED NULL

#define assert_sql(dialect, got, want) \
  ck_assert_msg (g_strcmp0 ((got), (want)) == 0, "%s:\n--- got:\n%s\n--- expected:\n%s", \
                 (dialect), (got) != NULL ? (got) : "(null)", (want))

#define COLS(...) ((const char * const []) { __VA_ARGS__, NULL })

/* A column with every property at its default. */
static GsqlColumn *
plain_column (const char  *name,
              GsqlSqlType *type)
{
  return gsql_column_new_with_properties (name, type, 0, NULL, NULL);
}

static GsqlDialect *
dialect (guint d)
{
  GsqlDialect *self = gsql_dialect_get (dialect_names[d]);

  ck_assert_ptr_nonnull (self);
  return self;
}

static void
assert_create_table (GsqlTable         *table,
                     const char * const expected[N_DIALECTS])
{
  for (guint d = 0; d < N_DIALECTS; d++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *sql = gsql_dialect_compile_create_table (dialect (d), table, &error);

      if (expected[d] == ERROR_EXPECTED)
        {
          ck_assert_msg (sql == NULL, "%s: expected an error, got:\n%s", dialect_names[d], sql);
          gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
          printf ("#   %s: %s\n", dialect_names[d], error->message);
          continue;
        }
      gsql_test_assert_no_error (error);
      assert_sql (dialect_names[d], sql, expected[d]);
    }
}

static void
assert_strv (const char         *dialect_name,
             GStrv               got,
             const char * const *expected)
{
  g_autofree char *got_text = NULL;
  g_autofree char *expected_text = NULL;

  ck_assert_msg (got != NULL, "%s: no statements", dialect_name);
  got_text = g_strjoinv ("\n", got);
  expected_text = g_strjoinv ("\n", (char **) expected);
  ck_assert_msg (g_strv_equal ((const char * const *) got, expected),
                 "%s:\n--- got:\n%s\n--- expected:\n%s", dialect_name, got_text, expected_text);
}

static GsqlTable *
add_table (GsqlMetaData *md,
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

  table = gsql_metadata_add_table_full (md, NULL, name, (GsqlColumn **) columns->pdata,
                                        columns->len, &error);
  gsql_test_assert_no_error (error);
  ck_assert_ptr_nonnull (table);
  return table;
}

static void
add_constraint (GsqlTable      *table,
                GsqlConstraint *constraint)
{
  g_autoptr(GError) error = NULL;

  ck_assert (gsql_table_add_constraint (table, constraint, &error));
  gsql_test_assert_no_error (error);
}

static void
add_index (GsqlTable *table,
           GsqlIndex *index)
{
  g_autoptr(GError) error = NULL;

  ck_assert (gsql_table_add_index (table, index, &error));
  gsql_test_assert_no_error (error);
}

/* The index of @table called @name. */
static GsqlIndex *
find_index (GsqlTable  *table,
            const char *name)
{
  g_autoptr(GPtrArray) indexes = gsql_table_get_indexes (table);

  for (guint i = 0; indexes != NULL && i < indexes->len; i++)
    {
      GsqlIndex *index = g_ptr_array_index (indexes, i);

      if (g_strcmp0 (gsql_index_get_name (index), name) == 0)
        return index;
    }
  ck_abort_msg ("table %s has no index %s", gsql_table_get_name (table), name);
  return NULL;
}

/* The constraint of @table called @name. */
static GsqlConstraint *
find_constraint (GsqlTable  *table,
                 const char *name)
{
  g_autoptr(GPtrArray) constraints = gsql_table_get_constraints (table);

  for (guint i = 0; constraints != NULL && i < constraints->len; i++)
    {
      GsqlConstraint *constraint = g_ptr_array_index (constraints, i);

      if (g_strcmp0 (gsql_constraint_get_name (constraint), name) == 0)
        return constraint;
    }
  ck_abort_msg ("table %s has no constraint %s", gsql_table_get_name (table), name);
  return NULL;
}

/* --- dialects -------------------------------------------------------------- */

START_TEST (test_dialect_lookup)
{
  GsqlDialect *sqlite = gsql_dialect_get ("sqlite");
  GsqlDialect *pg = gsql_dialect_get ("postgresql");
  GsqlDialect *mysql = gsql_dialect_get ("mysql");
  GsqlDialect *ansi = gsql_dialect_get ("ansi");
  g_autofree char *name = NULL;

  ck_assert_ptr_nonnull (sqlite);
  ck_assert_ptr_nonnull (pg);
  ck_assert_ptr_nonnull (mysql);
  ck_assert_ptr_nonnull (ansi);

  /* One object per dialect; aliases find the same one. */
  ck_assert_ptr_eq (gsql_dialect_get ("sqlite"), sqlite);
  ck_assert_ptr_eq (gsql_dialect_get ("postgres"), pg);
  ck_assert_ptr_eq (gsql_dialect_get ("mariadb"), mysql);
  ck_assert_ptr_ne (sqlite, pg);
  ck_assert_ptr_null (gsql_dialect_get ("oracle"));
  ck_assert_ptr_null (gsql_dialect_get (""));

  ck_assert_str_eq (gsql_dialect_get_name (sqlite), "sqlite");
  ck_assert_str_eq (gsql_dialect_get_name (gsql_dialect_get ("postgres")), "postgresql");
  ck_assert_str_eq (gsql_dialect_get_name (gsql_dialect_get ("mariadb")), "mysql");
  ck_assert_str_eq (gsql_dialect_get_name (ansi), "ansi");
  g_object_get (pg, "name", &name, NULL);
  ck_assert_str_eq (name, "postgresql");

  ck_assert_uint_eq (gsql_dialect_get_max_identifier_length (sqlite), 0);
  ck_assert_uint_eq (gsql_dialect_get_max_identifier_length (pg), 63);
  ck_assert_uint_eq (gsql_dialect_get_max_identifier_length (mysql), 64);
  ck_assert_uint_eq (gsql_dialect_get_max_identifier_length (ansi), 0);

  ck_assert (!gsql_dialect_supports_alter_constraints (sqlite));
  ck_assert (gsql_dialect_supports_alter_constraints (pg));
  ck_assert (gsql_dialect_supports_alter_constraints (mysql));
  ck_assert (gsql_dialect_supports_alter_constraints (ansi));
}
END_TEST

static gpointer
get_dialect_thread (gpointer data)
{
  return gsql_dialect_get (data);
}

START_TEST (test_dialect_lookup_threads)
{
  GThread *threads[8];
  gpointer results[8];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("dialect", get_dialect_thread, (gpointer) (i % 2 ? "mariadb" : "mysql"));
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    results[i] = g_thread_join (threads[i]);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    ck_assert_ptr_eq (results[i], gsql_dialect_get ("mysql"));
}
END_TEST

/* --- identifiers ----------------------------------------------------------- */

START_TEST (test_requires_quotes)
{
  static const char * const always[] = {
    "order", "select", "from", "user", "group", "table", "limit", "offset",
    "desc", "check", "default", "references", "primary", "foreign", "unique",
    "column", "where", "to", "end", "all", "and", "or", "not", "null", "in",
    "is", "as", "on", "by", "having", "union",
    "ORDER", "Select",                /* reserved whatever the case */
    "From", "userName", "ID",         /* uppercase letters */
    "user id", "a-b", "a.b", "café", "we\"ird", "back`tick",
    "1st", "$x", "",
  };
  static const char * const never[] = {
    "user_account", "id", "name", "x1", "a$b", "_private", "orders", "users",
  };

  for (guint d = 0; d < N_DIALECTS; d++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (always); i++)
        ck_assert_msg (gsql_dialect_requires_quotes (dialect (d), always[i]),
                       "%s: “%s” should be quoted", dialect_names[d], always[i]);
      for (guint i = 0; i < G_N_ELEMENTS (never); i++)
        ck_assert_msg (!gsql_dialect_requires_quotes (dialect (d), never[i]),
                       "%s: “%s” should not be quoted", dialect_names[d], never[i]);
    }

  /* Words reserved by one dialect only. */
  ck_assert (gsql_dialect_requires_quotes (dialect (MYSQL), "key"));
  ck_assert (gsql_dialect_requires_quotes (dialect (MYSQL), "index"));
  ck_assert (gsql_dialect_requires_quotes (dialect (MYSQL), "rank"));
  ck_assert (gsql_dialect_requires_quotes (dialect (SQLITE), "index"));
  ck_assert (gsql_dialect_requires_quotes (dialect (SQLITE), "pragma"));
  ck_assert (gsql_dialect_requires_quotes (dialect (POSTGRESQL), "ilike"));
  ck_assert (gsql_dialect_requires_quotes (dialect (POSTGRESQL), "analyse"));
  ck_assert (!gsql_dialect_requires_quotes (dialect (POSTGRESQL), "key"));
  ck_assert (!gsql_dialect_requires_quotes (dialect (POSTGRESQL), "rank"));
  ck_assert (!gsql_dialect_requires_quotes (dialect (SQLITE), "ilike"));
  ck_assert (!gsql_dialect_requires_quotes (dialect (MYSQL), "ilike"));
}
END_TEST

START_TEST (test_quote_identifier)
{
  static const struct {
    const char *identifier;
    const char *expected[N_DIALECTS];
  } cases[] = {
    { "user_account", { "user_account", "user_account", "user_account", "user_account" } },
    { "order", { "\"order\"", "\"order\"", "`order`", "\"order\"" } },
    { "From", { "\"From\"", "\"From\"", "`From`", "\"From\"" } },
    { "user id", { "\"user id\"", "\"user id\"", "`user id`", "\"user id\"" } },
    { "say \"hi\"", { "\"say \"\"hi\"\"\"", "\"say \"\"hi\"\"\"", "`say \"hi\"`", "\"say \"\"hi\"\"\"" } },
    { "a`b", { "\"a`b\"", "\"a`b\"", "`a``b`", "\"a`b\"" } },
    { "``", { "\"``\"", "\"``\"", "``````", "\"``\"" } },
    { "key", { "\"key\"", "key", "`key`", "\"key\"" } },
    { "1st", { "\"1st\"", "\"1st\"", "`1st`", "\"1st\"" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint d = 0; d < N_DIALECTS; d++)
      {
        g_autofree char *quoted = gsql_dialect_quote_identifier (dialect (d), cases[i].identifier);

        assert_sql (dialect_names[d], quoted, cases[i].expected[d]);
      }
}
END_TEST

START_TEST (test_quote_string)
{
  static const struct {
    const char *value;
    const char *expected[N_DIALECTS];
  } cases[] = {
    { "plain", { "'plain'", "'plain'", "'plain'", "'plain'" } },
    { "", { "''", "''", "''", "''" } },
    { "it's", { "'it''s'", "'it''s'", "'it''s'", "'it''s'" } },
    { "''", { "''''''", "''''''", "''''''", "''''''" } },
    /* PostgreSQL: an E'' string, the same whatever standard_conforming_strings */
    { "C:\\dir\\", { "'C:\\dir\\'", "E'C:\\\\dir\\\\'", "'C:\\\\dir\\\\'", "'C:\\dir\\'" } },
    { "\\'; DROP TABLE x; --", { "'\\''; DROP TABLE x; --'", "E'\\\\''; DROP TABLE x; --'",
                                 "'\\\\''; DROP TABLE x; --'", "'\\''; DROP TABLE x; --'" } },
    { "\"double\" `back`", { "'\"double\" `back`'", "'\"double\" `back`'",
                             "'\"double\" `back`'", "'\"double\" `back`'" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint d = 0; d < N_DIALECTS; d++)
      {
        g_autofree char *quoted = gsql_dialect_quote_string (dialect (d), cases[i].value);

        assert_sql (dialect_names[d], quoted, cases[i].expected[d]);
      }
}
END_TEST

START_TEST (test_check_identifier)
{
  g_autofree char *len63 = g_strnfill (63, 'a');
  g_autofree char *len64 = g_strnfill (64, 'a');
  g_autofree char *len65 = g_strnfill (65, 'a');
  g_autofree char *len1000 = g_strnfill (1000, 'a');
  GString *accented = g_string_new (NULL);
  g_autofree char *chars40 = NULL;    /* 40 characters, 80 bytes */

  for (guint i = 0; i < 40; i++)
    g_string_append (accented, "é");
  chars40 = g_string_free (accented, FALSE);

  for (guint d = 0; d < N_DIALECTS; d++)
    {
      g_autoptr(GError) error = NULL;

      ck_assert (!gsql_dialect_check_identifier (dialect (d), "", &error));
      gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);

      ck_assert (!gsql_dialect_check_identifier (dialect (d), NULL, &error));
      gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);

      ck_assert (!gsql_dialect_check_identifier (dialect (d), "bad\xff", &error));
      gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
      ck_assert (g_utf8_validate (error->message, -1, NULL));
      g_clear_error (&error);

      ck_assert (gsql_dialect_check_identifier (dialect (d), "user_account", &error));
      ck_assert (gsql_dialect_check_identifier (dialect (d), "user id", &error));
      ck_assert (gsql_dialect_check_identifier (dialect (d), len63, &error));
      gsql_test_assert_no_error (error);
    }

  /* PostgreSQL: 63 bytes. */
  {
    g_autoptr(GError) error = NULL;

    ck_assert (!gsql_dialect_check_identifier (dialect (POSTGRESQL), len64, &error));
    gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
    printf ("#   postgresql: %s\n", error->message);
    ck_assert_msg (strstr (error->message, len64) != NULL, "the message does not name the identifier: %s",
                   error->message);
    g_clear_error (&error);
    ck_assert (!gsql_dialect_check_identifier (dialect (POSTGRESQL), chars40, &error));
    gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
  }

  /* MySQL: 64 characters. */
  {
    g_autoptr(GError) error = NULL;

    ck_assert (gsql_dialect_check_identifier (dialect (MYSQL), len64, &error));
    ck_assert (gsql_dialect_check_identifier (dialect (MYSQL), chars40, &error));
    gsql_test_assert_no_error (error);
    ck_assert (!gsql_dialect_check_identifier (dialect (MYSQL), len65, &error));
    gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
    printf ("#   mysql: %s\n", error->message);
    ck_assert_msg (strstr (error->message, len65) != NULL, "the message does not name the identifier: %s",
                   error->message);
  }

  /* SQLite and ANSI: no limit. */
  {
    g_autoptr(GError) error = NULL;

    ck_assert (gsql_dialect_check_identifier (dialect (SQLITE), len1000, &error));
    ck_assert (gsql_dialect_check_identifier (dialect (ANSI), len1000, &error));
    ck_assert (gsql_dialect_check_identifier (dialect (SQLITE), chars40, &error));
    gsql_test_assert_no_error (error);
  }
}
END_TEST

START_TEST (test_identifier_errors_in_ddl)
{
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  g_autofree char *len64 = g_strnfill (64, 'c');
  g_autofree char *len65 = g_strnfill (65, 't');
  g_autofree char *ix64 = g_strnfill (64, 'i');
  g_autofree char *sqlite_sql = NULL;
  g_autofree char *mysql_sql = NULL;
  GsqlTable *long_column, *long_table, *long_index, *long_constraint;

  long_column = add_table (md, "long_column",
                           gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                           plain_column (len64, gsql_sql_type_integer_new ()),
                           NULL);
  sqlite_sql = g_strdup_printf ("CREATE TABLE long_column (\n"
                                "\tid INTEGER NOT NULL,\n"
                                "\t%s INTEGER,\n"
                                "\tPRIMARY KEY (id)\n"
                                ")", len64);
  mysql_sql = g_strdup_printf ("CREATE TABLE long_column (\n"
                               "\tid INTEGER NOT NULL AUTO_INCREMENT,\n"
                               "\t%s INTEGER,\n"
                               "\tPRIMARY KEY (id)\n"
                               ")", len64);
  assert_create_table (long_column, (const char * const []) {
    [SQLITE] = sqlite_sql,
    [POSTGRESQL] = ERROR_EXPECTED,
    [MYSQL] = mysql_sql,
    [ANSI] = sqlite_sql,
  });

  long_table = add_table (md, len65,
                          gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                          NULL);
  for (guint d = POSTGRESQL; d <= MYSQL; d++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *create = gsql_dialect_compile_create_table (dialect (d), long_table, &error);
      g_autofree char *drop = NULL;

      ck_assert_ptr_null (create);
      gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);
      drop = gsql_dialect_compile_drop_table (dialect (d), long_table, TRUE, &error);
      ck_assert_ptr_null (drop);
      gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
    }

  /* A name that is too long fails CREATE TABLE even when it belongs to an
   * index or a constraint, so that create_all fails before it starts. */
  long_index = add_table (md, "long_index",
                          gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                          plain_column ("x", gsql_sql_type_integer_new ()),
                          NULL);
  add_index (long_index, gsql_index_new (ix64, FALSE, COLS ("x")));
  long_constraint = add_table (md, "long_constraint",
                               gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                               plain_column ("x", gsql_sql_type_integer_new ()),
                               NULL);
  add_constraint (long_constraint, gsql_constraint_new_check (ix64, "x > 0"));
  for (guint d = 0; d < N_DIALECTS; d++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *a = gsql_dialect_compile_create_table (dialect (d), long_index, &error);
      g_autofree char *b = NULL;
      g_autofree char *c = NULL;

      if (d == POSTGRESQL)
        {
          ck_assert_ptr_null (a);
          gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
          g_clear_error (&error);
          b = gsql_dialect_compile_create_table (dialect (d), long_constraint, &error);
          ck_assert_ptr_null (b);
          gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
          g_clear_error (&error);
          c = gsql_dialect_compile_create_index (dialect (d), find_index (long_index, ix64), &error);
          ck_assert_ptr_null (c);
          gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
        }
      else
        {
          gsql_test_assert_no_error (error);
          ck_assert_ptr_nonnull (a);
          b = gsql_dialect_compile_create_table (dialect (d), long_constraint, &error);
          gsql_test_assert_no_error (error);
          ck_assert_ptr_nonnull (b);
        }
    }
}
END_TEST

/* --- types ----------------------------------------------------------------- */

START_TEST (test_types)
{
  struct {
    const char *what;
    GsqlSqlType *type;
    const char *expected[N_DIALECTS];
  } cases[] = {
    { "integer", gsql_sql_type_integer_new (),
      { "INTEGER", "INTEGER", "INTEGER", "INTEGER" } },
    { "small integer", gsql_sql_type_small_integer_new (),
      { "SMALLINT", "SMALLINT", "SMALLINT", "SMALLINT" } },
    { "big integer", gsql_sql_type_big_integer_new (),
      { "BIGINT", "BIGINT", "BIGINT", "BIGINT" } },
    { "float(24)", gsql_sql_type_float_new (24),
      { "FLOAT", "FLOAT(24)", "FLOAT(24)", "FLOAT(24)" } },
    { "float", gsql_sql_type_float_new (0),
      { "FLOAT", "FLOAT", "FLOAT", "FLOAT" } },
    { "double", gsql_sql_type_double_new (),
      { "DOUBLE", "DOUBLE PRECISION", "DOUBLE", "DOUBLE PRECISION" } },
    { "numeric(10, 2)", gsql_sql_type_numeric_new (10, 2),
      { "NUMERIC(10, 2)", "NUMERIC(10, 2)", "NUMERIC(10, 2)", "NUMERIC(10, 2)" } },
    { "numeric(38, 0)", gsql_sql_type_numeric_new (38, 0),
      { "NUMERIC(38, 0)", "NUMERIC(38, 0)", "NUMERIC(38, 0)", "NUMERIC(38, 0)" } },
    { "numeric", gsql_sql_type_numeric_new (0, 0),
      { "NUMERIC", "NUMERIC", "NUMERIC", "NUMERIC" } },
    { "string(30)", gsql_sql_type_string_new (30),
      { "VARCHAR(30)", "VARCHAR(30)", "VARCHAR(30)", "VARCHAR(30)" } },
    { "string", gsql_sql_type_string_new (0),
      { "VARCHAR", "VARCHAR", ERROR_EXPECTED, "VARCHAR" } },
    { "text", gsql_sql_type_text_new (),
      { "TEXT", "TEXT", "LONGTEXT", "CLOB" } },
    { "unicode text", gsql_sql_type_unicode_text_new (),
      { "TEXT", "TEXT", "LONGTEXT", "CLOB" } },
    { "boolean", gsql_sql_type_boolean_new (),
      { "BOOLEAN", "BOOLEAN", "BOOL", "BOOLEAN" } },
    { "date", gsql_sql_type_date_new (),
      { "DATE", "DATE", "DATE", "DATE" } },
    { "time", gsql_sql_type_time_new (),
      { "TIME", "TIME WITHOUT TIME ZONE", "TIME(6)", "TIME" } },
    { "date time", gsql_sql_type_date_time_new (FALSE),
      { "DATETIME", "TIMESTAMP WITHOUT TIME ZONE", "DATETIME(6)", "TIMESTAMP" } },
    { "date time with time zone", gsql_sql_type_date_time_new (TRUE),
      { "DATETIME", "TIMESTAMP WITH TIME ZONE", "DATETIME(6)", "TIMESTAMP WITH TIME ZONE" } },
    { "interval", gsql_sql_type_interval_new (),
      { "BIGINT", "INTERVAL", "BIGINT", "INTERVAL" } },
    { "large binary", gsql_sql_type_large_binary_new (),
      { "BLOB", "BYTEA", "LONGBLOB", "BLOB" } },
    { "uuid", gsql_sql_type_uuid_new (),
      { "CHAR(32)", "UUID", "CHAR(32)", "CHAR(32)" } },
    { "json", gsql_sql_type_json_new (),
      { "JSON", "JSONB", "JSON", "CLOB" } },
    { "enum", gsql_sql_type_enum_new ("mood", "sad", "ok", "happy", NULL),
      { "VARCHAR(5)", "mood", "ENUM('sad', 'ok', 'happy')", "VARCHAR(5)" } },
    { "enum with a name to quote", gsql_sql_type_enum_new ("Mood", "a", "bb", NULL),
      { "VARCHAR(2)", "\"Mood\"", "ENUM('a', 'bb')", "VARCHAR(2)" } },
    { "enum without a name", gsql_sql_type_enum_new (NULL, "low", "high", NULL),
      { "VARCHAR(4)", ERROR_EXPECTED, "ENUM('low', 'high')", "VARCHAR(4)" } },
    /* Lengths in characters; values quoted as literals. */
    { "enum with values to quote", gsql_sql_type_enum_new ("q", "it's", "a\\b", "été", NULL),
      { "VARCHAR(4)", "q", "ENUM('it''s', 'a\\\\b', 'été')", "VARCHAR(4)" } },
    { "opaque", gsql_sql_type_opaque_new ("CITEXT"),
      { "CITEXT", "CITEXT", "CITEXT", "CITEXT" } },
    { "variant", gsql_sql_type_with_variant (gsql_sql_type_string_new (30), "mysql",
                                             gsql_sql_type_text_new ()),
      { "VARCHAR(30)", "VARCHAR(30)", "LONGTEXT", "VARCHAR(30)" } },
    { "variant by alias", gsql_sql_type_with_variant (gsql_sql_type_json_new (), "postgres",
                                                      gsql_sql_type_opaque_new ("JSON")),
      { "JSON", "JSON", "JSON", "CLOB" } },
    { "custom type", gsql_sql_type_new_custom (gsql_sql_type_numeric_new (12, 4), G_TYPE_STRING,
                                               NULL, NULL, NULL, NULL),
      { "NUMERIC(12, 4)", "NUMERIC(12, 4)", "NUMERIC(12, 4)", "NUMERIC(12, 4)" } },
    { "custom type over a variant",
      gsql_sql_type_new_custom (gsql_sql_type_with_variant (gsql_sql_type_uuid_new (), "sqlite",
                                                            gsql_sql_type_large_binary_new ()),
                                G_TYPE_STRING, NULL, NULL, NULL, NULL),
      { "BLOB", "UUID", "CHAR(32)", "CHAR(32)" } },
    { "variant of a custom type",
      gsql_sql_type_with_variant (gsql_sql_type_new_custom (gsql_sql_type_big_integer_new (), G_TYPE_INT64,
                                                            NULL, NULL, NULL, NULL),
                                  "postgresql", gsql_sql_type_interval_new ()),
      { "BIGINT", "INTERVAL", "BIGINT", "BIGINT" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GsqlSqlType) type = g_object_ref_sink (cases[i].type);

      for (guint d = 0; d < N_DIALECTS; d++)
        {
          g_autoptr(GError) error = NULL;
          g_autofree char *sql = gsql_dialect_compile_type (dialect (d), type, &error);
          g_autofree char *via_type = NULL;
          g_autofree char *label = g_strdup_printf ("%s, %s", cases[i].what, dialect_names[d]);

          if (cases[i].expected[d] == ERROR_EXPECTED)
            {
              ck_assert_msg (sql == NULL, "%s: expected an error, got %s", label, sql);
              gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
              printf ("#   %s: %s\n", label, error->message);
              continue;
            }
          gsql_test_assert_no_error (error);
          assert_sql (label, sql, cases[i].expected[d]);

          /* The type's own entry point says the same. */
          via_type = gsql_sql_type_compile (type, dialect_names[d], &error);
          gsql_test_assert_no_error (error);
          assert_sql (label, via_type, cases[i].expected[d]);
        }
    }
}
END_TEST

/* --- tables ---------------------------------------------------------------- */

START_TEST (test_create_table)
{
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  GsqlTable *users;

  users = add_table (md, "user_account",
                     gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                     gsql_column_new ("name", gsql_sql_type_string_new (30), "nullable", FALSE, NULL),
                     plain_column ("fullname", gsql_sql_type_text_new ()),
                     gsql_column_new ("status", gsql_sql_type_small_integer_new (),
                                      "nullable", FALSE, "server-default", "0", NULL),
                     gsql_column_new ("created", gsql_sql_type_date_time_new (TRUE),
                                      "server-default", "CURRENT_TIMESTAMP", NULL),
                     NULL);

  assert_create_table (users, (const char * const []) {
    [SQLITE] =
      "CREATE TABLE user_account (\n"
      "\tid INTEGER NOT NULL,\n"
      "\tname VARCHAR(30) NOT NULL,\n"
      "\tfullname TEXT,\n"
      "\tstatus SMALLINT NOT NULL DEFAULT 0,\n"
      "\tcreated DATETIME DEFAULT CURRENT_TIMESTAMP,\n"
      "\tPRIMARY KEY (id)\n"
      ")",
    [POSTGRESQL] =
      "CREATE TABLE user_account (\n"
      "\tid INTEGER GENERATED BY DEFAULT AS IDENTITY NOT NULL,\n"
      "\tname VARCHAR(30) NOT NULL,\n"
      "\tfullname TEXT,\n"
      "\tstatus SMALLINT NOT NULL DEFAULT 0,\n"
      "\tcreated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,\n"
      "\tPRIMARY KEY (id)\n"
      ")",
    [MYSQL] =
      "CREATE TABLE user_account (\n"
      "\tid INTEGER NOT NULL AUTO_INCREMENT,\n"
      "\tname VARCHAR(30) NOT NULL,\n"
      "\tfullname LONGTEXT,\n"
      "\tstatus SMALLINT NOT NULL DEFAULT 0,\n"
      "\tcreated DATETIME(6) DEFAULT CURRENT_TIMESTAMP,\n"
      "\tPRIMARY KEY (id)\n"
      ")",
    [ANSI] =
      "CREATE TABLE user_account (\n"
      "\tid INTEGER NOT NULL,\n"
      "\tname VARCHAR(30) NOT NULL,\n"
      "\tfullname CLOB,\n"
      "\tstatus SMALLINT NOT NULL DEFAULT 0,\n"
      "\tcreated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,\n"
      "\tPRIMARY KEY (id)\n"
      ")",
  });

  for (guint d = 0; d < N_DIALECTS; d++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *drop = gsql_dialect_compile_drop_table (dialect (d), users, FALSE, &error);
      g_autofree char *drop_if = NULL;
      g_autofree char *formatted = gsql_dialect_format_table (dialect (d), users);

      gsql_test_assert_no_error (error);
      assert_sql (dialect_names[d], drop, "DROP TABLE user_account");
      drop_if = gsql_dialect_compile_drop_table (dialect (d), users, TRUE, &error);
      gsql_test_assert_no_error (error);
      assert_sql (dialect_names[d], drop_if, "DROP TABLE IF EXISTS user_account");
      assert_sql (dialect_names[d], formatted, "user_account");
    }
}
END_TEST

/* The autoincrement column: SQLite's rowid needs exactly INTEGER; no
 * generated column where there is none. */
START_TEST (test_autoincrement)
{
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  GsqlTable *event, *manual, *line, *always;

  event = add_table (md, "event",
                     gsql_column_new ("id", gsql_sql_type_big_integer_new (), "primary-key", TRUE, NULL),
                     gsql_column_new ("at", gsql_sql_type_date_time_new (FALSE), "nullable", FALSE, NULL),
                     NULL);
  assert_create_table (event, (const char * const []) {
    [SQLITE] =
      "CREATE TABLE event (\n"
      "\tid INTEGER NOT NULL,\n"
      "\tat DATETIME NOT NULL,\n"
      "\tPRIMARY KEY (id)\n"
      ")",
    [POSTGRESQL] =
      "CREATE TABLE event (\n"
      "\tid BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,\n"
      "\tat TIMESTAMP WITHOUT TIME ZONE NOT NULL,\n"
      "\tPRIMARY KEY (id)\n"
      ")",
    [MYSQL] =
      "CREATE TABLE event (\n"
      "\tid BIGINT NOT NULL AUTO_INCREMENT,\n"
      "\tat DATETIME(6) NOT NULL,\n"
      "\tPRIMARY KEY (id)\n"
      ")",
    [ANSI] =
      "CREATE TABLE event (\n"
      "\tid BIGINT NOT NULL,\n"
      "\t\"at\" TIMESTAMP NOT NULL,\n"
      "\tPRIMARY KEY (id)\n"
      ")",
  });

  manual = add_table (md, "manual",
                      gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE,
                                       "autoincrement", GSQL_AUTOINCREMENT_NEVER, NULL),
                      NULL);
  ck_assert_ptr_null (gsql_table_get_autoincrement_column (manual));
  assert_create_table (manual, (const char * const []) {
    [SQLITE] = "CREATE TABLE manual (\n\tid INTEGER NOT NULL,\n\tPRIMARY KEY (id)\n)",
    [POSTGRESQL] = "CREATE TABLE manual (\n\tid INTEGER NOT NULL,\n\tPRIMARY KEY (id)\n)",
    [MYSQL] = "CREATE TABLE manual (\n\tid INTEGER NOT NULL,\n\tPRIMARY KEY (id)\n)",
    [ANSI] = "CREATE TABLE manual (\n\tid INTEGER NOT NULL,\n\tPRIMARY KEY (id)\n)",
  });

  /* A composite primary key generates nothing, and a SMALLINT in it stays
   * a SMALLINT on SQLite. */
  line = add_table (md, "order_line",
                    gsql_column_new ("order_id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                    gsql_column_new ("line_no", gsql_sql_type_small_integer_new (), "primary-key", TRUE, NULL),
                    plain_column ("qty", gsql_sql_type_integer_new ()),
                    NULL);
  ck_assert_ptr_null (gsql_table_get_autoincrement_column (line));
  assert_create_table (line, (const char * const []) {
    [SQLITE] =
      "CREATE TABLE order_line (\n"
      "\torder_id INTEGER NOT NULL,\n"
      "\tline_no SMALLINT NOT NULL,\n"
      "\tqty INTEGER,\n"
      "\tPRIMARY KEY (order_id, line_no)\n"
      ")",
    [POSTGRESQL] =
      "CREATE TABLE order_line (\n"
      "\torder_id INTEGER NOT NULL,\n"
      "\tline_no SMALLINT NOT NULL,\n"
      "\tqty INTEGER,\n"
      "\tPRIMARY KEY (order_id, line_no)\n"
      ")",
    [MYSQL] =
      "CREATE TABLE order_line (\n"
      "\torder_id INTEGER NOT NULL,\n"
      "\tline_no SMALLINT NOT NULL,\n"
      "\tqty INTEGER,\n"
      "\tPRIMARY KEY (order_id, line_no)\n"
      ")",
    [ANSI] =
      "CREATE TABLE order_line (\n"
      "\torder_id INTEGER NOT NULL,\n"
      "\tline_no SMALLINT NOT NULL,\n"
      "\tqty INTEGER,\n"
      "\tPRIMARY KEY (order_id, line_no)\n"
      ")",
  });

  /* ALWAYS on a SMALLINT key: SQLite can only generate it as its rowid. */
  always = add_table (md, "tiny",
                      gsql_column_new ("id", gsql_sql_type_small_integer_new (), "primary-key", TRUE,
                                       "autoincrement", GSQL_AUTOINCREMENT_ALWAYS, NULL),
                      plain_column ("label", gsql_sql_type_string_new (10)),
                      NULL);
  assert_create_table (always, (const char * const []) {
    [SQLITE] = "CREATE TABLE tiny (\n\tid INTEGER NOT NULL,\n\tlabel VARCHAR(10),\n\tPRIMARY KEY (id)\n)",
    [POSTGRESQL] = "CREATE TABLE tiny (\n\tid SMALLINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,\n"
                   "\tlabel VARCHAR(10),\n\tPRIMARY KEY (id)\n)",
    [MYSQL] = "CREATE TABLE tiny (\n\tid SMALLINT NOT NULL AUTO_INCREMENT,\n"
              "\tlabel VARCHAR(10),\n\tPRIMARY KEY (id)\n)",
    [ANSI] = "CREATE TABLE tiny (\n\tid SMALLINT NOT NULL,\n\tlabel VARCHAR(10),\n\tPRIMARY KEY (id)\n)",
  });
}
END_TEST

START_TEST (test_constraints)
{
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  GsqlTable *parent, *child;
  GsqlConstraint *fk;

  parent = add_table (md, "parent",
                      gsql_column_new ("a", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                      gsql_column_new ("b", gsql_sql_type_string_new (10), "primary-key", TRUE, NULL),
                      NULL);
  assert_create_table (parent, (const char * const []) {
    [SQLITE] = "CREATE TABLE parent (\n\ta INTEGER NOT NULL,\n\tb VARCHAR(10) NOT NULL,\n\tPRIMARY KEY (a, b)\n)",
    [POSTGRESQL] = "CREATE TABLE parent (\n\ta INTEGER NOT NULL,\n\tb VARCHAR(10) NOT NULL,\n\tPRIMARY KEY (a, b)\n)",
    [MYSQL] = "CREATE TABLE parent (\n\ta INTEGER NOT NULL,\n\tb VARCHAR(10) NOT NULL,\n\tPRIMARY KEY (a, b)\n)",
    [ANSI] = "CREATE TABLE parent (\n\ta INTEGER NOT NULL,\n\tb VARCHAR(10) NOT NULL,\n\tPRIMARY KEY (a, b)\n)",
  });

  child = add_table (md, "child",
                     gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                     plain_column ("pa", gsql_sql_type_integer_new ()),
                     plain_column ("pb", gsql_sql_type_string_new (10)),
                     gsql_column_new ("email", gsql_sql_type_string_new (100), "unique", TRUE, NULL),
                     plain_column ("code", gsql_sql_type_string_new (8)),
                     plain_column ("qty", gsql_sql_type_integer_new ()),
                     NULL);
  fk = gsql_constraint_new_foreign_key ("fk_child_parent", COLS ("pa", "pb"), "parent", COLS ("a", "b"));
  gsql_constraint_set_on_delete (fk, GSQL_REFERENTIAL_ACTION_CASCADE);
  gsql_constraint_set_on_update (fk, GSQL_REFERENTIAL_ACTION_SET_NULL);
  gsql_constraint_set_deferrable (fk, TRUE, TRUE);
  add_constraint (child, fk);
  add_constraint (child, gsql_constraint_new_unique ("uq_child_code", COLS ("code", "pa")));
  add_constraint (child, gsql_constraint_new_check ("ck_child_qty", "qty > 0"));
  add_constraint (child, gsql_constraint_new_check (NULL, "qty < 1000"));

  assert_create_table (child, (const char * const []) {
    [SQLITE] =
      "CREATE TABLE child (\n"
      "\tid INTEGER NOT NULL,\n"
      "\tpa INTEGER,\n"
      "\tpb VARCHAR(10),\n"
      "\temail VARCHAR(100),\n"
      "\tcode VARCHAR(8),\n"
      "\tqty INTEGER,\n"
      "\tPRIMARY KEY (id),\n"
      "\tUNIQUE (email),\n"
      "\tCONSTRAINT fk_child_parent FOREIGN KEY(pa, pb) REFERENCES parent (a, b) ON DELETE CASCADE ON UPDATE SET NULL,\n"
      "\tCONSTRAINT uq_child_code UNIQUE (code, pa),\n"
      "\tCONSTRAINT ck_child_qty CHECK (qty > 0),\n"
      "\tCHECK (qty < 1000)\n"
      ")",
    [POSTGRESQL] =
      "CREATE TABLE child (\n"
      "\tid INTEGER GENERATED BY DEFAULT AS IDENTITY NOT NULL,\n"
      "\tpa INTEGER,\n"
      "\tpb VARCHAR(10),\n"
      "\temail VARCHAR(100),\n"
      "\tcode VARCHAR(8),\n"
      "\tqty INTEGER,\n"
      "\tPRIMARY KEY (id),\n"
      "\tUNIQUE (email),\n"
      "\tCONSTRAINT fk_child_parent FOREIGN KEY(pa, pb) REFERENCES parent (a, b) ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,\n"
      "\tCONSTRAINT uq_child_code UNIQUE (code, pa),\n"
      "\tCONSTRAINT ck_child_qty CHECK (qty > 0),\n"
      "\tCHECK (qty < 1000)\n"
      ")",
    [MYSQL] =
      "CREATE TABLE child (\n"
      "\tid INTEGER NOT NULL AUTO_INCREMENT,\n"
      "\tpa INTEGER,\n"
      "\tpb VARCHAR(10),\n"
      "\temail VARCHAR(100),\n"
      "\tcode VARCHAR(8),\n"
      "\tqty INTEGER,\n"
      "\tPRIMARY KEY (id),\n"
      "\tUNIQUE (email),\n"
      "\tCONSTRAINT fk_child_parent FOREIGN KEY(pa, pb) REFERENCES parent (a, b) ON DELETE CASCADE ON UPDATE SET NULL,\n"
      "\tCONSTRAINT uq_child_code UNIQUE (code, pa),\n"
      "\tCONSTRAINT ck_child_qty CHECK (qty > 0),\n"
      "\tCHECK (qty < 1000)\n"
      ")",
    [ANSI] =
      "CREATE TABLE child (\n"
      "\tid INTEGER NOT NULL,\n"
      "\tpa INTEGER,\n"
      "\tpb VARCHAR(10),\n"
      "\temail VARCHAR(100),\n"
      "\tcode VARCHAR(8),\n"
      "\tqty INTEGER,\n"
      "\tPRIMARY KEY (id),\n"
      "\tUNIQUE (email),\n"
      "\tCONSTRAINT fk_child_parent FOREIGN KEY(pa, pb) REFERENCES parent (a, b) ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,\n"
      "\tCONSTRAINT uq_child_code UNIQUE (code, pa),\n"
      "\tCONSTRAINT ck_child_qty CHECK (qty > 0),\n"
      "\tCHECK (qty < 1000)\n"
      ")",
  });

  /* Every referential action, and DEFERRABLE without INITIALLY DEFERRED. */
  {
    static const struct {
      GsqlReferentialAction action;
      const char *sql;
    } actions[] = {
      { GSQL_REFERENTIAL_ACTION_NO_ACTION, "NO ACTION" },
      { GSQL_REFERENTIAL_ACTION_RESTRICT, "RESTRICT" },
      { GSQL_REFERENTIAL_ACTION_CASCADE, "CASCADE" },
      { GSQL_REFERENTIAL_ACTION_SET_NULL, "SET NULL" },
      { GSQL_REFERENTIAL_ACTION_SET_DEFAULT, "SET DEFAULT" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
      {
        g_autofree char *name = g_strdup_printf ("action_%u", i);
        g_autofree char *fk_name = g_strdup_printf ("fk_action_%u", i);
        GsqlTable *t = add_table (md, name,
                                  gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE,
                                                   "autoincrement", GSQL_AUTOINCREMENT_NEVER, NULL),
                                  plain_column ("pa", gsql_sql_type_integer_new ()),
                                  plain_column ("pb", gsql_sql_type_string_new (10)),
                                  NULL);
        GsqlConstraint *c = gsql_constraint_new_foreign_key (fk_name, COLS ("pa", "pb"), "parent",
                                                             COLS ("a", "b"));
        g_autofree char *fk_sql = g_strdup_printf ("CONSTRAINT %s FOREIGN KEY(pa, pb) REFERENCES parent (a, b) "
                                                   "ON DELETE %s ON UPDATE %s", fk_name,
                                                   actions[i].sql, actions[i].sql);
        g_autofree char *plain = g_strdup_printf ("CREATE TABLE %s (\n\tid INTEGER NOT NULL,\n\tpa INTEGER,\n"
                                                  "\tpb VARCHAR(10),\n\tPRIMARY KEY (id),\n\t%s\n)",
                                                  name, fk_sql);
        g_autofree char *deferrable = g_strdup_printf ("CREATE TABLE %s (\n\tid INTEGER NOT NULL,\n\tpa INTEGER,\n"
                                                       "\tpb VARCHAR(10),\n\tPRIMARY KEY (id),\n\t%s DEFERRABLE\n)",
                                                       name, fk_sql);

        gsql_constraint_set_on_delete (c, actions[i].action);
        gsql_constraint_set_on_update (c, actions[i].action);
        gsql_constraint_set_deferrable (c, TRUE, FALSE);
        add_constraint (t, c);
        assert_create_table (t, (const char * const []) {
          [SQLITE] = plain, [POSTGRESQL] = deferrable, [MYSQL] = plain, [ANSI] = deferrable,
        });
      }
  }
}
END_TEST

/* The "foreign-key" column shortcut, and a foreign key to a table of
 * another schema. */
START_TEST (test_foreign_key_shortcut_and_schema)
{
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  g_autoptr(GError) error = NULL;
  GsqlColumn *invoice_columns[2];
  GsqlTable *users, *addresses, *invoice, *line;

  users = add_table (md, "user_account",
                     gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                     NULL);
  addresses = add_table (md, "address",
                         gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                         gsql_column_new ("user_id", gsql_sql_type_integer_new (),
                                          "nullable", FALSE, "foreign-key", "user_account.id", NULL),
                         NULL);
  ck_assert_ptr_nonnull (users);
  assert_create_table (addresses, (const char * const []) {
    [SQLITE] =
      "CREATE TABLE address (\n"
      "\tid INTEGER NOT NULL,\n"
      "\tuser_id INTEGER NOT NULL,\n"
      "\tPRIMARY KEY (id),\n"
      "\tFOREIGN KEY(user_id) REFERENCES user_account (id)\n"
      ")",
    [POSTGRESQL] =
      "CREATE TABLE address (\n"
      "\tid INTEGER GENERATED BY DEFAULT AS IDENTITY NOT NULL,\n"
      "\tuser_id INTEGER NOT NULL,\n"
      "\tPRIMARY KEY (id),\n"
      "\tFOREIGN KEY(user_id) REFERENCES user_account (id)\n"
      ")",
    [MYSQL] =
      "CREATE TABLE address (\n"
      "\tid INTEGER NOT NULL AUTO_INCREMENT,\n"
      "\tuser_id INTEGER NOT NULL,\n"
      "\tPRIMARY KEY (id),\n"
      "\tFOREIGN KEY(user_id) REFERENCES user_account (id)\n"
      ")",
    [ANSI] =
      "CREATE TABLE address (\n"
      "\tid INTEGER NOT NULL,\n"
      "\tuser_id INTEGER NOT NULL,\n"
      "\tPRIMARY KEY (id),\n"
      "\tFOREIGN KEY(user_id) REFERENCES user_account (id)\n"
      ")",
  });

  invoice_columns[0] = gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL);
  invoice_columns[1] = plain_column ("number", gsql_sql_type_string_new (20));
  invoice = gsql_metadata_add_table_full (md, "sales", "invoice", invoice_columns, 2, &error);
  gsql_test_assert_no_error (error);
  add_index (invoice, gsql_index_new ("ix_invoice_number", TRUE, COLS ("number")));

  line = add_table (md, "invoice_line",
                    gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                    plain_column ("invoice_id", gsql_sql_type_integer_new ()),
                    NULL);
  add_constraint (line, gsql_constraint_new_foreign_key (NULL, COLS ("invoice_id"), "sales.invoice", COLS ("id")));

  for (guint d = 0; d < N_DIALECTS; d++)
    {
      g_autofree char *create = gsql_dialect_compile_create_table (dialect (d), invoice, &error);
      g_autofree char *formatted = gsql_dialect_format_table (dialect (d), invoice);
      g_autofree char *drop = NULL;
      g_autofree char *line_sql = NULL;
      g_autofree char *create_index = NULL;
      g_autofree char *drop_index = NULL;

      gsql_test_assert_no_error (error);
      ck_assert_ptr_nonnull (create);
      ck_assert_msg (g_str_has_prefix (create, "CREATE TABLE sales.invoice (\n"), "%s: %s", dialect_names[d], create);
      assert_sql (dialect_names[d], formatted, "sales.invoice");
      drop = gsql_dialect_compile_drop_table (dialect (d), invoice, TRUE, &error);
      gsql_test_assert_no_error (error);
      assert_sql (dialect_names[d], drop, "DROP TABLE IF EXISTS sales.invoice");

      line_sql = gsql_dialect_compile_create_table (dialect (d), line, &error);
      gsql_test_assert_no_error (error);
      ck_assert_msg (strstr (line_sql, "\tFOREIGN KEY(invoice_id) REFERENCES sales.invoice (id)\n)") != NULL,
                     "%s: %s", dialect_names[d], line_sql);

      create_index = gsql_dialect_compile_create_index (dialect (d), find_index (invoice, "ix_invoice_number"),
                                                        &error);
      gsql_test_assert_no_error (error);
      assert_sql (dialect_names[d], create_index, "CREATE UNIQUE INDEX ix_invoice_number ON sales.invoice (number)");
      drop_index = gsql_dialect_compile_drop_index (dialect (d), find_index (invoice, "ix_invoice_number"), &error);
      gsql_test_assert_no_error (error);
      assert_sql (dialect_names[d], drop_index,
                  d == MYSQL ? "DROP INDEX ix_invoice_number ON sales.invoice" : "DROP INDEX sales.ix_invoice_number");
    }
}
END_TEST

START_TEST (test_indexes)
{
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  GsqlTable *users;
  static const struct {
    const char *name;
    const char *create;
    const char *drop[N_DIALECTS];
  } cases[] = {
    { "ix_user_account_status",
      "CREATE INDEX ix_user_account_status ON user_account (status)",
      { "DROP INDEX ix_user_account_status", "DROP INDEX ix_user_account_status",
        "DROP INDEX ix_user_account_status ON user_account", "DROP INDEX ix_user_account_status" } },
    { "ix_name_fullname",
      "CREATE INDEX ix_name_fullname ON user_account (name, fullname)",
      { "DROP INDEX ix_name_fullname", "DROP INDEX ix_name_fullname",
        "DROP INDEX ix_name_fullname ON user_account", "DROP INDEX ix_name_fullname" } },
    { "ux_email",
      "CREATE UNIQUE INDEX ux_email ON user_account (email)",
      { "DROP INDEX ux_email", "DROP INDEX ux_email", "DROP INDEX ux_email ON user_account", "DROP INDEX ux_email" } },
  };

  users = add_table (md, "user_account",
                     gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                     plain_column ("name", gsql_sql_type_string_new (30)),
                     plain_column ("fullname", gsql_sql_type_string_new (60)),
                     plain_column ("email", gsql_sql_type_string_new (100)),
                     gsql_column_new ("status", gsql_sql_type_integer_new (), "index", TRUE, NULL),
                     NULL);
  add_index (users, gsql_index_new ("ix_name_fullname", FALSE, COLS ("name", "fullname")));
  add_index (users, gsql_index_new ("ux_email", TRUE, COLS ("email")));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint d = 0; d < N_DIALECTS; d++)
      {
        g_autoptr(GError) error = NULL;
        GsqlIndex *index = find_index (users, cases[i].name);
        g_autofree char *create = gsql_dialect_compile_create_index (dialect (d), index, &error);
        g_autofree char *drop = NULL;

        gsql_test_assert_no_error (error);
        assert_sql (dialect_names[d], create, cases[i].create);
        drop = gsql_dialect_compile_drop_index (dialect (d), index, &error);
        gsql_test_assert_no_error (error);
        assert_sql (dialect_names[d], drop, cases[i].drop[d]);
      }

  /* An index needs a name (and a table). */
  {
    g_autoptr(GsqlIndex) unnamed = g_object_ref_sink (gsql_index_new (NULL, FALSE, COLS ("name")));

    for (guint d = 0; d < N_DIALECTS; d++)
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *create = gsql_dialect_compile_create_index (dialect (d), unnamed, &error);
        g_autofree char *drop = NULL;

        ck_assert_ptr_null (create);
        gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
        g_clear_error (&error);
        drop = gsql_dialect_compile_drop_index (dialect (d), unnamed, &error);
        ck_assert_ptr_null (drop);
        gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
      }
  }
}
END_TEST

/* Foreign keys that close a cycle are added after both tables exist. */
START_TEST (test_use_alter)
{
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  GsqlTable *author, *book;
  GsqlConstraint *favorite;
  static const char * const add_sql[N_DIALECTS] = {
    [POSTGRESQL] = "ALTER TABLE author ADD CONSTRAINT fk_author_favorite FOREIGN KEY(favorite_book_id) REFERENCES book (id) ON DELETE SET NULL",
    [MYSQL] = "ALTER TABLE author ADD CONSTRAINT fk_author_favorite FOREIGN KEY(favorite_book_id) REFERENCES book (id) ON DELETE SET NULL",
    [ANSI] = "ALTER TABLE author ADD CONSTRAINT fk_author_favorite FOREIGN KEY(favorite_book_id) REFERENCES book (id) ON DELETE SET NULL",
  };
  static const char * const drop_sql[N_DIALECTS] = {
    [POSTGRESQL] = "ALTER TABLE author DROP CONSTRAINT fk_author_favorite",
    [MYSQL] = "ALTER TABLE author DROP FOREIGN KEY fk_author_favorite",
    [ANSI] = "ALTER TABLE author DROP CONSTRAINT fk_author_favorite",
  };

  author = add_table (md, "author",
                      gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE,
                                       "autoincrement", GSQL_AUTOINCREMENT_NEVER, NULL),
                      plain_column ("favorite_book_id", gsql_sql_type_integer_new ()),
                      NULL);
  book = add_table (md, "book",
                    gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE,
                                     "autoincrement", GSQL_AUTOINCREMENT_NEVER, NULL),
                    plain_column ("author_id", gsql_sql_type_integer_new ()),
                    NULL);
  add_constraint (book, gsql_constraint_new_foreign_key (NULL, COLS ("author_id"), "author", COLS ("id")));
  favorite = gsql_constraint_new_foreign_key ("fk_author_favorite", COLS ("favorite_book_id"), "book", COLS ("id"));
  gsql_constraint_set_use_alter (favorite, TRUE);
  gsql_constraint_set_on_delete (favorite, GSQL_REFERENTIAL_ACTION_SET_NULL);
  add_constraint (author, favorite);

  /* Left out of CREATE TABLE, to be added by ALTER TABLE, except on SQLite,
   * which cannot alter constraints and does not check references while
   * creating tables, so it keeps the foreign key inline. */
  for (guint d = 0; d < N_DIALECTS; d++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *create = gsql_dialect_compile_create_table (dialect (d), author, &error);

      gsql_test_assert_no_error (error);
      if (d == SQLITE)
        assert_sql (dialect_names[d], create,
                    "CREATE TABLE author (\n\tid INTEGER NOT NULL,\n\tfavorite_book_id INTEGER,\n\tPRIMARY KEY (id),\n"
                    "\tCONSTRAINT fk_author_favorite FOREIGN KEY(favorite_book_id) REFERENCES book (id) ON DELETE SET NULL\n)");
      else
        assert_sql (dialect_names[d], create,
                    "CREATE TABLE author (\n\tid INTEGER NOT NULL,\n\tfavorite_book_id INTEGER,\n\tPRIMARY KEY (id)\n)");
    }

  for (guint d = 0; d < N_DIALECTS; d++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *add = gsql_dialect_compile_add_constraint (dialect (d), favorite, &error);
      g_autofree char *drop = NULL;

      if (d == SQLITE)
        {
          ck_assert_ptr_null (add);
          gsql_test_assert_error (error, GSQL_ERROR_NOT_SUPPORTED);
          printf ("#   sqlite: %s\n", error->message);
          g_clear_error (&error);
          drop = gsql_dialect_compile_drop_constraint (dialect (d), favorite, &error);
          ck_assert_ptr_null (drop);
          gsql_test_assert_error (error, GSQL_ERROR_NOT_SUPPORTED);
          continue;
        }
      gsql_test_assert_no_error (error);
      assert_sql (dialect_names[d], add, add_sql[d]);
      drop = gsql_dialect_compile_drop_constraint (dialect (d), favorite, &error);
      gsql_test_assert_no_error (error);
      assert_sql (dialect_names[d], drop, drop_sql[d]);
    }
}
END_TEST

/* ADD and DROP of each constraint kind; MySQL has a statement per kind. */
START_TEST (test_alter_constraints)
{
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  GsqlTable *t;
  GsqlConstraint *pk;
  static const struct {
    const char *name;
    const char *add;
    const char *drop[N_DIALECTS];
  } cases[] = {
    { "uq_item_code", "ALTER TABLE item ADD CONSTRAINT uq_item_code UNIQUE (code)",
      { NULL, "ALTER TABLE item DROP CONSTRAINT uq_item_code", "ALTER TABLE item DROP INDEX uq_item_code",
        "ALTER TABLE item DROP CONSTRAINT uq_item_code" } },
    { "ck_item_price", "ALTER TABLE item ADD CONSTRAINT ck_item_price CHECK (price >= 0)",
      { NULL, "ALTER TABLE item DROP CONSTRAINT ck_item_price", "ALTER TABLE item DROP CHECK ck_item_price",
        "ALTER TABLE item DROP CONSTRAINT ck_item_price" } },
    { "fk_item_self", "ALTER TABLE item ADD CONSTRAINT fk_item_self FOREIGN KEY(parent_id) REFERENCES item (id)",
      { NULL, "ALTER TABLE item DROP CONSTRAINT fk_item_self", "ALTER TABLE item DROP FOREIGN KEY fk_item_self",
        "ALTER TABLE item DROP CONSTRAINT fk_item_self" } },
  };

  gsql_metadata_set_naming_convention (md, "pk", "pk_%(table_name)s");
  t = add_table (md, "item",
                 gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                 plain_column ("code", gsql_sql_type_string_new (8)),
                 plain_column ("price", gsql_sql_type_numeric_new (10, 2)),
                 plain_column ("parent_id", gsql_sql_type_integer_new ()),
                 NULL);
  add_constraint (t, gsql_constraint_new_unique ("uq_item_code", COLS ("code")));
  add_constraint (t, gsql_constraint_new_check ("ck_item_price", "price >= 0"));
  add_constraint (t, gsql_constraint_new_foreign_key ("fk_item_self", COLS ("parent_id"), "item", COLS ("id")));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint d = POSTGRESQL; d < N_DIALECTS; d++)
      {
        g_autoptr(GError) error = NULL;
        GsqlConstraint *c = find_constraint (t, cases[i].name);
        g_autofree char *add = gsql_dialect_compile_add_constraint (dialect (d), c, &error);
        g_autofree char *drop = NULL;

        gsql_test_assert_no_error (error);
        assert_sql (dialect_names[d], add, cases[i].add);
        drop = gsql_dialect_compile_drop_constraint (dialect (d), c, &error);
        gsql_test_assert_no_error (error);
        assert_sql (dialect_names[d], drop, cases[i].drop[d]);
      }

  /* The primary key, named by the "pk" naming convention. */
  pk = find_constraint (t, "pk_item");
  ck_assert_int_eq (gsql_constraint_get_kind (pk), GSQL_CONSTRAINT_PRIMARY_KEY);
  for (guint d = POSTGRESQL; d < N_DIALECTS; d++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *add = gsql_dialect_compile_add_constraint (dialect (d), pk, &error);
      g_autofree char *drop = NULL;

      gsql_test_assert_no_error (error);
      assert_sql (dialect_names[d], add, "ALTER TABLE item ADD CONSTRAINT pk_item PRIMARY KEY (id)");
      drop = gsql_dialect_compile_drop_constraint (dialect (d), pk, &error);
      gsql_test_assert_no_error (error);
      assert_sql (dialect_names[d], drop,
                  d == MYSQL ? "ALTER TABLE item DROP PRIMARY KEY" : "ALTER TABLE item DROP CONSTRAINT pk_item");
    }

  /* Nothing on SQLite. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *add = gsql_dialect_compile_add_constraint (dialect (SQLITE), find_constraint (t, "uq_item_code"),
                                                                &error);

    ck_assert_ptr_null (add);
    gsql_test_assert_error (error, GSQL_ERROR_NOT_SUPPORTED);
  }

  /* An unnamed constraint can be added but not dropped. */
  {
    GsqlConstraint *unnamed = gsql_constraint_new_unique (NULL, COLS ("price"));

    add_constraint (t, unnamed);
    for (guint d = POSTGRESQL; d < N_DIALECTS; d++)
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *add = gsql_dialect_compile_add_constraint (dialect (d), unnamed, &error);
        g_autofree char *drop = NULL;

        gsql_test_assert_no_error (error);
        assert_sql (dialect_names[d], add, "ALTER TABLE item ADD UNIQUE (price)");
        drop = gsql_dialect_compile_drop_constraint (dialect (d), unnamed, &error);
        ck_assert_ptr_null (drop);
        gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
      }
  }
}
END_TEST

START_TEST (test_comments)
{
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  GsqlTable *users;

  users = add_table (md, "user_account",
                     gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                     gsql_column_new ("name", gsql_sql_type_string_new (30), "comment", "the user's name", NULL),
                     gsql_column_new ("home", gsql_sql_type_string_new (60), "comment", "C:\\Users\\x", NULL),
                     plain_column ("quiet", gsql_sql_type_boolean_new ()),
                     NULL);
  gsql_table_set_comment (users, "Everyone's account");

  assert_create_table (users, (const char * const []) {
    [SQLITE] =
      "CREATE TABLE user_account (\n"
      "\tid INTEGER NOT NULL,\n"
      "\tname VARCHAR(30),\n"
      "\thome VARCHAR(60),\n"
      "\tquiet BOOLEAN,\n"
      "\tPRIMARY KEY (id)\n"
      ")",
    [POSTGRESQL] =
      "CREATE TABLE user_account (\n"
      "\tid INTEGER GENERATED BY DEFAULT AS IDENTITY NOT NULL,\n"
      "\tname VARCHAR(30),\n"
      "\thome VARCHAR(60),\n"
      "\tquiet BOOLEAN,\n"
      "\tPRIMARY KEY (id)\n"
      ")",
    [MYSQL] =
      "CREATE TABLE user_account (\n"
      "\tid INTEGER NOT NULL AUTO_INCREMENT,\n"
      "\tname VARCHAR(30) COMMENT 'the user''s name',\n"
      "\thome VARCHAR(60) COMMENT 'C:\\\\Users\\\\x',\n"
      "\tquiet BOOL,\n"
      "\tPRIMARY KEY (id)\n"
      ") COMMENT='Everyone''s account'",
    [ANSI] =
      "CREATE TABLE user_account (\n"
      "\tid INTEGER NOT NULL,\n"
      "\tname VARCHAR(30),\n"
      "\thome VARCHAR(60),\n"
      "\tquiet BOOLEAN,\n"
      "\tPRIMARY KEY (id)\n"
      ")",
  });

  for (guint d = 0; d < N_DIALECTS; d++)
    {
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) comments = gsql_dialect_compile_comments (dialect (d), users, &error);

      gsql_test_assert_no_error (error);
      if (d == POSTGRESQL)
        assert_strv (dialect_names[d], comments, (const char * const []) {
          "COMMENT ON TABLE user_account IS 'Everyone''s account'",
          "COMMENT ON COLUMN user_account.name IS 'the user''s name'",
          "COMMENT ON COLUMN user_account.home IS E'C:\\\\Users\\\\x'",
          NULL });
      else
        assert_strv (dialect_names[d], comments, (const char * const []) { NULL });
    }

  /* Quoted names in COMMENT ON. */
  {
    g_autoptr(GError) error = NULL;
    GsqlTable *order = add_table (md, "order",
                                  gsql_column_new ("User", gsql_sql_type_integer_new (), "comment", "who", NULL),
                                  NULL);
    g_auto(GStrv) comments = gsql_dialect_compile_comments (dialect (POSTGRESQL), order, &error);

    gsql_test_assert_no_error (error);
    assert_strv ("postgresql", comments, (const char * const []) {
      "COMMENT ON COLUMN \"order\".\"User\" IS 'who'", NULL });
  }
}
END_TEST

START_TEST (test_enums)
{
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  GsqlTable *log, *unnamed;

  log = add_table (md, "mood_log",
                   gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                   gsql_column_new ("mood", gsql_sql_type_enum_new ("mood", "sad", "ok", "happy", NULL),
                                    "nullable", FALSE, NULL),
                   /* Same type name again: created once. */
                   plain_column ("yesterday", gsql_sql_type_enum_new ("mood", "sad", "ok", "happy", NULL)),
                   /* An enum under a custom type. */
                   plain_column ("power", gsql_sql_type_new_custom (gsql_sql_type_enum_new ("power", "on", "off", NULL),
                                                                    G_TYPE_STRING, NULL, NULL, NULL, NULL)),
                   /* An enum on PostgreSQL only. */
                   plain_column ("kind", gsql_sql_type_with_variant (gsql_sql_type_string_new (10), "postgresql",
                                                                     gsql_sql_type_enum_new ("Kind", "a", "b", NULL))),
                   NULL);

  assert_create_table (log, (const char * const []) {
    [SQLITE] =
      "CREATE TABLE mood_log (\n"
      "\tid INTEGER NOT NULL,\n"
      "\tmood VARCHAR(5) NOT NULL,\n"
      "\tyesterday VARCHAR(5),\n"
      "\tpower VARCHAR(3),\n"
      "\tkind VARCHAR(10),\n"
      "\tPRIMARY KEY (id),\n"
      "\tCHECK (mood IN ('sad', 'ok', 'happy')),\n"
      "\tCHECK (yesterday IN ('sad', 'ok', 'happy')),\n"
      "\tCHECK (power IN ('on', 'off'))\n"
      ")",
    [POSTGRESQL] =
      "CREATE TABLE mood_log (\n"
      "\tid INTEGER GENERATED BY DEFAULT AS IDENTITY NOT NULL,\n"
      "\tmood mood NOT NULL,\n"
      "\tyesterday mood,\n"
      "\tpower power,\n"
      "\tkind \"Kind\",\n"
      "\tPRIMARY KEY (id)\n"
      ")",
    [MYSQL] =
      "CREATE TABLE mood_log (\n"
      "\tid INTEGER NOT NULL AUTO_INCREMENT,\n"
      "\tmood ENUM('sad', 'ok', 'happy') NOT NULL,\n"
      "\tyesterday ENUM('sad', 'ok', 'happy'),\n"
      "\tpower ENUM('on', 'off'),\n"
      "\tkind VARCHAR(10),\n"
      "\tPRIMARY KEY (id)\n"
      ")",
    [ANSI] =
      "CREATE TABLE mood_log (\n"
      "\tid INTEGER NOT NULL,\n"
      "\tmood VARCHAR(5) NOT NULL,\n"
      "\tyesterday VARCHAR(5),\n"
      "\tpower VARCHAR(3),\n"
      "\tkind VARCHAR(10),\n"
      "\tPRIMARY KEY (id),\n"
      "\tCHECK (mood IN ('sad', 'ok', 'happy')),\n"
      "\tCHECK (yesterday IN ('sad', 'ok', 'happy')),\n"
      "\tCHECK (power IN ('on', 'off'))\n"
      ")",
  });

  for (guint d = 0; d < N_DIALECTS; d++)
    {
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) create = gsql_dialect_compile_create_types (dialect (d), log, &error);
      g_auto(GStrv) drop = NULL;

      gsql_test_assert_no_error (error);
      drop = gsql_dialect_compile_drop_types (dialect (d), log, &error);
      gsql_test_assert_no_error (error);
      if (d == POSTGRESQL)
        {
          assert_strv (dialect_names[d], create, (const char * const []) {
            "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')",
            "CREATE TYPE power AS ENUM ('on', 'off')",
            "CREATE TYPE \"Kind\" AS ENUM ('a', 'b')",
            NULL });
          assert_strv (dialect_names[d], drop, (const char * const []) {
            "DROP TYPE IF EXISTS mood",
            "DROP TYPE IF EXISTS power",
            "DROP TYPE IF EXISTS \"Kind\"",
            NULL });
        }
      else
        {
          assert_strv (dialect_names[d], create, (const char * const []) { NULL });
          assert_strv (dialect_names[d], drop, (const char * const []) { NULL });
        }
    }

  /* PostgreSQL creates enums by name: one without a name cannot be. */
  unnamed = add_table (md, "unnamed_enum",
                       gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                       plain_column ("level", gsql_sql_type_enum_new (NULL, "lo", "hi", NULL)),
                       NULL);
  assert_create_table (unnamed, (const char * const []) {
    [SQLITE] =
      "CREATE TABLE unnamed_enum (\n\tid INTEGER NOT NULL,\n\tlevel VARCHAR(2),\n\tPRIMARY KEY (id),\n"
      "\tCHECK (level IN ('lo', 'hi'))\n)",
    [POSTGRESQL] = ERROR_EXPECTED,
    [MYSQL] = "CREATE TABLE unnamed_enum (\n\tid INTEGER NOT NULL AUTO_INCREMENT,\n\tlevel ENUM('lo', 'hi'),\n"
              "\tPRIMARY KEY (id)\n)",
    [ANSI] =
      "CREATE TABLE unnamed_enum (\n\tid INTEGER NOT NULL,\n\t\"level\" VARCHAR(2),\n\tPRIMARY KEY (id),\n"
      "\tCHECK (\"level\" IN ('lo', 'hi'))\n)",
  });
  {
    g_autoptr(GError) error = NULL;
    g_auto(GStrv) create = gsql_dialect_compile_create_types (dialect (POSTGRESQL), unnamed, &error);

    ck_assert_ptr_null (create);
    gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
  }
}
END_TEST

START_TEST (test_quoting_in_ddl)
{
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  GsqlTable *order, *weird;

  add_table (md, "user",
             gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
             NULL);
  order = add_table (md, "order",
                     gsql_column_new ("select", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                     plain_column ("From", gsql_sql_type_string_new (10)),
                     plain_column ("user id", gsql_sql_type_integer_new ()),
                     plain_column ("key", gsql_sql_type_integer_new ()),
                     NULL);
  add_constraint (order, gsql_constraint_new_unique ("unique", COLS ("From", "user id")));
  add_constraint (order, gsql_constraint_new_foreign_key ("Order FK", COLS ("user id"), "user", COLS ("id")));
  add_index (order, gsql_index_new ("Index", FALSE, COLS ("key", "From")));

  assert_create_table (order, (const char * const []) {
    [SQLITE] =
      "CREATE TABLE \"order\" (\n"
      "\t\"select\" INTEGER NOT NULL,\n"
      "\t\"From\" VARCHAR(10),\n"
      "\t\"user id\" INTEGER,\n"
      "\t\"key\" INTEGER,\n"
      "\tPRIMARY KEY (\"select\"),\n"
      "\tCONSTRAINT \"unique\" UNIQUE (\"From\", \"user id\"),\n"
      "\tCONSTRAINT \"Order FK\" FOREIGN KEY(\"user id\") REFERENCES \"user\" (id)\n"
      ")",
    [POSTGRESQL] =
      "CREATE TABLE \"order\" (\n"
      "\t\"select\" INTEGER GENERATED BY DEFAULT AS IDENTITY NOT NULL,\n"
      "\t\"From\" VARCHAR(10),\n"
      "\t\"user id\" INTEGER,\n"
      "\tkey INTEGER,\n"
      "\tPRIMARY KEY (\"select\"),\n"
      "\tCONSTRAINT \"unique\" UNIQUE (\"From\", \"user id\"),\n"
      "\tCONSTRAINT \"Order FK\" FOREIGN KEY(\"user id\") REFERENCES \"user\" (id)\n"
      ")",
    [MYSQL] =
      "CREATE TABLE `order` (\n"
      "\t`select` INTEGER NOT NULL AUTO_INCREMENT,\n"
      "\t`From` VARCHAR(10),\n"
      "\t`user id` INTEGER,\n"
      "\t`key` INTEGER,\n"
      "\tPRIMARY KEY (`select`),\n"
      "\tCONSTRAINT `unique` UNIQUE (`From`, `user id`),\n"
      "\tCONSTRAINT `Order FK` FOREIGN KEY(`user id`) REFERENCES `user` (id)\n"
      ")",
    [ANSI] =
      "CREATE TABLE \"order\" (\n"
      "\t\"select\" INTEGER NOT NULL,\n"
      "\t\"From\" VARCHAR(10),\n"
      "\t\"user id\" INTEGER,\n"
      "\t\"key\" INTEGER,\n"
      "\tPRIMARY KEY (\"select\"),\n"
      "\tCONSTRAINT \"unique\" UNIQUE (\"From\", \"user id\"),\n"
      "\tCONSTRAINT \"Order FK\" FOREIGN KEY(\"user id\") REFERENCES \"user\" (id)\n"
      ")",
  });

  {
    static const char * const create_index[N_DIALECTS] = {
      "CREATE INDEX \"Index\" ON \"order\" (\"key\", \"From\")",
      "CREATE INDEX \"Index\" ON \"order\" (key, \"From\")",
      "CREATE INDEX `Index` ON `order` (`key`, `From`)",
      "CREATE INDEX \"Index\" ON \"order\" (\"key\", \"From\")",
    };
    static const char * const drop_index[N_DIALECTS] = {
      "DROP INDEX \"Index\"",
      "DROP INDEX \"Index\"",
      "DROP INDEX `Index` ON `order`",
      "DROP INDEX \"Index\"",
    };
    static const char * const drop_table[N_DIALECTS] = {
      "DROP TABLE IF EXISTS \"order\"",
      "DROP TABLE IF EXISTS \"order\"",
      "DROP TABLE IF EXISTS `order`",
      "DROP TABLE IF EXISTS \"order\"",
    };

    for (guint d = 0; d < N_DIALECTS; d++)
      {
        g_autoptr(GError) error = NULL;
        GsqlIndex *index = find_index (order, "Index");
        g_autofree char *ci = gsql_dialect_compile_create_index (dialect (d), index, &error);
        g_autofree char *di = NULL;
        g_autofree char *dt = NULL;

        gsql_test_assert_no_error (error);
        assert_sql (dialect_names[d], ci, create_index[d]);
        di = gsql_dialect_compile_drop_index (dialect (d), index, &error);
        gsql_test_assert_no_error (error);
        assert_sql (dialect_names[d], di, drop_index[d]);
        dt = gsql_dialect_compile_drop_table (dialect (d), order, TRUE, &error);
        gsql_test_assert_no_error (error);
        assert_sql (dialect_names[d], dt, drop_table[d]);
      }
  }

  /* Quote characters inside names are doubled. */
  weird = add_table (md, "we\"ird`name",
                     gsql_column_new ("a\"b", gsql_sql_type_integer_new (), "primary-key", TRUE,
                                      "autoincrement", GSQL_AUTOINCREMENT_NEVER, NULL),
                     gsql_column_new ("c`d", gsql_sql_type_integer_new (), "nullable", FALSE, NULL),
                     NULL);
  assert_create_table (weird, (const char * const []) {
    [SQLITE] =
      "CREATE TABLE \"we\"\"ird`name\" (\n\t\"a\"\"b\" INTEGER NOT NULL,\n\t\"c`d\" INTEGER NOT NULL,\n"
      "\tPRIMARY KEY (\"a\"\"b\")\n)",
    [POSTGRESQL] =
      "CREATE TABLE \"we\"\"ird`name\" (\n\t\"a\"\"b\" INTEGER NOT NULL,\n\t\"c`d\" INTEGER NOT NULL,\n"
      "\tPRIMARY KEY (\"a\"\"b\")\n)",
    [MYSQL] =
      "CREATE TABLE `we\"ird``name` (\n\t`a\"b` INTEGER NOT NULL,\n\t`c``d` INTEGER NOT NULL,\n"
      "\tPRIMARY KEY (`a\"b`)\n)",
    [ANSI] =
      "CREATE TABLE \"we\"\"ird`name\" (\n\t\"a\"\"b\" INTEGER NOT NULL,\n\t\"c`d\" INTEGER NOT NULL,\n"
      "\tPRIMARY KEY (\"a\"\"b\")\n)",
  });
}
END_TEST

START_TEST (test_mysql_varchar_needs_length)
{
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  GsqlTable *t;

  t = add_table (md, "note",
                 gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                 plain_column ("body", gsql_sql_type_string_new (0)),
                 NULL);
  assert_create_table (t, (const char * const []) {
    [SQLITE] = "CREATE TABLE note (\n\tid INTEGER NOT NULL,\n\tbody VARCHAR,\n\tPRIMARY KEY (id)\n)",
    [POSTGRESQL] = "CREATE TABLE note (\n\tid INTEGER GENERATED BY DEFAULT AS IDENTITY NOT NULL,\n"
                   "\tbody VARCHAR,\n\tPRIMARY KEY (id)\n)",
    [MYSQL] = ERROR_EXPECTED,
    [ANSI] = "CREATE TABLE note (\n\tid INTEGER NOT NULL,\n\tbody VARCHAR,\n\tPRIMARY KEY (id)\n)",
  });
}
END_TEST

/* Tables without a primary key, with constraint names from the naming
 * convention. */
START_TEST (test_naming_convention)
{
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  GsqlTable *users, *log;

  gsql_metadata_set_naming_convention (md, "pk", "pk_%(table_name)s");
  gsql_metadata_set_naming_convention (md, "uq", "uq_%(table_name)s_%(column_0_name)s");
  gsql_metadata_set_naming_convention (md, "fk", "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s");

  users = add_table (md, "users",
                     gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                     gsql_column_new ("email", gsql_sql_type_string_new (100), "unique", TRUE, NULL),
                     NULL);
  add_constraint (users, gsql_constraint_new_check ("ck_users_positive", "id > 0"));
  log = add_table (md, "log",
                   gsql_column_new ("user_id", gsql_sql_type_integer_new (), "foreign-key", "users.id", NULL),
                   plain_column ("message", gsql_sql_type_text_new ()),
                   NULL);

  assert_create_table (users, (const char * const []) {
    [SQLITE] =
      "CREATE TABLE users (\n\tid INTEGER NOT NULL,\n\temail VARCHAR(100),\n"
      "\tCONSTRAINT pk_users PRIMARY KEY (id),\n"
      "\tCONSTRAINT uq_users_email UNIQUE (email),\n"
      "\tCONSTRAINT ck_users_positive CHECK (id > 0)\n)",
    [POSTGRESQL] =
      "CREATE TABLE users (\n\tid INTEGER GENERATED BY DEFAULT AS IDENTITY NOT NULL,\n\temail VARCHAR(100),\n"
      "\tCONSTRAINT pk_users PRIMARY KEY (id),\n"
      "\tCONSTRAINT uq_users_email UNIQUE (email),\n"
      "\tCONSTRAINT ck_users_positive CHECK (id > 0)\n)",
    [MYSQL] =
      "CREATE TABLE users (\n\tid INTEGER NOT NULL AUTO_INCREMENT,\n\temail VARCHAR(100),\n"
      "\tCONSTRAINT pk_users PRIMARY KEY (id),\n"
      "\tCONSTRAINT uq_users_email UNIQUE (email),\n"
      "\tCONSTRAINT ck_users_positive CHECK (id > 0)\n)",
    [ANSI] =
      "CREATE TABLE users (\n\tid INTEGER NOT NULL,\n\temail VARCHAR(100),\n"
      "\tCONSTRAINT pk_users PRIMARY KEY (id),\n"
      "\tCONSTRAINT uq_users_email UNIQUE (email),\n"
      "\tCONSTRAINT ck_users_positive CHECK (id > 0)\n)",
  });

  assert_create_table (log, (const char * const []) {
    [SQLITE] =
      "CREATE TABLE log (\n\tuser_id INTEGER,\n\tmessage TEXT,\n"
      "\tCONSTRAINT fk_log_user_id_users FOREIGN KEY(user_id) REFERENCES users (id)\n)",
    [POSTGRESQL] =
      "CREATE TABLE log (\n\tuser_id INTEGER,\n\tmessage TEXT,\n"
      "\tCONSTRAINT fk_log_user_id_users FOREIGN KEY(user_id) REFERENCES users (id)\n)",
    [MYSQL] =
      "CREATE TABLE log (\n\tuser_id INTEGER,\n\tmessage LONGTEXT,\n"
      "\tCONSTRAINT fk_log_user_id_users FOREIGN KEY(user_id) REFERENCES users (id)\n)",
    [ANSI] =
      "CREATE TABLE log (\n\tuser_id INTEGER,\n\tmessage CLOB,\n"
      "\tCONSTRAINT fk_log_user_id_users FOREIGN KEY(user_id) REFERENCES users (id)\n)",
  });
}
END_TEST

int
main (int argc, char **argv)
{
  Suite *s;
  TCase *tc;

  gsql_test_init (&argc, &argv);
  s = suite_create ("core/ddl");
  tc = gsql_test_tcase_new ("core/ddl");
  tcase_add_test (tc, test_dialect_lookup);
  tcase_add_test (tc, test_dialect_lookup_threads);
  tcase_add_test (tc, test_requires_quotes);
  tcase_add_test (tc, test_quote_identifier);
  tcase_add_test (tc, test_quote_string);
  tcase_add_test (tc, test_check_identifier);
  tcase_add_test (tc, test_identifier_errors_in_ddl);
  tcase_add_test (tc, test_types);
  tcase_add_test (tc, test_create_table);
  tcase_add_test (tc, test_autoincrement);
  tcase_add_test (tc, test_constraints);
  tcase_add_test (tc, test_foreign_key_shortcut_and_schema);
  tcase_add_test (tc, test_indexes);
  tcase_add_test (tc, test_use_alter);
  tcase_add_test (tc, test_alter_constraints);
  tcase_add_test (tc, test_comments);
  tcase_add_test (tc, test_enums);
  tcase_add_test (tc, test_quoting_in_ddl);
  tcase_add_test (tc, test_mysql_varchar_needs_length);
  tcase_add_test (tc, test_naming_convention);
  suite_add_tcase (s, tc);
  return gsql_test_run_suite (s);
}
