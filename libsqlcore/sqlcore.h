/* sqlcore.h: the one header of libsqlcore
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#define GSQL_CORE_INSIDE

#include "gsql-version-macros.h"
#include "gsql-version.h"
#include "gsql-error.h"
#include "gsql-value.h"
#include "gsql-row.h"
#include "gsql-result.h"
#include "gsql-connection.h"
#include "gsql-pool.h"
#include "gsql-engine.h"
#include "gsql-type.h"
#include "gsql-column.h"
#include "gsql-constraint.h"
#include "gsql-table.h"
#include "gsql-metadata.h"
#include "gsql-dialect.h"
#include "gsql-expr.h"
#include "gsql-compiled.h"
#include "gsql-enum-types.h"

#undef GSQL_CORE_INSIDE
