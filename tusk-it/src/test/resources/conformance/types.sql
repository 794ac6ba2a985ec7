-- Data types as stored and printed: integer widths, numeric precision and scale, float formatting
-- (shortest round trip, NaN, Infinity, -0), text/varchar/char padding, bytea, uuid, boolean
-- spellings, json/jsonb basics, and the column types and modifiers a table reports.

SET TimeZone = 'UTC';
SELECT 32767::int2, (-2147483648)::int4, 9223372036854775807::int8, pg_typeof(1), pg_typeof(3000000000), pg_typeof(1.0);
SELECT 1.10::numeric, 1.10::numeric(5,1), 2.5::numeric(5,0), -2.5::numeric(5,0), 0.0001234::numeric(10,6), 123.456::numeric(6,2);
SELECT 1::numeric / 3, 2::numeric / 3 * 3, 10::numeric ^ 20, 1.000::numeric + 0.5, 'NaN'::numeric, 'Infinity'::numeric;
SELECT 123456789012345678901234567890.123456789::numeric * 10, round(1234.5678, -2), trunc(-0.999::numeric, 2), 0.1::numeric = 0.10;
SELECT 1.5::float8, 0.1::float8, 1e100::float8, 1.23e-10::float8, 123456789012345680::float8, 2::float8 / 3;
SELECT 1.5::float4, 0.1::float4, 3.4e38::float4, 1::float4 / 3, 16777217::float4, 'NaN'::float8;
SELECT 'Infinity'::float8, '-Infinity'::float4, -0.0::float8, 'nan'::float8 = 'NaN'::float8, 'NaN'::float8 > 1e308;
SELECT 0.1::float8 * 3, 1e15::float8 + 0.3, 1e16::float8, 1e-5::float8, 100::float8, 12345678.9::float4;
SELECT 'abc'::char(5) || '|', 'abc'::varchar(5) || '|', 'abc'::text || '|', length('ab  '::char(4)), length('ab  '::varchar(4));
SELECT 'ab'::char(4) = 'ab'::char(4), 'ab '::char(3) = 'ab'::char(2), 'ab '::text = 'ab', octet_length('ab'::char(4)), 'ab'::char(4)::text || '|';
SELECT 'abcdef'::varchar(3), 'abcdef'::char(3), 'x'::"char", 'hello'::name, pg_typeof('x'::"char"), char_length('résumé');
SELECT '\x0001ff'::bytea, 'abc'::bytea, E'\\000a'::bytea, length('\xdeadbeef'::bytea), decode('SGVsbG8=', 'base64'), encode('Hello'::bytea, 'hex');
SELECT 'Hello'::bytea || '\x21'::bytea, substring('\x0102030405'::bytea FROM 2 FOR 2), get_byte('\x0a0b'::bytea, 1), md5('\x00'::bytea);
SELECT 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid, '{A0EEBC99-9C0B4EF8-BB6D6BB9-BD380A11}'::uuid, 'a0eebc999c0b4ef8bb6d6bb9bd380a11'::uuid = 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid;
-- @columns-only
SELECT gen_random_uuid();
SELECT true, false, 't'::boolean, 'yes'::boolean, 'off'::boolean, '1'::boolean, ' TRUE '::boolean, true::text, false::int;
SELECT true > false, bool_or(x), bool_and(x) FROM (VALUES (true), (false), (NULL)) v (x);
SELECT 42::text, 4.20::text, true::text, '12'::text::int + 1, 7::float8::text, 1e-7::float8::text, 12::money;

