/* gsql-mapper.c: how one GObject class maps onto one table
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */

/**
 * SECTION:gsql-mapper
 * @title: GsqlMapper
 * @short_description: one class's mapping onto a table
 *
 * A #GsqlMapper is made by gsql_registry_map() or
 * gsql_registry_map_table().  Before its registry is configured, set the
 * primary key (gsql_mapper_set_primary_key()), column options
 * (gsql_mapper_set_column()), excluded properties and the version
 * property for optimistic concurrency.  Afterwards its columns serve in
 * the expression language through gsql_mapper_column(), and
 * gsql_select_entity() selects whole objects.
 */

#include "config.h"

#include <string.h>

#include "gsql-orm-private.h"

struct _GsqlMapper {
  GObject parent_instance;

  GsqlRegistry *registry;     /* weak: the registry owns its mappers */
  GType type;
  char *table_name;
  GsqlTable *table;
  gboolean imperative;
  gboolean configured;
  GPtrArray *props;           /* GsqlMappedProperty, in property order */
  GPtrArray *mapped;          /* the ones that map, once configured */
  GStrv pk_props;
  GPtrArray *pk;              /* GsqlMappedProperty, key order */
  char *version_prop;
  GsqlMappedProperty *version;
  GsqlMapper *parent;         /* single-table inheritance; weak */
  GPtrArray *children;        /* GsqlMapper, weak */
  char *disc_prop;            /* the root's discriminator property */
  char *disc_value;           /* this class's discriminator value */
  GsqlMappedProperty *disc;
  gboolean joined;            /* joined-table inheritance: its own table */
  GPtrArray *hier;            /* root only: GsqlColumn of every table of the hierarchy */
  GPtrArray *tables;          /* the tables of its class chain, root first */
  GPtrArray *relationships;   /* GsqlRelationship, its own */
  GPtrArray *all_relationships; /* with inherited ones, once asked */
};

/**
 * GsqlMapper:
 *
 * How one GObject class maps onto a table: its columns, primary key,
 * version property, inheritance and relationships.
 *
 * Since: 1.0
 */
G_DEFINE_FINAL_TYPE (GsqlMapper, gsql_mapper, G_TYPE_OBJECT)

static void
mapped_free (gpointer data)
{
  GsqlMappedProperty *p = data;

  g_free (p->property);
  g_free (p->column_name);
  g_clear_object (&p->type);
  g_free (p->server_default);
  g_free (p->foreign_key);
  g_free (p);
}

static void
gsql_mapper_finalize (GObject *object)
{
  GsqlMapper *self = GSQL_MAPPER (object);

  g_ptr_array_unref (self->props);
  g_clear_pointer (&self->mapped, g_ptr_array_unref);
  g_clear_pointer (&self->pk, g_ptr_array_unref);
  g_strfreev (self->pk_props);
  g_free (self->version_prop);
  g_free (self->disc_prop);
  g_free (self->disc_value);
  g_ptr_array_unref (self->children);
  g_clear_pointer (&self->hier, g_ptr_array_unref);
  g_clear_pointer (&self->tables, g_ptr_array_unref);
  g_ptr_array_unref (self->relationships);
  g_clear_pointer (&self->all_relationships, g_ptr_array_unref);
  _gsql_mapper_unregister_type (self);
  g_free (self->table_name);
  g_clear_object (&self->table);

  G_OBJECT_CLASS (gsql_mapper_parent_class)->finalize (object);
}

static void
gsql_mapper_class_init (GsqlMapperClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gsql_mapper_finalize;
}

static void
gsql_mapper_init (GsqlMapper *self)
{
  self->props = g_ptr_array_new_with_free_func (mapped_free);
  self->children = g_ptr_array_new ();
  self->relationships = g_ptr_array_new_with_free_func (g_object_unref);
}

void
_gsql_mapper_take_relationship (GsqlMapper       *self,
                                GsqlRelationship *rel)
{
  g_return_if_fail (!self->configured);
  g_ptr_array_add (self->relationships, rel);
}

GPtrArray *
_gsql_mapper_get_own_relationships (GsqlMapper *self)
{
  return self->relationships;
}

/* Inherited ones first; fixed once the registry is configured. */
GPtrArray *
_gsql_mapper_get_all_relationships (GsqlMapper *self)
{
  if (self->all_relationships == NULL)
    {
      if (!self->configured)
        {
          static GPtrArray *none;
          if (g_once_init_enter (&none))
            g_once_init_leave (&none, g_ptr_array_new ());
          return none;
        }
      self->all_relationships = gsql_mapper_get_relationships (self);
    }
  return self->all_relationships;
}

/* A relationship's property is not a column. */
static void
exclude_relationship_props (GsqlMapper *self)
{
  guint i;

  for (i = 0; i < self->props->len; i++)
    {
      GsqlMappedProperty *p = g_ptr_array_index (self->props, i);
      if (_gsql_mapper_is_relationship_name (self, p->property))
        p->excluded = TRUE;
    }
}

void
_gsql_mapper_set_parent (GsqlMapper *self,
                         GsqlMapper *parent,
                         const char *discriminator_value,
                         gboolean    joined)
{
  self->parent = parent;
  self->joined = joined;
  self->disc_value = g_strdup (discriminator_value);
  g_ptr_array_add (parent->children, self);
}

GsqlMapper *
_gsql_mapper_get_root (GsqlMapper *self)
{
  while (self->parent != NULL)
    self = self->parent;
  return self;
}

/**
 * gsql_mapper_get_parent:
 * @self: a #GsqlMapper
 *
 * Returns: (transfer none) (nullable): the mapper of the class this one
 *   inherits its table from
 *
 * Since: 1.0
 */
