/* test-reflect-metadata.c: a hand-written schema reflected whole, on every
 * backend, and copied from each backend to each other one
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <string.h>
#include <check.h>
#include <libsqlreflect/sqlreflect.h>

#include "tests/gsql-test.h"

/* Ten tables and a view, written by hand in each database's own DDL (not
 * by gsql): composite keys, a self-reference, a many-to-many table, ON
 * DELETE actions, unique and check constraints, indexes, defaults,
 * comments, and names that need quoting ("Order", "RmAuditLog",
 * "user id").  @…@ marks what each database spells its own way; "…"
 * quotes become backticks on MariaDB. */
static const char *schema_ddl[] = {
  "CREATE TABLE rm_department (id @SERIAL_PK@, name VARCHAR(50) NOT NULL@NAME_COMMENT@, parent_id INTEGER, "
  "budget NUMERIC(12,2) NOT NULL DEFAULT 0, "
  "CONSTRAINT uq_rm_department_name UNIQUE (name), "
  "CONSTRAINT fk_rm_department_parent FOREIGN KEY (parent_id) REFERENCES rm_department (id) ON DELETE SET NULL, "
  "CONSTRAINT ck_rm_department_budget CHECK (budget >= 0))@TABLE_COMMENT@",
  "CREATE TABLE rm_employee (id @IDENTITY_PK@, department_id INTEGER NOT NULL, email VARCHAR(120) NOT NULL, "
  "full_name VARCHAR(100), active BOOLEAN NOT NULL DEFAULT TRUE, hired_on DATE, salary NUMERIC(10,2), "
  "created_at @TIMESTAMP@ DEFAULT CURRENT_TIMESTAMP, "
  "CONSTRAINT uq_rm_employee_email UNIQUE (email), "
  "CONSTRAINT fk_rm_employee_department FOREIGN KEY (department_id) REFERENCES rm_department (id) "
  "ON DELETE CASCADE)",
  "CREATE INDEX ix_rm_employee_name ON rm_employee (full_name)",
  "CREATE TABLE rm_project (code CHAR(8) NOT NULL PRIMARY KEY, title VARCHAR(200) NOT NULL, starts DATE, ends DATE, "
  "CONSTRAINT ck_rm_project_dates CHECK (ends >= starts))",
  "CREATE TABLE rm_employee_project (employee_id INTEGER NOT NULL, project_code CHAR(8) NOT NULL, "
  "role VARCHAR(20) NOT NULL DEFAULT 'member', "
  "CONSTRAINT pk_rm_employee_project PRIMARY KEY (project_code, employee_id), "
  "CONSTRAINT fk_rm_ep_employee FOREIGN KEY (employee_id) REFERENCES rm_employee (id) ON DELETE CASCADE, "
  "CONSTRAINT fk_rm_ep_project FOREIGN KEY (project_code) REFERENCES rm_project (code) "
  "ON DELETE CASCADE ON UPDATE CASCADE)",
  "CREATE INDEX ix_rm_ep_employee ON rm_employee_project (employee_id)",
  "CREATE TABLE rm_customer (id @SERIAL_PK@, name VARCHAR(100) NOT NULL, country CHAR(2) NOT NULL DEFAULT 'NL', "
  "credit INTEGER NOT NULL DEFAULT -1)",
  "CREATE TABLE \"Order\" (id @SERIAL_PK@, customer_id INTEGER NOT NULL, placed_at @TIMESTAMP@ NOT NULL, "
  "status VARCHAR(20) NOT NULL DEFAULT 'new', total NUMERIC(12,2), "
  "FOREIGN KEY (customer_id) REFERENCES rm_customer (id))",
  "CREATE TABLE rm_product (sku VARCHAR(20) NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL, "
  "price NUMERIC(10,2) NOT NULL, weight DOUBLE PRECISION, attributes @JSON@, "
  "CONSTRAINT ck_rm_product_price CHECK (price >= 0))",
  "CREATE TABLE rm_order_line (order_id INTEGER NOT NULL, line_no INTEGER NOT NULL, "
  "product_sku VARCHAR(20) NOT NULL, quantity INTEGER NOT NULL DEFAULT 1, unit_price NUMERIC(10,2), "
  "PRIMARY KEY (order_id, line_no), "
  "CONSTRAINT fk_rm_order_line_order FOREIGN KEY (order_id) REFERENCES \"Order\" (id) ON DELETE CASCADE, "
  "CONSTRAINT fk_rm_order_line_product FOREIGN KEY (product_sku) REFERENCES rm_product (sku), "
  "CONSTRAINT ck_rm_order_line_quantity CHECK (quantity > 0))",
  "CREATE TABLE rm_shipment (id @SERIAL_PK@, order_id INTEGER NOT NULL, line_no INTEGER NOT NULL, shipped_on DATE, "
  "CONSTRAINT fk_rm_shipment_line FOREIGN KEY (order_id, line_no) REFERENCES rm_order_line (order_id, line_no) "
  "ON DELETE CASCADE)",
  "CREATE UNIQUE INDEX ux_rm_shipment_line ON rm_shipment (order_id, line_no, shipped_on)",
  "CREATE TABLE \"RmAuditLog\" (id @BIGSERIAL_PK@, \"user id\" INTEGER, \"EventType\" VARCHAR(30) NOT NULL, "
  "payload @BLOB@, happened_at @TIMESTAMPTZ@)",
  "CREATE INDEX \"IX_RmAuditLog_Event\" ON \"RmAuditLog\" (\"EventType\", \"user id\")",
  "CREATE VIEW rm_active_employee AS SELECT id, email FROM rm_employee WHERE active",
  NULL
};

static const char *schema_data[] = {
  "INSERT INTO rm_department (id, name, parent_id, budget) VALUES (1, 'Head office', NULL, 1000.50)",
  "INSERT INTO rm_department (id, name, parent_id, budget) VALUES (2, 'R&D', 1, 250)",
  "INSERT INTO rm_employee (id, department_id, email, full_name, active, hired_on, salary) "
  "VALUES (1, 1, 'ada@example.org', 'Ada L.', TRUE, '2020-01-31', 5000.25)",
  "INSERT INTO rm_employee (id, department_id, email, full_name, active, hired_on, salary) "
  "VALUES (2, 2, 'bob@example.org', NULL, FALSE, NULL, NULL)",
  "INSERT INTO rm_project (code, title, starts, ends) VALUES ('P-000001', 'Engine', '2021-03-01', '2021-09-30')",
  "INSERT INTO rm_employee_project (employee_id, project_code, role) VALUES (1, 'P-000001', 'lead')",
  "INSERT INTO rm_employee_project (employee_id, project_code) VALUES (2, 'P-000001')",
  "INSERT INTO rm_customer (id, name) VALUES (7, 'Zoë ''Quotes'' Ltd')",
  "INSERT INTO \"Order\" (id, customer_id, placed_at, total) VALUES (100, 7, '2022-05-06 07:08:09', 19.99)",
  "INSERT INTO rm_product (sku, name, price, weight) VALUES ('SKU-1', 'Widget', 9.995, 0.25)",
  "INSERT INTO rm_order_line (order_id, line_no, product_sku, quantity, unit_price) VALUES (100, 1, 'SKU-1', 2, 9.99)",
  "INSERT INTO rm_shipment (id, order_id, line_no, shipped_on) VALUES (1, 100, 1, '2022-05-07')",
  "INSERT INTO \"RmAuditLog\" (id, \"user id\", \"EventType\") VALUES (1, 1, 'login')",
  NULL
};

