/* test-inspector.c: GsqlInspector on every backend
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <string.h>
#include <check.h>
#include <libsqlreflect/sqlreflect.h>

#include "tests/gsql-test.h"

static GsqlColumn *
find_column (GPtrArray *columns, const char *name)
{
  for (guint i = 0; i < columns->len; i++)
    if (g_str_equal (gsql_column_get_name (g_ptr_array_index (columns, i)), name))
      return g_ptr_array_index (columns, i);
  return NULL;
}

static GsqlTypeKind
kind_of (GPtrArray *columns, const char *name)
{
  GsqlColumn *c = find_column (columns, name);
  ck_assert_msg (c != NULL, "no column %s", name);
  return gsql_sql_type_get_kind (gsql_column_get_sql_type (c));
}

/* A table created from metadata reads back with the same columns, in
 * order, with their generic types, nullability and primary key. */
START_TEST (test_columns_round_trip)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  g_autoptr(GsqlInspector) inspector = gsql_inspector_new (engine);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) columns = NULL;
  g_auto(GStrv) names = NULL;
  static const char *order[] = { "id", "name", "notes", "price", "active", "born",
                                 "seen", "ratio", "count", "payload" };
  GsqlTable *t;

  t = gsql_metadata_add_table (md, "refl_item", &error,
                               gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                               gsql_column_new ("name", gsql_sql_type_string_new (40), "nullable", FALSE, NULL),
                               gsql_column_new ("notes", gsql_sql_type_text_new (), NULL),
                               gsql_column_new ("price", gsql_sql_type_numeric_new (10, 2), NULL),
                               gsql_column_new ("active", gsql_sql_type_boolean_new (), NULL),
                               gsql_column_new ("born", gsql_sql_type_date_new (), NULL),
                               gsql_column_new ("seen", gsql_sql_type_date_time_new (FALSE), NULL),
                               gsql_column_new ("ratio", gsql_sql_type_double_new (), NULL),
                               gsql_column_new ("count", gsql_sql_type_big_integer_new (), "server-default", "0", NULL),
                               gsql_column_new ("payload", gsql_sql_type_large_binary_new (), NULL),
                               NULL);
  ck_assert_msg (t != NULL, "%s", gsql_test_describe_error (error));
  gsql_metadata_drop_all (md, engine, TRUE, NULL, NULL);
  ck_assert_msg (gsql_metadata_create_all (md, engine, FALSE, NULL, &error), "%s", gsql_test_describe_error (error));

  names = gsql_inspector_get_table_names (inspector, NULL, &error);
  gsql_test_assert_no_error (error);
  ck_assert (g_strv_contains ((const char * const *) names, "refl_item"));
  ck_assert (gsql_inspector_has_table (inspector, "refl_item", NULL, &error));
  ck_assert (!gsql_inspector_has_table (inspector, "refl_missing", NULL, &error));
  gsql_test_assert_no_error (error);

  columns = gsql_inspector_get_columns (inspector, "refl_item", NULL, &error);
  ck_assert_msg (columns != NULL, "%s", gsql_test_describe_error (error));
  ck_assert_uint_eq (columns->len, G_N_ELEMENTS (order));
  for (guint i = 0; i < columns->len; i++)
    ck_assert_str_eq (gsql_column_get_name (g_ptr_array_index (columns, i)), order[i]);

  ck_assert (gsql_column_get_primary_key (find_column (columns, "id")));
  ck_assert (!gsql_column_get_primary_key (find_column (columns, "name")));
  ck_assert (!gsql_column_get_nullable (find_column (columns, "id")));
  ck_assert (!gsql_column_get_nullable (find_column (columns, "name")));
  ck_assert (gsql_column_get_nullable (find_column (columns, "notes")));
  /* The key gsql created as generated reads back as generated. */
  ck_assert_int_eq (gsql_column_get_autoincrement (find_column (columns, "id")), GSQL_AUTOINCREMENT_ALWAYS);
  ck_assert_int_eq (gsql_column_get_autoincrement (find_column (columns, "count")), GSQL_AUTOINCREMENT_NEVER);
  ck_assert_ptr_null (gsql_column_get_server_default (find_column (columns, "id")));
  ck_assert_ptr_null (gsql_column_get_server_default (find_column (columns, "notes")));
  ck_assert_ptr_nonnull (gsql_column_get_server_default (find_column (columns, "count")));

  ck_assert_int_eq (kind_of (columns, "id"), GSQL_TYPE_KIND_INTEGER);
  ck_assert_int_eq (kind_of (columns, "name"), GSQL_TYPE_KIND_STRING);
  ck_assert_uint_eq (gsql_sql_type_get_length (gsql_column_get_sql_type (find_column (columns, "name"))), 40);
  ck_assert_int_eq (kind_of (columns, "notes"), GSQL_TYPE_KIND_TEXT);
  ck_assert_int_eq (kind_of (columns, "price"), GSQL_TYPE_KIND_NUMERIC);
  ck_assert_uint_eq (gsql_sql_type_get_precision (gsql_column_get_sql_type (find_column (columns, "price"))), 10);
  ck_assert_uint_eq (gsql_sql_type_get_scale (gsql_column_get_sql_type (find_column (columns, "price"))), 2);
  ck_assert_int_eq (kind_of (columns, "active"), GSQL_TYPE_KIND_BOOLEAN);
  ck_assert_int_eq (kind_of (columns, "born"), GSQL_TYPE_KIND_DATE);
  ck_assert_int_eq (kind_of (columns, "seen"), GSQL_TYPE_KIND_DATE_TIME);
  ck_assert_int_eq (kind_of (columns, "ratio"), GSQL_TYPE_KIND_DOUBLE);
  ck_assert_int_eq (kind_of (columns, "count"), GSQL_TYPE_KIND_BIG_INTEGER);
  ck_assert_int_eq (kind_of (columns, "payload"), GSQL_TYPE_KIND_LARGE_BINARY);

  /* The reflected columns build a table again. */
  {
    g_autoptr(GsqlMetaData) copy = gsql_metadata_new ();
    GsqlTable *again = gsql_metadata_add_table_full (copy, NULL, "refl_item", (GsqlColumn **) columns->pdata,
                                                     columns->len, &error);
    ck_assert_msg (again != NULL, "%s", gsql_test_describe_error (error));
    ck_assert_uint_eq (gsql_table_get_n_columns (again), G_N_ELEMENTS (order));
  }

  /* A table that is not there: a programming error, as a query on it. */
  {
    g_autoptr(GError) missing = NULL;
    g_autoptr(GPtrArray) none = gsql_inspector_get_columns (inspector, "refl_missing", NULL, &missing);
    ck_assert_ptr_null (none);
    ck_assert (g_error_matches (missing, GSQL_ERROR, GSQL_ERROR_PROGRAMMING));
    ck_assert_ptr_nonnull (strstr (missing->message, "refl_missing"));
  }
  printf ("#   %s: %u columns reflected with their types\n", gsql_test_backend_name (backend), columns->len);
  ck_assert_msg (gsql_metadata_drop_all (md, engine, TRUE, NULL, &error), "%s", gsql_test_describe_error (error));
}
END_TEST

