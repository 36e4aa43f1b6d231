/* sqlorm.h: the one header of libsqlorm
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#include <libsqlcore/sqlcore.h>

#define GSQL_ORM_INSIDE
#include "gsql-orm-error.h"
#include "gsql-registry.h"
#include "gsql-session.h"
#include "gsql-relationship.h"
#include "gsql-orm-enum-types.h"
#undef GSQL_ORM_INSIDE
