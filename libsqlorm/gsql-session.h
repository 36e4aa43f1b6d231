/* gsql-session.h: a unit of work over mapped objects
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#if !defined (GSQL_ORM_INSIDE) && !defined (GSQL_ORM_COMPILATION)
#error "Only <libsqlorm/sqlorm.h> can be included directly."
#endif

#include <gio/gio.h>
#include <libsqlcore/sqlcore.h>
#include "gsql-registry.h"

G_BEGIN_DECLS

/**
 * GsqlObjectState:
 * @GSQL_OBJECT_STATE_TRANSIENT: in no session and not in the database
 * @GSQL_OBJECT_STATE_PENDING: added to a session, not yet flushed
 * @GSQL_OBJECT_STATE_PERSISTENT: in a session and in the database
 * @GSQL_OBJECT_STATE_DELETED: deleted in a session's flush, not yet committed
 * @GSQL_OBJECT_STATE_DETACHED: in the database, but in no session
 *
 * Where a mapped object stands, as SQLAlchemy's instance states.
 *
 * Since: 1.0
 */
typedef enum {
  GSQL_OBJECT_STATE_TRANSIENT,
  GSQL_OBJECT_STATE_PENDING,
  GSQL_OBJECT_STATE_PERSISTENT,
  GSQL_OBJECT_STATE_DELETED,
  GSQL_OBJECT_STATE_DETACHED,
} GsqlObjectState;

#define GSQL_TYPE_SESSION (gsql_session_get_type ())

GSQL_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (GsqlSession, gsql_session, GSQL, SESSION, GObject)

GSQL_AVAILABLE_IN_1_0
GsqlSession    *gsql_session_new              (GsqlEngine     *engine,
                                               GsqlRegistry   *registry) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GsqlEngine     *gsql_session_get_engine       (GsqlSession    *self);
GSQL_AVAILABLE_IN_1_0
GsqlRegistry   *gsql_session_get_registry     (GsqlSession    *self);
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_session_add              (GsqlSession    *self,
                                               gpointer        object,
                                               GError        **error);
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_session_add_all          (GsqlSession    *self,
                                               GPtrArray      *objects,
                                               GError        **error);
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_session_delete           (GsqlSession    *self,
                                               gpointer        object,
                                               GError        **error);
GSQL_AVAILABLE_IN_1_0
gpointer        gsql_session_get              (GsqlSession    *self,
                                               GType           object_type,
                                               const GValue   *primary_key,
                                               guint           n_values,
                                               GError        **error);
GSQL_AVAILABLE_IN_1_0
gpointer        gsql_session_get_by_id        (GsqlSession    *self,
                                               GType           object_type,
                                               gint64          id,
                                               GError        **error);
GSQL_AVAILABLE_IN_1_0
GListModel     *gsql_session_scalars          (GsqlSession    *self,
                                               GsqlExpr       *select,
                                               GError        **error);
GSQL_AVAILABLE_IN_1_0
GPtrArray      *gsql_session_tuples           (GsqlSession    *self,
                                               GsqlExpr       *select,
                                               GError        **error);
GSQL_AVAILABLE_IN_1_0
gpointer        gsql_session_first            (GsqlSession    *self,
                                               GsqlExpr       *select,
                                               GError        **error);
GSQL_AVAILABLE_IN_1_0
gpointer        gsql_session_one              (GsqlSession    *self,
                                               GsqlExpr       *select,
                                               GError        **error);
GSQL_AVAILABLE_IN_1_0
gpointer        gsql_session_one_or_none      (GsqlSession    *self,
                                               GsqlExpr       *select,
                                               GError        **error);
GSQL_AVAILABLE_IN_1_0
GsqlResult     *gsql_session_execute          (GsqlSession    *self,
                                               GsqlExpr       *statement,
                                               GError        **error);
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_session_flush            (GsqlSession    *self,
                                               GError        **error);
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_session_commit           (GsqlSession    *self,
                                               GError        **error);
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_session_rollback         (GsqlSession    *self,
                                               GError        **error);
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_session_begin_nested     (GsqlSession    *self,
                                               GError        **error);
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_session_commit_nested    (GsqlSession    *self,
                                               GError        **error);
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_session_rollback_nested  (GsqlSession    *self,
                                               GError        **error);
GSQL_AVAILABLE_IN_1_0
void            gsql_session_expire           (GsqlSession    *self,
                                               gpointer        object);
GSQL_AVAILABLE_IN_1_0
void            gsql_session_expire_all       (GsqlSession    *self);
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_session_refresh          (GsqlSession    *self,
                                               gpointer        object,
                                               GError        **error);
GSQL_AVAILABLE_IN_1_0
void            gsql_session_expunge          (GsqlSession    *self,
                                               gpointer        object);
GSQL_AVAILABLE_IN_1_0
gpointer        gsql_session_merge            (GsqlSession    *self,
                                               gpointer        object,
                                               GError        **error);
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_session_contains         (GsqlSession    *self,
                                               gpointer        object);
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_session_is_modified      (GsqlSession    *self,
                                               gpointer        object);
GSQL_AVAILABLE_IN_1_0
void            gsql_session_set_autoflush    (GsqlSession    *self,
                                               gboolean        autoflush);
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_session_get_autoflush    (GsqlSession    *self);
GSQL_AVAILABLE_IN_1_0
void            gsql_session_set_expire_on_commit (GsqlSession *self,
                                                   gboolean     expire_on_commit);
GSQL_AVAILABLE_IN_1_0
guint           gsql_session_get_n_objects    (GsqlSession    *self);
GSQL_AVAILABLE_IN_1_0
void            gsql_session_close            (GsqlSession    *self);

GSQL_AVAILABLE_IN_1_0
GsqlObjectState gsql_object_get_state         (gpointer        object);
GSQL_AVAILABLE_IN_1_0
GsqlSession    *gsql_object_get_session       (gpointer        object);

G_END_DECLS
