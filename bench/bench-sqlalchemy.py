#!/usr/bin/env python3
# bench-sqlalchemy: the SQLAlchemy baseline of the benchmark suite
#
# Copyright 2026 The gsql authors
# SPDX-License-Identifier: MIT
#
#   bench-sqlalchemy.py SQLALCHEMY-URL SCENARIO
#
# Does what bench-gsql does, with SQLAlchemy (Debian's python3-sqlalchemy:
# sqlite3, psycopg2, pyodbc for MariaDB), on the tables bench-gsql's `setup`
# made, and prints one RESULT line (see bench-common.h).
import os
import resource
import statistics
import sys
import time

import sqlalchemy as sa
from sqlalchemy import orm

SCALE = float(os.environ.get("GSQL_BENCH_SCALE", "1") or 1)
RUNS = int(os.environ.get("GSQL_BENCH_RUNS", "5") or 5)
# A run slower than this after the warm-up gets fewer timed runs (at least 3).
SLOW = float(os.environ.get("GSQL_BENCH_SLOW_SECONDS", "15"))


def n(v):
    return max(1, int(v * SCALE + 0.5))


N_ROWS, N_PARENTS, N_SMALL = n(100000), n(1000), n(10000)

Base = orm.declarative_base()


class Row:
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(50))
    value = sa.Column(sa.Float)
    n = sa.Column(sa.BigInteger)


class Item(Row, Base):
    __tablename__ = "bench_item"


class Write(Row, Base):
    __tablename__ = "bench_write"


class Parent(Base):
    __tablename__ = "bench_parent"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(50))
    children = orm.relationship("Child")


class Child(Base):
    __tablename__ = "bench_child"
    id = sa.Column(sa.Integer, primary_key=True)
    parent_id = sa.Column(sa.Integer, sa.ForeignKey("bench_parent.id"))
    name = sa.Column(sa.String(50))


def rows(k):
    return [{"name": "name %d" % i, "value": i * 0.5, "n": i} for i in range(k)]


def empty_writes(engine):
    with engine.begin() as c:
        c.execute(sa.delete(Write.__table__))


def sc_core_insert(engine, notes):
    empty_writes(engine)
    data = rows(N_ROWS)
    t0 = time.perf_counter()
    with engine.begin() as c:
        c.execute(sa.insert(Write.__table__), data)
    return time.perf_counter() - t0


def sc_orm_add(engine, notes):
    empty_writes(engine)
    t0 = time.perf_counter()
    with orm.Session(engine) as s:
        objs = [Write(name="name %d" % i, value=i * 0.5, n=i) for i in range(N_ROWS)]
        s.add_all(objs)
        s.commit()
        # keys are set on the objects (expired by the commit: read the identity)
        first = orm.attributes.instance_state(objs[0]).identity
        assert first is not None
    return time.perf_counter() - t0


def sc_core_select(engine, notes):
    t = Item.__table__
    total = 0
    t0 = time.perf_counter()
    with engine.connect() as c:
        for r in c.execute(sa.select(t.c.id, t.c.name, t.c.value, t.c.n)):
            total += 1
    assert total == N_ROWS, total
    return time.perf_counter() - t0


def sc_orm_load(engine, notes):
    t0 = time.perf_counter()
    with orm.Session(engine) as s:
        objs = s.execute(sa.select(Item)).scalars().all()
        total = sum(o.id for o in objs)
    assert len(objs) == N_ROWS
    return time.perf_counter() - t0


def rel(loader):
    def run(engine, notes):
        count = [0]

        @sa.event.listens_for(engine, "before_cursor_execute")
        def counter(*a):
            count[0] += 1

        t0 = time.perf_counter()
        with orm.Session(engine) as s:
            q = sa.select(Parent).options(loader(Parent.children))
            parents = s.execute(q).unique().scalars().all()
            kids = sum(len(p.children) for p in parents)
        dt = time.perf_counter() - t0
        sa.event.remove(engine, "before_cursor_execute", counter)
        assert len(parents) == N_PARENTS and kids == 10 * N_PARENTS, (len(parents), kids)
        notes[0] = "statements=%d" % count[0]
        return dt
    return run


def ids(engine):
    with engine.connect() as c:
        return [r[0] for r in c.execute(sa.select(Item.id).order_by(Item.id).limit(N_SMALL))]


def get(warm):
    def run(engine, notes):
        keys = ids(engine)
        count = [0]
        with orm.Session(engine) as s:
            held = []
            if warm:    # loaded by one query and held
                held = s.execute(sa.select(Item).order_by(Item.id).limit(N_SMALL)).scalars().all()

            @sa.event.listens_for(engine, "before_cursor_execute")
            def counter(*a):
                count[0] += 1

            t0 = time.perf_counter()
            got = [s.get(Item, k) for k in keys]
            dt = time.perf_counter() - t0
            sa.event.remove(engine, "before_cursor_execute", counter)
            assert all(o.id == k for o, k in zip(got, keys))
        notes[0] = "statements=%d" % count[0]
        return dt
    return run


def sc_insert_txn(engine, notes):
    empty_writes(engine)
    data = rows(N_SMALL)
    ins = sa.insert(Write.__table__)
    t0 = time.perf_counter()
    with engine.connect() as c:
        for r in data:
            with c.begin():
                c.execute(ins, r)
    return time.perf_counter() - t0


_round = [0]


def sc_orm_update(engine, notes):
    _round[0] += 1
    with orm.Session(engine) as s:
        objs = s.execute(sa.select(Item).order_by(Item.id).limit(N_SMALL)).scalars().all()
        t0 = time.perf_counter()
        for i, o in enumerate(objs):
            o.name = "updated %d %d" % (_round[0], i)
        s.commit()
        return time.perf_counter() - t0


SCENARIOS = {
    "core_insert": (sc_core_insert, N_ROWS),
    "orm_add": (sc_orm_add, N_ROWS),
    "core_select": (sc_core_select, N_ROWS),
    "orm_load": (sc_orm_load, N_ROWS),
    "rel_lazy": (rel(orm.lazyload), N_PARENTS * 11),
    "rel_joined": (rel(orm.joinedload), N_PARENTS * 11),
    "rel_selectin": (rel(orm.selectinload), N_PARENTS * 11),
    "get_cold": (get(False), N_SMALL),
    "get_warm": (get(True), N_SMALL),
    "insert_txn": (sc_insert_txn, N_SMALL),
    "orm_update": (sc_orm_update, N_SMALL),
}


def main():
    url, scenario = sys.argv[1], sys.argv[2]
    func, nrows = SCENARIOS[scenario]
    kw = {}
    if url.startswith("mysql+pyodbc"):
        kw["fast_executemany"] = False   # MariaDB's driver: see bench/README.md
    engine = sa.create_engine(url, future=True)
    notes = [""]
    t0 = time.perf_counter()
    func(engine, notes)                  # warm-up
    runs = RUNS if time.perf_counter() - t0 < SLOW else min(RUNS, 3)
    times = [func(engine, notes) for _ in range(runs)]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print("RESULT\t%s\tsqlalchemy\t%.6f\t%d\t%d\t%d\t%s" %
          (scenario, statistics.median(times), nrows, runs, peak, notes[0]), flush=True)


if __name__ == "__main__":
    main()
