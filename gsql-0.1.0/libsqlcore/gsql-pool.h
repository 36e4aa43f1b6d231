/* gsql-pool.h: a thread-safe queue pool of ODBC connections
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

G_BEGIN_DECLS

#define GSQL_TYPE_POOL (gsql_pool_get_type ())

GSQL_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (GsqlPool, gsql_pool, GSQL, POOL, GObject)

GSQL_AVAILABLE_IN_1_0
guint     gsql_pool_get_size              (GsqlPool *self);
GSQL_AVAILABLE_IN_1_0
void      gsql_pool_set_size              (GsqlPool *self,
                                           guint     size);
GSQL_AVAILABLE_IN_1_0
int       gsql_pool_get_max_overflow      (GsqlPool *self);
GSQL_AVAILABLE_IN_1_0
void      gsql_pool_set_max_overflow      (GsqlPool *self,
                                           int       max_overflow);
GSQL_AVAILABLE_IN_1_0
double    gsql_pool_get_timeout           (GsqlPool *self);
GSQL_AVAILABLE_IN_1_0
void      gsql_pool_set_timeout           (GsqlPool *self,
                                           double    seconds);
GSQL_AVAILABLE_IN_1_0
double    gsql_pool_get_recycle           (GsqlPool *self);
GSQL_AVAILABLE_IN_1_0
void      gsql_pool_set_recycle           (GsqlPool *self,
                                           double    seconds);
GSQL_AVAILABLE_IN_1_0
gboolean  gsql_pool_get_pre_ping          (GsqlPool *self);
GSQL_AVAILABLE_IN_1_0
void      gsql_pool_set_pre_ping          (GsqlPool *self,
                                           gboolean  pre_ping);
GSQL_AVAILABLE_IN_1_0
gboolean  gsql_pool_get_reset_on_return   (GsqlPool *self);
GSQL_AVAILABLE_IN_1_0
void      gsql_pool_set_reset_on_return   (GsqlPool *self,
                                           gboolean  reset_on_return);

GSQL_AVAILABLE_IN_1_0
guint     gsql_pool_get_n_checked_out     (GsqlPool *self);
GSQL_AVAILABLE_IN_1_0
guint     gsql_pool_get_n_idle            (GsqlPool *self);
GSQL_AVAILABLE_IN_1_0
int       gsql_pool_get_overflow          (GsqlPool *self);
GSQL_AVAILABLE_IN_1_0
guint64   gsql_pool_get_n_connects        (GsqlPool *self);
GSQL_AVAILABLE_IN_1_0
guint64   gsql_pool_get_n_checkouts       (GsqlPool *self);
GSQL_AVAILABLE_IN_1_0
guint64   gsql_pool_get_n_invalidated     (GsqlPool *self);
GSQL_AVAILABLE_IN_1_0
void      gsql_pool_dispose_idle          (GsqlPool *self);

G_END_DECLS
