/* gsql-inspector.c: questions about a live schema
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */

/**
 * SECTION:gsql-inspector
 * @title: GsqlInspector
 * @short_description: asks a database what its schema holds
 *
 * A #GsqlInspector answers questions about the schema behind an engine:
 * for now, which tables the current schema holds.
 *
 * |[<!-- language="C" -->
 * g_autoptr(GsqlInspector) inspector = gsql_inspector_new (engine);
 * g_auto(GStrv) tables = gsql_inspector_get_table_names (inspector, NULL, &error);
 * ]|
 */

#include "config.h"

#include "sqlreflect.h"

struct _GsqlInspector {
  GObject parent_instance;
  GsqlEngine *engine;
};

G_DEFINE_FINAL_TYPE (GsqlInspector, gsql_inspector, G_TYPE_OBJECT)

static void
gsql_inspector_finalize (GObject *object)
{
  GsqlInspector *self = GSQL_INSPECTOR (object);

  g_clear_object (&self->engine);
  G_OBJECT_CLASS (gsql_inspector_parent_class)->finalize (object);
}

static void
gsql_inspector_class_init (GsqlInspectorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gsql_inspector_finalize;
}

static void
gsql_inspector_init (GsqlInspector *self)
{
}

/**
 * gsql_inspector_new:
 * @engine: the engine whose database to inspect
 *
 * Returns: (transfer full): a new inspector
 *
 * Since: 1.0
 */
GsqlInspector *
gsql_inspector_new (GsqlEngine *engine)
{
  GsqlInspector *self;

  g_return_val_if_fail (GSQL_IS_ENGINE (engine), NULL);

  self = g_object_new (GSQL_TYPE_INSPECTOR, NULL);
  self->engine = g_object_ref (engine);
  return self;
}

/**
 * gsql_inspector_get_engine:
 * @self: a #GsqlInspector
 *
 * Returns: (transfer none): the engine being inspected
 *
 * Since: 1.0
 */
GsqlEngine *
gsql_inspector_get_engine (GsqlInspector *self)
{
  g_return_val_if_fail (GSQL_IS_INSPECTOR (self), NULL);
  return self->engine;
}

/**
 * gsql_inspector_get_table_names:
 * @self: a #GsqlInspector
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * The names of the base tables (not views) in the connection's current
 * schema, sorted.
 *
 * Returns: (transfer full) (array zero-terminated=1): the names, or %NULL
 *   with @error set
 *
 * Since: 1.0
 */
GStrv
gsql_inspector_get_table_names (GsqlInspector  *self,
                                GCancellable   *cancellable,
                                GError        **error)
{
  g_autoptr(GsqlConnection) conn = NULL;
  g_autoptr(GsqlResult) result = NULL;
  g_autoptr(GStrvBuilder) names = NULL;
  const char *dialect;
  const char *sql;
  GError *local = NULL;

  g_return_val_if_fail (GSQL_IS_INSPECTOR (self), NULL);

  conn = gsql_engine_connect (self->engine, cancellable, error);
  if (conn == NULL)
    return NULL;

  dialect = gsql_connection_get_dialect_name (conn);
  if (g_str_equal (dialect, "sqlite"))
    sql = "SELECT name FROM sqlite_master WHERE type = 'table' "
          "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name";
  else if (g_str_equal (dialect, "mysql"))
    sql = "SELECT table_name FROM information_schema.tables "
          "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name";
  else
    sql = "SELECT table_name FROM information_schema.tables "
          "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name";

  result = gsql_connection_execute (conn, sql, NULL, 0, cancellable, error);
  if (result == NULL)
    return NULL;
  names = g_strv_builder_new ();
  while (gsql_result_next (result, &local))
    {
      g_autofree char *name = NULL;
      GValue v = G_VALUE_INIT;

      if (gsql_result_get_value (result, 0, &v))
        {
          if (G_VALUE_HOLDS_STRING (&v))
            name = g_value_dup_string (&v);
          else if (G_VALUE_HOLDS (&v, G_TYPE_BYTES))
            {
              GBytes *b = g_value_get_boxed (&v);
              name = g_strndup (g_bytes_get_data (b, NULL), g_bytes_get_size (b));
            }
          g_value_unset (&v);
        }
      if (name != NULL)
        g_strv_builder_add (names, name);
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return g_strv_builder_end (names);
}
