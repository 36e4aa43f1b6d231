/* gsql-dialect.h: how one kind of database spells SQL
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#if !defined (GSQL_CORE_INSIDE) && !defined (GSQL_CORE_COMPILATION)
#error "Only <libsqlcore/sqlcore.h> can be included directly."
#endif

#include <glib-object.h>
#include "gsql-version-macros.h"
#include "gsql-type.h"
#include "gsql-table.h"

G_BEGIN_DECLS

#define GSQL_TYPE_DIALECT (gsql_dialect_get_type ())

GSQL_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (GsqlDialect, gsql_dialect, GSQL, DIALECT, GObject)

GSQL_AVAILABLE_IN_1_0
GsqlDialect  *gsql_dialect_get                   (const char      *name);
GSQL_AVAILABLE_IN_1_0
const char   *gsql_dialect_get_name              (GsqlDialect     *self);
GSQL_AVAILABLE_IN_1_0
guint         gsql_dialect_get_max_identifier_length (GsqlDialect *self);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_dialect_supports_alter_constraints (GsqlDialect *self);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_dialect_check_identifier      (GsqlDialect     *self,
                                                  const char      *identifier,
                                                  GError         **error);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_dialect_requires_quotes       (GsqlDialect     *self,
                                                  const char      *identifier);
GSQL_AVAILABLE_IN_1_0
char         *gsql_dialect_quote_identifier      (GsqlDialect     *self,
                                                  const char      *identifier) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
char         *gsql_dialect_quote_string          (GsqlDialect     *self,
                                                  const char      *value) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
char         *gsql_dialect_format_table          (GsqlDialect     *self,
                                                  GsqlTable       *table) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
char         *gsql_dialect_compile_type          (GsqlDialect     *self,
                                                  GsqlSqlType     *type,
                                                  GError         **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
char         *gsql_dialect_compile_create_table  (GsqlDialect     *self,
                                                  GsqlTable       *table,
                                                  GError         **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
char         *gsql_dialect_compile_drop_table    (GsqlDialect     *self,
                                                  GsqlTable       *table,
                                                  gboolean         if_exists,
                                                  GError         **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
char         *gsql_dialect_compile_create_index  (GsqlDialect     *self,
                                                  GsqlIndex       *index,
                                                  GError         **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
char         *gsql_dialect_compile_drop_index    (GsqlDialect     *self,
                                                  GsqlIndex       *index,
                                                  GError         **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
char         *gsql_dialect_compile_add_constraint  (GsqlDialect   *self,
                                                    GsqlConstraint *constraint,
                                                    GError       **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
char         *gsql_dialect_compile_drop_constraint (GsqlDialect   *self,
                                                    GsqlConstraint *constraint,
                                                    GError       **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GStrv         gsql_dialect_compile_create_types  (GsqlDialect     *self,
                                                  GsqlTable       *table,
                                                  GError         **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GStrv         gsql_dialect_compile_comments      (GsqlDialect     *self,
                                                  GsqlTable       *table,
                                                  GError         **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GStrv         gsql_dialect_compile_drop_types    (GsqlDialect     *self,
                                                  GsqlTable       *table,
                                                  GError         **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
