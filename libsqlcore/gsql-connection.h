/* gsql-connection.h: one checked-out database connection
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
#include "gsql-result.h"
#include "gsql-expr.h"
#include "gsql-compiled.h"

G_BEGIN_DECLS

/**
 * GsqlIsolationLevel:
 * @GSQL_ISOLATION_LEVEL_DEFAULT: whatever the database uses by default
 * @GSQL_ISOLATION_LEVEL_READ_UNCOMMITTED: READ UNCOMMITTED
 * @GSQL_ISOLATION_LEVEL_READ_COMMITTED: READ COMMITTED
 * @GSQL_ISOLATION_LEVEL_REPEATABLE_READ: REPEATABLE READ
 * @GSQL_ISOLATION_LEVEL_SERIALIZABLE: SERIALIZABLE
 *
 * Transaction isolation levels, as ODBC names them.
 *
 * Since: 1.0
 */
typedef enum {
  GSQL_ISOLATION_LEVEL_DEFAULT,
  GSQL_ISOLATION_LEVEL_READ_UNCOMMITTED,
  GSQL_ISOLATION_LEVEL_READ_COMMITTED,
  GSQL_ISOLATION_LEVEL_REPEATABLE_READ,
  GSQL_ISOLATION_LEVEL_SERIALIZABLE,
} GsqlIsolationLevel;

#define GSQL_TYPE_CONNECTION (gsql_connection_get_type ())

GSQL_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (GsqlConnection, gsql_connection, GSQL, CONNECTION, GObject)

GSQL_AVAILABLE_IN_1_0
GsqlResult   *gsql_connection_execute           (GsqlConnection  *self,
                                                 const char      *sql,
                                                 const GValue    *params,
                                                 guint            n_params,
                                                 GCancellable    *cancellable,
                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GsqlResult   *gsql_connection_execute_va        (GsqlConnection  *self,
                                                 GCancellable    *cancellable,
                                                 GError         **error,
                                                 const char      *sql,
                                                 ...) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_connection_execute_many      (GsqlConnection  *self,
                                                 const char      *sql,
                                                 const GValue    *params,
                                                 guint            n_columns,
                                                 guint            n_rows,
                                                 gint64          *out_rowcount,
                                                 GCancellable    *cancellable,
                                                 GError         **error);

GSQL_AVAILABLE_IN_1_0
gboolean      gsql_connection_execute_many_values (GsqlConnection  *self,
                                                   const char      *sql,
                                                   guint            n_columns,
                                                   const GValue    *params,
                                                   guint            n_params,
                                                   gint64          *out_rowcount,
                                                   GCancellable    *cancellable,
                                                   GError         **error);

GSQL_AVAILABLE_IN_1_0
GsqlResult   *gsql_connection_execute_statement (GsqlConnection  *self,
                                                 GsqlExpr        *statement,
                                                 const char * const *names,
                                                 const GValue    *values,
                                                 guint            n_values,
                                                 GCancellable    *cancellable,
                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GsqlResult   *gsql_connection_execute_compiled  (GsqlConnection  *self,
                                                 GsqlCompiled    *compiled,
                                                 const char * const *names,
                                                 const GValue    *values,
                                                 guint            n_values,
                                                 GCancellable    *cancellable,
                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_connection_execute_statement_many (GsqlConnection     *self,
                                                      GsqlExpr           *statement,
                                                      const char * const *names,
                                                      guint               n_names,
                                                      const GValue       *values,
                                                      guint               n_rows,
                                                      gint64             *out_rowcount,
                                                      GCancellable       *cancellable,
                                                      GError            **error);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_connection_execute_statement_many_values (GsqlConnection     *self,
                                                             GsqlExpr           *statement,
                                                             const char * const *names,
                                                             guint               n_names,
                                                             const GValue       *values,
                                                             guint               n_values,
                                                             gint64             *out_rowcount,
                                                             GCancellable       *cancellable,
                                                             GError            **error);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_connection_get_last_insert_id (GsqlConnection *self,
                                                  gint64         *out_id,
                                                  GError        **error);

GSQL_AVAILABLE_IN_1_0
gboolean      gsql_connection_begin             (GsqlConnection  *self,
                                                 GError         **error);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_connection_begin_nested      (GsqlConnection  *self,
                                                 GError         **error);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_connection_commit            (GsqlConnection  *self,
                                                 GError         **error);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_connection_rollback          (GsqlConnection  *self,
                                                 GError         **error);
GSQL_AVAILABLE_IN_1_0
guint         gsql_connection_get_transaction_depth (GsqlConnection *self);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_connection_in_transaction    (GsqlConnection  *self);

GSQL_AVAILABLE_IN_1_0
gboolean      gsql_connection_set_isolation_level (GsqlConnection     *self,
                                                   GsqlIsolationLevel  level,
                                                   GError            **error);
GSQL_AVAILABLE_IN_1_0
GsqlIsolationLevel gsql_connection_get_isolation_level (GsqlConnection *self);

GSQL_AVAILABLE_IN_1_0
const char   *gsql_connection_get_dialect_name  (GsqlConnection  *self);
GSQL_AVAILABLE_IN_1_0
const char   *gsql_connection_get_dbms_name     (GsqlConnection  *self);
GSQL_AVAILABLE_IN_1_0
const char   *gsql_connection_get_dbms_version  (GsqlConnection  *self);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_connection_is_closed         (GsqlConnection  *self);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_connection_is_invalidated    (GsqlConnection  *self);
GSQL_AVAILABLE_IN_1_0
void          gsql_connection_invalidate        (GsqlConnection  *self);
GSQL_AVAILABLE_IN_1_0
void          gsql_connection_close             (GsqlConnection  *self);
GSQL_AVAILABLE_IN_1_0
guint         gsql_connection_get_n_cached_statements (GsqlConnection *self);

G_END_DECLS
