/* gsql-table.c: a table of a schema
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */

/**
 * SECTION:gsql-table
 * @title: GsqlTable
 * @short_description: columns, keys, constraints and indexes of a table
 *
 * A #GsqlTable belongs to a #GsqlMetaData, which makes it with
 * gsql_metadata_add_table() and owns it.  Its columns keep their order;
 * the primary key is gathered from the columns marked
 * #GsqlColumn:primary-key (or given as a constraint, which also fixes the
 * order of a composite key); column shortcuts (#GsqlColumn:unique,
 * #GsqlColumn:index, #GsqlColumn:foreign-key) become constraints and
 * indexes of the table as the column joins it.
 *
 * Definitions that cannot become valid SQL are refused with a #GError in
 * the %GSQL_ERROR domain (%GSQL_ERROR_INVALID_ARGUMENT): a duplicate or
 * empty column name, a constraint on a column the table lacks, a
 * primary-key column declared nullable.  gsql_table_validate() also checks
 * what can only be known once every table exists: foreign keys that refer
 * to unknown tables or columns, and tables without columns.
 */

#include "config.h"

#include <string.h>

#include "gsql-core-private.h"
#include "gsql-schema-private.h"

struct _GsqlTable {
  GObject parent_instance;

  GsqlMetaData *metadata;     /* weak: the metadata owns the table */
  char *schema;
  char *name;
  char *comment;
  GPtrArray *columns;         /* GsqlColumn */
  GsqlConstraint *pk;         /* NULL until a key column or constraint */
  gboolean pk_explicit;
  GPtrArray *constraints;     /* GsqlConstraint, the key not included */
  GPtrArray *indexes;         /* GsqlIndex */
};

/**
 * GsqlTable:
 *
 * A table of a #GsqlMetaData: its columns, constraints and indexes; usable
 * in the expression language.
 *
 * Since: 1.0
 */
G_DEFINE_FINAL_TYPE (GsqlTable, gsql_table, G_TYPE_OBJECT)

static void
gsql_table_dispose (GObject *object)
{
  GsqlTable *self = GSQL_TABLE (object);
  guint i;

  if (self->columns != NULL)
    for (i = 0; i < self->columns->len; i++)
      _gsql_column_set_table (g_ptr_array_index (self->columns, i), NULL);
  if (self->constraints != NULL)
    for (i = 0; i < self->constraints->len; i++)
      _gsql_constraint_set_table (g_ptr_array_index (self->constraints, i), NULL);
  if (self->indexes != NULL)
    for (i = 0; i < self->indexes->len; i++)
      _gsql_index_set_table (g_ptr_array_index (self->indexes, i), NULL);
  if (self->pk != NULL)
    _gsql_constraint_set_table (self->pk, NULL);

  G_OBJECT_CLASS (gsql_table_parent_class)->dispose (object);
}

static void
gsql_table_finalize (GObject *object)
{
  GsqlTable *self = GSQL_TABLE (object);

  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->constraints, g_ptr_array_unref);
  g_clear_pointer (&self->indexes, g_ptr_array_unref);
  g_clear_object (&self->pk);
  g_free (self->schema);
  g_free (self->name);
  g_free (self->comment);

  G_OBJECT_CLASS (gsql_table_parent_class)->finalize (object);
}

static void
gsql_table_class_init (GsqlTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gsql_table_dispose;
  object_class->finalize = gsql_table_finalize;
}

static void
gsql_table_init (GsqlTable *self)
{
  self->columns = g_ptr_array_new_with_free_func (g_object_unref);
  self->constraints = g_ptr_array_new_with_free_func (g_object_unref);
  self->indexes = g_ptr_array_new_with_free_func (g_object_unref);
}

GsqlTable *
_gsql_table_new (GsqlMetaData *metadata,
                 const char   *schema,
                 const char   *name)
{
  GsqlTable *self = g_object_new (GSQL_TYPE_TABLE, NULL);

  self->metadata = metadata;
  self->schema = g_strdup (schema);
  self->name = g_strdup (name);
  return self;
}

