# coalesce, nullif, greatest, least, num_nulls, num_nonnulls.
SELECT coalesce(NULL, 2), coalesce(NULL, NULL, 'x'), coalesce(1, NULL), coalesce(NULL::int, NULL), coalesce('', 'a')
SELECT coalesce(1, 2.5)
SELECT CASE WHEN true THEN 1 ELSE 2.5 END
SELECT nullif(1, 1), nullif('a', 'b'), nullif(1, NULL), nullif('', ''), nullif(2, 1)
! PostgreSQL's NULLIF takes the type the = operator promoted its first argument to (numeric here)
SELECT nullif(1, 1.0)
! PostgreSQL resolves an untyped NULL first argument of NULLIF to the other argument's type
SELECT nullif(NULL, 1)
SELECT greatest(1, 2, 3), greatest(1, 2.5), least(1, NULL, 3), least(NULL::int, NULL), greatest('a', 'b', NULL), least(3.5, 2)
SELECT greatest(1::int2, 2::int8), least('b', 'a', 'c'), greatest(true, false), least(1.50, 1.5), greatest(-0.0, 0)
SELECT greatest(1, 'a')
SELECT greatest(1, 'x'::text)
SELECT num_nulls(1, NULL, 2), num_nonnulls(1, NULL, 2), num_nulls(NULL, NULL), num_nonnulls('a'), num_nulls(NULL::text)
SELECT num_nulls()
