# json and jsonb: the operators -> ->> #> #>>, builders, to_json, typeof, array length, containment, key and
# element sets, aggregates. json keeps its text as written; jsonb prints normalised.
SELECT '{"a": [1,  2], "b":{"c":"x"}}'::json -> 'a'
SELECT '{"a": [1,  2]}'::jsonb -> 'a'
SELECT '{"b":1, "a": 2, "a": 3}'::json -> 'a'
SELECT '[1,2,3]'::json -> 1, '[1,2,3]'::json -> -1, '[1,2,3]'::json -> 5
SELECT '{"a":"x\ny"}'::json ->> 'a', '{"a":null}'::json ->> 'a', '{"a":[1]}'::json ->> 'a', '{"a":1}'::jsonb ->> 'a'
SELECT '{"a":{"b":[1,{"c":2}]}}'::json #> '{a,b,1}', '{"a":{"b":[1,{"c":2}]}}'::json #>> '{a,b,1,c}', '{"a":1}'::json #> '{}'
SELECT '{"a":{"b":[1, {"c" :2}]}}'::jsonb #> '{a,b,1}', '{"a":{"b":[1,{"c":2}]}}'::jsonb #>> '{a,b,0}'
SELECT json_build_object('a', 1, 'b', 'x', 'c', null, 'd', true, 'e', 1.50)
SELECT jsonb_build_object('b', 1, 'a', 'x', 'aa', ARRAY[1,2])
SELECT json_build_array(1, 'a', null, 2.5), jsonb_build_array(1, 'a', null), json_build_array(), json_build_object()
SELECT json_build_object('a')
SELECT json_build_object(null, 1)
SELECT to_json('a"b'::text), to_json(1.50), to_json(true), to_json(ARRAY[1,2]), to_json(NULL::text), to_json(ARRAY['a','b'])
SELECT to_jsonb(1.50), to_jsonb(ARRAY[1,2]), to_jsonb('x'::text), to_jsonb(1e100::float8)
SELECT to_json('2020-01-01'::date), to_json(ARRAY['2020-01-02'::date])
SELECT to_json('2020-01-01 10:00'::timestamp)
SELECT json_typeof('1'), jsonb_typeof('{}'), json_typeof('"x"'), json_typeof('null'), json_typeof('[1]'), json_typeof('true')
SELECT json_array_length('[1,2,3]'), jsonb_array_length('[]')
SELECT json_array_length('{}')
SELECT json_array_length('1')
SELECT json_agg(x) FROM (VALUES (1), (NULL), (3)) v(x)
SELECT jsonb_agg(x) FROM (VALUES ('a'), ('b')) v(x)
SELECT json_object_agg(k, v) FROM (VALUES ('a', 1), ('b', 2)) t(k, v)
SELECT jsonb_object_agg(k, v) FROM (VALUES ('b', 1), ('a', 2)) t(k, v)
SELECT '{"a":1}'::json -> 'b', '1'::json -> 'a', '[1,2]'::json -> 'a', '{"a":1}'::json -> 0
SELECT '{"a": 1}'::jsonb @> '{"a":1}', '{"a": [1,2]}'::jsonb @> '{"a":[2]}', '[1,2]'::jsonb <@ '[1,2,3]'
SELECT to_json(1e100::float8), to_json('NaN'::float8)
SELECT * FROM json_object_keys('{"b":1,"a":2}')
SELECT * FROM jsonb_object_keys('{"b":1,"a":2}')
SELECT * FROM json_array_elements('[1, "a", {"b":2}]')
SELECT value::text FROM json_array_elements('[1, "a", {"b":2}]') AS e WHERE value::text <> '1'
SELECT * FROM json_array_elements_text('[1, "a", null]')
SELECT json_object_keys('{"x":1}')
SELECT '{"a":1' ::json -> 'a'
SELECT to_json('x')
SELECT '{"b": 2, "a": [true, null, 1.50]}'::jsonb -> 'a', '{"x": "\u00e9\n"}'::json ->> 'x'
SELECT jsonb_build_object('a', 1) @> '{}', json_build_object('k', json_build_object('n', 1)) -> 'k' ->> 'n'
SELECT * FROM json_each('{"a": 1, "b": "x"}')
SELECT * FROM jsonb_each('{"b": [1], "a": null}')
SELECT * FROM jsonb_each_text('{"b": [1], "a": null}')
SELECT * FROM json_each_text('{"a": 1, "b": "x"}')
SELECT * FROM string_to_table('a,,b', ',', '')
SELECT * FROM string_to_table('abc', null)
SELECT * FROM json_each('[1]')
SELECT string_to_table('a b', ' ')
SELECT * FROM string_to_table('1|2|3', '|')
SELECT key FROM json_each('{"k": 2}') AS e
SELECT e.key, e.value FROM jsonb_each('{"k": 2}') AS e(key, value)