void
_gsql_table_detach (GsqlTable *self)
{
  self->metadata = NULL;
}

/**
 * gsql_table_get_name:
 * @self: a #GsqlTable
 *
 * Returns: the table's name
 *
 * Since: 1.0
 */
const char *
gsql_table_get_name (GsqlTable *self)
{
  g_return_val_if_fail (GSQL_IS_TABLE (self), NULL);
  return self->name;
}

/**
 * gsql_table_get_schema:
 * @self: a #GsqlTable
 *
 * Returns: (nullable): the table's schema, or %NULL for the connection's
 *   default
 *
 * Since: 1.0
 */
const char *
gsql_table_get_schema (GsqlTable *self)
{
  g_return_val_if_fail (GSQL_IS_TABLE (self), NULL);
  return self->schema;
}

/**
 * gsql_table_dup_fullname:
 * @self: a #GsqlTable
 *
 * Returns: (transfer full): `schema.name`, or the name without a schema
 *
 * Since: 1.0
 */
char *
gsql_table_dup_fullname (GsqlTable *self)
{
  g_return_val_if_fail (GSQL_IS_TABLE (self), NULL);
  return self->schema ? g_strconcat (self->schema, ".", self->name, NULL) : g_strdup (self->name);
}

/**
 * gsql_table_get_metadata:
 * @self: a #GsqlTable
 *
 * Returns: (transfer none) (nullable): the metadata that holds the table
 *
 * Since: 1.0
 */
GsqlMetaData *
gsql_table_get_metadata (GsqlTable *self)
{
  g_return_val_if_fail (GSQL_IS_TABLE (self), NULL);
  return self->metadata;
}

/**
 * gsql_table_get_comment:
 * @self: a #GsqlTable
 *
 * Returns: (nullable): the table's comment
 *
 * Since: 1.0
 */
const char *
gsql_table_get_comment (GsqlTable *self)
{
  g_return_val_if_fail (GSQL_IS_TABLE (self), NULL);
  return self->comment;
}

/**
 * gsql_table_set_comment:
 * @self: a #GsqlTable
 * @comment: (nullable): a comment stored with the table where the
 *   database can
 *
 * Sets the table's comment.
 *
 * Since: 1.0
 */
void
gsql_table_set_comment (GsqlTable  *self,
                        const char *comment)
{
  g_return_if_fail (GSQL_IS_TABLE (self));
  g_free (self->comment);
  self->comment = g_strdup (comment);
}

static gboolean
check_name (const char *what, const char *name, GsqlTable *self, GError **error)
{
  if (name == NULL || *name == '\0')
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("A %s of table “%s” has an empty name"), what, self->name);
      return FALSE;
    }
  if (!g_utf8_validate (name, -1, NULL))
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("A %s name of table “%s” is not valid UTF-8"), what, self->name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_columns (GsqlTable *self, const char * const *columns, const char *what, GError **error)
{
  guint i, j;

  if (columns == NULL || columns[0] == NULL)
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("A %s of table “%s” names no columns"), what, self->name);
      return FALSE;
    }
  for (i = 0; columns[i] != NULL; i++)
    {
      if (gsql_table_get_column (self, columns[i]) == NULL)
        {
          g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                       _("A %s of table “%s” names column “%s”, which the table does not have"),
                       what, self->name, columns[i]);
          return FALSE;
        }
      for (j = 0; j < i; j++)
        if (g_str_equal (columns[i], columns[j]))
          {
            g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                         _("A %s of table “%s” names column “%s” twice"),
                         what, self->name, columns[i]);
            return FALSE;
          }
    }
  return TRUE;
}

static void
name_constraint (GsqlTable *self, GsqlConstraint *c)
{
  static const char *const keys[] = { "pk", "fk", "uq", "ck" };
  g_autofree char *name = NULL;

  if (gsql_constraint_get_name (c) != NULL || self->metadata == NULL)
    return;
  name = _gsql_metadata_apply_convention (self->metadata, keys[gsql_constraint_get_kind (c)], self,
                                          gsql_constraint_get_columns (c),
                                          gsql_constraint_get_referred_table (c),
                                          gsql_constraint_get_referred_columns (c),
                                          NULL);
  if (name != NULL)
    gsql_constraint_set_name (c, name);
}

