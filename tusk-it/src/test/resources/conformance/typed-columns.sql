-- Columns of types the engine may hold as text or numbers (json, jsonb, inet, cidr, macaddr, uuid, bytea,
-- oid, interval) and array columns: operators, pg_typeof and column types through SELECT, WHERE,
-- subqueries, CTEs, views, UPDATE and INSERT/UPDATE/DELETE ... RETURNING, and untyped literals compared
-- with or assigned to array columns.

CREATE TABLE jz (id int PRIMARY KEY, j jsonb, k json);
INSERT INTO jz VALUES (1, '{"a": 1, "b": [1, 2]}', '{"b": 2}'), (2, '{"a": "x"}', '[1, 2]'), (3, NULL, NULL);
SELECT id, j, k FROM jz ORDER BY id;
SELECT id, j -> 'a', j ->> 'a', k -> 'b', k ->> 'b' FROM jz ORDER BY id;
SELECT pg_typeof(j), pg_typeof(k), pg_typeof(j -> 'a'), pg_typeof(k ->> 'b') FROM jz WHERE id = 1;
SELECT id FROM jz WHERE j @> '{"a": 1}' ORDER BY id;
SELECT id FROM jz WHERE j ? 'a' ORDER BY id;
SELECT id FROM jz WHERE j ->> 'a' = 'x';
SELECT id, j #> '{b,0}', j #>> '{b,1}', k #> '{b}' FROM jz ORDER BY id;
SELECT id, jsonb_typeof(j), json_typeof(k) FROM jz ORDER BY id;
SELECT id FROM jz WHERE j = '{"a": "x"}';
SELECT id, j || '{"c": 3}', j - 'a' FROM jz ORDER BY id;
SELECT id, coalesce(j, '{}'), coalesce(k, '[]') FROM jz ORDER BY id;
SELECT s.id, s.v -> 'a', pg_typeof(s.v) FROM (SELECT id, j AS v FROM jz) s ORDER BY s.id;
WITH c AS (SELECT id, k FROM jz) SELECT id, k -> 'b', pg_typeof(k) FROM c ORDER BY id;
SELECT j::text, k::text, j::json, k::jsonb FROM jz ORDER BY id;
CREATE VIEW jv AS SELECT id, j, k FROM jz;
SELECT id, j -> 'a', pg_typeof(j), pg_typeof(k) FROM jv ORDER BY id;
UPDATE jz SET j = j || '{"u": true}' WHERE id = 1 RETURNING id, j, j -> 'u', pg_typeof(j);
UPDATE jz SET k = '{"z": 0}' WHERE id = 3 RETURNING k -> 'z', pg_typeof(k);
INSERT INTO jz VALUES (4, '[1, 2, 3]', '{"x": [4]}') RETURNING j -> 1, k #> '{x,0}', pg_typeof(k);
DELETE FROM jz WHERE id = 4 RETURNING j, k;
SELECT id, j, k FROM jz ORDER BY id;
-- @error
SELECT id FROM jz WHERE k = '{"b": 2}';
-- @error
SELECT upper(j) FROM jz;
-- @error
SELECT j + 1 FROM jz;
-- @error
INSERT INTO jz VALUES (5, '{"a": }', NULL);

-- Other types with no counterpart in the engine's type system.
CREATE TABLE nz (id int PRIMARY KEY, u uuid, b bytea, o oid, iv interval, ip inet, net cidr, mac macaddr);
INSERT INTO nz VALUES (1, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '\x0102', 42, '1 day 2 hours', '192.168.1.5', '10.0.0.0/8', '08:00:2b:01:02:03'),
    (2, NULL, '', 7, '-3 mons', '::1', '::/0', NULL);
SELECT id, u, b, o, iv, ip, net, mac FROM nz ORDER BY id;
SELECT pg_typeof(u), pg_typeof(b), pg_typeof(o), pg_typeof(iv), pg_typeof(ip), pg_typeof(net), pg_typeof(mac) FROM nz WHERE id = 1;
SELECT * FROM (SELECT u, b, o, iv, ip, net, mac FROM nz) t ORDER BY o;
SELECT id FROM nz WHERE u = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11';
SELECT id FROM nz WHERE ip = '192.168.1.5';
SELECT id FROM nz WHERE mac = '08:00:2b:01:02:03';
SELECT id FROM nz WHERE o = 42;
SELECT id, length(b), iv + interval '1 hour' FROM nz ORDER BY id;
UPDATE nz SET ip = '10.1.2.3', mac = '0a:0b:0c:0d:0e:0f' WHERE id = 2 RETURNING ip, mac, pg_typeof(ip), pg_typeof(mac);

-- Arrays: literals cast, compared and assigned.
SELECT '{1,2}'::int[], '{a,NULL,"b c"}'::text[], '{1.5,NULL}'::numeric[], '{t,f}'::bool[];
SELECT pg_typeof('{1,2}'::int[]), pg_typeof('{1}'::int8[]), pg_typeof('{x}'::text[]);
SELECT '{1,NULL,3}'::int2[]::int4[], '{1,2}'::int[]::int8[], '{1,2}'::int[]::text[], '{1.5,2.5}'::numeric[]::int[];
CREATE TABLE az (id int PRIMARY KEY, ia int[], ta text[], sa int2[], ja jsonb[]);
INSERT INTO az VALUES (1, '{1,2}', '{a,b}', '{1,NULL}', '{"{\"a\": 1}"}'), (2, '{1,2,NULL}', '{}', NULL, NULL), (3, NULL, '{"x y"}', '{5}', '{}');
SELECT id, ia, ta, sa, ja FROM az ORDER BY id;
SELECT pg_typeof(ia), pg_typeof(ta), pg_typeof(sa), pg_typeof(ja) FROM az WHERE id = 1;
SELECT id FROM az WHERE ia = '{1,2}';
SELECT id FROM az WHERE ia = '{1,2,NULL}';
SELECT id FROM az WHERE '{1,2}' = ia;
SELECT id FROM az WHERE ta = '{}';
SELECT id FROM az WHERE ia <> '{1,2}' ORDER BY id;
SELECT id, sa::int4[], pg_typeof(sa::int4[]) FROM az ORDER BY id;
UPDATE az SET ia = '{3,4}' WHERE id = 3 RETURNING ia, pg_typeof(ia);
UPDATE az SET ta = '{c,NULL}', sa = '{9}' WHERE id = 2 RETURNING id, ta, sa;
INSERT INTO az VALUES (4, '{7}', '{q}', '{}', NULL) RETURNING ia, ta, sa;
SELECT id, ia, ta, sa FROM az ORDER BY id;
-- @error
SELECT '{1,x}'::int[];
-- @error
SELECT id FROM az WHERE ia = '{1,a}';
-- @error
UPDATE az SET ia = '1,2' WHERE id = 1;
-- @error
SELECT '{70000}'::int4[]::int2[];
