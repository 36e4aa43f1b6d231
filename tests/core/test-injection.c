/* test-injection.c: hostile values and names never become SQL
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * Every test runs on SQLite, PostgreSQL and MariaDB and checks, for each
 * hostile input, one of two outcomes:
 *  - the statement sent (seen through GsqlEngine::before-execute) is one
 *    statement, with no comment, whose text does not contain the value and
 *    has one `?` per bound parameter — and the value comes back exactly; or
 *  - a GError in the GSQL_ERROR domain came back;
 * and in both cases the victim table still holds exactly what it held.
 *
 * Covered: values in INSERT / SELECT / UPDATE / DELETE; literal rendering
 * (gsql_compiled_dup_literal_sql()) of every string-like type, run on the
 * server and compared with the bound run (PostgreSQL also with
 * standard_conforming_strings off); identifiers (table, column, alias,
 * label, CTE, constraint names) from user data; function names; LIKE
 * helpers; negative numbers after a minus; invalid UTF-8 and NUL bytes;
 * ODBC connection-string values with `;`, `{`, `}` from URLs.
 */
#include "config.h"

#include <string.h>

#include "tests/gsql-test.h"

#define COLS(...) ((const char * const []) { __VA_ARGS__, NULL })

static const char * const payloads[] = {
  "z' OR 1=1",
  "\\' OR 1=1 --",
  "'; DROP TABLE inj_victim; --",
  "\\\\'; DELETE FROM inj_victim; /*",
  "x\"; DROP TABLE inj_victim; --",
  "`); DROP TABLE inj_victim; #",
  "?, ?) --",
  "$1 :name %s",
  "trailing\\",
};

/* ------------------------------------------------------------ helpers */

typedef struct {
  GsqlTestBackend backend;
  const char     *dialect;
  GsqlEngine     *engine;
  GsqlConnection *conn;
  GsqlMetaData   *md;
  GsqlTable      *victim;   /* inj_victim (id, name, body) */
  GPtrArray      *sql;      /* statements sent since the last reset */
  gulong          handler;
} Db;

static void
on_before_execute (GsqlEngine *engine, GsqlConnection *conn, const char *sql, guint n_sets, Db *db)
{
  g_ptr_array_add (db->sql, g_strdup (sql));
}

/* Checks that @sql is one statement with no comment outside quotes, and
 * returns the number of `?` markers outside quotes. */
static guint
assert_one_statement (const char *sql)
{
  char quote = 0;
  guint markers = 0;

  for (const char *p = sql; *p != '\0'; p++)
    {
      if (quote != 0)
        {
          if (*p == quote)
            quote = 0;
          continue;
        }
      if (*p == '\'' || *p == '"' || *p == '`')
        quote = *p;
      else if (*p == '?')
        markers++;
      else
        {
          ck_assert_msg (*p != ';', "a second statement in: %s", sql);
          ck_assert_msg (!(p[0] == '-' && p[1] == '-'), "a -- comment in: %s", sql);
          ck_assert_msg (!(p[0] == '/' && p[1] == '*'), "a /* comment in: %s", sql);
          ck_assert_msg (*p != '#', "a # comment in: %s", sql);
        }
    }
  ck_assert_msg (quote == 0, "an unterminated quote in: %s", sql);
  return markers;
}

/* Every statement sent since the last reset is one statement, does not
 * hold @value, and has one marker per parameter (@n_params, or any when
 * negative). */
static void
assert_sent_bound (Db *db, const char *value, int n_params)
{
  ck_assert_uint_gt (db->sql->len, 0);
  for (guint k = 0; k < db->sql->len; k++)
    {
      const char *sql = g_ptr_array_index (db->sql, k);
      guint markers = assert_one_statement (sql);

      if (value != NULL && *value != '\0')
        ck_assert_msg (strstr (sql, value) == NULL, "the value %s was spliced into: %s", value, sql);
      if (n_params >= 0)
        ck_assert_msg (markers == (guint) n_params, "%u markers, %d parameters: %s", markers, n_params, sql);
    }
  g_ptr_array_set_size (db->sql, 0);
}

static GsqlTable *
add_table (GsqlMetaData *md, const char *name, GsqlColumn *first, ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  GsqlTable *table;
  va_list ap;

  va_start (ap, first);
  for (GsqlColumn *c = first; c != NULL; c = va_arg (ap, GsqlColumn *))
    g_ptr_array_add (columns, c);
  va_end (ap);
  table = gsql_metadata_add_table_full (md, NULL, name, (GsqlColumn **) columns->pdata, columns->len, &error);
  gsql_test_assert_no_error (error);
  return table;
}

static GsqlColumn *
key_column (const char *name)
{
  return gsql_column_new (name, gsql_sql_type_integer_new (), "primary-key", TRUE,
                          "autoincrement", GSQL_AUTOINCREMENT_NEVER, NULL);
}

