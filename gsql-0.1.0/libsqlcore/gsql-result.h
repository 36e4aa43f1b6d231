/* gsql-result.h: rows coming back from a statement
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
#include "gsql-value.h"
#include "gsql-row.h"

G_BEGIN_DECLS

#define GSQL_TYPE_RESULT (gsql_result_get_type ())

GSQL_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (GsqlResult, gsql_result, GSQL, RESULT, GObject)

GSQL_AVAILABLE_IN_1_0
guint         gsql_result_get_n_columns       (GsqlResult  *self);
GSQL_AVAILABLE_IN_1_0
const char   *gsql_result_get_column_name     (GsqlResult  *self,
                                               guint        column);
GSQL_AVAILABLE_IN_1_0
int           gsql_result_get_column_index    (GsqlResult  *self,
                                               const char  *name);
GSQL_AVAILABLE_IN_1_0
GType         gsql_result_get_column_gtype    (GsqlResult  *self,
                                               guint        column);
GSQL_AVAILABLE_IN_1_0
int           gsql_result_get_column_sql_type (GsqlResult  *self,
                                               guint        column);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_result_returns_rows        (GsqlResult  *self);
GSQL_AVAILABLE_IN_1_0
gint64        gsql_result_get_rowcount        (GsqlResult  *self);

GSQL_AVAILABLE_IN_1_0
gboolean      gsql_result_next                (GsqlResult  *self,
                                               GError     **error);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_result_buffer              (GsqlResult  *self,
                                               GError     **error);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_result_is_buffered         (GsqlResult  *self);
GSQL_AVAILABLE_IN_1_0
void          gsql_result_close               (GsqlResult  *self);

GSQL_AVAILABLE_IN_1_0
gboolean      gsql_result_is_null             (GsqlResult  *self,
                                               guint        column);
GSQL_AVAILABLE_IN_1_0
gint64        gsql_result_get_int64           (GsqlResult  *self,
                                               guint        column);
GSQL_AVAILABLE_IN_1_0
int           gsql_result_get_int             (GsqlResult  *self,
                                               guint        column);
GSQL_AVAILABLE_IN_1_0
double        gsql_result_get_double          (GsqlResult  *self,
                                               guint        column);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_result_get_boolean         (GsqlResult  *self,
                                               guint        column);
GSQL_AVAILABLE_IN_1_0
const char   *gsql_result_get_string          (GsqlResult  *self,
                                               guint        column);
GSQL_AVAILABLE_IN_1_0
GBytes       *gsql_result_dup_bytes           (GsqlResult  *self,
                                               guint        column) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GDateTime    *gsql_result_dup_datetime        (GsqlResult  *self,
                                               guint        column) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GDate        *gsql_result_dup_date            (GsqlResult  *self,
                                               guint        column) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GsqlTime     *gsql_result_dup_time            (GsqlResult  *self,
                                               guint        column) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GsqlNumeric  *gsql_result_dup_numeric         (GsqlResult  *self,
                                               guint        column) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_result_get_value           (GsqlResult  *self,
                                               guint        column,
                                               GValue      *value);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_result_get_value_by_name   (GsqlResult  *self,
                                               const char  *name,
                                               GValue      *value);
GSQL_AVAILABLE_IN_1_0
GsqlRow      *gsql_result_dup_row             (GsqlResult  *self) G_GNUC_WARN_UNUSED_RESULT;

GSQL_AVAILABLE_IN_1_0
gboolean      gsql_result_first               (GsqlResult  *self,
                                               GError     **error);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_result_one                 (GsqlResult  *self,
                                               GError     **error);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_result_one_or_none         (GsqlResult  *self,
                                               GError     **error);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_result_scalar              (GsqlResult  *self,
                                               GValue      *value,
                                               GError     **error);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_result_scalar_one          (GsqlResult  *self,
                                               GValue      *value,
                                               GError     **error);
GSQL_AVAILABLE_IN_1_0
GPtrArray    *gsql_result_all                 (GsqlResult  *self,
                                               GError     **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