/* Foreign keys read back with their columns, referred table and actions. */
START_TEST (test_foreign_keys)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  g_autoptr(GsqlInspector) inspector = gsql_inspector_new (engine);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) fks = NULL;
  g_autoptr(GPtrArray) none = NULL;
  GsqlTable *parent, *child;
  static const char *pk[] = { "a", "b", NULL };
  static const char *fk_cols[] = { "pa", "pb", NULL };
  static const char *owner_cols[] = { "owner_id", NULL };
  static const char *owner_ref[] = { "id", NULL };
  GsqlConstraint *composite = NULL, *owner = NULL;

  parent = gsql_metadata_add_table (md, "refl_parent", &error,
                                    gsql_column_new ("a", gsql_sql_type_integer_new (), "primary-key", TRUE,
                                                     "autoincrement", GSQL_AUTOINCREMENT_NEVER, NULL),
                                    gsql_column_new ("b", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                                    NULL);
  ck_assert_msg (parent != NULL, "%s", gsql_test_describe_error (error));
  ck_assert_ptr_nonnull (gsql_metadata_add_table (md, "refl_owner", &error,
                         gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL), NULL));
  child = gsql_metadata_add_table (md, "refl_child", &error,
                                   gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                                   gsql_column_new ("pa", gsql_sql_type_integer_new (), NULL),
                                   gsql_column_new ("pb", gsql_sql_type_integer_new (), NULL),
                                   gsql_column_new ("owner_id", gsql_sql_type_integer_new (), NULL),
                                   NULL);
  ck_assert_msg (child != NULL, "%s", gsql_test_describe_error (error));
  {
    GsqlConstraint *c = gsql_constraint_new_foreign_key ("fk_refl_child_parent", fk_cols, "refl_parent", pk);
    gsql_constraint_set_on_delete (c, GSQL_REFERENTIAL_ACTION_CASCADE);
    ck_assert (gsql_table_add_constraint (child, c, &error));
    c = gsql_constraint_new_foreign_key ("fk_refl_child_owner", owner_cols, "refl_owner", owner_ref);
    gsql_constraint_set_on_update (c, GSQL_REFERENTIAL_ACTION_CASCADE);
    gsql_constraint_set_on_delete (c, GSQL_REFERENTIAL_ACTION_SET_NULL);
    ck_assert (gsql_table_add_constraint (child, c, &error));
  }
  gsql_metadata_drop_all (md, engine, TRUE, NULL, NULL);
  ck_assert_msg (gsql_metadata_create_all (md, engine, FALSE, NULL, &error), "%s", gsql_test_describe_error (error));

  fks = gsql_inspector_get_foreign_keys (inspector, "refl_child", NULL, &error);
  ck_assert_msg (fks != NULL, "%s", gsql_test_describe_error (error));
  ck_assert_uint_eq (fks->len, 2);
  for (guint i = 0; i < fks->len; i++)
    {
      GsqlConstraint *c = g_ptr_array_index (fks, i);
      if (g_str_equal (gsql_constraint_get_referred_table (c), "refl_parent"))
        composite = c;
      else if (g_str_equal (gsql_constraint_get_referred_table (c), "refl_owner"))
        owner = c;
    }
  ck_assert_ptr_nonnull (composite);
  ck_assert_ptr_nonnull (owner);
  ck_assert (g_strv_equal ((const char * const *) gsql_constraint_get_columns (composite), fk_cols));
  ck_assert (g_strv_equal ((const char * const *) gsql_constraint_get_referred_columns (composite), pk));
  ck_assert_int_eq (gsql_constraint_get_on_delete (composite), GSQL_REFERENTIAL_ACTION_CASCADE);
  ck_assert_int_eq (gsql_constraint_get_on_update (composite), GSQL_REFERENTIAL_ACTION_DEFAULT);
  ck_assert (g_strv_equal ((const char * const *) gsql_constraint_get_columns (owner), owner_cols));
  ck_assert_int_eq (gsql_constraint_get_on_delete (owner), GSQL_REFERENTIAL_ACTION_SET_NULL);
  ck_assert_int_eq (gsql_constraint_get_on_update (owner), GSQL_REFERENTIAL_ACTION_CASCADE);
  if (backend != GSQL_TEST_SQLITE)
    ck_assert_str_eq (gsql_constraint_get_name (owner), "fk_refl_child_owner");

  none = gsql_inspector_get_foreign_keys (inspector, "refl_parent", NULL, &error);
  ck_assert_msg (none != NULL, "%s", gsql_test_describe_error (error));
  ck_assert_uint_eq (none->len, 0);
  printf ("#   %s: a composite and a single-column foreign key reflected with their actions\n",
          gsql_test_backend_name (backend));
  ck_assert_msg (gsql_metadata_drop_all (md, engine, TRUE, NULL, &error), "%s", gsql_test_describe_error (error));
}
END_TEST