static GsqlColumn *
plain_column (const char *name, GsqlSqlType *type)
{
  return gsql_column_new_with_properties (name, type, 0, NULL, NULL);
}

/* The victim table as text, "id|name|body;" per row in id order. */
static char *
snapshot (GsqlConnection *conn)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlResult) r = gsql_connection_execute (conn, "SELECT id, name, body FROM inj_victim ORDER BY id",
                                                     NULL, 0, NULL, &error);
  GString *s = g_string_new (NULL);

  gsql_test_assert_no_error (error);
  while (gsql_result_next (r, &error))
    g_string_append_printf (s, "%" G_GINT64_FORMAT "|%s|%s;", gsql_result_get_int64 (r, 0),
                            gsql_result_is_null (r, 1) ? "NULL" : gsql_result_get_string (r, 1),
                            gsql_result_is_null (r, 2) ? "NULL" : gsql_result_get_string (r, 2));
  gsql_test_assert_no_error (error);
  return g_string_free (s, FALSE);
}

#define ORIGINAL "1|alice|a;2|bob|b;3|carol|c;"

static void
db_open (Db *db, int i)
{
  g_autoptr(GError) error = NULL;

  db->backend = gsql_test_begin (i);
  db->dialect = gsql_test_backend_dialect (db->backend);
  db->engine = gsql_test_open_engine (db->backend);
  db->conn = gsql_test_connect (db->engine);
  db->md = gsql_metadata_new ();
  db->victim = add_table (db->md, "inj_victim",
                          key_column ("id"),
                          plain_column ("name", gsql_sql_type_string_new (100)),
                          plain_column ("body", gsql_sql_type_text_new ()),
                          NULL);
  ck_assert_msg (gsql_metadata_drop_all (db->md, db->engine, TRUE, NULL, &error),
                 "drop_all: %s", gsql_test_describe_error (error));
  ck_assert_msg (gsql_metadata_create_all (db->md, db->engine, FALSE, NULL, &error),
                 "create_all: %s", gsql_test_describe_error (error));
  gsql_test_exec (db->conn, "INSERT INTO inj_victim (id, name, body) VALUES (1, 'alice', 'a'), (2, 'bob', 'b'), (3, 'carol', 'c')");
  db->sql = g_ptr_array_new_with_free_func (g_free);
  db->handler = g_signal_connect (db->engine, "before-execute", G_CALLBACK (on_before_execute), db);
}

static void
db_close (Db *db)
{
  g_autoptr(GError) error = NULL;

  g_clear_signal_handler (&db->handler, db->engine);
  if (db->conn != NULL)
    g_clear_object (&db->conn);
  if (db->md != NULL)
    {
      ck_assert_msg (gsql_metadata_drop_all (db->md, db->engine, TRUE, NULL, &error),
                     "drop_all: %s", gsql_test_describe_error (error));
      g_clear_object (&db->md);
    }
  g_clear_object (&db->engine);
  g_clear_pointer (&db->sql, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Db, db_close)

static GsqlResult *
run (Db *db, GsqlExpr *stmt, GError **error)
{
  g_object_ref_sink (stmt);
  GsqlResult *r = gsql_connection_execute_statement (db->conn, stmt, NULL, NULL, 0, NULL, error);
  g_object_unref (stmt);
  return r;
}

static gint64
count_rows (Db *db, GsqlExpr *where)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlResult) r = run (db, gsql_select_where (gsql_select (gsql_count_star (), NULL), where), &error);
  gint64 n;

  gsql_test_assert_no_error (error);
  ck_assert (gsql_result_next (r, &error));
  n = gsql_result_get_int64 (r, 0);
  return n;
}

#define V(c) gsql_col (db.victim, (c))

/* ------------------------------------------------------------ values */

