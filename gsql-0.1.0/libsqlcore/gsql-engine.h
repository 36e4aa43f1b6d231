/* gsql-engine.h: the entry point to a database
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
#include "gsql-pool.h"
#include "gsql-connection.h"
#include "gsql-dialect.h"

G_BEGIN_DECLS

#define GSQL_TYPE_ENGINE (gsql_engine_get_type ())

GSQL_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (GsqlEngine, gsql_engine, GSQL, ENGINE, GObject)

GSQL_AVAILABLE_IN_1_0
GsqlEngine     *gsql_engine_new                   (const char    *url,
                                                   GError       **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
const char     *gsql_engine_get_url               (GsqlEngine    *self);
GSQL_AVAILABLE_IN_1_0
char           *gsql_engine_dup_display_string    (GsqlEngine    *self) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GsqlPool       *gsql_engine_get_pool              (GsqlEngine    *self);
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_engine_get_echo              (GsqlEngine    *self);
GSQL_AVAILABLE_IN_1_0
void            gsql_engine_set_echo              (GsqlEngine    *self,
                                                   gboolean       echo);
GSQL_AVAILABLE_IN_1_0
const char     *gsql_engine_get_dialect_name      (GsqlEngine    *self);
GSQL_AVAILABLE_IN_1_0
GsqlDialect    *gsql_engine_get_dialect           (GsqlEngine    *self);
GSQL_AVAILABLE_IN_1_0
GsqlConnection *gsql_engine_connect               (GsqlEngine    *self,
                                                   GCancellable  *cancellable,
                                                   GError       **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
void            gsql_engine_dispose_connections   (GsqlEngine    *self);

G_END_DECLS
