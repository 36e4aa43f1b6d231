/* gsql-orm-private.h: internals shared by libsqlorm's sources
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#include <glib/gi18n-lib.h>

#include "sqlorm.h"

G_BEGIN_DECLS

#undef G_LOG_DOMAIN
#define G_LOG_DOMAIN "sqlorm"

typedef struct {
  char *property;
  char *column_name;
  GParamSpec *pspec;
  GsqlSqlType *type;          /* override */
  guint length;
  gboolean text, timezone;
  gboolean nullable_set, nullable, unique, index;
  char *server_default;
  char *foreign_key;
  gboolean excluded;
  GsqlColumn *column;         /* once configured */
} GsqlMappedProperty;

void                _gsql_orm_init              (void);
gboolean            _gsql_mapper_configure      (GsqlMapper  *self,
                                                 GError     **error);
GPtrArray          *_gsql_mapper_get_mapped     (GsqlMapper  *self);
guint               _gsql_mapper_get_n_pk       (GsqlMapper  *self);
GsqlMappedProperty *_gsql_mapper_get_pk         (GsqlMapper  *self,
                                                 guint        i);
GsqlMappedProperty *_gsql_mapper_get_version    (GsqlMapper  *self);
typedef struct {
  GsqlMapper *mapper;
  guint offset;      /* first result column */
  guint n;           /* how many */
} GsqlEntitySpan;

GsqlMapper         *_gsql_select_get_entity     (GsqlExpr    *select);
GArray             *_gsql_select_get_entities   (GsqlExpr    *select);
GsqlMapper         *_gsql_mapper_new            (GsqlRegistry *registry,
                                                 GType         type,
                                                 const char   *table_name,
                                                 GsqlTable    *table);
guint               _gsql_registry_table_rank   (GsqlRegistry *self,
                                                 GsqlTable    *table);

G_END_DECLS