START_TEST (test_values_bound)
{
  g_auto(Db) db = { 0 };

  db_open (&db, _i);
  for (guint k = 0; k < G_N_ELEMENTS (payloads); k++)
    {
      const char *p = payloads[k];
      g_autoptr(GError) error = NULL;
      g_autoptr(GsqlResult) r = NULL;
      g_autofree char *snap = NULL;
      g_autofree char *want = NULL;

      r = run (&db, gsql_insert_values (gsql_insert (db.victim), "id", gsql_int (100 + k),
                                        "name", gsql_str (p), "body", gsql_str (p), NULL), &error);
      gsql_test_assert_no_error (error);
      g_clear_object (&r);
      assert_sent_bound (&db, p, 3);

      ck_assert_int_eq (count_rows (&db, gsql_eq (V ("name"), gsql_str (p))), 1);
      ck_assert_int_eq (count_rows (&db, gsql_and (gsql_eq (V ("name"), gsql_str (p)),
                                                   gsql_eq (V ("body"), gsql_str (p)), NULL)), 1);
      assert_sent_bound (&db, p, -1);

      r = run (&db, gsql_update_where (gsql_update_set (gsql_update (db.victim), "body", gsql_str (p)),
                                       gsql_eq (V ("name"), gsql_str (p))), &error);
      gsql_test_assert_no_error (error);
      ck_assert_int_eq (gsql_result_get_rowcount (r), 1);
      g_clear_object (&r);
      assert_sent_bound (&db, p, 2);

      /* The value came back exactly and nothing else changed. */
      snap = snapshot (db.conn);
      want = g_strdup_printf (ORIGINAL "%u|%s|%s;", 100 + k, p, p);
      ck_assert_str_eq (snap, want);
      g_ptr_array_set_size (db.sql, 0);

      r = run (&db, gsql_delete_where (gsql_delete (db.victim), gsql_eq (V ("name"), gsql_str (p))), &error);
      gsql_test_assert_no_error (error);
      ck_assert_int_eq (gsql_result_get_rowcount (r), 1);
      assert_sent_bound (&db, p, 1);
      g_free (snap);
      snap = snapshot (db.conn);
      ck_assert_str_eq (snap, ORIGINAL);
      g_ptr_array_set_size (db.sql, 0);
    }
  printf ("#   %s: %u hostile values bound in INSERT/SELECT/UPDATE/DELETE\n",
          gsql_test_backend_name (db.backend), (guint) G_N_ELEMENTS (payloads));
}
END_TEST

/* ------------------------------------------------------------ literal rendering */