GsqlMapper *
gsql_mapper_get_parent (GsqlMapper *self)
{
  g_return_val_if_fail (GSQL_IS_MAPPER (self), NULL);
  return self->parent;
}

/**
 * gsql_mapper_set_discriminator:
 * @self: the mapper at the root of a class hierarchy
 * @property: a string property whose column tells the classes apart
 * @value: the value that marks rows of this (root) class
 *
 * Sets up single-table inheritance; map subclasses with
 * gsql_registry_map_subclass().  gsql sets the property on new objects.
 *
 * Since: 1.0
 */
void
gsql_mapper_set_discriminator (GsqlMapper *self,
                               const char *property,
                               const char *value)
{
  g_return_if_fail (GSQL_IS_MAPPER (self));
  g_return_if_fail (self->parent == NULL);
  g_return_if_fail (!self->configured);
  g_free (self->disc_prop);
  self->disc_prop = g_strdup (property);
  g_free (self->disc_value);
  self->disc_value = g_strdup (value);
}

static gboolean
same_pointers (GPtrArray *a, GPtrArray *b)
{
  return a != NULL && b != NULL && a->len == b->len &&
         (a->len == 0 || memcmp (a->pdata, b->pdata, a->len * sizeof (gpointer)) == 0);
}

/* Replaces *@old by @fresh only when they differ.  Sessions in other
 * threads read these arrays while a session configures the registry again
 * (every flush does): an unchanged layout must stay the same memory. */
static void
keep_or_replace (GPtrArray **old, GPtrArray *fresh)
{
  if (same_pointers (*old, fresh))
    g_ptr_array_unref (fresh);
  else
    {
      g_clear_pointer (old, g_ptr_array_unref);
      *old = fresh;
    }
}

static void
finish_mapper (GsqlMapper *root, GsqlMapper *m, GPtrArray *hier)
{
  GPtrArray *tables = g_ptr_array_new ();
  guint i, k;

  if (m->parent != NULL)
    for (i = 0; i < m->parent->tables->len; i++)
      g_ptr_array_add (tables, g_ptr_array_index (m->parent->tables, i));
  if (m->parent == NULL || m->joined)
    {
      g_ptr_array_add (tables, m->table);
      if (m != root)
        for (k = 0; k < gsql_table_get_n_columns (m->table); k++)
          g_ptr_array_add (hier, gsql_table_get_column_at (m->table, k));
    }
  keep_or_replace (&m->tables, tables);
  for (i = 0; i < m->children->len; i++)
    finish_mapper (root, g_ptr_array_index (m->children, i), hier);
}

/* Writes only what changed: sessions in other threads read col_index
 * while one of them configures the registry again (as keep_or_replace). */
static void
index_mapper (GsqlMapper *root, GsqlMapper *m)
{
  guint i, k;

  for (i = 0; m->mapped != NULL && i < m->mapped->len; i++)
    {
      GsqlMappedProperty *p = g_ptr_array_index (m->mapped, i);
      for (k = 0; k < root->hier->len; k++)
        if (g_ptr_array_index (root->hier, k) == p->column && p->col_index != k)
          p->col_index = k;
    }
  for (i = 0; i < m->children->len; i++)
    index_mapper (root, g_ptr_array_index (m->children, i));
}

/* The row layout of a hierarchy: the root's table, then each joined
 * subclass's table, depth first; every mapped property's place in it. */
void
_gsql_mapper_finish_hierarchy (GsqlMapper *root)
{
  GPtrArray *hier;
  guint k;

  if (!root->configured)
    return;
  hier = g_ptr_array_new ();
  for (k = 0; k < gsql_table_get_n_columns (root->table); k++)
    g_ptr_array_add (hier, gsql_table_get_column_at (root->table, k));
  finish_mapper (root, root, hier);
  keep_or_replace (&root->hier, hier);
  index_mapper (root, root);
}

GPtrArray *
_gsql_mapper_get_tables (GsqlMapper *self)
{
  return self->tables;
}

guint
_gsql_mapper_get_n_columns (GsqlMapper *self)
{
  return _gsql_mapper_get_root (self)->hier->len;
}

/* Every table of the hierarchy, joined to the root (LEFT OUTER: a row is
 * of one class only). */
static void
add_hierarchy_joins (GsqlExpr *select, GsqlMapper *m)
{
  guint i;

  for (i = 0; i < m->children->len; i++)
    {
      GsqlMapper *child = g_ptr_array_index (m->children, i);
      if (child->joined)
        gsql_select_join (select, gsql_table_ref (child->table), NULL, GSQL_JOIN_LEFT);
      add_hierarchy_joins (select, child);
    }
}

GsqlMappedProperty *
_gsql_mapper_get_discriminator (GsqlMapper *self)
{
  return _gsql_mapper_get_root (self)->disc;
}

const char *
_gsql_mapper_get_discriminator_value (GsqlMapper *self)
{
  return self->disc_value;
}

