/* gsql-constraint.c: table constraints and indexes
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */

/**
 * SECTION:gsql-constraint
 * @title: GsqlConstraint
 * @short_description: primary keys, foreign keys, unique and check
 *   constraints, and indexes
 *
 * Constraints and indexes are made unattached and then added to a table,
 * which takes the floating reference:
 *
 * |[<!-- language="C" -->
 * const char *cols[] = { "order_id", "line", NULL };
 * const char *ref[] = { "id", "line_no", NULL };
 * GsqlConstraint *fk = gsql_constraint_new_foreign_key (NULL, cols, "order_line", ref);
 * gsql_constraint_set_on_delete (fk, GSQL_REFERENTIAL_ACTION_CASCADE);
 * if (!gsql_table_add_constraint (shipment, fk, &error))
 *   …
 * ]|
 *
 * A constraint without a name gets one from the metadata's naming
 * convention when it joins a table, if the convention has a template for
 * its kind ("pk", "fk", "uq", "ck"); an index without a name is named by
 * the "ix" template, which by default is `ix_%(column_0_label)s`.
 */

#include "config.h"

#include "gsql-core-private.h"
#include "gsql-schema-private.h"

struct _GsqlConstraint {
  GInitiallyUnowned parent_instance;

  GsqlConstraintKind kind;
  char *name;
  GStrv columns;
  GsqlTable *table;           /* weak */
  char *referred_table;
  GStrv referred_columns;
  GsqlReferentialAction on_delete;
  GsqlReferentialAction on_update;
  gboolean deferrable;
  gboolean initially_deferred;
  gboolean use_alter;
  char *sql_text;
};

/**
 * GsqlConstraint:
 *
 * A table constraint: primary key, foreign key (with its referred table
 * and ON DELETE/ON UPDATE actions), unique or check.
 *
 * Since: 1.0
 */
G_DEFINE_FINAL_TYPE (GsqlConstraint, gsql_constraint, G_TYPE_INITIALLY_UNOWNED)

static void
gsql_constraint_finalize (GObject *object)
{
  GsqlConstraint *self = GSQL_CONSTRAINT (object);

  g_free (self->name);
  g_strfreev (self->columns);
  g_free (self->referred_table);
  g_strfreev (self->referred_columns);
  g_free (self->sql_text);

  G_OBJECT_CLASS (gsql_constraint_parent_class)->finalize (object);
}

static void
gsql_constraint_class_init (GsqlConstraintClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gsql_constraint_finalize;
}

static void
gsql_constraint_init (GsqlConstraint *self)
{
}

static GsqlConstraint *
constraint_new (GsqlConstraintKind kind, const char *name, const char * const *columns)
{
  GsqlConstraint *self = g_object_new (GSQL_TYPE_CONSTRAINT, NULL);
  const char *none[] = { NULL };

  self->kind = kind;
  self->name = g_strdup (name);
  self->columns = g_strdupv ((char **) (columns ? columns : none));
  return self;
}

/**
 * gsql_constraint_new_primary_key:
 * @name: (nullable): the constraint's name
 * @columns: (array zero-terminated=1): the key's columns, in order
 *
 * Returns: (transfer floating): a PRIMARY KEY constraint
 *
 * Since: 1.0
 */
GsqlConstraint *
gsql_constraint_new_primary_key (const char         *name,
                                 const char * const *columns)
{
  g_return_val_if_fail (columns != NULL, NULL);
  return constraint_new (GSQL_CONSTRAINT_PRIMARY_KEY, name, columns);
}

/**
 * gsql_constraint_new_foreign_key:
 * @name: (nullable): the constraint's name
 * @columns: (array zero-terminated=1): the referring columns
 * @referred_table: the referred table's name, `"table"` or
 *   `"schema.table"`
 * @referred_columns: (array zero-terminated=1): the referred columns, as
 *   many as @columns
 *
 * Returns: (transfer floating): a FOREIGN KEY constraint
 *
 * Since: 1.0
 */
