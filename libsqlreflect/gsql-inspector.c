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
 * which tables and views a schema holds, and for each table its columns
 * (name, generic type, nullability, primary key, default, comment) as
 * #GsqlColumn objects ready to go into a #GsqlTable, its primary key,
 * foreign keys, unique and check constraints as #GsqlConstraint objects,
 * its indexes as #GsqlIndex objects and its comment.
 *
 * gsql_inspector_reflect() and gsql_inspector_reflect_table() put whole
 * tables, with all of the above, into a #GsqlMetaData, where the
 * expression language and the DDL compilers of every dialect can use
 * them.
 *
 * Answers are cached per inspector: asking twice runs the catalog query
 * once.  gsql_inspector_clear_cache() forgets them, for a schema that has
 * changed since.
 *
 * |[<!-- language="C" -->
 * g_autoptr(GsqlInspector) inspector = gsql_inspector_new (engine);
 * g_autoptr(GsqlMetaData) metadata = gsql_metadata_new ();
 * g_auto(GStrv) tables = gsql_inspector_get_table_names (inspector, NULL, &error);
 * if (!gsql_inspector_reflect (inspector, metadata, NULL, FALSE, NULL, &error))
 *   return FALSE;
 * ]|
 */

#include "config.h"

#include "sqlreflect.h"

#include <glib/gi18n-lib.h>
#include <string.h>

struct _GsqlInspector {
  GObject parent_instance;
  GsqlEngine *engine;
  char *schema;
  /* "question\037table" → Rows: the text of a catalog query's answer */
  GHashTable *cache;
};

enum {
  PROP_0,
  PROP_ENGINE,
  PROP_SCHEMA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * GsqlInspector:
 *
 * Questions about a live database's schema (tables, views, columns, keys,
 * constraints, indexes, comments), read from the database's own catalogue
 * and cached, and reflection of it into a #GsqlMetaData.
 *
 * Since: 1.0
 */
G_DEFINE_FINAL_TYPE (GsqlInspector, gsql_inspector, G_TYPE_OBJECT)

/* A catalog answer as text: rows of n_columns strings, any of them NULL. */
typedef struct {
  guint n_columns;
  GPtrArray *rows;
  char *dialect;
} Rows;

static void
rows_free (gpointer data)
{
  Rows *rows = data;

  for (guint i = 0; i < rows->rows->len; i++)
    {
      char **row = g_ptr_array_index (rows->rows, i);
      for (guint j = 0; j < rows->n_columns; j++)
        g_free (row[j]);
      g_free (row);
    }
  g_ptr_array_unref (rows->rows);
  g_free (rows->dialect);
  g_free (rows);
}

#define CELL(rows, i, j) (((char **) g_ptr_array_index ((rows)->rows, (i)))[(j)])

static gint64
cell_int (const Rows *rows, guint i, guint j)
{
  const char *text = CELL (rows, i, j);

  return text != NULL ? g_ascii_strtoll (text, NULL, 10) : -1;
}

static void
gsql_inspector_finalize (GObject *object)
{
  GsqlInspector *self = GSQL_INSPECTOR (object);

  g_clear_object (&self->engine);
  g_clear_pointer (&self->schema, g_free);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  G_OBJECT_CLASS (gsql_inspector_parent_class)->finalize (object);
}

