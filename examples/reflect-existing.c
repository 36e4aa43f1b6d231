/* reflect-existing: work with a database gsql did not create
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 *   ./examples/reflect-existing [DATABASE-URL]   (default: a temporary SQLite file)
 *
 * Makes two tables with plain SQL (standing in for a database some other
 * program owns), reflects them into metadata with the inspector, prints
 * what it found, queries a reflected table with the expression language
 * and maps a GObject class onto it for the ORM.
 */
#include <locale.h>
#include <libsqlorm/sqlorm.h>
#include <libsqlreflect/sqlreflect.h>

/* A class for the reflected table: a property per column it wants. */
#define DEMO_TYPE_PLANET (demo_planet_get_type ())
G_DECLARE_FINAL_TYPE (DemoPlanet, demo_planet, DEMO, PLANET, GObject)
struct _DemoPlanet { GObject parent_instance; gint64 id; gint64 star_id; char *name; };
G_DEFINE_FINAL_TYPE (DemoPlanet, demo_planet, G_TYPE_OBJECT)

static void
planet_get (GObject *o, guint id, GValue *v, GParamSpec *ps)
{
  DemoPlanet *self = DEMO_PLANET (o);
  switch (id)
    {
    case 1: g_value_set_int64 (v, self->id); break;
    case 2: g_value_set_int64 (v, self->star_id); break;
    case 3: g_value_set_string (v, self->name); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (o, id, ps);
    }
}

static void
planet_set (GObject *o, guint id, const GValue *v, GParamSpec *ps)
{
  DemoPlanet *self = DEMO_PLANET (o);
  switch (id)
    {
    case 1: self->id = g_value_get_int64 (v); break;
    case 2: self->star_id = g_value_get_int64 (v); break;
    case 3: g_free (self->name); self->name = g_value_dup_string (v); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (o, id, ps);
    }
}

static void
planet_finalize (GObject *o)
{
  g_free (DEMO_PLANET (o)->name);
  G_OBJECT_CLASS (demo_planet_parent_class)->finalize (o);
}

static void
demo_planet_class_init (DemoPlanetClass *k)
{
  GObjectClass *oc = G_OBJECT_CLASS (k);
  oc->get_property = planet_get;
  oc->set_property = planet_set;
  oc->finalize = planet_finalize;
  g_object_class_install_property (oc, 1, g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READWRITE));
  g_object_class_install_property (oc, 2, g_param_spec_int64 ("star-id", NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READWRITE));
  g_object_class_install_property (oc, 3, g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READWRITE));
}

static void demo_planet_init (DemoPlanet *self) { (void) self; }

static gboolean
exec_sql (GsqlConnection *conn, const char *sql, GError **error)
{
  g_autoptr(GsqlResult) r = gsql_connection_execute (conn, sql, NULL, 0, NULL, error);
  return r != NULL;
}

static gboolean
run (const char *url, GError **error)
{
  g_autoptr(GsqlEngine) engine = gsql_engine_new (url, error);
  g_autoptr(GsqlConnection) conn = NULL;
  g_autoptr(GsqlInspector) inspector = NULL;
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  g_autoptr(GsqlRegistry) registry = NULL;
  g_autoptr(GsqlSession) session = NULL;
  const char * const only[] = { "rx_planet", NULL };
  g_autoptr(GPtrArray) tables = NULL;
  GsqlTable *planets;
  gboolean ok = FALSE;
  guint i, k;

  if (engine == NULL || (conn = gsql_engine_connect (engine, NULL, error)) == NULL)
    return FALSE;
  /* Someone else's schema, in plain SQL every backend accepts. */
  exec_sql (conn, "DROP TABLE IF EXISTS rx_planet", NULL);
  exec_sql (conn, "DROP TABLE IF EXISTS rx_star", NULL);
  if (!exec_sql (conn, "CREATE TABLE rx_star (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL UNIQUE)", error) ||
      !exec_sql (conn, "CREATE TABLE rx_planet (id INTEGER PRIMARY KEY, "
                       "star_id INTEGER NOT NULL REFERENCES rx_star (id) ON DELETE CASCADE, name VARCHAR(40))", error) ||
      !exec_sql (conn, "INSERT INTO rx_star (id, name) VALUES (1, 'Sol')", error) ||
      !exec_sql (conn, "INSERT INTO rx_planet (id, star_id, name) VALUES (3, 1, 'Earth'), (4, 1, 'Mars')", error))
    return FALSE;
  g_clear_object (&conn);

  /* Reflect one table: the one its foreign key refers to comes along. */
  inspector = gsql_inspector_new (engine);
  if (!gsql_inspector_reflect (inspector, md, only, FALSE, NULL, error))
    goto out;
  tables = gsql_metadata_get_sorted_tables (md, error);
  if (tables == NULL)
    goto out;
  for (i = 0; i < tables->len; i++)
    {
      GsqlTable *t = g_ptr_array_index (tables, i);
      g_autoptr(GPtrArray) fks = gsql_table_get_foreign_keys (t);

      g_print ("table %s\n", gsql_table_get_name (t));
      for (k = 0; k < gsql_table_get_n_columns (t); k++)
        {
          GsqlColumn *c = gsql_table_get_column_at (t, k);
          g_autofree char *type = gsql_sql_type_compile (gsql_column_get_sql_type (c),
                                                         gsql_engine_get_dialect_name (engine), NULL);
          g_print ("  %s %s%s%s\n", gsql_column_get_name (c), type,
                   gsql_column_get_nullable (c) ? "" : " NOT NULL",
                   gsql_column_get_primary_key (c) ? " PRIMARY KEY" : "");
        }
      for (k = 0; k < fks->len; k++)
        g_print ("  foreign key to %s\n", gsql_constraint_get_referred_table (g_ptr_array_index (fks, k)));
    }

  /* The reflected table works in the ORM: a class mapped onto it. */
  planets = gsql_metadata_get_table (md, "rx_planet");
  registry = gsql_registry_new ();
  gsql_registry_map_table (registry, DEMO_TYPE_PLANET, planets);
  session = gsql_session_new (engine, registry);
  {
    g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_select_entity (gsql_registry_get_mapper (registry, DEMO_TYPE_PLANET)));
    g_autoptr(GListModel) found = NULL;
    g_autoptr(DemoPlanet) venus = g_object_new (DEMO_TYPE_PLANET, "id", (gint64) 2, "star-id", (gint64) 1,
                                                "name", "Venus", NULL);

    if (!gsql_session_add (session, venus, error) || !gsql_session_commit (session, error))
      goto out;
    gsql_select_order_by (q, gsql_col (planets, "id"));
    found = gsql_session_scalars (session, q, error);
    if (found == NULL)
      goto out;
    for (i = 0; i < g_list_model_get_n_items (found); i++)
      {
        g_autoptr(DemoPlanet) p = g_list_model_get_item (found, i);
        g_print ("planet %" G_GINT64_FORMAT ": %s\n", p->id, p->name);
      }
  }
  ok = TRUE;
out:
  g_clear_object (&session);
  conn = gsql_engine_connect (engine, NULL, NULL);
  if (conn != NULL)
    {
      exec_sql (conn, "DROP TABLE IF EXISTS rx_planet", NULL);
      exec_sql (conn, "DROP TABLE IF EXISTS rx_star", NULL);
    }
  return ok;
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  if (!run (argc > 1 ? argv[1] : "sqlite://", &error))
    {
      g_printerr ("reflect-existing: %s\n", error->message);
      return 1;
    }
  return 0;
}