static char *
json_quote (const char *s)
{
  GString *out = g_string_new ("{\"k\": \"");

  for (const char *p = s; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append (out, "\"}");
  return g_string_free (out, FALSE);
}

static char *
row_text (GsqlConnection *conn, gint64 id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT s, t, u, j, b FROM inj_literal WHERE id = %" G_GINT64_FORMAT, id);
  g_autoptr(GsqlResult) r = gsql_connection_execute (conn, sql, NULL, 0, NULL, &error);
  GString *s = g_string_new (NULL);

  gsql_test_assert_no_error (error);
  ck_assert_msg (gsql_result_next (r, &error), "row %" G_GINT64_FORMAT " missing", id);
  for (guint c = 0; c < 4; c++)
    g_string_append_printf (s, "%s|", gsql_result_get_string (r, c));
  {
    g_autoptr(GBytes) b = gsql_result_dup_bytes (r, 4);
    gsize len;
    const char *data = g_bytes_get_data (b, &len);
    g_string_append_len (s, data, len);
  }
  return g_string_free (s, FALSE);
}

/* Each payload written once with bound parameters and once through the
 * literal form of the same statement (run as plain SQL): the rows must be
 * equal.  On PostgreSQL the literal form also runs with
 * standard_conforming_strings off, where a backslash in '…' escapes. */
START_TEST (test_literal_rendering)
{
  g_auto(Db) db = { 0 };
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  g_autoptr(GError) error = NULL;
  GsqlTable *lit;
  gint64 id = 0;
  /* Strings that a wrong escape would turn into SQL; the first two are the
   * ones the issue names. */
  const char * const values[] = { "z' OR 1=1", "\\' OR 1=1 --", "\\", "'\\''", "\\\\'';--" };

  db_open (&db, _i);
  lit = add_table (md, "inj_literal",
                   key_column ("id"),
                   plain_column ("s", gsql_sql_type_string_new (100)),
                   plain_column ("t", gsql_sql_type_text_new ()),
                   plain_column ("u", gsql_sql_type_unicode_text_new ()),
                   plain_column ("j", gsql_sql_type_json_new ()),
                   plain_column ("b", gsql_sql_type_large_binary_new ()),
                   NULL);
  ck_assert_msg (gsql_metadata_drop_all (md, db.engine, TRUE, NULL, &error), "%s", gsql_test_describe_error (error));
  ck_assert_msg (gsql_metadata_create_all (md, db.engine, FALSE, NULL, &error), "%s", gsql_test_describe_error (error));

  for (guint k = 0; k < G_N_ELEMENTS (values); k++)
    {
      const char *v = values[k];
      g_autofree char *json = json_quote (v);
      g_autoptr(GBytes) bytes = g_bytes_new (v, strlen (v));
      GValue bv = G_VALUE_INIT;
      g_autofree char *bound_row = NULL;
      guint n_modes = db.backend == GSQL_TEST_POSTGRESQL ? 3 : 1;

      g_value_init (&bv, G_TYPE_BYTES);
      g_value_set_boxed (&bv, bytes);
      for (guint mode = 0; mode <= n_modes; mode++)
        {
          g_autoptr(GsqlExpr) ins = g_object_ref_sink (
              gsql_insert_values (gsql_insert (lit), "id", gsql_int (++id), "s", gsql_str (v), "t", gsql_str (v),
                                  "u", gsql_str (v), "j", gsql_str (json), "b", gsql_value (&bv), NULL));
          g_autoptr(GsqlCompiled) c = gsql_expr_compile (ins, db.dialect, &error);
          g_autofree char *literal = NULL;
          g_autofree char *row = NULL;
          g_autoptr(GsqlResult) r = NULL;

          gsql_test_assert_no_error (error);
          if (mode == 0)
            {
              r = gsql_connection_execute_compiled (db.conn, c, NULL, NULL, 0, NULL, &error);
              gsql_test_assert_no_error (error);
              bound_row = row_text (db.conn, id);
              {
                g_autofree char *want = g_strdup_printf ("%s|%s|%s|%s|%s", v, v, v, json, v);
                ck_assert_str_eq (bound_row, want);
              }
              continue;
            }
          literal = gsql_compiled_dup_literal_sql (c, &error);
          gsql_test_assert_no_error (error);
          ck_assert_uint_eq (assert_one_statement (literal), 0);
          if (mode == 2)
            gsql_test_exec (db.conn, "SET standard_conforming_strings = off");
          if (mode == 3)
            gsql_test_exec (db.conn, "SET standard_conforming_strings = on");
          r = gsql_connection_execute (db.conn, literal, NULL, 0, NULL, &error);
          ck_assert_msg (error == NULL, "%s: literal %s failed: %s", gsql_test_backend_name (db.backend),
                         literal, gsql_test_describe_error (error));
          row = row_text (db.conn, id);
          ck_assert_msg (g_str_equal (row, bound_row), "%s (mode %u): literal %s stored %s, bound stored %s",
                         gsql_test_backend_name (db.backend), mode, literal, row, bound_row);
        }
      g_value_unset (&bv);
    }
  if (db.backend == GSQL_TEST_POSTGRESQL)
    gsql_test_exec (db.conn, "RESET standard_conforming_strings");

  /* Types whose values cannot hold the text refuse it with a GError. */
  {
    GsqlSqlType *strict[] = {
      gsql_sql_type_integer_new (), gsql_sql_type_double_new (), gsql_sql_type_numeric_new (10, 2),
      gsql_sql_type_boolean_new (), gsql_sql_type_date_new (), gsql_sql_type_date_time_new (FALSE),
      gsql_sql_type_uuid_new (),
    };
    for (guint t = 0; t < G_N_ELEMENTS (strict); t++)
      {
        g_object_ref_sink (strict[t]);
        for (guint k = 0; k < 2; k++)
          {
            GValue sv = G_VALUE_INIT;
            g_autoptr(GsqlExpr) sel = NULL;
            g_autoptr(GsqlCompiled) c = NULL;
            g_autoptr(GError) local = NULL;

            gsql_test_value_string (&sv, values[k]);
            sel = g_object_ref_sink (gsql_select (gsql_typed_value (&sv, strict[t]), NULL));
            g_value_unset (&sv);
            c = gsql_expr_compile (sel, db.dialect, &local);
            if (c != NULL)
              {
                /* Accepted as text: still rendered as one escaped literal. */
                g_autofree char *literal = gsql_compiled_dup_literal_sql (c, &local);
                gsql_test_assert_no_error (local);
                ck_assert_uint_eq (assert_one_statement (literal), 0);
              }
            else
              ck_assert_msg (local != NULL && local->domain == GSQL_ERROR, "no GError");
          }
        g_object_unref (strict[t]);
      }
  }

  ck_assert_msg (gsql_metadata_drop_all (md, db.engine, TRUE, NULL, &error), "%s", gsql_test_describe_error (error));
  {
    g_autofree char *snap = snapshot (db.conn);
    ck_assert_str_eq (snap, ORIGINAL);
  }
}
END_TEST

/* The dialect's string quoting itself, run on the server: what comes back
 * is what went in.  PostgreSQL is tried with both settings of
 * standard_conforming_strings; MariaDB with its default sql_mode. */
START_TEST (test_quote_string_round_trip)
{
  g_auto(Db) db = { 0 };
  GsqlDialect *d;
  guint n_modes;

  db_open (&db, _i);
  d = gsql_dialect_get (db.dialect);
  n_modes = db.backend == GSQL_TEST_POSTGRESQL ? 2 : 1;
  for (guint mode = 0; mode < n_modes; mode++)
    {
      if (mode == 1)
        gsql_test_exec (db.conn, "SET standard_conforming_strings = off");
      for (guint k = 0; k < G_N_ELEMENTS (payloads); k++)
        {
          g_autofree char *q = gsql_dialect_quote_string (d, payloads[k]);
          g_autofree char *sql = g_strconcat ("SELECT ", q, NULL);
          g_autoptr(GError) error = NULL;
          g_autoptr(GsqlResult) r = NULL;

          ck_assert_uint_eq (assert_one_statement (sql), 0);
          r = gsql_connection_execute (db.conn, sql, NULL, 0, NULL, &error);
          ck_assert_msg (error == NULL, "%s: %s: %s", gsql_test_backend_name (db.backend), sql,
                         gsql_test_describe_error (error));
          ck_assert (gsql_result_next (r, &error));
          ck_assert_msg (g_strcmp0 (gsql_result_get_string (r, 0), payloads[k]) == 0,
                         "%s (mode %u): %s read back as %s", gsql_test_backend_name (db.backend), mode, sql,
                         gsql_result_get_string (r, 0));
        }
    }
  if (n_modes > 1)
    gsql_test_exec (db.conn, "RESET standard_conforming_strings");
}
END_TEST

/* ------------------------------------------------------------ identifiers */

START_TEST (test_hostile_identifiers)
{
  g_auto(Db) db = { 0 };
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  g_autoptr(GError) error = NULL;
  const char *tname = "inj t\"`'];--";
  const char *cname = "c\"`) ; DROP TABLE inj_victim; --";
  const char *label = "l\" FROM inj_victim; --";
  const char *alias = "a`\"; DELETE FROM inj_victim; #";
  const char *cname_constraint = "uq\"`'; DROP TABLE inj_victim; --";
  GsqlTable *t;
  GsqlColumn *col;

  db_open (&db, _i);
  col = gsql_column_new (cname, gsql_sql_type_string_new (100), "unique", TRUE, NULL);
  t = add_table (md, tname, key_column ("id"), col, plain_column ("k", gsql_sql_type_integer_new ()), NULL);
  /* A constraint named from user data. */
  ck_assert_msg (gsql_table_add_constraint (t, gsql_constraint_new_unique (cname_constraint, COLS ("k")), &error),
                 "%s", gsql_test_describe_error (error));
  ck_assert_msg (gsql_metadata_drop_all (md, db.engine, TRUE, NULL, &error), "%s", gsql_test_describe_error (error));
  ck_assert_msg (gsql_metadata_create_all (md, db.engine, FALSE, NULL, &error), "create_all: %s",
                 gsql_test_describe_error (error));
  assert_sent_bound (&db, NULL, -1);

  {
    g_autoptr(GsqlResult) r = run (&db, gsql_insert_values (gsql_insert (t), "id", gsql_int (1), cname, gsql_str (payloads[0]), NULL), &error);
    gsql_test_assert_no_error (error);
    assert_sent_bound (&db, payloads[0], 2);
  }
  {
    /* A label, a table alias and a CTE named from user data. */
    GsqlExpr *a = gsql_table_alias (t, alias);
    GsqlExpr *sel = gsql_select (gsql_label (gsql_from_col (a, cname), label), NULL);
    g_autoptr(GsqlResult) r = NULL;

    gsql_select_from (sel, a);
    r = run (&db, sel, &error);
    gsql_test_assert_no_error (error);
    ck_assert (gsql_result_next (r, &error));
    ck_assert_str_eq (gsql_result_get_column_name (r, 0), label);
    ck_assert_str_eq (gsql_result_get_string (r, 0), payloads[0]);
    assert_sent_bound (&db, NULL, 0);
  }
  {
    GsqlExpr *cte = gsql_cte (gsql_select_from (gsql_select (gsql_label (gsql_col (t, cname), label), NULL),
                                                gsql_table_ref (t)), alias);
    GsqlExpr *sel = gsql_select_from (gsql_select (gsql_from_col (cte, label), NULL), cte);
    g_autoptr(GsqlResult) r = run (&db, sel, &error);

    gsql_test_assert_no_error (error);
    ck_assert (gsql_result_next (r, &error));
    ck_assert_str_eq (gsql_result_get_string (r, 0), payloads[0]);
    assert_sent_bound (&db, NULL, 0);
  }
  /* The unique constraints (the column's, and the named one) hold. */
  {
    g_autoptr(GsqlResult) r = run (&db, gsql_insert_values (gsql_insert (t), "id", gsql_int (3), cname, gsql_str ("other"),
                                                            "k", gsql_int (7), NULL), &error);
    gsql_test_assert_no_error (error);
    g_clear_object (&r);
    r = run (&db, gsql_insert_values (gsql_insert (t), "id", gsql_int (4), cname, gsql_str ("other 2"),
                                      "k", gsql_int (7), NULL), &error);
    ck_assert_ptr_null (r);
    ck_assert_msg (error != NULL && gsql_error_is_integrity (error), "%s", gsql_test_describe_error (error));
    g_clear_error (&error);
  }
  {
    g_autoptr(GsqlResult) r = run (&db, gsql_insert_values (gsql_insert (t), "id", gsql_int (2), cname, gsql_str (payloads[0]), NULL), &error);
    ck_assert_ptr_null (r);
    ck_assert_msg (error != NULL && gsql_error_is_integrity (error), "%s", gsql_test_describe_error (error));
    g_clear_error (&error);
  }
  ck_assert_msg (gsql_metadata_drop_all (md, db.engine, TRUE, NULL, &error), "%s", gsql_test_describe_error (error));
  assert_sent_bound (&db, NULL, -1);
  {
    g_autofree char *snap = snapshot (db.conn);
    ck_assert_str_eq (snap, ORIGINAL);
  }
}
END_TEST

/* A function name is not quoted (that would change which function is
 * meant); one that is not a plain, possibly dotted, name is refused. */
START_TEST (test_function_names)
{
  g_auto(Db) db = { 0 };
  const char * const bad[] = {
    "abs(1); DROP TABLE inj_victim; --",
    "count(*) FROM inj_victim --",
    "a b",
    "x'y",
    "\"quoted\"",
    "",
    "1abc",
    "f.",
  };

  db_open (&db, _i);
  for (guint k = 0; k < G_N_ELEMENTS (bad); k++)
    {
      g_autoptr(GsqlExpr) sel = g_object_ref_sink (gsql_select (gsql_func (bad[k], NULL, gsql_int (1), NULL), NULL));
      g_autoptr(GError) error = NULL;
      g_autoptr(GsqlCompiled) c = gsql_expr_compile (sel, db.dialect, &error);

      ck_assert_msg (c == NULL, "function name \"%s\" compiled to %s", bad[k], gsql_compiled_get_sql (c));
      gsql_test_assert_error (error, GSQL_ERROR_INVALID_ARGUMENT);
    }
  {
    /* Plain and schema-qualified names still work. */
    g_autoptr(GsqlExpr) sel = g_object_ref_sink (gsql_select (gsql_func ("abs", NULL, gsql_int (-3), NULL),
                                                              gsql_func ("ABS", NULL, gsql_int (-4), NULL), NULL));
    g_autoptr(GError) error = NULL;
    g_autoptr(GsqlResult) r = gsql_connection_execute_statement (db.conn, sel, NULL, NULL, 0, NULL, &error);

    gsql_test_assert_no_error (error);
    ck_assert (gsql_result_next (r, &error));
    ck_assert_int_eq (gsql_result_get_int64 (r, 0), 3);
    ck_assert_int_eq (gsql_result_get_int64 (r, 1), 4);
  }
  {
    g_autofree char *snap = snapshot (db.conn);
    ck_assert_str_eq (snap, ORIGINAL);
  }
}
END_TEST

/* ------------------------------------------------------------ LIKE helpers */

START_TEST (test_like_helpers)
{
  g_auto(Db) db = { 0 };
  const char * const names[] = { "50%_off", "50abcoff", "a/b", "a_b", "axb", "%", "_", "a\\b", "50%" };

  db_open (&db, _i);
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GsqlResult) r = run (&db, gsql_insert_values (gsql_insert (db.victim), "id", gsql_int (10 + k),
                                                              "name", gsql_str (names[k]), NULL), &error);
      gsql_test_assert_no_error (error);
    }
  g_ptr_array_set_size (db.sql, 0);

  ck_assert_int_eq (count_rows (&db, gsql_contains (V ("name"), "%_")), 1);
  ck_assert_int_eq (count_rows (&db, gsql_contains (V ("name"), "_")), 3);
  ck_assert_int_eq (count_rows (&db, gsql_contains (V ("name"), "%")), 3);
  ck_assert_int_eq (count_rows (&db, gsql_startswith (V ("name"), "50%")), 2);
  ck_assert_int_eq (count_rows (&db, gsql_endswith (V ("name"), "_b")), 1);
  ck_assert_int_eq (count_rows (&db, gsql_contains (V ("name"), "/")), 1);
  ck_assert_int_eq (count_rows (&db, gsql_contains (V ("name"), "\\")), 1);
  ck_assert_int_eq (count_rows (&db, gsql_startswith (V ("name"), "a/")), 1);
  ck_assert_int_eq (count_rows (&db, gsql_contains (V ("name"), "' OR 1=1 --")), 0);
  assert_sent_bound (&db, "%_", -1);
}
END_TEST