/* Every type each backend reports maps to the nearest generic one; the
 * unknown ones stay opaque, by name. */
typedef struct {
  const char *column;
  const char *ddl;
  GsqlTypeKind kind;
  gint length;         /* or precision; -1: not checked */
} TypeCase;

static const TypeCase pg_types[] = {
  { "t_int", "INTEGER", GSQL_TYPE_KIND_INTEGER, -1 },
  { "t_small", "SMALLINT", GSQL_TYPE_KIND_SMALL_INTEGER, -1 },
  { "t_big", "BIGINT", GSQL_TYPE_KIND_BIG_INTEGER, -1 },
  { "t_real", "REAL", GSQL_TYPE_KIND_FLOAT, -1 },
  { "t_dbl", "DOUBLE PRECISION", GSQL_TYPE_KIND_DOUBLE, -1 },
  { "t_num", "NUMERIC(8,3)", GSQL_TYPE_KIND_NUMERIC, 8 },
  { "t_vc", "VARCHAR(12)", GSQL_TYPE_KIND_STRING, 12 },
  { "t_vcn", "VARCHAR", GSQL_TYPE_KIND_TEXT, -1 },
  { "t_char", "CHAR(3)", GSQL_TYPE_KIND_STRING, 3 },
  { "t_text", "TEXT", GSQL_TYPE_KIND_TEXT, -1 },
  { "t_bool", "BOOLEAN", GSQL_TYPE_KIND_BOOLEAN, -1 },
  { "t_date", "DATE", GSQL_TYPE_KIND_DATE, -1 },
  { "t_time", "TIME", GSQL_TYPE_KIND_TIME, -1 },
  { "t_timetz", "TIME WITH TIME ZONE", GSQL_TYPE_KIND_TIME, -1 },
  { "t_ts", "TIMESTAMP(3)", GSQL_TYPE_KIND_DATE_TIME, -1 },
  { "t_tstz", "TIMESTAMP(3) WITH TIME ZONE", GSQL_TYPE_KIND_DATE_TIME, -1 },
  { "t_iv", "INTERVAL", GSQL_TYPE_KIND_INTERVAL, -1 },
  { "t_bytea", "BYTEA", GSQL_TYPE_KIND_LARGE_BINARY, -1 },
  { "t_uuid", "UUID", GSQL_TYPE_KIND_UUID, -1 },
  { "t_json", "JSON", GSQL_TYPE_KIND_JSON, -1 },
  { "t_jsonb", "JSONB", GSQL_TYPE_KIND_JSON, -1 },
  { "t_inet", "INET", GSQL_TYPE_KIND_OPAQUE, -1 },
  { "t_arr", "INTEGER[]", GSQL_TYPE_KIND_OPAQUE, -1 },
  { "t_enum", "refl_mood", GSQL_TYPE_KIND_ENUM, -1 },
};