static gboolean
set_primary_key (GsqlTable *self, GsqlConstraint *pk, GError **error)
{
  const char * const *cols = gsql_constraint_get_columns (pk);
  guint i;

  for (i = 0; cols[i] != NULL; i++)
    {
      GsqlColumn *col = gsql_table_get_column (self, cols[i]);
      if (_gsql_column_nullable_was_set (col) && gsql_column_get_nullable (col))
        {
          g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                       _("Column “%s” of table “%s” is in the primary key but declared nullable"),
                       cols[i], self->name);
          return FALSE;
        }
    }
  /* An explicit key replaces the one gathered from column flags. */
  for (i = 0; i < self->columns->len; i++)
    _gsql_column_set_primary_key (g_ptr_array_index (self->columns, i), FALSE);
  for (i = 0; cols[i] != NULL; i++)
    _gsql_column_set_primary_key (gsql_table_get_column (self, cols[i]), TRUE);
  if (self->pk != NULL)
    {
      _gsql_constraint_set_table (self->pk, NULL);
      g_object_unref (self->pk);
    }
  self->pk = g_object_ref_sink (pk);
  _gsql_constraint_set_table (pk, self);
  name_constraint (self, pk);
  return TRUE;
}

static gboolean
add_column_pk (GsqlTable *self, GsqlColumn *column, GError **error)
{
  if (_gsql_column_nullable_was_set (column) && gsql_column_get_nullable (column))
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("Column “%s” of table “%s” is in the primary key but declared nullable"),
                   gsql_column_get_name (column), self->name);
      return FALSE;
    }
  if (self->pk == NULL)
    {
      const char *cols[] = { gsql_column_get_name (column), NULL };
      self->pk = g_object_ref_sink (gsql_constraint_new_primary_key (NULL, cols));
      _gsql_constraint_set_table (self->pk, self);
      name_constraint (self, self->pk);
    }
  else
    {
      g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
      g_auto(GStrv) cols = NULL;

      g_strv_builder_addv (b, (const char **) gsql_constraint_get_columns (self->pk));
      g_strv_builder_add (b, gsql_column_get_name (column));
      cols = g_strv_builder_end (b);
      _gsql_constraint_set_columns (self->pk, (const char * const *) cols);
    }
  return TRUE;
}

/**
 * gsql_table_add_column:
 * @self: a #GsqlTable
 * @column: (transfer floating): a column that belongs to no table
 * @error: return location for a #GError
 *
 * Adds a column after the others, with the constraints and index its
 * shortcut properties ask for.  The table takes @column's floating
 * reference, also when it refuses it.
 *
 * Returns: %TRUE on success; %FALSE with %GSQL_ERROR_INVALID_ARGUMENT for a
 *   duplicate or invalid name, a nullable primary-key column or a bad
 *   foreign-key shortcut
 *
 * Since: 1.0
 */
