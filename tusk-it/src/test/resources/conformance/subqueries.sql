-- Subqueries: scalar, IN / NOT IN (with NULLs), EXISTS / NOT EXISTS, ANY / ALL, correlated,
-- derived tables and subqueries in SELECT, WHERE, HAVING and DML.

CREATE TABLE author (id int PRIMARY KEY, name text NOT NULL, country text);
CREATE TABLE book (id int PRIMARY KEY, author_id int, title text NOT NULL, year int, pages int);
INSERT INTO author VALUES (1, 'Austen', 'UK'), (2, 'Borges', 'AR'), (3, 'Calvino', 'IT'), (4, 'Duras', 'FR');
INSERT INTO book VALUES
    (1, 1, 'Emma', 1815, 474),
    (2, 1, 'Persuasion', 1817, 249),
    (3, 2, 'Ficciones', 1944, 174),
    (4, 3, 'Invisible Cities', 1972, 165),
    (5, 3, 'If on a winter''s night', 1979, 260),
    (6, NULL, 'Anonymous', NULL, 100);

SELECT (SELECT count(*) FROM book) AS books, (SELECT max(year) FROM book) AS latest;
SELECT title FROM book WHERE pages > (SELECT avg(pages) FROM book);
SELECT title FROM book WHERE year = (SELECT min(year) FROM book);
SELECT (SELECT name FROM author WHERE id = 99) AS nobody;
SELECT name FROM author WHERE id IN (SELECT author_id FROM book);
SELECT name FROM author WHERE id NOT IN (SELECT author_id FROM book WHERE author_id IS NOT NULL);
SELECT name FROM author WHERE id NOT IN (SELECT author_id FROM book);
SELECT name FROM author a WHERE EXISTS (SELECT 1 FROM book b WHERE b.author_id = a.id);
SELECT name FROM author a WHERE NOT EXISTS (SELECT 1 FROM book b WHERE b.author_id = a.id);
SELECT name FROM author a WHERE EXISTS (SELECT FROM book b WHERE b.author_id = a.id AND b.year > 1900) ORDER BY name;
SELECT title FROM book WHERE author_id = ANY (SELECT id FROM author WHERE country IN ('UK', 'IT'));
SELECT title FROM book WHERE pages > ALL (SELECT pages FROM book WHERE author_id = 3);
SELECT title FROM book WHERE pages < ANY (SELECT pages FROM book WHERE author_id = 1) ORDER BY title;
SELECT title FROM book WHERE year > ALL (SELECT year FROM book WHERE author_id = 99);
SELECT 5 > ALL (SELECT pages FROM book WHERE false), 5 = ANY (SELECT 1 WHERE false);
SELECT 1 IN (SELECT NULL::int), 1 NOT IN (SELECT NULL::int), NULL::int IN (SELECT 1 WHERE false);

-- Correlated subqueries.
SELECT a.name, (SELECT count(*) FROM book b WHERE b.author_id = a.id) AS books FROM author a ORDER BY a.id;
SELECT a.name, (SELECT max(b.year) FROM book b WHERE b.author_id = a.id) AS last FROM author a ORDER BY a.id;
SELECT title, year FROM book b WHERE pages = (SELECT max(pages) FROM book b2 WHERE b2.author_id = b.author_id);
SELECT title FROM book b WHERE year > (SELECT avg(year) FROM book b2 WHERE b2.author_id = b.author_id) ORDER BY title;
SELECT a.name FROM author a WHERE (SELECT sum(pages) FROM book b WHERE b.author_id = a.id) > 400;
SELECT a.name, (SELECT title FROM book b WHERE b.author_id = a.id ORDER BY year LIMIT 1) AS first_book FROM author a ORDER BY a.name;

-- Derived tables.
SELECT t.author_id, t.n FROM (SELECT author_id, count(*) AS n FROM book GROUP BY author_id) AS t WHERE t.n > 1 ORDER BY 1;
SELECT avg(n)::numeric(4,2) FROM (SELECT count(*) AS n FROM book GROUP BY author_id) s;
SELECT * FROM (SELECT id, title FROM book ORDER BY pages DESC LIMIT 3) top ORDER BY id;
SELECT x.v + 1 FROM (SELECT 41 AS v) x;
SELECT * FROM (SELECT 1 AS a, 2 AS b) AS t (x, y);

-- Row constructors and subqueries returning rows.
SELECT title FROM book WHERE (author_id, year) IN (SELECT 1, 1817 UNION ALL SELECT 3, 1972);
SELECT title FROM book WHERE (author_id, pages) = (SELECT 2, 174);
SELECT ROW(1, 'a') = ROW(1, 'a'), (1, 2) < (1, 3), (1, NULL) = (1, 2);

-- Subqueries in HAVING, ORDER BY and CASE.
SELECT author_id, count(*) FROM book GROUP BY author_id HAVING count(*) >= (SELECT count(*) FROM book WHERE author_id = 2) ORDER BY author_id NULLS LAST;
SELECT name FROM author a ORDER BY (SELECT count(*) FROM book b WHERE b.author_id = a.id) DESC, name;
SELECT title, CASE WHEN EXISTS (SELECT 1 FROM author WHERE id = book.author_id AND country = 'UK') THEN 'british' ELSE 'other' END FROM book ORDER BY id;

-- Subqueries in DML.
CREATE TABLE prolific (author_id int);
INSERT INTO prolific SELECT author_id FROM book WHERE author_id IS NOT NULL GROUP BY author_id HAVING count(*) > 1;
SELECT * FROM prolific ORDER BY 1;
UPDATE book SET pages = pages + 1 WHERE author_id IN (SELECT author_id FROM prolific);
SELECT id, pages FROM book ORDER BY id;
DELETE FROM book WHERE author_id NOT IN (SELECT id FROM author) OR author_id IS NULL;
SELECT count(*) FROM book;
UPDATE author a SET country = lower(country) WHERE EXISTS (SELECT 1 FROM book b WHERE b.author_id = a.id AND b.year < 1900);
SELECT name, country FROM author ORDER BY id;

-- Errors.
-- @error
SELECT (SELECT id FROM book) AS too_many;
-- @error
SELECT (SELECT id, title FROM book WHERE id = 1);
-- @error
SELECT * FROM book WHERE id IN (SELECT id, title FROM book);
-- @error
SELECT * FROM (SELECT 1);
-- @error
SELECT name FROM author WHERE id = (SELECT author_id FROM book WHERE author_id = 1);