static const TypeCase mariadb_types[] = {
  { "t_int", "INT", GSQL_TYPE_KIND_INTEGER, -1 },
  { "t_uint", "INT UNSIGNED", GSQL_TYPE_KIND_BIG_INTEGER, -1 },
  { "t_tiny", "TINYINT", GSQL_TYPE_KIND_SMALL_INTEGER, -1 },
  { "t_bool", "TINYINT(1)", GSQL_TYPE_KIND_BOOLEAN, -1 },
  { "t_med", "MEDIUMINT", GSQL_TYPE_KIND_INTEGER, -1 },
  { "t_big", "BIGINT", GSQL_TYPE_KIND_BIG_INTEGER, -1 },
  { "t_float", "FLOAT", GSQL_TYPE_KIND_FLOAT, -1 },
  { "t_dbl", "DOUBLE", GSQL_TYPE_KIND_DOUBLE, -1 },
  { "t_num", "DECIMAL(8,3)", GSQL_TYPE_KIND_NUMERIC, 8 },
  { "t_vc", "VARCHAR(12)", GSQL_TYPE_KIND_STRING, 12 },
  { "t_char", "CHAR(3)", GSQL_TYPE_KIND_STRING, 3 },
  { "t_mtext", "MEDIUMTEXT", GSQL_TYPE_KIND_TEXT, -1 },
  { "t_ltext", "LONGTEXT", GSQL_TYPE_KIND_TEXT, -1 },
  { "t_date", "DATE", GSQL_TYPE_KIND_DATE, -1 },
  { "t_time", "TIME(6)", GSQL_TYPE_KIND_TIME, -1 },
  { "t_dt", "DATETIME(6)", GSQL_TYPE_KIND_DATE_TIME, -1 },
  { "t_ts", "TIMESTAMP NULL", GSQL_TYPE_KIND_DATE_TIME, -1 },
  { "t_year", "YEAR", GSQL_TYPE_KIND_SMALL_INTEGER, -1 },
  { "t_blob", "BLOB", GSQL_TYPE_KIND_LARGE_BINARY, -1 },
  { "t_vb", "VARBINARY(16)", GSQL_TYPE_KIND_LARGE_BINARY, -1 },
  { "t_json", "JSON", GSQL_TYPE_KIND_JSON, -1 },
  { "t_enum", "ENUM('sad','ok','happy')", GSQL_TYPE_KIND_ENUM, -1 },
  { "t_set", "SET('a','b')", GSQL_TYPE_KIND_OPAQUE, -1 },
  { "t_bit", "BIT(3)", GSQL_TYPE_KIND_OPAQUE, -1 },
};

