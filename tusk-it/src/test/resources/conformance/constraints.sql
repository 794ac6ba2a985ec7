-- Constraints and their errors: PRIMARY KEY and UNIQUE (23505), NOT NULL (23502), CHECK (23514),
-- FOREIGN KEY (23503) with ON DELETE actions, composite keys, NULLs in unique columns, and the
-- constraint names in the messages.

CREATE TABLE country (code char(2) PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE city (
    id int PRIMARY KEY,
    name text NOT NULL,
    country char(2) REFERENCES country (code),
    population int CHECK (population >= 0),
    CONSTRAINT city_name_len CHECK (length(name) BETWEEN 1 AND 20)
);
INSERT INTO country VALUES ('NO', 'Norway'), ('IT', 'Italy');
INSERT INTO city VALUES (1, 'Oslo', 'NO', 700000), (2, 'Rome', 'IT', 2800000), (3, 'Nowhere', NULL, NULL);

-- @error
INSERT INTO country VALUES ('NO', 'Norge');
-- @error
INSERT INTO country VALUES ('SE', 'Norway');
-- @error
INSERT INTO country VALUES (NULL, 'Sweden');
-- @error
INSERT INTO country (code) VALUES ('SE');
-- @error
INSERT INTO city VALUES (4, NULL, 'NO', 1);
-- @error
INSERT INTO city VALUES (4, 'Bergen', 'NO', -5);
-- @error
INSERT INTO city VALUES (4, 'A very long city name indeed', 'NO', 5);
-- @error
INSERT INTO city VALUES (4, 'Paris', 'FR', 2100000);
-- @error
UPDATE city SET country = 'XX' WHERE id = 1;
-- @error
UPDATE city SET id = 2 WHERE id = 1;
-- @error
UPDATE city SET population = population - 800000 WHERE id = 1;
-- @error
UPDATE country SET code = 'NN' WHERE code = 'NO';
-- @error
DELETE FROM country WHERE code = 'IT';
-- @error
INSERT INTO city VALUES (5, 'Milan', 'IT', 1), (5, 'Turin', 'IT', 1);
SELECT id, name, country FROM city ORDER BY id;
UPDATE city SET country = NULL WHERE id = 2;
DELETE FROM country WHERE code = 'IT';
SELECT code FROM country ORDER BY code;

-- Composite keys and NULLs in unique columns.
CREATE TABLE enrol (student int, course text, grade int, PRIMARY KEY (student, course));
INSERT INTO enrol VALUES (1, 'math', 5), (1, 'art', 4), (2, 'math', 3);
-- @error
INSERT INTO enrol VALUES (1, 'math', 1);
-- @error
INSERT INTO enrol VALUES (3, NULL, 1);
CREATE TABLE contact (id int PRIMARY KEY, email text UNIQUE, phone text, UNIQUE (phone, email));
INSERT INTO contact VALUES (1, NULL, NULL), (2, NULL, NULL), (3, 'a@x', '1');
-- @error
INSERT INTO contact VALUES (4, 'a@x', '2');
SELECT count(*) FROM contact WHERE email IS NULL;

-- Foreign keys with actions.
CREATE TABLE parent (id int PRIMARY KEY, name text);
CREATE TABLE child_cascade (id int PRIMARY KEY, parent_id int REFERENCES parent ON DELETE CASCADE);
CREATE TABLE child_null (id int PRIMARY KEY, parent_id int REFERENCES parent ON DELETE SET NULL ON UPDATE CASCADE);
CREATE TABLE child_restrict (id int PRIMARY KEY, parent_id int REFERENCES parent ON DELETE RESTRICT);
INSERT INTO parent VALUES (1, 'p1'), (2, 'p2'), (3, 'p3');
INSERT INTO child_cascade VALUES (10, 1), (11, 1), (12, 2);
INSERT INTO child_null VALUES (20, 1), (21, 2);
INSERT INTO child_restrict VALUES (30, 3);
DELETE FROM parent WHERE id = 1;
SELECT * FROM child_cascade ORDER BY id;
SELECT * FROM child_null ORDER BY id;
-- @error
UPDATE parent SET id = 22 WHERE id = 2;
DELETE FROM child_cascade WHERE id = 12;
UPDATE parent SET id = 22 WHERE id = 2;
SELECT * FROM child_null ORDER BY id;
-- @error
DELETE FROM parent WHERE id = 3;
-- @error
INSERT INTO child_cascade VALUES (13, 99);
-- @error
TRUNCATE parent;
TRUNCATE parent CASCADE;
SELECT (SELECT count(*) FROM child_cascade) AS c, (SELECT count(*) FROM child_null) AS n, (SELECT count(*) FROM child_restrict) AS r;

-- Constraints added and dropped later.
CREATE TABLE acct (id int, balance int);
INSERT INTO acct VALUES (1, 10), (2, -5), (2, 7);
-- @error
ALTER TABLE acct ADD PRIMARY KEY (id);
-- @error
ALTER TABLE acct ADD CONSTRAINT acct_positive CHECK (balance >= 0);
DELETE FROM acct WHERE balance < 0;
ALTER TABLE acct ADD PRIMARY KEY (id);
ALTER TABLE acct ADD CONSTRAINT acct_positive CHECK (balance >= 0);
-- @error
INSERT INTO acct VALUES (3, -1);
-- @error
ALTER TABLE acct ALTER COLUMN balance SET NOT NULL, ADD COLUMN owner text NOT NULL;
ALTER TABLE acct DROP CONSTRAINT acct_positive;
INSERT INTO acct VALUES (3, -1);
-- @error
ALTER TABLE acct DROP CONSTRAINT acct_positive;
ALTER TABLE acct DROP CONSTRAINT IF EXISTS acct_positive;
SELECT * FROM acct ORDER BY id;
