/* gsql-table.h: a table of a schema
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
#include "gsql-column.h"
#include "gsql-constraint.h"

G_BEGIN_DECLS

#define GSQL_TYPE_TABLE (gsql_table_get_type ())

GSQL_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (GsqlTable, gsql_table, GSQL, TABLE, GObject)

typedef struct _GsqlMetaData GsqlMetaData;

GSQL_AVAILABLE_IN_1_0
const char     *gsql_table_get_name              (GsqlTable       *self);
GSQL_AVAILABLE_IN_1_0
const char     *gsql_table_get_schema            (GsqlTable       *self);
GSQL_AVAILABLE_IN_1_0
char           *gsql_table_dup_fullname          (GsqlTable       *self) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GsqlMetaData   *gsql_table_get_metadata          (GsqlTable       *self);
GSQL_AVAILABLE_IN_1_0
const char     *gsql_table_get_comment           (GsqlTable       *self);
GSQL_AVAILABLE_IN_1_0
void            gsql_table_set_comment           (GsqlTable       *self,
                                                  const char      *comment);

GSQL_AVAILABLE_IN_1_0
gboolean        gsql_table_add_column            (GsqlTable       *self,
                                                  GsqlColumn      *column,
                                                  GError         **error);
GSQL_AVAILABLE_IN_1_0
guint           gsql_table_get_n_columns         (GsqlTable       *self);
GSQL_AVAILABLE_IN_1_0
GsqlColumn     *gsql_table_get_column_at         (GsqlTable       *self,
                                                  guint            index);
GSQL_AVAILABLE_IN_1_0
GsqlColumn     *gsql_table_get_column            (GsqlTable       *self,
                                                  const char      *name);
GSQL_AVAILABLE_IN_1_0
GPtrArray      *gsql_table_get_primary_key       (GsqlTable       *self);
GSQL_AVAILABLE_IN_1_0
const char     *gsql_table_get_primary_key_name  (GsqlTable       *self);
GSQL_AVAILABLE_IN_1_0
GsqlColumn     *gsql_table_get_autoincrement_column (GsqlTable    *self);

GSQL_AVAILABLE_IN_1_0
gboolean        gsql_table_add_constraint        (GsqlTable       *self,
                                                  GsqlConstraint  *constraint,
                                                  GError         **error);
GSQL_AVAILABLE_IN_1_0
GPtrArray      *gsql_table_get_constraints       (GsqlTable       *self);
GSQL_AVAILABLE_IN_1_0
GPtrArray      *gsql_table_get_foreign_keys      (GsqlTable       *self);
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_table_add_index             (GsqlTable       *self,
                                                  GsqlIndex       *index,
                                                  GError         **error);
GSQL_AVAILABLE_IN_1_0
GPtrArray      *gsql_table_get_indexes           (GsqlTable       *self);
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_table_validate              (GsqlTable       *self,
                                                  GError         **error);

G_END_DECLS