static const TypeCase sqlite_types[] = {
  { "t_int", "INT", GSQL_TYPE_KIND_INTEGER, -1 },
  { "t_integer", "INTEGER", GSQL_TYPE_KIND_INTEGER, -1 },
  { "t_big", "BIGINT", GSQL_TYPE_KIND_BIG_INTEGER, -1 },
  { "t_ubig", "UNSIGNED BIG INT", GSQL_TYPE_KIND_INTEGER, -1 },
  { "t_vc", "VARCHAR(12)", GSQL_TYPE_KIND_STRING, 12 },
  { "t_nvc", "NVARCHAR(5)", GSQL_TYPE_KIND_STRING, 5 },
  { "t_varying", "VARYING CHARACTER(255)", GSQL_TYPE_KIND_STRING, 255 },
  { "t_text", "TEXT", GSQL_TYPE_KIND_TEXT, -1 },
  { "t_clob", "CLOB", GSQL_TYPE_KIND_TEXT, -1 },
  { "t_real", "REAL", GSQL_TYPE_KIND_FLOAT, -1 },
  { "t_dbl", "DOUBLE", GSQL_TYPE_KIND_DOUBLE, -1 },
  { "t_num", "NUMERIC(8,3)", GSQL_TYPE_KIND_NUMERIC, 8 },
  { "t_dec", "DECIMAL(8,3)", GSQL_TYPE_KIND_NUMERIC, 8 },
  { "t_bool", "BOOLEAN", GSQL_TYPE_KIND_BOOLEAN, -1 },
  { "t_date", "DATE", GSQL_TYPE_KIND_DATE, -1 },
  { "t_dt", "DATETIME", GSQL_TYPE_KIND_DATE_TIME, -1 },
  { "t_blob", "BLOB", GSQL_TYPE_KIND_LARGE_BINARY, -1 },
  { "t_none", "", GSQL_TYPE_KIND_LARGE_BINARY, -1 },
  { "t_json", "JSON", GSQL_TYPE_KIND_JSON, -1 },
  { "t_geom", "GEOMETRY", GSQL_TYPE_KIND_OPAQUE, -1 },
};

