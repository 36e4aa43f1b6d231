/* gsql-metadata.h: a collection of tables and what to do with all of them
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#if !defined (GSQL_CORE_INSIDE) && !defined (GSQL_CORE_COMPILATION)
#error "Only <libsqlcore/sqlcore.h> can be included directly."
#endif

#include <gio/gio.h>
#include "gsql-version-macros.h"
#include "gsql-table.h"

G_BEGIN_DECLS

#define GSQL_TYPE_METADATA (gsql_metadata_get_type ())

GSQL_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (GsqlMetaData, gsql_metadata, GSQL, METADATA, GObject)

typedef struct _GsqlEngine GsqlEngine;

GSQL_AVAILABLE_IN_1_0
GsqlMetaData *gsql_metadata_new                  (void) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GsqlTable    *gsql_metadata_add_table            (GsqlMetaData    *self,
                                                  const char      *name,
                                                  GError         **error,
                                                  GsqlColumn      *first_column,
                                                  ...);
GSQL_AVAILABLE_IN_1_0
GsqlTable    *gsql_metadata_add_table_full       (GsqlMetaData    *self,
                                                  const char      *schema,
                                                  const char      *name,
                                                  GsqlColumn     **columns,
                                                  guint            n_columns,
                                                  GError         **error);
GSQL_AVAILABLE_IN_1_0
GsqlTable    *gsql_metadata_get_table            (GsqlMetaData    *self,
                                                  const char      *name);
GSQL_AVAILABLE_IN_1_0
GsqlTable    *gsql_metadata_get_table_in_schema  (GsqlMetaData    *self,
                                                  const char      *schema,
                                                  const char      *name);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_metadata_remove_table         (GsqlMetaData    *self,
                                                  GsqlTable       *table);
GSQL_AVAILABLE_IN_1_0
GPtrArray    *gsql_metadata_get_tables           (GsqlMetaData    *self);
GSQL_AVAILABLE_IN_1_0
GPtrArray    *gsql_metadata_get_sorted_tables    (GsqlMetaData    *self,
                                                  GError         **error);

GSQL_AVAILABLE_IN_1_0
void          gsql_metadata_set_naming_convention (GsqlMetaData   *self,
                                                   const char     *key,
                                                   const char     *template_);
GSQL_AVAILABLE_IN_1_0
const char   *gsql_metadata_get_naming_convention (GsqlMetaData   *self,
                                                   const char     *key);

GSQL_AVAILABLE_IN_1_0
GStrv         gsql_metadata_compile_create_all   (GsqlMetaData    *self,
                                                  const char      *dialect,
                                                  GError         **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GStrv         gsql_metadata_compile_drop_all     (GsqlMetaData    *self,
                                                  const char      *dialect,
                                                  GError         **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_metadata_create_all           (GsqlMetaData    *self,
                                                  GsqlEngine      *engine,
                                                  gboolean         checkfirst,
                                                  GCancellable    *cancellable,
                                                  GError         **error);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_metadata_drop_all             (GsqlMetaData    *self,
                                                  GsqlEngine      *engine,
                                                  gboolean         checkfirst,
                                                  GCancellable    *cancellable,
                                                  GError         **error);

G_END_DECLS