/* ------------------------------------------------------------ numbers */

START_TEST (test_negative_numbers)
{
  g_auto(Db) db = { 0 };
  GValue nv = G_VALUE_INIT;
  g_autoptr(GsqlNumeric) num = NULL;
  g_autoptr(GError) error = NULL;

  db_open (&db, _i);
  num = gsql_numeric_new_from_string ("-2.50", &error);
  gsql_test_assert_no_error (error);
  g_value_init (&nv, GSQL_TYPE_NUMERIC);
  g_value_set_boxed (&nv, num);
  {
    /* -(-5), 1 - -5, -(-1.5), -(-2.50), -(-(-7)), -(-(2^63 - 1)) */
    g_autoptr(GsqlExpr) sel = g_object_ref_sink (gsql_select (
        gsql_neg (gsql_int (-5)),
        gsql_sub (gsql_int (1), gsql_int (-5)),
        gsql_neg (gsql_double (-1.5)),
        gsql_neg (gsql_cast (gsql_typed_value (&nv, gsql_sql_type_numeric_new (10, 2)), gsql_sql_type_numeric_new (10, 2))),
        gsql_neg (gsql_neg (gsql_int (-7))),
        gsql_neg (gsql_int (G_MININT64 + 1)),
        NULL));
    g_autoptr(GsqlCompiled) c = gsql_expr_compile (sel, db.dialect, &error);
    g_autofree char *literal = NULL;
    const double want[] = { 5, 6, 1.5, 2.5, -7, (double) G_MAXINT64 };

    gsql_test_assert_no_error (error);
    literal = gsql_compiled_dup_literal_sql (c, &error);
    gsql_test_assert_no_error (error);
    ck_assert_uint_eq (assert_one_statement (literal), 0);
    ck_assert_uint_eq (assert_one_statement (gsql_compiled_get_sql (c)), gsql_compiled_get_n_params (c));
    for (guint pass = 0; pass < 2; pass++)
      {
        g_autoptr(GsqlResult) r = pass == 0
          ? gsql_connection_execute_compiled (db.conn, c, NULL, NULL, 0, NULL, &error)
          : gsql_connection_execute (db.conn, literal, NULL, 0, NULL, &error);

        ck_assert_msg (error == NULL, "%s: %s", pass ? literal : gsql_compiled_get_sql (c), gsql_test_describe_error (error));
        ck_assert (gsql_result_next (r, &error));
        for (guint k = 0; k < G_N_ELEMENTS (want) - 1; k++)
          ck_assert_msg (gsql_result_get_double (r, k) == want[k], "%s: column %u is %g, want %g",
                         pass ? literal : gsql_compiled_get_sql (c), k, gsql_result_get_double (r, k), want[k]);
        ck_assert_int_eq (gsql_result_get_int64 (r, 5), G_MAXINT64);
      }
  }
  g_value_unset (&nv);
}
END_TEST