static GsqlMapper *
find_by_value (GsqlMapper *m, const char *value)
{
  guint i;

  if (g_strcmp0 (m->disc_value, value) == 0)
    return m;
  for (i = 0; i < m->children->len; i++)
    {
      GsqlMapper *found = find_by_value (g_ptr_array_index (m->children, i), value);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The class of a row: the discriminator picks the subclass, below the
 * queried one. */
GsqlMapper *
_gsql_mapper_resolve (GsqlMapper   *self,
                      const GValue *row)
{
  GsqlMapper *root = _gsql_mapper_get_root (self);
  const GValue *v;
  GsqlMapper *found;

  if (root->disc == NULL)
    return self;
  v = &row[root->disc->col_index];
  if (!G_VALUE_HOLDS_STRING (v) || g_value_get_string (v) == NULL)
    return self;
  found = find_by_value (self, g_value_get_string (v));
  return found != NULL ? found : self;
}

static char *
column_name_for (const char *property)
{
  char *s = g_strdup (property);
  char *p;

  for (p = s; *p; p++)
    if (*p == '-')
      *p = '_';
  return s;
}

GsqlMapper *
_gsql_mapper_new (GsqlRegistry *registry,
                  GType         type,
                  const char   *table_name,
                  GsqlTable    *table)
{
  GsqlMapper *self = g_object_new (GSQL_TYPE_MAPPER, NULL);
  g_autofree GParamSpec **pspecs = NULL;
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  guint n, i;

  self->registry = registry;
  self->type = type;
  self->table_name = g_strdup (table_name);
  self->table = table ? g_object_ref (table) : NULL;
  self->imperative = table != NULL;

  pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n);
  for (i = 0; i < n; i++)
    {
      GsqlMappedProperty *p;

      /* Only what can be read and written again maps. */
      if ((pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY))
        continue;
      p = g_new0 (GsqlMappedProperty, 1);
      p->property = g_strdup (pspecs[i]->name);
      p->column_name = column_name_for (pspecs[i]->name);
      p->pspec = pspecs[i];
      g_ptr_array_add (self->props, p);
    }
  return self;
}

static GsqlMappedProperty *
find (GsqlMapper *self, const char *property)
{
  guint i;
  g_autofree char *canon = property ? column_name_for (property) : NULL;

  for (i = 0; property != NULL && i < self->props->len; i++)
    {
      GsqlMappedProperty *p = g_ptr_array_index (self->props, i);
      g_autofree char *c = column_name_for (p->property);
      if (g_str_equal (c, canon))
        return p;
    }
  return NULL;
}

/* The property for a column of an existing table: the one whose
 * "column-name" option names it, else the one of the same name. */
static GsqlMappedProperty *
find_for_column (GsqlMapper *self, const char *column)
{
  guint i;

  for (i = 0; i < self->props->len; i++)
    {
      GsqlMappedProperty *p = g_ptr_array_index (self->props, i);
      g_autofree char *plain = column_name_for (p->property);
      if (!p->excluded && !g_str_equal (p->column_name, plain) && g_str_equal (p->column_name, column))
        return p;
    }
  return find (self, column);
}

/**
 * gsql_mapper_get_object_type:
 * @self: a #GsqlMapper
 *
 * Returns: the mapped GObject type
 *
 * Since: 1.0
 */
GType
gsql_mapper_get_object_type (GsqlMapper *self)
{
  g_return_val_if_fail (GSQL_IS_MAPPER (self), G_TYPE_INVALID);
  return self->type;
}

/**
 * gsql_mapper_get_table:
 * @self: a #GsqlMapper
 *
 * Returns: (transfer none) (nullable): the table, once configured (or the
 *   one given to gsql_registry_map_table())
 *
 * Since: 1.0
 */
GsqlTable *
gsql_mapper_get_table (GsqlMapper *self)
{
  g_return_val_if_fail (GSQL_IS_MAPPER (self), NULL);
  return self->table;
}

/**
 * gsql_mapper_get_registry:
 * @self: a #GsqlMapper
 *
 * Returns: (transfer none): the registry
 *
 * Since: 1.0
 */
GsqlRegistry *
gsql_mapper_get_registry (GsqlMapper *self)
{
  g_return_val_if_fail (GSQL_IS_MAPPER (self), NULL);
  return self->registry;
}

/**
 * gsql_mapper_set_primary_key_v: (rename-to gsql_mapper_set_primary_key)
 * @self: a #GsqlMapper
 * @properties: (array zero-terminated=1): the properties of the key, in
 *   order
 *
 * Sets the (possibly composite) primary key of a declarative mapping.
 *
 * Since: 1.0
 */
void
gsql_mapper_set_primary_key_v (GsqlMapper         *self,
                               const char * const *properties)
{
  g_return_if_fail (GSQL_IS_MAPPER (self));
  g_return_if_fail (!self->configured);
  g_strfreev (self->pk_props);
  self->pk_props = g_strdupv ((char **) properties);
}

/**
 * gsql_mapper_set_primary_key: (skip)
 * @self: a #GsqlMapper
 * @first_property: the first property of the key
 * @...: more, ending with %NULL
 *
 * Sets the primary key of a declarative mapping.
 *
 * Since: 1.0
 */
void
gsql_mapper_set_primary_key (GsqlMapper *self,
                             const char *first_property,
                             ...)
{
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
  g_auto(GStrv) props = NULL;
  const char *p;
  va_list ap;

  va_start (ap, first_property);
  for (p = first_property; p != NULL; p = va_arg (ap, const char *))
    g_strv_builder_add (b, p);
  va_end (ap);
  props = g_strv_builder_end (b);
  gsql_mapper_set_primary_key_v (self, (const char * const *) props);
}

static void
set_option (GsqlMapper *self, GsqlMappedProperty *p, const char *name, const GValue *v)
{
  if (g_str_equal (name, "column-name"))
    {
      g_free (p->column_name);
      p->column_name = g_value_dup_string (v);
    }
  else if (g_str_equal (name, "length"))
    p->length = g_value_get_uint (v);
  else if (g_str_equal (name, "nullable"))
    {
      p->nullable = g_value_get_boolean (v);
      p->nullable_set = TRUE;
    }
  else if (g_str_equal (name, "unique"))
    p->unique = g_value_get_boolean (v);
  else if (g_str_equal (name, "index"))
    p->index = g_value_get_boolean (v);
  else if (g_str_equal (name, "text"))
    p->text = g_value_get_boolean (v);
  else if (g_str_equal (name, "timezone"))
    p->timezone = g_value_get_boolean (v);
  else if (g_str_equal (name, "server-default"))
    {
      g_free (p->server_default);
      p->server_default = g_value_dup_string (v);
    }
  else if (g_str_equal (name, "foreign-key"))
    {
      g_free (p->foreign_key);
      p->foreign_key = g_value_dup_string (v);
    }
  else if (g_str_equal (name, "sql-type"))
    {
      GsqlSqlType *t = g_value_get_object (v);
      g_clear_object (&p->type);
      p->type = t ? g_object_ref_sink (t) : NULL;
    }
  else
    g_critical ("Unknown column option “%s” for %s:%s", name, g_type_name (self->type), p->property);
}

static GType
option_type (const char *name)
{
  if (g_str_equal (name, "length"))
    return G_TYPE_UINT;
  if (g_str_equal (name, "column-name") || g_str_equal (name, "server-default") ||
      g_str_equal (name, "foreign-key"))
    return G_TYPE_STRING;
  if (g_str_equal (name, "sql-type"))
    return GSQL_TYPE_SQL_TYPE;
  return G_TYPE_BOOLEAN;
}

/**
 * gsql_mapper_set_column_v: (rename-to gsql_mapper_set_column)
 * @self: a #GsqlMapper
 * @property: a property of the class
 * @n_options: the number of options
 * @names: (array length=n_options): option names
 * @values: (array length=n_options): their values
 *
 * Sets options of a property's column: "column-name" (string; for a
 * class mapped onto an existing table, the column a differently named
 * property maps onto), "length"
 * (guint, for strings), "nullable", "unique", "index", "text" (TEXT instead
 * of VARCHAR), "timezone" (for timestamps) (gboolean), "server-default"
 * (SQL text), "foreign-key" (`"table.column"`), "sql-type" (a
 * #GsqlSqlType).
 *
 * Since: 1.0
 */
void
gsql_mapper_set_column_v (GsqlMapper    *self,
                          const char    *property,
                          guint          n_options,
                          const char   **names,
                          const GValue  *values)
{
  GsqlMappedProperty *p;
  guint i;

  g_return_if_fail (GSQL_IS_MAPPER (self));
  g_return_if_fail (!self->configured);

  p = find (self, property);
  if (p == NULL)
    {
      /* Reported with a GError at configure time. */
      p = g_new0 (GsqlMappedProperty, 1);
      p->property = g_strdup (property);
      p->column_name = column_name_for (property);
      g_ptr_array_add (self->props, p);
    }
  for (i = 0; i < n_options; i++)
    set_option (self, p, names[i], &values[i]);
}

/**
 * gsql_mapper_set_column: (skip)
 * @self: a #GsqlMapper
 * @property: a property of the class
 * @first_option: the name of the first option
 * @...: its value, then more name/value pairs, ending with %NULL
 *
 * Sets options of a property's column; see gsql_mapper_set_column_v().
 *
 * Since: 1.0
 */
void
gsql_mapper_set_column (GsqlMapper *self,
                        const char *property,
                        const char *first_option,
                        ...)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  const char *name;
  va_list ap;
  guint i;

  va_start (ap, first_option);
  for (name = first_option; name != NULL; name = va_arg (ap, const char *))
    {
      GValue v = G_VALUE_INIT;
      GType t = option_type (name);

      g_value_init (&v, t);
      if (t == G_TYPE_UINT)
        g_value_set_uint (&v, va_arg (ap, guint));
      else if (t == G_TYPE_STRING)
        g_value_set_string (&v, va_arg (ap, const char *));
      else if (t == GSQL_TYPE_SQL_TYPE)
        g_value_set_object (&v, va_arg (ap, GsqlSqlType *));
      else
        g_value_set_boolean (&v, va_arg (ap, gboolean));
      g_ptr_array_add (names, (gpointer) name);
      g_array_append_val (values, v);
    }
  va_end (ap);
  gsql_mapper_set_column_v (self, property, names->len, (const char **) names->pdata,
                            (GValue *) values->data);
  for (i = 0; i < values->len; i++)
    g_value_unset (&g_array_index (values, GValue, i));
}

