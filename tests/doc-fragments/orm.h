/* tests/doc-fragments/orm.h: the free names of the fragments in
 * libsqlorm's doc comments and doc/orm.md, for
 * tests/check-doc-fragments.py.  See common.h.
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#include "common.h"

/* the registry, the mappers of DemoUser and DemoAddress, a session */
extern GsqlRegistry *registry;
extern GsqlMapper *users;
extern GsqlMapper *addresses;
extern GsqlSession *session;

/* loaded objects: a user and another, an address and a new one */
extern DemoUser *user;
extern DemoUser *other_user;
extern DemoAddress *address;
extern DemoAddress *new_address;
