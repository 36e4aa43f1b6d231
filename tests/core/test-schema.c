/* test-schema.c: schema metadata created, used and dropped on real databases
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * What is asserted, per backend (sqlite, postgresql, mariadb):
 *  - a schema of nine tables that uses every type kind, composite keys, a
 *    composite foreign key with ON DELETE CASCADE, a self reference, a
 *    foreign-key cycle (added with ALTER TABLE where the dialect can), a
 *    many-to-many table, unique and check constraints, indexes, comments
 *    and server defaults is created by gsql_metadata_create_all(), works
 *    (the database enforces the constraints: SQLite enforces foreign keys
 *    only after PRAGMA foreign_keys=ON on the connection), survives
 *    create_all with checkfirst and is dropped by drop_all;
 *  - one row holding a value of every type goes through
 *    gsql_sql_type_bind() and comes back through gsql_sql_type_result()
 *    equal to what was written, and NULLs come back as NULL.  SQLite stores
 *    NUMERIC as a double, so a 29-digit NUMERIC(38,9) is compared on the
 *    servers only;
 *  - a value outside an enum is refused: a CHECK violation on SQLite,
 *    GSQL_ERROR_DATA on PostgreSQL (native enum type) and MariaDB (ENUM,
 *    strict mode: error 1265 "Data truncated");
 *  - reserved words and odd characters in table and column names;
 *  - bad definitions are refused with GSQL_ERROR_INVALID_ARGUMENT, and a
 *    create_all that fails half-way leaves no table behind on PostgreSQL
 *    and SQLite (transactional DDL).  MariaDB commits each DDL statement,
 *    so the tables created before the failure stay: asserted as such.
 *  - type conversions without a database.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tests/gsql-test.h"

#define COLS(...) ((const char * const []) { __VA_ARGS__, NULL })

static const char * const dialect_names[] = { "sqlite", "postgresql", "mysql", "ansi" };

/* ------------------------------------------------------------ a custom type */

/* A point stored as "x,y" text in a VARCHAR(40). */
typedef struct {
  int x;
  int y;
} SchPoint;

static SchPoint *
sch_point_copy (const SchPoint *p)
{
  return g_memdup2 (p, sizeof *p);
}

#define SCH_TYPE_POINT (sch_point_get_type ())
GType sch_point_get_type (void);
G_DEFINE_BOXED_TYPE (SchPoint, sch_point, sch_point_copy, g_free)

static const char point_tag[] = "point";

static gboolean
point_bind (GsqlSqlType  *type,
            const char   *dialect,
            const GValue *value,
            GValue       *out,
            gpointer      user_data,
            GError      **error)
{
  const SchPoint *p;

  ck_assert_str_eq (user_data, point_tag);
  ck_assert_ptr_nonnull (dialect);
  if (!G_VALUE_HOLDS (value, SCH_TYPE_POINT))
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT, "not a point: %s",
                   G_VALUE_TYPE_NAME (value));
      return FALSE;
    }
  p = g_value_get_boxed (value);
  g_value_init (out, G_TYPE_STRING);
  g_value_take_string (out, g_strdup_printf ("%d,%d", p->x, p->y));
  return TRUE;
}

static gboolean
point_result (GsqlSqlType  *type,
              const char   *dialect,
              const GValue *value,
              GValue       *out,
              gpointer      user_data,
              GError      **error)
{
  g_auto(GStrv) parts = NULL;
  SchPoint p;
  gint64 x, y;

  ck_assert_str_eq (user_data, point_tag);
  ck_assert (G_VALUE_HOLDS_STRING (value));
  parts = g_strsplit (g_value_get_string (value), ",", -1);
  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_signed (parts[0], 10, G_MININT, G_MAXINT, &x, NULL) ||
      !g_ascii_string_to_signed (parts[1], 10, G_MININT, G_MAXINT, &y, NULL))
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_DATA, "not a point: %s", g_value_get_string (value));
      return FALSE;
    }
  p.x = (int) x;
  p.y = (int) y;
  g_value_init (out, SCH_TYPE_POINT);
  g_value_set_boxed (out, &p);
  return TRUE;
}

static GsqlSqlType *
point_type_new (void)
{
  /* The tag is freed with the type: a leak of either shows in valgrind. */
  return gsql_sql_type_new_custom (gsql_sql_type_string_new (40), SCH_TYPE_POINT,
                                   point_bind, point_result, g_strdup (point_tag), g_free);
}

/* ------------------------------------------------------------------ helpers */

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

static GsqlColumn *
plain_column (const char  *name,
              GsqlSqlType *type)
{
  return gsql_column_new_with_properties (name, type, 0, NULL, NULL);
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

static GsqlConstraint *
find_fk (GsqlTable  *table,
         const char *referred_table)
{
  g_autoptr(GPtrArray) fks = gsql_table_get_foreign_keys (table);

  for (guint i = 0; i < fks->len; i++)
    if (g_strcmp0 (gsql_constraint_get_referred_table (g_ptr_array_index (fks, i)), referred_table) == 0)
      return g_ptr_array_index (fks, i);
  ck_abort_msg ("table %s has no foreign key to %s", gsql_table_get_name (table), referred_table);
  return NULL;
}

/* Prints "# <prefix><error>" (gsql_test_describe_error() is for failure
 * messages: its string is not freed). */
static void
print_error (const char   *prefix,
             const GError *error)
{
  g_autofree char *text = gsql_test_describe_error (error);

  printf ("#%s%s\n", prefix, text);
}

/* Runs @sql, which must succeed. */
static GsqlResult *
run (GsqlConnection *conn,
     const char     *sql,
     const GValue   *params,
     guint           n_params)
{
  g_autoptr(GError) error = NULL;
  GsqlResult *result = gsql_connection_execute (conn, sql, params, n_params, NULL, &error);

  ck_assert_msg (error == NULL, "%s: %s", sql, gsql_test_describe_error (error));
  ck_assert_ptr_nonnull (result);
  return result;
}

/* Runs @sql, which must fail with @code. */
static void
expect_failure (GsqlConnection *conn,
                const char     *sql,
                const GValue   *params,
                guint           n_params,
                GsqlError       code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlResult) result = gsql_connection_execute (conn, sql, params, n_params, NULL, &error);

  ck_assert_msg (result == NULL, "%s: succeeded, expected %s", sql, gsql_test_error_code_name (code));
  gsql_test_assert_error (error, code);
  print_error ("     ", error);
}

/* The single integer @sql selects with one string parameter (or none). */
static gint64
query_int64 (GsqlConnection *conn,
             const char     *sql,
             const char     *param)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlResult) result = NULL;
  GValue p = G_VALUE_INIT;
  GValue value = G_VALUE_INIT;
  gint64 n;

  if (param != NULL)
    gsql_test_value_string (&p, param);
  result = run (conn, sql, &p, param != NULL ? 1 : 0);
  if (param != NULL)
    g_value_unset (&p);
  ck_assert_msg (gsql_result_scalar_one (result, &value, &error), "%s: %s", sql,
                 gsql_test_describe_error (error));
  n = gsql_test_value_to_int64 (&value);
  g_value_unset (&value);
  return n;
}

/* The single string @sql selects with one string parameter. */
static char *
query_string (GsqlConnection *conn,
              const char     *sql,
              const char     *param)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlResult) result = NULL;
  GValue p = G_VALUE_INIT;
  GValue value = G_VALUE_INIT;
  char *s;

  gsql_test_value_string (&p, param);
  result = run (conn, sql, &p, 1);
  g_value_unset (&p);
  ck_assert_msg (gsql_result_scalar_one (result, &value, &error), "%s: %s", sql,
                 gsql_test_describe_error (error));
  ck_assert_msg (G_VALUE_HOLDS_STRING (&value), "%s: got a %s", sql, G_VALUE_TYPE_NAME (&value));
  s = g_value_dup_string (&value);
  g_value_unset (&value);
  return s;
}

/* Whether the database's catalog lists table @name. */
static gboolean
table_exists (GsqlConnection  *conn,
              GsqlTestBackend  backend,
              const char      *name)
{
  static const char * const sql[GSQL_TEST_N_BACKENDS] = {
    [GSQL_TEST_SQLITE] = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
    [GSQL_TEST_POSTGRESQL] = "SELECT count(*) FROM information_schema.tables "
                             "WHERE table_schema = current_schema() AND table_name = ?",
    [GSQL_TEST_MARIADB] = "SELECT count(*) FROM information_schema.tables "
                          "WHERE table_schema = DATABASE() AND table_name = ?",
  };
  gint64 n = query_int64 (conn, sql[backend], name);

  ck_assert_int_le (n, 1);
  return n == 1;
}

static guint
count_existing_tables (GsqlConnection     *conn,
                       GsqlTestBackend     backend,
                       const char * const *names)
{
  guint n = 0;

  for (guint i = 0; names[i] != NULL; i++)
    if (table_exists (conn, backend, names[i]))
      n++;
  return n;
}

static gboolean
index_exists (GsqlConnection  *conn,
              GsqlTestBackend  backend,
              const char      *name)
{
  static const char * const sql[GSQL_TEST_N_BACKENDS] = {
    [GSQL_TEST_SQLITE] = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?",
    [GSQL_TEST_POSTGRESQL] = "SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ?",
    [GSQL_TEST_MARIADB] = "SELECT count(DISTINCT index_name) FROM information_schema.statistics "
                          "WHERE table_schema = DATABASE() AND index_name = ?",
  };

  return query_int64 (conn, sql[backend], name) == 1;
}

/* SELECT count(*) FROM @table, the name quoted by the dialect. */
static gint64
count_rows (GsqlConnection *conn,
            GsqlDialect    *dialect,
            const char     *table)
{
  g_autofree char *quoted = gsql_dialect_quote_identifier (dialect, table);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", quoted);

  return query_int64 (conn, sql, NULL);
}

static void
create_all (GsqlMetaData *md,
            GsqlEngine   *engine,
            gboolean      checkfirst)
{
  g_autoptr(GError) error = NULL;

  ck_assert_msg (gsql_metadata_create_all (md, engine, checkfirst, NULL, &error),
                 "create_all (checkfirst=%d): %s", checkfirst, gsql_test_describe_error (error));
  gsql_test_assert_no_error (error);
}

static void
drop_all (GsqlMetaData *md,
          GsqlEngine   *engine,
          gboolean      checkfirst)
{
  g_autoptr(GError) error = NULL;

  ck_assert_msg (gsql_metadata_drop_all (md, engine, checkfirst, NULL, &error),
                 "drop_all (checkfirst=%d): %s", checkfirst, gsql_test_describe_error (error));
  gsql_test_assert_no_error (error);
}