gboolean
gsql_table_add_column (GsqlTable   *self,
                       GsqlColumn  *column,
                       GError     **error)
{
  g_autoptr(GsqlColumn) col = NULL;
  const char *name;

  g_return_val_if_fail (GSQL_IS_TABLE (self), FALSE);
  g_return_val_if_fail (GSQL_IS_COLUMN (column), FALSE);

  _gsql_core_init ();
  col = g_object_ref_sink (column);
  name = gsql_column_get_name (col);

  if (gsql_column_get_table (col) != NULL)
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("Column “%s” already belongs to a table"), name ? name : "");
      return FALSE;
    }
  if (!check_name (C_("table part", "column"), name, self, error))
    return FALSE;
  if (gsql_table_get_column (self, name) != NULL)
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("Table “%s” already has a column named “%s”"), self->name, name);
      return FALSE;
    }
  if (gsql_column_get_primary_key (col) && self->pk_explicit)
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("Table “%s” has an explicit primary key; column “%s” cannot join it"),
                   self->name, name);
      return FALSE;
    }
  if (gsql_column_get_primary_key (col) && !add_column_pk (self, col, error))
    return FALSE;

  g_ptr_array_add (self->columns, g_object_ref (col));
  _gsql_column_set_table (col, self);

  if (gsql_column_get_foreign_key (col) != NULL)
    {
      const char *target = gsql_column_get_foreign_key (col);
      const char *dot = strrchr (target, '.');
      const char *cols[] = { name, NULL };
      const char *ref[] = { dot ? dot + 1 : NULL, NULL };
      g_autofree char *table = NULL;

      if (dot == NULL || dot == target || dot[1] == '\0')
        {
          g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                       _("The foreign key “%s” of column “%s” is not of the form table.column"),
                       target, name);
          goto undo;
        }
      table = g_strndup (target, dot - target);
      if (!gsql_table_add_constraint (self, gsql_constraint_new_foreign_key (NULL, cols, table, ref), error))
        goto undo;
    }
  if (gsql_column_get_unique (col))
    {
      const char *cols[] = { name, NULL };
      if (!gsql_table_add_constraint (self, gsql_constraint_new_unique (NULL, cols), error))
        goto undo;
    }
  if (gsql_column_get_index (col))
    {
      const char *cols[] = { name, NULL };
      if (!gsql_table_add_index (self, gsql_index_new (NULL, FALSE, cols), error))
        goto undo;
    }
  return TRUE;

undo:
  /* Leave the table as it was: drop what the column added. */
  {
    guint i;
    for (i = self->constraints->len; i > 0; i--)
      {
        GsqlConstraint *c = g_ptr_array_index (self->constraints, i - 1);
        const char * const *cc = gsql_constraint_get_columns (c);
        if (cc[0] != NULL && cc[1] == NULL && g_str_equal (cc[0], name))
          {
            _gsql_constraint_set_table (c, NULL);
            g_ptr_array_remove_index (self->constraints, i - 1);
          }
      }
    if (gsql_column_get_primary_key (col) && self->pk != NULL)
      {
        g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
        g_auto(GStrv) rest = NULL;
        const char * const *pc = gsql_constraint_get_columns (self->pk);
        for (i = 0; pc[i] != NULL; i++)
          if (!g_str_equal (pc[i], name))
            g_strv_builder_add (b, pc[i]);
        rest = g_strv_builder_end (b);
        if (rest[0] == NULL)
          {
            _gsql_constraint_set_table (self->pk, NULL);
            g_clear_object (&self->pk);
          }
        else
          _gsql_constraint_set_columns (self->pk, (const char * const *) rest);
      }
    _gsql_column_set_table (col, NULL);
    g_ptr_array_remove (self->columns, col);
  }
  return FALSE;
}

/**
 * gsql_table_get_n_columns:
 * @self: a #GsqlTable
 *
 * Returns: the number of columns
 *
 * Since: 1.0
 */
guint
gsql_table_get_n_columns (GsqlTable *self)
{
  g_return_val_if_fail (GSQL_IS_TABLE (self), 0);
  return self->columns->len;
}

/**
 * gsql_table_get_column_at:
 * @self: a #GsqlTable
 * @index: a column position
 *
 * Returns: (transfer none) (nullable): the column at @index
 *
 * Since: 1.0
 */
GsqlColumn *
gsql_table_get_column_at (GsqlTable *self,
                          guint      index)
{
  g_return_val_if_fail (GSQL_IS_TABLE (self), NULL);
  return index < self->columns->len ? g_ptr_array_index (self->columns, index) : NULL;
}

/**
 * gsql_table_get_column:
 * @self: a #GsqlTable
 * @name: a column name
 *
 * Returns: (transfer none) (nullable): the column called @name
 *
 * Since: 1.0
 */
GsqlColumn *
gsql_table_get_column (GsqlTable  *self,
                       const char *name)
{
  guint i;

  g_return_val_if_fail (GSQL_IS_TABLE (self), NULL);
  if (name == NULL)
    return NULL;
  for (i = 0; i < self->columns->len; i++)
    {
      GsqlColumn *c = g_ptr_array_index (self->columns, i);
      if (g_strcmp0 (gsql_column_get_name (c), name) == 0)
        return c;
    }
  return NULL;
}

