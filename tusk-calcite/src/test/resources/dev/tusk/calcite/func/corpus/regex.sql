# POSIX regular expressions: the ~ operators, regexp_replace with flags and back references, regexp_like,
# regexp_count, SIMILAR TO and LIKE.
SELECT 'abc' ~ 'b', 'abc' ~ '^b', 'abc' ~* 'B', 'abc' !~ 'b', 'abc' !~* 'B'
SELECT 'foo123' ~ '[0-9]+$', 'FOO' ~ '^[[:upper:]]+$', 'a b' ~ '[[:space:]]', 'x' ~ '[[:digit:]]'
SELECT 'line1' || chr(10) || 'line2' ~ 'line1.line2', 'héllo' ~ 'h.llo', NULL ~ 'a'
SELECT regexp_replace('foobarbaz', 'b..', 'X'), regexp_replace('foobarbaz', 'b..', 'X', 'g'), regexp_replace('fooBarbaz', 'b..', 'X', 'gi')
SELECT regexp_replace('abc', 'x*', '-', 'g'), regexp_replace('abc', '(a)(b)', '\2\1'), regexp_replace('abc', 'b', '[\&]'), regexp_replace('abc', 'b', '\\')
SELECT regexp_replace('Hello World', '(\w+) (\w+)', '\2 \1'), regexp_replace('aaa', 'a', 'b', 'g'), regexp_replace('', 'a', 'b')
SELECT regexp_replace('AbC', '[a-z]', '_', 'g'), regexp_replace('a.b.c', '\.', '-', 'g'), regexp_replace('x', '(y)?x', '[\1]')
SELECT regexp_replace('abc', 'b', 'x', 'z')
SELECT regexp_replace('abc', '(', 'x')
SELECT regexp_like('Hello', 'ell'), regexp_like('Hello', 'ELL'), regexp_like('Hello', 'ELL', 'i'), regexp_like('a', '^$')
SELECT regexp_count('abcabc', 'b'), regexp_count('abcabc', 'b', 3), regexp_count('aaa', 'a*'), regexp_count('ABC', 'b', 1, 'i')
SELECT 'abc' LIKE 'a%', 'abc' LIKE 'a_c', 'abc' LIKE 'ABC', 'abc' ILIKE 'A%', 'abc' NOT LIKE '_b_', 'abc' NOT ILIKE '%C'
SELECT 'a%c' LIKE 'a\%c', 'abc' LIKE 'a\%c', 'a_c' LIKE 'a!_c' ESCAPE '!', '' LIKE '', 'é' LIKE '_'
SELECT 'a_c' LIKE 'a\_c'
SELECT 'a\b' LIKE 'a\\b', 'ab' LIKE 'a\b', 'a' LIKE 'a\', 'abc' LIKE 'a%' ESCAPE '', 'a%' LIKE 'a#%' ESCAPE '#'
SELECT 'a' LIKE 'a' ESCAPE 'xy'
SELECT 'ab' LIKE 'a\'
SELECT 'AbC' ILIKE 'abc', 'ÉCOLE' ILIKE 'école', 'x' ILIKE 'X%', NULL LIKE 'a', 'a' LIKE NULL
SELECT 1 LIKE 2
SELECT regexp_replace('a', '[', 'x')
SELECT regexp_replace('a', '*', 'x')
SELECT 'a%' SIMILAR TO 'a\%', 'abc' SIMILAR TO 'a\%', 'abc' SIMILAR TO 'ABC', 'ab' SIMILAR TO 'a#b' ESCAPE '#', 'a.c' SIMILAR TO 'a.c', 'abc' SIMILAR TO 'a.c'
SELECT 'abc' SIMILAR TO 'a%', 'abc' SIMILAR TO '(a|b)+c', 'abc' SIMILAR TO 'b%', 'abc' NOT SIMILAR TO 'a_c'
SELECT regexp_match('foobarbequebaz', '(bar)(beque)'), regexp_match('abc', 'x'), regexp_match('abc', 'b'), regexp_match('aBc', 'b', 'i')
SELECT regexp_matches('a1b2', '[0-9]', 'g')
SELECT * FROM regexp_matches('a1b2', '([a-z])([0-9])', 'g')
SELECT regexp_matches('a1b2', '[0-9]')
SELECT regexp_split_to_array('a b  c', ' +'), regexp_split_to_array('abc', ''), regexp_split_to_array(' a', ' '), regexp_split_to_array('a,b,', ',')
SELECT * FROM regexp_split_to_table('a,b', ',')
SELECT regexp_split_to_table('x-y', '-')
SELECT regexp_substr('abcabc', 'b.'), regexp_instr('abcabc', 'c'), regexp_substr('abc', 'z'), regexp_instr('héc', 'c')
SELECT regexp_match('abc', 'b', 'g')
SELECT regexp_match('abc', '(x)?b')
