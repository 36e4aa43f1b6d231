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
 * which tables the current schema holds, and each table's columns (name,
 * generic type, nullability, primary key, default) as #GsqlColumn objects
 * ready to go into a #GsqlTable.
 *
 * |[<!-- language="C" -->
 * g_autoptr(GsqlInspector) inspector = gsql_inspector_new (engine);
 * g_auto(GStrv) tables = gsql_inspector_get_table_names (inspector, NULL, &error);
 * ]|
 */

#include "config.h"

#include "sqlreflect.h"

#include <glib/gi18n-lib.h>
#include <string.h>

struct _GsqlInspector {
  GObject parent_instance;
  GsqlEngine *engine;
};

/**
 * GsqlInspector:
 *
 * Questions about a live database's schema: its tables, their columns and
 * foreign keys, read from the database's own catalogue.
 *
 * Since: 1.0
 */
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

/* A text column of a catalog query, whichever way the driver hands it. */
static char *
dup_text (GsqlResult *result, guint column)
{
  GValue v = G_VALUE_INIT;
  char *text = NULL;

  if (!gsql_result_get_value (result, column, &v))
    return NULL;
  if (G_VALUE_HOLDS_STRING (&v))
    text = g_value_dup_string (&v);
  else if (G_VALUE_HOLDS (&v, G_TYPE_BYTES))
    {
      GBytes *b = g_value_get_boxed (&v);
      if (b != NULL)
        text = g_strndup (g_bytes_get_data (b, NULL), g_bytes_get_size (b));
    }
  else if (G_IS_VALUE (&v))
    {
      GValue s = G_VALUE_INIT;
      g_value_init (&s, G_TYPE_STRING);
      if (g_value_transform (&v, &s))
        text = g_value_dup_string (&s);
      g_value_unset (&s);
    }
  if (G_IS_VALUE (&v))
    g_value_unset (&v);
  return text;
}

/* Runs the catalog query of the engine's dialect, with @table_name (when
 * given) bound as its one parameter.  Sets *dialect to the dialect's name. */
