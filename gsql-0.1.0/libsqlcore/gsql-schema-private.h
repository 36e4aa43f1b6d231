/* gsql-schema-private.h: internals shared by the schema objects
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#include "gsql-core-private.h"

G_BEGIN_DECLS

void      _gsql_column_set_table         (GsqlColumn     *self,
                                          GsqlTable      *table);
void      _gsql_column_set_primary_key   (GsqlColumn     *self,
                                          gboolean        primary_key);
gboolean  _gsql_column_nullable_was_set  (GsqlColumn     *self);
void      _gsql_constraint_set_table     (GsqlConstraint *self,
                                          GsqlTable      *table);
void      _gsql_constraint_set_columns   (GsqlConstraint *self,
                                          const char * const *columns);
void      _gsql_index_set_table          (GsqlIndex      *self,
                                          GsqlTable      *table);
void      _gsql_index_set_name           (GsqlIndex      *self,
                                          const char     *name);
GsqlTable *_gsql_table_new               (GsqlMetaData   *metadata,
                                          const char     *schema,
                                          const char     *name);
void      _gsql_table_detach             (GsqlTable      *self);
char     *_gsql_metadata_apply_convention (GsqlMetaData  *self,
                                           const char    *key,
                                           GsqlTable     *table,
                                           const char * const *columns,
                                           const char    *referred_table,
                                           const char * const *referred_columns,
                                           const char    *constraint_name);

G_END_DECLS