/**
 * gsql_mapper_exclude:
 * @self: a #GsqlMapper
 * @property: a property not to map
 *
 * Leaves a property out of the mapping.
 *
 * Since: 1.0
 */
void
gsql_mapper_exclude (GsqlMapper *self,
                     const char *property)
{
  GsqlMappedProperty *p;

  g_return_if_fail (GSQL_IS_MAPPER (self));
  g_return_if_fail (!self->configured);
  p = find (self, property);
  if (p != NULL)
    p->excluded = TRUE;
}

/**
 * gsql_mapper_set_version_property:
 * @self: a #GsqlMapper
 * @property: an integer property counting the row's versions
 *
 * Turns on optimistic concurrency: every UPDATE and DELETE checks that the
 * row still has the version the object was loaded with, and UPDATE counts
 * it up.  A row changed meanwhile fails the flush with
 * %GSQL_ORM_ERROR_STALE_DATA.
 *
 * Since: 1.0
 */
void
gsql_mapper_set_version_property (GsqlMapper *self,
                                  const char *property)
{
  g_return_if_fail (GSQL_IS_MAPPER (self));
  g_return_if_fail (!self->configured);
  g_free (self->version_prop);
  self->version_prop = g_strdup (property);
}

/**
 * gsql_mapper_get_version_property:
 * @self: a #GsqlMapper
 *
 * Returns: (nullable): the version property
 *
 * Since: 1.0
 */