/* ------------------------------------------------------------ bad text */

START_TEST (test_invalid_text)
{
  g_auto(Db) db = { 0 };
  const char * const bad_utf8[] = { "\xff\xfe", "ok\xc3", "\xed\xa0\x80", "a\xc0\xafz" };

  db_open (&db, _i);
  for (guint k = 0; k < G_N_ELEMENTS (bad_utf8); k++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GsqlResult) r = run (&db, gsql_insert_values (gsql_insert (db.victim), "id", gsql_int (50 + k),
                                                              "name", gsql_str (bad_utf8[k]), NULL), &error);
      ck_assert_ptr_null (r);
      ck_assert_msg (error != NULL && error->domain == GSQL_ERROR, "invalid UTF-8 accepted");
      g_clear_error (&error);

      r = run (&db, gsql_select_where (gsql_select (V ("id"), NULL), gsql_eq (V ("body"), gsql_str (bad_utf8[k]))), &error);
      ck_assert_ptr_null (r);
      ck_assert_msg (error != NULL && error->domain == GSQL_ERROR, "invalid UTF-8 accepted");
    }
  /* Text with a NUL byte, given as bytes for a text column. */
  {
    g_autoptr(GBytes) b = g_bytes_new ("ab\0; DROP", 9);
    GValue v = G_VALUE_INIT;
    g_autoptr(GError) error = NULL;
    g_autoptr(GsqlResult) r = NULL;

    g_value_init (&v, G_TYPE_BYTES);
    g_value_set_boxed (&v, b);
    r = run (&db, gsql_insert_values (gsql_insert (db.victim), "id", gsql_int (60),
                                      "name", gsql_typed_value (&v, gsql_sql_type_string_new (100)), NULL), &error);
    g_value_unset (&v);
    ck_assert_ptr_null (r);
    ck_assert_msg (error != NULL && error->domain == GSQL_ERROR, "a NUL byte in text accepted");
  }
  /* Raw SQL that is not UTF-8 is refused too. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GsqlResult) r = gsql_connection_execute (db.conn, "SELECT '\xff'", NULL, 0, NULL, &error);
    ck_assert_ptr_null (r);
    ck_assert_msg (error != NULL && error->domain == GSQL_ERROR, "invalid UTF-8 SQL accepted");
  }
  {
    g_autofree char *snap = snapshot (db.conn);
    ck_assert_str_eq (snap, ORIGINAL);
  }
}
END_TEST

/* ------------------------------------------------------------ connection strings */