GsqlConstraint *
gsql_constraint_new_foreign_key (const char         *name,
                                 const char * const *columns,
                                 const char         *referred_table,
                                 const char * const *referred_columns)
{
  GsqlConstraint *self;

  g_return_val_if_fail (columns != NULL, NULL);
  g_return_val_if_fail (referred_table != NULL, NULL);
  g_return_val_if_fail (referred_columns != NULL, NULL);

  self = constraint_new (GSQL_CONSTRAINT_FOREIGN_KEY, name, columns);
  self->referred_table = g_strdup (referred_table);
  self->referred_columns = g_strdupv ((char **) referred_columns);
  return self;
}

/**
 * gsql_constraint_new_unique:
 * @name: (nullable): the constraint's name
 * @columns: (array zero-terminated=1): the columns that are unique together
 *
 * Returns: (transfer floating): a UNIQUE constraint
 *
 * Since: 1.0
 */
GsqlConstraint *
gsql_constraint_new_unique (const char         *name,
                            const char * const *columns)
{
  g_return_val_if_fail (columns != NULL, NULL);
  return constraint_new (GSQL_CONSTRAINT_UNIQUE, name, columns);
}

/**
 * gsql_constraint_new_check:
 * @name: (nullable): the constraint's name
 * @sql_text: the condition, as SQL text written into the DDL as is
 *
 * Returns: (transfer floating): a CHECK constraint
 *
 * Since: 1.0
 */
GsqlConstraint *
gsql_constraint_new_check (const char *name,
                           const char *sql_text)
{
  GsqlConstraint *self;

  g_return_val_if_fail (sql_text != NULL, NULL);

  self = constraint_new (GSQL_CONSTRAINT_CHECK, name, NULL);
  self->sql_text = g_strdup (sql_text);
  return self;
}

/**
 * gsql_constraint_get_kind:
 * @self: a #GsqlConstraint
 *
 * Returns: the constraint's kind
 *
 * Since: 1.0
 */
GsqlConstraintKind
gsql_constraint_get_kind (GsqlConstraint *self)
{
  g_return_val_if_fail (GSQL_IS_CONSTRAINT (self), GSQL_CONSTRAINT_CHECK);
  return self->kind;
}

/**
 * gsql_constraint_get_name:
 * @self: a #GsqlConstraint
 *
 * Returns: (nullable): the constraint's name
 *
 * Since: 1.0
 */
const char *
gsql_constraint_get_name (GsqlConstraint *self)
{
  g_return_val_if_fail (GSQL_IS_CONSTRAINT (self), NULL);
  return self->name;
}

/**
 * gsql_constraint_set_name:
 * @self: a #GsqlConstraint
 * @name: (nullable): the new name
 *
 * Names the constraint.
 *
 * Since: 1.0
 */
void
gsql_constraint_set_name (GsqlConstraint *self,
                          const char     *name)
{
  g_return_if_fail (GSQL_IS_CONSTRAINT (self));
  g_free (self->name);
  self->name = g_strdup (name);
}

/**
 * gsql_constraint_get_columns:
 * @self: a #GsqlConstraint
 *
 * Returns: (array zero-terminated=1) (transfer none): the constraint's
 *   columns (empty for a CHECK)
 *
 * Since: 1.0
 */
const char * const *
gsql_constraint_get_columns (GsqlConstraint *self)
{
  g_return_val_if_fail (GSQL_IS_CONSTRAINT (self), NULL);
  return (const char * const *) self->columns;
}

void
_gsql_constraint_set_columns (GsqlConstraint     *self,
                              const char * const *columns)
{
  g_strfreev (self->columns);
  self->columns = g_strdupv ((char **) columns);
}

/**
 * gsql_constraint_get_table:
 * @self: a #GsqlConstraint
 *
 * Returns: (transfer none) (nullable): the table the constraint belongs to
 *
 * Since: 1.0
 */
