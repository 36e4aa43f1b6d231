/* valgrind-glib.c: GLib's locks and reference counts, told to helgrind and DRD
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * On Linux, GLib's GMutex and GCond are built on futexes, and GObject's
 * reference counts on atomic instructions; helgrind and DRD see neither
 * (they intercept pthreads only), so every access that a GMutex really
 * protects — in gsql's pool as much as in GLib — would be reported as a
 * race.  `make check-helgrind` and `make check-drd` preload this library
 * (LD_PRELOAD); valgrind then runs these wrappers in place of GLib's
 * functions, for calls from gsql and from inside GLib alike, and each
 * wrapper tells the tool what the function does:
 *
 *  - g_mutex_lock/trylock/unlock: a lock (helgrind's reader-writer lock
 *    annotations, held for writing; DRD's the same), so critical sections
 *    are ordered and lock-order inversions are found;
 *  - g_cond_signal/broadcast → g_cond_wait/wait_until: happens-before (the
 *    waits reach g_mutex_unlock/lock through these wrappers already);
 *  - g_object_unref and g_atomic_ref_count_dec / g_atomic_rc_box_release*:
 *    happens-before from every release to the one that frees, as the
 *    atomic decrement really orders them.
 *
 * Built twice: with helgrind.h (libgsql-helgrind-glib) and with drd.h
 * (libgsql-drd-glib, -DGSQL_VG_DRD); the annotation macros have the same
 * names in both.  Nothing here changes what the functions do.
 */
#include <glib-object.h>

#ifdef GSQL_VG_DRD
# include <valgrind/drd.h>
#else
# include <valgrind/helgrind.h>
#endif

#define GLIB_SO(fn)    I_WRAP_SONAME_FNNAME_ZU (libglibZh2Zd0ZdsoZa, fn)
#define GOBJECT_SO(fn) I_WRAP_SONAME_FNNAME_ZU (libgobjectZh2Zd0ZdsoZa, fn)

/* Wrappers are found by name; they need prototypes for -Wmissing-prototypes. */
void GLIB_SO (g_mutex_init) (GMutex *mutex);
void GLIB_SO (g_mutex_clear) (GMutex *mutex);
void GLIB_SO (g_mutex_lock) (GMutex *mutex);
gboolean GLIB_SO (g_mutex_trylock) (GMutex *mutex);
void GLIB_SO (g_mutex_unlock) (GMutex *mutex);
void GLIB_SO (g_cond_signal) (GCond *cond);
void GLIB_SO (g_cond_broadcast) (GCond *cond);
void GLIB_SO (g_cond_wait) (GCond *cond, GMutex *mutex);
gboolean GLIB_SO (g_cond_wait_until) (GCond *cond, GMutex *mutex, gint64 end_time);
gboolean GLIB_SO (g_atomic_ref_count_dec) (gatomicrefcount *arc);
void GLIB_SO (g_atomic_rc_box_release_full) (gpointer mem_block, GDestroyNotify clear_func);
void GOBJECT_SO (g_object_unref) (gpointer object);

/* DRD makes a lock of an address when it is first taken and forgets it
 * with the memory; told of g_mutex_init as well, it reports a
 * "reinitialization" whenever a GMutex on the stack takes the place of
 * one that was never cleared.  helgrind is told of both. */
#ifndef GSQL_VG_DRD
void
GLIB_SO (g_mutex_init) (GMutex *mutex)
{
  OrigFn fn;

  VALGRIND_GET_ORIG_FN (fn);
  CALL_FN_v_W (fn, mutex);
  ANNOTATE_RWLOCK_CREATE (mutex);
}

void
GLIB_SO (g_mutex_clear) (GMutex *mutex)
{
  OrigFn fn;

  VALGRIND_GET_ORIG_FN (fn);
  ANNOTATE_RWLOCK_DESTROY (mutex);
  CALL_FN_v_W (fn, mutex);
}
#endif

void
GLIB_SO (g_mutex_lock) (GMutex *mutex)
{
  OrigFn fn;

  VALGRIND_GET_ORIG_FN (fn);
  CALL_FN_v_W (fn, mutex);
  ANNOTATE_RWLOCK_ACQUIRED (mutex, 1);
}

gboolean
GLIB_SO (g_mutex_trylock) (GMutex *mutex)
{
  OrigFn fn;
  long taken;

  VALGRIND_GET_ORIG_FN (fn);
  CALL_FN_W_W (taken, fn, mutex);
  if (taken)
    ANNOTATE_RWLOCK_ACQUIRED (mutex, 1);
  return taken != 0;
}

void
GLIB_SO (g_mutex_unlock) (GMutex *mutex)
{
  OrigFn fn;

  VALGRIND_GET_ORIG_FN (fn);
  ANNOTATE_RWLOCK_RELEASED (mutex, 1);
  CALL_FN_v_W (fn, mutex);
}

void
GLIB_SO (g_cond_signal) (GCond *cond)
{
  OrigFn fn;

  VALGRIND_GET_ORIG_FN (fn);
  ANNOTATE_HAPPENS_BEFORE (cond);
  CALL_FN_v_W (fn, cond);
}

void
GLIB_SO (g_cond_broadcast) (GCond *cond)
{
  OrigFn fn;

  VALGRIND_GET_ORIG_FN (fn);
  ANNOTATE_HAPPENS_BEFORE (cond);
  CALL_FN_v_W (fn, cond);
}

void
GLIB_SO (g_cond_wait) (GCond *cond, GMutex *mutex)
{
  OrigFn fn;

  VALGRIND_GET_ORIG_FN (fn);
  CALL_FN_v_WW (fn, cond, mutex);
  ANNOTATE_HAPPENS_AFTER (cond);
}

gboolean
GLIB_SO (g_cond_wait_until) (GCond *cond, GMutex *mutex, gint64 end_time)
{
  OrigFn fn;
  long signalled;

  VALGRIND_GET_ORIG_FN (fn);
  CALL_FN_W_WWW (signalled, fn, cond, mutex, end_time);
  ANNOTATE_HAPPENS_AFTER (cond);
  return signalled != 0;
}

/* Every release happens before the one that frees: each releasing thread
 * marks the object before its decrement and takes the marks of all
 * earlier releases (a little more order than the atomic gives a release
 * that does not free, never less). */
#define RELEASE_ORDER(obj) G_STMT_START { \
  ANNOTATE_HAPPENS_BEFORE (obj); \
  ANNOTATE_HAPPENS_AFTER (obj); \
} G_STMT_END

gboolean
GLIB_SO (g_atomic_ref_count_dec) (gatomicrefcount *arc)
{
  OrigFn fn;
  long last;

  VALGRIND_GET_ORIG_FN (fn);
  RELEASE_ORDER (arc);
  CALL_FN_W_W (last, fn, arc);
  return last != 0;
}

void
GLIB_SO (g_atomic_rc_box_release_full) (gpointer mem_block, GDestroyNotify clear_func)
{
  OrigFn fn;

  VALGRIND_GET_ORIG_FN (fn);
  RELEASE_ORDER (mem_block);
  CALL_FN_v_WW (fn, mem_block, clear_func);
}

void
GOBJECT_SO (g_object_unref) (gpointer object)
{
  OrigFn fn;

  VALGRIND_GET_ORIG_FN (fn);
  RELEASE_ORDER (object);
  CALL_FN_v_W (fn, object);
}