/* SQLite checks foreign keys only when asked, per connection. */
static void
enable_sqlite_foreign_keys (GsqlConnection  *conn,
                            GsqlTestBackend  backend)
{
  if (backend != GSQL_TEST_SQLITE)
    return;
  gsql_test_exec (conn, "PRAGMA foreign_keys=ON");
  ck_assert_int_eq (query_int64 (conn, "PRAGMA foreign_keys", NULL), 1);
  printf ("#   sqlite: PRAGMA foreign_keys=ON on the test connection\n");
}

/* ---------------------------------------------------- a table of every type */

typedef enum {
  V_INTEGER,
  V_SMALL_INTEGER,
  V_BIG_INTEGER,
  V_FLOAT,
  V_DOUBLE,
  V_NUMERIC,
  V_NUMERIC_LONG,
  V_STRING,
  V_TEXT,
  V_UNICODE_TEXT,
  V_BOOLEAN,
  V_DATE,
  V_TIME,
  V_DATE_TIME,
  V_DATE_TIME_TZ,
  V_INTERVAL,
  V_LARGE_BINARY,
  V_UUID,
  V_JSON,
  V_ENUM,
  V_POINT,
  N_VALUES
} ValueColumn;

static const char * const value_columns[N_VALUES] = {
  "c_integer", "c_small_integer", "c_big_integer", "c_float", "c_double", "c_numeric",
  "c_numeric_long", "c_string", "c_text", "c_unicode_text", "c_boolean", "c_date", "c_time",
  "c_date_time", "c_date_time_tz", "c_interval", "c_large_binary", "c_uuid", "c_json",
  "c_enum", "c_point",
};

static GsqlSqlType *
value_type_new (ValueColumn  v,
                const char  *enum_name)
{
  switch (v)
    {
    case V_INTEGER: return gsql_sql_type_integer_new ();
    case V_SMALL_INTEGER: return gsql_sql_type_small_integer_new ();
    case V_BIG_INTEGER: return gsql_sql_type_big_integer_new ();
    case V_FLOAT: return gsql_sql_type_float_new (24);
    case V_DOUBLE: return gsql_sql_type_double_new ();
    case V_NUMERIC: return gsql_sql_type_numeric_new (10, 2);
    case V_NUMERIC_LONG: return gsql_sql_type_numeric_new (38, 9);
    case V_STRING: return gsql_sql_type_string_new (40);
    case V_TEXT: return gsql_sql_type_text_new ();
    case V_UNICODE_TEXT: return gsql_sql_type_unicode_text_new ();
    case V_BOOLEAN: return gsql_sql_type_boolean_new ();
    case V_DATE: return gsql_sql_type_date_new ();
    case V_TIME: return gsql_sql_type_time_new ();
    case V_DATE_TIME: return gsql_sql_type_date_time_new (FALSE);
    case V_DATE_TIME_TZ: return gsql_sql_type_date_time_new (TRUE);
    case V_INTERVAL: return gsql_sql_type_interval_new ();
    case V_LARGE_BINARY: return gsql_sql_type_large_binary_new ();
    case V_UUID: return gsql_sql_type_uuid_new ();
    case V_JSON: return gsql_sql_type_json_new ();
    case V_ENUM: return gsql_sql_type_enum_new (enum_name, "sad", "ok", "happy", NULL);
    case V_POINT: return point_type_new ();
    case N_VALUES:
    default: break;
    }
  g_assert_not_reached ();
}

/* A table (id, one nullable column per type kind). */
static GsqlTable *
add_values_table (GsqlMetaData *md,
                  const char   *name,
                  const char   *enum_name)
{
  GsqlTable *table = add_table (md, name,
                                gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE,
                                                 "autoincrement", GSQL_AUTOINCREMENT_NEVER, NULL),
                                NULL);

  for (guint v = 0; v < N_VALUES; v++)
    {
      g_autoptr(GError) error = NULL;

      ck_assert (gsql_table_add_column (table, plain_column (value_columns[v], value_type_new (v, enum_name)),
                                        &error));
      gsql_test_assert_no_error (error);
    }
  ck_assert_uint_eq (gsql_table_get_n_columns (table), N_VALUES + 1);
  return table;
}

/* -------------------------------------------------------- the whole schema */

static const char * const schema_tables[] = {
  "sch_customer", "sch_region", "sch_store", "sch_category", "sch_author", "sch_book",
  "sch_tag", "sch_book_tag", "sch_all_types", NULL,
};

#define SCHEMA_ENUM "sch_mood"

static GsqlMetaData *
build_schema (void)
{
  GsqlMetaData *md = gsql_metadata_new ();
  GsqlTable *customer, *region, *store, *category, *author, *book, *tag, *book_tag;
  GsqlConstraint *fk;

  /* Before any table: names are given as constraints are added. */
  gsql_metadata_set_naming_convention (md, "fk", "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s");

  /* Unique and check constraints, an index, comments, server defaults. */
  customer = add_table (md, "sch_customer",
                        gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                        gsql_column_new ("email", gsql_sql_type_string_new (100), "nullable", FALSE,
                                         "unique", TRUE, NULL),
                        gsql_column_new ("name", gsql_sql_type_string_new (50), "nullable", FALSE,
                                         "index", TRUE, "comment", "the name we greet them by", NULL),
                        gsql_column_new ("credit", gsql_sql_type_numeric_new (10, 2),
                                         "server-default", "0", NULL),
                        gsql_column_new ("status", gsql_sql_type_small_integer_new (), "nullable", FALSE,
                                         "server-default", "1", NULL),
                        NULL);
  add_constraint (customer, gsql_constraint_new_check ("ck_sch_customer_credit", "credit >= 0"));
  gsql_table_set_comment (customer, "People who buy things");

  /* A composite primary key… */
  region = add_table (md, "sch_region",
                      gsql_column_new ("country", gsql_sql_type_string_new (2), "primary-key", TRUE, NULL),
                      gsql_column_new ("code", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                      gsql_column_new ("name", gsql_sql_type_string_new (60), "nullable", FALSE, NULL),
                      NULL);
  add_constraint (region, gsql_constraint_new_unique ("uq_sch_region_name", COLS ("country", "name")));

  /* …referred to by a composite foreign key that cascades, with a
   * multi-column index and a multi-column unique constraint. */
  store = add_table (md, "sch_store",
                     gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                     gsql_column_new ("country", gsql_sql_type_string_new (2), "nullable", FALSE, NULL),
                     gsql_column_new ("region_code", gsql_sql_type_integer_new (), "nullable", FALSE, NULL),
                     gsql_column_new ("name", gsql_sql_type_string_new (60), "nullable", FALSE, NULL),
                     plain_column ("opened", gsql_sql_type_date_new ()),
                     NULL);
  fk = gsql_constraint_new_foreign_key ("fk_sch_store_region", COLS ("country", "region_code"),
                                        "sch_region", COLS ("country", "code"));
  gsql_constraint_set_on_delete (fk, GSQL_REFERENTIAL_ACTION_CASCADE);
  add_constraint (store, fk);
  add_constraint (store, gsql_constraint_new_unique ("uq_sch_store_name", COLS ("country", "name")));
  add_index (store, gsql_index_new ("ix_sch_store_country_region", FALSE, COLS ("country", "region_code")));

  /* A tree: a foreign key to its own table. */
  category = add_table (md, "sch_category",
                        gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE,
                                         "autoincrement", GSQL_AUTOINCREMENT_NEVER, NULL),
                        gsql_column_new ("parent_id", gsql_sql_type_integer_new (),
                                         "foreign-key", "sch_category.id", NULL),
                        gsql_column_new ("name", gsql_sql_type_string_new (40), "nullable", FALSE, NULL),
                        NULL);
  add_constraint (category, gsql_constraint_new_check ("ck_sch_category_not_own_parent",
                                                       "parent_id IS NULL OR parent_id <> id"));

  /* A cycle: each author has a favorite book, each book an author. */
  author = add_table (md, "sch_author",
                      gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE,
                                       "autoincrement", GSQL_AUTOINCREMENT_NEVER, NULL),
                      gsql_column_new ("name", gsql_sql_type_string_new (60), "nullable", FALSE, NULL),
                      gsql_column_new ("favorite_book_id", gsql_sql_type_integer_new (),
                                       "foreign-key", "sch_book.id", NULL),
                      NULL);
  book = add_table (md, "sch_book",
                    gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE,
                                     "autoincrement", GSQL_AUTOINCREMENT_NEVER, NULL),
                    gsql_column_new ("author_id", gsql_sql_type_integer_new (), "nullable", FALSE,
                                     "foreign-key", "sch_author.id", NULL),
                    gsql_column_new ("title", gsql_sql_type_unicode_text_new (), "nullable", FALSE, NULL),
                    NULL);

  /* Many to many. */
  tag = add_table (md, "sch_tag",
                   gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE,
                                    "autoincrement", GSQL_AUTOINCREMENT_NEVER, NULL),
                   gsql_column_new ("label", gsql_sql_type_string_new (30), "nullable", FALSE,
                                    "unique", TRUE, NULL),
                   NULL);
  book_tag = add_table (md, "sch_book_tag",
                        gsql_column_new ("book_id", gsql_sql_type_integer_new (), "primary-key", TRUE,
                                         "foreign-key", "sch_book.id", NULL),
                        gsql_column_new ("tag_id", gsql_sql_type_integer_new (), "primary-key", TRUE,
                                         "foreign-key", "sch_tag.id", NULL),
                        NULL);
  fk = find_fk (book_tag, "sch_book");
  gsql_constraint_set_on_delete (fk, GSQL_REFERENTIAL_ACTION_CASCADE);

  /* Every type kind, the enum named (PostgreSQL makes it a type). */
  add_values_table (md, "sch_all_types", SCHEMA_ENUM);

  ck_assert_ptr_nonnull (customer);
  ck_assert_ptr_nonnull (author);
  ck_assert_ptr_nonnull (book);
  ck_assert_ptr_nonnull (tag);
  return md;
}

