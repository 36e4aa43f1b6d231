/* gsql-orm-private.h: internals shared by libsqlorm's sources
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#include <glib/gi18n-lib.h>

#include "sqlorm.h"

G_BEGIN_DECLS

#undef G_LOG_DOMAIN
#define G_LOG_DOMAIN "sqlorm"

typedef struct {
  char *property;
  char *column_name;
  GParamSpec *pspec;
  GsqlSqlType *type;          /* override */
  guint length;
  gboolean text, timezone;
  gboolean nullable_set, nullable, unique, index;
  char *server_default;
  char *foreign_key;
  gboolean excluded;
  GsqlColumn *column;         /* once configured */
  guint col_index;            /* its position in the table */
  gboolean zero_is_null;      /* a nullable integer foreign key: 0 is written as NULL */
} GsqlMappedProperty;

struct _GsqlRelationship {
  GObject parent_instance;

  GsqlMapper *mapper;         /* weak: the mapper owns it */
  char *name;
  GType target_type;
  GsqlMapper *target;         /* weak, once configured */
  char *back_name;
  GsqlRelationship *back;     /* weak */
  char *secondary_name;
  GsqlTable *secondary;
  GStrv foreign_keys;
  GStrv remote_side;
  gboolean uselist_set, uselist;
  char *order_by;
  gboolean order_desc;
  GsqlMappedProperty *order_prop;
  GsqlCascade cascade;
  GsqlLoadStrategy lazy;
  gboolean passive_deletes, post_update;
  gboolean configured;
  GsqlRelationshipDirection direction;
  /* Pairs along the join: MANY_TO_ONE: our foreign key, their key;
   * ONE_TO_MANY: our key, their foreign key; MANY_TO_MANY: our key and
   * their key, each with the association table's columns. */
  GPtrArray *local;           /* GsqlMappedProperty of the owner's mapper */
  GPtrArray *remote;          /* GsqlMappedProperty of the target's mapper */
  GPtrArray *sec_local;       /* GsqlColumn */
  GPtrArray *sec_remote;      /* GsqlColumn */
  GParamSpec *pspec;          /* the class's property of the same name */
};

void                _gsql_mapper_take_relationship (GsqlMapper *self,
                                                    GsqlRelationship *rel);
GPtrArray          *_gsql_mapper_get_own_relationships (GsqlMapper *self);
GPtrArray          *_gsql_mapper_get_all_relationships (GsqlMapper *self);
gboolean            _gsql_mapper_is_relationship_name (GsqlMapper *self,
                                                       const char *property);
void                _gsql_mapper_register_type  (GsqlMapper *mapper);
void                _gsql_mapper_unregister_type (GsqlMapper *mapper);
GsqlMapper         *_gsql_mapper_lookup_type    (GType       type);
gboolean            _gsql_relationship_configure (GsqlRelationship *self,
                                                  GError          **error);
gboolean            _gsql_relationship_link     (GsqlRelationship *self,
                                                 GError          **error);
GsqlExpr           *_gsql_relationship_join_on  (GsqlRelationship *self,
                                                 GsqlExpr         *owner_from,
                                                 GsqlExpr         *target_from,
                                                 GsqlExpr         *secondary_from,
                                                 gboolean          to_secondary);

void                _gsql_orm_init              (void);
gboolean            _gsql_mapper_configure      (GsqlMapper  *self,
                                                 GError     **error);
GPtrArray          *_gsql_mapper_get_mapped     (GsqlMapper  *self);
guint               _gsql_mapper_get_n_pk       (GsqlMapper  *self);
GsqlMappedProperty *_gsql_mapper_get_pk         (GsqlMapper  *self,
                                                 guint        i);
GsqlMappedProperty *_gsql_mapper_get_version    (GsqlMapper  *self);
GsqlMapper         *_gsql_mapper_get_root       (GsqlMapper  *self);
GsqlMapper         *_gsql_mapper_resolve        (GsqlMapper  *self,
                                                 const GValue *row);
GsqlMappedProperty *_gsql_mapper_get_discriminator (GsqlMapper *self);
const char         *_gsql_mapper_get_discriminator_value (GsqlMapper *self);
typedef struct {
  GsqlMapper *mapper;
  guint offset;      /* first result column */
  guint n;           /* how many */
} GsqlEntitySpan;

GsqlMapper         *_gsql_select_get_entity     (GsqlExpr    *select);
GArray             *_gsql_select_get_entities   (GsqlExpr    *select);
GArray             *_gsql_select_ensure_entities (GsqlExpr   *select);
GsqlMapper         *_gsql_mapper_new            (GsqlRegistry *registry,
                                                 GType         type,
                                                 const char   *table_name,
                                                 GsqlTable    *table);
void                _gsql_mapper_set_parent     (GsqlMapper   *self,
                                                 GsqlMapper   *parent,
                                                 const char   *discriminator_value,
                                                 gboolean      joined);
void                _gsql_mapper_finish_hierarchy (GsqlMapper *root);
GPtrArray          *_gsql_mapper_get_tables     (GsqlMapper   *self);
guint               _gsql_mapper_get_n_columns  (GsqlMapper   *self);
guint               _gsql_registry_table_rank   (GsqlRegistry *self,
                                                 GsqlTable    *table);

G_END_DECLS