static void
gsql_inspector_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  GsqlInspector *self = GSQL_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      g_value_set_object (value, self->engine);
      break;
    case PROP_SCHEMA:
      g_value_set_string (value, self->schema);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gsql_inspector_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  GsqlInspector *self = GSQL_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      self->engine = g_value_dup_object (value);
      break;
    case PROP_SCHEMA:
      gsql_inspector_set_schema (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gsql_inspector_class_init (GsqlInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gsql_inspector_finalize;
  object_class->get_property = gsql_inspector_get_property;
  object_class->set_property = gsql_inspector_set_property;

  /**
   * GsqlInspector:engine:
   *
   * The engine whose database is inspected.
   *
   * Since: 1.0
   */
  properties[PROP_ENGINE] =
    g_param_spec_object ("engine", NULL, NULL, GSQL_TYPE_ENGINE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * GsqlInspector:schema:
   *
   * The schema inspected: a PostgreSQL schema, a MariaDB database, an
   * attached SQLite database; %NULL for the connection's current one.
   *
   * Since: 1.0
   */
  properties[PROP_SCHEMA] =
    g_param_spec_string ("schema", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gsql_inspector_init (GsqlInspector *self)
{
  self->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, rows_free);
}

/**
 * gsql_inspector_new:
 * @engine: the engine whose database to inspect
 *
 * Returns: (transfer full): a new inspector of the engine's current schema
 *
 * Since: 1.0
 */
GsqlInspector *
gsql_inspector_new (GsqlEngine *engine)
{
  g_return_val_if_fail (GSQL_IS_ENGINE (engine), NULL);

  return g_object_new (GSQL_TYPE_INSPECTOR, "engine", engine, NULL);
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
 * gsql_inspector_get_schema:
 * @self: a #GsqlInspector
 *
 * Returns: (nullable): the schema inspected, or %NULL for the current one
 *
 * Since: 1.0
 */
const char *
gsql_inspector_get_schema (GsqlInspector *self)
{
  g_return_val_if_fail (GSQL_IS_INSPECTOR (self), NULL);
  return self->schema;
}

/**
 * gsql_inspector_set_schema:
 * @self: a #GsqlInspector
 * @schema: (nullable): a schema name as stored, or %NULL for the
 *   connection's current schema
 *
 * Chooses the schema the inspector asks about (a PostgreSQL schema, a
 * MariaDB database, the name of an attached SQLite database).  Tables
 * reflected afterwards carry the schema's name.  The cache is cleared.
 *
 * Since: 1.0
 */
void
gsql_inspector_set_schema (GsqlInspector *self,
                           const char    *schema)
{
  g_return_if_fail (GSQL_IS_INSPECTOR (self));

  if (g_strcmp0 (self->schema, schema) == 0)
    return;
  g_free (self->schema);
  self->schema = g_strdup (schema);
  gsql_inspector_clear_cache (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEMA]);
}

/**
 * gsql_inspector_clear_cache:
 * @self: a #GsqlInspector
 *
 * Forgets every answer the inspector has cached, so that the next
 * questions ask the database again (after the schema changed).
 *
 * Since: 1.0
 */
void
gsql_inspector_clear_cache (GsqlInspector *self)
{
  g_return_if_fail (GSQL_IS_INSPECTOR (self));
  g_hash_table_remove_all (self->cache);
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

/* Runs the catalog query of the engine's dialect and caches its answer
 * as text under @question and @table_name.  Each query starts with the
 * order of its parameters: "st|SELECT …" binds the schema (NULL for the
 * current one; "main" on SQLite) then the table name.  On SQLite, "@S"
 * in the text stands for the quoted schema name (sqlite_master cannot
 * take it as a parameter).  The answer is borrowed from the cache. */
static const Rows *
catalog_rows (GsqlInspector  *self,
              const char     *question,
              const char     *sqlite_sql,
              const char     *mysql_sql,
              const char     *postgresql_sql,
              const char     *table_name,
              GCancellable   *cancellable,
              GError        **error)
{
  g_autoptr(GsqlConnection) conn = NULL;
  g_autoptr(GsqlResult) result = NULL;
  g_autofree char *key = g_strconcat (question, "\037", table_name ? table_name : "", NULL);
  g_autofree char *sql = NULL;
  GValue params[4] = { G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT };
  const char *dialect, *text, *bar;
  guint n_params = 0, n_columns;
  GError *local = NULL;
  Rows *rows;

  rows = g_hash_table_lookup (self->cache, key);
  if (rows != NULL)
    return rows;

  conn = gsql_engine_connect (self->engine, cancellable, error);
  if (conn == NULL)
    return NULL;
  dialect = gsql_connection_get_dialect_name (conn);
  if (g_str_equal (dialect, "sqlite"))
    text = sqlite_sql;
  else if (g_str_equal (dialect, "mysql"))
    text = mysql_sql;
  else
    text = postgresql_sql;

  bar = strchr (text, '|');
  g_assert (bar != NULL);
  for (const char *p = text; p < bar && n_params < G_N_ELEMENTS (params); p++, n_params++)
    {
      const char *value = *p == 't' ? table_name : self->schema;
      if (*p == 's' && value == NULL && g_str_equal (dialect, "sqlite"))
        value = "main";
      if (value != NULL)
        {
          g_value_init (&params[n_params], G_TYPE_STRING);
          g_value_set_string (&params[n_params], value);
        }
    }
  if (g_str_equal (dialect, "sqlite") && strstr (bar, "@S") != NULL)
    {
      g_autofree char *quoted = gsql_dialect_quote_identifier (gsql_dialect_get ("sqlite"),
                                                              self->schema ? self->schema : "main");
      g_auto(GStrv) parts = g_strsplit (bar + 1, "@S", -1);
      sql = g_strjoinv (quoted, parts);
    }
  else
    sql = g_strdup (bar + 1);

  result = gsql_connection_execute (conn, sql, params, n_params, cancellable, error);
  for (guint i = 0; i < n_params; i++)
    if (G_IS_VALUE (&params[i]))
      g_value_unset (&params[i]);
  if (result == NULL)
    return NULL;

  n_columns = gsql_result_get_n_columns (result);
  rows = g_new0 (Rows, 1);
  rows->n_columns = n_columns;
  rows->rows = g_ptr_array_new ();
  rows->dialect = g_strdup (dialect);
  while (gsql_result_next (result, &local))
    {
      char **row = g_new0 (char *, n_columns);
      for (guint j = 0; j < n_columns; j++)
        row[j] = dup_text (result, j);
      g_ptr_array_add (rows->rows, row);
    }
  if (local != NULL)
    {
      rows_free (rows);
      g_propagate_error (error, local);
      return NULL;
    }
  g_hash_table_insert (self->cache, g_steal_pointer (&key), rows);
  return rows;
}

static GStrv
names_of (const Rows *rows)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  for (guint i = 0; i < rows->rows->len; i++)
    if (CELL (rows, i, 0) != NULL)
      g_strv_builder_add (names, CELL (rows, i, 0));
  return g_strv_builder_end (names);
}

static const Rows *
table_name_rows (GsqlInspector *self, GCancellable *cancellable, GError **error)
{
  return catalog_rows (self, "tables",
                       "s|SELECT name FROM pragma_table_list WHERE schema = ? AND type = 'table' "
                       "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                       "s|SELECT table_name FROM information_schema.tables "
                       "WHERE table_schema = COALESCE(?, DATABASE()) AND table_type = 'BASE TABLE' ORDER BY table_name",
                       "s|SELECT table_name FROM information_schema.tables "
                       "WHERE table_schema = COALESCE(CAST(? AS TEXT), current_schema()) "
                       "AND table_type = 'BASE TABLE' ORDER BY table_name",
                       NULL, cancellable, error);
}

static const Rows *
view_name_rows (GsqlInspector *self, GCancellable *cancellable, GError **error)
{
  return catalog_rows (self, "views",
                       "s|SELECT name FROM pragma_table_list WHERE schema = ? AND type = 'view' ORDER BY name",
                       "s|SELECT table_name FROM information_schema.views "
                       "WHERE table_schema = COALESCE(?, DATABASE()) ORDER BY table_name",
                       "s|SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = COALESCE(CAST(? AS TEXT), current_schema()) AND c.relkind IN ('v', 'm') "
                       "ORDER BY c.relname",
                       NULL, cancellable, error);
}

static gboolean
rows_contain (const Rows *rows, const char *name)
{
  for (guint i = 0; i < rows->rows->len; i++)
    if (g_strcmp0 (CELL (rows, i, 0), name) == 0)
      return TRUE;
  return FALSE;
}

/* Fails with GSQL_ERROR_PROGRAMMING, as a query on it would, unless the
 * schema holds a table (or, with @views, a view) of that name. */
static gboolean
require_table (GsqlInspector *self, const char *table_name, gboolean views,
               GCancellable *cancellable, GError **error)
{
  const Rows *rows = table_name_rows (self, cancellable, error);

  if (rows == NULL)
    return FALSE;
  if (rows_contain (rows, table_name))
    return TRUE;
  if (views)
    {
      rows = view_name_rows (self, cancellable, error);
      if (rows == NULL)
        return FALSE;
      if (rows_contain (rows, table_name))
        return TRUE;
    }
  if (self->schema != NULL)
    g_set_error (error, GSQL_ERROR, GSQL_ERROR_PROGRAMMING,
                 _("There is no table “%s” in the schema “%s”"), table_name, self->schema);
  else
    g_set_error (error, GSQL_ERROR, GSQL_ERROR_PROGRAMMING,
                 _("There is no table “%s” in the current schema"), table_name);
  return FALSE;
}

/**
 * gsql_inspector_get_table_names:
 * @self: a #GsqlInspector
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * The names of the base tables (not views) in the inspected schema,
 * sorted.
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
  const Rows *rows;

  g_return_val_if_fail (GSQL_IS_INSPECTOR (self), NULL);

  rows = table_name_rows (self, cancellable, error);
  return rows != NULL ? names_of (rows) : NULL;
}

/**
 * gsql_inspector_get_view_names:
 * @self: a #GsqlInspector
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * The names of the views (and PostgreSQL's materialized views) in the
 * inspected schema, sorted.
 *
 * Returns: (transfer full) (array zero-terminated=1): the names, or %NULL
 *   with @error set
 *
 * Since: 1.0
 */
GStrv
gsql_inspector_get_view_names (GsqlInspector  *self,
                               GCancellable   *cancellable,
                               GError        **error)
{
  const Rows *rows;

  g_return_val_if_fail (GSQL_IS_INSPECTOR (self), NULL);

  rows = view_name_rows (self, cancellable, error);
  return rows != NULL ? names_of (rows) : NULL;
}

/**
 * gsql_inspector_has_table:
 * @self: a #GsqlInspector
 * @table_name: a table name, as stored (case matters)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Whether the inspected schema holds a base table of that name.
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
  const Rows *rows;

  g_return_val_if_fail (GSQL_IS_INSPECTOR (self), FALSE);
  g_return_val_if_fail (table_name != NULL, FALSE);

  rows = table_name_rows (self, cancellable, error);
  return rows != NULL && rows_contain (rows, table_name);
}

/* SQLite's CREATE VIEW text, from the AS that ends its head; the others
 * give the query alone. */
static char *
view_query_of (const char *create)
{
  const char *p = create;
  char quote = 0;

  for (; *p != '\0'; p++)
    {
      if (quote != 0)
        {
          if (*p == quote)
            quote = 0;
          continue;
        }
      if (*p == '"' || *p == '`' || *p == '[' || *p == '\'')
        {
          quote = *p == '[' ? ']' : *p;
          continue;
        }
      if (g_ascii_isspace (*p) && g_ascii_strncasecmp (p + 1, "AS", 2) == 0 &&
          (p[3] == '\0' || g_ascii_isspace (p[3]) || p[3] == '('))
        return g_strstrip (g_strdup (p + 3));
    }
  return g_strdup (create);
}

/**
 * gsql_inspector_get_view_definition:
 * @self: a #GsqlInspector
 * @view_name: a view of the inspected schema, as stored (case matters)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * The query a view stands for, as the database spells it (the SELECT
 * alone, without `CREATE VIEW … AS`, on every database).
 *
 * Returns: (transfer full): the query, or %NULL with @error set
 *   (%GSQL_ERROR_PROGRAMMING when there is no such view)
 *
 * Since: 1.0
 */
char *
gsql_inspector_get_view_definition (GsqlInspector  *self,
                                    const char     *view_name,
                                    GCancellable   *cancellable,
                                    GError        **error)
{
  const Rows *rows;
  const char *text;

  g_return_val_if_fail (GSQL_IS_INSPECTOR (self), NULL);
  g_return_val_if_fail (view_name != NULL, NULL);

  rows = catalog_rows (self, "viewdef",
                       "t|SELECT sql FROM @S.sqlite_master WHERE type = 'view' AND name = ?",
                       "st|SELECT view_definition FROM information_schema.views "
                       "WHERE table_schema = COALESCE(?, DATABASE()) AND table_name = ?",
                       "st|SELECT pg_get_viewdef(c.oid, true) FROM pg_class c "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = COALESCE(CAST(? AS TEXT), current_schema()) "
                       "AND c.relname = CAST(? AS TEXT) AND c.relkind IN ('v', 'm')",
                       view_name, cancellable, error);
  if (rows == NULL)
    return NULL;
  if (rows->rows->len == 0 || (text = CELL (rows, 0, 0)) == NULL)
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_PROGRAMMING,
                   _("There is no view “%s” in the schema"), view_name);
      return NULL;
    }
  if (g_str_equal (rows->dialect, "sqlite"))
    return view_query_of (text);
  return g_strstrip (g_strdup (text));
}

/* "VARCHAR(40)" → "varchar", 40, -1; "numeric(10, 2)" → "numeric", 10, 2;
 * "int(10) unsigned" → "int unsigned"; "timestamp(3) with time zone" →
 * "timestamp with time zone", 3 */
static char *
split_type (const char *spelled, gint64 *a, gint64 *b)
{
  const char *paren = strchr (spelled, '(');
  g_autoptr(GString) name = g_string_new (NULL);
  const char *close;
  char **words;
  g_autofree char *lower = NULL;

  if (paren == NULL)
    g_string_append (name, spelled);
  else
    {
      char *end = NULL;

      g_string_append_len (name, spelled, paren - spelled);
      *a = g_ascii_strtoll (paren + 1, &end, 10);
      if (end == paren + 1)
        *a = -1;
      else if (end != NULL && *end == ',')
        *b = g_ascii_strtoll (end + 1, NULL, 10);
      close = strrchr (paren, ')');
      if (close != NULL)
        {
          g_string_append_c (name, ' ');
          g_string_append (name, close + 1);
        }
    }
  /* one space between words */
  lower = g_ascii_strdown (name->str, -1);
  words = g_strsplit_set (g_strstrip (lower), " \t\n", -1);
  g_string_truncate (name, 0);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      {
        if (name->len > 0)
          g_string_append_c (name, ' ');
        g_string_append (name, words[i]);
      }
  g_strfreev (words);
  return g_strdup (name->str);
}

/* The values of MariaDB's "enum('a','b')": quotes doubled inside. */
static GStrv
parse_enum_values (const char *spelled)
{
  g_autoptr(GStrvBuilder) values = g_strv_builder_new ();
  const char *p = strchr (spelled, '(');

  if (p == NULL)
    return NULL;
  for (p++; *p != '\0' && *p != ')'; p++)
    {
      if (*p == '\'')
        {
          g_autoptr(GString) v = g_string_new (NULL);
          for (p++; *p != '\0'; p++)
            {
              if (*p == '\'' && p[1] == '\'')
                g_string_append_c (v, *p++);
              else if (*p == '\\' && p[1] != '\0')
                g_string_append_c (v, *++p);
              else if (*p == '\'')
                break;
              else
                g_string_append_c (v, *p);
            }
          g_strv_builder_add (values, v->str);
          if (*p == '\0')
            break;
        }
    }
  return g_strv_builder_end (values);
}

static gboolean
name_is (const char *name, const char *first, ...)
{
  va_list ap;
  const char *n;
  gboolean found = FALSE;

  va_start (ap, first);
  for (n = first; n != NULL && !found; n = va_arg (ap, const char *))
    found = g_str_equal (name, n);
  va_end (ap);
  return found;
}

/* The generic type of a native type name, with its length or precision
 * and scale (-1 when the catalog gives none).  @extra is MariaDB's "json"
 * mark or PostgreSQL's enum labels (separated by \037); @enum_name the
 * PostgreSQL enum type's name. */
static GsqlSqlType *
type_from_native (const char *dialect, const char *spelled, gint64 length, gint64 precision, gint64 scale,
                  const char *extra, const char *enum_name, const char *table_name, const char *column_name)
{
  gint64 a = -1, b = -1;
  g_autofree char *full = split_type (spelled, &a, &b);
  g_autofree char *name = NULL;
  gboolean mysql = g_str_equal (dialect, "mysql");
  gboolean unsigned_ = FALSE;

  /* MariaDB's modifiers: an unsigned integer needs the next wider type. */
  if (g_str_has_suffix (full, " zerofill"))
    full[strlen (full) - strlen (" zerofill")] = '\0';
  if (g_str_has_suffix (full, " unsigned"))
    {
      unsigned_ = TRUE;
      full[strlen (full) - strlen (" unsigned")] = '\0';
    }
  else if (g_str_has_suffix (full, " signed"))
    full[strlen (full) - strlen (" signed")] = '\0';
  name = g_strdup (full);

  if (length < 0)
    length = a;
  if (precision < 0)
    precision = a;
  if (scale < 0)
    scale = b;

  if (enum_name != NULL && extra != NULL)
    {
      g_auto(GStrv) labels = g_strsplit (extra, "\037", -1);
      if (labels[0] != NULL)
        return gsql_sql_type_enum_new_v (enum_name, (const char * const *) labels);
    }
  if (mysql && extra != NULL && g_str_equal (extra, "json"))
    return gsql_sql_type_json_new ();
  if (mysql && (g_str_equal (name, "enum")))
    {
      g_auto(GStrv) values = parse_enum_values (spelled);
      g_autofree char *type_name = g_strdup_printf ("%s_%s", table_name, column_name);
      if (values != NULL && values[0] != NULL)
        return gsql_sql_type_enum_new_v (type_name, (const char * const *) values);
    }

  if (mysql && g_str_equal (name, "tinyint") && a == 1 && !unsigned_)
    return gsql_sql_type_boolean_new ();
  if (name_is (name, "boolean", "bool", NULL))
    return gsql_sql_type_boolean_new ();
  if (name_is (name, "integer", "int", "int4", "mediumint", "serial", "serial4", NULL))
    return unsigned_ && !g_str_equal (name, "mediumint") ? gsql_sql_type_big_integer_new ()
                                                         : gsql_sql_type_integer_new ();
  if (name_is (name, "smallint", "int2", "tinyint", "smallserial", "serial2", "year", NULL))
    return unsigned_ && g_str_equal (name, "smallint") ? gsql_sql_type_integer_new ()
                                                       : gsql_sql_type_small_integer_new ();
  if (name_is (name, "bigint", "int8", "bigserial", "serial8", NULL))
    return gsql_sql_type_big_integer_new ();
  if (name_is (name, "double precision", "double", "float8", NULL))
    return gsql_sql_type_double_new ();
  if (name_is (name, "real", "float4", "float", NULL))
    return gsql_sql_type_float_new (0);
  if (name_is (name, "numeric", "decimal", "dec", "fixed", NULL))
    return gsql_sql_type_numeric_new (precision > 0 && precision <= G_MAXUINT ? (guint) precision : 0,
                                      scale > 0 && scale <= G_MAXUINT ? (guint) scale : 0);
  if (name_is (name, "varchar", "character varying", "char", "character", "nvarchar", "nchar",
               "national character varying", "national char", "bpchar", "varchar2", NULL))
    /* A VARCHAR without a length (PostgreSQL) is text to the others, as
     * is one longer than a guint holds. */
    return length > 0 && length <= G_MAXUINT ? gsql_sql_type_string_new ((guint) length) : gsql_sql_type_text_new ();
  if (name_is (name, "text", "clob", "longtext", "mediumtext", "tinytext", "citext", "ntext", NULL))
    return gsql_sql_type_text_new ();
  if (g_str_equal (name, "date"))
    return gsql_sql_type_date_new ();
  if (name_is (name, "time", "time without time zone", "time with time zone", "timetz", NULL))
    return gsql_sql_type_time_new ();
  if (name_is (name, "timestamp with time zone", "timestamptz", NULL))
    return gsql_sql_type_date_time_new (TRUE);
  if (name_is (name, "timestamp", "timestamp without time zone", "datetime", NULL))
    return gsql_sql_type_date_time_new (FALSE);
  if (g_str_has_prefix (name, "interval"))
    return gsql_sql_type_interval_new ();
  if (name_is (name, "bytea", "blob", "longblob", "mediumblob", "tinyblob", "varbinary", "binary",
               "binary varying", NULL))
    return gsql_sql_type_large_binary_new ();
  if (g_str_equal (name, "uuid"))
    return gsql_sql_type_uuid_new ();
  if (name_is (name, "json", "jsonb", NULL))
    return gsql_sql_type_json_new ();

  /* SQLite takes any name and gives it an affinity: the nearest type. */
  if (g_str_equal (dialect, "sqlite"))
    {
      if (strstr (name, "int") != NULL)
        return gsql_sql_type_integer_new ();
      if (strstr (name, "char") != NULL || strstr (name, "clob") != NULL || strstr (name, "text") != NULL)
        return length > 0 && length <= G_MAXUINT ? gsql_sql_type_string_new ((guint) length) : gsql_sql_type_text_new ();
      if (strstr (name, "blob") != NULL)
        return gsql_sql_type_large_binary_new ();
      if (strstr (name, "real") != NULL || strstr (name, "floa") != NULL || strstr (name, "doub") != NULL)
        return gsql_sql_type_double_new ();
    }
  return gsql_sql_type_opaque_new (spelled);
}

/* A literal or expression as the database spells it, in the form all
 * three databases take where there is one: PostgreSQL's casts of
 * literals dropped ('a'::character varying → 'a'), the functions giving
 * the current time as CURRENT_TIMESTAMP / CURRENT_DATE, and booleans as
 * TRUE / FALSE. */
static char *
normalize_expression (const char *text, GsqlTypeKind kind)
{
  g_autofree char *s = g_strstrip (g_strdup (text));
  gsize len;

  /* 'x'::type, (0)::type, 12::type */
  for (;;)
    {
      char *cast = NULL;
      char quote = 0;

      for (char *p = s; *p != '\0'; p++)
        {
          if (quote != 0)
            {
              if (*p == quote)
                quote = 0;
              continue;
            }
          if (*p == '\'' || *p == '"')
            quote = *p;
          else if (p[0] == ':' && p[1] == ':')
            cast = p;
        }
      if (cast == NULL)
        break;
      /* only a cast of the whole text: the rest must be a type name */
      for (char *p = cast + 2; *p != '\0'; p++)
        if (!(g_ascii_isalnum (*p) || *p == ' ' || *p == '_' || *p == '(' || *p == ')' || *p == ','
              || *p == '[' || *p == ']' || *p == '"'))
          {
            cast = NULL;
            break;
          }
      if (cast == NULL)
        break;
      *cast = '\0';
      g_strstrip (s);
    }
  len = strlen (s);
  /* (0) → 0, ('a') → 'a', as PostgreSQL and MariaDB wrap them */
  while (len >= 2 && s[0] == '(' && s[len - 1] == ')' &&
         (s[1] == '\'' || s[1] == '-' || g_ascii_isdigit (s[1])) && strchr (s + 1, '(') == NULL)
    {
      memmove (s, s + 1, len - 2);
      s[len - 2] = '\0';
      len -= 2;
    }

  /* '-1' (PostgreSQL's negative numbers, once uncast) → -1 */
  if (len >= 3 && s[0] == '\'' && s[len - 1] == '\'' &&
      (kind == GSQL_TYPE_KIND_INTEGER || kind == GSQL_TYPE_KIND_SMALL_INTEGER || kind == GSQL_TYPE_KIND_BIG_INTEGER ||
       kind == GSQL_TYPE_KIND_NUMERIC || kind == GSQL_TYPE_KIND_FLOAT || kind == GSQL_TYPE_KIND_DOUBLE))
    {
      g_autofree char *inner = g_strndup (s + 1, len - 2);
      char *end = NULL;

      g_ascii_strtod (inner, &end);
      if (end != NULL && end != inner && *end == '\0')
        return g_steal_pointer (&inner);
    }
  if (g_ascii_strcasecmp (s, "now()") == 0 || g_ascii_strcasecmp (s, "current_timestamp()") == 0 ||
      g_ascii_strcasecmp (s, "current_timestamp") == 0 || g_ascii_strcasecmp (s, "localtimestamp") == 0 ||
      g_ascii_strcasecmp (s, "localtimestamp()") == 0 ||
      (g_ascii_strncasecmp (s, "current_timestamp(", 18) == 0 && g_ascii_isdigit (s[18])))
    return g_strdup ("CURRENT_TIMESTAMP");
  if (g_ascii_strcasecmp (s, "curdate()") == 0 || g_ascii_strcasecmp (s, "current_date") == 0 ||
      g_ascii_strcasecmp (s, "current_date()") == 0)
    return g_strdup ("CURRENT_DATE");
  if (kind == GSQL_TYPE_KIND_BOOLEAN)
    {
      if (g_ascii_strcasecmp (s, "true") == 0 || g_str_equal (s, "1") || g_str_equal (s, "'1'") ||
          g_ascii_strcasecmp (s, "'t'") == 0 || g_ascii_strcasecmp (s, "b'1'") == 0)
        return g_strdup ("TRUE");
      if (g_ascii_strcasecmp (s, "false") == 0 || g_str_equal (s, "0") || g_str_equal (s, "'0'") ||
          g_ascii_strcasecmp (s, "'f'") == 0 || g_ascii_strcasecmp (s, "b'0'") == 0)
        return g_strdup ("FALSE");
    }
  return g_steal_pointer (&s);
}

static const Rows *
column_rows (GsqlInspector *self, const char *table_name, GCancellable *cancellable, GError **error)
{
  /* name, type as spelled, nullable, primary key, default, length,
   * precision, scale, generated by the database, comment, extra (enum
   * labels, MariaDB's JSON mark), enum type name */
  return catalog_rows (self, "columns",
                       "ts|SELECT name, type, CASE WHEN \"notnull\" = 0 AND pk = 0 THEN 1 ELSE 0 END, "
                       "CASE WHEN pk > 0 THEN 1 ELSE 0 END, dflt_value, -1, -1, -1, 0, NULL, NULL, NULL "
                       "FROM pragma_table_info(?, ?) ORDER BY cid",
                       "st|SELECT c.column_name, c.column_type, CASE WHEN c.is_nullable = 'YES' THEN 1 ELSE 0 END, "
                       "CASE WHEN c.column_key = 'PRI' THEN 1 ELSE 0 END, c.column_default, "
                       "COALESCE(c.character_maximum_length, -1), COALESCE(c.numeric_precision, -1), "
                       "COALESCE(c.numeric_scale, -1), CASE WHEN c.extra LIKE '%auto_increment%' THEN 1 ELSE 0 END, "
                       "NULLIF(c.column_comment, ''), "
                       /* MariaDB's JSON is LONGTEXT held by a CHECK named after the column */
                       "CASE WHEN c.data_type = 'longtext' AND EXISTS (SELECT 1 FROM information_schema.check_constraints k "
                       "WHERE k.constraint_schema = c.table_schema AND k.table_name = c.table_name "
                       "AND k.constraint_name = c.column_name "
                       "AND k.check_clause = CONCAT('json_valid(`', c.column_name, '`)')) THEN 'json' END, NULL "
                       "FROM information_schema.columns c WHERE c.table_schema = COALESCE(?, DATABASE()) "
                       "AND c.table_name = ? ORDER BY c.ordinal_position",
                       "st|SELECT a.attname, format_type(a.atttypid, a.atttypmod), "
                       "CASE WHEN a.attnotnull THEN 0 ELSE 1 END, "
                       "CASE WHEN EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'p' "
                       "AND a.attnum = ANY (k.conkey)) THEN 1 ELSE 0 END, "
                       "pg_get_expr(d.adbin, d.adrelid), -1, -1, -1, "
                       "CASE WHEN a.attidentity <> '' OR pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%' "
                       "THEN 1 ELSE 0 END, col_description(c.oid, a.attnum), "
                       "CASE WHEN t.typtype = 'e' THEN (SELECT string_agg(e.enumlabel, chr(31) ORDER BY e.enumsortorder) "
                       "FROM pg_enum e WHERE e.enumtypid = t.oid) END, "
                       "CASE WHEN t.typtype = 'e' THEN t.typname END "
                       "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_type t ON t.oid = a.atttypid "
                       "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                       "WHERE n.nspname = COALESCE(CAST(? AS TEXT), current_schema()) AND c.relname = CAST(? AS TEXT) "
                       "AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
                       table_name, cancellable, error);
}

/**
 * gsql_inspector_get_columns:
 * @self: a #GsqlInspector
 * @table_name: a table (or view) of the inspected schema, as stored (case
 *   matters)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * The columns of a table, in order, as new #GsqlColumn objects (not yet in
 * any table): name, generic type (a type gsql does not know is kept by
 * name, as an opaque type), nullability, whether it is part of the primary
 * key, whether the database generates its values (#GsqlColumn:autoincrement
 * is %GSQL_AUTOINCREMENT_ALWAYS for an identity, serial, AUTO_INCREMENT or
 * SQLite INTEGER PRIMARY KEY column, else %GSQL_AUTOINCREMENT_NEVER), its
 * server default and its comment.
 *
 * The server default is the database's text in the form all databases
 * take where one exists: PostgreSQL's casts of literals are dropped
 * (`'new'::character varying` → `'new'`, `'-1'::integer` → `-1`),
 * `now()` and `current_timestamp()` read as `CURRENT_TIMESTAMP`, and
 * boolean defaults as `TRUE` or `FALSE`.
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
  g_autoptr(GPtrArray) columns = NULL;
  const Rows *rows;

  g_return_val_if_fail (GSQL_IS_INSPECTOR (self), NULL);
  g_return_val_if_fail (table_name != NULL, NULL);

  if (!require_table (self, table_name, TRUE, cancellable, error))
    return NULL;
  rows = column_rows (self, table_name, cancellable, error);
  if (rows == NULL)
    return NULL;
  columns = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < rows->rows->len; i++)
    {
      const char *name = CELL (rows, i, 0);
      const char *spelled = CELL (rows, i, 1);
      const char *comment = CELL (rows, i, 9);
      gboolean generated = cell_int (rows, i, 8) > 0;
      g_autofree char *server_default = NULL;
      g_autoptr(GsqlSqlType) type = NULL;
      GsqlColumn *column;

      if (name == NULL)
        continue;
      if (spelled == NULL || spelled[0] == '\0')
        spelled = "BLOB";  /* SQLite: a column without a type holds anything */
      type = g_object_ref_sink (type_from_native (rows->dialect, spelled, cell_int (rows, i, 5),
                                                  cell_int (rows, i, 6), cell_int (rows, i, 7),
                                                  CELL (rows, i, 10), CELL (rows, i, 11),
                                                  table_name, name));
      /* A sequence's nextval() is how the database generates the values,
       * not a default another database could use.  MariaDB spells "no
       * default" on a nullable column as NULL (and a string default
       * quoted, so the two never mix). */
      if (!generated && CELL (rows, i, 4) != NULL && g_ascii_strcasecmp (CELL (rows, i, 4), "NULL") != 0)
        server_default = normalize_expression (CELL (rows, i, 4), gsql_sql_type_get_kind (type));
      column = g_object_ref_sink (gsql_column_new (name, type,
                                                   "nullable", cell_int (rows, i, 2) != 0,
                                                   "primary-key", cell_int (rows, i, 3) != 0,
                                                   "autoincrement", generated ? GSQL_AUTOINCREMENT_ALWAYS
                                                                              : GSQL_AUTOINCREMENT_NEVER,
                                                   "server-default", server_default,
                                                   "comment", comment,
                                                   NULL));
      g_ptr_array_add (columns, column);
    }
  if (columns->len == 0)
    {
      /* listed, but dropped since */
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_PROGRAMMING,
                   _("There is no table “%s” in the current schema"), table_name);
      return NULL;
    }
  /* SQLite: the one INTEGER PRIMARY KEY column is the rowid. */
  if (g_str_equal (rows->dialect, "sqlite"))
    {
      GsqlColumn *key = NULL;
      guint n_keys = 0;

      for (guint i = 0; i < columns->len; i++)
        if (gsql_column_get_primary_key (g_ptr_array_index (columns, i)))
          {
            key = g_ptr_array_index (columns, i);
            n_keys++;
          }
      if (n_keys == 1 && gsql_sql_type_get_kind (gsql_column_get_sql_type (key)) == GSQL_TYPE_KIND_INTEGER)
        g_object_set (key, "autoincrement", GSQL_AUTOINCREMENT_ALWAYS, NULL);
    }
  return g_steal_pointer (&columns);
}

