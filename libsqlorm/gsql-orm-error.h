/* gsql-orm-error.h: the error domain of libsqlorm
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#if !defined (GSQL_ORM_INSIDE) && !defined (GSQL_ORM_COMPILATION)
#error "Only <libsqlorm/sqlorm.h> can be included directly."
#endif

#include <libsqlcore/sqlcore.h>

G_BEGIN_DECLS

/**
 * GSQL_ORM_ERROR:
 *
 * The error domain of libsqlorm.
 */
#define GSQL_ORM_ERROR (gsql_orm_error_quark ())

/**
 * GsqlOrmError:
 * @GSQL_ORM_ERROR_FAILED: a failure that fits no other code
 * @GSQL_ORM_ERROR_MAPPING: a class cannot be mapped as configured
 * @GSQL_ORM_ERROR_STALE_DATA: a row changed or vanished under an
 *   optimistic-concurrency check
 * @GSQL_ORM_ERROR_DETACHED: the object belongs to no session
 * @GSQL_ORM_ERROR_INVALID_STATE: the object cannot do that in its state
 *   (added to a second session, deleted while pending…)
 * @GSQL_ORM_ERROR_NOT_LOADED: a relationship that must not load on access
 *   (%GSQL_LOAD_RAISE) was not loaded
 *
 * Error codes of the #GSQL_ORM_ERROR domain.  Database failures keep their
 * #GSQL_ERROR codes.
 *
 * Since: 1.0
 */
typedef enum {
  GSQL_ORM_ERROR_FAILED,
  GSQL_ORM_ERROR_MAPPING,
  GSQL_ORM_ERROR_STALE_DATA,
  GSQL_ORM_ERROR_DETACHED,
  GSQL_ORM_ERROR_INVALID_STATE,
  GSQL_ORM_ERROR_NOT_LOADED,
} GsqlOrmError;

GSQL_AVAILABLE_IN_1_0
GQuark gsql_orm_error_quark (void);

G_END_DECLS
