/* gsql-inspector.h: questions about a live schema
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#if !defined (GSQL_REFLECT_INSIDE) && !defined (GSQL_REFLECT_COMPILATION)
#error "Only <libsqlreflect/sqlreflect.h> can be included directly."
#endif

#include <libsqlcore/sqlcore.h>

G_BEGIN_DECLS

#define GSQL_TYPE_INSPECTOR (gsql_inspector_get_type ())

GSQL_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (GsqlInspector, gsql_inspector, GSQL, INSPECTOR, GObject)

GSQL_AVAILABLE_IN_1_0
GsqlInspector  *gsql_inspector_new                    (GsqlEngine     *engine) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GsqlEngine     *gsql_inspector_get_engine             (GsqlInspector  *self);
GSQL_AVAILABLE_IN_1_0
const char     *gsql_inspector_get_schema             (GsqlInspector  *self);
GSQL_AVAILABLE_IN_1_0
void            gsql_inspector_set_schema             (GsqlInspector  *self,
                                                       const char     *schema);
GSQL_AVAILABLE_IN_1_0
void            gsql_inspector_clear_cache            (GsqlInspector  *self);

GSQL_AVAILABLE_IN_1_0
GStrv           gsql_inspector_get_table_names        (GsqlInspector  *self,
                                                       GCancellable   *cancellable,
                                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_inspector_has_table              (GsqlInspector  *self,
                                                       const char     *table_name,
                                                       GCancellable   *cancellable,
                                                       GError        **error);
GSQL_AVAILABLE_IN_1_0
GStrv           gsql_inspector_get_view_names         (GsqlInspector  *self,
                                                       GCancellable   *cancellable,
                                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
char           *gsql_inspector_get_view_definition    (GsqlInspector  *self,
                                                       const char     *view_name,
                                                       GCancellable   *cancellable,
                                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GPtrArray      *gsql_inspector_get_columns            (GsqlInspector  *self,
                                                       const char     *table_name,
                                                       GCancellable   *cancellable,
                                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GsqlConstraint *gsql_inspector_get_primary_key        (GsqlInspector  *self,
                                                       const char     *table_name,
                                                       GCancellable   *cancellable,
                                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GPtrArray      *gsql_inspector_get_foreign_keys       (GsqlInspector  *self,
                                                       const char     *table_name,
                                                       GCancellable   *cancellable,
                                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GPtrArray      *gsql_inspector_get_unique_constraints (GsqlInspector  *self,
                                                       const char     *table_name,
                                                       GCancellable   *cancellable,
                                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GPtrArray      *gsql_inspector_get_check_constraints  (GsqlInspector  *self,
                                                       const char     *table_name,
                                                       GCancellable   *cancellable,
                                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GPtrArray      *gsql_inspector_get_indexes            (GsqlInspector  *self,
                                                       const char     *table_name,
                                                       GCancellable   *cancellable,
                                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
char           *gsql_inspector_get_table_comment      (GsqlInspector  *self,
                                                       const char     *table_name,
                                                       GCancellable   *cancellable,
                                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;

GSQL_AVAILABLE_IN_1_0
GsqlTable      *gsql_inspector_reflect_table          (GsqlInspector  *self,
                                                       GsqlMetaData   *metadata,
                                                       const char     *table_name,
                                                       GCancellable   *cancellable,
                                                       GError        **error);
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_inspector_reflect                (GsqlInspector       *self,
                                                       GsqlMetaData        *metadata,
                                                       const char * const  *only,
                                                       gboolean             views,
                                                       GCancellable        *cancellable,
                                                       GError             **error);

G_END_DECLS
