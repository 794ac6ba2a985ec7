-- Arrays: constructors, literals, subscripts and slices, ANY/ALL, unnest, array functions and
-- operators, multidimensional arrays, arrays in tables, NULL elements and errors.

SELECT ARRAY[1, 2, 3], ARRAY['a', 'b'], ARRAY[1.5, 2], ARRAY[true, NULL];
SELECT '{1,2,3}'::int[], '{a,"b c",NULL,"NULL"}'::text[], '{}'::int[], '{{1,2},{3,4}}'::int[];
SELECT ARRAY[]::int[], ARRAY[ARRAY[1, 2], ARRAY[3, 4]], ARRAY[[1, 2], [3, 4]];
SELECT ARRAY['a"b', 'c,d', 'e\f', ' g ', ''];
SELECT pg_typeof(ARRAY[1, 2]), pg_typeof(ARRAY[1, 2.5]), pg_typeof(ARRAY['x']), pg_typeof('{1}'::int8[]);
SELECT (ARRAY[10, 20, 30])[1], (ARRAY[10, 20, 30])[3], (ARRAY[10, 20, 30])[4], (ARRAY[10, 20, 30])[0];
SELECT (ARRAY[10, 20, 30, 40])[2:3], (ARRAY[10, 20, 30, 40])[:2], (ARRAY[10, 20, 30, 40])[3:];
SELECT (ARRAY[[1, 2], [3, 4]])[2][1], (ARRAY[[1, 2], [3, 4]])[1:2][2:2];
SELECT array_length(ARRAY[1, 2, 3], 1), array_length('{}'::int[], 1), cardinality(ARRAY[[1, 2], [3, 4]]);
SELECT array_dims(ARRAY[[1, 2, 3], [4, 5, 6]]), array_ndims(ARRAY[[1], [2]]), array_lower(ARRAY[5], 1), array_upper(ARRAY[5, 6], 1);
SELECT '[0:2]={7,8,9}'::int[], ('[0:2]={7,8,9}'::int[])[0], array_lower('[0:2]={7,8,9}'::int[], 1);
SELECT array_append(ARRAY[1, 2], 3), array_prepend(0, ARRAY[1, 2]), array_cat(ARRAY[1], ARRAY[2, 3]);
SELECT ARRAY[1, 2] || 3, 0 || ARRAY[1, 2], ARRAY[1, 2] || ARRAY[3, 4], ARRAY[[1, 2]] || ARRAY[3, 4];
SELECT array_remove(ARRAY[1, 2, 1, 3], 1), array_replace(ARRAY[1, 2, 1], 1, 9), array_position(ARRAY['a', 'b', 'c'], 'b');
SELECT array_positions(ARRAY[1, 2, 1, 2], 2), array_position(ARRAY[1, 2], 5), array_fill(7, ARRAY[2, 2]);
SELECT array_to_string(ARRAY[1, NULL, 3], ','), array_to_string(ARRAY[1, NULL, 3], ',', '*'), string_to_array('a,b,,c', ',');
SELECT string_to_array('a b c', ' ', 'b'), string_to_array('', ','), string_to_array(NULL, ',');
SELECT ARRAY[1, 2] = ARRAY[1, 2], ARRAY[1, 2] < ARRAY[1, 3], ARRAY[1, 2] < ARRAY[1, 2, 0], ARRAY[2] > ARRAY[1, 9];
SELECT ARRAY[1, 2, 3] @> ARRAY[2, 1], ARRAY[1] <@ ARRAY[1, 2], ARRAY[1, 2] && ARRAY[2, 3], ARRAY[1] && ARRAY[4];
SELECT 2 = ANY (ARRAY[1, 2, 3]), 5 = ANY (ARRAY[1, 2]), 5 > ALL (ARRAY[1, 2]), 1 = ANY ('{}'::int[]), 1 = ALL ('{}'::int[]);
SELECT 1 = ANY (ARRAY[2, NULL]), 1 = ANY (ARRAY[1, NULL]), 1 <> ALL (ARRAY[2, NULL]), NULL::int = ANY (ARRAY[1]);
SELECT 'b' = ANY ('{a,b}'::text[]), 'abc' LIKE ANY (ARRAY['x%', 'a%']), 3 IN (SELECT unnest(ARRAY[1, 2, 3]));
SELECT unnest(ARRAY[1, 2, 3]);
SELECT * FROM unnest(ARRAY['a', 'b']) AS u (letter);
SELECT * FROM unnest(ARRAY[1, 2, 3], ARRAY['x', 'y']) AS u (n, s);
SELECT unnest(ARRAY[[1, 2], [3, 4]]);
SELECT array_agg(x ORDER BY x DESC) FROM unnest(ARRAY[3, 1, 2]) x;
SELECT ARRAY(SELECT g FROM generate_series(1, 4) g WHERE g % 2 = 0 ORDER BY g);
SELECT ARRAY(SELECT 'x' WHERE false), array_length(ARRAY(SELECT 1 WHERE false), 1);
SELECT array_agg(ARRAY[g, g * 10] ORDER BY g) FROM generate_series(1, 3) g;
SELECT ARRAY[1, 2]::text[], ARRAY['1', '2']::int[], ARRAY[1.7, 2.2]::int[], '{1,2}'::int[]::float8[];
SELECT ARRAY[ROW(1, 'a')], ARRAY[ARRAY['a', NULL]], ARRAY[NULL::int], ARRAY[NULL::int] IS NULL;
SELECT trim_array(ARRAY[1, 2, 3, 4], 2), array_remove(ARRAY[NULL, 1, NULL]::int[], NULL);

-- Arrays in tables.
CREATE TABLE doc (id int PRIMARY KEY, tags text[], scores int[]);
INSERT INTO doc VALUES (1, ARRAY['db', 'sql'], ARRAY[3, 5]), (2, '{web}', '{1}'), (3, '{}', NULL), (4, ARRAY['sql', NULL], ARRAY[9, 9, 9]);
SELECT * FROM doc ORDER BY id;
SELECT id FROM doc WHERE 'sql' = ANY (tags) ORDER BY id;
SELECT id FROM doc WHERE tags @> ARRAY['db'];
SELECT id, tags[1] AS first_tag, scores[2] AS second FROM doc ORDER BY id;
SELECT id, cardinality(tags), array_length(scores, 1) FROM doc ORDER BY id;
SELECT tag, count(*) FROM doc, unnest(tags) AS tag GROUP BY tag ORDER BY tag NULLS FIRST;
SELECT id, s FROM doc CROSS JOIN LATERAL unnest(scores) WITH ORDINALITY AS u (s, i) WHERE i = 1 ORDER BY id;
UPDATE doc SET tags = array_append(tags, 'new') WHERE id = 3;
UPDATE doc SET scores[2] = 50 WHERE id = 1;
UPDATE doc SET scores[5] = 1 WHERE id = 2;
UPDATE doc SET tags[1:1] = ARRAY['SQL'] WHERE id = 4;
SELECT id, tags, scores FROM doc ORDER BY id;
SELECT id FROM doc WHERE scores IS NULL OR 9 = ALL (scores) ORDER BY id;
SELECT max(s), sum(s) FROM doc, unnest(scores) s;

-- Errors.
-- @error
SELECT ARRAY[1, 'a'];
-- @error
SELECT '{1,2'::int[];
-- @error
SELECT ARRAY[[1, 2], [3]];
-- @error
SELECT ARRAY[1, 2] || ARRAY['x'];
-- @error
SELECT (ARRAY[1, 2])['x'];
-- @error
SELECT 1 = ANY (1);