static const char *schema_tables[] = {
  "rm_department", "rm_employee", "rm_project", "rm_employee_project", "rm_customer", "Order",
  "rm_product", "rm_order_line", "rm_shipment", "RmAuditLog", NULL
};

static char *
replace_all (char *text, const char *what, const char *with)
{
  g_auto(GStrv) parts = g_strsplit (text, what, -1);
  g_free (text);
  return g_strjoinv (with, parts);
}

/* A statement of the schema in @backend's own spelling. */
static char *
native (GsqlTestBackend backend, const char *sql)
{
  static const char *tokens[] = { "@SERIAL_PK@", "@IDENTITY_PK@", "@BIGSERIAL_PK@", "@TIMESTAMP@", "@TIMESTAMPTZ@",
                                  "@JSON@", "@BLOB@", "@NAME_COMMENT@", "@TABLE_COMMENT@" };
  static const char *pg[] = { "SERIAL PRIMARY KEY", "INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
                              "BIGSERIAL PRIMARY KEY", "TIMESTAMP", "TIMESTAMP WITH TIME ZONE", "JSONB", "BYTEA",
                              "", "" };
  static const char *my[] = { "INT AUTO_INCREMENT PRIMARY KEY", "INT AUTO_INCREMENT PRIMARY KEY",
                              "BIGINT AUTO_INCREMENT PRIMARY KEY", "DATETIME", "DATETIME(6)", "JSON", "LONGBLOB",
                              " COMMENT 'Shown on badges'", " COMMENT='Company departments'" };
  static const char *lite[] = { "INTEGER PRIMARY KEY", "INTEGER PRIMARY KEY", "INTEGER PRIMARY KEY", "TIMESTAMP",
                                "TIMESTAMP", "JSON", "BLOB", "", "" };
  const char **with = backend == GSQL_TEST_POSTGRESQL ? pg : backend == GSQL_TEST_MARIADB ? my : lite;
  char *out = g_strdup (sql);

  for (guint i = 0; i < G_N_ELEMENTS (tokens); i++)
    out = replace_all (out, tokens[i], with[i]);
  if (backend == GSQL_TEST_MARIADB)
    g_strdelimit (out, "\"", '`');
  return out;
}

static void
drop_schema (GsqlConnection *conn, GsqlTestBackend backend)
{
  static const char *drops[] = {
    "DROP VIEW IF EXISTS rm_active_employee", "DROP TABLE IF EXISTS rm_shipment",
    "DROP TABLE IF EXISTS rm_order_line", "DROP TABLE IF EXISTS rm_product", "DROP TABLE IF EXISTS \"Order\"",
    "DROP TABLE IF EXISTS rm_customer", "DROP TABLE IF EXISTS rm_employee_project",
    "DROP TABLE IF EXISTS rm_project", "DROP TABLE IF EXISTS rm_employee", "DROP TABLE IF EXISTS rm_department",
    "DROP TABLE IF EXISTS \"RmAuditLog\"", "DROP TABLE IF EXISTS rm_extra",
  };

  for (guint i = 0; i < G_N_ELEMENTS (drops); i++)
    {
      g_autofree char *sql = native (backend, drops[i]);
      gsql_test_exec (conn, sql);
    }
}

static void
create_schema (GsqlConnection *conn, GsqlTestBackend backend, gboolean with_data)
{
  drop_schema (conn, backend);
  for (guint i = 0; schema_ddl[i] != NULL; i++)
    {
      g_autofree char *sql = native (backend, schema_ddl[i]);
      gsql_test_exec (conn, sql);
    }
  if (backend == GSQL_TEST_POSTGRESQL)
    {
      gsql_test_exec (conn, "COMMENT ON TABLE rm_department IS 'Company departments'");
      gsql_test_exec (conn, "COMMENT ON COLUMN rm_department.name IS 'Shown on badges'");
    }
  for (guint i = 0; with_data && schema_data[i] != NULL; i++)
    {
      g_autofree char *sql = native (backend, schema_data[i]);
      gsql_test_exec (conn, sql);
    }
}

static gpointer
find_named (GPtrArray *array, const char *name, const char *(*get_name) (gpointer))
{
  for (guint i = 0; i < array->len; i++)
    if (g_strcmp0 (get_name (g_ptr_array_index (array, i)), name) == 0)
      return g_ptr_array_index (array, i);
  return NULL;
}

#define FIND_COLUMN(a, n)     ((GsqlColumn *) find_named ((a), (n), (const char *(*) (gpointer)) gsql_column_get_name))
#define FIND_CONSTRAINT(a, n) ((GsqlConstraint *) find_named ((a), (n), (const char *(*) (gpointer)) gsql_constraint_get_name))
#define FIND_INDEX(a, n)      ((GsqlIndex *) find_named ((a), (n), (const char *(*) (gpointer)) gsql_index_get_name))

static GsqlConstraint *
fk_to (GPtrArray *fks, const char *referred)
{
  for (guint i = 0; i < fks->len; i++)
    if (g_str_equal (gsql_constraint_get_referred_table (g_ptr_array_index (fks, i)), referred))
      return g_ptr_array_index (fks, i);
  return NULL;
}

static void
assert_strv (const char * const *got, const char *first, ...)
{
  va_list ap;
  const char *want = first;
  guint i = 0;

  va_start (ap, first);
  for (; want != NULL; want = va_arg (ap, const char *), i++)
    {
      ck_assert_msg (got[i] != NULL, "missing %s", want);
      ck_assert_str_eq (got[i], want);
    }
  va_end (ap);
  ck_assert_ptr_null (got[i]);
}

