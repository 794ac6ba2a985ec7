# Other operators: || (text and values), comparison, boolean logic, IS DISTINCT FROM, BETWEEN, IN, CASE.
SELECT 'a' || 'b', 'a' || NULL, 'a' || 1, 1 || 'a', 'a' || 1.50 || true, 'x' || 'y' || 'z'
SELECT 'a' || 2 || 3, 1 + 2 || 'x', 'x' || 1 + 2
SELECT 1 || 2
SELECT 1 = 1, 1 <> 2, 1 != 1, 2 > 1, 2 >= 2, 1 < 1.5, 'a' < 'b', 'B' < 'a', NULL = NULL
SELECT true AND NULL, false AND NULL, true OR NULL, NOT NULL::boolean, NOT true
SELECT 1 IS DISTINCT FROM NULL, NULL IS DISTINCT FROM NULL, 1 IS NOT DISTINCT FROM 1, NULL IS NULL, 1 IS NOT NULL
SELECT 1 BETWEEN 0 AND 2, 3 BETWEEN 0 AND 2, 1 NOT BETWEEN 2 AND 3, 'b' BETWEEN 'a' AND 'c'
SELECT 1 IN (1, 2), 3 IN (1, 2), 1 NOT IN (2, 3), NULL IN (1), 1 IN (1, NULL), 2 IN (1, NULL)
SELECT true IS TRUE, NULL IS UNKNOWN, false IS NOT TRUE, NULL::boolean IS FALSE
SELECT CASE WHEN 1 > 0 THEN 'pos' ELSE 'neg' END, CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' END, CASE WHEN false THEN 1 END
SELECT 2 * 3 ^ 2, (2 * 3) ^ 2, 2 ^ 3 ^ 2, 4 ^ 0.5