/* The structure of the schema, before any database sees it. */
static void
check_schema_structure (GsqlMetaData *md)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sorted = gsql_metadata_get_sorted_tables (md, &error);
  g_autoptr(GPtrArray) region_pk = NULL;
  GsqlTable *author = gsql_metadata_get_table (md, "sch_author");
  GsqlTable *book = gsql_metadata_get_table (md, "sch_book");
  GsqlTable *category = gsql_metadata_get_table (md, "sch_category");
  GsqlTable *store = gsql_metadata_get_table (md, "sch_store");
  GsqlTable *book_tag = gsql_metadata_get_table (md, "sch_book_tag");
  GsqlConstraint *favorite, *written_by, *parent, *store_region;
  int pos[G_N_ELEMENTS (schema_tables)];

  gsql_test_assert_no_error (error);
  ck_assert_ptr_nonnull (sorted);
  ck_assert_uint_eq (sorted->len, G_N_ELEMENTS (schema_tables) - 1);

  for (guint i = 0; schema_tables[i] != NULL; i++)
    {
      pos[i] = -1;
      for (guint k = 0; k < sorted->len; k++)
        if (g_str_equal (gsql_table_get_name (g_ptr_array_index (sorted, k)), schema_tables[i]))
          pos[i] = (int) k;
      ck_assert_msg (pos[i] >= 0, "%s missing from the sorted tables", schema_tables[i]);
    }
  /* region < store; book, tag < book_tag (indexes into schema_tables). */
  ck_assert_int_lt (pos[1], pos[2]);
  ck_assert_int_lt (pos[5], pos[7]);
  ck_assert_int_lt (pos[6], pos[7]);

  /* The cycle is broken with ALTER, both ways; the names come from the
   * convention, so drop_all can drop them. */
  favorite = find_fk (author, "sch_book");
  written_by = find_fk (book, "sch_author");
  ck_assert (gsql_constraint_get_use_alter (favorite));
  ck_assert (gsql_constraint_get_use_alter (written_by));
  ck_assert_str_eq (gsql_constraint_get_name (favorite), "fk_sch_author_favorite_book_id_sch_book");
  ck_assert_str_eq (gsql_constraint_get_name (written_by), "fk_sch_book_author_id_sch_author");

  /* A self reference is no cycle; the composite key is not either. */
  parent = find_fk (category, "sch_category");
  ck_assert (!gsql_constraint_get_use_alter (parent));
  ck_assert_str_eq (gsql_constraint_get_name (parent), "fk_sch_category_parent_id_sch_category");
  store_region = find_fk (store, "sch_region");
  ck_assert (!gsql_constraint_get_use_alter (store_region));
  ck_assert_int_eq (gsql_constraint_get_on_delete (store_region), GSQL_REFERENTIAL_ACTION_CASCADE);
  ck_assert (g_strv_equal (gsql_constraint_get_referred_columns (store_region), COLS ("country", "code")));
  ck_assert_ptr_eq (gsql_constraint_resolve_referred_table (store_region, &error),
                    gsql_metadata_get_table (md, "sch_region"));
  gsql_test_assert_no_error (error);

  region_pk = gsql_table_get_primary_key (gsql_metadata_get_table (md, "sch_region"));
  ck_assert_uint_eq (region_pk->len, 2);
  ck_assert_ptr_null (gsql_table_get_autoincrement_column (book_tag));
  ck_assert_ptr_nonnull (gsql_table_get_autoincrement_column (gsql_metadata_get_table (md, "sch_customer")));
}

START_TEST (test_create_drop_schema)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GsqlMetaData) md = build_schema ();
  GsqlDialect *dialect = gsql_engine_get_dialect (engine);
  const char *dn = gsql_dialect_get_name (dialect);

  ck_assert_str_eq (dn, gsql_test_backend_dialect (backend));
  check_schema_structure (md);

  /* Clean up after an earlier run, then create. */
  drop_all (md, engine, TRUE);
  ck_assert_uint_eq (count_existing_tables (conn, backend, schema_tables), 0);
  create_all (md, engine, FALSE);
  printf ("#   %s: created %u tables\n", gsql_test_backend_name (backend),
          count_existing_tables (conn, backend, schema_tables));
  ck_assert_uint_eq (count_existing_tables (conn, backend, schema_tables), G_N_ELEMENTS (schema_tables) - 1);
  for (guint i = 0; schema_tables[i] != NULL; i++)
    ck_assert_int_eq (count_rows (conn, dialect, schema_tables[i]), 0);
  ck_assert (index_exists (conn, backend, "ix_sch_customer_name"));
  ck_assert (index_exists (conn, backend, "ix_sch_store_country_region"));
  if (backend == GSQL_TEST_POSTGRESQL)
    ck_assert_int_eq (query_int64 (conn, "SELECT count(*) FROM pg_type WHERE typname = ?", SCHEMA_ENUM), 1);

  /* Comments, where the database keeps them. */
  if (backend == GSQL_TEST_POSTGRESQL)
    {
      g_autofree char *t = query_string (conn, "SELECT obj_description(c.oid, 'pg_class') FROM pg_class c "
                                         "WHERE c.oid = to_regclass(?)", "sch_customer");
      g_autofree char *c = query_string (conn, "SELECT col_description(a.attrelid, a.attnum) FROM pg_attribute a "
                                         "WHERE a.attrelid = to_regclass('sch_customer') AND a.attname = ?", "name");
      ck_assert_str_eq (t, "People who buy things");
      ck_assert_str_eq (c, "the name we greet them by");
    }
  else if (backend == GSQL_TEST_MARIADB)
    {
      g_autofree char *t = query_string (conn, "SELECT table_comment FROM information_schema.tables "
                                         "WHERE table_schema = DATABASE() AND table_name = ?", "sch_customer");
      g_autofree char *c = query_string (conn, "SELECT column_comment FROM information_schema.columns "
                                         "WHERE table_schema = DATABASE() AND table_name = 'sch_customer' "
                                         "AND column_name = ?", "name");
      ck_assert_str_eq (t, "People who buy things");
      ck_assert_str_eq (c, "the name we greet them by");
    }
  else
    printf ("#   sqlite: keeps no comments (nothing to check)\n");

  enable_sqlite_foreign_keys (conn, backend);

  /* Server defaults, and the unique and check constraints. */
  {
    g_autoptr(GsqlResult) r = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(GsqlResult) sel = NULL;
    GValue v = G_VALUE_INIT;

    r = gsql_connection_execute_va (conn, NULL, &error,
                                    "INSERT INTO sch_customer (email, name) VALUES (?, ?)",
                                    G_TYPE_STRING, "ann@example.com", G_TYPE_STRING, "Ann",
                                    G_TYPE_INVALID);
    gsql_test_assert_no_error (error);
    ck_assert_int_eq (gsql_result_get_rowcount (r), 1);
    ck_assert_int_eq (query_int64 (conn, "SELECT status FROM sch_customer WHERE email = ?", "ann@example.com"), 1);
    sel = run (conn, "SELECT credit FROM sch_customer", NULL, 0);
    ck_assert (gsql_result_scalar_one (sel, &v, &error));
    gsql_test_assert_no_error (error);
    {
      GValue n = G_VALUE_INIT;
      g_autoptr(GsqlSqlType) numeric = g_object_ref_sink (gsql_sql_type_numeric_new (10, 2));

      ck_assert (gsql_sql_type_result (numeric, dn, &v, &n, &error));
      gsql_test_assert_no_error (error);
      ck_assert_double_eq (gsql_numeric_to_double (g_value_get_boxed (&n)), 0.0);
      g_value_unset (&n);
    }
    g_value_unset (&v);
  }
  printf ("#   unique constraint:\n");
  expect_failure (conn, "INSERT INTO sch_customer (email, name) VALUES ('ann@example.com', 'Other Ann')",
                  NULL, 0, GSQL_ERROR_UNIQUE_VIOLATION);
  printf ("#   check constraint:\n");
  expect_failure (conn, "INSERT INTO sch_customer (email, name, credit) VALUES ('bob@example.com', 'Bob', -5)",
                  NULL, 0, GSQL_ERROR_CHECK_VIOLATION);
  ck_assert_int_eq (count_rows (conn, dialect, "sch_customer"), 1);

  /* The composite foreign key refuses a dangling row and cascades. */
  gsql_test_exec (conn, "INSERT INTO sch_region (country, code, name) VALUES ('FR', 75, 'Paris')");
  gsql_test_exec (conn, "INSERT INTO sch_store (id, country, region_code, name) VALUES (1, 'FR', 75, 'Louvre')");
  printf ("#   composite foreign key:\n");
  expect_failure (conn, "INSERT INTO sch_store (id, country, region_code, name) VALUES (2, 'FR', 13, 'Vieux Port')",
                  NULL, 0, GSQL_ERROR_FOREIGN_KEY_VIOLATION);
  printf ("#   composite unique constraint:\n");
  expect_failure (conn, "INSERT INTO sch_store (id, country, region_code, name) VALUES (3, 'FR', 75, 'Louvre')",
                  NULL, 0, GSQL_ERROR_UNIQUE_VIOLATION);
  gsql_test_exec (conn, "DELETE FROM sch_region WHERE country = 'FR' AND code = 75");
  ck_assert_int_eq (count_rows (conn, dialect, "sch_store"), 0);

  /* The tree. */
  gsql_test_exec (conn, "INSERT INTO sch_category (id, parent_id, name) VALUES (1, NULL, 'root')");
  gsql_test_exec (conn, "INSERT INTO sch_category (id, parent_id, name) VALUES (2, 1, 'leaf')");
  printf ("#   self-referencing foreign key:\n");
  expect_failure (conn, "INSERT INTO sch_category (id, parent_id, name) VALUES (3, 42, 'lost')",
                  NULL, 0, GSQL_ERROR_FOREIGN_KEY_VIOLATION);
  ck_assert_int_eq (query_int64 (conn, "SELECT count(*) FROM sch_category c JOIN sch_category p "
                                 "ON c.parent_id = p.id WHERE p.name = ?", "root"), 1);

  /* The cycle: both foreign keys exist and are enforced. */
  gsql_test_exec (conn, "INSERT INTO sch_author (id, name, favorite_book_id) VALUES (1, 'Ursula', NULL)");
  gsql_test_exec (conn, "INSERT INTO sch_book (id, author_id, title) VALUES (10, 1, 'The Dispossessed')");
  gsql_test_exec (conn, "UPDATE sch_author SET favorite_book_id = 10 WHERE id = 1");
  printf ("#   foreign keys of the cycle:\n");
  expect_failure (conn, "INSERT INTO sch_book (id, author_id, title) VALUES (11, 99, 'Nobody')",
                  NULL, 0, GSQL_ERROR_FOREIGN_KEY_VIOLATION);
  expect_failure (conn, "UPDATE sch_author SET favorite_book_id = 99 WHERE id = 1",
                  NULL, 0, GSQL_ERROR_FOREIGN_KEY_VIOLATION);

  /* Many to many. */
  gsql_test_exec (conn, "INSERT INTO sch_tag (id, label) VALUES (1, 'anarchism')");
  gsql_test_exec (conn, "INSERT INTO sch_tag (id, label) VALUES (2, 'physics')");
  gsql_test_exec (conn, "INSERT INTO sch_book_tag (book_id, tag_id) VALUES (10, 1)");
  gsql_test_exec (conn, "INSERT INTO sch_book_tag (book_id, tag_id) VALUES (10, 2)");
  printf ("#   association table:\n");
  expect_failure (conn, "INSERT INTO sch_book_tag (book_id, tag_id) VALUES (10, 2)",
                  NULL, 0, GSQL_ERROR_UNIQUE_VIOLATION);
  expect_failure (conn, "INSERT INTO sch_book_tag (book_id, tag_id) VALUES (10, 3)",
                  NULL, 0, GSQL_ERROR_FOREIGN_KEY_VIOLATION);
  expect_failure (conn, "INSERT INTO sch_tag (id, label) VALUES (3, 'physics')",
                  NULL, 0, GSQL_ERROR_UNIQUE_VIOLATION);
  ck_assert_int_eq (query_int64 (conn, "SELECT count(*) FROM sch_book b JOIN sch_book_tag bt ON bt.book_id = b.id "
                                 "JOIN sch_tag t ON t.id = bt.tag_id WHERE b.title = ?", "The Dispossessed"), 2);

  /* The enum's values (see test_enum_enforced for bad ones). */
  gsql_test_exec (conn, "INSERT INTO sch_all_types (id, c_enum) VALUES (1, 'happy')");

  /* checkfirst: twice more, nothing touched. */
  create_all (md, engine, TRUE);
  create_all (md, engine, TRUE);
  ck_assert_uint_eq (count_existing_tables (conn, backend, schema_tables), G_N_ELEMENTS (schema_tables) - 1);
  ck_assert_int_eq (count_rows (conn, dialect, "sch_book_tag"), 2);
  ck_assert_int_eq (count_rows (conn, dialect, "sch_customer"), 1);

  /* Without checkfirst, creating again fails: the tables exist. */
  {
    g_autoptr(GError) error = NULL;

    ck_assert (!gsql_metadata_create_all (md, engine, FALSE, NULL, &error));
    ck_assert_ptr_nonnull (error);
    print_error ("   create_all over existing tables: ", error);
    ck_assert_uint_eq (count_existing_tables (conn, backend, schema_tables), G_N_ELEMENTS (schema_tables) - 1);
  }

  /* Drop with data in the cycle and the association table. */
  drop_all (md, engine, FALSE);
  ck_assert_uint_eq (count_existing_tables (conn, backend, schema_tables), 0);
  if (backend == GSQL_TEST_POSTGRESQL)
    ck_assert_int_eq (query_int64 (conn, "SELECT count(*) FROM pg_type WHERE typname = ?", SCHEMA_ENUM), 0);
  ck_assert (!index_exists (conn, backend, "ix_sch_customer_name"));
  drop_all (md, engine, TRUE);
  printf ("#   %s: dropped every table\n", gsql_test_backend_name (backend));
}
END_TEST