/**
 * gsql_table_get_primary_key:
 * @self: a #GsqlTable
 *
 * Returns: (transfer container) (element-type GsqlColumn): the primary-key
 *   columns in key order (empty when the table has none)
 *
 * Since: 1.0
 */
GPtrArray *
gsql_table_get_primary_key (GsqlTable *self)
{
  GPtrArray *cols;
  guint i;

  g_return_val_if_fail (GSQL_IS_TABLE (self), NULL);

  cols = g_ptr_array_new ();
  if (self->pk != NULL)
    {
      const char * const *names = gsql_constraint_get_columns (self->pk);
      for (i = 0; names[i] != NULL; i++)
        g_ptr_array_add (cols, gsql_table_get_column (self, names[i]));
    }
  return cols;
}

/**
 * gsql_table_get_primary_key_name:
 * @self: a #GsqlTable
 *
 * Returns: (nullable): the name of the primary-key constraint
 *
 * Since: 1.0
 */
const char *
gsql_table_get_primary_key_name (GsqlTable *self)
{
  g_return_val_if_fail (GSQL_IS_TABLE (self), NULL);
  return self->pk ? gsql_constraint_get_name (self->pk) : NULL;
}

static gboolean
column_has_foreign_key (GsqlTable *self, const char *name)
{
  guint i, j;

  for (i = 0; i < self->constraints->len; i++)
    {
      GsqlConstraint *c = g_ptr_array_index (self->constraints, i);
      const char * const *cols;

      if (gsql_constraint_get_kind (c) != GSQL_CONSTRAINT_FOREIGN_KEY)
        continue;
      cols = gsql_constraint_get_columns (c);
      for (j = 0; cols[j] != NULL; j++)
        if (g_str_equal (cols[j], name))
          return TRUE;
    }
  return FALSE;
}

/**
 * gsql_table_get_autoincrement_column:
 * @self: a #GsqlTable
 *
 * The column whose values the database generates: a primary-key column
 * with #GSQL_AUTOINCREMENT_ALWAYS, or the only primary-key column when it
 * is #GSQL_AUTOINCREMENT_AUTO, of an integer type and without a foreign
 * key.
 *
 * Returns: (transfer none) (nullable): the column, or %NULL
 *
 * Since: 1.0
 */
GsqlColumn *
gsql_table_get_autoincrement_column (GsqlTable *self)
{
  const char * const *names;
  GsqlColumn *only;
  GsqlTypeKind kind;
  guint i;

  g_return_val_if_fail (GSQL_IS_TABLE (self), NULL);

  if (self->pk == NULL)
    return NULL;
  names = gsql_constraint_get_columns (self->pk);
  for (i = 0; names[i] != NULL; i++)
    {
      GsqlColumn *c = gsql_table_get_column (self, names[i]);
      if (gsql_column_get_autoincrement (c) == GSQL_AUTOINCREMENT_ALWAYS)
        return c;
    }
  if (names[0] == NULL || names[1] != NULL)
    return NULL;
  only = gsql_table_get_column (self, names[0]);
  if (gsql_column_get_autoincrement (only) != GSQL_AUTOINCREMENT_AUTO)
    return NULL;
  kind = gsql_sql_type_get_kind (gsql_column_get_sql_type (only));
  if (kind != GSQL_TYPE_KIND_INTEGER && kind != GSQL_TYPE_KIND_SMALL_INTEGER &&
      kind != GSQL_TYPE_KIND_BIG_INTEGER)
    return NULL;
  if (column_has_foreign_key (self, names[0]))
    return NULL;
  return only;
}