static GsqlEngine *
engine_for_url (const char *url, GError **error)
{
  return gsql_engine_new (url, error);
}

static char *
url_with (const char *base, const char *user, const char *password, const char *database)
{
  g_autoptr(GUri) u = g_uri_parse (base, G_URI_FLAGS_HAS_PASSWORD, NULL);

  ck_assert_ptr_nonnull (u);
  return g_uri_join_with_user (G_URI_FLAGS_HAS_PASSWORD, g_uri_get_scheme (u),
                               user, password, NULL, g_uri_get_host (u), g_uri_get_port (u),
                               database != NULL ? database : g_uri_get_path (u), NULL, NULL);
}

static void
assert_connect_fails (const char *url)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlEngine) e = engine_for_url (url, &error);
  g_autoptr(GsqlConnection) conn = NULL;

  if (e == NULL)
    {
      ck_assert_msg (error != NULL && error->domain == GSQL_ERROR, "no GError for %s", url);
      return;
    }
  conn = gsql_engine_connect (e, NULL, &error);
  ck_assert_msg (conn == NULL, "%s connected: an attribute was injected", url);
  ck_assert_msg (error != NULL && error->domain == GSQL_ERROR, "no GError for %s", url);
  printf ("#   refused: %s\n", error->message);
}

/* Values from a URL are brace-quoted in the ODBC string: a password or a
 * database name holding `;PWD=…` or `}` cannot add or override an
 * attribute, and a user whose password really holds `;{}=` can log in. */
