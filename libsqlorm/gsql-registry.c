/* gsql-registry.c: GObject types mapped to tables
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */

/**
 * SECTION:gsql-registry
 * @title: GsqlRegistry
 * @short_description: maps GObject classes to tables
 *
 * A #GsqlRegistry maps GObject types to tables, each through a
 * #GsqlMapper.  A model is an ordinary GObject subclass whose read-write
 * properties are its columns; the ORM keeps its own state out of the
 * object's struct, so models need no base class.
 *
 * Declaratively, the table is derived from the class's properties (integers
 * → INTEGER or BIGINT, double → DOUBLE, string → VARCHAR(255) or TEXT,
 * boolean, #GDateTime → timestamp, #GDate, #GsqlTime, #GsqlNumeric,
 * #GBytes → binary, enum types → ENUM), with per-property options:
 *
 * |[<!-- language="C" -->
 * g_autoptr(GsqlRegistry) registry = gsql_registry_new ();
 * GsqlMapper *users = gsql_registry_map (registry, DEMO_TYPE_USER, "user_account");
 * gsql_mapper_set_primary_key (users, "id", NULL);
 * gsql_mapper_set_column (users, "name", "length", 30, "nullable", FALSE, "unique", TRUE, NULL);
 * gsql_mapper_set_version_property (users, "version");
 * if (!gsql_registry_create_all (registry, engine, &error))
 *   …
 * ]|
 *
 * Imperatively, gsql_registry_map_table() maps a class onto an existing
 * #GsqlTable, built by hand or reflected: each column maps to the property
 * of the same name (`_` and `-` alike).
 *
 * Mistakes (no primary key, a property that is missing or of a type that
 * cannot be mapped, two classes on one table) give a %GSQL_ORM_ERROR_MAPPING
 * error naming the class and the property when the registry is configured,
 * which happens at gsql_registry_configure(), gsql_registry_create_all() or
 * the first session that uses it.
 */

#include "config.h"

#include <string.h>

#include "gsql-orm-private.h"

struct _GsqlRegistry {
  GObject parent_instance;

  GsqlMetaData *metadata;
  GHashTable *mappers;        /* GType → GsqlMapper */
  GPtrArray *order;           /* mappers in mapping order */
  GHashTable *table_rank;     /* GsqlTable → dependency rank + 1 */
  GRecMutex lock;             /* configuring, table_rank */
  gint configured;            /* (atomic) every mapper configured since the last was added */
};

/**
 * GsqlRegistry:
 *
 * The mapped classes of a program and the #GsqlMetaData of their tables.
 *
 * Since: 1.0
 */
G_DEFINE_FINAL_TYPE (GsqlRegistry, gsql_registry, G_TYPE_OBJECT)

void
_gsql_orm_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_once_init_leave (&initialized, 1);
    }
}

static void
gsql_registry_finalize (GObject *object)
{
  GsqlRegistry *self = GSQL_REGISTRY (object);

  g_hash_table_unref (self->mappers);
  g_ptr_array_unref (self->order);
  g_clear_pointer (&self->table_rank, g_hash_table_unref);
  g_clear_object (&self->metadata);
  g_rec_mutex_clear (&self->lock);

  G_OBJECT_CLASS (gsql_registry_parent_class)->finalize (object);
}

static void
gsql_registry_class_init (GsqlRegistryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gsql_registry_finalize;
}

static void
gsql_registry_init (GsqlRegistry *self)
{
  self->metadata = gsql_metadata_new ();
  self->mappers = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->order = g_ptr_array_new ();
  g_rec_mutex_init (&self->lock);
}

/**
 * gsql_registry_new:
 *
 * Returns: (transfer full): a registry with an empty #GsqlMetaData
 *
 * Since: 1.0
 */
GsqlRegistry *
gsql_registry_new (void)
{
  return g_object_new (GSQL_TYPE_REGISTRY, NULL);
}