GsqlTable *
gsql_constraint_get_table (GsqlConstraint *self)
{
  g_return_val_if_fail (GSQL_IS_CONSTRAINT (self), NULL);
  return self->table;
}

void
_gsql_constraint_set_table (GsqlConstraint *self,
                            GsqlTable      *table)
{
  self->table = table;
}

/**
 * gsql_constraint_get_referred_table:
 * @self: a #GsqlConstraint
 *
 * Returns: (nullable): the name of the table a foreign key refers to, as
 *   given
 *
 * Since: 1.0
 */
const char *
gsql_constraint_get_referred_table (GsqlConstraint *self)
{
  g_return_val_if_fail (GSQL_IS_CONSTRAINT (self), NULL);
  return self->referred_table;
}

/**
 * gsql_constraint_get_referred_columns:
 * @self: a #GsqlConstraint
 *
 * Returns: (nullable) (array zero-terminated=1) (transfer none): the
 *   columns a foreign key refers to
 *
 * Since: 1.0
 */
const char * const *
gsql_constraint_get_referred_columns (GsqlConstraint *self)
{
  g_return_val_if_fail (GSQL_IS_CONSTRAINT (self), NULL);
  return (const char * const *) self->referred_columns;
}

/**
 * gsql_constraint_resolve_referred_table:
 * @self: a foreign-key #GsqlConstraint that belongs to a table
 * @error: return location for a #GError
 *
 * Finds the table a foreign key refers to in its table's metadata, and
 * checks that the referred columns exist.
 *
 * Returns: (transfer none): the referred table, or %NULL with
 *   %GSQL_ERROR_INVALID_ARGUMENT
 *
 * Since: 1.0
 */
GsqlTable *
gsql_constraint_resolve_referred_table (GsqlConstraint  *self,
                                        GError         **error)
{
  GsqlMetaData *md;
  GsqlTable *target = NULL;
  const char *dot;
  guint i;
  g_autofree char *own = NULL;

  g_return_val_if_fail (GSQL_IS_CONSTRAINT (self), NULL);

  _gsql_core_init ();
  if (self->kind != GSQL_CONSTRAINT_FOREIGN_KEY || self->table == NULL)
    {
      g_set_error_literal (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                           _("Only a foreign key that belongs to a table refers to another table"));
      return NULL;
    }
  own = gsql_table_dup_fullname (self->table);
  md = gsql_table_get_metadata (self->table);
  dot = strrchr (self->referred_table, '.');
  if (md != NULL)
    {
      if (dot != NULL)
        {
          g_autofree char *schema = g_strndup (self->referred_table, dot - self->referred_table);
          target = gsql_metadata_get_table_in_schema (md, schema, dot + 1);
        }
      if (target == NULL)
        target = gsql_metadata_get_table_in_schema (md, gsql_table_get_schema (self->table),
                                                    self->referred_table);
      if (target == NULL)
        target = gsql_metadata_get_table (md, self->referred_table);
    }
  if (target == NULL)
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("The foreign key of table “%s” refers to table “%s”, which is not in its metadata"),
                   own, self->referred_table);
      return NULL;
    }
  for (i = 0; self->referred_columns[i] != NULL; i++)
    if (gsql_table_get_column (target, self->referred_columns[i]) == NULL)
      {
        g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                     _("The foreign key of table “%s” refers to column “%s” of table “%s”, which has no such column"),
                     own, self->referred_columns[i], self->referred_table);
        return NULL;
      }
  return target;
}

/**
 * gsql_constraint_get_on_delete:
 * @self: a #GsqlConstraint
 *
 * Returns: what a foreign key does when the referred row is deleted
 *
 * Since: 1.0
 */
GsqlReferentialAction
gsql_constraint_get_on_delete (GsqlConstraint *self)
{
  g_return_val_if_fail (GSQL_IS_CONSTRAINT (self), GSQL_REFERENTIAL_ACTION_DEFAULT);
  return self->on_delete;
}

