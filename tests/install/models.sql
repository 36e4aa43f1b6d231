-- models.sql: the SQLite schema gsql-reflect writes model classes for in
-- tests/test-examples.sh and make installcheck (names that need quoting, a
-- self-referential foreign key, a column whose name a relationship would
-- have taken).
CREATE TABLE "group" (id INTEGER PRIMARY KEY, "user id" INTEGER NOT NULL, "Total" NUMERIC(10,2),
                      note TEXT, paid BOOLEAN, placed TIMESTAMP, parent_id INTEGER REFERENCES "group" (id));
CREATE TABLE "LineItem" (id INTEGER PRIMARY KEY, group_id INTEGER REFERENCES "group" (id), name VARCHAR(40),
                         qty INTEGER, "group" VARCHAR(20));
