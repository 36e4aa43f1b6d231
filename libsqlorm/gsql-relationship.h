/* gsql-relationship.h: links between mapped classes
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#if !defined (GSQL_ORM_INSIDE) && !defined (GSQL_ORM_COMPILATION)
#error "Only <libsqlorm/sqlorm.h> can be included directly."
#endif

#include <gio/gio.h>
#include <libsqlcore/sqlcore.h>

#include "gsql-registry.h"

G_BEGIN_DECLS

/**
 * GsqlRelationshipDirection:
 * @GSQL_RELATIONSHIP_MANY_TO_ONE: the class's own foreign key names one
 *   object (an address's user)
 * @GSQL_RELATIONSHIP_ONE_TO_MANY: the related class's foreign key names
 *   this object (a user's addresses; a one-to-one when not a list)
 * @GSQL_RELATIONSHIP_MANY_TO_MANY: rows of an association table link the
 *   two (users and groups)
 *
 * Which side holds the foreign key, found from the tables when the
 * registry is configured.
 *
 * Since: 1.0
 */
typedef enum {
  GSQL_RELATIONSHIP_MANY_TO_ONE,
  GSQL_RELATIONSHIP_ONE_TO_MANY,
  GSQL_RELATIONSHIP_MANY_TO_MANY,
} GsqlRelationshipDirection;

/**
 * GsqlLoadStrategy:
 * @GSQL_LOAD_DEFAULT: in a query option: the relationship's own strategy
 * @GSQL_LOAD_LAZY: loaded on first access, by one SELECT per object
 * @GSQL_LOAD_JOINED: loaded with the query that loads the objects, by a
 *   LEFT OUTER JOIN
 * @GSQL_LOAD_SELECTIN: loaded right after the query, by one SELECT … IN
 *   per relationship for all its objects
 * @GSQL_LOAD_SUBQUERY: loaded right after the query, by one SELECT that
 *   repeats the query as a subquery
 * @GSQL_LOAD_RAISE: never loaded implicitly: access before loading is a
 *   %GSQL_ORM_ERROR_NOT_LOADED error (to catch N+1 queries)
 * @GSQL_LOAD_NOLOAD: never loaded: empty until something is added
 * @GSQL_LOAD_CONTAINS_EAGER: in a query option: filled from the columns
 *   of a join the query already has (gsql_select_add_entity())
 *
 * How and when related objects are loaded, as SQLAlchemy's loader
 * strategies.
 *
 * Since: 1.0
 */
typedef enum {
  GSQL_LOAD_DEFAULT,
  GSQL_LOAD_LAZY,
  GSQL_LOAD_JOINED,
  GSQL_LOAD_SELECTIN,
  GSQL_LOAD_SUBQUERY,
  GSQL_LOAD_RAISE,
  GSQL_LOAD_NOLOAD,
  GSQL_LOAD_CONTAINS_EAGER,
} GsqlLoadStrategy;

/**
 * GsqlCascade:
 * @GSQL_CASCADE_NONE: nothing follows the relationship
 * @GSQL_CASCADE_SAVE_UPDATE: objects added to the relationship join the
 *   owner's session
 * @GSQL_CASCADE_MERGE: gsql_session_merge() merges the related objects too
 * @GSQL_CASCADE_DELETE: deleting the owner deletes the related objects
 * @GSQL_CASCADE_DELETE_ORPHAN: an object taken out of a one-to-many (or
 *   one-to-one) relationship is deleted
 * @GSQL_CASCADE_EXPUNGE: expunging the owner expunges the related objects
 * @GSQL_CASCADE_REFRESH_EXPIRE: expiring the owner expires the related
 *   objects
 * @GSQL_CASCADE_ALL: save-update, merge, delete, expunge and
 *   refresh-expire (not delete-orphan), as SQLAlchemy's "all"
 * @GSQL_CASCADE_DEFAULT: save-update and merge, the default
 *
 * What happens to related objects when something happens to their owner,
 * with SQLAlchemy's meanings.
 *
 * Since: 1.0
 */
typedef enum { /*< flags >*/
  GSQL_CASCADE_NONE = 0,
  GSQL_CASCADE_SAVE_UPDATE = 1 << 0,
  GSQL_CASCADE_MERGE = 1 << 1,
  GSQL_CASCADE_DELETE = 1 << 2,
  GSQL_CASCADE_DELETE_ORPHAN = 1 << 3,
  GSQL_CASCADE_EXPUNGE = 1 << 4,
  GSQL_CASCADE_REFRESH_EXPIRE = 1 << 5,
  GSQL_CASCADE_ALL = (1 << 0) | (1 << 1) | (1 << 2) | (1 << 4) | (1 << 5),
  GSQL_CASCADE_DEFAULT = (1 << 0) | (1 << 1),
} GsqlCascade;

#define GSQL_TYPE_RELATIONSHIP (gsql_relationship_get_type ())
GSQL_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (GsqlRelationship, gsql_relationship, GSQL, RELATIONSHIP, GObject)

GSQL_AVAILABLE_IN_1_0
GsqlRelationship *gsql_mapper_add_relationship   (GsqlMapper        *self,
                                                  const char        *name,
                                                  GType              target_type);
GSQL_AVAILABLE_IN_1_0
GsqlRelationship *gsql_mapper_get_relationship   (GsqlMapper        *self,
                                                  const char        *name);
