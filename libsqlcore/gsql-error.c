/* gsql-error.c: the error domain of libsqlcore
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */

/**
 * SECTION:gsql-error
 * @title: Errors
 * @short_description: error codes a caller can branch on
 *
 * Every failure in libsqlcore is a #GError in the #GSQL_ERROR domain.  The
 * code tells a program what kind of failure it was (a unique violation, a
 * lost connection, a timeout); the message tells a person.  When the
 * failure came from the database, the SQLSTATE, the driver's native code
 * and its message stay attached to the error:
 *
 * |[<!-- language="C" -->
 * g_autoptr(GError) error = NULL;
 * g_autoptr(GsqlResult) r = gsql_connection_execute (conn, sql, params, 2,
 *                                                    NULL, &error);
 * if (gsql_error_is_integrity (error))
 *   g_printerr ("rejected (%s): %s\n",
 *               gsql_error_get_sqlstate (error), error->message);
 * ]|
 */

#include "config.h"

#include "gsql-core-private.h"

typedef struct {
  char   sqlstate[6];
  gint64 native;
  char  *driver_message;
} GsqlErrorPrivate;

static void
gsql_error_private_init (GsqlErrorPrivate *priv)
{
  priv->sqlstate[0] = '\0';
  priv->native = 0;
  priv->driver_message = NULL;
}

static void
gsql_error_private_copy (const GsqlErrorPrivate *src,
                         GsqlErrorPrivate       *dest)
{
  memcpy (dest->sqlstate, src->sqlstate, sizeof dest->sqlstate);
  dest->native = src->native;
  dest->driver_message = g_strdup (src->driver_message);
}

static void
gsql_error_private_clear (GsqlErrorPrivate *priv)
{
  g_clear_pointer (&priv->driver_message, g_free);
}

/**
 * gsql_error_quark:
 *
 * The quark of the #GSQL_ERROR domain.
 *
 * Returns: the quark
 *
 * Since: 1.0
 */
G_DEFINE_EXTENDED_ERROR (GsqlError, gsql_error)

/**
 * gsql_error_is_integrity:
 * @error: (nullable): an error, or %NULL
 *
 * Whether @error is any integrity-constraint failure: unique, foreign key,
 * not null, check, or another constraint.
 *
 * Returns: %TRUE for an integrity error
 *
 * Since: 1.0
 */
gboolean
gsql_error_is_integrity (const GError *error)
{
  if (error == NULL || error->domain != GSQL_ERROR)
    return FALSE;

  switch (error->code)
    {
    case GSQL_ERROR_INTEGRITY:
    case GSQL_ERROR_UNIQUE_VIOLATION:
    case GSQL_ERROR_FOREIGN_KEY_VIOLATION:
    case GSQL_ERROR_NOT_NULL_VIOLATION:
    case GSQL_ERROR_CHECK_VIOLATION:
      return TRUE;
    default:
      return FALSE;
    }
}

/**
 * gsql_error_is_retryable:
 * @error: (nullable): an error, or %NULL
 *
 * Whether the transaction that failed with @error may simply be run again
 * from its start: the database gave it up to let another one through.
 * That is a serialization failure or a deadlock
 * (%GSQL_ERROR_SERIALIZATION_FAILURE: SQLSTATE 40001 or 40P01, MariaDB
 * 1213), or a lock wait that timed out or could not wait
 * (%GSQL_ERROR_TIMEOUT with PostgreSQL's 55P03, MariaDB's 1205, or
 * SQLite's SQLITE_BUSY / SQLITE_LOCKED, native codes 5 and 6 — SQLite
 * gives up at once when two transactions that both read want to write).
 *
 * The transaction has been rolled back by the database (on MariaDB a lock
 * wait timeout rolls back only the statement: roll back yourself before
 * retrying).  A lost connection (%GSQL_ERROR_DISCONNECTED) is not
 * retryable in this sense: if it happened during a commit, the commit may
 * or may not have taken effect, and only the caller can tell whether
 * running the work again is safe.
 *
 * Returns: %TRUE when a retry of the whole transaction may succeed
 *
 * Since: 1.0
 */