static GsqlTypeKind
kind_of (GPtrArray *columns, const char *name)
{
  GsqlColumn *c = FIND_COLUMN (columns, name);
  ck_assert_msg (c != NULL, "no column %s", name);
  return gsql_sql_type_get_kind (gsql_column_get_sql_type (c));
}

/* What the DDL says, read back by the inspector. */
START_TEST (test_native_schema)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GsqlInspector) inspector = gsql_inspector_new (engine);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) tables = NULL;
  g_auto(GStrv) views = NULL;
  g_autofree char *view_sql = NULL;
  gboolean sqlite = backend == GSQL_TEST_SQLITE, mariadb = backend == GSQL_TEST_MARIADB;

  create_schema (conn, backend, FALSE);

  tables = gsql_inspector_get_table_names (inspector, NULL, &error);
  gsql_test_assert_no_error (error);
  for (guint i = 0; schema_tables[i] != NULL; i++)
    ck_assert_msg (g_strv_contains ((const char * const *) tables, schema_tables[i]), "no table %s", schema_tables[i]);
  ck_assert (!g_strv_contains ((const char * const *) tables, "rm_active_employee"));
  views = gsql_inspector_get_view_names (inspector, NULL, &error);
  gsql_test_assert_no_error (error);
  ck_assert (g_strv_contains ((const char * const *) views, "rm_active_employee"));
  view_sql = gsql_inspector_get_view_definition (inspector, "rm_active_employee", NULL, &error);
  ck_assert_msg (view_sql != NULL, "%s", gsql_test_describe_error (error));
  ck_assert_msg (g_ascii_strncasecmp (view_sql, "SELECT", 6) == 0 && strstr (view_sql, "rm_employee") != NULL,
                 "view definition: %s", view_sql);

  /* columns, types, defaults, comments */
  {
    g_autoptr(GPtrArray) dept = gsql_inspector_get_columns (inspector, "rm_department", NULL, &error);
    g_autoptr(GPtrArray) emp = gsql_inspector_get_columns (inspector, "rm_employee", NULL, &error);
    g_autoptr(GPtrArray) prod = gsql_inspector_get_columns (inspector, "rm_product", NULL, &error);
    g_autoptr(GPtrArray) audit = gsql_inspector_get_columns (inspector, "RmAuditLog", NULL, &error);
    g_autoptr(GPtrArray) ep = gsql_inspector_get_columns (inspector, "rm_employee_project", NULL, &error);
    g_autoptr(GPtrArray) cust = gsql_inspector_get_columns (inspector, "rm_customer", NULL, &error);
    g_autoptr(GPtrArray) line = gsql_inspector_get_columns (inspector, "rm_order_line", NULL, &error);
    GsqlColumn *c;

    gsql_test_assert_no_error (error);
    ck_assert_int_eq (gsql_column_get_autoincrement (FIND_COLUMN (dept, "id")), GSQL_AUTOINCREMENT_ALWAYS);
    ck_assert_int_eq (gsql_column_get_autoincrement (FIND_COLUMN (emp, "id")), GSQL_AUTOINCREMENT_ALWAYS);
    ck_assert_int_eq (gsql_column_get_autoincrement (FIND_COLUMN (audit, "id")), GSQL_AUTOINCREMENT_ALWAYS);
    ck_assert_int_eq (gsql_column_get_autoincrement (FIND_COLUMN (ep, "employee_id")), GSQL_AUTOINCREMENT_NEVER);
    ck_assert_int_eq (kind_of (audit, "id"), sqlite ? GSQL_TYPE_KIND_INTEGER : GSQL_TYPE_KIND_BIG_INTEGER);
    ck_assert_int_eq (kind_of (dept, "budget"), GSQL_TYPE_KIND_NUMERIC);
    ck_assert_uint_eq (gsql_sql_type_get_precision (gsql_column_get_sql_type (FIND_COLUMN (dept, "budget"))), 12);
    ck_assert_uint_eq (gsql_sql_type_get_scale (gsql_column_get_sql_type (FIND_COLUMN (dept, "budget"))), 2);
    ck_assert_int_eq (kind_of (emp, "active"), GSQL_TYPE_KIND_BOOLEAN);
    ck_assert_int_eq (kind_of (emp, "hired_on"), GSQL_TYPE_KIND_DATE);
    ck_assert_int_eq (kind_of (emp, "created_at"), GSQL_TYPE_KIND_DATE_TIME);
    ck_assert_int_eq (kind_of (emp, "email"), GSQL_TYPE_KIND_STRING);
    ck_assert_uint_eq (gsql_sql_type_get_length (gsql_column_get_sql_type (FIND_COLUMN (emp, "email"))), 120);
    ck_assert_int_eq (kind_of (prod, "weight"), GSQL_TYPE_KIND_DOUBLE);
    ck_assert_int_eq (kind_of (prod, "attributes"), GSQL_TYPE_KIND_JSON);
    ck_assert_int_eq (kind_of (audit, "payload"), GSQL_TYPE_KIND_LARGE_BINARY);
    ck_assert_int_eq (kind_of (audit, "user id"), GSQL_TYPE_KIND_INTEGER);
    ck_assert_int_eq (kind_of (audit, "happened_at"), GSQL_TYPE_KIND_DATE_TIME);
    if (backend == GSQL_TEST_POSTGRESQL)
      ck_assert (gsql_sql_type_get_timezone (gsql_column_get_sql_type (FIND_COLUMN (audit, "happened_at"))));
    ck_assert (!gsql_column_get_nullable (FIND_COLUMN (audit, "EventType")));
    ck_assert (gsql_column_get_nullable (FIND_COLUMN (audit, "user id")));

    /* defaults, in the form every database takes */
    ck_assert_str_eq (gsql_column_get_server_default (FIND_COLUMN (emp, "active")), "TRUE");
    ck_assert_str_eq (gsql_column_get_server_default (FIND_COLUMN (emp, "created_at")), "CURRENT_TIMESTAMP");
    ck_assert_str_eq (gsql_column_get_server_default (FIND_COLUMN (ep, "role")), "'member'");
    ck_assert_str_eq (gsql_column_get_server_default (FIND_COLUMN (cust, "country")), "'NL'");
    ck_assert_str_eq (gsql_column_get_server_default (FIND_COLUMN (line, "quantity")), "1");
    ck_assert_str_eq (gsql_column_get_server_default (FIND_COLUMN (cust, "credit")), "-1");
    ck_assert_ptr_nonnull (gsql_column_get_server_default (FIND_COLUMN (dept, "budget")));
    ck_assert_ptr_null (gsql_column_get_server_default (FIND_COLUMN (emp, "full_name")));

    c = FIND_COLUMN (dept, "name");
    if (sqlite)
      ck_assert_ptr_null (gsql_column_get_comment (c));
    else
      ck_assert_str_eq (gsql_column_get_comment (c), "Shown on badges");
    ck_assert_ptr_null (gsql_column_get_comment (FIND_COLUMN (dept, "budget")));
  }

  /* table comment */
  {
    g_autofree char *comment = gsql_inspector_get_table_comment (inspector, "rm_department", NULL, &error);
    g_autofree char *none = gsql_inspector_get_table_comment (inspector, "rm_employee", NULL, &error);
    gsql_test_assert_no_error (error);
    if (sqlite)
      ck_assert_ptr_null (comment);
    else
      ck_assert_str_eq (comment, "Company departments");
    ck_assert_ptr_null (none);
  }

  /* primary keys, in key order, not column order */
  {
    g_autoptr(GsqlConstraint) ep = gsql_inspector_get_primary_key (inspector, "rm_employee_project", NULL, &error);
    g_autoptr(GsqlConstraint) line = gsql_inspector_get_primary_key (inspector, "rm_order_line", NULL, &error);
    g_autoptr(GsqlConstraint) proj = gsql_inspector_get_primary_key (inspector, "rm_project", NULL, &error);
    gsql_test_assert_no_error (error);
    assert_strv (gsql_constraint_get_columns (ep), "project_code", "employee_id", NULL);
    assert_strv (gsql_constraint_get_columns (line), "order_id", "line_no", NULL);
    assert_strv (gsql_constraint_get_columns (proj), "code", NULL);
    if (backend == GSQL_TEST_POSTGRESQL)
      ck_assert_str_eq (gsql_constraint_get_name (ep), "pk_rm_employee_project");
    else
      ck_assert_ptr_null (gsql_constraint_get_name (ep));
  }

  /* foreign keys: self-reference, composite, actions, quoted names */
  {
    g_autoptr(GPtrArray) dept = gsql_inspector_get_foreign_keys (inspector, "rm_department", NULL, &error);
    g_autoptr(GPtrArray) ship = gsql_inspector_get_foreign_keys (inspector, "rm_shipment", NULL, &error);
    g_autoptr(GPtrArray) ep = gsql_inspector_get_foreign_keys (inspector, "rm_employee_project", NULL, &error);
    g_autoptr(GPtrArray) line = gsql_inspector_get_foreign_keys (inspector, "rm_order_line", NULL, &error);
    GsqlConstraint *fk;

    gsql_test_assert_no_error (error);
    ck_assert_uint_eq (dept->len, 1);
    fk = fk_to (dept, "rm_department");
    ck_assert_ptr_nonnull (fk);
    ck_assert_int_eq (gsql_constraint_get_on_delete (fk), GSQL_REFERENTIAL_ACTION_SET_NULL);
    fk = fk_to (ship, "rm_order_line");
    ck_assert_ptr_nonnull (fk);
    assert_strv (gsql_constraint_get_columns (fk), "order_id", "line_no", NULL);
    assert_strv (gsql_constraint_get_referred_columns (fk), "order_id", "line_no", NULL);
    ck_assert_int_eq (gsql_constraint_get_on_delete (fk), GSQL_REFERENTIAL_ACTION_CASCADE);
    ck_assert_uint_eq (ep->len, 2);
    fk = fk_to (ep, "rm_project");
    ck_assert_int_eq (gsql_constraint_get_on_update (fk), GSQL_REFERENTIAL_ACTION_CASCADE);
    if (!sqlite)
      ck_assert_str_eq (gsql_constraint_get_name (fk), "fk_rm_ep_project");
    fk = fk_to (line, "Order");
    ck_assert_ptr_nonnull (fk);
    assert_strv (gsql_constraint_get_referred_columns (fk), "id", NULL);
    fk = fk_to (line, "rm_product");
    ck_assert_int_eq (gsql_constraint_get_on_delete (fk), GSQL_REFERENTIAL_ACTION_DEFAULT);
  }

  /* unique constraints and indexes; MariaDB's are one and the same */
  {
    g_autoptr(GPtrArray) uq = gsql_inspector_get_unique_constraints (inspector, "rm_department", NULL, &error);
    g_autoptr(GPtrArray) emp_ix = gsql_inspector_get_indexes (inspector, "rm_employee", NULL, &error);
    g_autoptr(GPtrArray) ship_ix = gsql_inspector_get_indexes (inspector, "rm_shipment", NULL, &error);
    g_autoptr(GPtrArray) audit_ix = gsql_inspector_get_indexes (inspector, "RmAuditLog", NULL, &error);
    g_autoptr(GPtrArray) ep_ix = gsql_inspector_get_indexes (inspector, "rm_employee_project", NULL, &error);
    g_autoptr(GPtrArray) line_ix = gsql_inspector_get_indexes (inspector, "rm_order_line", NULL, &error);
    g_autoptr(GPtrArray) order_ix = gsql_inspector_get_indexes (inspector, "Order", NULL, &error);
    GsqlIndex *ix;

    gsql_test_assert_no_error (error);
    ck_assert_uint_eq (uq->len, 1);
    assert_strv (gsql_constraint_get_columns (g_ptr_array_index (uq, 0)), "name", NULL);
    if (!sqlite)
      ck_assert_str_eq (gsql_constraint_get_name (g_ptr_array_index (uq, 0)), "uq_rm_department_name");
    ix = FIND_INDEX (emp_ix, "ix_rm_employee_name");
    ck_assert_ptr_nonnull (ix);
    ck_assert (!gsql_index_get_unique (ix));
    assert_strv (gsql_index_get_columns (ix), "full_name", NULL);
    /* the unique constraint's index is no index of its own, but on MariaDB */
    ck_assert_uint_eq (emp_ix->len, mariadb ? 2 : 1);
    ix = FIND_INDEX (ship_ix, "ux_rm_shipment_line");
    ck_assert_ptr_nonnull (ix);
    ck_assert (gsql_index_get_unique (ix));
    assert_strv (gsql_index_get_columns (ix), "order_id", "line_no", "shipped_on", NULL);
    ix = FIND_INDEX (audit_ix, "IX_RmAuditLog_Event");
    ck_assert_ptr_nonnull (ix);
    assert_strv (gsql_index_get_columns (ix), "EventType", "user id", NULL);
    ck_assert_uint_eq (ep_ix->len, 1);
    /* the indexes MariaDB makes for foreign keys, named or not, are not
     * listed */
    ck_assert_uint_eq (line_ix->len, 0);
    ck_assert_uint_eq (order_ix->len, 0);
  }

  /* check constraints */
  {
    g_autoptr(GPtrArray) dept = gsql_inspector_get_check_constraints (inspector, "rm_department", NULL, &error);
    g_autoptr(GPtrArray) proj = gsql_inspector_get_check_constraints (inspector, "rm_project", NULL, &error);
    g_autoptr(GPtrArray) prod = gsql_inspector_get_check_constraints (inspector, "rm_product", NULL, &error);
    GsqlConstraint *ck;

    gsql_test_assert_no_error (error);
    ck_assert_uint_eq (dept->len, 1);
    ck = FIND_CONSTRAINT (dept, "ck_rm_department_budget");
    ck_assert_ptr_nonnull (ck);
    ck_assert_str_eq (gsql_constraint_get_sql_text (ck), "budget >= 0");
    ck = FIND_CONSTRAINT (proj, "ck_rm_project_dates");
    ck_assert_ptr_nonnull (ck);
    ck_assert_str_eq (gsql_constraint_get_sql_text (ck), "ends >= starts");
    /* MariaDB's JSON column check is not one of them */
    ck_assert_uint_eq (prod->len, 1);
  }

  /* a missing table */
  {
    g_autoptr(GError) missing = NULL;
    g_autoptr(GPtrArray) none = gsql_inspector_get_indexes (inspector, "rm_missing", NULL, &missing);
    ck_assert_ptr_null (none);
    gsql_test_assert_error (missing, GSQL_ERROR_PROGRAMMING);
  }

  /* answers are cached until the cache is cleared */
  {
    g_auto(GStrv) before = NULL, after = NULL;
    gsql_test_exec (conn, "CREATE TABLE rm_extra (id INTEGER PRIMARY KEY)");
    before = gsql_inspector_get_table_names (inspector, NULL, &error);
    ck_assert (!g_strv_contains ((const char * const *) before, "rm_extra"));
    gsql_inspector_clear_cache (inspector);
    after = gsql_inspector_get_table_names (inspector, NULL, &error);
    ck_assert (g_strv_contains ((const char * const *) after, "rm_extra"));
    gsql_test_exec (conn, "DROP TABLE rm_extra");
    gsql_inspector_clear_cache (inspector);
  }

  printf ("#   %s: 10 hand-written tables and a view reflected as their DDL says\n", gsql_test_backend_name (backend));
  drop_schema (conn, backend);
}
END_TEST

