/* gsql-column.c: a column of a table
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */

/**
 * SECTION:gsql-column
 * @title: GsqlColumn
 * @short_description: a named, typed column with its options
 *
 * A #GsqlColumn is made with its name, its #GsqlSqlType and any of its
 * properties, and then added to a table (gsql_metadata_add_table() or
 * gsql_table_add_column()), which takes the floating reference:
 *
 * |[<!-- language="C" -->
 * gsql_metadata_add_table (metadata, "user_account", &error,
 *     gsql_column_new ("id", gsql_sql_type_integer_new (),
 *                      "primary-key", TRUE, NULL),
 *     gsql_column_new ("name", gsql_sql_type_string_new (30),
 *                      "nullable", FALSE, "unique", TRUE, NULL),
 *     gsql_column_new ("team_id", gsql_sql_type_integer_new (),
 *                      "foreign-key", "team.id", "index", TRUE, NULL),
 *     NULL);
 * ]|
 *
 * A column is nullable unless it is part of the primary key or
 * #GsqlColumn:nullable says otherwise.  Client-side defaults (a value, or a
 * function called per row) and on-update values are set with
 * gsql_column_set_default_value() and friends; a server default is SQL
 * text written into the DDL.
 */

#include "config.h"

#include "gsql-core-private.h"
#include "gsql-schema-private.h"

typedef struct {
  GValue value;
  GsqlDefaultFunc func;
  gpointer user_data;
  GDestroyNotify destroy;
  gboolean set;
} Generator;

struct _GsqlColumn {
  GInitiallyUnowned parent_instance;

  char *name;
  GsqlSqlType *type;
  GsqlTable *table;          /* weak: the table owns the column */
  gboolean nullable;
  gboolean nullable_set;
  gboolean primary_key;
  GsqlAutoincrement autoincrement;
  gboolean unique;
  gboolean index;
  char *comment;
  char *server_default;
  char *foreign_key;
  Generator def;
  Generator onupdate;
};

enum {
  PROP_0,
  PROP_NAME,
  PROP_SQL_TYPE,
  PROP_NULLABLE,
  PROP_PRIMARY_KEY,
  PROP_AUTOINCREMENT,
  PROP_UNIQUE,
  PROP_INDEX,
  PROP_COMMENT,
  PROP_SERVER_DEFAULT,
  PROP_FOREIGN_KEY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * GsqlColumn:
 *
 * A column of a #GsqlTable: its name, #GsqlSqlType, nullability, key,
 * default and comment.  Made floating by gsql_column_new(); the table it
 * is added to takes it.
 *
 * Since: 1.0
 */
G_DEFINE_FINAL_TYPE (GsqlColumn, gsql_column, G_TYPE_INITIALLY_UNOWNED)

static void
generator_clear (Generator *g)
{
  if (G_IS_VALUE (&g->value))
    g_value_unset (&g->value);
  if (g->destroy != NULL)
    g->destroy (g->user_data);
  g->func = NULL;
  g->user_data = NULL;
  g->destroy = NULL;
  g->set = FALSE;
}

static void
gsql_column_finalize (GObject *object)
{
  GsqlColumn *self = GSQL_COLUMN (object);

  generator_clear (&self->def);
  generator_clear (&self->onupdate);
  g_clear_object (&self->type);
  g_free (self->name);
  g_free (self->comment);
  g_free (self->server_default);
  g_free (self->foreign_key);

  G_OBJECT_CLASS (gsql_column_parent_class)->finalize (object);
}

static void
gsql_column_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  GsqlColumn *self = GSQL_COLUMN (object);

