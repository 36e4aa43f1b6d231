/* gsql-error.h: the error domain of libsqlcore
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#if !defined (GSQL_CORE_INSIDE) && !defined (GSQL_CORE_COMPILATION)
#error "Only <libsqlcore/sqlcore.h> can be included directly."
#endif

#include <glib.h>
#include "gsql-version-macros.h"

G_BEGIN_DECLS

/**
 * GSQL_ERROR:
 *
 * The error domain of libsqlcore.  Errors in this domain carry the SQLSTATE,
 * native code and driver message of the failure that caused them; read them
 * with gsql_error_get_sqlstate() and friends.
 */
#define GSQL_ERROR (gsql_error_quark ())

/**
 * GsqlError:
 * @GSQL_ERROR_FAILED: a failure that fits no other code
 * @GSQL_ERROR_INVALID_ARGUMENT: the caller passed a value gsql cannot use
 *   (an unknown URL scheme, a negative pool size, invalid UTF-8…)
 * @GSQL_ERROR_NOT_SUPPORTED: the driver or database cannot do what was asked
 * @GSQL_ERROR_CONNECTION_FAILED: a connection could not be opened: unknown
 *   DSN or driver, wrong credentials, no server listening
 * @GSQL_ERROR_DISCONNECTED: an open connection was lost; it has been
 *   invalidated and will not be handed out again
 * @GSQL_ERROR_TIMEOUT: a wait timed out: pool checkout, lock wait, busy
 *   database, statement timeout
 * @GSQL_ERROR_PROGRAMMING: the statement is wrong: syntax error, unknown
 *   table or column, wrong number of parameters, misuse of a transaction
 * @GSQL_ERROR_DATA: a value was rejected or could not be converted: too long,
 *   out of range, malformed, division by zero, an embedded NUL byte
 * @GSQL_ERROR_INTEGRITY: an integrity constraint failed that none of the more
 *   precise codes below names
 * @GSQL_ERROR_UNIQUE_VIOLATION: a unique or primary key constraint failed
 * @GSQL_ERROR_FOREIGN_KEY_VIOLATION: a foreign key constraint failed
 * @GSQL_ERROR_NOT_NULL_VIOLATION: NULL was written to a NOT NULL column
 * @GSQL_ERROR_CHECK_VIOLATION: a CHECK constraint failed
 * @GSQL_ERROR_SERIALIZATION_FAILURE: the transaction lost a serialization
 *   conflict or a deadlock and may be retried
 * @GSQL_ERROR_NO_RESULT: a row was required and the result had none
 * @GSQL_ERROR_MULTIPLE_RESULTS: exactly one row was required and the result
 *   had several
 * @GSQL_ERROR_CLOSED: the connection or result was already closed
 *
 * Error codes of the #GSQL_ERROR domain.  Use gsql_error_is_integrity() to
 * catch every constraint failure at once, and gsql_error_is_retryable() to
 * tell whether a failed transaction may be run again.
 *
 * Since: 1.0
 */
typedef enum {
  GSQL_ERROR_FAILED,
  GSQL_ERROR_INVALID_ARGUMENT,
  GSQL_ERROR_NOT_SUPPORTED,
  GSQL_ERROR_CONNECTION_FAILED,
  GSQL_ERROR_DISCONNECTED,
  GSQL_ERROR_TIMEOUT,
  GSQL_ERROR_PROGRAMMING,
  GSQL_ERROR_DATA,
  GSQL_ERROR_INTEGRITY,
  GSQL_ERROR_UNIQUE_VIOLATION,
  GSQL_ERROR_FOREIGN_KEY_VIOLATION,
  GSQL_ERROR_NOT_NULL_VIOLATION,
  GSQL_ERROR_CHECK_VIOLATION,
  GSQL_ERROR_SERIALIZATION_FAILURE,
  GSQL_ERROR_NO_RESULT,
  GSQL_ERROR_MULTIPLE_RESULTS,
  GSQL_ERROR_CLOSED,
} GsqlError;

GSQL_AVAILABLE_IN_1_0
GQuark        gsql_error_quark             (void);

GSQL_AVAILABLE_IN_1_0
gboolean      gsql_error_is_integrity      (const GError *error);

GSQL_AVAILABLE_IN_1_0
gboolean      gsql_error_is_retryable      (const GError *error);

GSQL_AVAILABLE_IN_1_0
const char   *gsql_error_get_sqlstate      (const GError *error);

GSQL_AVAILABLE_IN_1_0
gint64        gsql_error_get_native_code   (const GError *error);

GSQL_AVAILABLE_IN_1_0
const char   *gsql_error_get_driver_message (const GError *error);

GSQL_AVAILABLE_IN_1_0
GsqlError     gsql_error_from_sqlstate     (const char *sqlstate,
                                            gint64      native_code);

G_END_DECLS
