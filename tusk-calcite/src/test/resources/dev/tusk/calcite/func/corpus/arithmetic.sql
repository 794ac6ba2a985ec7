# Arithmetic operators: integer overflow is 22003 (Java would wrap), division by zero 22012, integer division
# truncates, % takes the dividend's sign, float8 overflow is reported, numeric keeps PostgreSQL's scales.
SELECT 7 / 2, -7 / 2, 7 / -2, -7 % 3, 7 % -3, 0 / 5, 5 % 5
SELECT 2147483647 + 1
SELECT -2147483648 - 1
SELECT 2147483647 * 2
SELECT (-2147483648) * -1
SELECT -2147483648 / -1
SELECT -(-2147483648)
SELECT 9223372036854775807 + 1
SELECT -9223372036854775808 - 1
SELECT 9223372036854775807 * 2
SELECT 4611686018427387904 * 2
SELECT -9223372036854775808 / -1
SELECT 32767::int2 + 1::int2
SELECT (-32768)::int2 - 1::int2
SELECT 200::int2 * 200::int2
SELECT 2147483647 + 1::int8, 2147483647 * 2::int8, 10::int2 + 1::int2, 10::int2 * 3, 3::int2 / 2::int2
SELECT 1 / 0
SELECT 1 % 0
SELECT 1::int8 / 0
SELECT 1::int2 / 0::int2
SELECT 1.0 / 0
SELECT 1.5 % 0
SELECT 1::float8 / 0
SELECT -2147483648 % -1, 9223372036854775807 % -1, 7::int8 % 3::int8
SELECT 1 + 1.5, 1.5 + 1, 2 * 1.5, 3 - 0.5, 2::int8 * 1.5, 10 / 4.0
SELECT 1::float8 + 1, 1.5::float8 * 2, 10 / 4::float8, 1e308::float8 + 1e308::float8
SELECT 1::float4 + 1::float4, 1.5::float4 * 2::float4
SELECT 3.4e38::float4 * 10::float4
SELECT 1 + 2 * 3, (1 + 2) * 3, 10 - 2 - 3, 100 / 10 / 5, 2 + 3 % 2, -3 + 5
SELECT 5 & 3, 5 | 3, 5 # 3, 1 << 4, 16 >> 2, -16 >> 2, 1::int8 << 40, 7::int2 & 3::int2
SELECT 1 << 31, 1 << 32, 1::int2 << 15
SELECT pg_typeof(1::float4 + 1), pg_typeof(1::float4 * 2.5::float8), pg_typeof(1::int2 + 1::int4), 1::float4 + 1, 1.5::float4 / 2
SELECT pg_typeof(1::int2 * 2::int8), pg_typeof(1 + 1::int8), pg_typeof(1.5 + 1::float8), pg_typeof(2::int8 % 3), pg_typeof(1::int2 - 1::int2)
SELECT 9223372036854775807 % -1, 7::int8 % 3, -7::int8 / 2