static GsqlResult *
catalog_query (GsqlInspector  *self,
               const char     *sqlite_sql,
               const char     *mysql_sql,
               const char     *postgresql_sql,
               const char     *table_name,
               const char    **dialect,
               GCancellable   *cancellable,
               GError        **error)
{
  g_autoptr(GsqlConnection) conn = NULL;
  GValue param = G_VALUE_INIT;
  GsqlResult *result;
  const char *sql;

  conn = gsql_engine_connect (self->engine, cancellable, error);
  if (conn == NULL)
    return NULL;
  *dialect = gsql_connection_get_dialect_name (conn);
  if (g_str_equal (*dialect, "sqlite"))
    sql = sqlite_sql;
  else if (g_str_equal (*dialect, "mysql"))
    sql = mysql_sql;
  else
    sql = postgresql_sql;
  if (table_name != NULL)
    {
      g_value_init (&param, G_TYPE_STRING);
      g_value_set_string (&param, table_name);
    }
  result = gsql_connection_execute (conn, sql, table_name != NULL ? &param : NULL, table_name != NULL ? 1 : 0,
                                    cancellable, error);
  if (G_IS_VALUE (&param))
    g_value_unset (&param);
  return result;
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
  g_autoptr(GsqlResult) result = NULL;
  g_autoptr(GStrvBuilder) names = NULL;
  const char *dialect;
  GError *local = NULL;

  g_return_val_if_fail (GSQL_IS_INSPECTOR (self), NULL);

  result = catalog_query (self,
                          "SELECT name FROM sqlite_master WHERE type = 'table' "
                          "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                          "SELECT table_name FROM information_schema.tables "
                          "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name",
                          "SELECT table_name FROM information_schema.tables "
                          "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
                          NULL, &dialect, cancellable, error);
  if (result == NULL)
    return NULL;
  names = g_strv_builder_new ();
  while (gsql_result_next (result, &local))
    {
      g_autofree char *name = dup_text (result, 0);
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

/**
 * gsql_inspector_has_table:
 * @self: a #GsqlInspector
 * @table_name: a table name, as stored (case matters)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Whether the current schema holds a base table of that name.
 *
 * Returns: %TRUE when it does; %FALSE when it does not or on failure
 *   (@error set)
 *
 * Since: 1.0
 */
gboolean
gsql_inspector_has_table (GsqlInspector  *self,
                          const char     *table_name,
                          GCancellable   *cancellable,
                          GError        **error)
{
  g_auto(GStrv) names = NULL;

  g_return_val_if_fail (GSQL_IS_INSPECTOR (self), FALSE);
  g_return_val_if_fail (table_name != NULL, FALSE);

  names = gsql_inspector_get_table_names (self, cancellable, error);
  return names != NULL && g_strv_contains ((const char * const *) names, table_name);
}

/* "VARCHAR(40)" → "varchar", 40, -1; "numeric(10, 2)" → "numeric", 10, 2 */
static char *
split_type (const char *spelled, gint64 *a, gint64 *b)
{
  const char *paren = strchr (spelled, '(');
  char *name = g_ascii_strdown (spelled, paren ? paren - spelled : -1);

  if (paren != NULL)
    {
      char *end = NULL;
      *a = g_ascii_strtoll (paren + 1, &end, 10);
      if (end != NULL && *end == ',')
        *b = g_ascii_strtoll (end + 1, NULL, 10);
    }
  return g_strstrip (name);
}

/* The generic type of a native type name, with its length or precision
 * and scale (-1 when the catalog gives none). */
static GsqlSqlType *
type_from_native (const char *dialect, const char *spelled, gint64 length, gint64 precision, gint64 scale)
{
  gint64 a = -1, b = -1;
  g_autofree char *name = split_type (spelled, &a, &b);
  gboolean mysql = g_str_equal (dialect, "mysql");

  if (length < 0)
    length = a;
  if (precision < 0)
    precision = a;
  if (scale < 0)
    scale = b;

  if (mysql && g_str_equal (name, "tinyint") && a == 1)
    return gsql_sql_type_boolean_new ();
  if (g_str_equal (name, "boolean") || g_str_equal (name, "bool"))
    return gsql_sql_type_boolean_new ();
  if (g_str_equal (name, "integer") || g_str_equal (name, "int") || g_str_equal (name, "int4")
      || g_str_equal (name, "mediumint"))
    return gsql_sql_type_integer_new ();
  if (g_str_equal (name, "smallint") || g_str_equal (name, "int2") || g_str_equal (name, "tinyint"))
    return gsql_sql_type_small_integer_new ();
  if (g_str_equal (name, "bigint") || g_str_equal (name, "int8"))
    return gsql_sql_type_big_integer_new ();
  if (g_str_equal (name, "double precision") || g_str_equal (name, "double") || g_str_equal (name, "float8"))
    return gsql_sql_type_double_new ();
  if (g_str_equal (name, "real") || g_str_equal (name, "float4") || g_str_equal (name, "float"))
    return gsql_sql_type_float_new (0);
  if (g_str_equal (name, "numeric") || g_str_equal (name, "decimal"))
    return gsql_sql_type_numeric_new (precision > 0 ? (guint) precision : 0, scale > 0 ? (guint) scale : 0);
  if (g_str_equal (name, "varchar") || g_str_equal (name, "character varying") || g_str_equal (name, "char")
      || g_str_equal (name, "character") || g_str_equal (name, "nvarchar") || g_str_equal (name, "nchar"))
    return gsql_sql_type_string_new (length > 0 ? (guint) length : 0);
  if (g_str_equal (name, "text") || g_str_equal (name, "clob") || g_str_equal (name, "longtext")
      || g_str_equal (name, "mediumtext") || g_str_equal (name, "tinytext"))
    return gsql_sql_type_text_new ();
  if (g_str_equal (name, "date"))
    return gsql_sql_type_date_new ();
  if (g_str_equal (name, "time") || g_str_equal (name, "time without time zone"))
    return gsql_sql_type_time_new ();
  if (g_str_equal (name, "timestamp with time zone") || g_str_equal (name, "timestamptz"))
    return gsql_sql_type_date_time_new (TRUE);
  if (g_str_equal (name, "timestamp") || g_str_equal (name, "timestamp without time zone")
      || g_str_equal (name, "datetime"))
    return gsql_sql_type_date_time_new (FALSE);
  if (g_str_equal (name, "interval"))
    return gsql_sql_type_interval_new ();
  if (g_str_equal (name, "bytea") || g_str_equal (name, "blob") || g_str_equal (name, "longblob")
      || g_str_equal (name, "mediumblob") || g_str_equal (name, "varbinary") || g_str_equal (name, "binary"))
    return gsql_sql_type_large_binary_new ();
  if (g_str_equal (name, "uuid"))
    return gsql_sql_type_uuid_new ();
  if (g_str_equal (name, "json") || g_str_equal (name, "jsonb"))
    return gsql_sql_type_json_new ();
  return gsql_sql_type_opaque_new (spelled);
}

/**
 * gsql_inspector_get_columns:
 * @self: a #GsqlInspector
 * @table_name: a table of the current schema, as stored (case matters)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * The columns of a table, in order, as new #GsqlColumn objects (not yet in
 * any table): name, generic type (a type gsql does not know is kept by
 * name, as an opaque type), nullability, whether it is part of the primary
 * key, whether the database generates its values (#GsqlColumn:autoincrement
 * is %GSQL_AUTOINCREMENT_ALWAYS for an identity, serial, AUTO_INCREMENT or
 * SQLite INTEGER PRIMARY KEY column, else %GSQL_AUTOINCREMENT_NEVER), and
 * its server default as the database spells it.
 *
 * A table that does not exist gives %GSQL_ERROR_PROGRAMMING, as a query on
 * it would.
 *
 * Returns: (transfer container) (element-type GsqlColumn): the columns,
 *   or %NULL with @error set; the array holds the only reference to each
 *   column and drops it when freed (bindings take their own)
 *
 * Since: 1.0
 */
GPtrArray *
gsql_inspector_get_columns (GsqlInspector  *self,
                            const char     *table_name,
                            GCancellable   *cancellable,
                            GError        **error)
{
  g_autoptr(GsqlResult) result = NULL;
  g_autoptr(GPtrArray) columns = NULL;
  const char *dialect;
  GError *local = NULL;

  g_return_val_if_fail (GSQL_IS_INSPECTOR (self), NULL);
  g_return_val_if_fail (table_name != NULL, NULL);

  /* name, type as spelled, nullable, primary key, default, length,
   * precision, scale, generated by the database */
  result = catalog_query (self,
                          "SELECT name, type, CASE WHEN \"notnull\" = 0 AND pk = 0 THEN 1 ELSE 0 END, "
                          "CASE WHEN pk > 0 THEN 1 ELSE 0 END, dflt_value, -1, -1, -1, 0 "
                          "FROM pragma_table_info(?) ORDER BY cid",
                          "SELECT column_name, column_type, CASE WHEN is_nullable = 'YES' THEN 1 ELSE 0 END, "
                          "CASE WHEN column_key = 'PRI' THEN 1 ELSE 0 END, column_default, "
                          "COALESCE(character_maximum_length, -1), COALESCE(numeric_precision, -1), "
                          "COALESCE(numeric_scale, -1), CASE WHEN extra LIKE '%auto_increment%' THEN 1 ELSE 0 END "
                          "FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? "
                          "ORDER BY ordinal_position",
                          "SELECT c.column_name, CASE WHEN c.data_type = 'USER-DEFINED' THEN c.udt_name ELSE c.data_type END, "
                          "CASE WHEN c.is_nullable = 'YES' THEN 1 ELSE 0 END, "
                          "CASE WHEN EXISTS (SELECT 1 FROM information_schema.table_constraints tc "
                          "JOIN information_schema.key_column_usage k ON k.constraint_name = tc.constraint_name "
                          "AND k.constraint_schema = tc.constraint_schema AND k.table_name = tc.table_name "
                          "WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = c.table_schema "
                          "AND tc.table_name = c.table_name AND k.column_name = c.column_name) THEN 1 ELSE 0 END, "
                          "c.column_default, COALESCE(c.character_maximum_length, -1), "
                          "CASE WHEN c.data_type = 'numeric' THEN COALESCE(c.numeric_precision, -1) ELSE -1 END, "
                          "CASE WHEN c.data_type = 'numeric' THEN COALESCE(c.numeric_scale, -1) ELSE -1 END, "
                          "CASE WHEN c.is_identity = 'YES' OR c.column_default LIKE 'nextval(%' THEN 1 ELSE 0 END "
                          "FROM information_schema.columns c WHERE c.table_schema = current_schema() "
                          "AND c.table_name = CAST(? AS TEXT) ORDER BY c.ordinal_position",
                          table_name, &dialect, cancellable, error);
  if (result == NULL)
    return NULL;
  columns = g_ptr_array_new_with_free_func (g_object_unref);
  while (gsql_result_next (result, &local))
    {
      g_autofree char *name = dup_text (result, 0);
      g_autofree char *spelled = dup_text (result, 1);
      g_autofree char *server_default = dup_text (result, 4);
      gboolean generated = gsql_result_get_int64 (result, 8) != 0;
      g_autoptr(GsqlSqlType) type = NULL;
      GsqlColumn *column;

      if (name == NULL || spelled == NULL)
        continue;
      /* A sequence's nextval() is how the database generates the values,
       * not a default another database could use. */
      if (generated)
        g_clear_pointer (&server_default, g_free);
      /* MariaDB spells "no default" on a nullable column as NULL (and a
       * string default quoted, so the two never mix). */
      if (server_default != NULL && g_ascii_strcasecmp (server_default, "NULL") == 0)
        g_clear_pointer (&server_default, g_free);
      type = g_object_ref_sink (type_from_native (dialect, spelled,
                                                  gsql_result_get_int64 (result, 5),
                                                  gsql_result_get_int64 (result, 6),
                                                  gsql_result_get_int64 (result, 7)));
      column = g_object_ref_sink (gsql_column_new (name, type,
                                                   "nullable", gsql_result_get_int64 (result, 2) != 0,
                                                   "primary-key", gsql_result_get_int64 (result, 3) != 0,
                                                   "autoincrement", generated ? GSQL_AUTOINCREMENT_ALWAYS
                                                                              : GSQL_AUTOINCREMENT_NEVER,
                                                   "server-default", server_default,
                                                   NULL));
      g_ptr_array_add (columns, column);
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  /* SQLite: the one INTEGER PRIMARY KEY column is the rowid. */
  if (g_str_equal (dialect, "sqlite"))
    {
      GsqlColumn *key = NULL;
      guint i, n_keys = 0;

      for (i = 0; i < columns->len; i++)
        if (gsql_column_get_primary_key (g_ptr_array_index (columns, i)))
          {
            key = g_ptr_array_index (columns, i);
            n_keys++;
          }
      if (n_keys == 1 && gsql_sql_type_get_kind (gsql_column_get_sql_type (key)) == GSQL_TYPE_KIND_INTEGER)
        g_object_set (key, "autoincrement", GSQL_AUTOINCREMENT_ALWAYS, NULL);
    }
  if (columns->len == 0)
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_PROGRAMMING,
                   _("There is no table “%s” in the current schema"), table_name);
      return NULL;
    }
  return g_steal_pointer (&columns);
}

static GsqlReferentialAction
action_from_rule (const char *rule, gboolean mysql)
{
  if (rule == NULL)
    return GSQL_REFERENTIAL_ACTION_DEFAULT;
  if (g_ascii_strcasecmp (rule, "CASCADE") == 0)
    return GSQL_REFERENTIAL_ACTION_CASCADE;
  if (g_ascii_strcasecmp (rule, "SET NULL") == 0)
    return GSQL_REFERENTIAL_ACTION_SET_NULL;
  if (g_ascii_strcasecmp (rule, "SET DEFAULT") == 0)
    return GSQL_REFERENTIAL_ACTION_SET_DEFAULT;
  /* MariaDB reports RESTRICT where nothing was said; in InnoDB it is the
   * same as NO ACTION. */
  if (g_ascii_strcasecmp (rule, "RESTRICT") == 0)
    return mysql ? GSQL_REFERENTIAL_ACTION_DEFAULT : GSQL_REFERENTIAL_ACTION_RESTRICT;
  /* NO ACTION is what saying nothing gives, everywhere. */
  return GSQL_REFERENTIAL_ACTION_DEFAULT;
}

static GsqlConstraint *
build_foreign_key (const char *name, GStrvBuilder *cols, const char *referred, GStrvBuilder *ref_cols,
                   const char *on_delete, const char *on_update, gboolean mysql)
{
  g_auto(GStrv) c = g_strv_builder_end (cols);
  g_auto(GStrv) r = g_strv_builder_end (ref_cols);
  GsqlConstraint *fk = g_object_ref_sink (gsql_constraint_new_foreign_key (name, (const char * const *) c, referred,
                                                                           (const char * const *) r));

  /* the builders were handed over */
  g_strv_builder_unref (cols);
  g_strv_builder_unref (ref_cols);

  gsql_constraint_set_on_delete (fk, action_from_rule (on_delete, mysql));
  gsql_constraint_set_on_update (fk, action_from_rule (on_update, mysql));
  return fk;
}

/**
 * gsql_inspector_get_foreign_keys:
 * @self: a #GsqlInspector
 * @table_name: a table of the current schema, as stored (case matters)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * The foreign keys of a table, as new #GsqlConstraint objects: name (%NULL
 * on SQLite, which does not keep one), columns and referred columns in key
 * order, referred table, and ON DELETE / ON UPDATE actions (NO ACTION, what
 * saying nothing gives, reads as %GSQL_REFERENTIAL_ACTION_DEFAULT, as does
 * MariaDB's RESTRICT, which it reports where nothing was said).
 *
 * Returns: (transfer container) (element-type GsqlConstraint): the
 *   foreign keys (empty for a table with none, or one that does not
 *   exist), or %NULL with @error set; the array holds the only reference
 *   to each and drops it when freed
 *
 * Since: 1.0
 */
GPtrArray *
gsql_inspector_get_foreign_keys (GsqlInspector  *self,
                                 const char     *table_name,
                                 GCancellable   *cancellable,
                                 GError        **error)
{
  g_autoptr(GsqlResult) result = NULL;
  g_autoptr(GPtrArray) keys = NULL;
  g_autoptr(GStrvBuilder) cols = NULL;
  g_autoptr(GStrvBuilder) ref_cols = NULL;
  g_autofree char *group = NULL, *name = NULL, *referred = NULL, *on_delete = NULL, *on_update = NULL;
  const char *dialect;
  GError *local = NULL;

  g_return_val_if_fail (GSQL_IS_INSPECTOR (self), NULL);
  g_return_val_if_fail (table_name != NULL, NULL);

  /* key group, name, column, referred table, referred column, on delete,
   * on update; in key order */
  result = catalog_query (self,
                          "SELECT CAST(id AS TEXT), NULL, \"from\", \"table\", \"to\", on_delete, on_update "
                          "FROM pragma_foreign_key_list(?) ORDER BY id, seq",
                          "SELECT k.constraint_name, k.constraint_name, k.column_name, k.referenced_table_name, "
                          "k.referenced_column_name, r.delete_rule, r.update_rule "
                          "FROM information_schema.key_column_usage k "
                          "JOIN information_schema.referential_constraints r ON r.constraint_schema = k.constraint_schema "
                          "AND r.constraint_name = k.constraint_name AND r.table_name = k.table_name "
                          "WHERE k.table_schema = DATABASE() AND k.table_name = ? AND k.referenced_table_name IS NOT NULL "
                          "ORDER BY k.constraint_name, k.ordinal_position",
                          "SELECT k.constraint_name, k.constraint_name, k.column_name, u.table_name, u.column_name, "
                          "r.delete_rule, r.update_rule "
                          "FROM information_schema.key_column_usage k "
                          "JOIN information_schema.referential_constraints r ON r.constraint_schema = k.constraint_schema "
                          "AND r.constraint_name = k.constraint_name "
                          "JOIN information_schema.key_column_usage u ON u.constraint_schema = r.unique_constraint_schema "
                          "AND u.constraint_name = r.unique_constraint_name "
                          "AND u.ordinal_position = k.position_in_unique_constraint "
                          "WHERE k.table_schema = current_schema() AND k.table_name = CAST(? AS TEXT) "
                          "ORDER BY k.constraint_name, k.ordinal_position",
                          table_name, &dialect, cancellable, error);
  if (result == NULL)
    return NULL;
  keys = g_ptr_array_new_with_free_func (g_object_unref);
  while (gsql_result_next (result, &local))
    {
      g_autofree char *this_group = dup_text (result, 0);

      if (group == NULL || g_strcmp0 (group, this_group) != 0)
        {
          if (group != NULL)
            g_ptr_array_add (keys, build_foreign_key (name, g_steal_pointer (&cols), referred,
                                                      g_steal_pointer (&ref_cols), on_delete, on_update,
                                                      g_str_equal (dialect, "mysql")));
          g_free (group);
          group = g_steal_pointer (&this_group);
          g_free (name);
          name = dup_text (result, 1);
          g_free (referred);
          referred = dup_text (result, 3);
          g_free (on_delete);
          on_delete = dup_text (result, 5);
          g_free (on_update);
          on_update = dup_text (result, 6);
          g_clear_pointer (&cols, g_strv_builder_unref);
          g_clear_pointer (&ref_cols, g_strv_builder_unref);
          cols = g_strv_builder_new ();
          ref_cols = g_strv_builder_new ();
        }
      {
        g_autofree char *column = dup_text (result, 2);
        g_autofree char *ref_column = dup_text (result, 4);
        g_strv_builder_add (cols, column != NULL ? column : "");
        g_strv_builder_add (ref_cols, ref_column != NULL ? ref_column : "");
      }
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  if (group != NULL)
    g_ptr_array_add (keys, build_foreign_key (name, g_steal_pointer (&cols), referred,
                                              g_steal_pointer (&ref_cols), on_delete, on_update,
                                                      g_str_equal (dialect, "mysql")));
  return g_steal_pointer (&keys);
}