gboolean
gsql_error_is_retryable (const GError *error)
{
  const char *sqlstate;

  if (error == NULL || error->domain != GSQL_ERROR)
    return FALSE;
  if (error->code == GSQL_ERROR_SERIALIZATION_FAILURE)
    return TRUE;
  if (error->code != GSQL_ERROR_TIMEOUT)
    return FALSE;
  sqlstate = gsql_error_get_sqlstate (error);
  if (sqlstate == NULL)
    return FALSE;
  switch (gsql_error_get_native_code (error))
    {
    case 1205:
      return TRUE;
    case 5: case 6:
      /* SQLite's driver reports every error as HY000. */
      return g_str_equal (sqlstate, "HY000");
    default:
      return g_str_equal (sqlstate, "55P03");
    }
}

/**
 * gsql_error_get_sqlstate:
 * @error: an error in the #GSQL_ERROR domain
 *
 * The five-character SQLSTATE the driver reported, when the error came from
 * the database.
 *
 * Returns: (nullable): the SQLSTATE, or %NULL when gsql raised the error
 *   itself
 *
 * Since: 1.0
 */
const char *
gsql_error_get_sqlstate (const GError *error)
{
  GsqlErrorPrivate *priv;

  g_return_val_if_fail (error != NULL, NULL);

  priv = gsql_error_get_private (error);
  if (priv == NULL || priv->sqlstate[0] == '\0')
    return NULL;
  return priv->sqlstate;
}

/**
 * gsql_error_get_native_code:
 * @error: an error in the #GSQL_ERROR domain
 *
 * The driver's native error code (MariaDB's error number, SQLite's result
 * code), or 0 when there is none.
 *
 * Returns: the native code
 *
 * Since: 1.0
 */
gint64
gsql_error_get_native_code (const GError *error)
{
  GsqlErrorPrivate *priv;

  g_return_val_if_fail (error != NULL, 0);

  priv = gsql_error_get_private (error);
  return priv != NULL ? priv->native : 0;
}

/**
 * gsql_error_get_driver_message:
 * @error: an error in the #GSQL_ERROR domain
 *
 * The message exactly as the driver gave it, untranslated.
 *
 * Returns: (nullable): the driver's message, or %NULL
 *
 * Since: 1.0
 */
const char *
gsql_error_get_driver_message (const GError *error)
{
  GsqlErrorPrivate *priv;

  g_return_val_if_fail (error != NULL, NULL);

  priv = gsql_error_get_private (error);
  return priv != NULL ? priv->driver_message : NULL;
}

/**
 * gsql_error_from_sqlstate:
 * @sqlstate: a five-character SQLSTATE
 * @native_code: the driver's native code, or 0
 *
 * Maps a SQLSTATE, refined by native codes where a driver is vague
 * (MariaDB reports every constraint as 23000), to a #GsqlError code.
 *
 * Returns: the code
 *
 * Since: 1.0
 */
