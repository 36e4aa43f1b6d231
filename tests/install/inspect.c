/* inspect: a program outside the tree, built with
 *   cc inspect.c $(pkg-config --cflags --libs sqlreflect-1.0)
 * against an installed gsql (the .pc file pulls in sqlcore-1.0), creates
 * two tables in the SQLite database whose path it is given, reflects them
 * into metadata through an inspector and checks what came back: the
 * columns, the primary key and the foreign key.  `make installcheck` (and
 * so `make distcheck`) builds and runs it.
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#include <libsqlreflect/sqlreflect.h>

static gboolean
expect (gboolean ok, const char *what)
{
  if (!ok)
    g_printerr ("inspect: %s\n", what);
  return ok;
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlEngine) engine = NULL;
  g_autoptr(GsqlConnection) conn = NULL;
  g_autoptr(GsqlInspector) inspector = NULL;
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  g_autoptr(GPtrArray) fks = NULL;
  g_auto(GStrv) names = NULL;
  g_autofree char *url = NULL;
  const char *ddl[] = {
    "CREATE TABLE team (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL)",
    "CREATE TABLE player (id INTEGER PRIMARY KEY, team_id INTEGER REFERENCES team (id),"
    " name VARCHAR(40))",
  };
  GsqlTable *player;
  gboolean ok = TRUE;

  if (argc != 2)
    {
      g_printerr ("usage: %s DATABASE-FILE\n", argv[0]);
      return 2;
    }
  url = g_strconcat ("sqlite:///", argv[1], NULL);
  engine = gsql_engine_new (url, &error);
  if (engine != NULL)
    conn = gsql_engine_connect (engine, NULL, &error);
  for (guint i = 0; conn != NULL && i < G_N_ELEMENTS (ddl); i++)
    {
      g_autoptr(GsqlResult) r = gsql_connection_execute (conn, ddl[i], NULL, 0, NULL, &error);
      if (r == NULL)
        g_clear_object (&conn);
    }
  if (conn == NULL)
    goto failed;

  inspector = gsql_inspector_new (engine);
  names = gsql_inspector_get_table_names (inspector, NULL, &error);
  if (names == NULL || !gsql_inspector_reflect (inspector, md, NULL, FALSE, NULL, &error))
    goto failed;
  ok &= expect (g_strv_length (names) == 2 && g_strv_contains ((const char * const *) names, "team") &&
                g_strv_contains ((const char * const *) names, "player"),
                "table names are not team and player");
  player = gsql_metadata_get_table (md, "player");
  ok &= expect (player != NULL, "player was not reflected");
  if (player != NULL)
    {
      GsqlColumn *team_id = gsql_table_get_column (player, "team_id");

      ok &= expect (team_id != NULL && gsql_table_get_column (player, "name") != NULL,
                    "player's columns are missing");
      ok &= expect (gsql_table_get_column (player, "id") != NULL &&
                    gsql_column_get_primary_key (gsql_table_get_column (player, "id")),
                    "player.id is not its primary key");
    }
  fks = gsql_inspector_get_foreign_keys (inspector, "player", NULL, &error);
  if (fks == NULL)
    goto failed;
  ok &= expect (fks->len == 1, "player has not one foreign key");
  if (!ok)
    return 1;
  g_print ("inspect: %s reflected: team, player (primary keys, foreign key)\n", argv[1]);
  return 0;

failed:
  g_printerr ("inspect: %s\n", error != NULL ? error->message : "failed");
  return 1;
}