-- json and jsonb.
SELECT '{"b": 1, "a": [1, 2, {"c": null}]}'::json, '{"b": 1, "a": [1, 2, {"c": null}]}'::jsonb;
SELECT '{"a": 1, "a": 2}'::json, '{"a": 1, "a": 2}'::jsonb, '  [1,   2]  '::json, '  [1,   2]  '::jsonb, '1.50'::jsonb, '"x"'::jsonb;
SELECT '{"a": {"b": [10, 20]}}'::jsonb -> 'a', '{"a": {"b": [10, 20]}}'::jsonb -> 'a' -> 'b' -> 1, '{"a": "text"}'::jsonb ->> 'a', '[1, 2, 3]'::jsonb -> -1;
SELECT '{"a": {"b": [10, 20]}}'::jsonb #> '{a,b,0}', '{"a": {"b": [10, 20]}}'::jsonb #>> '{a,b}', '{"a": 1}'::json -> 'missing';
SELECT '{"a": 1, "b": 2}'::jsonb @> '{"a": 1}', '{"a": 1}'::jsonb <@ '{"a": 1, "b": 2}', '{"a": 1}'::jsonb ? 'a', '{"a": 1}'::jsonb ?| ARRAY['x', 'a'], '["a", "b"]'::jsonb ?& ARRAY['a', 'b'];
SELECT '{"a": 1}'::jsonb || '{"b": 2}', '{"a": 1, "b": 2}'::jsonb - 'a', '[1, 2, 3]'::jsonb - 0, '{"a": {"b": 1}}'::jsonb #- '{a,b}';
SELECT jsonb_build_object('k', 1, 'arr', ARRAY[1, 2], 'n', NULL), json_build_array(1, 'two', true, NULL), to_json('he said "hi"'::text), to_jsonb(1.50);
SELECT jsonb_typeof('{}'), jsonb_typeof('[]'), jsonb_typeof('1'), jsonb_typeof('"s"'), jsonb_typeof('null'), json_typeof('true');
SELECT jsonb_array_length('[1, [2, 3]]'), jsonb_set('{"a": 1}', '{b}', '2'), jsonb_strip_nulls('{"a": null, "b": 1}'), jsonb_pretty('{"a": [1]}');
SELECT key, value FROM jsonb_each('{"b": 2, "a": "x", "c": null}') ORDER BY key;
SELECT jsonb_array_elements_text('["x", 1, null, true]');
SELECT * FROM jsonb_to_record('{"id": 7, "name": "n", "extra": 1}') AS r (id int, name text);
SELECT row_to_json(t), to_jsonb(t) FROM (SELECT 1 AS a, 'x' AS b, NULL::int AS c) t;
SELECT '{"a": 1}'::jsonb = '{ "a" : 1 }'::jsonb, '[1, 2]'::jsonb = '[2, 1]'::jsonb, '{"n": 1.0}'::jsonb = '{"n": 1}'::jsonb;
SELECT jsonb_path_query_array('{"a": [1, 5, 9]}', '$.a[*] ? (@ > 2)'), jsonb_path_exists('{"a": 1}', '$.b');

-- Table columns: the RowDescription carries type modifiers.
CREATE TABLE typed (i2 smallint, i4 integer, i8 bigint, n numeric(7,3), nn numeric, f4 real, f8 double precision,
    c char(4), vc varchar(10), t text, b boolean, by bytea, u uuid, j json, jb jsonb, d date, ts timestamp(2), tstz timestamptz, iv interval);
INSERT INTO typed VALUES (1, 2, 3, 1.5, 1.5, 1.5, 1.5, 'ab', 'ab', 'ab', true, '\x01', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
    '{"x": 1}', '{"x": 1}', '2024-01-02', '2024-01-02 03:04:05.678', '2024-01-02 03:04:05+00', '1 day');
INSERT INTO typed (n, c, vc) VALUES (1234.5678, 'abcd', 'abc  ');
SELECT * FROM typed ORDER BY i2 NULLS LAST;
SELECT n, c || '.', vc || '.', length(c), length(vc) FROM typed ORDER BY n;
SELECT sum(n), avg(n), sum(f4), sum(i2), pg_typeof(sum(i2)), pg_typeof(sum(f4)) FROM typed;
SELECT i4 + i8, i2 * i2, n * f8, f4 + f8, pg_typeof(i4 + i8), pg_typeof(n * f8), pg_typeof(f4 + f8), pg_typeof(i2 + 1) FROM typed WHERE i4 IS NOT NULL;

-- Errors.
-- @error
INSERT INTO typed (n) VALUES (12345.6);
-- @error
INSERT INTO typed (vc) VALUES ('this is too long');
-- @error
INSERT INTO typed (c) VALUES ('abcde');
-- @error
SELECT 'not json'::json;
-- @error
SELECT '{"a": }'::jsonb;
-- @error
SELECT 'g0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid;
-- @error
SELECT '\xzz'::bytea;
-- @error
SELECT 'NaN'::numeric(5,2) + 'x';
-- @error
SELECT 1e39::float4;
-- @error
SELECT '{"a": 1}'::jsonb + 1;