GSQL_AVAILABLE_IN_1_0
GPtrArray        *gsql_mapper_get_relationships  (GsqlMapper        *self) G_GNUC_WARN_UNUSED_RESULT;

GSQL_AVAILABLE_IN_1_0
const char       *gsql_relationship_get_name     (GsqlRelationship  *self);
GSQL_AVAILABLE_IN_1_0
GsqlMapper       *gsql_relationship_get_mapper   (GsqlRelationship  *self);
GSQL_AVAILABLE_IN_1_0
GsqlMapper       *gsql_relationship_get_target   (GsqlRelationship  *self);
GSQL_AVAILABLE_IN_1_0
GsqlRelationshipDirection gsql_relationship_get_direction (GsqlRelationship *self);
GSQL_AVAILABLE_IN_1_0
gboolean          gsql_relationship_get_uselist  (GsqlRelationship  *self);
GSQL_AVAILABLE_IN_1_0
GsqlCascade       gsql_relationship_get_cascade  (GsqlRelationship  *self);
GSQL_AVAILABLE_IN_1_0
GsqlLoadStrategy  gsql_relationship_get_lazy     (GsqlRelationship  *self);
GSQL_AVAILABLE_IN_1_0
GsqlRelationship *gsql_relationship_get_back     (GsqlRelationship  *self);

GSQL_AVAILABLE_IN_1_0
void              gsql_relationship_set_back_populates (GsqlRelationship *self,
                                                        const char       *name);
GSQL_AVAILABLE_IN_1_0
void              gsql_relationship_set_secondary (GsqlRelationship  *self,
                                                   const char        *table_name);
GSQL_AVAILABLE_IN_1_0
void              gsql_relationship_set_foreign_keys (GsqlRelationship  *self,
                                                      const char * const *columns);
GSQL_AVAILABLE_IN_1_0
void              gsql_relationship_set_remote_side (GsqlRelationship  *self,
                                                     const char * const *columns);
GSQL_AVAILABLE_IN_1_0
void              gsql_relationship_set_uselist  (GsqlRelationship  *self,
                                                  gboolean           uselist);
GSQL_AVAILABLE_IN_1_0
void              gsql_relationship_set_order_by (GsqlRelationship  *self,
                                                  const char        *property,
                                                  gboolean           descending);
GSQL_AVAILABLE_IN_1_0
void              gsql_relationship_set_cascade  (GsqlRelationship  *self,
                                                  GsqlCascade        cascade);
GSQL_AVAILABLE_IN_1_0
void              gsql_relationship_set_lazy     (GsqlRelationship  *self,
                                                  GsqlLoadStrategy   strategy);
GSQL_AVAILABLE_IN_1_0
void              gsql_relationship_set_passive_deletes (GsqlRelationship *self,
                                                         gboolean          passive);
GSQL_AVAILABLE_IN_1_0
void              gsql_relationship_set_post_update (GsqlRelationship *self,
                                                     gboolean          post_update);

/* Querying across relationships */
GSQL_AVAILABLE_IN_1_0
GsqlExpr         *gsql_select_join_related       (GsqlExpr          *select,
                                                  GsqlRelationship  *relationship,
                                                  GsqlJoinType       type);
GSQL_AVAILABLE_IN_1_0
GsqlExpr         *gsql_select_join_related_to    (GsqlExpr          *select,
                                                  GsqlRelationship  *relationship,
                                                  GsqlExpr          *alias,
                                                  GsqlJoinType       type);
GSQL_AVAILABLE_IN_1_0
GsqlExpr         *gsql_aliased                   (GsqlMapper        *mapper,
                                                  const char        *name);
GSQL_AVAILABLE_IN_1_0
GsqlExpr         *gsql_aliased_column            (GsqlExpr          *alias,
                                                  const char        *property);
GSQL_AVAILABLE_IN_1_0
GsqlExpr         *gsql_select_add_aliased_entity (GsqlExpr          *select,
                                                  GsqlExpr          *alias);
GSQL_AVAILABLE_IN_1_0
GsqlExpr         *gsql_relationship_any          (GsqlRelationship  *self,
                                                  GsqlExpr          *criterion);
GSQL_AVAILABLE_IN_1_0
GsqlExpr         *gsql_relationship_has          (GsqlRelationship  *self,
                                                  GsqlExpr          *criterion);
GSQL_AVAILABLE_IN_1_0
GsqlExpr         *gsql_relationship_with_parent  (GsqlRelationship  *self,
                                                  gpointer           parent);
GSQL_AVAILABLE_IN_1_0
GsqlExpr         *gsql_select_load               (GsqlExpr          *select,
                                                  const char        *path,
                                                  GsqlLoadStrategy   strategy);

/* Reaching related objects */
GSQL_AVAILABLE_IN_1_0
GListModel       *gsql_related_list              (gpointer           object,
                                                  const char        *relationship,
                                                  GError           **error);
GSQL_AVAILABLE_IN_1_0
gpointer          gsql_related_get               (gpointer           object,
                                                  const char        *relationship,
                                                  GError           **error);
GSQL_AVAILABLE_IN_1_0
gboolean          gsql_related_set               (gpointer           object,
                                                  const char        *relationship,
                                                  gpointer           target,
                                                  GError           **error);
GSQL_AVAILABLE_IN_1_0
gboolean          gsql_related_is_loaded         (gpointer           object,
                                                  const char        *relationship);

G_END_DECLS