static guint
position_of (GPtrArray *tables, const char *name)
{
  for (guint i = 0; i < tables->len; i++)
    if (g_str_equal (gsql_table_get_name (g_ptr_array_index (tables, i)), name))
      return i;
  ck_abort_msg ("no table %s", name);
  return 0;
}

/* The whole schema into a GsqlMetaData: tables in dependency order, with
 * every part, usable in the expression language and the DDL. */
START_TEST (test_reflect_metadata)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GsqlInspector) inspector = gsql_inspector_new (engine);
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  g_autoptr(GsqlMetaData) some = gsql_metadata_new ();
  g_autoptr(GsqlMetaData) with_views = gsql_metadata_new ();
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GError) error = NULL;
  GsqlTable *t;
  static const char *dialects[] = { "sqlite", "postgresql", "mysql" };

  create_schema (conn, backend, TRUE);

  /* All tables where the database is this test's own; on the servers,
   * other test programs create and drop theirs meanwhile. */
  ck_assert_msg (gsql_inspector_reflect (inspector, md, backend == GSQL_TEST_SQLITE ? NULL : schema_tables, FALSE,
                                         NULL, &error), "%s", gsql_test_describe_error (error));
  {
    g_autoptr(GPtrArray) all = gsql_metadata_get_tables (md);
    ck_assert_uint_eq (all->len, 10);
    ck_assert_ptr_null (gsql_metadata_get_table (md, "rm_active_employee"));
  }
  sorted = gsql_metadata_get_sorted_tables (md, &error);
  ck_assert_msg (sorted != NULL, "%s", gsql_test_describe_error (error));
  ck_assert_uint_lt (position_of (sorted, "rm_department"), position_of (sorted, "rm_employee"));
  ck_assert_uint_lt (position_of (sorted, "rm_employee"), position_of (sorted, "rm_employee_project"));
  ck_assert_uint_lt (position_of (sorted, "rm_project"), position_of (sorted, "rm_employee_project"));
  ck_assert_uint_lt (position_of (sorted, "Order"), position_of (sorted, "rm_order_line"));
  ck_assert_uint_lt (position_of (sorted, "rm_order_line"), position_of (sorted, "rm_shipment"));

  t = gsql_metadata_get_table (md, "rm_employee_project");
  {
    g_autoptr(GPtrArray) pk = gsql_table_get_primary_key (t);
    g_autoptr(GPtrArray) fks = gsql_table_get_foreign_keys (t);
    ck_assert_uint_eq (pk->len, 2);
    ck_assert_str_eq (gsql_column_get_name (g_ptr_array_index (pk, 0)), "project_code");
    ck_assert_uint_eq (fks->len, 2);
    for (guint i = 0; i < fks->len; i++)
      {
        GsqlTable *referred = gsql_constraint_resolve_referred_table (g_ptr_array_index (fks, i), &error);
        ck_assert_msg (referred != NULL, "%s", gsql_test_describe_error (error));
        ck_assert_ptr_eq (gsql_table_get_metadata (referred), md);
      }
  }
  t = gsql_metadata_get_table (md, "rm_department");
  {
    g_autoptr(GPtrArray) constraints = gsql_table_get_constraints (t);
    guint n_unique = 0, n_check = 0;
    for (guint i = 0; i < constraints->len; i++)
      {
        GsqlConstraintKind kind = gsql_constraint_get_kind (g_ptr_array_index (constraints, i));
        n_unique += kind == GSQL_CONSTRAINT_UNIQUE;
        n_check += kind == GSQL_CONSTRAINT_CHECK;
      }
    ck_assert_uint_eq (n_check, 1);
    ck_assert_uint_eq (n_unique, backend == GSQL_TEST_MARIADB ? 0 : 1);
    if (backend != GSQL_TEST_SQLITE)
      ck_assert_str_eq (gsql_table_get_comment (t), "Company departments");
  }
  {
    g_autoptr(GPtrArray) indexes = gsql_table_get_indexes (gsql_metadata_get_table (md, "RmAuditLog"));
    ck_assert_uint_eq (indexes->len, 1);
  }

  /* the expression language: a join over reflected tables, quoted names */
  {
    GsqlTable *order = gsql_metadata_get_table (md, "Order");
    GsqlTable *line = gsql_metadata_get_table (md, "rm_order_line");
    g_autoptr(GsqlExpr) q = g_object_ref_sink (
      gsql_select_where (gsql_select_join (gsql_select_from (gsql_select (gsql_col (order, "status"),
                                                                         gsql_col (line, "quantity"), NULL),
                                                             gsql_table_ref (order)),
                                           gsql_table_ref (line),
                                           gsql_eq (gsql_col (line, "order_id"), gsql_col (order, "id")),
                                           GSQL_JOIN_INNER),
                         gsql_eq (gsql_col (order, "id"), gsql_int (100))));
    g_autoptr(GsqlResult) r = gsql_connection_execute_statement (conn, q, NULL, NULL, 0, NULL, &error);
    ck_assert_msg (r != NULL, "%s", gsql_test_describe_error (error));
    ck_assert (gsql_result_next (r, &error));
    ck_assert_str_eq (gsql_result_get_string (r, 0), "new");
    ck_assert_int_eq (gsql_result_get_int64 (r, 1), 2);
  }

  /* DDL for every dialect */
  for (guint i = 0; i < G_N_ELEMENTS (dialects); i++)
    {
      g_auto(GStrv) ddl = gsql_metadata_compile_create_all (md, dialects[i], &error);
      ck_assert_msg (ddl != NULL, "%s: %s", dialects[i], gsql_test_describe_error (error));
      ck_assert_uint_ge (g_strv_length (ddl), 10);
    }

  /* one table brings the tables it refers to */
  t = gsql_inspector_reflect_table (inspector, some, "rm_shipment", NULL, &error);
  ck_assert_msg (t != NULL, "%s", gsql_test_describe_error (error));
  ck_assert_ptr_nonnull (gsql_metadata_get_table (some, "rm_order_line"));
  ck_assert_ptr_nonnull (gsql_metadata_get_table (some, "Order"));
  ck_assert_ptr_nonnull (gsql_metadata_get_table (some, "rm_customer"));
  ck_assert_ptr_nonnull (gsql_metadata_get_table (some, "rm_product"));
  ck_assert_ptr_null (gsql_metadata_get_table (some, "rm_employee"));
  ck_assert_ptr_eq (gsql_inspector_reflect_table (inspector, some, "rm_shipment", NULL, &error), t);

  /* a subset with a view; an unknown name reflects nothing */
  {
    const char *only[] = { "rm_project", "rm_active_employee", NULL };
    const char *wrong[] = { "rm_project", "rm_missing", NULL };
    g_autoptr(GsqlMetaData) none = gsql_metadata_new ();
    g_autoptr(GPtrArray) got = NULL;
    g_autoptr(GError) missing = NULL;

    ck_assert_msg (gsql_inspector_reflect (inspector, with_views, only, TRUE, NULL, &error), "%s",
                   gsql_test_describe_error (error));
    ck_assert_uint_eq (gsql_table_get_n_columns (gsql_metadata_get_table (with_views, "rm_active_employee")), 2);
    ck_assert (!gsql_inspector_reflect (inspector, none, wrong, FALSE, NULL, &missing));
    gsql_test_assert_error (missing, GSQL_ERROR_PROGRAMMING);
    got = gsql_metadata_get_tables (none);
    ck_assert_uint_eq (got->len, 0);
  }

  printf ("#   %s: the schema reflected into metadata, sorted, queried and compiled for 3 dialects\n",
          gsql_test_backend_name (backend));
  drop_schema (conn, backend);
}
END_TEST

