# Tusk's functions given dates, times, timestamps and intervals (in the microsecond representation of the
# datetime package): json, arrays, aggregates, set-returning functions, text conversion, comparison.
SELECT to_json('2020-01-01'::date), to_json(ARRAY['2020-01-02'::date]), to_json('infinity'::date)
SELECT * FROM unnest(ARRAY[1,NULL])
SELECT to_json('2020-01-01 10:00'::timestamp), to_json('2020-01-01 10:00:00.5'::timestamp), to_jsonb('2020-01-01 10:00+02'::timestamptz)
! the parser reads ORDER BY inside the parentheses of array_agg and string_agg only
SELECT json_agg(d ORDER BY d) FROM (VALUES ('2020-01-02'::date), ('2020-01-01'::date)) v(d)
SELECT array_agg(d) FROM (VALUES ('2020-01-02'::date)) v(d)
SELECT * FROM unnest(ARRAY['2020-01-01'::date])
SELECT concat('a', '2020-01-01'::date), format('%s', '10:00'::time), pg_typeof('1 day'::interval)
SELECT greatest('2020-01-01'::date, '2021-01-01'::date), array_position(ARRAY['2020-01-01'::date], '2020-01-01')
SELECT to_json('10:00'::time), to_json('1 day'::interval)
