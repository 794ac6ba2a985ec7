# Arrays: dimensions, search, building, text conversion, containment, concatenation, subscripts.
SELECT ARRAY[1,2,3], ARRAY['a','b'], ARRAY[1.5, 2.5], ARRAY[true, NULL], ARRAY[]::int[], ARRAY[NULL::text]
SELECT ARRAY[1.5, 2]
SELECT array_length(ARRAY[1,2,3], 1), array_length(ARRAY[1,2,3], 2), array_length(ARRAY[]::int[], 1), array_length(NULL::int[], 1)
SELECT array_upper(ARRAY[1,2,3], 1), array_lower(ARRAY[1,2,3], 1), array_lower(ARRAY[1,2], 2), array_upper(ARRAY[]::text[], 1)
SELECT array_ndims(ARRAY[1,2]), array_ndims(ARRAY[]::int[]), array_dims(ARRAY['a','b','c']), array_dims(ARRAY[]::int[])
SELECT cardinality(ARRAY[1,2,3]), cardinality(ARRAY[]::int[]), cardinality(NULL::int[]), cardinality(ARRAY[NULL::int, NULL])
SELECT array_to_string(ARRAY[1,NULL,3], ','), array_to_string(ARRAY[1,NULL,3], ',', '*'), array_to_string(ARRAY['a',NULL,'c'], ',', '')
SELECT array_to_string(ARRAY[1.50, 2.25], '-'), array_to_string(ARRAY[true, false], ''), array_to_string(ARRAY[]::int[], ','), array_to_string(ARRAY['x'], NULL)
SELECT string_to_array('a,b,c', ','), string_to_array('a,b,,c', ','), string_to_array('a,b,,c', ',', ''), string_to_array('abc', NULL)
SELECT string_to_array('abc', ''), string_to_array('', ','), string_to_array(NULL, ','), string_to_array('a b', ' ', 'b'), string_to_array('é😀', NULL)
SELECT array_position(ARRAY['a','b'], 'b'), array_position(ARRAY[1,NULL,3], NULL), array_position(ARRAY['a','b','a'], 'a', 2), array_position(ARRAY[1,2], 3)
SELECT array_position(ARRAY[1,2], 1.0), array_position(ARRAY[1.0, 2], 1), array_position(NULL::int[], 1), array_position(ARRAY[1], 1, NULL)
SELECT array_positions(ARRAY[1,2,1], 1), array_positions(ARRAY[1,2], 3), array_positions(NULL::int[], 1), array_positions(ARRAY['a',NULL], NULL)
SELECT array_append(ARRAY[1,2], 3), array_append(NULL, 1), array_append(ARRAY['a'], NULL), array_append(ARRAY[1], 2.5)
SELECT array_prepend(0, ARRAY[1,2]), array_prepend(1, NULL), array_prepend('x', ARRAY['y'])
SELECT array_cat(ARRAY[1,2], ARRAY[3]), array_cat(NULL, ARRAY[1]), array_cat(ARRAY[1], NULL), array_cat(ARRAY[]::int[], ARRAY[1])
SELECT array_append(ARRAY[1], 'x')
SELECT array_remove(ARRAY[1,2,1], 1), array_remove(ARRAY[1,NULL,2], NULL), array_remove(NULL::int[], 1), array_remove(ARRAY['a'], 'b')
SELECT array_replace(ARRAY[1,2,1], 1, 9), array_replace(ARRAY[1,NULL], NULL, 5), array_replace(ARRAY['a'], 'a', NULL)
SELECT trim_array(ARRAY[1,2,3], 1), trim_array(ARRAY[1,2,3], 0), trim_array(ARRAY[1,2,3], 3)
SELECT trim_array(ARRAY[1,2,3], 5)
SELECT ARRAY[1,2] || ARRAY[3], ARRAY[1,2] || 3, 0 || ARRAY[1,2], ARRAY['a'] || 'b', ARRAY[1] || NULL, NULL || ARRAY[1]
SELECT ARRAY[1,2] @> ARRAY[1], ARRAY[1] <@ ARRAY[1,2], ARRAY[1,2] && ARRAY[2,3], ARRAY[1,2] && ARRAY[3], ARRAY[1,NULL] @> ARRAY[NULL::int]
SELECT (ARRAY[1,2,3])[2], (ARRAY['a','b'])[1], (ARRAY[1,2,3])[0], (ARRAY[1,2,3])[4]
SELECT ARRAY[1,2] = ARRAY[1,2], ARRAY[1,2] <> ARRAY[2,1]
SELECT array_length('{1,2}', 1)
SELECT cardinality(1)
SELECT ARRAY[]
! Calcite cannot cast an array holding an untyped NULL (ARRAY[NULL]) to another array type
SELECT ARRAY[NULL]::int[]
SELECT array_fill(7, ARRAY[3])
SELECT ARRAY(SELECT g FROM generate_series(1, 4) g WHERE g % 2 = 0 ORDER BY g)
SELECT ARRAY(SELECT 'x' WHERE false), array_length(ARRAY(SELECT 1 WHERE false), 1)