const char *
gsql_mapper_get_version_property (GsqlMapper *self)
{
  g_return_val_if_fail (GSQL_IS_MAPPER (self), NULL);
  return self->version_prop;
}

static gboolean
mapping_error (GsqlMapper *self, GError **error, const char *property, const char *fmt)
{
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  /* Every caller passes a translated literal with two %s: class, property. */
  g_set_error (error, GSQL_ORM_ERROR, GSQL_ORM_ERROR_MAPPING, fmt, g_type_name (self->type), property);
#pragma GCC diagnostic pop
  return FALSE;
}

static GsqlSqlType *
type_for (GsqlMappedProperty *p)
{
  GType t = p->pspec->value_type;

  if (p->type != NULL)
    return g_object_ref (p->type);
  if (t == G_TYPE_INT || t == G_TYPE_UINT || t == G_TYPE_CHAR || t == G_TYPE_UCHAR)
    return g_object_ref_sink (gsql_sql_type_integer_new ());
  if (t == G_TYPE_INT64 || t == G_TYPE_UINT64 || t == G_TYPE_LONG || t == G_TYPE_ULONG)
    return g_object_ref_sink (gsql_sql_type_big_integer_new ());
  if (t == G_TYPE_BOOLEAN)
    return g_object_ref_sink (gsql_sql_type_boolean_new ());
  if (t == G_TYPE_DOUBLE)
    return g_object_ref_sink (gsql_sql_type_double_new ());
  if (t == G_TYPE_FLOAT)
    return g_object_ref_sink (gsql_sql_type_float_new (24));
  if (t == G_TYPE_STRING)
    return g_object_ref_sink (p->text ? gsql_sql_type_text_new ()
                                      : gsql_sql_type_string_new (p->length ? p->length : 255));
  if (t == G_TYPE_DATE_TIME)
    return g_object_ref_sink (gsql_sql_type_date_time_new (p->timezone));
  if (t == G_TYPE_DATE)
    return g_object_ref_sink (gsql_sql_type_date_new ());
  if (t == GSQL_TYPE_TIME)
    return g_object_ref_sink (gsql_sql_type_time_new ());
  if (t == GSQL_TYPE_NUMERIC)
    return g_object_ref_sink (gsql_sql_type_numeric_new (p->length ? p->length : 18, 4));
  if (t == G_TYPE_BYTES)
    return g_object_ref_sink (gsql_sql_type_large_binary_new ());
  if (G_TYPE_IS_ENUM (t))
    return g_object_ref_sink (gsql_sql_type_enum_new_for_gtype (t));
  if (G_TYPE_IS_FLAGS (t))
    return g_object_ref_sink (gsql_sql_type_big_integer_new ());
  return NULL;
}

static gboolean
has_column_named (GPtrArray *columns, const char *name)
{
  guint i;

  for (i = 0; i < columns->len; i++)
    if (g_str_equal (gsql_column_get_name (g_ptr_array_index (columns, i)), name))
      return TRUE;
  return FALSE;
}

static GsqlSqlType *type_for (GsqlMappedProperty *p);

static gboolean
add_descendant_columns (GsqlMapper *root, GsqlMapper *m, GPtrArray *columns, GError **error)
{
  guint i, j;

  for (i = 0; i < m->children->len; i++)
    {
      GsqlMapper *child = g_ptr_array_index (m->children, i);

      /* A joined subclass keeps its columns in its own table. */
      if (child->joined)
        continue;
      exclude_relationship_props (child);
      for (j = 0; j < child->props->len; j++)
        {
          GsqlMappedProperty *p = g_ptr_array_index (child->props, j);
          g_autoptr(GsqlSqlType) type = NULL;

          if (p->excluded || p->pspec == NULL || has_column_named (columns, p->column_name))
            continue;
          type = type_for (p);
          if (type == NULL)
            {
              g_set_error (error, GSQL_ORM_ERROR, GSQL_ORM_ERROR_MAPPING,
                           _("Property “%s” of class %s has type %s, which gsql cannot map; "
                             "exclude it or give it a column type"),
                           p->property, g_type_name (child->type), g_type_name (p->pspec->value_type));
              return FALSE;
            }
          /* Rows of other classes leave it empty. */
          g_ptr_array_add (columns, g_object_ref_sink (gsql_column_new (p->column_name, type,
                                                                        "nullable", TRUE,
                                                                        "unique", p->unique,
                                                                        "index", p->index,
                                                                        "foreign-key", p->foreign_key,
                                                                        NULL)));
        }
      if (!add_descendant_columns (root, child, columns, error))
        return FALSE;
    }
  return TRUE;
}

/* Forgets the columns of a configuration that failed. */
static void
unmap (GsqlMapper *self)
{
  guint i;

  for (i = 0; i < self->mapped->len; i++)
    ((GsqlMappedProperty *) g_ptr_array_index (self->mapped, i))->column = NULL;
  g_ptr_array_set_size (self->mapped, 0);
}