/* An enum column takes only the enum's values: a CHECK constraint on
 * SQLite (a CHECK violation), a native type on PostgreSQL and MariaDB
 * (bad data). */
/* Inserts a value outside the enum; returns the error code it fails
 * with (-1: it did not fail).  Everything is freed before the caller
 * asserts, so a failure leaks nothing under CK_FORK=no. */
static int
insert_bad_enum_value (GsqlTestBackend backend)
{
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlResult) result = NULL;

  add_table (md, "sch_enum_check",
             gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE,
                              "autoincrement", GSQL_AUTOINCREMENT_NEVER, NULL),
             plain_column ("mood", gsql_sql_type_enum_new ("sch_check_mood", "sad", "ok", "happy", NULL)),
             NULL);
  drop_all (md, engine, TRUE);
  create_all (md, engine, FALSE);

  gsql_test_exec (conn, "INSERT INTO sch_enum_check (id, mood) VALUES (1, 'ok')");
  result = gsql_connection_execute (conn, "INSERT INTO sch_enum_check (id, mood) VALUES (2, 'furious')",
                                    NULL, 0, NULL, &error);
  g_clear_object (&result);
  if (error != NULL)
    {
      printf ("#   %s: a value outside the enum:\n", gsql_test_backend_name (backend));
      print_error ("     ", error);
    }
  ck_assert_int_eq (count_rows (conn, gsql_engine_get_dialect (engine), "sch_enum_check"), error != NULL ? 1 : 2);
  drop_all (md, engine, FALSE);
  ck_assert (!table_exists (conn, backend, "sch_enum_check"));
  if (backend == GSQL_TEST_POSTGRESQL)
    ck_assert_int_eq (query_int64 (conn, "SELECT count(*) FROM pg_type WHERE typname = ?", "sch_check_mood"), 0);
  if (error == NULL)
    return -1;
  return error->domain == GSQL_ERROR ? error->code : -2;
}

START_TEST (test_enum_enforced)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  int expected = backend == GSQL_TEST_SQLITE ? GSQL_ERROR_CHECK_VIOLATION : GSQL_ERROR_DATA;
  int code = insert_bad_enum_value (backend);

  ck_assert_msg (code != -1, "a value outside the enum was stored");
  ck_assert_msg (code == expected, "expected %s, got %s", gsql_test_error_code_name (expected),
                 gsql_test_error_code_name (code));
}
END_TEST

/* ------------------------------------------------------- every value, back */

#define VALUES_TABLE "sch_values"
#define VALUES_ENUM "sch_value_mood"
#define LONG_NUMERIC "12345678901234567890.123456789"

static GDateTime *
make_datetime (GTimeZone *tz, int y, int mo, int d, int h, int mi, int s, int us)
{
  g_autoptr(GDateTime) whole = g_date_time_new (tz, y, mo, d, h, mi, s);

  ck_assert_ptr_nonnull (whole);
  return g_date_time_add (whole, us);
}

/* The program's value of each column. */
static void
make_values (GValue values[N_VALUES])
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) kolkata = g_time_zone_new_identifier ("+05:30");
  guint8 bytes[256];
  SchPoint point = { -12, 345 };

  ck_assert_ptr_nonnull (kolkata);
  for (guint i = 0; i < 256; i++)
    bytes[i] = (guint8) i;

  for (guint v = 0; v < N_VALUES; v++)
    memset (&values[v], 0, sizeof values[v]);

  gsql_test_value_int64 (&values[V_INTEGER], G_MININT32);
  gsql_test_value_int64 (&values[V_SMALL_INTEGER], G_MAXINT16);
  gsql_test_value_int64 (&values[V_BIG_INTEGER], G_MAXINT64);
  gsql_test_value_double (&values[V_FLOAT], -3.25);
  gsql_test_value_double (&values[V_DOUBLE], 0.1);
  g_value_init (&values[V_NUMERIC], GSQL_TYPE_NUMERIC);
  g_value_take_boxed (&values[V_NUMERIC], gsql_numeric_new_from_string ("12345.67", NULL));
  g_value_init (&values[V_NUMERIC_LONG], GSQL_TYPE_NUMERIC);
  g_value_take_boxed (&values[V_NUMERIC_LONG], gsql_numeric_new_from_string (LONG_NUMERIC, NULL));
  ck_assert_ptr_nonnull (g_value_get_boxed (&values[V_NUMERIC]));
  ck_assert_ptr_nonnull (g_value_get_boxed (&values[V_NUMERIC_LONG]));
  gsql_test_value_string (&values[V_STRING], "it's \"quoted\", wörld");
  gsql_test_value_string (&values[V_TEXT], "line one\nline two\ttabbed\\backslash; DROP TABLE x; --");
  gsql_test_value_string (&values[V_UNICODE_TEXT], "日本語 ✓ Ελληνικά 🎉");
  gsql_test_value_boolean (&values[V_BOOLEAN], TRUE);
  g_value_init (&values[V_DATE], G_TYPE_DATE);
  g_value_take_boxed (&values[V_DATE], g_date_new_dmy (29, G_DATE_FEBRUARY, 2024));
  g_value_init (&values[V_TIME], GSQL_TYPE_TIME);
  g_value_take_boxed (&values[V_TIME], gsql_time_new (13, 14, 15, 123456));
  g_value_init (&values[V_DATE_TIME], G_TYPE_DATE_TIME);
  g_value_take_boxed (&values[V_DATE_TIME], make_datetime (utc, 2024, 2, 29, 23, 59, 58, 123456));
  g_value_init (&values[V_DATE_TIME_TZ], G_TYPE_DATE_TIME);
  g_value_take_boxed (&values[V_DATE_TIME_TZ], make_datetime (kolkata, 1999, 12, 31, 23, 30, 1, 654321));
  /* 1 day 2 h 3 min 4.5 s */
  gsql_test_value_int64 (&values[V_INTERVAL], G_TIME_SPAN_DAY + 2 * G_TIME_SPAN_HOUR +
                                              3 * G_TIME_SPAN_MINUTE + 4 * G_TIME_SPAN_SECOND + 500000);
  g_value_init (&values[V_LARGE_BINARY], G_TYPE_BYTES);
  g_value_take_boxed (&values[V_LARGE_BINARY], g_bytes_new (bytes, sizeof bytes));
  gsql_test_value_string (&values[V_UUID], "550E8400-E29B-41D4-A716-446655440000");
  gsql_test_value_string (&values[V_JSON], "{\"a\":[1,2]}");
  gsql_test_value_string (&values[V_ENUM], "happy");
  g_value_init (&values[V_POINT], SCH_TYPE_POINT);
  g_value_set_boxed (&values[V_POINT], &point);
}