START_TEST (test_type_mapping)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GsqlInspector) inspector = gsql_inspector_new (engine);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GString) ddl = g_string_new ("CREATE TABLE refl_types (id INTEGER PRIMARY KEY");
  const TypeCase *cases = backend == GSQL_TEST_POSTGRESQL ? pg_types
                        : backend == GSQL_TEST_MARIADB ? mariadb_types : sqlite_types;
  guint n = backend == GSQL_TEST_POSTGRESQL ? G_N_ELEMENTS (pg_types)
          : backend == GSQL_TEST_MARIADB ? G_N_ELEMENTS (mariadb_types) : G_N_ELEMENTS (sqlite_types);

  gsql_test_exec (conn, "DROP TABLE IF EXISTS refl_types");
  if (backend == GSQL_TEST_POSTGRESQL)
    {
      gsql_test_exec (conn, "DROP TYPE IF EXISTS refl_mood");
      gsql_test_exec (conn, "CREATE TYPE refl_mood AS ENUM ('sad', 'ok', 'happy')");
    }
  for (guint i = 0; i < n; i++)
    g_string_append_printf (ddl, ", %s %s", cases[i].column, cases[i].ddl);
  g_string_append_c (ddl, ')');
  gsql_test_exec (conn, ddl->str);

  columns = gsql_inspector_get_columns (inspector, "refl_types", NULL, &error);
  ck_assert_msg (columns != NULL, "%s", gsql_test_describe_error (error));
  ck_assert_uint_eq (columns->len, n + 1);
  for (guint i = 0; i < n; i++)
    {
      GsqlColumn *c = g_ptr_array_index (columns, i + 1);
      GsqlSqlType *type = gsql_column_get_sql_type (c);
      GsqlTypeKind kind = gsql_sql_type_get_kind (type);

      ck_assert_str_eq (gsql_column_get_name (c), cases[i].column);
      ck_assert_msg (kind == cases[i].kind, "%s: %s read as kind %d, not %d", gsql_test_backend_name (backend),
                     cases[i].ddl, kind, cases[i].kind);
      if (cases[i].length >= 0 && kind == GSQL_TYPE_KIND_NUMERIC)
        ck_assert_uint_eq (gsql_sql_type_get_precision (type), cases[i].length);
      else if (cases[i].length >= 0)
        ck_assert_uint_eq (gsql_sql_type_get_length (type), cases[i].length);
      if (kind == GSQL_TYPE_KIND_OPAQUE)
        ck_assert_ptr_nonnull (gsql_sql_type_get_name (type));
      if (kind == GSQL_TYPE_KIND_ENUM)
        {
          const char * const *values = gsql_sql_type_get_enum_values (type);
          ck_assert_uint_eq (g_strv_length ((char **) values), 3);
          ck_assert_str_eq (values[2], "happy");
        }
    }
  printf ("#   %s: %u native types mapped to generic ones\n", gsql_test_backend_name (backend), n);
  gsql_test_exec (conn, "DROP TABLE refl_types");
  if (backend == GSQL_TEST_POSTGRESQL)
    gsql_test_exec (conn, "DROP TYPE refl_mood");
}
END_TEST

/* Another schema than the current one: a PostgreSQL schema, a MariaDB
 * database.  Its tables are reflected qualified by it, their foreign keys
 * resolved within it. */
