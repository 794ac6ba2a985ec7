-- Window functions: ranking, offsets, aggregates over windows, frames (ROWS, RANGE, GROUPS,
-- EXCLUDE), named windows, PARTITION BY, and windows combined with GROUP BY.

CREATE TABLE score (id int PRIMARY KEY, team text, player text, points int, day date);
INSERT INTO score VALUES
    (1, 'red', 'ann', 10, '2024-01-01'),
    (2, 'red', 'bob', 20, '2024-01-02'),
    (3, 'red', 'cat', 20, '2024-01-03'),
    (4, 'blue', 'dan', 5, '2024-01-01'),
    (5, 'blue', 'eve', 15, '2024-01-02'),
    (6, 'blue', 'fay', NULL, '2024-01-04'),
    (7, 'green', 'gus', 30, '2024-01-05');

SELECT id, row_number() OVER (ORDER BY id) FROM score;
SELECT player, points, row_number() OVER (ORDER BY points DESC NULLS LAST, id) AS rn FROM score ORDER BY rn;
SELECT player, points, rank() OVER w, dense_rank() OVER w, percent_rank() OVER w, cume_dist() OVER w
  FROM score WINDOW w AS (ORDER BY points DESC NULLS LAST) ORDER BY id;
SELECT player, team, row_number() OVER (PARTITION BY team ORDER BY points DESC NULLS LAST, id) AS pos FROM score ORDER BY team, pos;
SELECT player, ntile(3) OVER (ORDER BY id) FROM score ORDER BY id;
SELECT player, lag(points) OVER (ORDER BY id), lead(points) OVER (ORDER BY id) FROM score ORDER BY id;
SELECT player, lag(points, 2, -1) OVER (ORDER BY id), lead(player, 1, 'none') OVER (PARTITION BY team ORDER BY id) FROM score ORDER BY id;
SELECT player, first_value(player) OVER w, last_value(player) OVER w, nth_value(player, 2) OVER w
  FROM score WINDOW w AS (PARTITION BY team ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) ORDER BY id;
SELECT player, last_value(player) OVER (PARTITION BY team ORDER BY id) FROM score ORDER BY id;

-- Aggregates as window functions.
SELECT player, points, sum(points) OVER () AS total, count(*) OVER () AS n FROM score ORDER BY id;
SELECT player, team, sum(points) OVER (PARTITION BY team) AS team_total FROM score ORDER BY id;
SELECT id, points, sum(points) OVER (ORDER BY id) AS running FROM score ORDER BY id;
SELECT id, points, sum(points) OVER (ORDER BY points) AS by_points FROM score ORDER BY id;
SELECT id, avg(points) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING)::numeric(6,2) AS moving FROM score ORDER BY id;
SELECT id, count(points) OVER (ORDER BY id ROWS 2 PRECEDING) FROM score ORDER BY id;
SELECT id, max(points) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) FROM score ORDER BY id;
SELECT id, sum(points) OVER (ORDER BY points RANGE BETWEEN 5 PRECEDING AND 5 FOLLOWING) FROM score ORDER BY id;
SELECT id, sum(points) OVER (ORDER BY points NULLS FIRST GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM score ORDER BY id;
SELECT id, sum(points) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE CURRENT ROW) FROM score ORDER BY id;
SELECT id, string_agg(player, ',') OVER (ORDER BY points, id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES) FROM score ORDER BY id;
SELECT id, count(*) OVER (ORDER BY day RANGE BETWEEN INTERVAL '1 day' PRECEDING AND CURRENT ROW) FROM score ORDER BY id;
SELECT id, array_agg(id) OVER (PARTITION BY team ORDER BY id) FROM score ORDER BY id;
SELECT id, min(points) FILTER (WHERE points > 10) OVER (ORDER BY id) FROM score ORDER BY id;
SELECT id, bool_and(points > 8) OVER (PARTITION BY team) FROM score ORDER BY id;

-- Windows with GROUP BY, in subqueries, and with expressions.
SELECT team, sum(points) AS total, rank() OVER (ORDER BY sum(points) DESC NULLS LAST) FROM score GROUP BY team ORDER BY team;
SELECT team, count(*), sum(count(*)) OVER () AS all_rows FROM score GROUP BY team ORDER BY team;
SELECT * FROM (SELECT player, team, rank() OVER (PARTITION BY team ORDER BY points DESC NULLS LAST) AS r FROM score) t WHERE r = 1 ORDER BY team, player;
SELECT player, points - avg(points) OVER (PARTITION BY team) AS diff FROM score WHERE points IS NOT NULL ORDER BY id;
SELECT player, round(100.0 * points / sum(points) OVER (), 1) AS pct FROM score ORDER BY id;
SELECT id, row_number() OVER (ORDER BY id DESC) + 100 AS r FROM score ORDER BY id;
SELECT DISTINCT team, count(*) OVER (PARTITION BY team) FROM score ORDER BY team;
SELECT id, points, lag(points) OVER w IS DISTINCT FROM points AS changed FROM score WINDOW w AS (ORDER BY id) ORDER BY id;
SELECT id, sum(points) OVER w2 FROM score WINDOW w1 AS (PARTITION BY team), w2 AS (w1 ORDER BY id) ORDER BY id;
SELECT row_number() OVER (), count(*) OVER () FROM score WHERE id = 1;

-- Errors.
-- @error
SELECT player FROM score WHERE row_number() OVER (ORDER BY id) = 1;
-- @error
SELECT row_number() FROM score;
-- @error
SELECT sum(rank() OVER (ORDER BY id)) OVER () FROM score;
-- @error
SELECT id, sum(points) OVER w FROM score;
-- @error
SELECT ntile(0) OVER (ORDER BY id) FROM score;
-- @error
SELECT lag(points, -1) OVER (ORDER BY id) FROM score GROUP BY team;