/**
 * gsql_registry_get_metadata:
 * @self: a #GsqlRegistry
 *
 * Returns: (transfer none): the metadata holding the mapped tables
 *
 * Since: 1.0
 */
GsqlMetaData *
gsql_registry_get_metadata (GsqlRegistry *self)
{
  g_return_val_if_fail (GSQL_IS_REGISTRY (self), NULL);
  return self->metadata;
}

static GsqlMapper *
add_mapper (GsqlRegistry *self, GType type, const char *name, GsqlTable *table)
{
  GsqlMapper *m;

  g_return_val_if_fail (G_TYPE_IS_OBJECT (type), NULL);
  if (g_hash_table_contains (self->mappers, GSIZE_TO_POINTER (type)))
    {
      g_critical ("Type %s is already mapped", g_type_name (type));
      return g_hash_table_lookup (self->mappers, GSIZE_TO_POINTER (type));
    }
  m = _gsql_mapper_new (self, type, name, table);
  g_hash_table_insert (self->mappers, GSIZE_TO_POINTER (type), m);
  g_rec_mutex_lock (&self->lock);
  g_ptr_array_add (self->order, m);
  g_clear_pointer (&self->table_rank, g_hash_table_unref);
  g_atomic_int_set (&self->configured, 0);
  g_rec_mutex_unlock (&self->lock);
  return m;
}

/**
 * gsql_registry_map:
 * @self: a #GsqlRegistry
 * @object_type: a GObject type
 * @table_name: the table to derive from its properties
 *
 * Maps a class declaratively.  Configure the mapper (primary key, column
 * options) before the registry is configured.
 *
 * Returns: (transfer none): the mapper
 *
 * Since: 1.0
 */