/* Asserts that @got (as read back) equals @want (as written). */
static void
assert_value_equal (GsqlTestBackend  backend,
                    ValueColumn      v,
                    const GValue    *want,
                    const GValue    *got)
{
  const char *col = value_columns[v];

  ck_assert_msg (G_VALUE_TYPE (got) != G_TYPE_INVALID, "%s: read back NULL", col);

  switch (v)
    {
    case V_INTEGER:
    case V_SMALL_INTEGER:
    case V_BIG_INTEGER:
    case V_INTERVAL:
      ck_assert_msg (G_VALUE_HOLDS_INT64 (got), "%s: a %s", col, G_VALUE_TYPE_NAME (got));
      ck_assert_msg (g_value_get_int64 (got) == g_value_get_int64 (want),
                     "%s: %" G_GINT64_FORMAT " != %" G_GINT64_FORMAT, col,
                     g_value_get_int64 (got), g_value_get_int64 (want));
      break;
    case V_FLOAT:
    case V_DOUBLE:
      ck_assert_msg (G_VALUE_HOLDS_DOUBLE (got), "%s: a %s", col, G_VALUE_TYPE_NAME (got));
      ck_assert_msg (g_value_get_double (got) == g_value_get_double (want), "%s: %.17g != %.17g", col,
                     g_value_get_double (got), g_value_get_double (want));
      break;
    case V_NUMERIC:
    case V_NUMERIC_LONG:
      ck_assert_msg (G_VALUE_HOLDS (got, GSQL_TYPE_NUMERIC), "%s: a %s", col, G_VALUE_TYPE_NAME (got));
      ck_assert_str_eq (gsql_numeric_to_string (g_value_get_boxed (got)),
                        gsql_numeric_to_string (g_value_get_boxed (want)));
      break;
    case V_STRING:
    case V_TEXT:
    case V_UNICODE_TEXT:
    case V_ENUM:
      ck_assert_msg (G_VALUE_HOLDS_STRING (got), "%s: a %s", col, G_VALUE_TYPE_NAME (got));
      ck_assert_str_eq (g_value_get_string (got), g_value_get_string (want));
      break;
    case V_UUID:
      ck_assert_msg (G_VALUE_HOLDS_STRING (got), "%s: a %s", col, G_VALUE_TYPE_NAME (got));
      ck_assert_str_eq (g_value_get_string (got), "550e8400-e29b-41d4-a716-446655440000");
      break;
    case V_JSON:
      ck_assert_msg (G_VALUE_HOLDS_STRING (got), "%s: a %s", col, G_VALUE_TYPE_NAME (got));
      /* JSONB keeps the document, not its text. */
      ck_assert_str_eq (g_value_get_string (got),
                        backend == GSQL_TEST_POSTGRESQL ? "{\"a\": [1, 2]}" : "{\"a\":[1,2]}");
      break;
    case V_BOOLEAN:
      ck_assert_msg (G_VALUE_HOLDS_BOOLEAN (got), "%s: a %s", col, G_VALUE_TYPE_NAME (got));
      ck_assert_int_eq (g_value_get_boolean (got), g_value_get_boolean (want));
      break;
    case V_DATE:
      ck_assert_msg (G_VALUE_HOLDS (got, G_TYPE_DATE), "%s: a %s", col, G_VALUE_TYPE_NAME (got));
      ck_assert_int_eq (g_date_compare (g_value_get_boxed (got), g_value_get_boxed (want)), 0);
      break;
    case V_TIME:
      {
        g_autofree char *g = NULL;
        g_autofree char *w = NULL;

        ck_assert_msg (G_VALUE_HOLDS (got, GSQL_TYPE_TIME), "%s: a %s", col, G_VALUE_TYPE_NAME (got));
        g = gsql_time_to_string (g_value_get_boxed (got));
        w = gsql_time_to_string (g_value_get_boxed (want));
        ck_assert_msg (gsql_time_equal (g_value_get_boxed (got), g_value_get_boxed (want)),
                       "%s: %s != %s", col, g, w);
        break;
      }
    case V_DATE_TIME:
    case V_DATE_TIME_TZ:
      {
        g_autofree char *g = NULL;
        g_autofree char *w = NULL;

        ck_assert_msg (G_VALUE_HOLDS (got, G_TYPE_DATE_TIME), "%s: a %s", col, G_VALUE_TYPE_NAME (got));
        g = g_date_time_format_iso8601 (g_value_get_boxed (got));
        w = g_date_time_format_iso8601 (g_value_get_boxed (want));
        ck_assert_msg (g_date_time_equal (g_value_get_boxed (got), g_value_get_boxed (want)),
                       "%s: %s != %s", col, g, w);
        break;
      }
    case V_LARGE_BINARY:
      ck_assert_msg (G_VALUE_HOLDS (got, G_TYPE_BYTES), "%s: a %s", col, G_VALUE_TYPE_NAME (got));
      ck_assert_uint_eq (g_bytes_get_size (g_value_get_boxed (got)), 256);
      ck_assert (g_bytes_equal (g_value_get_boxed (got), g_value_get_boxed (want)));
      break;
    case V_POINT:
      {
        const SchPoint *g, *w;

        ck_assert_msg (G_VALUE_HOLDS (got, SCH_TYPE_POINT), "%s: a %s", col, G_VALUE_TYPE_NAME (got));
        g = g_value_get_boxed (got);
        w = g_value_get_boxed (want);
        ck_assert_int_eq (g->x, w->x);
        ck_assert_int_eq (g->y, w->y);
        break;
      }
    case N_VALUES:
    default:
      ck_abort ();
    }
}

START_TEST (test_round_trip_every_type)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  GsqlDialect *dialect = gsql_engine_get_dialect (engine);
  const char *dn = gsql_dialect_get_name (dialect);
  GsqlTable *table = add_values_table (md, VALUES_TABLE, VALUES_ENUM);
  GsqlSqlType *id_type = gsql_column_get_sql_type (gsql_table_get_column (table, "id"));
  GValue values[N_VALUES];
  g_autoptr(GString) insert = g_string_new ("INSERT INTO ");
  g_autoptr(GString) select = g_string_new ("SELECT ");
  g_autofree char *qtable = gsql_dialect_quote_identifier (dialect, VALUES_TABLE);
  g_autofree char *qid = gsql_dialect_quote_identifier (dialect, "id");

  drop_all (md, engine, TRUE);
  create_all (md, engine, TRUE);

  g_string_append_printf (insert, "%s (%s", qtable, qid);
  for (guint v = 0; v < N_VALUES; v++)
    {
      g_autofree char *q = gsql_dialect_quote_identifier (dialect, value_columns[v]);

      g_string_append_printf (insert, ", %s", q);
      g_string_append_printf (select, "%s%s", v > 0 ? ", " : "", q);
    }
  g_string_append (insert, ") VALUES (?");
  for (guint v = 0; v < N_VALUES; v++)
    g_string_append (insert, ", ?");
  g_string_append (insert, ")");
  g_string_append_printf (select, " FROM %s ORDER BY %s", qtable, qid);

  make_values (values);

  /* Row 1 holds every value, row 2 a NULL of every type. */
  for (gint64 row = 1; row <= 2; row++)
    {
      GValue params[N_VALUES + 1];
      GValue id = G_VALUE_INIT;
      g_autoptr(GError) error = NULL;
      g_autoptr(GsqlResult) result = NULL;

      memset (params, 0, sizeof params);
      gsql_test_value_int64 (&id, row);
      ck_assert (gsql_sql_type_bind (id_type, dn, &id, &params[0], &error));
      gsql_test_assert_no_error (error);
      g_value_unset (&id);

      for (guint v = 0; v < N_VALUES; v++)
        {
          GsqlSqlType *type = gsql_column_get_sql_type (gsql_table_get_column (table, value_columns[v]));
          GValue null = G_VALUE_INIT;

          ck_assert_msg (gsql_sql_type_bind (type, dn, row == 1 ? &values[v] : &null, &params[v + 1], &error),
                         "binding %s: %s", value_columns[v], gsql_test_describe_error (error));
          gsql_test_assert_no_error (error);
          if (row == 2)
            ck_assert_msg (!G_IS_VALUE (&params[v + 1]), "%s: NULL bound as a %s", value_columns[v],
                           G_VALUE_TYPE_NAME (&params[v + 1]));
        }
      /* What each dialect is sent. */
      if (row == 1)
        {
          ck_assert (G_VALUE_HOLDS_STRING (&params[V_UUID + 1]));
          ck_assert_str_eq (g_value_get_string (&params[V_UUID + 1]),
                            backend == GSQL_TEST_POSTGRESQL ? "550e8400-e29b-41d4-a716-446655440000"
                                                            : "550e8400e29b41d4a716446655440000");
          ck_assert (G_VALUE_HOLDS_STRING (&params[V_POINT + 1]));
          ck_assert_str_eq (g_value_get_string (&params[V_POINT + 1]), "-12,345");
        }

      result = gsql_connection_execute (conn, insert->str, params, N_VALUES + 1, NULL, &error);
      ck_assert_msg (error == NULL, "row %" G_GINT64_FORMAT ": %s: %s", row, insert->str,
                     gsql_test_describe_error (error));
      ck_assert_int_eq (gsql_result_get_rowcount (result), 1);
      gsql_test_values_unset (params, N_VALUES + 1);
    }

  {
    g_autoptr(GsqlResult) result = run (conn, select->str, NULL, 0);
    g_autoptr(GError) error = NULL;

    ck_assert_uint_eq (gsql_result_get_n_columns (result), N_VALUES);
    ck_assert_msg (gsql_result_next (result, &error), "row 1 missing: %s", gsql_test_describe_error (error));
    for (guint v = 0; v < N_VALUES; v++)
      {
        GsqlSqlType *type = gsql_column_get_sql_type (gsql_table_get_column (table, value_columns[v]));
        GValue raw = G_VALUE_INIT;
        GValue out = G_VALUE_INIT;

        gsql_result_get_value (result, v, &raw);
        ck_assert_msg (G_IS_VALUE (&raw), "%s: read back NULL", value_columns[v]);
        ck_assert_msg (gsql_sql_type_result (type, dn, &raw, &out, &error), "reading %s (%s): %s",
                       value_columns[v], G_VALUE_TYPE_NAME (&raw), gsql_test_describe_error (error));
        gsql_test_assert_no_error (error);
        ck_assert_msg (G_VALUE_HOLDS (&out, gsql_sql_type_get_value_type (type)),
                       "%s: read as a %s, its type says %s", value_columns[v], G_VALUE_TYPE_NAME (&out),
                       g_type_name (gsql_sql_type_get_value_type (type)));

        if (v == V_NUMERIC_LONG && backend == GSQL_TEST_SQLITE)
          printf ("#   sqlite: %s not compared: SQLite stores NUMERIC as a double (15 significant "
                  "digits); %s came back as %s\n", value_columns[v], LONG_NUMERIC,
                  gsql_numeric_to_string (g_value_get_boxed (&out)));
        else
          assert_value_equal (backend, v, &values[v], &out);
        if (v == V_DATE_TIME && backend == GSQL_TEST_SQLITE)
          printf ("#   sqlite: timestamps keep their microseconds: SQLite keeps the text gsql wrote\n");
        g_value_unset (&raw);
        g_value_unset (&out);
      }

    ck_assert_msg (gsql_result_next (result, &error), "row 2 missing: %s", gsql_test_describe_error (error));
    for (guint v = 0; v < N_VALUES; v++)
      {
        GsqlSqlType *type = gsql_column_get_sql_type (gsql_table_get_column (table, value_columns[v]));
        GValue raw = G_VALUE_INIT;
        GValue out = G_VALUE_INIT;

        ck_assert_msg (gsql_result_is_null (result, v), "%s: not NULL", value_columns[v]);
        gsql_result_get_value (result, v, &raw);
        ck_assert_msg (!G_IS_VALUE (&raw), "%s: NULL read as a %s", value_columns[v], G_VALUE_TYPE_NAME (&raw));
        ck_assert (gsql_sql_type_result (type, dn, &raw, &out, &error));
        gsql_test_assert_no_error (error);
        ck_assert_msg (!G_IS_VALUE (&out), "%s: NULL converted into a %s", value_columns[v],
                       G_VALUE_TYPE_NAME (&out));
      }
    ck_assert (!gsql_result_next (result, &error));
    gsql_test_assert_no_error (error);
  }
  printf ("#   %s: %u types written and read back\n", gsql_test_backend_name (backend), N_VALUES);

  gsql_test_values_unset (values, N_VALUES);
  drop_all (md, engine, FALSE);
  ck_assert (!table_exists (conn, backend, VALUES_TABLE));
  if (backend == GSQL_TEST_POSTGRESQL)
    ck_assert_int_eq (query_int64 (conn, "SELECT count(*) FROM pg_type WHERE typname = ?", VALUES_ENUM), 0);
}
END_TEST

