/* gsql-version.h: the gsql version a program was compiled against
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#if !defined (GSQL_CORE_INSIDE) && !defined (GSQL_CORE_COMPILATION)
#error "Only <libsqlcore/sqlcore.h> can be included directly."
#endif

/**
 * GSQL_MAJOR_VERSION:
 *
 * The major version of gsql this program was compiled against.
 */
#define GSQL_MAJOR_VERSION (0)

/**
 * GSQL_MINOR_VERSION:
 *
 * The minor version of gsql this program was compiled against.
 */
#define GSQL_MINOR_VERSION (1)

/**
 * GSQL_MICRO_VERSION:
 *
 * The micro version of gsql this program was compiled against.
 */
#define GSQL_MICRO_VERSION (0)

/**
 * GSQL_VERSION_S:
 *
 * The gsql version as a string.
 */
#define GSQL_VERSION_S "0.1.0"

/**
 * GSQL_CHECK_VERSION:
 * @major: required major version
 * @minor: required minor version
 * @micro: required micro version
 *
 * Compile-time check that gsql is at least the given version.
 */
#define GSQL_CHECK_VERSION(major,minor,micro) \
  (GSQL_MAJOR_VERSION > (major) || \
   (GSQL_MAJOR_VERSION == (major) && GSQL_MINOR_VERSION > (minor)) || \
   (GSQL_MAJOR_VERSION == (major) && GSQL_MINOR_VERSION == (minor) && GSQL_MICRO_VERSION >= (micro)))
