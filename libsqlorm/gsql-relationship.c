/* gsql-relationship.c: links between mapped classes
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */

/**
 * SECTION:gsql-relationship
 * @title: GsqlRelationship
 * @short_description: many-to-one, one-to-many, one-to-one and
 *   many-to-many links between mapped classes
 *
 * A #GsqlRelationship links a mapped class to another, as SQLAlchemy's
 * `relationship()`.  Add one with gsql_mapper_add_relationship() before
 * the registry is configured; the foreign key that joins the two tables
 * is found from the tables (name it with
 * gsql_relationship_set_foreign_keys() when there are several), and tells
 * the direction: the class holding the foreign key sees one object (a
 * many-to-one), the other sees a list (a one-to-many, or a one-to-one with
 * gsql_relationship_set_uselist()).  With an association table
 * (gsql_relationship_set_secondary()) both sides see lists.
 *
 * |[<!-- language="C" -->
 * GsqlRelationship *r = gsql_mapper_add_relationship (users, "addresses", DEMO_TYPE_ADDRESS);
 * gsql_relationship_set_back_populates (r, "user");
 * gsql_relationship_set_cascade (r, GSQL_CASCADE_ALL | GSQL_CASCADE_DELETE_ORPHAN);
 * gsql_relationship_set_lazy (r, GSQL_LOAD_SELECTIN);
 * gsql_mapper_add_relationship (addresses, "user", DEMO_TYPE_USER);
 * ]|
 *
 * The related objects are reached with gsql_related_list(),
 * gsql_related_get() and gsql_related_set().  When the class has a
 * property of the relationship's name (a #GListModel property for a list,
 * an object property for one object), gsql keeps it in step: it sets the
 * property whenever it loads or changes the relationship, and reads it
 * back at the next flush or access, so that a value set through the
 * property is seen too.
 *
 * Two objects that refer to each other through a relationship and its
 * back-populating partner hold references to each other.  A session
 * breaks these cycles when it expires its objects (by default at every
 * commit), expunges them or is closed; objects that never enter a session
 * keep each other alive until gsql_related_set() or removal from the list
 * undoes the link.
 */

#include "config.h"

#include <string.h>

#include "gsql-orm-private.h"

/**
 * GsqlRelationship:
 *
 * A link from one mapped class to another (many-to-one, one-to-many, one-
 * to-one or many-to-many), with its cascades and loading strategy.
 *
 * Since: 1.0
 */
G_DEFINE_FINAL_TYPE (GsqlRelationship, gsql_relationship, G_TYPE_OBJECT)

static void
gsql_relationship_finalize (GObject *object)
{
  GsqlRelationship *self = GSQL_RELATIONSHIP (object);

  g_free (self->name);
  g_free (self->back_name);
  g_free (self->secondary_name);
  g_clear_object (&self->secondary);
  g_strfreev (self->foreign_keys);
  g_strfreev (self->remote_side);
  g_free (self->order_by);
  g_clear_pointer (&self->local, g_ptr_array_unref);
  g_clear_pointer (&self->remote, g_ptr_array_unref);
  g_clear_pointer (&self->sec_local, g_ptr_array_unref);
  g_clear_pointer (&self->sec_remote, g_ptr_array_unref);

  G_OBJECT_CLASS (gsql_relationship_parent_class)->finalize (object);
}

static void
gsql_relationship_class_init (GsqlRelationshipClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gsql_relationship_finalize;
}

static void
gsql_relationship_init (GsqlRelationship *self)
{
  self->cascade = GSQL_CASCADE_DEFAULT;
  self->lazy = GSQL_LOAD_LAZY;
}

/* Classes by GType, for objects that are in no session yet. */
static GMutex types_lock;
static GHashTable *types;     /* GType → GsqlMapper (weak) */

void
_gsql_mapper_register_type (GsqlMapper *mapper)
{
  g_mutex_lock (&types_lock);
  if (types == NULL)
    types = g_hash_table_new (NULL, NULL);
  g_hash_table_insert (types, GSIZE_TO_POINTER (gsql_mapper_get_object_type (mapper)), mapper);
  g_mutex_unlock (&types_lock);
}

void
_gsql_mapper_unregister_type (GsqlMapper *mapper)
{
  GType t = gsql_mapper_get_object_type (mapper);

  g_mutex_lock (&types_lock);
  if (types != NULL && g_hash_table_lookup (types, GSIZE_TO_POINTER (t)) == mapper)
    g_hash_table_remove (types, GSIZE_TO_POINTER (t));
  g_mutex_unlock (&types_lock);
}

GsqlMapper *
_gsql_mapper_lookup_type (GType type)
{
  GsqlMapper *m = NULL;
  GType t;

  g_mutex_lock (&types_lock);
  for (t = type; types != NULL && t != 0 && t != G_TYPE_OBJECT && m == NULL; t = g_type_parent (t))
    m = g_hash_table_lookup (types, GSIZE_TO_POINTER (t));
  g_mutex_unlock (&types_lock);
  return m;
}

/**
 * gsql_mapper_add_relationship:
 * @self: a #GsqlMapper, not yet configured
 * @name: the relationship's name (a property of the class by that name,
 *   if any, is kept in step and not mapped onto a column)
 * @target_type: the related class (mapped in the same registry)
 *
 * Adds a relationship to a class.  Set its options before the registry is
 * configured; a mistake (no foreign key, several, an unknown
 * back-populating partner…) fails gsql_registry_configure() with
 * %GSQL_ORM_ERROR_MAPPING.
 *
 * Returns: (transfer none): the relationship
 *
 * Since: 1.0
 */