/* ---------------------------------------------------- names to be quoted */

START_TEST (test_reserved_names)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  GsqlDialect *dialect = gsql_engine_get_dialect (engine);
  g_autofree char *t = gsql_dialect_quote_identifier (dialect, "order");
  g_autofree char *c1 = gsql_dialect_quote_identifier (dialect, "select");
  g_autofree char *c2 = gsql_dialect_quote_identifier (dialect, "From");
  g_autofree char *c3 = gsql_dialect_quote_identifier (dialect, "user id");
  g_autofree char *insert = NULL;
  g_autofree char *select = NULL;
  g_autoptr(GsqlResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GsqlTable *order;

  order = add_table (md, "order",
                     gsql_column_new ("select", gsql_sql_type_integer_new (), "primary-key", TRUE,
                                      "autoincrement", GSQL_AUTOINCREMENT_NEVER, NULL),
                     gsql_column_new ("From", gsql_sql_type_string_new (20), "index", TRUE, NULL),
                     plain_column ("user id", gsql_sql_type_integer_new ()),
                     NULL);
  add_constraint (order, gsql_constraint_new_check (NULL, "1 = 1"));
  printf ("#   %s: order → %s, select → %s, From → %s, user id → %s\n",
          gsql_test_backend_name (backend), t, c1, c2, c3);
  ck_assert_str_ne (t, "order");
  ck_assert_str_ne (c1, "select");
  ck_assert_str_ne (c2, "From");
  ck_assert_str_ne (c3, "user id");

  drop_all (md, engine, TRUE);
  ck_assert (!table_exists (conn, backend, "order"));
  create_all (md, engine, TRUE);
  ck_assert (table_exists (conn, backend, "order"));
  ck_assert_int_eq (count_rows (conn, dialect, "order"), 0);

  insert = g_strdup_printf ("INSERT INTO %s (%s, %s, %s) VALUES (?, ?, ?)", t, c1, c2, c3);
  result = gsql_connection_execute_va (conn, NULL, &error, insert,
                                       G_TYPE_INT64, (gint64) 7,
                                       G_TYPE_STRING, "Zürich",
                                       G_TYPE_INT64, (gint64) 42,
                                       G_TYPE_INVALID);
  gsql_test_assert_no_error (error);
  ck_assert_int_eq (gsql_result_get_rowcount (result), 1);
  g_clear_object (&result);

  select = g_strdup_printf ("SELECT %s, %s, %s FROM %s WHERE %s = ?", c1, c2, c3, t, c2);
  result = gsql_connection_execute_va (conn, NULL, &error, select, G_TYPE_STRING, "Zürich", G_TYPE_INVALID);
  gsql_test_assert_no_error (error);
  ck_assert (gsql_result_next (result, &error));
  gsql_test_assert_no_error (error);
  ck_assert_int_eq (gsql_result_get_int64 (result, 0), 7);
  ck_assert_str_eq (gsql_result_get_string (result, 1), "Zürich");
  ck_assert_int_eq (gsql_result_get_int64 (result, 2), 42);
  ck_assert (!gsql_result_next (result, &error));
  gsql_test_assert_no_error (error);
  g_clear_object (&result);

  /* The same names work for checkfirst and for dropping. */
  create_all (md, engine, TRUE);
  ck_assert_int_eq (count_rows (conn, dialect, "order"), 1);
  drop_all (md, engine, FALSE);
  ck_assert (!table_exists (conn, backend, "order"));
}
END_TEST

/* -------------------------------------------------------- bad definitions */

/* Without a database: each definition is refused. */
START_TEST (test_bad_definitions)
{
  printf ("# core/schema: bad definitions (no database)\n");

  /* Two columns with one name. */
  {
    g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
    g_autoptr(GError) error = NULL;
    GsqlTable *t;

    t = gsql_metadata_add_table (md, "sch_dup_column", &error,
                                 gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                                 plain_column ("name", gsql_sql_type_string_new (10)),
                                 plain_column ("name", gsql_sql_type_text_new ()),
                                 NULL);
    ck_assert_ptr_null (t);
    gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
    printf ("#   duplicate column: %s\n", error->message);
    ck_assert_ptr_null (gsql_metadata_get_table (md, "sch_dup_column"));
    {
      g_autoptr(GPtrArray) all = gsql_metadata_get_tables (md);
      ck_assert_uint_eq (all->len, 0);
    }
  }

  /* Two tables with one name. */
  {
    g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) all = NULL;
    GsqlTable *first, *again;

    first = add_table (md, "sch_twice", plain_column ("a", gsql_sql_type_integer_new ()), NULL);
    again = gsql_metadata_add_table (md, "sch_twice", &error,
                                     plain_column ("b", gsql_sql_type_integer_new ()), NULL);
    ck_assert_ptr_null (again);
    gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
    printf ("#   duplicate table: %s\n", error->message);
    ck_assert_ptr_eq (gsql_metadata_get_table (md, "sch_twice"), first);
    ck_assert_uint_eq (gsql_table_get_n_columns (first), 1);
    all = gsql_metadata_get_tables (md);
    ck_assert_uint_eq (all->len, 1);
  }

  /* A foreign key to a table the metadata lacks, and to a column the
   * table lacks: accepted while the schema is built, refused when it is
   * checked or compiled. */
  {
    static const struct {
      const char *what;
      const char *target;
    } cases[] = {
      { "unknown table", "sch_nowhere.id" },
      { "unknown column", "sch_parent.nope" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
        g_autoptr(GError) error = NULL;
        g_autoptr(GPtrArray) sorted = NULL;
        GsqlTable *child;

        add_table (md, "sch_parent",
                   gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL), NULL);
        child = add_table (md, "sch_child",
                           gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                           gsql_column_new ("parent_id", gsql_sql_type_integer_new (),
                                            "foreign-key", cases[i].target, NULL),
                           NULL);
        ck_assert (!gsql_table_validate (child, &error));
        gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
        printf ("#   foreign key to an %s: %s\n", cases[i].what, error->message);
        g_clear_error (&error);
        ck_assert (gsql_table_validate (gsql_metadata_get_table (md, "sch_parent"), &error));
        gsql_test_assert_no_error (error);

        sorted = gsql_metadata_get_sorted_tables (md, &error);
        ck_assert_ptr_null (sorted);
        gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
        g_clear_error (&error);

        for (guint d = 0; d < G_N_ELEMENTS (dialect_names); d++)
          {
            g_auto(GStrv) create = gsql_metadata_compile_create_all (md, dialect_names[d], &error);

            ck_assert_msg (create == NULL, "%s: compiled", dialect_names[d]);
            gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
            g_clear_error (&error);
          }
      }

    /* The same with a composite foreign key constraint. */
    {
      g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) create = NULL;
      GsqlTable *child;

      add_table (md, "sch_parent",
                 gsql_column_new ("a", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                 gsql_column_new ("b", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL), NULL);
      child = add_table (md, "sch_child",
                         plain_column ("pa", gsql_sql_type_integer_new ()),
                         plain_column ("pb", gsql_sql_type_integer_new ()), NULL);
      add_constraint (child, gsql_constraint_new_foreign_key ("fk_sch_child", COLS ("pa", "pb"),
                                                              "sch_parent", COLS ("a", "c")));
      ck_assert (!gsql_table_validate (child, &error));
      gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);
      create = gsql_metadata_compile_create_all (md, "postgresql", &error);
      ck_assert_ptr_null (create);
      gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);

      /* A constraint on a column the table itself lacks is refused at once. */
      ck_assert (!gsql_table_add_constraint (child, gsql_constraint_new_unique (NULL, COLS ("pc")), &error));
      gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);
      ck_assert (!gsql_table_add_index (child, gsql_index_new ("ix_sch_child_nope", FALSE, COLS ("nope")),
                                        &error));
      gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
    }
  }

  /* A primary-key column declared nullable. */
  {
    g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
    g_autoptr(GError) error = NULL;
    GsqlTable *t;

    t = gsql_metadata_add_table (md, "sch_nullable_key", &error,
                                 gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE,
                                                  "nullable", TRUE, NULL),
                                 NULL);
    ck_assert_ptr_null (t);
    gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
    printf ("#   nullable primary key: %s\n", error->message);
    g_clear_error (&error);
    ck_assert_ptr_null (gsql_metadata_get_table (md, "sch_nullable_key"));

    /* The same through an explicit primary key. */
    t = add_table (md, "sch_nullable_key",
                   gsql_column_new ("a", gsql_sql_type_integer_new (), "nullable", TRUE, NULL),
                   NULL);
    ck_assert (!gsql_table_add_constraint (t, gsql_constraint_new_primary_key (NULL, COLS ("a")), &error));
    gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
    {
      g_autoptr(GPtrArray) pk = gsql_table_get_primary_key (t);
      ck_assert (pk == NULL || pk->len == 0);
    }
  }

  /* A table without columns. */
  {
    g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
    g_autoptr(GError) error = NULL;
    g_auto(GStrv) create = NULL;
    GsqlTable *t;

    t = gsql_metadata_add_table (md, "sch_empty", &error, NULL);
    gsql_test_assert_no_error (error);
    ck_assert_ptr_nonnull (t);
    ck_assert_uint_eq (gsql_table_get_n_columns (t), 0);
    ck_assert (!gsql_table_validate (t, &error));
    gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
    printf ("#   no columns: %s\n", error->message);
    g_clear_error (&error);
    for (guint d = 0; d < G_N_ELEMENTS (dialect_names); d++)
      {
        create = gsql_metadata_compile_create_all (md, dialect_names[d], &error);
        ck_assert_msg (create == NULL, "%s: compiled", dialect_names[d]);
        gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
        g_clear_error (&error);
      }
  }

  /* Names too long: PostgreSQL counts 63 bytes, MySQL 64 characters. */
  {
    g_autofree char *tail60 = g_strnfill (60, 'x');
    g_autofree char *tail61 = g_strnfill (61, 'x');
    g_autofree char *name64 = g_strconcat ("sch_", tail60, NULL);    /* 64 bytes */
    g_autofree char *name65 = g_strconcat ("sch_", tail61, NULL);    /* 65 bytes */
    g_autoptr(GString) accented = g_string_new ("sch_");
    static const struct {
      int name;             /* 0: 64 bytes, 1: 65 bytes, 2: 40 chars in 76 bytes */
      const char *dialect;
      gboolean ok;
    } cases[] = {
      { 0, "postgresql", FALSE }, { 0, "mysql", TRUE }, { 0, "sqlite", TRUE },
      { 1, "postgresql", FALSE }, { 1, "mysql", FALSE }, { 1, "sqlite", TRUE },
      { 2, "postgresql", FALSE }, { 2, "mysql", TRUE }, { 2, "sqlite", TRUE },
    };
    const char *names[3];

    for (guint i = 0; i < 36; i++)
      g_string_append (accented, "é");
    ck_assert_uint_eq (strlen (name64), 64);
    ck_assert_uint_eq (strlen (name65), 65);
    ck_assert_uint_eq (g_utf8_strlen (accented->str, -1), 40);
    names[0] = name64;
    names[1] = name65;
    names[2] = accented->str;

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
        g_autoptr(GError) error = NULL;
        g_auto(GStrv) create = NULL;

        add_table (md, names[cases[i].name],
                   gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL), NULL);
        create = gsql_metadata_compile_create_all (md, cases[i].dialect, &error);
        if (cases[i].ok)
          {
            gsql_test_assert_no_error (error);
            ck_assert_ptr_nonnull (create);
            ck_assert_ptr_nonnull (strstr (create[0], names[cases[i].name]));
          }
        else
          {
            ck_assert_msg (create == NULL, "%s: a %zu-byte name compiled", cases[i].dialect,
                           strlen (names[cases[i].name]));
            gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
            printf ("#   %s, %zu bytes: %s\n", cases[i].dialect, strlen (names[cases[i].name]), error->message);
          }
      }
  }

  /* Empty names. */
  {
    g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) all = NULL;
    GsqlTable *t;

    t = gsql_metadata_add_table (md, "", &error,
                                 gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                                 NULL);
    ck_assert_ptr_null (t);
    gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
    printf ("#   empty table name: %s\n", error->message);
    g_clear_error (&error);

    t = gsql_metadata_add_table (md, NULL, &error, plain_column ("id", gsql_sql_type_integer_new ()), NULL);
    ck_assert_ptr_null (t);
    gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
    g_clear_error (&error);

    t = gsql_metadata_add_table (md, "sch_empty_column", &error,
                                 plain_column ("", gsql_sql_type_integer_new ()), NULL);
    ck_assert_ptr_null (t);
    gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
    printf ("#   empty column name: %s\n", error->message);
    g_clear_error (&error);

    t = add_table (md, "sch_named", plain_column ("id", gsql_sql_type_integer_new ()), NULL);
    ck_assert (!gsql_table_add_constraint (t, gsql_constraint_new_check ("", "id > 0"), &error));
    gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
    printf ("#   empty constraint name: %s\n", error->message);
    g_clear_error (&error);
    ck_assert (!gsql_table_add_index (t, gsql_index_new ("", FALSE, COLS ("id")), &error));
    gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);

    all = gsql_metadata_get_tables (md);
    ck_assert_uint_eq (all->len, 1);
  }
}
END_TEST