GsqlError
gsql_error_from_sqlstate (const char *sqlstate,
                          gint64      native_code)
{
  g_return_val_if_fail (sqlstate != NULL, GSQL_ERROR_FAILED);

  /* MariaDB/MySQL native codes first: its SQLSTATEs are coarse. */
  switch (native_code)
    {
    case 1062: case 1586: case 1169:
      return GSQL_ERROR_UNIQUE_VIOLATION;
    case 1451: case 1452: case 1216: case 1217:
      return GSQL_ERROR_FOREIGN_KEY_VIOLATION;
    case 1048: case 1364:
      return GSQL_ERROR_NOT_NULL_VIOLATION;
    case 4025: case 3819:
      return GSQL_ERROR_CHECK_VIOLATION;
    case 2006: case 2013: case 1927: case 2055:
      return GSQL_ERROR_DISCONNECTED;
    case 1205:
      return GSQL_ERROR_TIMEOUT;
    case 1265: case 1264: case 1366: case 1406: case 1292: case 1367: case 1690:
      /* Strict mode's data errors (truncated, out of range, incorrect
       * value) arrive as SQLSTATE 01000 or 22xxx. */
      return GSQL_ERROR_DATA;
    case 1213:
      return GSQL_ERROR_SERIALIZATION_FAILURE;
    default:
      break;
    }

  if (g_str_equal (sqlstate, "23505"))
    return GSQL_ERROR_UNIQUE_VIOLATION;
  if (g_str_equal (sqlstate, "23503"))
    return GSQL_ERROR_FOREIGN_KEY_VIOLATION;
  if (g_str_equal (sqlstate, "23502"))
    return GSQL_ERROR_NOT_NULL_VIOLATION;
  if (g_str_equal (sqlstate, "23514"))
    return GSQL_ERROR_CHECK_VIOLATION;
  if (g_str_has_prefix (sqlstate, "23"))
    return GSQL_ERROR_INTEGRITY;
  if (g_str_has_prefix (sqlstate, "08") ||
      g_str_equal (sqlstate, "57P01") || g_str_equal (sqlstate, "57P02") ||
      g_str_equal (sqlstate, "57P03"))
    return GSQL_ERROR_DISCONNECTED;
  if (g_str_equal (sqlstate, "HYT00") || g_str_equal (sqlstate, "HYT01") ||
      g_str_equal (sqlstate, "57014") || g_str_equal (sqlstate, "55P03"))
    return GSQL_ERROR_TIMEOUT;
  if (g_str_equal (sqlstate, "40001") || g_str_equal (sqlstate, "40P01"))
    return GSQL_ERROR_SERIALIZATION_FAILURE;
  if (g_str_has_prefix (sqlstate, "22"))
    return GSQL_ERROR_DATA;
  if (g_str_has_prefix (sqlstate, "42") || g_str_has_prefix (sqlstate, "37") ||
      g_str_has_prefix (sqlstate, "25") || g_str_has_prefix (sqlstate, "3D") ||
      g_str_has_prefix (sqlstate, "3F") || g_str_equal (sqlstate, "07002") ||
      g_str_equal (sqlstate, "07009") || g_str_equal (sqlstate, "21S01") ||
      g_str_equal (sqlstate, "21000") || g_str_has_prefix (sqlstate, "0A") ||
      g_str_equal (sqlstate, "HY010"))
    return g_str_has_prefix (sqlstate, "0A") ? GSQL_ERROR_NOT_SUPPORTED
                                             : GSQL_ERROR_PROGRAMMING;
  if (g_str_equal (sqlstate, "HYC00") || g_str_equal (sqlstate, "IM001") ||
      g_str_equal (sqlstate, "HY092") || g_str_equal (sqlstate, "HY106"))
    return GSQL_ERROR_NOT_SUPPORTED;
  if (g_str_has_prefix (sqlstate, "28") || g_str_equal (sqlstate, "IM002") ||
      g_str_equal (sqlstate, "IM003") || g_str_equal (sqlstate, "IM004"))
    return GSQL_ERROR_CONNECTION_FAILED;
  if (g_str_has_prefix (sqlstate, "40"))
    return GSQL_ERROR_SERIALIZATION_FAILURE;

  return GSQL_ERROR_FAILED;
}

void
_gsql_set_error_full (GError    **error,
                      int         code,
                      const char *sqlstate,
                      gint64      native,
                      const char *driver_message,
                      const char *message)
{
  GError *e;
  GsqlErrorPrivate *priv;

  if (error == NULL)
    return;

  e = g_error_new_literal (GSQL_ERROR, code, message);
  priv = gsql_error_get_private (e);
  if (sqlstate != NULL)
    g_strlcpy (priv->sqlstate, sqlstate, sizeof priv->sqlstate);
  priv->native = native;
  priv->driver_message = g_strdup (driver_message);
  g_propagate_error (error, e);
}
