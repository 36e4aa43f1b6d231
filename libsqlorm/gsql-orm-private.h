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
  guint col_index;            /* its position in the table */
} GsqlMappedProperty;

void                _gsql_orm_init              (void);
gboolean            _gsql_mapper_configure      (GsqlMapper  *self,
                                                 GError     **error);
GPtrArray          *_gsql_mapper_get_mapped     (GsqlMapper  *self);
guint               _gsql_mapper_get_n_pk       (GsqlMapper  *self);
GsqlMappedProperty *_gsql_mapper_get_pk         (GsqlMapper  *self,
                                                 guint        i);
GsqlMappedProperty *_gsql_mapper_get_version    (GsqlMapper  *self);
GsqlMapper         *_gsql_mapper_get_root       (GsqlMapper  *self);
GsqlMapper         *_gsql_mapper_resolve        (GsqlMapper  *self,
                                                 const GValue *row);
GsqlMappedProperty *_gsql_mapper_get_discriminator (GsqlMapper *self);
const char         *_gsql_mapper_get_discriminator_value (GsqlMapper *self);
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
void                _gsql_mapper_set_parent     (GsqlMapper   *self,
                                                 GsqlMapper   *parent,
                                                 const char   *discriminator_value,
                                                 gboolean      joined);
void                _gsql_mapper_finish_hierarchy (GsqlMapper *root);
GPtrArray          *_gsql_mapper_get_tables     (GsqlMapper   *self);
guint               _gsql_mapper_get_n_columns  (GsqlMapper   *self);
guint               _gsql_registry_table_rank   (GsqlRegistry *self,
                                                 GsqlTable    *table);

G_END_DECLS