START_TEST (test_other_schema)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GsqlInspector) inspector = gsql_inspector_new (engine);
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;
  g_auto(GStrv) ddl = NULL;
  g_autoptr(GPtrArray) fks = NULL;
  GsqlTable *child, *parent;
  gboolean pg = backend == GSQL_TEST_POSTGRESQL;

  gsql_test_exec (conn, pg ? "DROP SCHEMA IF EXISTS refl_other CASCADE" : "DROP DATABASE IF EXISTS refl_other");
  gsql_test_exec (conn, pg ? "CREATE SCHEMA refl_other" : "CREATE DATABASE refl_other");
  gsql_test_exec (conn, "CREATE TABLE refl_other.s_parent (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(20))");
  gsql_test_exec (conn, "CREATE TABLE refl_other.s_child (id INTEGER NOT NULL PRIMARY KEY, parent_id INTEGER, "
                        "CONSTRAINT fk_s_child_parent FOREIGN KEY (parent_id) REFERENCES refl_other.s_parent (id))");

  ck_assert (!gsql_inspector_has_table (inspector, "s_parent", NULL, &error));
  gsql_inspector_set_schema (inspector, "refl_other");
  ck_assert_str_eq (gsql_inspector_get_schema (inspector), "refl_other");
  names = gsql_inspector_get_table_names (inspector, NULL, &error);
  gsql_test_assert_no_error (error);
  ck_assert_uint_eq (g_strv_length (names), 2);
  ck_assert_str_eq (names[0], "s_child");
  ck_assert_str_eq (names[1], "s_parent");

  child = gsql_inspector_reflect_table (inspector, md, "s_child", NULL, &error);
  ck_assert_msg (child != NULL, "%s", gsql_test_describe_error (error));
  ck_assert_str_eq (gsql_table_get_schema (child), "refl_other");
  parent = gsql_metadata_get_table_in_schema (md, "refl_other", "s_parent");
  ck_assert_ptr_nonnull (parent);
  ck_assert_uint_eq (gsql_table_get_n_columns (parent), 2);
  fks = gsql_table_get_foreign_keys (child);
  ck_assert_uint_eq (fks->len, 1);
  ck_assert_ptr_eq (gsql_constraint_resolve_referred_table (g_ptr_array_index (fks, 0), &error), parent);
  ddl = gsql_metadata_compile_create_all (md, gsql_test_backend_dialect (backend), &error);
  ck_assert_msg (ddl != NULL, "%s", gsql_test_describe_error (error));
  ck_assert_ptr_nonnull (strstr (ddl[0], "refl_other.s_parent"));

  printf ("#   %s: a table of another schema reflected with the table it refers to\n",
          gsql_test_backend_name (backend));
  gsql_test_exec (conn, pg ? "DROP SCHEMA refl_other CASCADE" : "DROP DATABASE refl_other");
}
END_TEST

/* SQLite: REFERENCES without columns refers to the primary key. */
START_TEST (test_sqlite_implicit_referred_columns)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GsqlInspector) inspector = gsql_inspector_new (engine);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) fks = NULL;
  static const char *want[] = { "a", "b", NULL };

  gsql_test_exec (conn, "CREATE TABLE refl_ip (a INTEGER, b TEXT, PRIMARY KEY (a, b))");
  gsql_test_exec (conn, "CREATE TABLE refl_ic (x INTEGER, y TEXT, FOREIGN KEY (x, y) REFERENCES refl_ip)");
  fks = gsql_inspector_get_foreign_keys (inspector, "refl_ic", NULL, &error);
  ck_assert_msg (fks != NULL, "%s", gsql_test_describe_error (error));
  ck_assert_uint_eq (fks->len, 1);
  ck_assert (g_strv_equal (gsql_constraint_get_referred_columns (g_ptr_array_index (fks, 0)), want));
  printf ("#   %s: a foreign key without referred columns refers to the primary key\n",
          gsql_test_backend_name (backend));
}
END_TEST

int
main (int argc, char **argv)
{
  Suite *s;
  TCase *tc;

  gsql_test_init (&argc, &argv);
  s = suite_create ("reflect/inspector");
  tc = gsql_test_tcase_new ("reflect/inspector/columns");
  gsql_test_add_backend_test (tc, test_columns_round_trip, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_foreign_keys, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_type_mapping, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_other_schema, GSQL_TEST_SERVER_BACKENDS,
                              "SQLite's schemas are attached files, per connection");
  gsql_test_add_backend_test (tc, test_sqlite_implicit_referred_columns, GSQL_TEST_MASK (GSQL_TEST_SQLITE),
                              "only SQLite leaves the referred columns out of its catalog");
  suite_add_tcase (s, tc);
  return gsql_test_run_suite (s);
}