START_TEST (test_connection_string_values)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  const char *base = gsql_test_backend_get_url (backend);
  const char *secret = "p;w{d}x=1}";
  g_autoptr(GsqlEngine) admin_engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) admin = gsql_test_connect (admin_engine);
  gboolean pg = backend == GSQL_TEST_POSTGRESQL;

  ck_assert_msg (base != NULL, "%s has no URL", gsql_test_backend_name (backend));

  /* Injections: each would connect if the value were spliced. */
  {
    g_autofree char *u1 = url_with (base, "gsql", "wrong;PWD=gsql-pw", NULL);
    g_autofree char *u2 = url_with (base, "gsql", "wrong};PWD={gsql-pw", NULL);
    g_autofree char *u3 = url_with (base, "nobody;UID=gsql", "gsql-pw", NULL);
    g_autofree char *u4 = url_with (base, "gsql", "x}", NULL);
    assert_connect_fails (u1);
    assert_connect_fails (u2);
    assert_connect_fails (u3);
    assert_connect_fails (u4);
  }

  /* A real password with ; { } = in it. */
  gsql_test_exec (admin, pg ? "DROP ROLE IF EXISTS inj_user" : "DROP USER IF EXISTS 'inj_user'@'127.0.0.1'");
  gsql_test_exec (admin, pg ? "CREATE ROLE inj_user LOGIN PASSWORD 'p;w{d}x=1}'"
                            : "CREATE USER 'inj_user'@'127.0.0.1' IDENTIFIED BY 'p;w{d}x=1}'");
  {
    g_autofree char *url = url_with (base, "inj_user", secret, pg ? NULL : "");
    g_autoptr(GError) error = NULL;
    g_autoptr(GsqlEngine) e = engine_for_url (url, &error);
    g_autoptr(GsqlConnection) conn = NULL;
    g_autofree char *shown = NULL;

    gsql_test_assert_no_error (error);
    shown = gsql_engine_dup_display_string (e);
    ck_assert_msg (strstr (shown, "w{d}") == NULL && strstr (shown, "x=1") == NULL, "password shown: %s", shown);
    conn = gsql_engine_connect (e, NULL, &error);
    ck_assert_msg (conn != NULL, "%s: cannot log in with a password holding ;{}=: %s",
                   gsql_test_backend_name (backend), gsql_test_describe_error (error));
    ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT 7"), 7);
    g_clear_object (&conn);
    g_clear_object (&e);
  }
  gsql_test_exec (admin, pg ? "DROP ROLE inj_user" : "DROP USER 'inj_user'@'127.0.0.1'");

  /* A database name cannot smuggle an attribute either. */
  {
    g_autofree char *u = url_with (base, "gsql", "gsql-pw", pg ? "/nodb;Database=gsql_test" : "/nodb};Database={gsql_test");
    assert_connect_fails (u);
  }
}
END_TEST

int
main (int argc, char **argv)
{
  Suite *s;
  TCase *tc;

  gsql_test_init (&argc, &argv);
  s = suite_create ("core/injection");
  tc = gsql_test_tcase_new ("core/injection");
  gsql_test_add_backend_test (tc, test_values_bound, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_literal_rendering, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_quote_string_round_trip, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_hostile_identifiers, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_function_names, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_like_helpers, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_negative_numbers, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_invalid_text, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_connection_string_values, GSQL_TEST_SERVER_BACKENDS,
                              "SQLite URLs carry only a path, tested in test-url");
  suite_add_tcase (s, tc);
  return gsql_test_run_suite (s);
}