/**
 * gsql_table_add_constraint:
 * @self: a #GsqlTable
 * @constraint: (transfer floating): a constraint that belongs to no table
 * @error: return location for a #GError
 *
 * Adds a constraint.  A primary key replaces the key gathered from the
 * columns' #GsqlColumn:primary-key flags and fixes the key's column order.
 * Unnamed constraints are named by the metadata's naming convention, where
 * it has a template for their kind.  The table takes the floating
 * reference, also when it refuses the constraint.
 *
 * Returns: %TRUE on success; %FALSE with %GSQL_ERROR_INVALID_ARGUMENT when
 *   it names columns the table lacks
 *
 * Since: 1.0
 */
gboolean
gsql_table_add_constraint (GsqlTable       *self,
                           GsqlConstraint  *constraint,
                           GError         **error)
{
  g_autoptr(GsqlConstraint) c = NULL;
  GsqlConstraintKind kind;

  g_return_val_if_fail (GSQL_IS_TABLE (self), FALSE);
  g_return_val_if_fail (GSQL_IS_CONSTRAINT (constraint), FALSE);

  _gsql_core_init ();
  c = g_object_ref_sink (constraint);
  kind = gsql_constraint_get_kind (c);

  if (gsql_constraint_get_table (c) != NULL)
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("The constraint already belongs to a table"));
      return FALSE;
    }
  if (gsql_constraint_get_name (c) != NULL && !check_name (C_("table part", "constraint"), gsql_constraint_get_name (c), self, error))
    return FALSE;
  if (kind != GSQL_CONSTRAINT_CHECK &&
      !check_columns (self, gsql_constraint_get_columns (c),
                      kind == GSQL_CONSTRAINT_PRIMARY_KEY ? C_("table part", "primary key") :
                      kind == GSQL_CONSTRAINT_FOREIGN_KEY ? C_("table part", "foreign key") : C_("table part", "unique constraint"),
                      error))
    return FALSE;
  if (kind == GSQL_CONSTRAINT_FOREIGN_KEY &&
      g_strv_length ((char **) gsql_constraint_get_columns (c)) !=
      g_strv_length ((char **) gsql_constraint_get_referred_columns (c)))
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("A foreign key of table “%s” has %u columns but refers to %u"),
                   self->name, g_strv_length ((char **) gsql_constraint_get_columns (c)),
                   g_strv_length ((char **) gsql_constraint_get_referred_columns (c)));
      return FALSE;
    }
  if (kind == GSQL_CONSTRAINT_PRIMARY_KEY)
    {
      if (!set_primary_key (self, c, error))
        return FALSE;
      self->pk_explicit = TRUE;
      return TRUE;
    }

  _gsql_constraint_set_table (c, self);
  name_constraint (self, c);
  g_ptr_array_add (self->constraints, g_object_ref (c));
  return TRUE;
}

/**
 * gsql_table_get_constraints:
 * @self: a #GsqlTable
 *
 * Returns: (transfer container) (element-type GsqlConstraint): the
 *   primary key first, then the other constraints in the order they were
 *   added
 *
 * Since: 1.0
 */
GPtrArray *
gsql_table_get_constraints (GsqlTable *self)
{
  GPtrArray *all;
  guint i;

  g_return_val_if_fail (GSQL_IS_TABLE (self), NULL);

  all = g_ptr_array_new ();
  if (self->pk != NULL)
    g_ptr_array_add (all, self->pk);
  for (i = 0; i < self->constraints->len; i++)
    g_ptr_array_add (all, g_ptr_array_index (self->constraints, i));
  return all;
}

/**
 * gsql_table_get_foreign_keys:
 * @self: a #GsqlTable
 *
 * Returns: (transfer container) (element-type GsqlConstraint): the
 *   foreign keys, in the order they were added
 *
 * Since: 1.0
 */
GPtrArray *
gsql_table_get_foreign_keys (GsqlTable *self)
{
  GPtrArray *fks;
  guint i;

  g_return_val_if_fail (GSQL_IS_TABLE (self), NULL);

  fks = g_ptr_array_new ();
  for (i = 0; i < self->constraints->len; i++)
    {
      GsqlConstraint *c = g_ptr_array_index (self->constraints, i);
      if (gsql_constraint_get_kind (c) == GSQL_CONSTRAINT_FOREIGN_KEY)
        g_ptr_array_add (fks, c);
    }
  return fks;
}

