-- Casts and expression typing: text read by the target type's input function, rounding of numeric and
-- float to integers, numbers as text, the digits of numbers through type unification (CASE, COALESCE,
-- VALUES, UNION), volatile functions evaluated once per call, and the errors of casts and conditions.

CREATE TABLE n (id int PRIMARY KEY, i int, d numeric, f float8, s text, b bool);
INSERT INTO n VALUES (1, 10, 2.50, 2.5, ' 42 ', true), (2, -3, -2.5, -2.5, '7', false), (3, NULL, NULL, NULL, NULL, NULL);

-- Text to numbers and booleans.
SELECT '  42 '::int, '-7'::int2, ' 9000000000 '::int8, '1.5e3'::float8, '  2.50 '::numeric, 'yes'::bool, ' f '::boolean;
SELECT id, s::int, s::numeric, s::float8 FROM n WHERE s IS NOT NULL ORDER BY id;
-- @error
SELECT '1.5'::int;
-- @error
SELECT ''::int8;
-- @error
SELECT '99999999999'::int;
-- @error
SELECT 'abc'::float8;
-- @error
SELECT 'maybe'::boolean;
-- @error
SELECT '1e'::numeric;

-- Numbers to integers: numeric rounds half away from zero, float half to even.
SELECT 2.5::int, (-2.5)::int, 3.5::int2, 0.5::int8, 2.5::float8::int, 3.5::float8::int, (-2.5)::float8::int, 2.5::float4::int2;
SELECT id, d::int, f::int, d::int8, f::int2 FROM n ORDER BY id;
-- @error
SELECT 32768::int2;
-- @error
SELECT 2147483647.5::int;
-- @error
SELECT 1e19::float8::int8;
-- @error
SELECT 'NaN'::float8::int;

-- Booleans and integers.
SELECT true::int, false::int, 1::bool, 0::bool, (-5)::bool;
SELECT id, b::int FROM n ORDER BY id;
-- @error
SELECT 1::int8::bool;

-- Numbers as text.
SELECT 42::text, 4.20::text, 7::float8::text, 0.1::float8::text, 1e-7::float8::text, 2.5::float4::text, true::text, 12::varchar(1);
SELECT 'ab'::char(4)::text || '|', 'ab'::char(4)::varchar || '|';

-- Unconstrained numeric keeps each value's digits.
SELECT coalesce(1, 2.5), coalesce(NULL, 2.50), CASE WHEN true THEN 1 ELSE 2.5 END, CASE WHEN false THEN 1 ELSE 2.50 END;
SELECT column1 FROM (VALUES (1), (2.5), (3.125)) AS v ORDER BY 1;
VALUES (1, 'a'), (2.50, 'b');
SELECT 1 AS x UNION ALL SELECT 2.50 ORDER BY 1;
SELECT 1.10::numeric, 1.10::numeric(5,1), 2.5::numeric(5,0), -2.5::numeric(5,0), 123.456::numeric(6,2);

-- Names of cast columns.
SELECT 2.5::float8::int, (2.5)::numeric::int, i::numeric FROM n WHERE id = 1;

-- Volatile calls are evaluated once each.
CREATE SEQUENCE vs;
SELECT nextval('vs'), nextval('vs'), nextval('vs');
SELECT gen_random_uuid() <> gen_random_uuid(), random() <> random();

-- Untyped literals take the type of the other branches.
SELECT CASE WHEN id = 1 THEN i ELSE '5' END FROM n ORDER BY id;
-- @error
SELECT CASE WHEN true THEN 1 ELSE 'x' END;
-- @error
SELECT * FROM n WHERE i = 'x';

-- Conditions must be boolean.
-- @error
SELECT * FROM n WHERE 1;
-- @error
SELECT * FROM n WHERE i;
-- @error
SELECT count(*) FROM n HAVING count(*);
-- @error
SELECT * FROM n a JOIN n b ON a.i;