/**
 * gsql_constraint_set_on_delete:
 * @self: a foreign-key #GsqlConstraint
 * @action: the ON DELETE action
 *
 * Sets the ON DELETE action.
 *
 * Since: 1.0
 */
void
gsql_constraint_set_on_delete (GsqlConstraint        *self,
                               GsqlReferentialAction  action)
{
  g_return_if_fail (GSQL_IS_CONSTRAINT (self));
  self->on_delete = action;
}

/**
 * gsql_constraint_get_on_update:
 * @self: a #GsqlConstraint
 *
 * Returns: what a foreign key does when the referred key changes
 *
 * Since: 1.0
 */
GsqlReferentialAction
gsql_constraint_get_on_update (GsqlConstraint *self)
{
  g_return_val_if_fail (GSQL_IS_CONSTRAINT (self), GSQL_REFERENTIAL_ACTION_DEFAULT);
  return self->on_update;
}

/**
 * gsql_constraint_set_on_update:
 * @self: a foreign-key #GsqlConstraint
 * @action: the ON UPDATE action
 *
 * Sets the ON UPDATE action.
 *
 * Since: 1.0
 */
void
gsql_constraint_set_on_update (GsqlConstraint        *self,
                               GsqlReferentialAction  action)
{
  g_return_if_fail (GSQL_IS_CONSTRAINT (self));
  self->on_update = action;
}

/**
 * gsql_constraint_get_deferrable:
 * @self: a #GsqlConstraint
 *
 * Returns: whether the constraint is DEFERRABLE (PostgreSQL)
 *
 * Since: 1.0
 */
gboolean
gsql_constraint_get_deferrable (GsqlConstraint *self)
{
  g_return_val_if_fail (GSQL_IS_CONSTRAINT (self), FALSE);
  return self->deferrable;
}

/**
 * gsql_constraint_set_deferrable:
 * @self: a #GsqlConstraint
 * @deferrable: whether the check may wait until commit
 * @initially_deferred: whether it waits by default
 *
 * Makes the constraint DEFERRABLE, where the dialect has it (PostgreSQL).
 *
 * Since: 1.0
 */
void
gsql_constraint_set_deferrable (GsqlConstraint *self,
                                gboolean        deferrable,
                                gboolean        initially_deferred)
{
  g_return_if_fail (GSQL_IS_CONSTRAINT (self));
  self->deferrable = !!deferrable;
  self->initially_deferred = deferrable && initially_deferred;
}

/**
 * gsql_constraint_get_initially_deferred:
 * @self: a #GsqlConstraint
 *
 * Returns: whether the constraint is INITIALLY DEFERRED
 *
 * Since: 1.0
 */
gboolean
gsql_constraint_get_initially_deferred (GsqlConstraint *self)
{
  g_return_val_if_fail (GSQL_IS_CONSTRAINT (self), FALSE);
  return self->initially_deferred;
}

/**
 * gsql_constraint_get_use_alter:
 * @self: a #GsqlConstraint
 *
 * Returns: whether a foreign key is created by ALTER TABLE after the
 *   tables rather than inside CREATE TABLE (set for foreign keys in a
 *   cycle)
 *
 * Since: 1.0
 */
gboolean
gsql_constraint_get_use_alter (GsqlConstraint *self)
{
  g_return_val_if_fail (GSQL_IS_CONSTRAINT (self), FALSE);
  return self->use_alter;
}

/**
 * gsql_constraint_set_use_alter:
 * @self: a foreign-key #GsqlConstraint
 * @use_alter: whether to add it with ALTER TABLE
 *
 * Creates the foreign key with ALTER TABLE after all tables exist (and
 * drops it before them), as foreign keys in a cycle need.
 *
 * Since: 1.0
 */
