/* gsql-compiled.h: a statement compiled for one dialect
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
#include "gsql-expr.h"

G_BEGIN_DECLS

#define GSQL_TYPE_COMPILED (gsql_compiled_get_type ())

GSQL_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (GsqlCompiled, gsql_compiled, GSQL, COMPILED, GObject)

GSQL_AVAILABLE_IN_1_0
GsqlCompiled *gsql_expr_compile                (GsqlExpr      *statement,
                                                const char    *dialect,
                                                GError       **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
const char   *gsql_compiled_get_sql            (GsqlCompiled  *self);
GSQL_AVAILABLE_IN_1_0
const char   *gsql_compiled_get_dialect        (GsqlCompiled  *self);
GSQL_AVAILABLE_IN_1_0
guint         gsql_compiled_get_n_params       (GsqlCompiled  *self);
GSQL_AVAILABLE_IN_1_0
const char   *gsql_compiled_get_param_name     (GsqlCompiled  *self,
                                                guint          index);
GSQL_AVAILABLE_IN_1_0
const GValue *gsql_compiled_get_param_value    (GsqlCompiled  *self,
                                                guint          index);
GSQL_AVAILABLE_IN_1_0
guint         gsql_compiled_get_n_columns      (GsqlCompiled  *self);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_compiled_get_column_type    (GsqlCompiled  *self,
                                                guint          index);
GSQL_AVAILABLE_IN_1_0
char         *gsql_compiled_dup_display_sql    (GsqlCompiled  *self) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
char         *gsql_compiled_dup_literal_sql    (GsqlCompiled  *self,
                                                GError       **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GValue       *gsql_compiled_bind_params        (GsqlCompiled  *self,
                                                const char * const *names,
                                                const GValue  *values,
                                                guint          n_values,
                                                GError       **error);

GSQL_AVAILABLE_IN_1_0
void          gsql_compiled_get_cache_stats    (guint64       *out_hits,
                                                guint64       *out_misses);

G_END_DECLS