/* Rows of (group, name, column) in group and key order → constraints */
typedef gpointer (*BuildFunc) (const char *name, const char * const *columns, const Rows *rows, guint first);

static GPtrArray *
group_rows (const Rows *rows, guint group_col, guint column_col, BuildFunc build)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);
  guint i = 0;

  while (i < rows->rows->len)
    {
      g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
      g_auto(GStrv) columns = NULL;
      const char *group = CELL (rows, i, group_col);
      guint first = i;
      gboolean complete = TRUE;
      gpointer built;

      for (; i < rows->rows->len && g_strcmp0 (CELL (rows, i, group_col), group) == 0; i++)
        {
          if (CELL (rows, i, column_col) == NULL)
            complete = FALSE;  /* an expression: gsql cannot say it */
          else
            g_strv_builder_add (b, CELL (rows, i, column_col));
        }
      columns = g_strv_builder_end (b);
      if (!complete)
        continue;
      built = build (CELL (rows, first, 1), (const char * const *) columns, rows, first);
      if (built != NULL)
        g_ptr_array_add (out, g_object_ref_sink (built));
    }
  return out;
}

/**
 * gsql_inspector_get_primary_key:
 * @self: a #GsqlInspector
 * @table_name: a table of the inspected schema, as stored (case matters)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * The primary key of a table: its columns in key order and its name
 * (%NULL on SQLite and MariaDB, which keep none: MariaDB calls every
 * primary key PRIMARY).  A table without a primary key gives a constraint
 * without columns.
 *
 * Returns: (transfer full): a new primary-key constraint, or %NULL with
 *   @error set (%GSQL_ERROR_PROGRAMMING when there is no such table)
 *
 * Since: 1.0
 */