/* gsql metadata → create_all → reflect: the same names, types, keys and
 * indexes. */
START_TEST (test_round_trip)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlInspector) inspector = gsql_inspector_new (engine);
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  g_autoptr(GsqlMetaData) back = gsql_metadata_new ();
  g_autoptr(GError) error = NULL;
  GsqlTable *parent, *child;
  static const char *pk[] = { "Region", "code", NULL };
  static const char *fk_cols[] = { "p region", "p code", NULL };
  static const char *uq_cols[] = { "label", NULL };
  static const char *ix_cols[] = { "p code", "amount", NULL };
  static const char *names[] = { "rt Parent", "rt_child", NULL };

  parent = gsql_metadata_add_table (md, "rt Parent", &error,
                                    gsql_column_new ("Region", gsql_sql_type_string_new (10), NULL),
                                    gsql_column_new ("code", gsql_sql_type_integer_new (), NULL),
                                    gsql_column_new ("label", gsql_sql_type_string_new (40), "nullable", FALSE, NULL),
                                    NULL);
  ck_assert (gsql_table_add_constraint (parent, gsql_constraint_new_primary_key ("pk_rt_parent", pk), &error));
  ck_assert (gsql_table_add_constraint (parent, gsql_constraint_new_unique ("uq_rt_parent_label", uq_cols), &error));
  child = gsql_metadata_add_table (md, "rt_child", &error,
                                   gsql_column_new ("id", gsql_sql_type_big_integer_new (), "primary-key", TRUE,
                                                    "autoincrement", GSQL_AUTOINCREMENT_ALWAYS, NULL),
                                   gsql_column_new ("p region", gsql_sql_type_string_new (10), NULL),
                                   gsql_column_new ("p code", gsql_sql_type_integer_new (), NULL),
                                   gsql_column_new ("amount", gsql_sql_type_numeric_new (9, 3), NULL),
                                   gsql_column_new ("flag", gsql_sql_type_boolean_new (), "server-default", "FALSE", NULL),
                                   gsql_column_new ("at", gsql_sql_type_date_time_new (FALSE), NULL),
                                   gsql_column_new ("doc", gsql_sql_type_json_new (), NULL),
                                   gsql_column_new ("blob", gsql_sql_type_large_binary_new (), NULL),
                                   gsql_column_new ("small", gsql_sql_type_small_integer_new (), NULL),
                                   NULL);
  ck_assert_msg (child != NULL, "%s", gsql_test_describe_error (error));
  {
    GsqlConstraint *fk = gsql_constraint_new_foreign_key ("fk_rt_child_parent", fk_cols, "rt Parent", pk);
    gsql_constraint_set_on_delete (fk, GSQL_REFERENTIAL_ACTION_CASCADE);
    ck_assert (gsql_table_add_constraint (child, fk, &error));
    ck_assert (gsql_table_add_constraint (child, gsql_constraint_new_check ("ck_rt_child_amount", "amount > 0"),
                                          &error));
    ck_assert (gsql_table_add_index (child, gsql_index_new ("ix_rt_child_code", FALSE, ix_cols), &error));
  }
  gsql_metadata_drop_all (md, engine, TRUE, NULL, NULL);
  ck_assert_msg (gsql_metadata_create_all (md, engine, FALSE, NULL, &error), "%s", gsql_test_describe_error (error));

  ck_assert_msg (gsql_inspector_reflect (inspector, back, names, FALSE, NULL, &error), "%s",
                 gsql_test_describe_error (error));
  for (guint n = 0; names[n] != NULL; n++)
    {
      GsqlTable *a = gsql_metadata_get_table (md, names[n]);
      GsqlTable *b = gsql_metadata_get_table (back, names[n]);
      g_autoptr(GPtrArray) pka = gsql_table_get_primary_key (a);
      g_autoptr(GPtrArray) pkb = NULL;
      g_autoptr(GPtrArray) fka = gsql_table_get_foreign_keys (a);
      g_autoptr(GPtrArray) fkb = NULL;
      g_autoptr(GPtrArray) ixa = gsql_table_get_indexes (a);
      g_autoptr(GPtrArray) ixb = NULL;

      ck_assert_msg (b != NULL, "%s not reflected", names[n]);
      pkb = gsql_table_get_primary_key (b);
      fkb = gsql_table_get_foreign_keys (b);
      ixb = gsql_table_get_indexes (b);
      ck_assert_uint_eq (gsql_table_get_n_columns (a), gsql_table_get_n_columns (b));
      for (guint i = 0; i < gsql_table_get_n_columns (a); i++)
        {
          GsqlColumn *ca = gsql_table_get_column_at (a, i), *cb = gsql_table_get_column_at (b, i);
          GsqlSqlType *ta = gsql_column_get_sql_type (ca), *tb = gsql_column_get_sql_type (cb);
          GsqlTypeKind ka = gsql_sql_type_get_kind (ta), kb = gsql_sql_type_get_kind (tb);

          ck_assert_str_eq (gsql_column_get_name (ca), gsql_column_get_name (cb));
          /* SQLite's rowid is an INTEGER */
          if (!(backend == GSQL_TEST_SQLITE && ka == GSQL_TYPE_KIND_BIG_INTEGER && gsql_column_get_primary_key (ca)))
            ck_assert_msg (ka == kb, "%s.%s: kind %d read back as %d", names[n], gsql_column_get_name (ca), ka, kb);
          if (ka == GSQL_TYPE_KIND_STRING)
            ck_assert_uint_eq (gsql_sql_type_get_length (ta), gsql_sql_type_get_length (tb));
          if (ka == GSQL_TYPE_KIND_NUMERIC)
            {
              ck_assert_uint_eq (gsql_sql_type_get_precision (ta), gsql_sql_type_get_precision (tb));
              ck_assert_uint_eq (gsql_sql_type_get_scale (ta), gsql_sql_type_get_scale (tb));
            }
          ck_assert_int_eq (gsql_column_get_nullable (ca), gsql_column_get_nullable (cb));
          ck_assert_int_eq (gsql_column_is_autoincrement (ca), gsql_column_is_autoincrement (cb));
          ck_assert_str_eq (gsql_column_get_server_default (ca) ? gsql_column_get_server_default (ca) : "-",
                            gsql_column_get_server_default (cb) ? gsql_column_get_server_default (cb) : "-");
        }
      ck_assert_uint_eq (pka->len, pkb->len);
      for (guint i = 0; i < pka->len; i++)
        ck_assert_str_eq (gsql_column_get_name (g_ptr_array_index (pka, i)),
                          gsql_column_get_name (g_ptr_array_index (pkb, i)));
      ck_assert_uint_eq (fka->len, fkb->len);
      for (guint i = 0; i < fka->len; i++)
        {
          GsqlConstraint *x = g_ptr_array_index (fka, i), *y = g_ptr_array_index (fkb, i);
          ck_assert (g_strv_equal (gsql_constraint_get_columns (x), gsql_constraint_get_columns (y)));
          ck_assert (g_strv_equal (gsql_constraint_get_referred_columns (x), gsql_constraint_get_referred_columns (y)));
          ck_assert_str_eq (gsql_constraint_get_referred_table (x), gsql_constraint_get_referred_table (y));
          ck_assert_int_eq (gsql_constraint_get_on_delete (x), gsql_constraint_get_on_delete (y));
        }
      /* MariaDB keeps the unique constraint as a unique index */
      ck_assert_uint_eq (ixb->len, ixa->len + (backend == GSQL_TEST_MARIADB && n == 0 ? 1 : 0));
      for (guint i = 0; i < ixa->len; i++)
        {
          GsqlIndex *x = g_ptr_array_index (ixa, i);
          GsqlIndex *y = FIND_INDEX (ixb, gsql_index_get_name (x));
          ck_assert_msg (y != NULL, "index %s lost", gsql_index_get_name (x));
          ck_assert (g_strv_equal (gsql_index_get_columns (x), gsql_index_get_columns (y)));
          ck_assert_int_eq (gsql_index_get_unique (x), gsql_index_get_unique (y));
        }
    }
  printf ("#   %s: gsql's tables read back with the same names, types, keys and indexes\n",
          gsql_test_backend_name (backend));
  ck_assert_msg (gsql_metadata_drop_all (md, engine, TRUE, NULL, &error), "%s", gsql_test_describe_error (error));
}
END_TEST