static const char * const fail_tables[] = { "sch_fail_a", "sch_fail_b", "sch_fail_c", NULL };

/* A create_all that fails leaves nothing where DDL is transactional. */
START_TEST (test_failed_create_all)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);

  /* Clean up after an earlier run with a valid schema of the same names. */
  {
    g_autoptr(GsqlMetaData) cleanup = gsql_metadata_new ();

    for (guint i = 0; fail_tables[i] != NULL; i++)
      add_table (cleanup, fail_tables[i], plain_column ("id", gsql_sql_type_integer_new ()), NULL);
    drop_all (cleanup, engine, TRUE);
    ck_assert_uint_eq (count_existing_tables (conn, backend, fail_tables), 0);
  }

  /* Refused before any statement: a foreign key to an unknown table, or
   * to an unknown column of a known table. */
  for (guint k = 0; k < 2; k++)
    {
      g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
      g_autoptr(GError) error = NULL;

      add_table (md, "sch_fail_a", gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                 NULL);
      add_table (md, "sch_fail_b",
                 gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                 gsql_column_new ("x_id", gsql_sql_type_integer_new (), "foreign-key",
                                  k == 0 ? "sch_fail_x.id" : "sch_fail_a.nope", NULL),
                 NULL);
      ck_assert (!gsql_metadata_create_all (md, engine, FALSE, NULL, &error));
      gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
      printf ("#   %s: invalid schema: %s\n", gsql_test_backend_name (backend), error->message);
      g_clear_error (&error);
      ck_assert_uint_eq (count_existing_tables (conn, backend, fail_tables), 0);
      ck_assert (!gsql_metadata_create_all (md, engine, TRUE, NULL, &error));
      gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);
      ck_assert_uint_eq (count_existing_tables (conn, backend, fail_tables), 0);
    }

  /* Refused by the database half-way: the third table's CHECK is not SQL. */
  {
    g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) sorted = NULL;
    GsqlTable *c;
    guint left;

    add_table (md, "sch_fail_a", gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
               NULL);
    add_table (md, "sch_fail_b",
               gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
               gsql_column_new ("a_id", gsql_sql_type_integer_new (), "foreign-key", "sch_fail_a.id", NULL),
               NULL);
    c = add_table (md, "sch_fail_c",
                   gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                   plain_column ("x", gsql_sql_type_integer_new ()),
                   NULL);
    add_constraint (c, gsql_constraint_new_check ("ck_sch_fail_c_broken", "x > ("));
    sorted = gsql_metadata_get_sorted_tables (md, &error);
    gsql_test_assert_no_error (error);
    ck_assert_ptr_eq (g_ptr_array_index (sorted, 2), c);

    ck_assert (!gsql_metadata_create_all (md, engine, FALSE, NULL, &error));
    ck_assert_ptr_nonnull (error);
    ck_assert_msg (error->domain == GSQL_ERROR && error->code != GSQL_ERROR_INVALID_ARGUMENT,
                   "expected the database's error, got %s", gsql_test_describe_error (error));
    printf ("#   %s: the database refused the third table:\n", gsql_test_backend_name (backend));
    print_error ("     ", error);

    left = count_existing_tables (conn, backend, fail_tables);
    if (backend == GSQL_TEST_MARIADB)
      {
        /* Each CREATE TABLE commits on its own: the first two stay. */
        printf ("#   mariadb: DDL is not transactional: %u of the 3 tables were left behind\n", left);
        ck_assert_uint_eq (left, 2);
        ck_assert (table_exists (conn, backend, "sch_fail_a"));
        ck_assert (table_exists (conn, backend, "sch_fail_b"));
        ck_assert (!table_exists (conn, backend, "sch_fail_c"));
      }
    else
      {
        printf ("#   %s: the whole create_all was rolled back: %u tables left\n",
                gsql_test_backend_name (backend), left);
        ck_assert_uint_eq (left, 0);
      }

    /* drop_all with checkfirst cleans up what is there. */
    drop_all (md, engine, TRUE);
    ck_assert_uint_eq (count_existing_tables (conn, backend, fail_tables), 0);
  }
}
END_TEST

/* ------------------------------------------------------- type conversions */

static void
assert_bind_fails (GsqlSqlType  *type,
                   const char   *dialect,
                   const GValue *value,
                   const char   *what)
{
  g_autoptr(GError) error = NULL;
  GValue out = G_VALUE_INIT;

  ck_assert_msg (!gsql_sql_type_bind (type, dialect, value, &out, &error), "%s, %s: accepted", what, dialect);
  ck_assert_msg (!G_IS_VALUE (&out), "%s, %s: failed but set a %s", what, dialect, G_VALUE_TYPE_NAME (&out));
  gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
  if (g_str_equal (dialect, "sqlite"))
    printf ("#   %s: %s\n", what, error->message);
}

static char *
bind_to_string (GsqlSqlType *type,
                const char  *dialect,
                const char  *s)
{
  g_autoptr(GError) error = NULL;
  GValue in = G_VALUE_INIT;
  GValue out = G_VALUE_INIT;
  char *result;

  gsql_test_value_string (&in, s);
  ck_assert_msg (gsql_sql_type_bind (type, dialect, &in, &out, &error), "%s, %s: %s", s, dialect,
                 gsql_test_describe_error (error));
  g_value_unset (&in);
  ck_assert_msg (G_VALUE_HOLDS_STRING (&out), "%s, %s: bound as a %s", s, dialect, G_VALUE_TYPE_NAME (&out));
  result = g_value_dup_string (&out);
  g_value_unset (&out);
  return result;
}