gboolean
_gsql_mapper_configure (GsqlMapper  *self,
                        GError     **error)
{
  guint i;

  if (self->configured)
    return TRUE;

  exclude_relationship_props (self);
  g_clear_pointer (&self->mapped, g_ptr_array_unref);
  g_clear_pointer (&self->pk, g_ptr_array_unref);
  self->mapped = g_ptr_array_new ();
  self->pk = g_ptr_array_new ();

  if (self->parent != NULL && self->joined)
    {
      GsqlMapper *root = _gsql_mapper_get_root (self);
      g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GStrvBuilder) keyb = g_strv_builder_new ();
      g_auto(GStrv) keys = NULL;
      g_autoptr(GError) local = NULL;
      GsqlConstraint *fk;

      if (!_gsql_mapper_configure (self->parent, error))
        return FALSE;
      if (root->disc == NULL)
        return mapping_error (self, error, "",
                              _("Class %s is mapped as a subclass, but its root class has no discriminator%s"));
      /* The key again, referring to the parent's row. */
      for (i = 0; i < root->pk->len; i++)
        {
          GsqlMappedProperty *rp = g_ptr_array_index (root->pk, i);
          g_ptr_array_add (columns, g_object_ref_sink (gsql_column_new (gsql_column_get_name (rp->column),
                                                                        gsql_column_get_sql_type (rp->column),
                                                                        "primary-key", TRUE,
                                                                        "autoincrement", GSQL_AUTOINCREMENT_NEVER,
                                                                        NULL)));
          g_strv_builder_add (keyb, gsql_column_get_name (rp->column));
        }
      keys = g_strv_builder_end (keyb);
      for (i = 0; i < self->props->len; i++)
        {
          GsqlMappedProperty *p = g_ptr_array_index (self->props, i);
          GsqlMappedProperty *inherited;
          g_autoptr(GsqlSqlType) type = NULL;
          GsqlColumn *col;

          if (p->excluded || p->pspec == NULL)
            continue;
          inherited = find (self->parent, p->property);
          if (inherited != NULL && inherited->column != NULL)
            {
              p->column = inherited->column;
              g_ptr_array_add (self->mapped, p);
              continue;
            }
          type = type_for (p);
          if (type == NULL)
            {
              unmap (self);
              g_set_error (error, GSQL_ORM_ERROR, GSQL_ORM_ERROR_MAPPING,
                           _("Property “%s” of class %s has type %s, which gsql cannot map; "
                             "exclude it or give it a column type"),
                           p->property, g_type_name (self->type), g_type_name (p->pspec->value_type));
              return FALSE;
            }
          col = g_object_ref_sink (gsql_column_new (p->column_name, type, NULL));
          if (p->nullable_set)
            g_object_set (col, "nullable", p->nullable, NULL);
          g_object_set (col, "unique", p->unique, "index", p->index, "server-default", p->server_default,
                        "foreign-key", p->foreign_key, NULL);
          p->column = col;
          g_ptr_array_add (columns, col);
          g_ptr_array_add (self->mapped, p);
        }
      self->table = gsql_metadata_add_table_full (gsql_registry_get_metadata (self->registry), NULL,
                                                  self->table_name, (GsqlColumn **) columns->pdata,
                                                  columns->len, &local);
      if (self->table == NULL)
        {
          unmap (self);
          g_set_error (error, GSQL_ORM_ERROR, GSQL_ORM_ERROR_MAPPING,
                       _("The table of class %s cannot be built: %s"), g_type_name (self->type), local->message);
          return FALSE;
        }
      g_object_ref (self->table);
      fk = gsql_constraint_new_foreign_key (NULL, (const char * const *) keys,
                                            gsql_table_get_name (self->parent->table),
                                            (const char * const *) keys);
      gsql_constraint_set_on_delete (fk, GSQL_REFERENTIAL_ACTION_CASCADE);
      if (!gsql_table_add_constraint (self->table, fk, error))
        return FALSE;
      for (i = 0; i < root->pk->len; i++)
        g_ptr_array_add (self->pk, find (self, ((GsqlMappedProperty *) g_ptr_array_index (root->pk, i))->property));
      if (root->version_prop != NULL)
        self->version = find (self, root->version_prop);
      goto indexes;
    }

  if (self->parent != NULL)
    {
      GsqlMapper *root = _gsql_mapper_get_root (self);

      if (!_gsql_mapper_configure (self->parent, error))
        return FALSE;
      if (root->disc == NULL)
        return mapping_error (self, error, "",
                              _("Class %s is mapped as a subclass, but its root class has no discriminator%s"));
      self->table = g_object_ref (root->table);
      for (i = 0; i < self->props->len; i++)
        {
          GsqlMappedProperty *p = g_ptr_array_index (self->props, i);
          GsqlMappedProperty *inherited = find (self->parent, p->property);
          GsqlColumn *c;

          if (p->excluded || p->pspec == NULL)
            continue;
          c = inherited != NULL && inherited->column != NULL ? inherited->column
                                                             : gsql_table_get_column (self->table, p->column_name);
          if (c == NULL)
            continue;   /* an unmappable property the root left out */
          p->column = c;
          g_ptr_array_add (self->mapped, p);
        }
      for (i = 0; i < root->pk->len; i++)
        {
          GsqlMappedProperty *rp = g_ptr_array_index (root->pk, i);
          g_ptr_array_add (self->pk, find (self, rp->property));
        }
      if (root->version_prop != NULL)
        self->version = find (self, root->version_prop);
      goto indexes;
    }

  if (self->imperative)
    {
      g_autoptr(GPtrArray) pk = gsql_table_get_primary_key (self->table);

      for (i = 0; i < gsql_table_get_n_columns (self->table); i++)
        {
          GsqlColumn *c = gsql_table_get_column_at (self->table, i);
          GsqlMappedProperty *p = find_for_column (self, gsql_column_get_name (c));

          if (p == NULL || p->pspec == NULL || p->excluded)
            return mapping_error (self, error, gsql_column_get_name (c),
                                  _("Class %s has no read-write property for column “%s” of its table"));
          p->column = c;
          g_ptr_array_add (self->mapped, p);
        }
      for (i = 0; i < pk->len; i++)
        g_ptr_array_add (self->pk, find (self, gsql_column_get_name (g_ptr_array_index (pk, i))));
    }
  else
    {
      /* Our references: columns made before an error go with the array. */
      g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GError) local = NULL;

      if (self->pk_props == NULL || self->pk_props[0] == NULL)
        return mapping_error (self, error, "",
                              _("Class %s has no primary key%s; set one with gsql_mapper_set_primary_key()"));
      for (i = 0; self->pk_props[i] != NULL; i++)
        {
          GsqlMappedProperty *p = find (self, self->pk_props[i]);
          if (p == NULL || p->pspec == NULL)
            return mapping_error (self, error, self->pk_props[i],
                                  _("Class %s has no read-write property “%s” for its primary key"));
        }
      for (i = 0; i < self->props->len; i++)
        {
          GsqlMappedProperty *p = g_ptr_array_index (self->props, i);
          g_autoptr(GsqlSqlType) type = NULL;
          gboolean is_pk;
          GsqlColumn *col;

          if (p->pspec == NULL)
            {
              unmap (self);
              return mapping_error (self, error, p->property,
                                    _("Class %s has no read-write property “%s”"));
            }
          if (p->excluded)
            continue;
          type = type_for (p);
          if (type == NULL)
            {
              unmap (self);
              g_set_error (error, GSQL_ORM_ERROR, GSQL_ORM_ERROR_MAPPING,
                           _("Property “%s” of class %s has type %s, which gsql cannot map; "
                             "exclude it or give it a column type"),
                           p->property, g_type_name (self->type), g_type_name (p->pspec->value_type));
              return FALSE;
            }
          is_pk = g_strv_contains ((const char * const *) self->pk_props, p->property) ||
                  g_strv_contains ((const char * const *) self->pk_props, p->column_name);
          col = g_object_ref_sink (gsql_column_new (p->column_name, type, "primary-key", is_pk, NULL));
          if (p->nullable_set)
            g_object_set (col, "nullable", p->nullable, NULL);
          g_object_set (col, "unique", p->unique, "index", p->index, "server-default", p->server_default,
                        "foreign-key", p->foreign_key, NULL);
          p->column = col;
          g_ptr_array_add (columns, col);
          g_ptr_array_add (self->mapped, p);
        }
      /* Single-table inheritance: the subclasses' own properties become
       * nullable columns of this table. */
      if (!add_descendant_columns (self, self, columns, error))
        {
          unmap (self);
          return FALSE;
        }
      self->table = gsql_metadata_add_table_full (gsql_registry_get_metadata (self->registry), NULL,
                                                  self->table_name, (GsqlColumn **) columns->pdata,
                                                  columns->len, &local);
      if (self->table == NULL)
        {
          unmap (self);
          g_set_error (error, GSQL_ORM_ERROR, GSQL_ORM_ERROR_MAPPING,
                       _("The table of class %s cannot be built: %s"),
                       g_type_name (self->type), local->message);
          return FALSE;
        }
      g_object_ref (self->table);
      for (i = 0; self->pk_props[i] != NULL; i++)
        g_ptr_array_add (self->pk, find (self, self->pk_props[i]));
    }

  if (self->disc_prop != NULL)
    {
      self->disc = find (self, self->disc_prop);
      if (self->disc == NULL || self->disc->column == NULL || self->disc->pspec->value_type != G_TYPE_STRING)
        return mapping_error (self, error, self->disc_prop,
                              _("Class %s has no string property “%s” for its discriminator"));
    }

