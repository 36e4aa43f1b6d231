/* roundtrip: a program outside the tree, built with
 *   cc roundtrip.c $(pkg-config --cflags --libs sqlcore-1.0)
 * against an installed gsql, round-trips a row through SQLite by URL.
 * `make installcheck` (and so `make distcheck`) builds and runs it. */
#include <string.h>
#include <libsqlcore/sqlcore.h>

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlEngine) engine = NULL;
  g_autoptr(GsqlConnection) conn = NULL;
  g_autoptr(GsqlResult) r = NULL;
  GValue v = G_VALUE_INIT;

  engine = gsql_engine_new ("sqlite://", &error);
  if (engine != NULL)
    conn = gsql_engine_connect (engine, NULL, &error);
  if (conn != NULL)
    r = gsql_connection_execute_va (conn, NULL, &error,
                                    "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)",
                                    G_TYPE_INVALID);
  if (r != NULL)
    {
      g_clear_object (&r);
      r = gsql_connection_execute_va (conn, NULL, &error, "INSERT INTO t (name) VALUES (?)",
                                      G_TYPE_STRING, "naïve 日本 🙂", G_TYPE_INVALID);
    }
  if (r != NULL)
    {
      g_clear_object (&r);
      r = gsql_connection_execute_va (conn, NULL, &error, "SELECT name FROM t", G_TYPE_INVALID);
    }
  if (r == NULL || !gsql_result_scalar_one (r, &v, &error))
    {
      g_printerr ("roundtrip: %s\n", error ? error->message : "failed");
      return 1;
    }
  if (!G_VALUE_HOLDS_STRING (&v) || strcmp (g_value_get_string (&v), "naïve 日本 🙂") != 0)
    {
      g_printerr ("roundtrip: read back the wrong value\n");
      return 1;
    }
  g_value_unset (&v);
  g_print ("roundtrip through an installed gsql %s: ok\n", GSQL_VERSION_S);
  return 0;
}