START_TEST (test_type_conversions)
{
  g_autoptr(GsqlSqlType) integer = g_object_ref_sink (gsql_sql_type_integer_new ());
  g_autoptr(GsqlSqlType) mood = g_object_ref_sink (gsql_sql_type_enum_new ("sch_mood", "sad", "ok", "happy", NULL));
  g_autoptr(GsqlSqlType) uuid = g_object_ref_sink (gsql_sql_type_uuid_new ());
  g_autoptr(GsqlSqlType) point = g_object_ref_sink (point_type_new ());

  printf ("# core/schema: type conversions (no database)\n");

  for (guint d = 0; d < G_N_ELEMENTS (dialect_names); d++)
    {
      const char *dn = dialect_names[d];
      GValue v = G_VALUE_INIT;

      /* A string or a double is no integer. */
      gsql_test_value_string (&v, "12");
      assert_bind_fails (integer, dn, &v, "a string for an integer");
      g_value_unset (&v);
      gsql_test_value_double (&v, 1.5);
      assert_bind_fails (integer, dn, &v, "a double for an integer");
      g_value_unset (&v);

      /* Only the enum's values. */
      gsql_test_value_string (&v, "furious");
      assert_bind_fails (mood, dn, &v, "an unknown enum value");
      g_value_unset (&v);
      gsql_test_value_string (&v, "Happy");
      assert_bind_fails (mood, dn, &v, "an enum value in the wrong case");
      g_value_unset (&v);
      gsql_test_value_int (&v, 1);
      assert_bind_fails (mood, dn, &v, "an integer for an enum");
      g_value_unset (&v);
      {
        g_autofree char *ok = bind_to_string (mood, dn, "ok");
        ck_assert_str_eq (ok, "ok");
      }

      /* Anything that is not a UUID. */
      gsql_test_value_string (&v, "not-a-uuid");
      assert_bind_fails (uuid, dn, &v, "a bad UUID");
      g_value_unset (&v);
      gsql_test_value_string (&v, "550e8400-e29b-41d4-a716-44665544000");    /* 31 digits */
      assert_bind_fails (uuid, dn, &v, "a short UUID");
      g_value_unset (&v);
      gsql_test_value_string (&v, "550e8400-e29b-41d4-a716-4466554400000");  /* 33 digits */
      assert_bind_fails (uuid, dn, &v, "a long UUID");
      g_value_unset (&v);

      /* A custom type refuses what its converter refuses. */
      gsql_test_value_string (&v, "1,2");
      assert_bind_fails (point, dn, &v, "a string for a point");
      g_value_unset (&v);

      /* NULL stays NULL. */
      {
        g_autoptr(GError) error = NULL;
        GValue out = G_VALUE_INIT;

        ck_assert (gsql_sql_type_bind (integer, dn, &v, &out, &error));
        ck_assert (!G_IS_VALUE (&out));
        ck_assert (gsql_sql_type_bind (point, dn, NULL, &out, &error));
        ck_assert (!G_IS_VALUE (&out));
        gsql_test_value_string (&v, NULL);
        ck_assert (gsql_sql_type_bind (uuid, dn, &v, &out, &error));
        ck_assert (!G_IS_VALUE (&out));
        g_value_unset (&v);
        gsql_test_assert_no_error (error);
      }
    }

  /* UUIDs in any usual form: 32 lowercase digits where the column is
   * CHAR(32), dashed where it is a native uuid. */
  {
    static const char * const forms[] = {
      "550E8400-E29B-41D4-A716-446655440000",
      "{550e8400-e29b-41d4-a716-446655440000}",
      "{550E8400-E29B-41D4-A716-446655440000}",
      "550e8400e29b41d4a716446655440000",
      "550E8400E29B41D4A716446655440000",
    };

    for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
      {
        g_autofree char *sqlite = bind_to_string (uuid, "sqlite", forms[i]);
        g_autofree char *mysql = bind_to_string (uuid, "mysql", forms[i]);
        g_autofree char *mariadb = bind_to_string (uuid, "mariadb", forms[i]);
        g_autofree char *pg = bind_to_string (uuid, "postgresql", forms[i]);

        ck_assert_str_eq (sqlite, "550e8400e29b41d4a716446655440000");
        ck_assert_str_eq (mysql, "550e8400e29b41d4a716446655440000");
        ck_assert_str_eq (mariadb, "550e8400e29b41d4a716446655440000");
        ck_assert_str_eq (pg, "550e8400-e29b-41d4-a716-446655440000");
      }

    /* And back: always dashed lowercase. */
    for (guint d = 0; d < G_N_ELEMENTS (dialect_names); d++)
      {
        g_autoptr(GError) error = NULL;
        GValue raw = G_VALUE_INIT;
        GValue out = G_VALUE_INIT;

        gsql_test_value_string (&raw, "550E8400E29B41D4A716446655440000");
        ck_assert (gsql_sql_type_result (uuid, dialect_names[d], &raw, &out, &error));
        gsql_test_assert_no_error (error);
        ck_assert_str_eq (g_value_get_string (&out), "550e8400-e29b-41d4-a716-446655440000");
        g_value_unset (&raw);
        g_value_unset (&out);
      }
  }

  /* with_variant: one type per dialect, in DDL and in conversions. */
  {
    g_autoptr(GsqlSqlType) base = g_object_ref_sink (gsql_sql_type_string_new (36));
    GsqlSqlType *text = gsql_sql_type_text_new ();
    GsqlSqlType *native_uuid = gsql_sql_type_uuid_new ();
    static const char * const expected[] = { "VARCHAR(36)", "UUID", "LONGTEXT", "VARCHAR(36)" };

    ck_assert_ptr_eq (gsql_sql_type_with_variant (base, "mariadb", text), base);
    ck_assert_ptr_eq (gsql_sql_type_with_variant (base, "postgresql", native_uuid), base);

    ck_assert_ptr_eq (gsql_sql_type_for_dialect (base, "sqlite"), base);
    ck_assert_ptr_eq (gsql_sql_type_for_dialect (base, "ansi"), base);
    ck_assert_ptr_eq (gsql_sql_type_for_dialect (base, NULL), base);
    ck_assert_ptr_eq (gsql_sql_type_for_dialect (base, "mysql"), text);
    ck_assert_ptr_eq (gsql_sql_type_for_dialect (base, "mariadb"), text);
    ck_assert_ptr_eq (gsql_sql_type_for_dialect (base, "postgresql"), native_uuid);
    ck_assert_ptr_eq (gsql_sql_type_for_dialect (base, "postgres"), native_uuid);
    ck_assert_int_eq (gsql_sql_type_get_kind (gsql_sql_type_for_dialect (base, "postgresql")), GSQL_TYPE_KIND_UUID);

    for (guint d = 0; d < G_N_ELEMENTS (dialect_names); d++)
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *sql = gsql_sql_type_compile (base, dialect_names[d], &error);

        gsql_test_assert_no_error (error);
        ck_assert_str_eq (sql, expected[d]);
      }

    /* The variant converts: a UUID on PostgreSQL, text elsewhere. */
    {
      g_autofree char *pg = bind_to_string (base, "postgresql", "{550E8400E29B41D4A716446655440000}");
      g_autofree char *sqlite = bind_to_string (base, "sqlite", "{550E8400E29B41D4A716446655440000}");
      GValue v = G_VALUE_INIT;

      ck_assert_str_eq (pg, "550e8400-e29b-41d4-a716-446655440000");
      ck_assert_str_eq (sqlite, "{550E8400E29B41D4A716446655440000}");
      gsql_test_value_string (&v, "plain text");
      assert_bind_fails (base, "postgresql", &v, "text for the uuid variant");
      g_value_unset (&v);
    }

    /* A variant inside a column: the DDL follows the dialect. */
    {
      g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) pg = NULL;
      g_auto(GStrv) mysql = NULL;

      add_table (md, "sch_variant",
                 gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                 plain_column ("ref", base),
                 NULL);
      pg = gsql_metadata_compile_create_all (md, "postgresql", &error);
      gsql_test_assert_no_error (error);
      mysql = gsql_metadata_compile_create_all (md, "mysql", &error);
      gsql_test_assert_no_error (error);
      ck_assert_ptr_nonnull (strstr (pg[0], "\tref UUID"));
      ck_assert_ptr_nonnull (strstr (mysql[0], "\tref LONGTEXT"));
    }
  }

  /* The custom type: its value type, its implementation, both ways. */
  {
    g_autoptr(GError) error = NULL;
    SchPoint p = { 3, -4 };
    GValue in = G_VALUE_INIT;
    GValue bound = G_VALUE_INIT;
    GValue back = G_VALUE_INIT;
    g_autofree char *ddl = NULL;

    ck_assert (gsql_sql_type_get_value_type (point) == SCH_TYPE_POINT);
    ck_assert_int_eq (gsql_sql_type_get_kind (point), GSQL_TYPE_KIND_STRING);
    ck_assert_uint_eq (gsql_sql_type_get_length (point), 40);
    ck_assert_ptr_nonnull (gsql_sql_type_get_impl (point));
    ddl = gsql_sql_type_compile (point, "mysql", &error);
    gsql_test_assert_no_error (error);
    ck_assert_str_eq (ddl, "VARCHAR(40)");

    g_value_init (&in, SCH_TYPE_POINT);
    g_value_set_boxed (&in, &p);
    ck_assert (gsql_sql_type_bind (point, "postgresql", &in, &bound, &error));
    gsql_test_assert_no_error (error);
    ck_assert_str_eq (g_value_get_string (&bound), "3,-4");
    ck_assert (gsql_sql_type_result (point, "postgresql", &bound, &back, &error));
    gsql_test_assert_no_error (error);
    ck_assert_int_eq (((SchPoint *) g_value_get_boxed (&back))->x, 3);
    ck_assert_int_eq (((SchPoint *) g_value_get_boxed (&back))->y, -4);
    g_value_unset (&in);
    g_value_unset (&bound);
    g_value_unset (&back);

    /* What the database gives back that is no point is a DATA error. */
    gsql_test_value_string (&bound, "3;4");
    ck_assert (!gsql_sql_type_result (point, "sqlite", &bound, &back, &error));
    gsql_test_assert_error (error, GSQL_ERROR_DATA);
    ck_assert (!G_IS_VALUE (&back));
    g_value_unset (&bound);
  }
}
END_TEST

int
main (int argc, char **argv)
{
  Suite *s;
  TCase *tc;

  gsql_test_init (&argc, &argv);
  s = suite_create ("core/schema");
  tc = gsql_test_tcase_new ("core/schema");
  tcase_add_test (tc, test_type_conversions);
  tcase_add_test (tc, test_bad_definitions);
  gsql_test_add_backend_test (tc, test_create_drop_schema, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_enum_enforced, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_round_trip_every_type, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_reserved_names, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_failed_create_all, GSQL_TEST_ALL_BACKENDS, NULL);
  suite_add_tcase (s, tc);
  return gsql_test_run_suite (s);
}
