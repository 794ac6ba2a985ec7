# pg_typeof names the resolved type of an expression, as PostgreSQL's function and operator resolution types it.
SELECT pg_typeof(1), pg_typeof('a'::text), pg_typeof(1.5), pg_typeof(NULL), pg_typeof('x'), pg_typeof(true)
SELECT pg_typeof(1::int8), pg_typeof(1::int2), pg_typeof(1.5::float8), pg_typeof(1.5::float4), pg_typeof(2147483648)
SELECT pg_typeof(1 + 1.5), pg_typeof(7 / 2), pg_typeof(2 ^ 3), pg_typeof(2.0 ^ 3), pg_typeof(1::int2 + 1::int2)
SELECT pg_typeof(sqrt(2)), pg_typeof(sqrt(2.0)), pg_typeof(round(2.5)), pg_typeof(round(2.5::float8)), pg_typeof(abs(-1::int8))
SELECT pg_typeof('a' || 1), pg_typeof(length('a')), pg_typeof(upper('a')), pg_typeof(md5('a')), pg_typeof(ascii('a'))
SELECT pg_typeof(sign(1)), pg_typeof(power(2, 2)), pg_typeof(factorial(3)), pg_typeof(div(7, 2)), pg_typeof(mod(7, 2))
SELECT pg_typeof('a'::varchar(3)), pg_typeof('a'::char(3)), pg_typeof(decode('00', 'hex')), pg_typeof(greatest(1, 2.5))
SELECT pg_typeof(1e-10), pg_typeof(setseed(0)), pg_typeof(to_hex(1)), pg_typeof(starts_with('a', 'b')), pg_typeof(sha256('a'))
SELECT pg_typeof(1.5e3), pg_typeof(1e10), pg_typeof(-2.5e-3), 1.5e3, 1e10