void
gsql_constraint_set_use_alter (GsqlConstraint *self,
                               gboolean        use_alter)
{
  g_return_if_fail (GSQL_IS_CONSTRAINT (self));
  self->use_alter = !!use_alter;
}

/**
 * gsql_constraint_get_sql_text:
 * @self: a #GsqlConstraint
 *
 * Returns: (nullable): the condition of a CHECK constraint
 *
 * Since: 1.0
 */
const char *
gsql_constraint_get_sql_text (GsqlConstraint *self)
{
  g_return_val_if_fail (GSQL_IS_CONSTRAINT (self), NULL);
  return self->sql_text;
}

/* Indexes */

struct _GsqlIndex {
  GInitiallyUnowned parent_instance;

  char *name;
  gboolean unique;
  GStrv columns;
  GsqlTable *table;      /* weak */
};

/**
 * GsqlIndex:
 *
 * An index of a #GsqlTable: its name, columns and uniqueness.
 *
 * Since: 1.0
 */
G_DEFINE_FINAL_TYPE (GsqlIndex, gsql_index, G_TYPE_INITIALLY_UNOWNED)

static void
gsql_index_finalize (GObject *object)
{
  GsqlIndex *self = GSQL_INDEX (object);

  g_free (self->name);
  g_strfreev (self->columns);

  G_OBJECT_CLASS (gsql_index_parent_class)->finalize (object);
}

static void
gsql_index_class_init (GsqlIndexClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gsql_index_finalize;
}

static void
gsql_index_init (GsqlIndex *self)
{
}

/**
 * gsql_index_new:
 * @name: (nullable): the index's name; %NULL to name it by the metadata's
 *   "ix" convention
 * @unique: whether it is a unique index
 * @columns: (array zero-terminated=1): the indexed columns, in order
 *
 * Returns: (transfer floating): an index
 *
 * Since: 1.0
 */
GsqlIndex *
gsql_index_new (const char         *name,
                gboolean            unique,
                const char * const *columns)
{
  GsqlIndex *self;

  g_return_val_if_fail (columns != NULL, NULL);

  self = g_object_new (GSQL_TYPE_INDEX, NULL);
  self->name = g_strdup (name);
  self->unique = !!unique;
  self->columns = g_strdupv ((char **) columns);
  return self;
}

/**
 * gsql_index_get_name:
 * @self: a #GsqlIndex
 *
 * Returns: (nullable): the index's name
 *
 * Since: 1.0
 */
const char *
gsql_index_get_name (GsqlIndex *self)
{
  g_return_val_if_fail (GSQL_IS_INDEX (self), NULL);
  return self->name;
}

void
_gsql_index_set_name (GsqlIndex  *self,
                      const char *name)
{
  g_free (self->name);
  self->name = g_strdup (name);
}

/**
 * gsql_index_get_unique:
 * @self: a #GsqlIndex
 *
 * Returns: whether the index is unique
 *
 * Since: 1.0
 */
gboolean
gsql_index_get_unique (GsqlIndex *self)
{
  g_return_val_if_fail (GSQL_IS_INDEX (self), FALSE);
  return self->unique;
}

/**
 * gsql_index_get_columns:
 * @self: a #GsqlIndex
 *
 * Returns: (array zero-terminated=1) (transfer none): the indexed columns
 *
 * Since: 1.0
 */
const char * const *
gsql_index_get_columns (GsqlIndex *self)
{
  g_return_val_if_fail (GSQL_IS_INDEX (self), NULL);
  return (const char * const *) self->columns;
}

/**
 * gsql_index_get_table:
 * @self: a #GsqlIndex
 *
 * Returns: (transfer none) (nullable): the table the index belongs to
 *
 * Since: 1.0
 */
GsqlTable *
gsql_index_get_table (GsqlIndex *self)
{
  g_return_val_if_fail (GSQL_IS_INDEX (self), NULL);
  return self->table;
}

void
_gsql_index_set_table (GsqlIndex *self,
                       GsqlTable *table)
{
  self->table = table;
}