static gboolean
values_equal (const GValue *a, const GValue *b)
{
  if (!G_IS_VALUE (a) || !G_IS_VALUE (b))
    return G_IS_VALUE (a) == G_IS_VALUE (b);
  if (G_VALUE_TYPE (a) != G_VALUE_TYPE (b))
    return FALSE;
  if (G_VALUE_HOLDS (a, GSQL_TYPE_NUMERIC))
    return gsql_numeric_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (G_VALUE_HOLDS (a, G_TYPE_DATE_TIME))
    return g_date_time_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (G_VALUE_HOLDS (a, G_TYPE_DATE))
    return g_date_compare (g_value_get_boxed (a), g_value_get_boxed (b)) == 0;
  if (G_VALUE_HOLDS (a, G_TYPE_BYTES))
    return g_bytes_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (G_VALUE_HOLDS_STRING (a))
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (G_VALUE_HOLDS_DOUBLE (a))
    return g_value_get_double (a) == g_value_get_double (b);
  if (G_VALUE_HOLDS_BOOLEAN (a))
    return g_value_get_boolean (a) == g_value_get_boolean (b);
  if (G_VALUE_HOLDS_INT64 (a))
    return g_value_get_int64 (a) == g_value_get_int64 (b);
  if (G_VALUE_HOLDS_INT (a))
    return g_value_get_int (a) == g_value_get_int (b);
  return FALSE;
}

