-- Inner, outer, cross, self and lateral joins; USING and NATURAL; joins with NULL keys.

CREATE TABLE dept (id int PRIMARY KEY, name text NOT NULL, parent int);
CREATE TABLE emp (id int PRIMARY KEY, name text NOT NULL, dept_id int, salary numeric(8,2), boss int);
INSERT INTO dept VALUES (1, 'eng', NULL), (2, 'ops', 1), (3, 'sales', NULL), (4, 'empty', 3);
INSERT INTO emp VALUES
    (1, 'ada', 1, 5000, NULL),
    (2, 'bo', 1, 4000, 1),
    (3, 'cy', 2, 3500, 1),
    (4, 'di', 3, 3000, NULL),
    (5, 'ed', NULL, 2500, 4),
    (6, 'flo', 2, 3500, 3);

SELECT e.name, d.name FROM emp e JOIN dept d ON e.dept_id = d.id;
SELECT e.name, d.name FROM emp e INNER JOIN dept d ON d.id = e.dept_id ORDER BY e.id;
SELECT e.name, d.name AS dept FROM emp e LEFT JOIN dept d ON e.dept_id = d.id ORDER BY e.id;
SELECT e.name, d.name AS dept FROM emp e RIGHT JOIN dept d ON e.dept_id = d.id ORDER BY d.id, e.id;
SELECT e.name, d.name AS dept FROM emp e FULL JOIN dept d ON e.dept_id = d.id ORDER BY d.id NULLS FIRST, e.id;
SELECT e.name, d.name FROM emp e FULL OUTER JOIN dept d ON e.dept_id = d.id WHERE e.id IS NULL OR d.id IS NULL;
SELECT e.name, d.name FROM emp e, dept d WHERE e.dept_id = d.id AND d.name = 'eng';
SELECT count(*) FROM emp CROSS JOIN dept;
SELECT e.name, d.name FROM emp e CROSS JOIN dept d WHERE e.id = 1 ORDER BY d.id;
SELECT d.name, count(e.id) AS staff FROM dept d LEFT JOIN emp e ON e.dept_id = d.id GROUP BY d.name;
SELECT d.name FROM dept d LEFT JOIN emp e ON e.dept_id = d.id WHERE e.id IS NULL;
SELECT e.name, d.name FROM emp e LEFT JOIN dept d ON e.dept_id = d.id AND d.name = 'ops' ORDER BY e.id;
SELECT e.name, d.name FROM emp e LEFT JOIN dept d ON e.dept_id = d.id WHERE d.name = 'ops';

-- Self joins.
SELECT e.name AS employee, b.name AS boss FROM emp e JOIN emp b ON e.boss = b.id;
SELECT e.name AS employee, b.name AS boss FROM emp e LEFT JOIN emp b ON e.boss = b.id ORDER BY e.id;
SELECT c.name AS child, p.name AS parent FROM dept c JOIN dept p ON c.parent = p.id;
SELECT a.name, b.name FROM emp a JOIN emp b ON a.salary = b.salary AND a.id < b.id;

-- USING and NATURAL.
CREATE TABLE pay (emp_id int, month int, amount int);
CREATE TABLE bonus (emp_id int, month int, extra int);
INSERT INTO pay VALUES (1, 1, 100), (1, 2, 110), (2, 1, 90), (3, 2, 80);
INSERT INTO bonus VALUES (1, 2, 5), (2, 1, 7), (2, 2, 9), (4, 1, 3);
SELECT * FROM pay JOIN bonus USING (emp_id, month);
SELECT * FROM pay NATURAL JOIN bonus;
SELECT * FROM pay FULL JOIN bonus USING (emp_id, month) ORDER BY emp_id, month;
SELECT emp_id, month, amount, extra FROM pay LEFT JOIN bonus USING (emp_id, month) ORDER BY 1, 2;
SELECT pay.emp_id, bonus.emp_id FROM pay JOIN bonus USING (emp_id) ORDER BY 1, 2;
SELECT p.*, b.extra FROM pay p JOIN bonus b ON (p.emp_id, p.month) = (b.emp_id, b.month);

-- Three-way joins and joins on expressions.
SELECT e.name, d.name AS dept, p.name AS parent
  FROM emp e
  JOIN dept d ON d.id = e.dept_id
  LEFT JOIN dept p ON p.id = d.parent
 ORDER BY e.id;
SELECT e.name, sum(p.amount) AS paid FROM emp e JOIN pay p ON p.emp_id = e.id GROUP BY e.name ORDER BY e.name;
SELECT e.name, d.name FROM emp e JOIN dept d ON lower(d.name) = 'eng' AND e.dept_id = d.id;
SELECT e.name FROM emp e JOIN dept d ON e.dept_id = d.id AND e.salary > 3400 ORDER BY e.name;
SELECT e1.name, e2.name FROM emp e1 JOIN emp e2 ON e1.dept_id = e2.dept_id AND e1.id <> e2.id ORDER BY 1, 2;

-- NULL keys never match.
CREATE TABLE l (k int, v text);
CREATE TABLE r (k int, w text);
INSERT INTO l VALUES (1, 'a'), (NULL, 'b'), (2, 'c');
INSERT INTO r VALUES (1, 'x'), (NULL, 'y'), (3, 'z');
SELECT l.v, r.w FROM l JOIN r ON l.k = r.k;
SELECT l.v, r.w FROM l FULL JOIN r ON l.k = r.k ORDER BY l.v NULLS LAST, r.w;
SELECT l.v, r.w FROM l JOIN r ON l.k IS NOT DISTINCT FROM r.k ORDER BY 1;

-- Joins with subqueries, VALUES and LATERAL.
SELECT d.name, t.total FROM dept d JOIN (SELECT dept_id, sum(salary) AS total FROM emp GROUP BY dept_id) t ON t.dept_id = d.id;
SELECT v.code, d.name FROM (VALUES (1, 'E'), (3, 'S'), (9, 'X')) AS v (id, code) LEFT JOIN dept d USING (id) ORDER BY v.code;
SELECT d.name, top.name, top.salary
  FROM dept d
  CROSS JOIN LATERAL (SELECT e.name, e.salary FROM emp e WHERE e.dept_id = d.id ORDER BY e.salary DESC, e.id LIMIT 1) top
 ORDER BY d.id;
SELECT d.name, top.name FROM dept d LEFT JOIN LATERAL (SELECT name FROM emp e WHERE e.dept_id = d.id ORDER BY id LIMIT 1) top ON true ORDER BY d.id;
SELECT e.name, g FROM emp e, LATERAL generate_series(1, e.id % 3) g WHERE e.id <= 3 ORDER BY e.id, g;

-- Errors.
-- @error
SELECT name FROM emp JOIN dept ON emp.dept_id = dept.id;
-- @error
SELECT * FROM emp e JOIN dept d ON e.dept_id = x.id;
-- @error
SELECT * FROM emp JOIN dept USING (nope);
-- @error
SELECT * FROM emp e JOIN emp e ON true;