GsqlMapper *
gsql_registry_map (GsqlRegistry *self,
                   GType         object_type,
                   const char   *table_name)
{
  g_return_val_if_fail (GSQL_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (table_name != NULL, NULL);
  return add_mapper (self, object_type, table_name, NULL);
}

/**
 * gsql_registry_map_table:
 * @self: a #GsqlRegistry
 * @object_type: a GObject type
 * @table: an existing table (of any metadata)
 *
 * Maps a class onto an existing table: each column to the property of the
 * same name, the table's primary key as the mapper's.
 *
 * Returns: (transfer none): the mapper
 *
 * Since: 1.0
 */
GsqlMapper *
gsql_registry_map_table (GsqlRegistry *self,
                         GType         object_type,
                         GsqlTable    *table)
{
  g_return_val_if_fail (GSQL_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (GSQL_IS_TABLE (table), NULL);
  return add_mapper (self, object_type, NULL, table);
}

/**
 * gsql_registry_map_subclass:
 * @self: a #GsqlRegistry
 * @object_type: a subclass of a mapped GObject type
 * @discriminator_value: the value of the discriminator column that marks
 *   rows of this class
 *
 * Maps a subclass with single-table inheritance: its objects live in its
 * parent's table (which gains a nullable column for each property the
 * subclass adds), told apart by the discriminator column the root mapper
 * names with gsql_mapper_set_discriminator().  Queries on the parent
 * return objects of the right subclass; queries on the subclass return
 * only its rows.
 *
 * Returns: (transfer none) (nullable): the mapper, or %NULL (with a
 *   critical warning) when the parent type is not mapped
 *
 * Since: 1.0
 */
GsqlMapper *
gsql_registry_map_subclass (GsqlRegistry *self,
                            GType         object_type,
                            const char   *discriminator_value)
{
  GsqlMapper *parent;

  g_return_val_if_fail (GSQL_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (discriminator_value != NULL, NULL);

  parent = gsql_registry_get_mapper (self, g_type_parent (object_type));
  if (parent == NULL)
    {
      g_critical ("The parent of %s is not mapped", g_type_name (object_type));
      return NULL;
    }
  {
    GsqlMapper *m = add_mapper (self, object_type, NULL, NULL);
    _gsql_mapper_set_parent (m, parent, discriminator_value, FALSE);
    return m;
  }
}

/**
 * gsql_registry_map_joined:
 * @self: a #GsqlRegistry
 * @object_type: a subclass of a mapped GObject type
 * @table_name: the subclass's own table
 * @discriminator_value: the value of the root's discriminator column that
 *   marks objects of this class
 *
 * Maps a subclass with joined-table inheritance: the properties it adds
 * live in its own table, whose primary key is also a foreign key to its
 * parent's table (rows deleted with it).  Saving an object writes a row
 * in each table of its class chain; loading joins them; queries on a parent
 * return objects of the right subclass, with all their values.
 *
 * Returns: (transfer none) (nullable): the mapper, or %NULL (with a
 *   critical warning) when the parent type is not mapped
 *
 * Since: 1.0
 */
GsqlMapper *
gsql_registry_map_joined (GsqlRegistry *self,
                          GType         object_type,
                          const char   *table_name,
                          const char   *discriminator_value)
{
  GsqlMapper *parent;
  GsqlMapper *m;

  g_return_val_if_fail (GSQL_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (table_name != NULL, NULL);
  g_return_val_if_fail (discriminator_value != NULL, NULL);

  parent = gsql_registry_get_mapper (self, g_type_parent (object_type));
  if (parent == NULL)
    {
      g_critical ("The parent of %s is not mapped", g_type_name (object_type));
      return NULL;
    }
  m = add_mapper (self, object_type, table_name, NULL);
  _gsql_mapper_set_parent (m, parent, discriminator_value, TRUE);
  return m;
}

/**
 * gsql_registry_get_mapper:
 * @self: a #GsqlRegistry
 * @object_type: a GObject type
 *
 * The mapper of @object_type, or of its nearest mapped ancestor.
 *
 * Returns: (transfer none) (nullable): the mapper
 *
 * Since: 1.0
 */
GsqlMapper *
gsql_registry_get_mapper (GsqlRegistry *self,
                          GType         object_type)
{
  GType t;

  g_return_val_if_fail (GSQL_IS_REGISTRY (self), NULL);
  for (t = object_type; t != 0 && t != G_TYPE_OBJECT; t = g_type_parent (t))
    {
      GsqlMapper *m = g_hash_table_lookup (self->mappers, GSIZE_TO_POINTER (t));
      if (m != NULL)
        return m;
    }
  return NULL;
}

/**
 * gsql_registry_configure:
 * @self: a #GsqlRegistry
 * @error: return location for a #GError
 *
 * Builds the tables of declarative mappers and checks every mapping.
 * Idempotent; sessions and gsql_registry_create_all() call it.
 *
 * Returns: %TRUE when every mapping is valid; %FALSE with
 *   %GSQL_ORM_ERROR_MAPPING naming the class and property
 *
 * Since: 1.0
 */
static gboolean configure_locked (GsqlRegistry *self, GError **error);

gboolean
gsql_registry_configure (GsqlRegistry  *self,
                         GError       **error)
{
  gboolean ok;

  g_return_val_if_fail (GSQL_IS_REGISTRY (self), FALSE);

  /* Every session operation asks; once done it costs one atomic read. */
  if (g_atomic_int_get (&self->configured))
    return TRUE;
  g_rec_mutex_lock (&self->lock);
  ok = configure_locked (self, error);
  if (ok)
    g_atomic_int_set (&self->configured, 1);
  g_rec_mutex_unlock (&self->lock);
  return ok;
}

static gboolean
configure_locked (GsqlRegistry  *self,
                  GError       **error)
{
  guint i, j;

  if (g_atomic_int_get (&self->configured))
    return TRUE;
  _gsql_orm_init ();
  for (i = 0; i < self->order->len; i++)
    if (!_gsql_mapper_configure (g_ptr_array_index (self->order, i), error))
      return FALSE;
  /* Where each class's values sit in a row of its hierarchy's tables. */
  for (i = 0; i < self->order->len; i++)
    {
      GsqlMapper *m = g_ptr_array_index (self->order, i);
      if (gsql_mapper_get_parent (m) == NULL)
        _gsql_mapper_finish_hierarchy (m);
    }

  /* Relationships, once every class has its columns. */
  for (i = 0; i < self->order->len; i++)
    {
      GsqlMapper *m = g_ptr_array_index (self->order, i);
      GPtrArray *rels = _gsql_mapper_get_own_relationships (m);

      _gsql_mapper_register_type (m);
      for (j = 0; j < rels->len; j++)
        if (!_gsql_relationship_configure (g_ptr_array_index (rels, j), error))
          return FALSE;
    }
  for (i = 0; i < self->order->len; i++)
    {
      GPtrArray *rels = _gsql_mapper_get_own_relationships (g_ptr_array_index (self->order, i));
      for (j = 0; j < rels->len; j++)
        if (!_gsql_relationship_link (g_ptr_array_index (rels, j), error))
          return FALSE;
    }

  /* Two classes on one table would each think they own its rows. */
  for (i = 0; i < self->order->len; i++)
    for (j = i + 1; j < self->order->len; j++)
      {
        GsqlMapper *a = g_ptr_array_index (self->order, i);
        GsqlMapper *b = g_ptr_array_index (self->order, j);
        if (gsql_mapper_get_table (a) == gsql_mapper_get_table (b) &&
            _gsql_mapper_get_root (a) != _gsql_mapper_get_root (b))
          {
            g_set_error (error, GSQL_ORM_ERROR, GSQL_ORM_ERROR_MAPPING,
                         _("Classes %s and %s are both mapped onto table “%s”"),
                         g_type_name (gsql_mapper_get_object_type (a)),
                         g_type_name (gsql_mapper_get_object_type (b)),
                         gsql_table_get_name (gsql_mapper_get_table (a)));
            return FALSE;
          }
      }
  return TRUE;
}

/* Dependency order of the mapped tables: lower ranks are inserted first. */
guint
_gsql_registry_table_rank (GsqlRegistry *self,
                           GsqlTable    *table)
{
  GHashTable *ranks = g_atomic_pointer_get (&self->table_rank);

  /* Built once (sorts compare ranks often); mapping a new class, which
   * is not done while sessions work, starts over. */
  if (ranks == NULL)
    {
      g_rec_mutex_lock (&self->lock);
      if (self->table_rank == NULL)
        {
          g_autoptr(GPtrArray) sorted = NULL;
          GHashTable *built = g_hash_table_new (NULL, NULL);
          guint i;

          sorted = gsql_metadata_get_sorted_tables (self->metadata, NULL);
          if (sorted != NULL)
            for (i = 0; i < sorted->len; i++)
              g_hash_table_insert (built, g_ptr_array_index (sorted, i), GUINT_TO_POINTER (i + 1));
          /* Imperatively mapped tables of other metadata come last, in order. */
          for (i = 0; i < self->order->len; i++)
            {
              GsqlTable *t = gsql_mapper_get_table (g_ptr_array_index (self->order, i));
              if (t != NULL && !g_hash_table_contains (built, t))
                g_hash_table_insert (built, t, GUINT_TO_POINTER (g_hash_table_size (built) + 1));
            }
          g_atomic_pointer_set (&self->table_rank, built);
        }
      ranks = self->table_rank;
      g_rec_mutex_unlock (&self->lock);
    }
  return GPOINTER_TO_UINT (g_hash_table_lookup (ranks, table));
}

/**
 * gsql_registry_create_all:
 * @self: a #GsqlRegistry
 * @engine: the database
 * @error: return location for a #GError
 *
 * Configures the registry and creates the tables that do not exist yet.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
gsql_registry_create_all (GsqlRegistry  *self,
                          GsqlEngine    *engine,
                          GError       **error)
{
  g_return_val_if_fail (GSQL_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (GSQL_IS_ENGINE (engine), FALSE);

  if (!gsql_registry_configure (self, error))
    return FALSE;
  return gsql_metadata_create_all (self->metadata, engine, TRUE, NULL, error);
}