/* Every row of @table, in primary-key order, as GValues. */
static GPtrArray *
read_rows (GsqlConnection *conn, GsqlTable *table)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pk = gsql_table_get_primary_key (table);
  guint n = gsql_table_get_n_columns (table);
  GsqlExpr *q = gsql_select_v (NULL, 0);
  g_autoptr(GsqlExpr) owned = NULL;
  g_autoptr(GsqlResult) r = NULL;
  GPtrArray *rows = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    q = gsql_select_add_column (q, gsql_column_ref (gsql_table_get_column_at (table, i)));
  q = gsql_select_from (q, gsql_table_ref (table));
  for (guint i = 0; i < pk->len; i++)
    q = gsql_select_order_by (q, gsql_column_ref (g_ptr_array_index (pk, i)));
  owned = g_object_ref_sink (q);
  r = gsql_connection_execute_statement (conn, owned, NULL, NULL, 0, NULL, &error);
  ck_assert_msg (r != NULL, "%s: %s", gsql_table_get_name (table), gsql_test_describe_error (error));
  while (gsql_result_next (r, &error))
    {
      GValue *row = g_new0 (GValue, n);
      for (guint i = 0; i < n; i++)
        gsql_result_get_value (r, i, &row[i]);
      g_ptr_array_add (rows, row);
    }
  gsql_test_assert_no_error (error);
  return rows;
}