indexes:
  if (self->pk->len == 0)
    return mapping_error (self, error, "", _("Class %s has no primary key%s"));
  if (self->version_prop != NULL)
    {
      self->version = find (self, self->version_prop);
      if (self->version == NULL || self->version->column == NULL ||
          (self->version->pspec->value_type != G_TYPE_INT && self->version->pspec->value_type != G_TYPE_INT64 &&
           self->version->pspec->value_type != G_TYPE_UINT))
        return mapping_error (self, error, self->version_prop,
                              _("Class %s has no integer property “%s” to count versions with"));
    }
  self->configured = TRUE;
  return TRUE;
}

GPtrArray *
_gsql_mapper_get_mapped (GsqlMapper *self)
{
  return self->mapped;
}

guint
_gsql_mapper_get_n_pk (GsqlMapper *self)
{
  return self->pk->len;
}

GsqlMappedProperty *
_gsql_mapper_get_pk (GsqlMapper *self,
                     guint       i)
{
  return g_ptr_array_index (self->pk, i);
}

GsqlMappedProperty *
_gsql_mapper_get_version (GsqlMapper *self)
{
  return self->version;
}

/**
 * gsql_mapper_dup_properties:
 * @self: a configured #GsqlMapper
 *
 * Returns: (transfer full): the mapped properties, in column order
 *
 * Since: 1.0
 */
GStrv
gsql_mapper_dup_properties (GsqlMapper *self)
{
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
  guint i;

  g_return_val_if_fail (GSQL_IS_MAPPER (self), NULL);
  for (i = 0; self->mapped != NULL && i < self->mapped->len; i++)
    g_strv_builder_add (b, ((GsqlMappedProperty *) g_ptr_array_index (self->mapped, i))->property);
  return g_strv_builder_end (b);
}

