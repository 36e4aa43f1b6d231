/* gsql-column.h: a column of a table
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

G_BEGIN_DECLS

/**
 * GsqlAutoincrement:
 * @GSQL_AUTOINCREMENT_AUTO: as SQLAlchemy's "auto": the column generates
 *   its values when it is the table's only primary-key column, has an
 *   integer type and no foreign key
 * @GSQL_AUTOINCREMENT_ALWAYS: the database generates values (SQLite
 *   `INTEGER PRIMARY KEY`, a PostgreSQL identity, MariaDB `AUTO_INCREMENT`)
 * @GSQL_AUTOINCREMENT_NEVER: values always come from the program
 *
 * Whether the database generates a column's values.
 *
 * Since: 1.0
 */
typedef enum {
  GSQL_AUTOINCREMENT_AUTO,
  GSQL_AUTOINCREMENT_ALWAYS,
  GSQL_AUTOINCREMENT_NEVER,
} GsqlAutoincrement;

/**
 * GsqlDefaultFunc:
 * @column: the column whose default is wanted
 * @value: (out caller-allocates): an uninitialized #GValue to set
 * @user_data: the data given with the function
 *
 * Computes a client-side default (or on-update value) for one row.
 *
 * Since: 1.0
 */
typedef void (*GsqlDefaultFunc) (gpointer  column,
                                 GValue   *value,
                                 gpointer  user_data);

#define GSQL_TYPE_COLUMN (gsql_column_get_type ())

GSQL_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (GsqlColumn, gsql_column, GSQL, COLUMN, GInitiallyUnowned)

typedef struct _GsqlTable GsqlTable;

GSQL_AVAILABLE_IN_1_0
GsqlColumn   *gsql_column_new                 (const char       *name,
                                               GsqlSqlType      *type,
                                               const char       *first_property_name,
                                               ...);
GSQL_AVAILABLE_IN_1_0
GsqlColumn   *gsql_column_new_with_properties (const char       *name,
                                               GsqlSqlType      *type,
                                               guint             n_properties,
                                               const char      **names,
                                               const GValue     *values);
GSQL_AVAILABLE_IN_1_0
const char   *gsql_column_get_name            (GsqlColumn       *self);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_column_get_sql_type        (GsqlColumn       *self);
GSQL_AVAILABLE_IN_1_0
GsqlTable    *gsql_column_get_table           (GsqlColumn       *self);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_column_get_nullable        (GsqlColumn       *self);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_column_get_primary_key     (GsqlColumn       *self);
GSQL_AVAILABLE_IN_1_0
GsqlAutoincrement gsql_column_get_autoincrement (GsqlColumn     *self);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_column_is_autoincrement    (GsqlColumn       *self);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_column_get_unique          (GsqlColumn       *self);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_column_get_index           (GsqlColumn       *self);
GSQL_AVAILABLE_IN_1_0
const char   *gsql_column_get_comment         (GsqlColumn       *self);
GSQL_AVAILABLE_IN_1_0
const char   *gsql_column_get_server_default  (GsqlColumn       *self);
GSQL_AVAILABLE_IN_1_0
const char   *gsql_column_get_foreign_key     (GsqlColumn       *self);

GSQL_AVAILABLE_IN_1_0
void          gsql_column_set_default_value   (GsqlColumn       *self,
                                               const GValue     *value);
GSQL_AVAILABLE_IN_1_0
void          gsql_column_set_default_func    (GsqlColumn       *self,
                                               GsqlDefaultFunc   func,
                                               gpointer          user_data,
                                               GDestroyNotify    destroy);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_column_has_default         (GsqlColumn       *self);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_column_compute_default     (GsqlColumn       *self,
                                               GValue           *value);
GSQL_AVAILABLE_IN_1_0
void          gsql_column_set_onupdate_value  (GsqlColumn       *self,
                                               const GValue     *value);
GSQL_AVAILABLE_IN_1_0
void          gsql_column_set_onupdate_func   (GsqlColumn       *self,
                                               GsqlDefaultFunc   func,
                                               gpointer          user_data,
                                               GDestroyNotify    destroy);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_column_has_onupdate        (GsqlColumn       *self);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_column_compute_onupdate    (GsqlColumn       *self,
                                               GValue           *value);

G_END_DECLS