static void
free_rows (GPtrArray *rows, guint n)
{
  for (guint i = 0; i < rows->len; i++)
    {
      gsql_test_values_unset (g_ptr_array_index (rows, i), n);
      g_free (g_ptr_array_index (rows, i));
    }
  g_ptr_array_unref (rows);
}

/* Reflected from one backend, created on each other one by gsql, the rows
 * copied through gsql: the same counts and contents. */
START_TEST (test_cross_dialect_copy)
{
  GsqlTestBackend source = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (source);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
  g_autoptr(GsqlInspector) inspector = gsql_inspector_new (engine);
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GError) error = NULL;
  guint n_rows = 0;

  create_schema (conn, source, TRUE);
  ck_assert_msg (gsql_inspector_reflect (inspector, md, schema_tables, FALSE, NULL, &error), "%s",
                 gsql_test_describe_error (error));
  sorted = gsql_metadata_get_sorted_tables (md, &error);
  ck_assert_msg (sorted != NULL, "%s", gsql_test_describe_error (error));

  for (guint target = 0; target < GSQL_TEST_N_BACKENDS; target++)
    {
      g_autoptr(GsqlEngine) other = NULL;
      g_autoptr(GsqlConnection) oconn = NULL;

      if (target == source)
        continue;
      /* with GSQL_TEST_REQUIRE_ALL, opening it fails the test */
      if (!gsql_test_backend_is_configured (target) && !gsql_test_require_all ())
        {
          printf ("SKIP %s → %s: %s not set\n", gsql_test_backend_name (source), gsql_test_backend_name (target),
                  gsql_test_backend_env_var (target));
          continue;
        }
      other = gsql_test_open_engine (target);
      oconn = gsql_test_connect (other);
      drop_schema (oconn, target);
      ck_assert_msg (gsql_metadata_create_all (md, other, FALSE, NULL, &error), "%s → %s: %s",
                     gsql_test_backend_name (source), gsql_test_backend_name (target),
                     gsql_test_describe_error (error));
      n_rows = 0;
      for (guint t = 0; t < sorted->len; t++)
        {
          GsqlTable *table = g_ptr_array_index (sorted, t);
          guint n = gsql_table_get_n_columns (table);
          GPtrArray *rows = read_rows (conn, table);
          GPtrArray *copied;

          for (guint i = 0; i < rows->len; i++)
            {
              GValue *row = g_ptr_array_index (rows, i);
              g_autofree const char **cols = g_new0 (const char *, n + 1);
              g_autofree GsqlExpr **values = g_new0 (GsqlExpr *, n);
              g_autoptr(GsqlExpr) insert = NULL;
              g_autoptr(GsqlResult) r = NULL;

              for (guint j = 0; j < n; j++)
                {
                  GsqlColumn *c = gsql_table_get_column_at (table, j);
                  cols[j] = gsql_column_get_name (c);
                  values[j] = G_IS_VALUE (&row[j]) ? gsql_typed_value (&row[j], gsql_column_get_sql_type (c))
                                                   : gsql_null ();
                }
              insert = g_object_ref_sink (gsql_insert_values_v (gsql_insert (table), cols, values, n));
              r = gsql_connection_execute_statement (oconn, insert, NULL, NULL, 0, NULL, &error);
              ck_assert_msg (r != NULL, "%s → %s: %s: %s", gsql_test_backend_name (source),
                             gsql_test_backend_name (target), gsql_table_get_name (table),
                             gsql_test_describe_error (error));
            }
          copied = read_rows (oconn, table);
          ck_assert_uint_eq (copied->len, rows->len);
          for (guint i = 0; i < rows->len; i++)
            for (guint j = 0; j < n; j++)
              {
                GValue *a = &((GValue *) g_ptr_array_index (rows, i))[j];
                GValue *b = &((GValue *) g_ptr_array_index (copied, i))[j];
                ck_assert_msg (values_equal (a, b), "%s → %s: %s.%s row %u differs (%s / %s)",
                               gsql_test_backend_name (source), gsql_test_backend_name (target),
                               gsql_table_get_name (table),
                               gsql_column_get_name (gsql_table_get_column_at (table, j)), i,
                               G_IS_VALUE (a) ? g_strdup_value_contents (a) : "NULL",
                               G_IS_VALUE (b) ? g_strdup_value_contents (b) : "NULL");
              }
          n_rows += rows->len;
          free_rows (rows, n);
          free_rows (copied, n);
        }
      printf ("#   %s → %s: %u tables created, %u rows copied and compared\n", gsql_test_backend_name (source),
              gsql_test_backend_name (target), sorted->len, n_rows);
      drop_schema (oconn, target);
    }
  drop_schema (conn, source);
}
END_TEST

int
main (int argc, char **argv)
{
  Suite *s;
  TCase *tc;

  gsql_test_init (&argc, &argv);
  s = suite_create ("reflect/metadata");
  tc = gsql_test_tcase_new ("reflect/metadata/schema");
  gsql_test_add_backend_test (tc, test_native_schema, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_reflect_metadata, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_round_trip, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_cross_dialect_copy, GSQL_TEST_ALL_BACKENDS, NULL);
  suite_add_tcase (s, tc);
  return gsql_test_run_suite (s);
}
