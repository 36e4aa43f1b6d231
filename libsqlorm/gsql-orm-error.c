/* gsql-orm-error.c: the error domain of libsqlorm
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include "gsql-orm-private.h"

/**
 * gsql_orm_error_quark:
 *
 * Returns: the quark of the #GSQL_ORM_ERROR domain
 *
 * Since: 1.0
 */
G_DEFINE_QUARK (gsql-orm-error-quark, gsql_orm_error)