  switch (prop_id)
    {
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_SQL_TYPE: g_value_set_object (value, self->type); break;
    case PROP_NULLABLE: g_value_set_boolean (value, gsql_column_get_nullable (self)); break;
    case PROP_PRIMARY_KEY: g_value_set_boolean (value, self->primary_key); break;
    case PROP_AUTOINCREMENT: g_value_set_enum (value, self->autoincrement); break;
    case PROP_UNIQUE: g_value_set_boolean (value, self->unique); break;
    case PROP_INDEX: g_value_set_boolean (value, self->index); break;
    case PROP_COMMENT: g_value_set_string (value, self->comment); break;
    case PROP_SERVER_DEFAULT: g_value_set_string (value, self->server_default); break;
    case PROP_FOREIGN_KEY: g_value_set_string (value, self->foreign_key); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gsql_column_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  GsqlColumn *self = GSQL_COLUMN (object);

  /* Columns are configured before they join a table; afterwards the
   * table's constraints and the DDL depend on them. */
  if (self->table != NULL && prop_id != PROP_COMMENT)
    {
      g_critical ("Column “%s” already belongs to a table; property “%s” cannot change",
                  self->name, pspec->name);
      return;
    }

  switch (prop_id)
    {
    case PROP_NAME:
      g_free (self->name);
      self->name = g_value_dup_string (value);
      break;
    case PROP_SQL_TYPE:
      {
        GsqlSqlType *t = g_value_get_object (value);
        g_clear_object (&self->type);
        self->type = t ? g_object_ref_sink (t) : NULL;
      }
      break;
    case PROP_NULLABLE:
      self->nullable = g_value_get_boolean (value);
      self->nullable_set = TRUE;
      break;
    case PROP_PRIMARY_KEY: self->primary_key = g_value_get_boolean (value); break;
    case PROP_AUTOINCREMENT: self->autoincrement = g_value_get_enum (value); break;
    case PROP_UNIQUE: self->unique = g_value_get_boolean (value); break;
    case PROP_INDEX: self->index = g_value_get_boolean (value); break;
    case PROP_COMMENT:
      g_free (self->comment);
      self->comment = g_value_dup_string (value);
      break;
    case PROP_SERVER_DEFAULT:
      g_free (self->server_default);
      self->server_default = g_value_dup_string (value);
      break;
    case PROP_FOREIGN_KEY:
      g_free (self->foreign_key);
      self->foreign_key = g_value_dup_string (value);
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gsql_column_class_init (GsqlColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = gsql_column_finalize;
  object_class->get_property = gsql_column_get_property;
  object_class->set_property = gsql_column_set_property;

  /**
   * GsqlColumn:name:
   *
   * The column's name.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw | G_PARAM_CONSTRUCT_ONLY);
  /**
   * GsqlColumn:sql-type:
   *
   * The column's type.
   *
   * Since: 1.0
   */
  properties[PROP_SQL_TYPE] = g_param_spec_object ("sql-type", NULL, NULL, GSQL_TYPE_SQL_TYPE,
                                                   rw | G_PARAM_CONSTRUCT_ONLY);
  /**
   * GsqlColumn:nullable:
   *
   * Whether the column accepts NULL; by default every column but a
   * primary-key column does.
   *
   * Since: 1.0
   */
  properties[PROP_NULLABLE] = g_param_spec_boolean ("nullable", NULL, NULL, TRUE, rw);
  /**
   * GsqlColumn:primary-key:
   *
   * Whether the column is (part of) the primary key.
   *
   * Since: 1.0
   */
  properties[PROP_PRIMARY_KEY] = g_param_spec_boolean ("primary-key", NULL, NULL, FALSE, rw);
  /**
   * GsqlColumn:autoincrement:
   *
   * Whether the database generates the column's values.
   *
   * Since: 1.0
   */
  properties[PROP_AUTOINCREMENT] = g_param_spec_enum ("autoincrement", NULL, NULL,
                                                      GSQL_TYPE_AUTOINCREMENT,
                                                      GSQL_AUTOINCREMENT_AUTO, rw);
  /**
   * GsqlColumn:unique:
   *
   * Shortcut for a one-column UNIQUE constraint.
   *
   * Since: 1.0
   */
  properties[PROP_UNIQUE] = g_param_spec_boolean ("unique", NULL, NULL, FALSE, rw);
  /**
   * GsqlColumn:index:
   *
   * Shortcut for a one-column index, named by the metadata's "ix" naming
   * convention.
   *
   * Since: 1.0
   */
  properties[PROP_INDEX] = g_param_spec_boolean ("index", NULL, NULL, FALSE, rw);
  /**
   * GsqlColumn:comment:
   *
   * A comment stored with the column where the database can.
   *
   * Since: 1.0
   */
  properties[PROP_COMMENT] = g_param_spec_string ("comment", NULL, NULL, NULL, rw);
  /**
   * GsqlColumn:server-default:
   *
   * SQL text for the column's DEFAULT clause, written into the DDL as is
   * (`"CURRENT_TIMESTAMP"`, `"'draft'"`, `"0"`).
   *
   * Since: 1.0
   */
  properties[PROP_SERVER_DEFAULT] = g_param_spec_string ("server-default", NULL, NULL, NULL, rw);
  /**
   * GsqlColumn:foreign-key:
   *
   * Shortcut for a one-column foreign key: `"table.column"` or
   * `"schema.table.column"`.
   *
   * Since: 1.0
   */
  properties[PROP_FOREIGN_KEY] = g_param_spec_string ("foreign-key", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gsql_column_init (GsqlColumn *self)
{
  self->nullable = TRUE;
}

/**
 * gsql_column_new: (skip)
 * @name: the column's name
 * @type: (transfer floating): the column's type
 * @first_property_name: (nullable): the name of a first property to set
 * @...: its value, then more name/value pairs, ending with %NULL
 *
 * Makes a column.
 *
 * Returns: (transfer floating): the column
 *
 * Since: 1.0
 */
GsqlColumn *
gsql_column_new (const char  *name,
                 GsqlSqlType *type,
                 const char  *first_property_name,
                 ...)
{
  GsqlColumn *self;
  va_list ap;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (GSQL_IS_SQL_TYPE (type), NULL);

  self = g_object_new (GSQL_TYPE_COLUMN, "name", name, "sql-type", type, NULL);
  if (first_property_name != NULL)
    {
      va_start (ap, first_property_name);
      g_object_set_valist (G_OBJECT (self), first_property_name, ap);
      va_end (ap);
    }
  return self;
}

/**
 * gsql_column_new_with_properties: (rename-to gsql_column_new)
 * @name: the column's name
 * @type: (transfer floating): the column's type
 * @n_properties: the number of properties
 * @names: (array length=n_properties): property names
 * @values: (array length=n_properties): property values
 *
 * Makes a column; the array form of gsql_column_new().
 *
 * Returns: (transfer floating): the column
 *
 * Since: 1.0
 */
GsqlColumn *
gsql_column_new_with_properties (const char    *name,
                                 GsqlSqlType   *type,
                                 guint          n_properties,
                                 const char   **names,
                                 const GValue  *values)
{
  GsqlColumn *self;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (GSQL_IS_SQL_TYPE (type), NULL);

  self = g_object_new (GSQL_TYPE_COLUMN, "name", name, "sql-type", type, NULL);
  if (n_properties > 0)
    g_object_setv (G_OBJECT (self), n_properties, names, values);
  return self;
}

/**
 * gsql_column_get_name:
 * @self: a #GsqlColumn
 *
 * Returns: the column's name
 *
 * Since: 1.0
 */
const char *
gsql_column_get_name (GsqlColumn *self)
{
  g_return_val_if_fail (GSQL_IS_COLUMN (self), NULL);
  return self->name;
}

/**
 * gsql_column_get_sql_type:
 * @self: a #GsqlColumn
 *
 * Returns: (transfer none): the column's type
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_column_get_sql_type (GsqlColumn *self)
{
  g_return_val_if_fail (GSQL_IS_COLUMN (self), NULL);
  return self->type;
}

/**
 * gsql_column_get_table:
 * @self: a #GsqlColumn
 *
 * Returns: (transfer none) (nullable): the table the column belongs to
 *
 * Since: 1.0
 */
GsqlTable *
gsql_column_get_table (GsqlColumn *self)
{
  g_return_val_if_fail (GSQL_IS_COLUMN (self), NULL);
  return self->table;
}

void
_gsql_column_set_table (GsqlColumn *self,
                        GsqlTable  *table)
{
  self->table = table;
}

void
_gsql_column_set_primary_key (GsqlColumn *self,
                              gboolean    primary_key)
{
  self->primary_key = primary_key;
}

/**
 * gsql_column_get_nullable:
 * @self: a #GsqlColumn
 *
 * Returns: whether the column accepts NULL
 *
 * Since: 1.0
 */
gboolean
gsql_column_get_nullable (GsqlColumn *self)
{
  g_return_val_if_fail (GSQL_IS_COLUMN (self), TRUE);
  if (self->nullable_set)
    return self->nullable;
  return !self->primary_key;
}

gboolean
_gsql_column_nullable_was_set (GsqlColumn *self)
{
  return self->nullable_set;
}

/**
 * gsql_column_get_primary_key:
 * @self: a #GsqlColumn
 *
 * Returns: whether the column is part of the primary key
 *
 * Since: 1.0
 */
gboolean
gsql_column_get_primary_key (GsqlColumn *self)
{
  g_return_val_if_fail (GSQL_IS_COLUMN (self), FALSE);
  return self->primary_key;
}

/**
 * gsql_column_get_autoincrement:
 * @self: a #GsqlColumn
 *
 * Returns: the #GsqlColumn:autoincrement setting
 *
 * Since: 1.0
 */
GsqlAutoincrement
gsql_column_get_autoincrement (GsqlColumn *self)
{
  g_return_val_if_fail (GSQL_IS_COLUMN (self), GSQL_AUTOINCREMENT_NEVER);
  return self->autoincrement;
}

/**
 * gsql_column_is_autoincrement:
 * @self: a #GsqlColumn
 *
 * Whether the database generates this column's values, the "auto" setting
 * resolved against its table (see #GsqlAutoincrement).
 *
 * Returns: %TRUE when the column is the table's generated key
 *
 * Since: 1.0
 */
gboolean
gsql_column_is_autoincrement (GsqlColumn *self)
{
  g_return_val_if_fail (GSQL_IS_COLUMN (self), FALSE);
  return self->table != NULL && gsql_table_get_autoincrement_column (self->table) == self;
}

/**
 * gsql_column_get_unique:
 * @self: a #GsqlColumn
 *
 * Returns: whether the column was declared unique
 *
 * Since: 1.0
 */
gboolean
gsql_column_get_unique (GsqlColumn *self)
{
  g_return_val_if_fail (GSQL_IS_COLUMN (self), FALSE);
  return self->unique;
}

/**
 * gsql_column_get_index:
 * @self: a #GsqlColumn
 *
 * Returns: whether the column was declared indexed
 *
 * Since: 1.0
 */
gboolean
gsql_column_get_index (GsqlColumn *self)
{
  g_return_val_if_fail (GSQL_IS_COLUMN (self), FALSE);
  return self->index;
}

/**
 * gsql_column_get_comment:
 * @self: a #GsqlColumn
 *
 * Returns: (nullable): the column's comment
 *
 * Since: 1.0
 */
const char *
gsql_column_get_comment (GsqlColumn *self)
{
  g_return_val_if_fail (GSQL_IS_COLUMN (self), NULL);
  return self->comment;
}

/**
 * gsql_column_get_server_default:
 * @self: a #GsqlColumn
 *
 * Returns: (nullable): the SQL text of the column's server default
 *
 * Since: 1.0
 */
const char *
gsql_column_get_server_default (GsqlColumn *self)
{
  g_return_val_if_fail (GSQL_IS_COLUMN (self), NULL);
  return self->server_default;
}

/**
 * gsql_column_get_foreign_key:
 * @self: a #GsqlColumn
 *
 * Returns: (nullable): the `"table.column"` the column was declared to
 *   refer to
 *
 * Since: 1.0
 */
const char *
gsql_column_get_foreign_key (GsqlColumn *self)
{
  g_return_val_if_fail (GSQL_IS_COLUMN (self), NULL);
  return self->foreign_key;
}

static void
generator_set_value (Generator *g, const GValue *value)
{
  generator_clear (g);
  if (value != NULL && G_IS_VALUE (value))
    {
      g_value_init (&g->value, G_VALUE_TYPE (value));
      g_value_copy (value, &g->value);
    }
  g->set = TRUE;
}

static void
generator_set_func (Generator *g, GsqlDefaultFunc func, gpointer user_data, GDestroyNotify destroy)
{
  generator_clear (g);
  g->func = func;
  g->user_data = user_data;
  g->destroy = destroy;
  g->set = func != NULL;
}

static gboolean
generator_compute (GsqlColumn *self, Generator *g, GValue *value)
{
  if (!g->set)
    return FALSE;
  if (g->func != NULL)
    g->func (self, value, g->user_data);
  else if (G_IS_VALUE (&g->value))
    {
      g_value_init (value, G_VALUE_TYPE (&g->value));
      g_value_copy (&g->value, value);
    }
  return TRUE;
}

/**
 * gsql_column_set_default_value:
 * @self: a #GsqlColumn
 * @value: (nullable): the value to insert when a row gives none; an unset
 *   value or %NULL means NULL
 *
 * Sets a client-side default, used by INSERTs that do not give the column.
 *
 * Since: 1.0
 */
void
gsql_column_set_default_value (GsqlColumn   *self,
                               const GValue *value)
{
  g_return_if_fail (GSQL_IS_COLUMN (self));
  generator_set_value (&self->def, value);
}

/**
 * gsql_column_set_default_func:
 * @self: a #GsqlColumn
 * @func: (scope notified) (nullable): called for each row that needs the default
 * @user_data: (closure): data for @func
 * @destroy: (destroy user_data) (nullable): frees @user_data
 *
 * Sets a client-side default computed per row (a timestamp, a UUID…).
 *
 * Since: 1.0
 */
void
gsql_column_set_default_func (GsqlColumn      *self,
                              GsqlDefaultFunc  func,
                              gpointer         user_data,
                              GDestroyNotify   destroy)
{
  g_return_if_fail (GSQL_IS_COLUMN (self));
  generator_set_func (&self->def, func, user_data, destroy);
}

/**
 * gsql_column_has_default:
 * @self: a #GsqlColumn
 *
 * Returns: whether the column has a client-side default
 *
 * Since: 1.0
 */
gboolean
gsql_column_has_default (GsqlColumn *self)
{
  g_return_val_if_fail (GSQL_IS_COLUMN (self), FALSE);
  return self->def.set;
}

/**
 * gsql_column_compute_default:
 * @self: a #GsqlColumn
 * @value: (out caller-allocates): an uninitialized #GValue
 *
 * Computes the client-side default for one row.
 *
 * Returns: %TRUE when the column has a default (@value may still be unset
 *   for a NULL default)
 *
 * Since: 1.0
 */
gboolean
gsql_column_compute_default (GsqlColumn *self,
                             GValue     *value)
{
  g_return_val_if_fail (GSQL_IS_COLUMN (self), FALSE);
  g_return_val_if_fail (value != NULL && !G_IS_VALUE (value), FALSE);
  return generator_compute (self, &self->def, value);
}

/**
 * gsql_column_set_onupdate_value:
 * @self: a #GsqlColumn
 * @value: (nullable): the value UPDATEs write when they do not set the
 *   column
 *
 * Sets a client-side on-update value.
 *
 * Since: 1.0
 */
void
gsql_column_set_onupdate_value (GsqlColumn   *self,
                                const GValue *value)
{
  g_return_if_fail (GSQL_IS_COLUMN (self));
  generator_set_value (&self->onupdate, value);
}

/**
 * gsql_column_set_onupdate_func:
 * @self: a #GsqlColumn
 * @func: (scope notified) (nullable): called for each updated row
 * @user_data: (closure): data for @func
 * @destroy: (destroy user_data) (nullable): frees @user_data
 *
 * Sets an on-update value computed per row (a modification time).
 *
 * Since: 1.0
 */
void
gsql_column_set_onupdate_func (GsqlColumn      *self,
                               GsqlDefaultFunc  func,
                               gpointer         user_data,
                               GDestroyNotify   destroy)
{
  g_return_if_fail (GSQL_IS_COLUMN (self));
  generator_set_func (&self->onupdate, func, user_data, destroy);
}

/**
 * gsql_column_has_onupdate:
 * @self: a #GsqlColumn
 *
 * Returns: whether the column has an on-update value
 *
 * Since: 1.0
 */
gboolean
gsql_column_has_onupdate (GsqlColumn *self)
{
  g_return_val_if_fail (GSQL_IS_COLUMN (self), FALSE);
  return self->onupdate.set;
}

/**
 * gsql_column_compute_onupdate:
 * @self: a #GsqlColumn
 * @value: (out caller-allocates): an uninitialized #GValue
 *
 * Computes the on-update value for one row.
 *
 * Returns: %TRUE when the column has an on-update value
 *
 * Since: 1.0
 */
gboolean
gsql_column_compute_onupdate (GsqlColumn *self,
                              GValue     *value)
{
  g_return_val_if_fail (GSQL_IS_COLUMN (self), FALSE);
  g_return_val_if_fail (value != NULL && !G_IS_VALUE (value), FALSE);
  return generator_compute (self, &self->onupdate, value);
}