static gboolean
ensure_configured (GsqlMapper *self)
{
  g_autoptr(GError) error = NULL;

  if (self->configured)
    return TRUE;
  if (!gsql_registry_configure (self->registry, &error))
    {
      g_critical ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * gsql_mapper_column:
 * @self: a #GsqlMapper
 * @property: a mapped property
 *
 * The property's column, for the expression language.  Configures the
 * registry when needed.
 *
 * Returns: (transfer floating) (nullable): the column expression
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_mapper_column (GsqlMapper *self,
                    const char *property)
{
  GsqlMappedProperty *p;

  g_return_val_if_fail (GSQL_IS_MAPPER (self), NULL);
  if (!ensure_configured (self))
    return NULL;
  p = find (self, property);
  if (p == NULL || p->column == NULL)
    {
      g_critical ("Class %s maps no property “%s”", g_type_name (self->type), property);
      return NULL;
    }
  return gsql_column_ref (p->column);
}

static GQuark
entity_quark (void)
{
  /* Looked up once: g_quark_from_static_string() takes a global lock. */
  static GQuark q;

  if (G_UNLIKELY (g_atomic_int_get ((gint *) &q) == 0))
    g_atomic_int_set ((gint *) &q, (gint) g_quark_from_static_string ("gsql-orm-entity"));
  return q;
}

static void
free_spans (gpointer data)
{
  GArray *spans = data;
  guint i;

  for (i = 0; i < spans->len; i++)
    g_object_unref (g_array_index (spans, GsqlEntitySpan, i).mapper);
  g_array_unref (spans);
}

GArray *
_gsql_select_get_entities (GsqlExpr *select)
{
  return g_object_get_qdata (G_OBJECT (select), entity_quark ());
}

GArray *
_gsql_select_ensure_entities (GsqlExpr *select)
{
  GArray *spans = _gsql_select_get_entities (select);

  if (spans == NULL)
    {
      spans = g_array_new (FALSE, FALSE, sizeof (GsqlEntitySpan));
      g_object_set_qdata_full (G_OBJECT (select), entity_quark (), spans, free_spans);
    }
  return spans;
}

GsqlMapper *
_gsql_select_get_entity (GsqlExpr *select)
{
  GArray *spans = _gsql_select_get_entities (select);

  if (spans == NULL || spans->len == 0 || g_array_index (spans, GsqlEntitySpan, 0).offset != 0)
    return NULL;
  return g_array_index (spans, GsqlEntitySpan, 0).mapper;
}

/**
 * gsql_select_add_entity:
 * @select: a SELECT
 * @mapper: a #GsqlMapper
 *
 * Adds every mapped column of a class to a SELECT, so that
 * gsql_session_tuples() gives an object of that class in their place
 * (SQLAlchemy's `select(User, Address)`).
 *
 * Returns: (transfer none): @select
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_add_entity (GsqlExpr   *select,
                        GsqlMapper *mapper)
{
  GArray *spans;
  GsqlEntitySpan span;
  guint i, offset = 0;

  g_return_val_if_fail (GSQL_IS_EXPR (select) && gsql_expr_get_kind (select) == GSQL_EXPR_SELECT, select);
  g_return_val_if_fail (GSQL_IS_MAPPER (mapper), select);
  if (!ensure_configured (mapper))
    return select;

  /* The new columns go after the present ones. */
  offset = gsql_select_get_n_columns (select);
  {
    GsqlMapper *root = _gsql_mapper_get_root (mapper);
    for (i = 0; i < root->hier->len; i++)
      gsql_select_add_column (select, gsql_column_ref (g_ptr_array_index (root->hier, i)));
  }
  spans = _gsql_select_get_entities (select);
  if (spans == NULL)
    {
      spans = g_array_new (FALSE, FALSE, sizeof (GsqlEntitySpan));
      g_object_set_qdata_full (G_OBJECT (select), entity_quark (), spans, free_spans);
    }
  span.mapper = g_object_ref (mapper);
  span.offset = offset;
  span.n = _gsql_mapper_get_n_columns (mapper);
  g_array_append_val (spans, span);
  return select;
}

static void
collect_values (GsqlMapper *m, GPtrArray *values)
{
  guint i;

  g_ptr_array_add (values, gsql_str (m->disc_value));
  for (i = 0; i < m->children->len; i++)
    collect_values (g_ptr_array_index (m->children, i), values);
}

/* A subclass's rows: its discriminator value or a descendant's. */
static GsqlExpr *
discriminator_filter (GsqlMapper *m)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  GsqlMapper *root = _gsql_mapper_get_root (m);

  collect_values (m, values);
  return gsql_in_v (gsql_column_ref (root->disc->column), (GsqlExpr **) values->pdata, values->len);
}

/**
 * gsql_select_entity:
 * @mapper: a #GsqlMapper
 *
 * A SELECT of every mapped column of a class, which a session turns into
 * objects (gsql_session_scalars()).  Refine it with the usual builder
 * functions (gsql_select_where()…).
 *
 * Returns: (transfer floating) (nullable): the SELECT
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_entity (GsqlMapper *mapper)
{
  g_autoptr(GPtrArray) cols = g_ptr_array_new ();
  GsqlExpr *select;
  guint i;

  g_return_val_if_fail (GSQL_IS_MAPPER (mapper), NULL);
  if (!ensure_configured (mapper))
    return NULL;
  /* Every column of the table, so that any class of a hierarchy can be
   * made from the row. */
  {
    GsqlMapper *root = _gsql_mapper_get_root (mapper);
    for (i = 0; i < root->hier->len; i++)
      g_ptr_array_add (cols, gsql_column_ref (g_ptr_array_index (root->hier, i)));
    select = gsql_select_v ((GsqlExpr **) cols->pdata, cols->len);
    add_hierarchy_joins (select, root);
  }
  if (mapper->parent != NULL)
    gsql_select_where (select, discriminator_filter (mapper));
  {
    GArray *spans = g_array_new (FALSE, FALSE, sizeof (GsqlEntitySpan));
    GsqlEntitySpan span = { g_object_ref (mapper), 0, _gsql_mapper_get_n_columns (mapper) };

    g_array_append_val (spans, span);
    g_object_set_qdata_full (G_OBJECT (select), entity_quark (), spans, free_spans);
  }
  return select;
}
