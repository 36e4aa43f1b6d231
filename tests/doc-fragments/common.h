/* tests/doc-fragments/common.h: what every documentation fragment may use
 * without declaring it, for tests/check-doc-fragments.py.
 *
 * The fragments in the guides and in the doc comments are statements cut
 * out of a program: they use an engine, a connection, an error and a few
 * model types that the surrounding program would have.  These are declared
 * here, at file scope, with their real types, so that the compiler checks
 * every call a fragment makes; a fragment that declares one of them itself
 * (g_autoptr(GError) error = NULL) shadows it in its own block.  Nothing is
 * ever linked or run.
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#include <libsqlcore/sqlcore.h>
#include <libsqlorm/sqlorm.h>
#include <libsqlreflect/sqlreflect.h>

/* the program's engine and connection, a second database, the error */
extern GsqlEngine *engine;
extern GsqlEngine *other_engine;
extern GsqlConnection *conn;
extern GError *error;

/* a primary key value */
extern gint64 id;

/* the model classes of the ORM examples (tests/orm/test-models.h has the
 * real ones): a user with name, version and addresses, an address with
 * user-id, email and user */
#define DEMO_TYPE_USER (demo_user_get_type ())
G_DECLARE_FINAL_TYPE (DemoUser, demo_user, DEMO, USER, GObject)
#define DEMO_TYPE_ADDRESS (demo_address_get_type ())
G_DECLARE_FINAL_TYPE (DemoAddress, demo_address, DEMO, ADDRESS, GObject)
