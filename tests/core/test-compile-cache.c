/* test-compile-cache.c: statements of one shape compile once
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#include <check.h>
#include <libsqlcore/sqlcore.h>

#include "tests/gsql-test.h"

static GsqlMetaData *md;
static GsqlTable *items;

static void
setup_schema (void)
{
  g_autoptr(GError) error = NULL;
  GValue now = G_VALUE_INIT;

  md = gsql_metadata_new ();
  items = gsql_metadata_add_table (md, "cc_item", &error,
      gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
      gsql_column_new ("name", gsql_sql_type_string_new (40), NULL),
      gsql_column_new ("kind", gsql_sql_type_uuid_new (), NULL),
      gsql_column_new ("n", gsql_sql_type_integer_new (), NULL),
      NULL);
  ck_assert_ptr_nonnull (items);
  g_value_init (&now, G_TYPE_INT64);
  g_value_set_int64 (&now, 7);
  gsql_column_set_default_value (gsql_table_get_column (items, "n"), &now);
  g_value_unset (&now);
}

static void
teardown_schema (void)
{
  g_clear_object (&md);
}

static GsqlExpr *
build (const char *name, gint64 limit, const char *uid)
{
  GsqlExpr *s = g_object_ref_sink (gsql_select (gsql_col (items, "id"), gsql_col (items, "name"), NULL));
  gsql_select_where (s, gsql_and (gsql_eq (gsql_col (items, "name"), gsql_str (name)),
                                  gsql_eq (gsql_col (items, "kind"), gsql_str (uid)),
                                  NULL));
  gsql_select_limit (s, limit);
  return s;
}

/* A second statement of the same shape takes the cached form and its own
 * values, converted through the column types as the first's were. */
START_TEST (test_same_shape_hits)
{
  const char *dialects[] = { "sqlite", "postgresql", "mysql" };

  for (guint d = 0; d < G_N_ELEMENTS (dialects); d++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GsqlExpr) a = build ("first", 5, "0000000000000000000000000000000A");
      g_autoptr(GsqlExpr) b = build ("sec'ond", 9, "{00000000-0000-0000-0000-00000000000b}");
      g_autoptr(GsqlCompiled) ca = NULL;
      g_autoptr(GsqlCompiled) cb = NULL;
      guint64 hits0, misses0, hits1, misses1;

      gsql_compiled_get_cache_stats (&hits0, &misses0);
      ca = gsql_expr_compile (a, dialects[d], &error);
      gsql_test_assert_no_error (error);
      cb = gsql_expr_compile (b, dialects[d], &error);
      gsql_test_assert_no_error (error);
      gsql_compiled_get_cache_stats (&hits1, &misses1);
      ck_assert_uint_eq (hits1 - hits0, 1);
      ck_assert_uint_le (misses1 - misses0, 1);

      ck_assert_str_eq (gsql_compiled_get_sql (ca), gsql_compiled_get_sql (cb));
      ck_assert_uint_eq (gsql_compiled_get_n_params (cb), 3);
      ck_assert_str_eq (g_value_get_string (gsql_compiled_get_param_value (cb, 0)), "sec'ond");
      ck_assert_str_eq (g_value_get_string (gsql_compiled_get_param_value (cb, 1)),
                        g_str_equal (dialects[d], "postgresql")
                          ? "00000000-0000-0000-0000-00000000000b"
                          : "0000000000000000000000000000000b");
      ck_assert_int_eq (g_value_get_int64 (gsql_compiled_get_param_value (cb, 2)), 9);
      ck_assert_int_eq (g_value_get_int64 (gsql_compiled_get_param_value (ca, 2)), 5);
      printf ("#   %s: the second statement of the shape was not compiled again\n", dialects[d]);
    }
}
END_TEST

/* A different shape (another column, another operator) is compiled on its
 * own and gives its own SQL. */
START_TEST (test_other_shape_misses)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlExpr) a = build ("x", 1, "0000000000000000000000000000000A");
  g_autoptr(GsqlExpr) b = g_object_ref_sink (gsql_select (gsql_col (items, "id"), NULL));
  g_autoptr(GsqlCompiled) ca = NULL;
  g_autoptr(GsqlCompiled) cb = NULL;

  gsql_select_where (b, gsql_ne (gsql_col (items, "name"), gsql_str ("x")));
  ca = gsql_expr_compile (a, "sqlite", &error);
  cb = gsql_expr_compile (b, "sqlite", &error);
  gsql_test_assert_no_error (error);
  ck_assert_str_eq (gsql_compiled_get_sql (cb), "SELECT cc_item.id FROM cc_item WHERE cc_item.name != ?");
  ck_assert_str_ne (gsql_compiled_get_sql (ca), gsql_compiled_get_sql (cb));
}
END_TEST

static gint64 counter;

static void
next_number (gpointer column, GValue *value, gpointer user_data)
{
  g_value_init (value, G_TYPE_INT64);
  g_value_set_int64 (value, ++counter);
}

/* Client defaults are computed for each execution, not frozen into the
 * compiled statement. */
START_TEST (test_defaults_per_execution)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlExpr) ins = g_object_ref_sink (gsql_insert (items));
  g_autoptr(GsqlCompiled) c = NULL;
  GValue *params;

  gsql_column_set_default_func (gsql_table_get_column (items, "n"), next_number, NULL, NULL);
  gsql_insert_values (ins, "id", gsql_int (1), NULL);
  c = gsql_expr_compile (ins, "postgresql", &error);
  gsql_test_assert_no_error (error);
  ck_assert_str_eq (gsql_compiled_get_sql (c), "INSERT INTO cc_item (id, n) VALUES (?, ?)");
  for (gint64 i = 1; i <= 3; i++)
    {
      params = gsql_compiled_bind_params (c, NULL, NULL, 0, &error);
      gsql_test_assert_no_error (error);
      ck_assert_int_eq (g_value_get_int64 (&params[1]), i);
      g_value_unset (&params[0]);
      g_value_unset (&params[1]);
      g_free (params);
    }
}
END_TEST

static Suite *
suite (void)
{
  Suite *s = suite_create ("core/compile-cache");
  TCase *tc = tcase_create ("cache");

  tcase_add_checked_fixture (tc, setup_schema, teardown_schema);
  tcase_add_test (tc, test_same_shape_hits);
  tcase_add_test (tc, test_other_shape_misses);
  tcase_add_test (tc, test_defaults_per_execution);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  SRunner *runner = srunner_create (suite ());
  int failed;

  srunner_run_all (runner, CK_NORMAL);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed == 0 ? 0 : 1;
}
