/* bench-compile: what compiling a statement costs, and what the shape cache
 * saves
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * Builds and compiles 100,000 statements of one shape (the second onwards
 * come from the shape cache), then 1,000 statements of 1,000 different
 * shapes (IN lists of 1 to 1,000 values, each compiled from scratch), and
 * prints microseconds per statement for each.  No database is needed.
 */
#include <stdio.h>
#include <libsqlcore/sqlcore.h>

static GsqlTable *users;

static GsqlExpr *
build (guint n_in, gint64 seed)
{
  GsqlExpr *s = g_object_ref_sink (gsql_select (gsql_col (users, "id"), gsql_col (users, "name"), NULL));
  GPtrArray *values = g_ptr_array_new ();
  guint i;

  for (i = 0; i < n_in; i++)
    g_ptr_array_add (values, gsql_int (seed + i));
  gsql_select_where (s, gsql_and (gsql_in_v (gsql_col (users, "id"), (GsqlExpr **) values->pdata, values->len),
                                  gsql_ne (gsql_col (users, "name"), gsql_str ("x")), NULL));
  gsql_select_order_by (s, gsql_desc (gsql_col (users, "id")));
  gsql_select_limit (s, 10);
  g_ptr_array_unref (values);
  return s;
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  const char *dialect = argc > 1 ? argv[1] : "postgresql";
  gint64 t0, t1;
  guint64 hits, misses;
  guint i;

  users = gsql_metadata_add_table (md, "user_account", &error,
      gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
      gsql_column_new ("name", gsql_sql_type_string_new (30), NULL),
      NULL);

  t0 = g_get_monotonic_time ();
  for (i = 0; i < 100000; i++)
    {
      GsqlExpr *s = build (3, i);
      GsqlCompiled *c = gsql_expr_compile (s, dialect, &error);
      g_object_unref (c);
      g_object_unref (s);
    }
  t1 = g_get_monotonic_time ();
  gsql_compiled_get_cache_stats (&hits, &misses);
  printf ("same shape, 100000 statements: %.2f us each (build + compile), cache hits %" G_GUINT64_FORMAT
          ", misses %" G_GUINT64_FORMAT "\n", (t1 - t0) / 100000.0, hits, misses);

  t0 = g_get_monotonic_time ();
  for (i = 0; i < 100000; i++)
    {
      GsqlExpr *s = build (3, i);
      g_object_unref (s);
    }
  t1 = g_get_monotonic_time ();
  printf ("same shape, building alone:    %.2f us each\n", (t1 - t0) / 100000.0);

  /* The same statement with a label that differs each time: a new shape,
   * compiled from scratch, of the same size. */
  t0 = g_get_monotonic_time ();
  for (i = 0; i < 20000; i++)
    {
      GsqlExpr *s = build (3, i);
      char label[32];
      GsqlCompiled *c;

      g_snprintf (label, sizeof label, "c%u", i);
      gsql_select_add_column (s, gsql_label (gsql_col (users, "name"), label));
      c = gsql_expr_compile (s, dialect, &error);
      g_object_unref (c);
      g_object_unref (s);
    }
  t1 = g_get_monotonic_time ();
  printf ("same size, a new shape each time: %.2f us each (build + compile)\n", (t1 - t0) / 20000.0);

  t0 = g_get_monotonic_time ();
  for (i = 1; i <= 1000; i++)
    {
      GsqlExpr *s = build (i % 50 + 1 + (i / 50) * 50 == 0 ? 1 : 50 + i, i);
      GsqlCompiled *c = gsql_expr_compile (s, dialect, &error);
      g_object_unref (c);
      g_object_unref (s);
    }
  t1 = g_get_monotonic_time ();
  gsql_compiled_get_cache_stats (&hits, &misses);
  printf ("1000 different shapes (IN of 51..1050 values): %.2f us each, misses now %" G_GUINT64_FORMAT "\n",
          (t1 - t0) / 1000.0, misses);
  return 0;
}
