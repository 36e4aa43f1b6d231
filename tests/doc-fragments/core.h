/* tests/doc-fragments/core.h: the free names of the fragments in
 * libsqlcore's and libsqlreflect's doc comments, README.md and the Core
 * guides (everything but doc/orm.md), for tests/check-doc-fragments.py.
 * See common.h.
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#include "common.h"

/* a GsqlMetaData and its tables: users (id, name, team, seen), shipment */
extern GsqlMetaData *metadata;
extern GsqlTable *users;
extern GsqlTable *shipment;

/* a statement's SQL text, its parameters and a result */
extern const char *sql;
extern GValue *params;
extern GsqlResult *r;

/* gsql-type.c's custom type example: a boxed point stored as "x,y" */
typedef struct {
  int x;
  int y;
} DemoPoint;
#define DEMO_TYPE_POINT (demo_point_get_type ())
GType demo_point_get_type (void);
/* the example defines point_bind() and leaves point_result() out */
gboolean point_result (GsqlSqlType  *type,
                       const char   *dialect,
                       const GValue *in,
                       GValue       *out,
                       gpointer      data,
                       GError      **error);

/* doc/reflection.md's generated model classes: a group and a line item */
extern GObject *group;
extern GObject *item;
