-- Values of types Calcite holds as text or as Tusk's own classes: jsonb edits (||, -, #-, jsonb_set,
-- jsonb_insert, jsonb_strip_nulls, jsonb_pretty), input normalised by the type's input function ('{"a":1}'::jsonb,
-- inet, bit(n), "char"), untyped constants meeting uuid and jsonb values, interval parameters and RETURNING of
-- interval columns, and jsonb operators inside function calls.

SELECT '{"b":1,  "a":2}'::jsonb, '[1,2 ,3]'::jsonb, '"x"'::jsonb, '{"b":1,  "a":2}'::json;
SELECT '10.1.2.3/32'::inet, '10.1.2.0/24'::cidr, B'101'::bit(2), B'1'::bit(3), 'abc'::"char", '(1,2)'::point;
SELECT '{"b":1}'::json::jsonb, '{"b": 1}'::jsonb::json;
-- @error
SELECT '[1,2'::jsonb;
-- @error
SELECT '10.1.2.300'::inet;
CREATE TABLE tv (id int PRIMARY KEY, j jsonb, b bit(3), vb varbit(4), u uuid, iv interval, ts timestamp(3));
INSERT INTO tv VALUES (1, '{"b":1,  "a":{"x":null, "y":[1,2]}}', B'101', B'11', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '1 day', '2024-01-01 10:00:00.123456');
INSERT INTO tv (id, j, b) VALUES (2, '[1, "two", null]', B'011');
INSERT INTO tv (id, j) SELECT 3, '{"z": 1,  "a": 2}';
-- @error
INSERT INTO tv (id, b) VALUES (4, B'1011');
-- @error
INSERT INTO tv (id, vb) VALUES (4, B'10110');
SELECT id, j, b, vb FROM tv ORDER BY id;
SELECT id FROM tv WHERE u = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11';
SELECT id FROM tv WHERE u <> 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' OR u IS NULL ORDER BY id;
SELECT id, j || '{"c": 3}', j || '[4]', j - 'b' FROM tv ORDER BY id;
SELECT '{"a":{"y":[1,2]}}'::jsonb #- '{a,y,0}', '[1,[2,3]]'::jsonb #- '{1,0}', '{"a":1}'::jsonb #- '{b}', '[1]'::jsonb #- '{5}';
-- @error
SELECT '[1]'::jsonb #- '{b}';
SELECT '{"a":1}'::jsonb || '{"a":2, "b":3}', '[1]'::jsonb || '2', '1'::jsonb || '[2]', '{"a":1}'::jsonb || '[1]';
SELECT '{"a":1, "b":2}'::jsonb - '{a,c}'::text[], '["a","b","a"]'::jsonb - 'a', '[1,2,3]'::jsonb - -1;
-- @error
SELECT '{"a":1}'::jsonb - 1;
-- @error
SELECT '1'::jsonb - 'a';
SELECT jsonb_set('{"a":{"b":1}}', '{a,b}', '2'), jsonb_set('{"a":1}', '{c}', '3'), jsonb_set('{"a":1}', '{c}', '3', false);
SELECT jsonb_set('[1,2,3]', '{1}', '"x"'), jsonb_set('[1,2,3]', '{9}', '4'), jsonb_set('[1,2,3]', '{-9}', '0');
SELECT jsonb_insert('[1,2,3]', '{1}', '"x"'), jsonb_insert('[1,2,3]', '{1}', '"x"', true), jsonb_insert('{"a":1}', '{b}', '2');
-- @error
SELECT jsonb_insert('{"a":1}', '{a}', '2');
SELECT jsonb_strip_nulls('{"a":null, "b":{"c":null, "d":1}, "e":[null]}');
SELECT jsonb_pretty('{"a":[1,{"b":2}], "c":{}, "d":[]}');
UPDATE tv SET j = j || '{"c": 3}' WHERE id = 1 RETURNING id, j, pg_typeof(j);
UPDATE tv SET j = jsonb_set(j, '{a,x}', '"set"') WHERE id = 1 RETURNING j -> 'a';
SELECT id, pg_typeof(j -> 'a'), upper(j ->> 'c'), length(j -> 'a' ->> 'x'), coalesce(j -> 'missing', '"none"') FROM tv WHERE id = 1;
SELECT id, coalesce(j, '{}'), pg_typeof(coalesce(j, '{}')) FROM tv ORDER BY id;
SELECT pg_typeof(coalesce(j -> 'a', '{}')) FROM tv WHERE id = 1;
UPDATE tv SET iv = '2 days' WHERE id = 1 RETURNING iv, ts;
UPDATE tv SET iv = iv + interval '1 hour' WHERE id = 1 RETURNING id, iv;
INSERT INTO tv (id, iv) VALUES (5, '3 hours') RETURNING iv, pg_typeof(iv);
PREPARE pi(interval) AS SELECT $1, $1 + interval '1 day', pg_typeof($1);
EXECUTE pi('1 hour');
PREPARE pu(int, interval) AS UPDATE tv SET iv = $2 WHERE id = $1 RETURNING iv;
EXECUTE pu(5, '4 days 02:00');
DELETE FROM tv WHERE id = 5 RETURNING iv;
SELECT id, iv, ts FROM tv ORDER BY id;