GsqlRelationship *
gsql_mapper_add_relationship (GsqlMapper *self,
                              const char *name,
                              GType       target_type)
{
  GsqlRelationship *rel;

  g_return_val_if_fail (GSQL_IS_MAPPER (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (G_TYPE_IS_OBJECT (target_type), NULL);

  rel = g_object_new (GSQL_TYPE_RELATIONSHIP, NULL);
  rel->mapper = self;
  rel->name = g_strdup (name);
  rel->target_type = target_type;
  _gsql_mapper_take_relationship (self, rel);
  return rel;
}

/**
 * gsql_mapper_get_relationship:
 * @self: a #GsqlMapper
 * @name: a relationship's name
 *
 * Returns: (transfer none) (nullable): the relationship of this class (or
 *   of a class it inherits from) by that name
 *
 * Since: 1.0
 */
GsqlRelationship *
gsql_mapper_get_relationship (GsqlMapper *self,
                              const char *name)
{
  g_return_val_if_fail (GSQL_IS_MAPPER (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (; self != NULL; self = gsql_mapper_get_parent (self))
    {
      GPtrArray *rels = _gsql_mapper_get_own_relationships (self);
      guint i;

      for (i = 0; i < rels->len; i++)
        if (g_str_equal (((GsqlRelationship *) g_ptr_array_index (rels, i))->name, name))
          return g_ptr_array_index (rels, i);
    }
  return NULL;
}

/**
 * gsql_mapper_get_relationships:
 * @self: a #GsqlMapper
 *
 * Returns: (transfer container) (element-type GsqlRelationship): the
 *   relationships of the class, inherited ones first
 *
 * Since: 1.0
 */
GPtrArray *
gsql_mapper_get_relationships (GsqlMapper *self)
{
  GPtrArray *all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  GsqlMapper *m;
  guint i, k;

  g_return_val_if_fail (GSQL_IS_MAPPER (self), all);
  for (m = self; m != NULL; m = gsql_mapper_get_parent (m))
    g_ptr_array_insert (chain, 0, m);
  for (k = 0; k < chain->len; k++)
    {
      GPtrArray *rels = _gsql_mapper_get_own_relationships (g_ptr_array_index (chain, k));
      for (i = 0; i < rels->len; i++)
        g_ptr_array_add (all, g_object_ref (g_ptr_array_index (rels, i)));
    }
  return all;
}

gboolean
_gsql_mapper_is_relationship_name (GsqlMapper *self,
                                   const char *property)
{
  g_autofree char *canon = g_strdelimit (g_strdup (property), "_", '-');

  for (; self != NULL; self = gsql_mapper_get_parent (self))
    {
      GPtrArray *rels = _gsql_mapper_get_own_relationships (self);
      guint i;

      for (i = 0; i < rels->len; i++)
        {
          g_autofree char *n = g_strdelimit (g_strdup (((GsqlRelationship *) g_ptr_array_index (rels, i))->name),
                                             "_", '-');
          if (g_str_equal (n, canon))
            return TRUE;
        }
    }
  return FALSE;
}

/**
 * gsql_relationship_get_name:
 * @self: a #GsqlRelationship
 *
 * Returns: the relationship's name
 *
 * Since: 1.0
 */
const char *
gsql_relationship_get_name (GsqlRelationship *self)
{
  g_return_val_if_fail (GSQL_IS_RELATIONSHIP (self), NULL);
  return self->name;
}

/**
 * gsql_relationship_get_mapper:
 * @self: a #GsqlRelationship
 *
 * Returns: (transfer none): the mapper of the class that has the
 *   relationship
 *
 * Since: 1.0
 */
GsqlMapper *
gsql_relationship_get_mapper (GsqlRelationship *self)
{
  g_return_val_if_fail (GSQL_IS_RELATIONSHIP (self), NULL);
  return self->mapper;
}

/**
 * gsql_relationship_get_target:
 * @self: a #GsqlRelationship
 *
 * Returns: (transfer none) (nullable): the mapper of the related class,
 *   once the registry is configured
 *
 * Since: 1.0
 */
GsqlMapper *
gsql_relationship_get_target (GsqlRelationship *self)
{
  g_return_val_if_fail (GSQL_IS_RELATIONSHIP (self), NULL);
  return self->target;
}

/**
 * gsql_relationship_get_direction:
 * @self: a configured #GsqlRelationship
 *
 * Returns: which side holds the foreign key
 *
 * Since: 1.0
 */
GsqlRelationshipDirection
gsql_relationship_get_direction (GsqlRelationship *self)
{
  g_return_val_if_fail (GSQL_IS_RELATIONSHIP (self), GSQL_RELATIONSHIP_MANY_TO_ONE);
  return self->direction;
}

/**
 * gsql_relationship_get_uselist:
 * @self: a configured #GsqlRelationship
 *
 * Returns: whether the relationship holds a list (else one object)
 *
 * Since: 1.0
 */
gboolean
gsql_relationship_get_uselist (GsqlRelationship *self)
{
  g_return_val_if_fail (GSQL_IS_RELATIONSHIP (self), FALSE);
  return self->uselist;
}

/**
 * gsql_relationship_get_cascade:
 * @self: a #GsqlRelationship
 *
 * Returns: its cascade options
 *
 * Since: 1.0
 */
GsqlCascade
gsql_relationship_get_cascade (GsqlRelationship *self)
{
  g_return_val_if_fail (GSQL_IS_RELATIONSHIP (self), GSQL_CASCADE_NONE);
  return self->cascade;
}

/**
 * gsql_relationship_get_lazy:
 * @self: a #GsqlRelationship
 *
 * Returns: its default loading strategy
 *
 * Since: 1.0
 */
GsqlLoadStrategy
gsql_relationship_get_lazy (GsqlRelationship *self)
{
  g_return_val_if_fail (GSQL_IS_RELATIONSHIP (self), GSQL_LOAD_LAZY);
  return self->lazy;
}

/**
 * gsql_relationship_get_back:
 * @self: a configured #GsqlRelationship
 *
 * Returns: (transfer none) (nullable): the relationship of the other class
 *   that it back-populates
 *
 * Since: 1.0
 */
GsqlRelationship *
gsql_relationship_get_back (GsqlRelationship *self)
{
  g_return_val_if_fail (GSQL_IS_RELATIONSHIP (self), NULL);
  return self->back;
}

#define CHECK_UNCONFIGURED(self) \
  g_return_if_fail (GSQL_IS_RELATIONSHIP (self)); \
  g_return_if_fail (!(self)->configured)

/**
 * gsql_relationship_set_back_populates:
 * @self: a #GsqlRelationship
 * @name: the relationship of the related class that mirrors this one
 *
 * Keeps both sides in step in memory: appending an address to a user's
 * addresses sets the address's user, and setting it adds the address to
 * the user's (loaded) addresses.  Set it on both relationships.
 *
 * Since: 1.0
 */
void
gsql_relationship_set_back_populates (GsqlRelationship *self,
                                      const char       *name)
{
  CHECK_UNCONFIGURED (self);
  g_free (self->back_name);
  self->back_name = g_strdup (name);
}

/**
 * gsql_relationship_set_secondary:
 * @self: a #GsqlRelationship
 * @table_name: the association table (of the registry's metadata) whose
 *   rows link the two classes
 *
 * Makes a many-to-many relationship.
 *
 * Since: 1.0
 */
void
gsql_relationship_set_secondary (GsqlRelationship *self,
                                 const char       *table_name)
{
  CHECK_UNCONFIGURED (self);
  g_free (self->secondary_name);
  self->secondary_name = g_strdup (table_name);
}

/**
 * gsql_relationship_set_foreign_keys:
 * @self: a #GsqlRelationship
 * @columns: (array zero-terminated=1): the columns of the foreign key to
 *   join by (for a many-to-many: the association table's columns that
 *   refer to this class)
 *
 * Chooses the foreign key when the tables have several between them (a
 * message's sender and its recipient, both users).
 *
 * Since: 1.0
 */
void
gsql_relationship_set_foreign_keys (GsqlRelationship   *self,
                                    const char * const *columns)
{
  CHECK_UNCONFIGURED (self);
  g_strfreev (self->foreign_keys);
  self->foreign_keys = g_strdupv ((char **) columns);
}

/**
 * gsql_relationship_set_remote_side:
 * @self: a #GsqlRelationship
 * @columns: (array zero-terminated=1): columns of the related side of the
 *   join
 *
 * For a self-referential table: naming the referred (key) columns makes
 * the relationship a many-to-one (a category's parent); without it, it is
 * a one-to-many (a category's children).
 *
 * Since: 1.0
 */
void
gsql_relationship_set_remote_side (GsqlRelationship   *self,
                                   const char * const *columns)
{
  CHECK_UNCONFIGURED (self);
  g_strfreev (self->remote_side);
  self->remote_side = g_strdupv ((char **) columns);
}

/**
 * gsql_relationship_set_uselist:
 * @self: a #GsqlRelationship
 * @uselist: %FALSE to make a one-to-many a one-to-one
 *
 * Since: 1.0
 */
void
gsql_relationship_set_uselist (GsqlRelationship *self,
                               gboolean          uselist)
{
  CHECK_UNCONFIGURED (self);
  self->uselist_set = TRUE;
  self->uselist = uselist;
}

/**
 * gsql_relationship_set_order_by:
 * @self: a #GsqlRelationship
 * @property: (nullable): a property of the related class to sort lists by
 * @descending: whether to sort in descending order
 *
 * Since: 1.0
 */
void
gsql_relationship_set_order_by (GsqlRelationship *self,
                                const char       *property,
                                gboolean          descending)
{
  CHECK_UNCONFIGURED (self);
  g_free (self->order_by);
  self->order_by = g_strdup (property);
  self->order_desc = descending;
}

/**
 * gsql_relationship_set_cascade:
 * @self: a #GsqlRelationship
 * @cascade: the cascade options
 *
 * Since: 1.0
 */
void
gsql_relationship_set_cascade (GsqlRelationship *self,
                               GsqlCascade       cascade)
{
  g_return_if_fail (GSQL_IS_RELATIONSHIP (self));
  self->cascade = cascade;
}

/**
 * gsql_relationship_set_lazy:
 * @self: a #GsqlRelationship
 * @strategy: the default loading strategy (not %GSQL_LOAD_DEFAULT or
 *   %GSQL_LOAD_CONTAINS_EAGER, which only queries use)
 *
 * Since: 1.0
 */
void
gsql_relationship_set_lazy (GsqlRelationship *self,
                            GsqlLoadStrategy  strategy)
{
  g_return_if_fail (GSQL_IS_RELATIONSHIP (self));
  g_return_if_fail (strategy != GSQL_LOAD_DEFAULT && strategy != GSQL_LOAD_CONTAINS_EAGER);
  self->lazy = strategy;
}

/**
 * gsql_relationship_set_passive_deletes:
 * @self: a #GsqlRelationship
 * @passive: %TRUE to leave related rows that are not loaded to the
 *   database's ON DELETE rule
 *
 * Deleting an owner normally loads its related objects to delete them
 * (with the delete cascade) or to clear their foreign key; with passive
 * deletes, only the loaded ones are handled and the foreign key's ON
 * DELETE CASCADE or SET NULL does the rest.
 *
 * Since: 1.0
 */
void
gsql_relationship_set_passive_deletes (GsqlRelationship *self,
                                       gboolean          passive)
{
  g_return_if_fail (GSQL_IS_RELATIONSHIP (self));
  self->passive_deletes = passive;
}

/**
 * gsql_relationship_set_post_update:
 * @self: a #GsqlRelationship
 * @post_update: %TRUE to write the foreign key with a second UPDATE
 *
 * For rows that point at each other (a user's favourite address, which
 * belongs to the user): the foreign key of this relationship is written
 * by an UPDATE after both rows were inserted.
 *
 * Since: 1.0
 */
void
gsql_relationship_set_post_update (GsqlRelationship *self,
                                   gboolean          post_update)
{
  g_return_if_fail (GSQL_IS_RELATIONSHIP (self));
  self->post_update = post_update;
}

/* Configuration */

static gboolean
rel_error (GsqlRelationship *self, GError **error, const char *detail)
{
  g_set_error (error, GSQL_ORM_ERROR, GSQL_ORM_ERROR_MAPPING,
               _("Relationship “%s” of class %s: %s"),
               self->name, g_type_name (gsql_mapper_get_object_type (self->mapper)), detail);
  return FALSE;
}

static GsqlMappedProperty *
prop_for_column (GsqlMapper *m, GsqlTable *table, const char *column)
{
  GPtrArray *mapped = _gsql_mapper_get_mapped (m);
  guint i;

  for (i = 0; i < mapped->len; i++)
    {
      GsqlMappedProperty *p = g_ptr_array_index (mapped, i);
      if (gsql_column_get_table (p->column) == table && g_str_equal (gsql_column_get_name (p->column), column))
        return p;
    }
  return NULL;
}

static gboolean
strv_same_set (const char * const *a, const char * const *b)
{
  guint i;

  if (a == NULL || b == NULL || g_strv_length ((char **) a) != g_strv_length ((char **) b))
    return FALSE;
  for (i = 0; a[i] != NULL; i++)
    if (!g_strv_contains (b, a[i]))
      return FALSE;
  return TRUE;
}

static gboolean
fk_matches_option (GsqlRelationship *self, GsqlConstraint *fk)
{
  const char * const *cols = gsql_constraint_get_columns (fk);
  guint i;

  if (self->foreign_keys == NULL)
    return TRUE;
  for (i = 0; cols[i] != NULL; i++)
    if (!g_strv_contains ((const char * const *) self->foreign_keys, cols[i]))
      return FALSE;
  return TRUE;
}

static gboolean
table_in (GPtrArray *tables, GsqlTable *t)
{
  return t != NULL && g_ptr_array_find (tables, t, NULL);
}

static gboolean
zero_is_null_for (GsqlMappedProperty *p)
{
  GType t = p->pspec->value_type;

  return gsql_column_get_nullable (p->column) &&
         (t == G_TYPE_INT || t == G_TYPE_INT64 || t == G_TYPE_UINT || t == G_TYPE_UINT64 ||
          t == G_TYPE_LONG || t == G_TYPE_ULONG);
}

/* Pairs of properties along a foreign key: @fk_mapper's properties for the
 * key's columns, @ref_mapper's for the columns it refers to. */
static gboolean
pairs_from_fk (GsqlRelationship *self, GsqlConstraint *fk, GsqlMapper *fk_mapper, GsqlMapper *ref_mapper,
               GPtrArray *fk_props, GPtrArray *ref_props, GError **error)
{
  const char * const *cols = gsql_constraint_get_columns (fk);
  const char * const *refs = gsql_constraint_get_referred_columns (fk);
  GsqlTable *fk_table = NULL, *ref_table = gsql_constraint_resolve_referred_table (fk, NULL);
  guint i;

  {
    GPtrArray *tables = _gsql_mapper_get_tables (fk_mapper);
    for (i = 0; i < tables->len; i++)
      {
        g_autoptr(GPtrArray) fks = gsql_table_get_foreign_keys (g_ptr_array_index (tables, i));
        if (g_ptr_array_find (fks, fk, NULL))
          fk_table = g_ptr_array_index (tables, i);
      }
  }
  for (i = 0; cols[i] != NULL; i++)
    {
      GsqlMappedProperty *a = prop_for_column (fk_mapper, fk_table, cols[i]);
      GsqlMappedProperty *b = prop_for_column (ref_mapper, ref_table, refs[i]);
      if (a == NULL || b == NULL)
        {
          g_autofree char *d = g_strdup_printf (_("column “%s” of its foreign key is not mapped onto a property"),
                                                a == NULL ? cols[i] : refs[i]);
          return rel_error (self, error, d);
        }
      g_ptr_array_add (fk_props, a);
      g_ptr_array_add (ref_props, b);
    }
  return TRUE;
}

static gboolean
configure_secondary (GsqlRelationship *self, GError **error)
{
  GsqlMetaData *md = gsql_registry_get_metadata (gsql_mapper_get_registry (self->mapper));
  GPtrArray *own = _gsql_mapper_get_tables (self->mapper);
  GPtrArray *theirs = _gsql_mapper_get_tables (self->target);
  g_autoptr(GPtrArray) fks = NULL;
  GsqlConstraint *lfk = NULL, *rfk = NULL;
  guint i, k;

  self->secondary = gsql_metadata_get_table (md, self->secondary_name);
  if (self->secondary == NULL)
    {
      g_autofree char *d = g_strdup_printf (_("its association table “%s” is not in the registry's metadata"),
                                            self->secondary_name);
      return rel_error (self, error, d);
    }
  g_object_ref (self->secondary);
  fks = gsql_table_get_foreign_keys (self->secondary);
  for (i = 0; i < fks->len; i++)
    {
      GsqlConstraint *fk = g_ptr_array_index (fks, i);
      GsqlTable *ref = gsql_constraint_resolve_referred_table (fk, NULL);
      gboolean mine = table_in (own, ref) && (self->foreign_keys == NULL || fk_matches_option (self, fk));
      gboolean other = table_in (theirs, ref) &&
                       (self->foreign_keys == NULL || !fk_matches_option (self, fk) || !table_in (own, ref));

      if (mine && lfk == NULL)
        lfk = fk;
      else if (other && rfk == NULL)
        rfk = fk;
      else if (mine || other)
        return rel_error (self, error,
                          _("its association table has several foreign keys to these classes; "
                            "name this side's with gsql_relationship_set_foreign_keys()"));
    }
  if (lfk == NULL || rfk == NULL)
    return rel_error (self, error, _("its association table has no foreign key to one of the two classes"));
  self->direction = GSQL_RELATIONSHIP_MANY_TO_MANY;
  self->sec_local = g_ptr_array_new ();
  self->sec_remote = g_ptr_array_new ();
  for (k = 0; k < 2; k++)
    {
      GsqlConstraint *fk = k == 0 ? lfk : rfk;
      GsqlMapper *m = k == 0 ? self->mapper : self->target;
      GsqlTable *ref = gsql_constraint_resolve_referred_table (fk, NULL);
      const char * const *cols = gsql_constraint_get_columns (fk);
      const char * const *refs = gsql_constraint_get_referred_columns (fk);

      for (i = 0; cols[i] != NULL; i++)
        {
          GsqlMappedProperty *p = prop_for_column (m, ref, refs[i]);
          GsqlColumn *c = gsql_table_get_column (self->secondary, cols[i]);
          if (p == NULL || c == NULL)
            return rel_error (self, error, _("a column its association table refers to is not mapped"));
          g_ptr_array_add (k == 0 ? self->local : self->remote, p);
          g_ptr_array_add (k == 0 ? self->sec_local : self->sec_remote, c);
        }
    }
  return TRUE;
}

gboolean
_gsql_relationship_configure (GsqlRelationship  *self,
                              GError           **error)
{
  GsqlRegistry *registry = gsql_mapper_get_registry (self->mapper);

  if (self->configured)
    return TRUE;
  self->target = gsql_registry_get_mapper (registry, self->target_type);
  if (self->target == NULL)
    {
      g_autofree char *d = g_strdup_printf (_("class %s is not mapped"), g_type_name (self->target_type));
      return rel_error (self, error, d);
    }
  g_clear_pointer (&self->local, g_ptr_array_unref);
  g_clear_pointer (&self->remote, g_ptr_array_unref);
  g_clear_pointer (&self->sec_local, g_ptr_array_unref);
  g_clear_pointer (&self->sec_remote, g_ptr_array_unref);
  g_clear_object (&self->secondary);
  self->local = g_ptr_array_new ();
  self->remote = g_ptr_array_new ();

  if (self->secondary_name != NULL)
    {
      if (!configure_secondary (self, error))
        return FALSE;
    }
  else
    {
      GPtrArray *own = _gsql_mapper_get_tables (self->mapper);
      GPtrArray *theirs = _gsql_mapper_get_tables (self->target);
      g_autoptr(GPtrArray) to_me = g_ptr_array_new ();     /* in their tables, referring to ours */
      g_autoptr(GPtrArray) to_them = g_ptr_array_new ();   /* in our tables, referring to theirs */
      GsqlConstraint *fk;
      gboolean many_to_one;
      guint i, k;

      for (k = 0; k < 2; k++)
        {
          GPtrArray *holders = k == 0 ? theirs : own;
          GPtrArray *referred = k == 0 ? own : theirs;
          for (i = 0; i < holders->len; i++)
            {
              g_autoptr(GPtrArray) fks = gsql_table_get_foreign_keys (g_ptr_array_index (holders, i));
              guint j;
              for (j = 0; j < fks->len; j++)
                {
                  GsqlConstraint *c = g_ptr_array_index (fks, j);
                  if (table_in (referred, gsql_constraint_resolve_referred_table (c, NULL)) &&
                      fk_matches_option (self, c))
                    g_ptr_array_add (k == 0 ? to_me : to_them, c);
                }
            }
        }
      /* Leave out the keys that tie a joined-table subclass to its parent. */
      for (k = 0; k < 2; k++)
        {
          GPtrArray *list = k == 0 ? to_me : to_them;
          for (i = list->len; i > 0; i--)
            {
              GsqlConstraint *c = g_ptr_array_index (list, i - 1);
              GsqlTable *ref = gsql_constraint_resolve_referred_table (c, NULL);
              if (_gsql_mapper_get_root (self->mapper) == _gsql_mapper_get_root (self->target) &&
                  table_in (own, ref) && table_in (theirs, ref) &&
                  strv_same_set (gsql_constraint_get_columns (c), gsql_constraint_get_referred_columns (c)))
                g_ptr_array_remove_index (list, i - 1);
            }
        }

      if (to_me->len + to_them->len == 0)
        {
          g_autofree char *d = g_strdup_printf (_("no foreign key links its table to the table of %s"),
                                                g_type_name (self->target_type));
          return rel_error (self, error, d);
        }
      /* Self-referential: one key, seen from both ends. */
      if (to_me->len == 1 && to_them->len == 1 && g_ptr_array_index (to_me, 0) == g_ptr_array_index (to_them, 0))
        {
          fk = g_ptr_array_index (to_me, 0);
          many_to_one = self->remote_side != NULL &&
                        strv_same_set ((const char * const *) self->remote_side, gsql_constraint_get_referred_columns (fk));
        }
      else if (to_me->len + to_them->len == 1)
        {
          many_to_one = to_them->len == 1;
          fk = g_ptr_array_index (many_to_one ? to_them : to_me, 0);
        }
      else
        {
          g_autofree char *d = g_strdup_printf (_("several foreign keys link its table to the table of %s; "
                                                  "name one with gsql_relationship_set_foreign_keys()"),
                                                g_type_name (self->target_type));
          return rel_error (self, error, d);
        }
      if (many_to_one)
        {
          self->direction = GSQL_RELATIONSHIP_MANY_TO_ONE;
          if (!pairs_from_fk (self, fk, self->mapper, self->target, self->local, self->remote, error))
            return FALSE;
          for (i = 0; i < self->local->len; i++)
            {
              GsqlMappedProperty *p = g_ptr_array_index (self->local, i);
              p->zero_is_null = zero_is_null_for (p);
            }
        }
      else
        {
          self->direction = GSQL_RELATIONSHIP_ONE_TO_MANY;
          if (!pairs_from_fk (self, fk, self->target, self->mapper, self->remote, self->local, error))
            return FALSE;
          for (i = 0; i < self->remote->len; i++)
            {
              GsqlMappedProperty *p = g_ptr_array_index (self->remote, i);
              p->zero_is_null = zero_is_null_for (p);
            }
        }
    }

  if (self->uselist_set)
    {
      if (self->uselist && self->direction == GSQL_RELATIONSHIP_MANY_TO_ONE)
        return rel_error (self, error, _("a many-to-one relationship cannot hold a list"));
      /* uselist as given */
    }
  else
    self->uselist = self->direction != GSQL_RELATIONSHIP_MANY_TO_ONE;

  if (self->order_by != NULL)
    {
      self->order_prop = NULL;
      for (guint i = 0; i < _gsql_mapper_get_mapped (self->target)->len; i++)
        {
          GsqlMappedProperty *p = g_ptr_array_index (_gsql_mapper_get_mapped (self->target), i);
          if (g_str_equal (p->property, self->order_by))
            self->order_prop = p;
        }
      if (self->order_prop == NULL)
        {
          g_autofree char *d = g_strdup_printf (_("its order property “%s” is not mapped in class %s"),
                                                self->order_by, g_type_name (self->target_type));
          return rel_error (self, error, d);
        }
    }

  /* A property of the same name is kept in step. */
  {
    g_autoptr(GTypeClass) klass = g_type_class_ref (gsql_mapper_get_object_type (self->mapper));
    GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), self->name);

    self->pspec = NULL;
    if (pspec != NULL)
      {
        GType vt = pspec->value_type;
        gboolean ok = self->uselist ? (g_type_is_a (G_TYPE_LIST_STORE, vt) || g_type_is_a (vt, G_TYPE_LIST_MODEL))
                                    : (G_TYPE_IS_OBJECT (vt) && g_type_is_a (self->target_type, vt));
        if (!ok)
          {
            g_autofree char *d = g_strdup_printf (_("its property has type %s, which cannot hold %s"),
                                                  g_type_name (vt),
                                                  self->uselist ? "GListStore" : g_type_name (self->target_type));
            return rel_error (self, error, d);
          }
        self->pspec = pspec;
      }
  }
  self->configured = TRUE;
  return TRUE;
}

/* Back-populates, once every relationship is configured. */
gboolean
_gsql_relationship_link (GsqlRelationship  *self,
                         GError           **error)
{
  GsqlRelationship *back;

  if (self->back_name == NULL)
    return TRUE;
  back = gsql_mapper_get_relationship (self->target, self->back_name);
  if (back == NULL || !g_type_is_a (gsql_mapper_get_object_type (self->mapper), back->target_type))
    {
      g_autofree char *d = g_strdup_printf (_("class %s has no relationship “%s” back to it"),
                                            g_type_name (self->target_type), self->back_name);
      return rel_error (self, error, d);
    }
  self->back = back;
  return TRUE;
}

/* Query construction */

/* A column of a FROM element: the table's own, or an alias's. */
static GsqlExpr *
col_of (GsqlExpr *from, GsqlColumn *column)
{
  if (from == NULL)
    return gsql_column_ref (column);
  return gsql_from_col (from, gsql_column_get_name (column));
}

GsqlExpr *
_gsql_relationship_join_on (GsqlRelationship *self,
                            GsqlExpr         *owner_from,
                            GsqlExpr         *target_from,
                            GsqlExpr         *secondary_from,
                            gboolean          to_secondary)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new ();
  guint i;

  if (self->direction == GSQL_RELATIONSHIP_MANY_TO_MANY)
    {
      GPtrArray *props = to_secondary ? self->local : self->remote;
      GPtrArray *cols = to_secondary ? self->sec_local : self->sec_remote;
      GsqlExpr *from = to_secondary ? owner_from : target_from;

      for (i = 0; i < props->len; i++)
        g_ptr_array_add (terms, gsql_eq (col_of (from, ((GsqlMappedProperty *) g_ptr_array_index (props, i))->column),
                                         col_of (secondary_from, g_ptr_array_index (cols, i))));
    }
  else
    for (i = 0; i < self->local->len; i++)
      g_ptr_array_add (terms, gsql_eq (col_of (owner_from, ((GsqlMappedProperty *) g_ptr_array_index (self->local, i))->column),
                                       col_of (target_from, ((GsqlMappedProperty *) g_ptr_array_index (self->remote, i))->column)));
  return terms->len == 1 ? g_ptr_array_index (terms, 0) : gsql_and_v ((GsqlExpr **) terms->pdata, terms->len);
}

static gboolean
ensure_configured (GsqlRelationship *self)
{
  g_autoptr(GError) error = NULL;

  if (self->configured)
    return TRUE;
  if (!gsql_registry_configure (gsql_mapper_get_registry (self->mapper), &error))
    {
      g_critical ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * gsql_select_join_related:
 * @select: a SELECT of the relationship's class (gsql_select_entity())
 * @relationship: a relationship of that class
 * @type: %GSQL_JOIN_INNER or %GSQL_JOIN_LEFT
 *
 * Joins the related class's table along the relationship, without
 * restating the ON clause (SQLAlchemy's `select(User).join(User.addresses)`);
 * a many-to-many joins the association table too.  Filter on the related
 * class with gsql_mapper_column(), or add it with gsql_select_add_entity()
 * (and fill the relationship from it with gsql_select_load() and
 * %GSQL_LOAD_CONTAINS_EAGER).
 *
 * Returns: (transfer none): @select
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_join_related (GsqlExpr         *select,
                          GsqlRelationship *relationship,
                          GsqlJoinType      type)
{
  g_return_val_if_fail (GSQL_IS_EXPR (select), select);
  g_return_val_if_fail (GSQL_IS_RELATIONSHIP (relationship), select);
  if (!ensure_configured (relationship))
    return select;
  if (relationship->direction == GSQL_RELATIONSHIP_MANY_TO_MANY)
    {
      gsql_select_join (select, gsql_table_ref (relationship->secondary),
                        _gsql_relationship_join_on (relationship, NULL, NULL, NULL, TRUE), type);
      gsql_select_join (select, gsql_table_ref (gsql_mapper_get_table (relationship->target)),
                        _gsql_relationship_join_on (relationship, NULL, NULL, NULL, FALSE), type);
    }
  else
    {
      GsqlTable *t = gsql_column_get_table (((GsqlMappedProperty *) g_ptr_array_index (relationship->remote, 0))->column);
      gsql_select_join (select, gsql_table_ref (t), _gsql_relationship_join_on (relationship, NULL, NULL, NULL, FALSE), type);
    }
  return select;
}

static GQuark
aliased_quark (void)
{
  /* Looked up once: g_quark_from_static_string() takes a global lock. */
  static GQuark q;

  if (G_UNLIKELY (g_atomic_int_get ((gint *) &q) == 0))
    g_atomic_int_set ((gint *) &q, (gint) g_quark_from_static_string ("gsql-orm-aliased"));
  return q;
}

/**
 * gsql_aliased:
 * @mapper: a mapped class kept in one table
 * @name: the alias
 *
 * The class's table under another name, as SQLAlchemy's `aliased()`: for
 * a class joined twice in one query (a category and its parent), or
 * loaded twice in one row.  Use it with gsql_select_join_related_to(),
 * gsql_aliased_column() and gsql_select_add_aliased_entity().
 *
 * Returns: (transfer floating) (nullable): the aliased table
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_aliased (GsqlMapper *mapper,
              const char *name)
{
  GsqlExpr *alias;
  GsqlMapper *root;

  g_return_val_if_fail (GSQL_IS_MAPPER (mapper), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  if (gsql_mapper_get_table (mapper) == NULL &&
      !gsql_registry_configure (gsql_mapper_get_registry (mapper), NULL))
    return NULL;
  root = _gsql_mapper_get_root (mapper);
  if (_gsql_mapper_get_n_columns (root) != gsql_table_get_n_columns (gsql_mapper_get_table (root)))
    {
      g_critical ("gsql_aliased(): class %s is kept in several tables (joined-table inheritance)",
                  g_type_name (gsql_mapper_get_object_type (mapper)));
      return NULL;
    }
  alias = gsql_table_alias (gsql_mapper_get_table (root), name);
  g_object_set_qdata_full (G_OBJECT (alias), aliased_quark (), g_object_ref (mapper), g_object_unref);
  return alias;
}

static GsqlMapper *
aliased_mapper (GsqlExpr *alias)
{
  return GSQL_IS_EXPR (alias) ? g_object_get_qdata (G_OBJECT (alias), aliased_quark ()) : NULL;
}

/**
 * gsql_aliased_column:
 * @alias: an alias made by gsql_aliased()
 * @property: a mapped property of its class
 *
 * Returns: (transfer floating) (nullable): the property's column under
 *   the alias
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_aliased_column (GsqlExpr   *alias,
                     const char *property)
{
  GsqlMapper *m = aliased_mapper (alias);
  g_autoptr(GsqlExpr) col = NULL;

  g_return_val_if_fail (m != NULL, NULL);
  col = gsql_mapper_column (m, property);
  if (col == NULL)
    return NULL;
  g_object_ref_sink (col);
  return gsql_from_col (alias, gsql_expr_get_name (col));
}

/**
 * gsql_select_add_aliased_entity:
 * @select: a SELECT
 * @alias: an alias made by gsql_aliased()
 *
 * gsql_select_add_entity() for an aliased class: gsql_session_tuples()
 * gives an object made from the alias's columns.
 *
 * Returns: (transfer none): @select
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_add_aliased_entity (GsqlExpr *select,
                                GsqlExpr *alias)
{
  GsqlMapper *m = aliased_mapper (alias);
  GsqlTable *t;
  GArray *spans;
  GsqlEntitySpan span;
  guint k;

  g_return_val_if_fail (GSQL_IS_EXPR (select) && gsql_expr_get_kind (select) == GSQL_EXPR_SELECT, select);
  g_return_val_if_fail (m != NULL, select);
  t = gsql_mapper_get_table (_gsql_mapper_get_root (m));
  span.mapper = g_object_ref (m);
  span.offset = gsql_select_get_n_columns (select);
  span.n = gsql_table_get_n_columns (t);
  for (k = 0; k < span.n; k++)
    gsql_select_add_column (select, gsql_from_col (alias, gsql_column_get_name (gsql_table_get_column_at (t, k))));
  spans = _gsql_select_get_entities (select);
  if (spans == NULL)
    {
      spans = _gsql_select_ensure_entities (select);
    }
  g_array_append_val (spans, span);
  return select;
}

/**
 * gsql_select_join_related_to:
 * @select: a SELECT of the relationship's class
 * @relationship: a relationship of that class
 * @alias: the related class under an alias (gsql_aliased())
 * @type: %GSQL_JOIN_INNER or %GSQL_JOIN_LEFT
 *
 * gsql_select_join_related() onto an alias of the related class: a
 * self-referential relationship (a category's parent), or the same class
 * joined twice.
 *
 * Returns: (transfer none): @select
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_join_related_to (GsqlExpr         *select,
                             GsqlRelationship *relationship,
                             GsqlExpr         *alias,
                             GsqlJoinType      type)
{
  g_return_val_if_fail (GSQL_IS_EXPR (select), select);
  g_return_val_if_fail (GSQL_IS_RELATIONSHIP (relationship), select);
  g_return_val_if_fail (aliased_mapper (alias) != NULL, select);
  if (!ensure_configured (relationship))
    return select;
  if (relationship->direction == GSQL_RELATIONSHIP_MANY_TO_MANY)
    {
      gsql_select_join (select, gsql_table_ref (relationship->secondary),
                        _gsql_relationship_join_on (relationship, NULL, NULL, NULL, TRUE), type);
      gsql_select_join (select, alias, _gsql_relationship_join_on (relationship, NULL, alias, NULL, FALSE), type);
    }
  else
    gsql_select_join (select, alias, _gsql_relationship_join_on (relationship, NULL, alias, NULL, FALSE), type);
  return select;
}

/* EXISTS (SELECT 1 FROM related WHERE join AND criterion), correlated to
 * the owner's table. */
static GsqlExpr *
exists_related (GsqlRelationship *self, GsqlExpr *criterion)
{
  GsqlExpr *sub = gsql_select (gsql_literal_column ("1", NULL), NULL);
  GsqlTable *owner_table = g_ptr_array_index (_gsql_mapper_get_tables (self->mapper), 0);

  if (self->direction == GSQL_RELATIONSHIP_MANY_TO_MANY)
    {
      gsql_select_from (sub, gsql_table_ref (self->secondary));
      gsql_select_join (sub, gsql_table_ref (gsql_mapper_get_table (self->target)),
                        _gsql_relationship_join_on (self, NULL, NULL, NULL, FALSE), GSQL_JOIN_INNER);
      gsql_select_where (sub, _gsql_relationship_join_on (self, NULL, NULL, NULL, TRUE));
    }
  else
    {
      GsqlTable *t = gsql_column_get_table (((GsqlMappedProperty *) g_ptr_array_index (self->remote, 0))->column);
      if (t == owner_table)
        {
          /* Self-referential: the related rows through an alias. */
          GsqlExpr *alias = gsql_table_alias (t, "gsql_related");
          gsql_select_from (sub, alias);
          gsql_select_where (sub, _gsql_relationship_join_on (self, NULL, alias, NULL, FALSE));
        }
      else
        {
          gsql_select_from (sub, gsql_table_ref (t));
          gsql_select_where (sub, _gsql_relationship_join_on (self, NULL, NULL, NULL, FALSE));
        }
    }
  if (criterion != NULL)
    gsql_select_where (sub, criterion);
  gsql_select_correlate (sub, gsql_table_ref (owner_table));
  return gsql_exists (sub);
}

/**
 * gsql_relationship_any:
 * @self: a list relationship
 * @criterion: (transfer floating) (nullable): a condition on the related
 *   class's columns
 *
 * A condition for the owner's query: some related object matches
 * @criterion (any related object when %NULL), as an EXISTS subquery.
 *
 * Returns: (transfer floating): the condition
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_relationship_any (GsqlRelationship *self,
                       GsqlExpr         *criterion)
{
  g_return_val_if_fail (GSQL_IS_RELATIONSHIP (self), NULL);
  if (!ensure_configured (self))
    return NULL;
  if (!self->uselist)
    g_warning ("gsql_relationship_any() is for list relationships; “%s” holds one object: use gsql_relationship_has()",
               self->name);
  return exists_related (self, criterion);
}

/**
 * gsql_relationship_has:
 * @self: a relationship to one object
 * @criterion: (transfer floating) (nullable): a condition on the related
 *   class's columns
 *
 * A condition for the owner's query: the related object matches
 * @criterion (exists, when %NULL).
 *
 * Returns: (transfer floating): the condition
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_relationship_has (GsqlRelationship *self,
                       GsqlExpr         *criterion)
{
  g_return_val_if_fail (GSQL_IS_RELATIONSHIP (self), NULL);
  if (!ensure_configured (self))
    return NULL;
  if (self->uselist)
    g_warning ("gsql_relationship_has() is for relationships to one object; “%s” holds a list: use gsql_relationship_any()",
               self->name);
  return exists_related (self, criterion);
}

/**
 * gsql_relationship_with_parent:
 * @self: a relationship
 * @parent: (type GObject): an object of the relationship's class
 *
 * A condition on the related class's table: its rows related to @parent
 * (SQLAlchemy's `with_parent()`), for a query of the related class.  The
 * values of @parent's key (or foreign key) are bound as they are now.
 * A many-to-many query needs the association table joined: select from
 * the related class and join it with gsql_select_join_related() on the
 * other side's relationship, or use gsql_related_list().
 *
 * Returns: (transfer floating): the condition
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_relationship_with_parent (GsqlRelationship *self,
                               gpointer          parent)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new ();
  guint i;

  g_return_val_if_fail (GSQL_IS_RELATIONSHIP (self), NULL);
  g_return_val_if_fail (G_IS_OBJECT (parent), NULL);
  if (!ensure_configured (self))
    return NULL;
  for (i = 0; i < self->local->len; i++)
    {
      GsqlMappedProperty *lp = g_ptr_array_index (self->local, i);
      GValue v = G_VALUE_INIT;
      GsqlColumn *c = self->direction == GSQL_RELATIONSHIP_MANY_TO_MANY
                        ? g_ptr_array_index (self->sec_local, i)
                        : ((GsqlMappedProperty *) g_ptr_array_index (self->remote, i))->column;

      g_value_init (&v, lp->pspec->value_type);
      g_object_get_property (parent, lp->property, &v);
      g_ptr_array_add (terms, gsql_eq (gsql_column_ref (c), gsql_value (&v)));
      g_value_unset (&v);
    }
  return gsql_and_v ((GsqlExpr **) terms->pdata, terms->len);
}
