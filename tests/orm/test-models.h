/* test-models.h: the model classes of the ORM check suites
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * Plain GObject classes with read-write properties, as a user writes them.
 * Their instance structs are public here so that a test can write a field
 * directly, bypassing GObject::notify (the session must still see it).
 * Every instance is counted (demo_model_get_n_live()) so that a test can
 * check that all of them were finalized.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* DemoUser {id: int64, name: string, fullname: string, version: int} */
#define DEMO_TYPE_USER (demo_user_get_type ())
G_DECLARE_FINAL_TYPE (DemoUser, demo_user, DEMO, USER, GObject)
struct _DemoUser {
  GObject parent_instance;
  gint64  id;
  char   *name;
  char   *fullname;
  int     version;
};

/* DemoAddress {id: int64, user-id: int64, email: string} */
#define DEMO_TYPE_ADDRESS (demo_address_get_type ())
G_DECLARE_FINAL_TYPE (DemoAddress, demo_address, DEMO, ADDRESS, GObject)
struct _DemoAddress {
  GObject parent_instance;
  gint64  id;
  gint64  user_id;
  char   *email;
};

/* DemoTeam {org: string, code: string, title: string, size: int}, keyed by
 * (org, code) */
#define DEMO_TYPE_TEAM (demo_team_get_type ())
G_DECLARE_FINAL_TYPE (DemoTeam, demo_team, DEMO, TEAM, GObject)
struct _DemoTeam {
  GObject parent_instance;
  char   *org;
  char   *code;
  char   *title;
  int     size;
};

/* DemoNote and DemoMemo {id: int64, body: string}: two classes of the same
 * shape, for mapping mistakes. */
#define DEMO_TYPE_NOTE (demo_note_get_type ())
G_DECLARE_FINAL_TYPE (DemoNote, demo_note, DEMO, NOTE, GObject)
struct _DemoNote {
  GObject parent_instance;
  gint64  id;
  char   *body;
};

#define DEMO_TYPE_MEMO (demo_memo_get_type ())
G_DECLARE_FINAL_TYPE (DemoMemo, demo_memo, DEMO, MEMO, GObject)
struct _DemoMemo {
  GObject parent_instance;
  gint64  id;
  char   *body;
};

/* DemoGadget {id: int64, label: string, handle: pointer, owner: GObject}:
 * the last two cannot be mapped onto columns. */
#define DEMO_TYPE_GADGET (demo_gadget_get_type ())
G_DECLARE_FINAL_TYPE (DemoGadget, demo_gadget, DEMO, GADGET, GObject)
struct _DemoGadget {
  GObject  parent_instance;
  gint64   id;
  char    *label;
  gpointer handle;
  GObject *owner;
};

/* The relationship suite's classes.  DemoRUser {id, name, addresses: a
 * GListModel property, favorite-id}, DemoRAddress {id, user-id, email, user: an object
 * property the class holds weakly, as a parent pointer}, DemoRGroup {id, name}, DemoRProfile {id, user-id, bio},
 * DemoRCategory {id, parent-id, name}. */
#define DEMO_TYPE_RUSER (demo_ruser_get_type ())
G_DECLARE_FINAL_TYPE (DemoRUser, demo_ruser, DEMO, RUSER, GObject)
struct _DemoRUser {
  GObject  parent_instance;
  gint64   id;
  char    *name;
  GObject *addresses;
  gint64   favorite_id;
};

#define DEMO_TYPE_RADDRESS (demo_raddress_get_type ())
G_DECLARE_FINAL_TYPE (DemoRAddress, demo_raddress, DEMO, RADDRESS, GObject)
struct _DemoRAddress {
  GObject  parent_instance;
  gint64   id;
  gint64   user_id;
  char    *email;
  GObject *user;
};

#define DEMO_TYPE_RGROUP (demo_rgroup_get_type ())
G_DECLARE_FINAL_TYPE (DemoRGroup, demo_rgroup, DEMO, RGROUP, GObject)
struct _DemoRGroup {
  GObject parent_instance;
  gint64  id;
  char   *name;
};

#define DEMO_TYPE_RPROFILE (demo_rprofile_get_type ())
G_DECLARE_FINAL_TYPE (DemoRProfile, demo_rprofile, DEMO, RPROFILE, GObject)
struct _DemoRProfile {
  GObject parent_instance;
  gint64  id;
  gint64  user_id;
  char   *bio;
};

#define DEMO_TYPE_RCATEGORY (demo_rcategory_get_type ())
G_DECLARE_FINAL_TYPE (DemoRCategory, demo_rcategory, DEMO, RCATEGORY, GObject)
struct _DemoRCategory {
  GObject parent_instance;
  gint64  id;
  gint64  parent_id;
  char   *name;
};

/* Instances of all the classes above alive right now. */
guint demo_model_get_n_live (void);

G_END_DECLS