/**
 * gsql_table_add_index:
 * @self: a #GsqlTable
 * @index: (transfer floating): an index that belongs to no table
 * @error: return location for a #GError
 *
 * Adds an index, named by the metadata's "ix" convention when it has no
 * name.  The table takes the floating reference, also when it refuses the
 * index.
 *
 * Returns: %TRUE on success; %FALSE with %GSQL_ERROR_INVALID_ARGUMENT for
 *   unknown columns or a name another index of the table has
 *
 * Since: 1.0
 */
gboolean
gsql_table_add_index (GsqlTable  *self,
                      GsqlIndex  *index,
                      GError    **error)
{
  g_autoptr(GsqlIndex) ix = NULL;
  guint i;

  g_return_val_if_fail (GSQL_IS_TABLE (self), FALSE);
  g_return_val_if_fail (GSQL_IS_INDEX (index), FALSE);

  _gsql_core_init ();
  ix = g_object_ref_sink (index);
  if (gsql_index_get_table (ix) != NULL)
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("The index already belongs to a table"));
      return FALSE;
    }
  if (!check_columns (self, gsql_index_get_columns (ix), "index", error))
    return FALSE;
  if (gsql_index_get_name (ix) == NULL && self->metadata != NULL)
    {
      g_autofree char *name = _gsql_metadata_apply_convention (self->metadata, "ix", self,
                                                               gsql_index_get_columns (ix),
                                                               NULL, NULL, NULL);
      _gsql_index_set_name (ix, name);
    }
  if (gsql_index_get_name (ix) == NULL)
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("An index of table “%s” has no name and the naming convention gives none"),
                   self->name);
      return FALSE;
    }
  if (!check_name (C_("table part", "index"), gsql_index_get_name (ix), self, error))
    return FALSE;
  for (i = 0; i < self->indexes->len; i++)
    if (g_str_equal (gsql_index_get_name (g_ptr_array_index (self->indexes, i)),
                     gsql_index_get_name (ix)))
      {
        g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                     _("Table “%s” already has an index named “%s”"),
                     self->name, gsql_index_get_name (ix));
        return FALSE;
      }
  _gsql_index_set_table (ix, self);
  g_ptr_array_add (self->indexes, g_object_ref (ix));
  return TRUE;
}

/**
 * gsql_table_get_indexes:
 * @self: a #GsqlTable
 *
 * Returns: (transfer container) (element-type GsqlIndex): the indexes
 *
 * Since: 1.0
 */
GPtrArray *
gsql_table_get_indexes (GsqlTable *self)
{
  GPtrArray *all;
  guint i;

  g_return_val_if_fail (GSQL_IS_TABLE (self), NULL);

  all = g_ptr_array_new ();
  for (i = 0; i < self->indexes->len; i++)
    g_ptr_array_add (all, g_ptr_array_index (self->indexes, i));
  return all;
}

/**
 * gsql_table_validate:
 * @self: a #GsqlTable
 * @error: return location for a #GError
 *
 * Checks what DDL needs and can only be known once the schema is complete:
 * the table has columns, and every foreign key refers to a table of the
 * metadata and to columns that table has.
 *
 * Returns: %TRUE when the table can be created
 *
 * Since: 1.0
 */
gboolean
gsql_table_validate (GsqlTable  *self,
                     GError    **error)
{
  guint i;

  g_return_val_if_fail (GSQL_IS_TABLE (self), FALSE);

  _gsql_core_init ();
  if (self->columns->len == 0)
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("Table “%s” has no columns"), self->name);
      return FALSE;
    }
  for (i = 0; i < self->constraints->len; i++)
    {
      GsqlConstraint *c = g_ptr_array_index (self->constraints, i);
      if (gsql_constraint_get_kind (c) == GSQL_CONSTRAINT_FOREIGN_KEY &&
          gsql_constraint_resolve_referred_table (c, error) == NULL)
        return FALSE;
    }
  return TRUE;
}
