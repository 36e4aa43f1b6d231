/* gsql-registry.h: GObject types mapped to tables
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#if !defined (GSQL_ORM_INSIDE) && !defined (GSQL_ORM_COMPILATION)
#error "Only <libsqlorm/sqlorm.h> can be included directly."
#endif

#include <libsqlcore/sqlcore.h>

G_BEGIN_DECLS

#define GSQL_TYPE_MAPPER (gsql_mapper_get_type ())

GSQL_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (GsqlMapper, gsql_mapper, GSQL, MAPPER, GObject)

#define GSQL_TYPE_REGISTRY (gsql_registry_get_type ())

GSQL_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (GsqlRegistry, gsql_registry, GSQL, REGISTRY, GObject)

GSQL_AVAILABLE_IN_1_0
GsqlRegistry *gsql_registry_new               (void) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GsqlMetaData *gsql_registry_get_metadata      (GsqlRegistry  *self);
GSQL_AVAILABLE_IN_1_0
GsqlMapper   *gsql_registry_map               (GsqlRegistry  *self,
                                               GType          object_type,
                                               const char    *table_name);
GSQL_AVAILABLE_IN_1_0
GsqlMapper   *gsql_registry_map_table         (GsqlRegistry  *self,
                                               GType          object_type,
                                               GsqlTable     *table);
GSQL_AVAILABLE_IN_1_0
GsqlMapper   *gsql_registry_map_subclass      (GsqlRegistry  *self,
                                               GType          object_type,
                                               const char    *discriminator_value);
GSQL_AVAILABLE_IN_1_0
GsqlMapper   *gsql_registry_map_joined        (GsqlRegistry  *self,
                                               GType          object_type,
                                               const char    *table_name,
                                               const char    *discriminator_value);
GSQL_AVAILABLE_IN_1_0
GsqlMapper   *gsql_registry_get_mapper        (GsqlRegistry  *self,
                                               GType          object_type);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_registry_configure         (GsqlRegistry  *self,
                                               GError       **error);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_registry_create_all        (GsqlRegistry  *self,
                                               GsqlEngine    *engine,
                                               GError       **error);

GSQL_AVAILABLE_IN_1_0
GType         gsql_mapper_get_object_type     (GsqlMapper    *self);
GSQL_AVAILABLE_IN_1_0
GsqlTable    *gsql_mapper_get_table           (GsqlMapper    *self);
GSQL_AVAILABLE_IN_1_0
GsqlRegistry *gsql_mapper_get_registry        (GsqlMapper    *self);
GSQL_AVAILABLE_IN_1_0
void          gsql_mapper_set_primary_key     (GsqlMapper    *self,
                                               const char    *first_property,
                                               ...) G_GNUC_NULL_TERMINATED;
GSQL_AVAILABLE_IN_1_0
void          gsql_mapper_set_primary_key_v   (GsqlMapper    *self,
                                               const char * const *properties);
GSQL_AVAILABLE_IN_1_0
void          gsql_mapper_set_column          (GsqlMapper    *self,
                                               const char    *property,
                                               const char    *first_option,
                                               ...);
GSQL_AVAILABLE_IN_1_0
void          gsql_mapper_set_column_v        (GsqlMapper    *self,
                                               const char    *property,
                                               guint          n_options,
                                               const char   **names,
                                               const GValue  *values);
GSQL_AVAILABLE_IN_1_0
void          gsql_mapper_exclude             (GsqlMapper    *self,
                                               const char    *property);
GSQL_AVAILABLE_IN_1_0
void          gsql_mapper_set_discriminator   (GsqlMapper    *self,
                                               const char    *property,
                                               const char    *value);
GSQL_AVAILABLE_IN_1_0
GsqlMapper   *gsql_mapper_get_parent          (GsqlMapper    *self);
GSQL_AVAILABLE_IN_1_0
void          gsql_mapper_set_version_property (GsqlMapper   *self,
                                                const char   *property);
GSQL_AVAILABLE_IN_1_0
const char   *gsql_mapper_get_version_property (GsqlMapper   *self);
GSQL_AVAILABLE_IN_1_0
GStrv         gsql_mapper_dup_properties      (GsqlMapper    *self) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GsqlExpr     *gsql_mapper_column              (GsqlMapper    *self,
                                               const char    *property);
GSQL_AVAILABLE_IN_1_0
GsqlExpr     *gsql_select_entity              (GsqlMapper    *mapper);
GSQL_AVAILABLE_IN_1_0
GsqlExpr     *gsql_select_add_entity          (GsqlExpr      *select,
                                               GsqlMapper    *mapper);

G_END_DECLS