GsqlConstraint *
gsql_inspector_get_primary_key (GsqlInspector  *self,
                                const char     *table_name,
                                GCancellable   *cancellable,
                                GError        **error)
{
  g_autoptr(GStrvBuilder) b = NULL;
  g_auto(GStrv) columns = NULL;
  const Rows *rows;
  const char *name = NULL;

  g_return_val_if_fail (GSQL_IS_INSPECTOR (self), NULL);
  g_return_val_if_fail (table_name != NULL, NULL);

  if (!require_table (self, table_name, FALSE, cancellable, error))
    return NULL;
  rows = catalog_rows (self, "pk",
                       "ts|SELECT NULL, name FROM pragma_table_info(?, ?) WHERE pk > 0 ORDER BY pk",
                       "st|SELECT NULL, column_name FROM information_schema.key_column_usage "
                       "WHERE table_schema = COALESCE(?, DATABASE()) AND table_name = ? "
                       "AND constraint_name = 'PRIMARY' ORDER BY ordinal_position",
                       "st|SELECT k.conname, a.attname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord) "
                       "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = u.attnum "
                       "WHERE k.contype = 'p' AND n.nspname = COALESCE(CAST(? AS TEXT), current_schema()) "
                       "AND c.relname = CAST(? AS TEXT) ORDER BY u.ord",
                       table_name, cancellable, error);
  if (rows == NULL)
    return NULL;
  b = g_strv_builder_new ();
  for (guint i = 0; i < rows->rows->len; i++)
    {
      if (name == NULL)
        name = CELL (rows, i, 0);
      if (CELL (rows, i, 1) != NULL)
        g_strv_builder_add (b, CELL (rows, i, 1));
    }
  columns = g_strv_builder_end (b);
  return g_object_ref_sink (gsql_constraint_new_primary_key (name, (const char * const *) columns));
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

static const Rows *
foreign_key_rows (GsqlInspector *self, const char *table_name, GCancellable *cancellable, GError **error)
{
  /* key group, name, column, referred table, referred column, on delete,
   * on update; in key order */
  return catalog_rows (self, "fks",
                       "ts|SELECT CAST(id AS TEXT), NULL, \"from\", \"table\", \"to\", on_delete, on_update "
                       "FROM pragma_foreign_key_list(?, ?) ORDER BY id, seq",
                       "st|SELECT k.constraint_name, k.constraint_name, k.column_name, k.referenced_table_name, "
                       "k.referenced_column_name, r.delete_rule, r.update_rule "
                       "FROM information_schema.key_column_usage k "
                       "JOIN information_schema.referential_constraints r ON r.constraint_schema = k.constraint_schema "
                       "AND r.constraint_name = k.constraint_name AND r.table_name = k.table_name "
                       "WHERE k.table_schema = COALESCE(?, DATABASE()) AND k.table_name = ? "
                       "AND k.referenced_table_name IS NOT NULL "
                       "ORDER BY k.constraint_name, k.ordinal_position",
                       "st|SELECT k.conname, k.conname, a.attname, rc.relname, ra.attname, "
                       "CASE k.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' "
                       "WHEN 'r' THEN 'RESTRICT' ELSE 'NO ACTION' END, "
                       "CASE k.confupdtype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' "
                       "WHEN 'r' THEN 'RESTRICT' ELSE 'NO ACTION' END "
                       "FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_class rc ON rc.oid = k.confrelid "
                       "CROSS JOIN LATERAL unnest(k.conkey, k.confkey) WITH ORDINALITY AS u(attnum, rattnum, ord) "
                       "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = u.attnum "
                       "JOIN pg_attribute ra ON ra.attrelid = rc.oid AND ra.attnum = u.rattnum "
                       "WHERE k.contype = 'f' AND n.nspname = COALESCE(CAST(? AS TEXT), current_schema()) "
                       "AND c.relname = CAST(? AS TEXT) ORDER BY k.conname, u.ord",
                       table_name, cancellable, error);
}

/**
 * gsql_inspector_get_foreign_keys:
 * @self: a #GsqlInspector
 * @table_name: a table of the inspected schema, as stored (case matters)
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
 *   foreign keys (empty for a table with none), or %NULL with @error set
 *   (%GSQL_ERROR_PROGRAMMING when there is no such table); the array holds
 *   the only reference to each and drops it when freed
 *
 * Since: 1.0
 */
GPtrArray *
gsql_inspector_get_foreign_keys (GsqlInspector  *self,
                                 const char     *table_name,
                                 GCancellable   *cancellable,
                                 GError        **error)
{
  GPtrArray *keys;
  const Rows *rows;
  guint i = 0;

  g_return_val_if_fail (GSQL_IS_INSPECTOR (self), NULL);
  g_return_val_if_fail (table_name != NULL, NULL);

  if (!require_table (self, table_name, FALSE, cancellable, error))
    return NULL;
  rows = foreign_key_rows (self, table_name, cancellable, error);
  if (rows == NULL)
    return NULL;
  keys = g_ptr_array_new_with_free_func (g_object_unref);
  while (i < rows->rows->len)
    {
      g_autoptr(GStrvBuilder) cols = g_strv_builder_new ();
      g_autoptr(GStrvBuilder) ref_cols = g_strv_builder_new ();
      g_auto(GStrv) c = NULL, r = NULL;
      const char *group = CELL (rows, i, 0);
      guint first = i;
      gboolean mysql = g_str_equal (rows->dialect, "mysql");
      GsqlConstraint *fk;

      for (; i < rows->rows->len && g_strcmp0 (CELL (rows, i, 0), group) == 0; i++)
        {
          g_strv_builder_add (cols, CELL (rows, i, 2) ? CELL (rows, i, 2) : "");
          g_strv_builder_add (ref_cols, CELL (rows, i, 4) ? CELL (rows, i, 4) : "");
        }
      c = g_strv_builder_end (cols);
      r = g_strv_builder_end (ref_cols);
      /* SQLite: REFERENCES t without columns means t's primary key */
      if (r[0] != NULL && r[0][0] == '\0' && CELL (rows, first, 3) != NULL)
        {
          g_autoptr(GsqlConstraint) pk = gsql_inspector_get_primary_key (self, CELL (rows, first, 3),
                                                                         cancellable, NULL);
          const char * const *pk_cols = pk ? gsql_constraint_get_columns (pk) : NULL;

          if (pk_cols != NULL && g_strv_length ((char **) pk_cols) == g_strv_length (r))
            {
              g_strfreev (r);
              r = g_strdupv ((char **) pk_cols);
            }
        }
      fk = g_object_ref_sink (gsql_constraint_new_foreign_key (CELL (rows, first, 1), (const char * const *) c,
                                                               CELL (rows, first, 3), (const char * const *) r));
      gsql_constraint_set_on_delete (fk, action_from_rule (CELL (rows, first, 5), mysql));
      gsql_constraint_set_on_update (fk, action_from_rule (CELL (rows, first, 6), mysql));
      g_ptr_array_add (keys, fk);
    }
  return keys;
}

static gpointer
build_unique (const char *name, const char * const *columns, const Rows *rows, guint first)
{
  return gsql_constraint_new_unique (name, columns);
}

/**
 * gsql_inspector_get_unique_constraints:
 * @self: a #GsqlInspector
 * @table_name: a table of the inspected schema, as stored (case matters)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * The unique constraints of a table, as new #GsqlConstraint objects with
 * their columns in order and their names (%NULL on SQLite, which keeps
 * none).  MariaDB makes no difference between a unique constraint and a
 * unique index: there, every unique index is listed both here and by
 * gsql_inspector_get_indexes(), as SQLAlchemy does.
 *
 * Returns: (transfer container) (element-type GsqlConstraint): the
 *   constraints, or %NULL with @error set (%GSQL_ERROR_PROGRAMMING when
 *   there is no such table)
 *
 * Since: 1.0
 */
GPtrArray *
gsql_inspector_get_unique_constraints (GsqlInspector  *self,
                                       const char     *table_name,
                                       GCancellable   *cancellable,
                                       GError        **error)
{
  const Rows *rows;

  g_return_val_if_fail (GSQL_IS_INSPECTOR (self), NULL);
  g_return_val_if_fail (table_name != NULL, NULL);

  if (!require_table (self, table_name, FALSE, cancellable, error))
    return NULL;
  /* group, name, column */
  rows = catalog_rows (self, "unique",
                       "tss|SELECT il.name, NULL, ii.name FROM pragma_index_list(?, ?) il "
                       "JOIN pragma_index_info(il.name, ?) ii WHERE il.origin = 'u' ORDER BY il.seq, ii.seqno",
                       "st|SELECT index_name, index_name, column_name FROM information_schema.statistics "
                       "WHERE table_schema = COALESCE(?, DATABASE()) AND table_name = ? AND non_unique = 0 "
                       "AND index_name <> 'PRIMARY' ORDER BY index_name, seq_in_index",
                       "st|SELECT k.conname, k.conname, a.attname FROM pg_constraint k "
                       "JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord) "
                       "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = u.attnum "
                       "WHERE k.contype = 'u' AND n.nspname = COALESCE(CAST(? AS TEXT), current_schema()) "
                       "AND c.relname = CAST(? AS TEXT) ORDER BY k.conname, u.ord",
                       table_name, cancellable, error);
  if (rows == NULL)
    return NULL;
  return group_rows (rows, 0, 2, build_unique);
}

static gpointer
build_index (const char *name, const char * const *columns, const Rows *rows, guint first)
{
  return gsql_index_new (name, cell_int (rows, first, 3) > 0, columns);
}

/**
 * gsql_inspector_get_indexes:
 * @self: a #GsqlInspector
 * @table_name: a table of the inspected schema, as stored (case matters)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * The indexes of a table as new #GsqlIndex objects (name, columns in
 * order, uniqueness), without those that the database made for the
 * primary key, for unique constraints (except on MariaDB, see
 * gsql_inspector_get_unique_constraints()) and, on MariaDB, for foreign
 * keys (a non-unique index named after a foreign key, or after the first
 * column of one without a name of its own).  Indexes on expressions are left out: gsql cannot say them.
 *
 * Returns: (transfer container) (element-type GsqlIndex): the indexes,
 *   sorted by name, or %NULL with @error set (%GSQL_ERROR_PROGRAMMING when
 *   there is no such table)
 *
 * Since: 1.0
 */
GPtrArray *
gsql_inspector_get_indexes (GsqlInspector  *self,
                            const char     *table_name,
                            GCancellable   *cancellable,
                            GError        **error)
{
  const Rows *rows;

  g_return_val_if_fail (GSQL_IS_INSPECTOR (self), NULL);
  g_return_val_if_fail (table_name != NULL, NULL);

  if (!require_table (self, table_name, FALSE, cancellable, error))
    return NULL;
  /* group, name, column, unique */
  rows = catalog_rows (self, "indexes",
                       "tss|SELECT il.name, il.name, ii.name, il.\"unique\" FROM pragma_index_list(?, ?) il "
                       "JOIN pragma_index_info(il.name, ?) ii WHERE il.origin = 'c' ORDER BY il.name, ii.seqno",
                       "st|SELECT s.index_name, s.index_name, s.column_name, 1 - s.non_unique "
                       "FROM information_schema.statistics s "
                       "WHERE s.table_schema = COALESCE(?, DATABASE()) AND s.table_name = ? "
                       "AND s.index_name <> 'PRIMARY' "
                       /* the index InnoDB makes for a foreign key is named after the key, or
                        * after its first column when the key has no name of its own */
                       "AND NOT (s.non_unique = 1 AND EXISTS (SELECT 1 FROM information_schema.key_column_usage k "
                       "WHERE k.table_schema = s.table_schema AND k.table_name = s.table_name "
                       "AND k.referenced_table_name IS NOT NULL AND (k.constraint_name = s.index_name "
                       "OR (k.ordinal_position = 1 AND k.column_name = s.index_name)))) "
                       "ORDER BY s.index_name, s.seq_in_index",
                       "st|SELECT i.relname, i.relname, a.attname, CASE WHEN x.indisunique THEN 1 ELSE 0 END "
                       "FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "CROSS JOIN LATERAL unnest(CAST(x.indkey AS int2[])) WITH ORDINALITY AS u(attnum, ord) "
                       "LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = u.attnum AND u.attnum > 0 "
                       "WHERE n.nspname = COALESCE(CAST(? AS TEXT), current_schema()) AND c.relname = CAST(? AS TEXT) "
                       "AND NOT x.indisprimary AND u.ord <= x.indnkeyatts "
                       "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid "
                       "AND k.contype IN ('p', 'u', 'x')) "
                       "ORDER BY i.relname, u.ord",
                       table_name, cancellable, error);
  if (rows == NULL)
    return NULL;
  return group_rows (rows, 0, 2, build_index);
}

/* The condition of a CHECK: "CHECK (a > 0)" → "a > 0" */
static char *
check_condition (const char *text)
{
  g_autofree char *s = g_strstrip (g_strdup (text));
  gsize len;

  if (g_str_has_suffix (s, " NOT VALID"))
    s[strlen (s) - strlen (" NOT VALID")] = '\0';
  g_strstrip (s);
  if (g_ascii_strncasecmp (s, "CHECK", 5) == 0)
    {
      memmove (s, s + 5, strlen (s + 5) + 1);
      g_strstrip (s);
    }
  len = strlen (s);
  /* one pair of parentheses around the whole, if they match */
  if (len >= 2 && s[0] == '(' && s[len - 1] == ')')
    {
      int depth = 0;
      gboolean whole = TRUE;
      for (gsize i = 0; i < len; i++)
        {
          if (s[i] == '(')
            depth++;
          else if (s[i] == ')' && --depth == 0 && i != len - 1)
            whole = FALSE;
        }
      if (whole)
        {
          s[len - 1] = '\0';
          memmove (s, s + 1, len - 1);
          g_strstrip (s);
        }
    }
  return g_steal_pointer (&s);
}

/* Identifiers quoted where no database needs quotes, unquoted: MariaDB
 * writes `qty` > 0, which only MariaDB reads. */
static char *
unquote_plain_identifiers (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      if (*p == '\'')
        {
          const char *start = p++;
          while (*p != '\0' && !(*p == '\'' && p[1] != '\''))
            p += (*p == '\'' ? 2 : 1);
          if (*p != '\0')
            p++;
          g_string_append_len (out, start, p - start);
        }
      else if (*p == '`' || *p == '"')
        {
          const char *end = strchr (p + 1, *p);
          g_autofree char *ident = end ? g_strndup (p + 1, end - p - 1) : NULL;
          gboolean plain = ident != NULL && ident[0] != '\0';

          for (const char *q = ident; plain && *q; q++)
            if (!(g_ascii_islower (*q) || *q == '_' || (q != ident && g_ascii_isdigit (*q))))
              plain = FALSE;
          if (plain)
            plain = !gsql_dialect_requires_quotes (gsql_dialect_get ("sqlite"), ident) &&
                    !gsql_dialect_requires_quotes (gsql_dialect_get ("postgresql"), ident) &&
                    !gsql_dialect_requires_quotes (gsql_dialect_get ("mysql"), ident);
          if (plain)
            {
              g_string_append (out, ident);
              p = end + 1;
            }
          else if (end != NULL)
            {
              g_string_append_len (out, p, end + 1 - p);
              p = end + 1;
            }
          else
            {
              g_string_append (out, p);
              break;
            }
        }
      else
        g_string_append_c (out, *p++);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* SQLite keeps CHECKs only in the CREATE TABLE text: the name after
 * CONSTRAINT, if any, and the parenthesized condition after CHECK. */
static void
parse_sqlite_checks (const char *sql, GPtrArray *out)
{
  const char *p = sql;
  g_autofree char *pending_name = NULL;

  while (*p != '\0')
    {
      if (*p == '\'' || *p == '"' || *p == '`' || *p == '[')
        {
          char close = *p == '[' ? ']' : *p;
          const char *start = p + 1;
          p = strchr (start, close);
          if (p == NULL)
            return;
          p++;
          continue;
        }
      if (g_ascii_isalpha (*p) || *p == '_')
        {
          const char *start = p;
          while (g_ascii_isalnum (*p) || *p == '_')
            p++;
          if (p - start == 10 && g_ascii_strncasecmp (start, "CONSTRAINT", 10) == 0)
            {
              const char *n;
              while (g_ascii_isspace (*p))
                p++;
              n = p;
              if (*p == '"' || *p == '`' || *p == '[')
                {
                  char close = *p == '[' ? ']' : *p;
                  const char *e = strchr (p + 1, close);
                  if (e == NULL)
                    return;
                  g_free (pending_name);
                  pending_name = g_strndup (n + 1, e - n - 1);
                  p = e + 1;
                }
              else
                {
                  while (g_ascii_isalnum (*p) || *p == '_')
                    p++;
                  g_free (pending_name);
                  pending_name = g_strndup (n, p - n);
                }
              continue;
            }
          if (p - start == 5 && g_ascii_strncasecmp (start, "CHECK", 5) == 0)
            {
              const char *open;
              int depth = 0;
              char quote = 0;

              while (g_ascii_isspace (*p))
                p++;
              if (*p != '(')
                continue;
              open = p;
              for (; *p != '\0'; p++)
                {
                  if (quote != 0)
                    {
                      if (*p == quote)
                        quote = 0;
                      continue;
                    }
                  if (*p == '\'' || *p == '"' || *p == '`')
                    quote = *p;
                  else if (*p == '(')
                    depth++;
                  else if (*p == ')' && --depth == 0)
                    break;
                }
              if (*p == '\0')
                return;
              {
                g_autofree char *cond = g_strndup (open + 1, p - open - 1);
                g_ptr_array_add (out, g_object_ref_sink (gsql_constraint_new_check (pending_name,
                                                                                    g_strstrip (cond))));
              }
              g_clear_pointer (&pending_name, g_free);
              p++;
              continue;
            }
          /* a name that a constraint other than CHECK follows */
          if (pending_name != NULL &&
              ((p - start == 7 && g_ascii_strncasecmp (start, "PRIMARY", 7) == 0) ||
               (p - start == 6 && g_ascii_strncasecmp (start, "UNIQUE", 6) == 0) ||
               (p - start == 7 && g_ascii_strncasecmp (start, "FOREIGN", 7) == 0) ||
               (p - start == 10 && g_ascii_strncasecmp (start, "REFERENCES", 10) == 0) ||
               (p - start == 3 && g_ascii_strncasecmp (start, "NOT", 3) == 0) ||
               (p - start == 7 && g_ascii_strncasecmp (start, "DEFAULT", 7) == 0)))
            g_clear_pointer (&pending_name, g_free);
          continue;
        }
      p++;
    }
}

/**
 * gsql_inspector_get_check_constraints:
 * @self: a #GsqlInspector
 * @table_name: a table of the inspected schema, as stored (case matters)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * The CHECK constraints of a table (those written on a column too), as
 * new #GsqlConstraint objects holding the condition as the database
 * spells it, without the CHECK and its outer parentheses, and the name
 * (%NULL for an unnamed one on SQLite; the others name every check).
 * Identifiers quoted where no database needs it are unquoted, and
 * PostgreSQL's casts of literals dropped, so that the text reads on the
 * other databases where it can.  MariaDB's checks that make a LONGTEXT a
 * JSON column are left out: the column reads as JSON.
 *
 * Returns: (transfer container) (element-type GsqlConstraint): the
 *   constraints, or %NULL with @error set (%GSQL_ERROR_PROGRAMMING when
 *   there is no such table)
 *
 * Since: 1.0
 */
GPtrArray *
gsql_inspector_get_check_constraints (GsqlInspector  *self,
                                      const char     *table_name,
                                      GCancellable   *cancellable,
                                      GError        **error)
{
  GPtrArray *checks;
  const Rows *rows;

  g_return_val_if_fail (GSQL_IS_INSPECTOR (self), NULL);
  g_return_val_if_fail (table_name != NULL, NULL);

  if (!require_table (self, table_name, FALSE, cancellable, error))
    return NULL;
  /* name, condition */
  rows = catalog_rows (self, "checks",
                       "t|SELECT NULL, sql FROM @S.sqlite_master WHERE type = 'table' AND name = ?",
                       "st|SELECT constraint_name, check_clause FROM information_schema.check_constraints "
                       "WHERE constraint_schema = COALESCE(?, DATABASE()) AND table_name = ? "
                       "AND check_clause <> CONCAT('json_valid(`', constraint_name, '`)') ORDER BY constraint_name",
                       "st|SELECT k.conname, pg_get_constraintdef(k.oid, true) FROM pg_constraint k "
                       "JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE k.contype = 'c' AND n.nspname = COALESCE(CAST(? AS TEXT), current_schema()) "
                       "AND c.relname = CAST(? AS TEXT) ORDER BY k.conname",
                       table_name, cancellable, error);
  if (rows == NULL)
    return NULL;
  checks = g_ptr_array_new_with_free_func (g_object_unref);
  if (g_str_equal (rows->dialect, "sqlite"))
    {
      if (rows->rows->len > 0 && CELL (rows, 0, 1) != NULL)
        parse_sqlite_checks (CELL (rows, 0, 1), checks);
      return checks;
    }
  for (guint i = 0; i < rows->rows->len; i++)
    {
      g_autofree char *cond = NULL, *plain = NULL, *uncast = NULL;

      if (CELL (rows, i, 1) == NULL)
        continue;
      cond = check_condition (CELL (rows, i, 1));
      plain = unquote_plain_identifiers (cond);
      uncast = g_str_equal (rows->dialect, "postgresql") ? NULL : g_strdup (plain);
      if (uncast == NULL)
        {
          /* "price >= 0::numeric": casts of numeric literals only */
          g_autoptr(GRegex) re = g_regex_new ("(\\b\\d+(\\.\\d+)?|'[^']*'|\\))::(numeric|integer|bigint|smallint|"
                                              "text|character varying|double precision|real|date|"
                                              "timestamp without time zone)\\b", 0, 0, NULL);
          uncast = g_regex_replace (re, plain, -1, 0, "\\1", 0, NULL);
        }
      g_ptr_array_add (checks, g_object_ref_sink (gsql_constraint_new_check (CELL (rows, i, 0),
                                                                             uncast ? uncast : plain)));
    }
  return checks;
}

/**
 * gsql_inspector_get_table_comment:
 * @self: a #GsqlInspector
 * @table_name: a table of the inspected schema, as stored (case matters)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * The comment on a table (SQLite keeps none).
 *
 * Returns: (transfer full) (nullable): the comment, or %NULL when there
 *   is none or on failure (with @error set: %GSQL_ERROR_PROGRAMMING when
 *   there is no such table)
 *
 * Since: 1.0
 */
char *
gsql_inspector_get_table_comment (GsqlInspector  *self,
                                  const char     *table_name,
                                  GCancellable   *cancellable,
                                  GError        **error)
{
  const Rows *rows;

  g_return_val_if_fail (GSQL_IS_INSPECTOR (self), NULL);
  g_return_val_if_fail (table_name != NULL, NULL);

  if (!require_table (self, table_name, TRUE, cancellable, error))
    return NULL;
  rows = catalog_rows (self, "comment",
                       "t|SELECT NULL WHERE ? IS NULL",
                       "st|SELECT NULLIF(table_comment, '') FROM information_schema.tables "
                       "WHERE table_schema = COALESCE(?, DATABASE()) AND table_name = ?",
                       "st|SELECT obj_description(c.oid, 'pg_class') FROM pg_class c "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = COALESCE(CAST(? AS TEXT), current_schema()) AND c.relname = CAST(? AS TEXT)",
                       table_name, cancellable, error);
  if (rows == NULL || rows->rows->len == 0)
    return NULL;
  return g_strdup (CELL (rows, 0, 0));
}

/* --- reflection into metadata --------------------------------------------- */

static GsqlTable *
reflect_one (GsqlInspector *self, GsqlMetaData *metadata, const char *table_name, gboolean is_view,
             GCancellable *cancellable, GError **error);

static gboolean
fill_table (GsqlInspector *self, GsqlMetaData *metadata, GsqlTable *table, gboolean mysql,
            GCancellable *cancellable, GError **error)
{
  const char *name = gsql_table_get_name (table);
  g_autoptr(GsqlConstraint) pk = NULL;
  g_autoptr(GPtrArray) fks = NULL;
  g_autoptr(GPtrArray) uniques = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) indexes = NULL;
  g_autofree char *comment = NULL;
  GError *local = NULL;

  pk = gsql_inspector_get_primary_key (self, name, cancellable, error);
  if (pk == NULL)
    return FALSE;
  /* the key in key order, which may not be the columns' order.  The
   * table takes a reference of its own to what it is given: these are
   * not floating. */
  if (gsql_constraint_get_columns (pk)[0] != NULL &&
      !gsql_table_add_constraint (table, pk, error))
    return FALSE;

  fks = gsql_inspector_get_foreign_keys (self, name, cancellable, error);
  if (fks == NULL)
    return FALSE;
  for (guint i = 0; i < fks->len; i++)
    {
      GsqlConstraint *fk = g_ptr_array_index (fks, i);
      const char *referred = gsql_constraint_get_referred_table (fk);

      /* the referred table comes along, as SQLAlchemy's resolve_fks */
      if (!g_str_equal (referred, name) &&
          gsql_metadata_get_table_in_schema (metadata, self->schema, referred) == NULL &&
          reflect_one (self, metadata, referred, FALSE, cancellable, error) == NULL)
        return FALSE;
      if (self->schema != NULL)
        {
          /* refer to the reflected table, in its schema */
          g_autofree char *full = g_strdup_printf ("%s.%s", self->schema, referred);
          GsqlConstraint *copy = gsql_constraint_new_foreign_key (gsql_constraint_get_name (fk),
                                                                  gsql_constraint_get_columns (fk), full,
                                                                  gsql_constraint_get_referred_columns (fk));
          gsql_constraint_set_on_delete (copy, gsql_constraint_get_on_delete (fk));
          gsql_constraint_set_on_update (copy, gsql_constraint_get_on_update (fk));
          if (!gsql_table_add_constraint (table, copy, error))
            return FALSE;
        }
      else if (!gsql_table_add_constraint (table, fk, error))
        return FALSE;
    }

  /* MariaDB's unique constraints are its unique indexes: keep them once,
   * as indexes. */
  if (!mysql)
    {
      uniques = gsql_inspector_get_unique_constraints (self, name, cancellable, error);
      if (uniques == NULL)
        return FALSE;
      for (guint i = 0; i < uniques->len; i++)
        if (!gsql_table_add_constraint (table, g_ptr_array_index (uniques, i), error))
          return FALSE;
    }
  checks = gsql_inspector_get_check_constraints (self, name, cancellable, error);
  if (checks == NULL)
    return FALSE;
  for (guint i = 0; i < checks->len; i++)
    if (!gsql_table_add_constraint (table, g_ptr_array_index (checks, i), error))
      return FALSE;
  indexes = gsql_inspector_get_indexes (self, name, cancellable, error);
  if (indexes == NULL)
    return FALSE;
  for (guint i = 0; i < indexes->len; i++)
    if (!gsql_table_add_index (table, g_ptr_array_index (indexes, i), error))
      return FALSE;

  comment = gsql_inspector_get_table_comment (self, name, cancellable, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  if (comment != NULL)
    gsql_table_set_comment (table, comment);
  return TRUE;
}

static GsqlTable *
reflect_one (GsqlInspector *self, GsqlMetaData *metadata, const char *table_name, gboolean is_view,
             GCancellable *cancellable, GError **error)
{
  g_autoptr(GPtrArray) columns = NULL;
  GsqlTable *table;
  const Rows *rows;
  gboolean mysql;

  table = gsql_metadata_get_table_in_schema (metadata, self->schema, table_name);
  if (table != NULL)
    return table;
  columns = gsql_inspector_get_columns (self, table_name, cancellable, error);
  if (columns == NULL)
    return NULL;
  table = gsql_metadata_add_table_full (metadata, self->schema, table_name, (GsqlColumn **) columns->pdata,
                                        columns->len, error);
  if (table == NULL)
    return NULL;
  if (is_view)
    return table;
  /* known: get_columns asked the database */
  rows = table_name_rows (self, cancellable, NULL);
  mysql = rows != NULL && g_str_equal (rows->dialect, "mysql");
  /* The table is in the metadata before its foreign keys are followed,
   * so a cycle of references ends at it. */
  if (!fill_table (self, metadata, table, mysql, cancellable, error))
    {
      gsql_metadata_remove_table (metadata, table);
      return NULL;
    }
  return table;
}

/**
 * gsql_inspector_reflect_table:
 * @self: a #GsqlInspector
 * @metadata: the metadata to add the table to
 * @table_name: a table of the inspected schema, as stored (case matters)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reflects one table into @metadata (SQLAlchemy's `Table(name, metadata,
 * autoload_with=engine)`): its columns, primary key in key order, foreign
 * keys, unique and check constraints, indexes and comment.  The tables its
 * foreign keys refer to are reflected too, so that every foreign key
 * resolves to a table of @metadata.  A table @metadata already holds is
 * returned as it is.
 *
 * The table is in the inspector's #GsqlInspector:schema (%NULL for the
 * current one).  MariaDB's unique constraints, which are its unique
 * indexes, become unique indexes.
 *
 * Returns: (transfer none): the table, owned by @metadata, or %NULL with
 *   @error set (%GSQL_ERROR_PROGRAMMING when there is no such table);
 *   @metadata is then as it was, but for the referred tables reflected
 *   before the failure
 *
 * Since: 1.0
 */
GsqlTable *
gsql_inspector_reflect_table (GsqlInspector  *self,
                              GsqlMetaData   *metadata,
                              const char     *table_name,
                              GCancellable   *cancellable,
                              GError        **error)
{
  g_return_val_if_fail (GSQL_IS_INSPECTOR (self), NULL);
  g_return_val_if_fail (GSQL_IS_METADATA (metadata), NULL);
  g_return_val_if_fail (table_name != NULL, NULL);

  return reflect_one (self, metadata, table_name, FALSE, cancellable, error);
}

/**
 * gsql_inspector_reflect:
 * @self: a #GsqlInspector
 * @metadata: the metadata to add the tables to
 * @only: (nullable) (array zero-terminated=1): the names of the tables
 *   (and, with @views, views) to reflect; %NULL for all of them
 * @views: whether to reflect views too, as tables of columns only
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reflects the tables of the inspected schema into @metadata, as
 * gsql_inspector_reflect_table() does for each (SQLAlchemy's
 * `MetaData.reflect()`): all of them, or those @only names together with
 * the tables their foreign keys refer to.
 * gsql_metadata_get_sorted_tables() then gives them in dependency order,
 * and gsql_metadata_create_all() creates them on any database.
 *
 * A table dropped by someone else while the schema is being reflected is
 * left out.
 *
 * A view becomes a #GsqlTable of its columns, which queries can use; its
 * query is gsql_inspector_get_view_definition()'s.  Creating it from the
 * metadata would make a table.
 *
 * Returns: %TRUE on success; %FALSE with @error set when a name of @only
 *   is no table (%GSQL_ERROR_PROGRAMMING) or the database fails
 *
 * Since: 1.0
 */
gboolean
gsql_inspector_reflect (GsqlInspector       *self,
                        GsqlMetaData        *metadata,
                        const char * const  *only,
                        gboolean             views,
                        GCancellable        *cancellable,
                        GError             **error)
{
  g_auto(GStrv) tables = NULL;
  g_auto(GStrv) view_names = NULL;

  g_return_val_if_fail (GSQL_IS_INSPECTOR (self), FALSE);
  g_return_val_if_fail (GSQL_IS_METADATA (metadata), FALSE);

  tables = gsql_inspector_get_table_names (self, cancellable, error);
  if (tables == NULL)
    return FALSE;
  if (views)
    {
      view_names = gsql_inspector_get_view_names (self, cancellable, error);
      if (view_names == NULL)
        return FALSE;
    }
  else
    view_names = g_new0 (char *, 1);

  if (only != NULL)
    {
      /* every name first, so nothing is reflected when one is wrong */
      for (guint i = 0; only[i] != NULL; i++)
        if (!g_strv_contains ((const char * const *) tables, only[i]) &&
            !g_strv_contains ((const char * const *) view_names, only[i]))
          {
            if (self->schema != NULL)
              g_set_error (error, GSQL_ERROR, GSQL_ERROR_PROGRAMMING,
                           _("There is no table “%s” in the schema “%s”"), only[i], self->schema);
            else
              g_set_error (error, GSQL_ERROR, GSQL_ERROR_PROGRAMMING,
                           _("There is no table “%s” in the current schema"), only[i]);
            return FALSE;
          }
      for (guint i = 0; only[i] != NULL; i++)
        if (reflect_one (self, metadata, only[i],
                         !g_strv_contains ((const char * const *) tables, only[i]),
                         cancellable, error) == NULL)
          return FALSE;
      return TRUE;
    }

  /* A table dropped between the listing and its reflection is left
   * out, as it would be had it been dropped a moment earlier. */
  for (guint i = 0; tables[i] != NULL; i++)
    {
      GError *local = NULL;

      if (reflect_one (self, metadata, tables[i], FALSE, cancellable, &local) != NULL)
        continue;
      if (!g_error_matches (local, GSQL_ERROR, GSQL_ERROR_PROGRAMMING) ||
          gsql_metadata_get_table_in_schema (metadata, self->schema, tables[i]) != NULL)
        {
          g_propagate_error (error, local);
          return FALSE;
        }
      g_clear_error (&local);
    }
  for (guint i = 0; view_names[i] != NULL; i++)
    if (reflect_one (self, metadata, view_names[i], TRUE, cancellable, error) == NULL)
      return FALSE;
  return TRUE;
}
