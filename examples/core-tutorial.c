/* core-tutorial: gsql without the ORM, on any of the three databases
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 *   ./examples/core-tutorial [DATABASE-URL]     (default: a temporary SQLite file)
 *
 * Describes two tables as metadata, creates them, inserts rows with the
 * expression language (every value bound), joins, groups and orders them,
 * updates and deletes, and drops the tables again — no SQL string in
 * sight, and the same program on SQLite, PostgreSQL and MariaDB.
 */
#include <locale.h>
#include <libsqlcore/sqlcore.h>

static gboolean
run (const char *url, GError **error)
{
  g_autoptr(GsqlEngine) engine = NULL;
  g_autoptr(GsqlConnection) conn = NULL;
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  GsqlTable *authors, *books;
  const char *names[] = { "Ursula K. Le Guin", "Terry Pratchett" };
  const char *titles[][3] = { { "A Wizard of Earthsea", "The Dispossessed", "The Left Hand of Darkness" },
                              { "Mort", "Small Gods", NULL } };
  guint i, k;

  engine = gsql_engine_new (url, error);
  if (engine == NULL)
    return FALSE;

  /* The schema, as data: types are generic, each dialect spells them. */
  authors = gsql_metadata_add_table (md, "core_author", error,
                                     gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                                     gsql_column_new ("name", gsql_sql_type_string_new (60), "nullable", FALSE,
                                                      "unique", TRUE, NULL),
                                     NULL);
  books = gsql_metadata_add_table (md, "core_book", error,
                                   gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
                                   gsql_column_new ("author_id", gsql_sql_type_integer_new (),
                                                    "foreign-key", "core_author.id", "nullable", FALSE, NULL),
                                   gsql_column_new ("title", gsql_sql_type_string_new (100), NULL),
                                   gsql_column_new ("pages", gsql_sql_type_integer_new (), NULL),
                                   NULL);
  if (authors == NULL || books == NULL ||
      !gsql_metadata_drop_all (md, engine, TRUE, NULL, error) ||
      !gsql_metadata_create_all (md, engine, TRUE, NULL, error))
    return FALSE;

  conn = gsql_engine_connect (engine, NULL, error);
  if (conn == NULL || !gsql_connection_begin (conn, error))
    return FALSE;
  for (i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GsqlExpr) ins = g_object_ref_sink (gsql_insert (authors));
      g_autoptr(GsqlResult) r = NULL;

      gsql_insert_values (ins, "id", gsql_int (i + 1), "name", gsql_str (names[i]), NULL);
      r = gsql_connection_execute_statement (conn, ins, NULL, NULL, 0, NULL, error);
      if (r == NULL)
        return FALSE;
      /* one INSERT with a row per book */
      g_clear_object (&ins);
      ins = g_object_ref_sink (gsql_insert (books));
      for (k = 0; k < 3 && titles[i][k] != NULL; k++)
        gsql_insert_values (ins, "id", gsql_int (i * 10 + k + 1), "author_id", gsql_int (i + 1),
                            "title", gsql_str (titles[i][k]), "pages", gsql_int (200 + 50 * k), NULL);
      g_clear_object (&r);
      r = gsql_connection_execute_statement (conn, ins, NULL, NULL, 0, NULL, error);
      if (r == NULL)
        return FALSE;
    }
  if (!gsql_connection_commit (conn, error))
    return FALSE;

  /* A join with an aggregate, grouped and ordered. */
  {
    g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_select (gsql_col (authors, "name"),
                                                            gsql_label (gsql_count (gsql_col (books, "id")), "books"),
                                                            gsql_label (gsql_sum (gsql_col (books, "pages")), "pages"),
                                                            NULL));
    g_autoptr(GsqlCompiled) compiled = NULL;
    g_autoptr(GsqlResult) r = NULL;

    gsql_select_join (q, gsql_table_as_expr (books), gsql_eq (gsql_col (books, "author_id"), gsql_col (authors, "id")),
                      GSQL_JOIN_INNER);
    gsql_select_group_by (q, gsql_col (authors, "name"));
    gsql_select_order_by (q, gsql_desc (gsql_count (gsql_col (books, "id"))));
    compiled = gsql_expr_compile (q, gsql_connection_get_dialect_name (conn), error);
    if (compiled == NULL)
      return FALSE;
    g_print ("%s\n", gsql_compiled_get_sql (compiled));
    r = gsql_connection_execute_statement (conn, q, NULL, NULL, 0, NULL, error);
    if (r == NULL)
      return FALSE;
    while (gsql_result_next (r, error))
      g_print ("  %s: %" G_GINT64_FORMAT " books, %" G_GINT64_FORMAT " pages\n", gsql_result_get_string (r, 0),
               gsql_result_get_int64 (r, 1), gsql_result_get_int64 (r, 2));
  }

  /* UPDATE and DELETE with conditions; the row counts come back. */
  {
    g_autoptr(GsqlExpr) upd = g_object_ref_sink (gsql_update (books));
    g_autoptr(GsqlExpr) del = g_object_ref_sink (gsql_delete (books));
    g_autoptr(GsqlResult) r1 = NULL;
    g_autoptr(GsqlResult) r2 = NULL;

    gsql_update_set (upd, "pages", gsql_add (gsql_col (books, "pages"), gsql_int (10)));
    gsql_update_where (upd, gsql_startswith (gsql_col (books, "title"), "The"));
    gsql_delete_where (del, gsql_lt (gsql_col (books, "pages"), gsql_int (220)));
    r1 = gsql_connection_execute_statement (conn, upd, NULL, NULL, 0, NULL, error);
    if (r1 == NULL)
      return FALSE;
    r2 = gsql_connection_execute_statement (conn, del, NULL, NULL, 0, NULL, error);
    if (r2 == NULL)
      return FALSE;
    g_print ("updated %" G_GINT64_FORMAT ", deleted %" G_GINT64_FORMAT "\n",
             gsql_result_get_rowcount (r1), gsql_result_get_rowcount (r2));
  }
  g_clear_object (&conn);
  return gsql_metadata_drop_all (md, engine, TRUE, NULL, error);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  if (!run (argc > 1 ? argv[1] : "sqlite://", &error))
    {
      g_printerr ("core-tutorial: %s\n", error->message);
      return 1;
    }
  return 0;
}
