/* gsql-version-macros.h: visibility and availability annotations
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#if !defined (GSQL_CORE_INSIDE) && !defined (GSQL_CORE_COMPILATION) && !defined (GSQL_ORM_COMPILATION) && !defined (GSQL_REFLECT_COMPILATION)
#error "Only <libsqlcore/sqlcore.h> can be included directly."
#endif

#include <glib.h>

#ifndef _GSQL_EXTERN
#define _GSQL_EXTERN __attribute__((visibility ("default"))) extern
#endif

#define GSQL_VERSION_1_0 (G_ENCODE_VERSION (1, 0))

#ifdef GSQL_DISABLE_DEPRECATION_WARNINGS
#define GSQL_DEPRECATED _GSQL_EXTERN
#define GSQL_DEPRECATED_FOR(f) _GSQL_EXTERN
#else
#define GSQL_DEPRECATED G_DEPRECATED _GSQL_EXTERN
#define GSQL_DEPRECATED_FOR(f) G_DEPRECATED_FOR (f) _GSQL_EXTERN
#endif

/**
 * GSQL_AVAILABLE_IN_ALL:
 *
 * Marks a symbol that is public in every version of gsql.
 */
#define GSQL_AVAILABLE_IN_ALL _GSQL_EXTERN

/**
 * GSQL_AVAILABLE_IN_1_0:
 *
 * Marks a symbol that appeared in gsql 1.0.
 */
#define GSQL_AVAILABLE_IN_1_0 _GSQL_EXTERN
