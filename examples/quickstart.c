/* quickstart: the first steps with gsql on an embedded SQLite database
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 *   ./examples/quickstart [DATABASE-URL]
 *
 * Without an argument it uses sqlite:///quickstart.db in the current
 * directory.  Every statement sent is printed (the engine's echo), and so
 * is what comes back.
 */
#include <locale.h>
#include <libsqlcore/sqlcore.h>

static gboolean
run (const char *url, GError **error)
{
  g_autoptr(GsqlEngine) engine = NULL;
  g_autoptr(GsqlConnection) conn = NULL;
  g_autoptr(GsqlResult) r = NULL;
  const char *names[] = { "spongebob", "sandy", "patrick" };
  const char *fullnames[] = { "Spongebob Squarepants", "Sandy Cheeks", "Patrick Star" };
  GValue rows[3 * 2] = { G_VALUE_INIT };
  gint64 inserted = 0;
  guint i;

  engine = gsql_engine_new (url, error);
  if (engine == NULL)
    return FALSE;
  gsql_engine_set_echo (engine, TRUE);

  conn = gsql_engine_connect (engine, NULL, error);
  if (conn == NULL)
    return FALSE;
  g_print ("connected to %s (%s %s)\n", gsql_connection_get_dialect_name (conn),
           gsql_connection_get_dbms_name (conn), gsql_connection_get_dbms_version (conn));

  g_clear_object (&r);
  r = gsql_connection_execute (conn, "DROP TABLE IF EXISTS quickstart_user", NULL, 0, NULL, error);
  if (r == NULL)
    return FALSE;
  g_clear_object (&r);
  {
    /* Until the schema layer writes DDL per dialect, the one difference
     * that matters here is spelled out: a key the database generates. */
    const char *dialect = gsql_connection_get_dialect_name (conn);
    const char *id = g_str_equal (dialect, "postgresql") ? "id SERIAL PRIMARY KEY"
                   : g_str_equal (dialect, "mysql") ? "id INTEGER AUTO_INCREMENT PRIMARY KEY"
                   : "id INTEGER PRIMARY KEY";
    g_autofree char *ddl = g_strdup_printf ("CREATE TABLE quickstart_user (%s,"
                                            " name VARCHAR(30) NOT NULL UNIQUE,"
                                            " fullname VARCHAR(100))", id);
    r = gsql_connection_execute (conn, ddl, NULL, 0, NULL, error);
  }
  if (r == NULL)
    return FALSE;

  /* Many rows, one statement: the values travel as bound parameter arrays. */
  for (i = 0; i < 3; i++)
    {
      g_value_init (&rows[i * 2], G_TYPE_STRING);
      g_value_set_static_string (&rows[i * 2], names[i]);
      g_value_init (&rows[i * 2 + 1], G_TYPE_STRING);
      g_value_set_static_string (&rows[i * 2 + 1], fullnames[i]);
    }
  if (!gsql_connection_execute_many (conn, "INSERT INTO quickstart_user (name, fullname) VALUES (?, ?)",
                                     rows, 2, 3, &inserted, NULL, error))
    return FALSE;
  for (i = 0; i < G_N_ELEMENTS (rows); i++)
    g_value_unset (&rows[i]);
  g_print ("inserted %" G_GINT64_FORMAT " rows\n", inserted);

  /* A transaction with a savepoint that is rolled back. */
  if (!gsql_connection_begin (conn, error))
    return FALSE;
  g_clear_object (&r);
  r = gsql_connection_execute_va (conn, NULL, error,
                                  "UPDATE quickstart_user SET fullname = ? WHERE name = ?",
                                  G_TYPE_STRING, "Sandy Cheeks, Texas",
                                  G_TYPE_STRING, "sandy",
                                  G_TYPE_INVALID);
  if (r == NULL)
    return FALSE;
  g_print ("updated %" G_GINT64_FORMAT " row\n", gsql_result_get_rowcount (r));
  if (!gsql_connection_begin_nested (conn, error))
    return FALSE;
  g_clear_object (&r);
  r = gsql_connection_execute_va (conn, NULL, error,
                                  "DELETE FROM quickstart_user WHERE name = ?",
                                  G_TYPE_STRING, "patrick", G_TYPE_INVALID);
  if (r == NULL || !gsql_connection_rollback (conn, error) || !gsql_connection_commit (conn, error))
    return FALSE;

  g_clear_object (&r);
  r = gsql_connection_execute_va (conn, NULL, error,
                                  "SELECT id, name, fullname FROM quickstart_user WHERE name IN (?, ?, ?) ORDER BY id",
                                  G_TYPE_STRING, "spongebob",
                                  G_TYPE_STRING, "sandy",
                                  G_TYPE_STRING, "patrick",
                                  G_TYPE_INVALID);
  if (r == NULL)
    return FALSE;
  while (gsql_result_next (r, error))
    g_print ("  id=%" G_GINT64_FORMAT " name=%s fullname=%s\n",
             gsql_result_get_int64 (r, 0), gsql_result_get_string (r, 1),
             gsql_result_get_string (r, 2));
  if (*error != NULL)
    return FALSE;

  /* A constraint violation is an error a program can branch on. */
  g_clear_object (&r);
  {
    g_autoptr(GError) dup = NULL;
    r = gsql_connection_execute_va (conn, NULL, &dup,
                                    "INSERT INTO quickstart_user (name) VALUES (?)",
                                    G_TYPE_STRING, "sandy", G_TYPE_INVALID);
    if (r == NULL && g_error_matches (dup, GSQL_ERROR, GSQL_ERROR_UNIQUE_VIOLATION))
      g_print ("a second sandy was refused: %s\n", dup->message);
  }
  return TRUE;
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  const char *url = argc > 1 ? argv[1] : "sqlite:///quickstart.db";

  setlocale (LC_ALL, "");
  /* Show the engine's echo: it logs at debug level in the "sqlcore" domain. */
  if (g_getenv ("G_MESSAGES_DEBUG") == NULL)
    g_setenv ("G_MESSAGES_DEBUG", "sqlcore", TRUE);

  if (!run (url, &error))
    {
      g_printerr ("quickstart: %s\n", error->message);
      return 1;
    }
  return 0;
}
