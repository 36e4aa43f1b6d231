/* sqlreflect.h: the one header of libsqlreflect
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#include <libsqlcore/sqlcore.h>

#define GSQL_REFLECT_INSIDE
#include "gsql-inspector.h"
#undef GSQL_REFLECT_INSIDE
