/* gsql-row.h: one row of a result, kept after the result moved on
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#if !defined (GSQL_CORE_INSIDE) && !defined (GSQL_CORE_COMPILATION)
#error "Only <libsqlcore/sqlcore.h> can be included directly."
#endif

#include <glib-object.h>
#include "gsql-version-macros.h"

G_BEGIN_DECLS

/**
 * GsqlRow:
 *
 * An immutable, reference-counted copy of one result row: its values as
 * #GValues and the names of its columns.  A SQL NULL is an unset #GValue
 * (`G_VALUE_TYPE (v) == G_TYPE_INVALID`).
 *
 * Since: 1.0
 */
typedef struct _GsqlRow GsqlRow;

#define GSQL_TYPE_ROW (gsql_row_get_type ())

GSQL_AVAILABLE_IN_1_0
GType         gsql_row_get_type          (void) G_GNUC_CONST;
GSQL_AVAILABLE_IN_1_0
GsqlRow      *gsql_row_new               (const char * const *names,
                                          const GValue       *values,
                                          guint               n_columns) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GsqlRow      *gsql_row_ref               (GsqlRow    *row);
GSQL_AVAILABLE_IN_1_0
void          gsql_row_unref             (GsqlRow    *row);
GSQL_AVAILABLE_IN_1_0
guint         gsql_row_get_n_columns     (GsqlRow    *row);
GSQL_AVAILABLE_IN_1_0
const char   *gsql_row_get_column_name   (GsqlRow    *row,
                                          guint       column);
GSQL_AVAILABLE_IN_1_0
const GValue *gsql_row_get_value         (GsqlRow    *row,
                                          guint       column);
GSQL_AVAILABLE_IN_1_0
const GValue *gsql_row_get_value_by_name (GsqlRow    *row,
                                          const char *name);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_row_is_null           (GsqlRow    *row,
                                          guint       column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsqlRow, gsql_row_unref)

G_END_DECLS
