/* gsql-constraint.h: table constraints and indexes
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
 * GsqlConstraintKind:
 * @GSQL_CONSTRAINT_PRIMARY_KEY: PRIMARY KEY
 * @GSQL_CONSTRAINT_FOREIGN_KEY: FOREIGN KEY … REFERENCES
 * @GSQL_CONSTRAINT_UNIQUE: UNIQUE
 * @GSQL_CONSTRAINT_CHECK: CHECK
 *
 * The kinds of table constraint.
 *
 * Since: 1.0
 */
typedef enum {
  GSQL_CONSTRAINT_PRIMARY_KEY,
  GSQL_CONSTRAINT_FOREIGN_KEY,
  GSQL_CONSTRAINT_UNIQUE,
  GSQL_CONSTRAINT_CHECK,
} GsqlConstraintKind;

/**
 * GsqlReferentialAction:
 * @GSQL_REFERENTIAL_ACTION_DEFAULT: say nothing; the database's default
 *   (NO ACTION)
 * @GSQL_REFERENTIAL_ACTION_NO_ACTION: NO ACTION
 * @GSQL_REFERENTIAL_ACTION_RESTRICT: RESTRICT
 * @GSQL_REFERENTIAL_ACTION_CASCADE: CASCADE
 * @GSQL_REFERENTIAL_ACTION_SET_NULL: SET NULL
 * @GSQL_REFERENTIAL_ACTION_SET_DEFAULT: SET DEFAULT
 *
 * What a foreign key does when the row it refers to is deleted or its key
 * updated.
 *
 * Since: 1.0
 */
typedef enum {
  GSQL_REFERENTIAL_ACTION_DEFAULT,
  GSQL_REFERENTIAL_ACTION_NO_ACTION,
  GSQL_REFERENTIAL_ACTION_RESTRICT,
  GSQL_REFERENTIAL_ACTION_CASCADE,
  GSQL_REFERENTIAL_ACTION_SET_NULL,
  GSQL_REFERENTIAL_ACTION_SET_DEFAULT,
} GsqlReferentialAction;

#define GSQL_TYPE_CONSTRAINT (gsql_constraint_get_type ())

GSQL_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (GsqlConstraint, gsql_constraint, GSQL, CONSTRAINT, GInitiallyUnowned)

typedef struct _GsqlTable GsqlTable;

GSQL_AVAILABLE_IN_1_0
GsqlConstraint *gsql_constraint_new_primary_key (const char          *name,
                                                 const char * const  *columns);
GSQL_AVAILABLE_IN_1_0
GsqlConstraint *gsql_constraint_new_foreign_key (const char          *name,
                                                 const char * const  *columns,
                                                 const char          *referred_table,
                                                 const char * const  *referred_columns);
GSQL_AVAILABLE_IN_1_0
GsqlConstraint *gsql_constraint_new_unique      (const char          *name,
                                                 const char * const  *columns);
GSQL_AVAILABLE_IN_1_0
GsqlConstraint *gsql_constraint_new_check       (const char          *name,
                                                 const char          *sql_text);

GSQL_AVAILABLE_IN_1_0
GsqlConstraintKind gsql_constraint_get_kind     (GsqlConstraint      *self);
GSQL_AVAILABLE_IN_1_0
const char     *gsql_constraint_get_name        (GsqlConstraint      *self);
GSQL_AVAILABLE_IN_1_0
void            gsql_constraint_set_name        (GsqlConstraint      *self,
                                                 const char          *name);
GSQL_AVAILABLE_IN_1_0
const char * const *gsql_constraint_get_columns (GsqlConstraint      *self);
GSQL_AVAILABLE_IN_1_0
GsqlTable      *gsql_constraint_get_table       (GsqlConstraint      *self);
GSQL_AVAILABLE_IN_1_0
const char     *gsql_constraint_get_referred_table   (GsqlConstraint *self);
GSQL_AVAILABLE_IN_1_0
const char * const *gsql_constraint_get_referred_columns (GsqlConstraint *self);
GSQL_AVAILABLE_IN_1_0
GsqlTable      *gsql_constraint_resolve_referred_table (GsqlConstraint *self,
                                                        GError        **error);
GSQL_AVAILABLE_IN_1_0
GsqlReferentialAction gsql_constraint_get_on_delete (GsqlConstraint  *self);
GSQL_AVAILABLE_IN_1_0
void            gsql_constraint_set_on_delete   (GsqlConstraint      *self,
                                                 GsqlReferentialAction action);
GSQL_AVAILABLE_IN_1_0
GsqlReferentialAction gsql_constraint_get_on_update (GsqlConstraint  *self);
GSQL_AVAILABLE_IN_1_0
void            gsql_constraint_set_on_update   (GsqlConstraint      *self,
                                                 GsqlReferentialAction action);
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_constraint_get_deferrable  (GsqlConstraint      *self);
GSQL_AVAILABLE_IN_1_0
void            gsql_constraint_set_deferrable  (GsqlConstraint      *self,
                                                 gboolean             deferrable,
                                                 gboolean             initially_deferred);
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_constraint_get_initially_deferred (GsqlConstraint *self);
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_constraint_get_use_alter   (GsqlConstraint      *self);
GSQL_AVAILABLE_IN_1_0
void            gsql_constraint_set_use_alter   (GsqlConstraint      *self,
                                                 gboolean             use_alter);
GSQL_AVAILABLE_IN_1_0
const char     *gsql_constraint_get_sql_text    (GsqlConstraint      *self);

#define GSQL_TYPE_INDEX (gsql_index_get_type ())

GSQL_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (GsqlIndex, gsql_index, GSQL, INDEX, GInitiallyUnowned)

GSQL_AVAILABLE_IN_1_0
GsqlIndex      *gsql_index_new                  (const char          *name,
                                                 gboolean             unique,
                                                 const char * const  *columns);
GSQL_AVAILABLE_IN_1_0
const char     *gsql_index_get_name             (GsqlIndex           *self);
GSQL_AVAILABLE_IN_1_0
gboolean        gsql_index_get_unique           (GsqlIndex           *self);
GSQL_AVAILABLE_IN_1_0
const char * const *gsql_index_get_columns      (GsqlIndex           *self);
GSQL_AVAILABLE_IN_1_0
GsqlTable      *gsql_index_get_table            (GsqlIndex           *self);

G_END_DECLS
