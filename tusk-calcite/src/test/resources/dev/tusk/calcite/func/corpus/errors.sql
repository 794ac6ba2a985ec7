# Calls that fail: no such function, wrong argument types or counts, ambiguity, bad literals.
SELECT nosuch(1)
SELECT nosuch(1, 'a', NULL)
SELECT length()
SELECT length(1)
SELECT upper(5)
SELECT substr(1234, 2)
SELECT lpad('a', 'x')
SELECT abs('x')
SELECT round('2.5'), round('2.5', 0), sqrt('4'), length('abc'), upper('x')
SELECT round('x', 0)
SELECT repeat('a', 'b')
SELECT chr('65')
SELECT left('abc')
SELECT md5(1)
SELECT 'a' ^ 2
SELECT 1 LIKE 2
SELECT 'abc' ~ 1
SELECT true + 1
