-- Dates and times: input and output of date, time, timestamp, timestamptz and interval (with
-- microseconds, BC and infinity), arithmetic, extract/date_part, date_trunc, age, make_*,
-- to_char/to_date/to_timestamp, AT TIME ZONE and session time zones. now() is only shape-checked.

SET TimeZone = 'UTC';
SELECT '2024-02-29'::date, '2024-02-29 13:45:06.123456'::timestamp, '2024-02-29 13:45:06.5+02'::timestamptz;
SELECT '13:45:06.000001'::time, '23:59:59.999999'::time, '24:00:00'::time, '12:00:00+05:30'::timetz;
SELECT 'epoch'::timestamp, 'infinity'::timestamp, '-infinity'::date, 'infinity'::timestamptz;
SELECT '0044-03-15 BC'::date, '2000-01-01 00:00:00.0000005'::timestamp, '1999-12-31 23:59:59.9999995'::timestamp;
SELECT 'January 8, 1999'::date, '1999-Jan-08'::date, '19990108'::date, '1/8/1999'::date;
SELECT timestamp '2024-01-01 10:00', date '2024-03-01', time '10:30', interval '1 day';
SELECT '2024-01-01 10:00:00.123'::timestamp(1), '2024-01-01 10:00:00.15'::timestamp(1), '10:00:00.987654'::time(3);
SELECT interval '1 year 2 months 3 days 04:05:06.789', interval '-1 day +02:00', interval '90 minutes', interval 'P1Y2M3DT4H5M6S';
SELECT interval '1.5 days', interval '1 week', interval '36 hours', interval '0.000001 seconds', interval '1 millennium';

-- Arithmetic.
SELECT date '2024-02-28' + 1, date '2024-03-01' - 1, date '2024-03-01' - date '2024-02-01', date '2024-01-31' + interval '1 month';
SELECT timestamp '2024-01-31 12:00' + interval '1 month', timestamp '2024-03-31' - interval '1 month', timestamp '2023-12-31 23:59:59' + interval '1 second';
SELECT timestamp '2024-03-01' - timestamp '2024-02-01 12:00', time '23:00' + interval '2 hours', time '10:00' - time '08:30';
SELECT interval '1 hour' * 2.5, interval '1 day' / 3, interval '1 month' - interval '1 day', -interval '3 hours';
SELECT date '2024-01-01' + time '10:30', date '2024-01-01' + 7 * interval '1 day', justify_hours(interval '50 hours'), justify_days(interval '35 days');
SELECT justify_interval(interval '1 month -1 hour'), interval '25 hours' = interval '1 day 1 hour', interval '30 days' = interval '1 month';
SELECT age(timestamp '2024-03-15', timestamp '2023-01-20'), age(date '2024-02-29', date '2023-02-28');
SELECT date '2024-01-01' < date '2024-01-02', timestamp '2024-01-01' = date '2024-01-01', '2024-01-01'::date BETWEEN '2023-12-31' AND '2024-01-31';
SELECT (date '2024-01-01', date '2024-02-01') OVERLAPS (date '2024-01-15', date '2024-03-01');

-- Fields.
SELECT extract(year FROM date '2024-02-29'), extract(month FROM timestamp '2024-02-29 10:00'), extract(day FROM date '2024-02-29');
SELECT extract(hour FROM time '13:45:06.5'), extract(minute FROM timestamp '2024-01-01 13:45:06'), extract(second FROM timestamp '2024-01-01 13:45:06.123456');
SELECT extract(dow FROM date '2024-02-29'), extract(isodow FROM date '2024-03-03'), extract(doy FROM date '2024-12-31'), extract(week FROM date '2024-01-01');
SELECT extract(quarter FROM date '2024-08-15'), extract(epoch FROM timestamp '2024-01-01 00:00:01.5'), extract(epoch FROM interval '1 day 1 second');
SELECT extract(century FROM date '2000-12-31'), extract(millennium FROM date '2001-01-01'), extract(decade FROM date '1999-01-01'), extract(isoyear FROM date '2021-01-01');
SELECT extract(days FROM interval '40 days 5 hours'), extract(hours FROM interval '40 days 5 hours'), extract(microseconds FROM time '00:00:01.000002');
SELECT date_part('year', timestamp '2024-05-06'), date_part('epoch', date '1970-01-02'), pg_typeof(extract(year FROM date '2024-01-01')), pg_typeof(date_part('year', date '2024-01-01'));

-- Truncation, construction and formatting.
SELECT date_trunc('month', timestamp '2024-02-29 13:45:06'), date_trunc('year', date '2024-05-05'), date_trunc('hour', timestamp '2024-01-01 10:59:59.999');
SELECT date_trunc('week', timestamp '2024-03-03 10:00'), date_trunc('quarter', timestamp '2024-08-15'), date_trunc('day', interval '2 days 5 hours'), date_trunc('millisecond', timestamp '2024-01-01 00:00:00.123456');
SELECT make_date(2024, 2, 29), make_time(13, 45, 6.5), make_timestamp(2024, 1, 2, 3, 4, 5.25), make_interval(days => 3, hours => 4);
SELECT to_char(timestamp '2024-02-09 08:05:03.5', 'YYYY-MM-DD HH24:MI:SS.MS'), to_char(date '2024-02-09', 'Dy DD Mon YYYY'), to_char(date '2024-02-09', 'FMDay, FMMonth FMDDth');
SELECT to_char(timestamp '2024-02-09 20:05:03', 'HH12:MI AM'), to_char(interval '26 hours 3 minutes', 'HH24:MI'), to_char(date '2024-12-30', 'IYYY-IW');
SELECT to_date('09 Feb 2024', 'DD Mon YYYY'), to_timestamp('2024-02-09 08:05', 'YYYY-MM-DD HH24:MI'), to_timestamp(86400.5);
SELECT date_bin(interval '15 minutes', timestamp '2024-01-01 10:37:00', timestamp '2024-01-01 00:00:00');
SELECT isfinite(date '2024-01-01'), isfinite('infinity'::timestamp), 'infinity'::date > date '9999-12-31';

-- Time zones.
SELECT '2024-06-01 12:00:00+00'::timestamptz, '2024-06-01 12:00:00 Europe/Paris'::timestamptz, '2024-06-01 12:00:00-07:30'::timestamptz;
SET TimeZone = 'Europe/Berlin';
SELECT '2024-06-01 12:00:00+00'::timestamptz, '2024-01-01 12:00:00+00'::timestamptz, '2024-06-01 12:00:00'::timestamptz;
SELECT timestamptz '2024-03-31 00:30:00' + interval '1 day', timestamptz '2024-03-31 00:30:00' + interval '24 hours';
SELECT timestamp '2024-06-01 12:00' AT TIME ZONE 'UTC', timestamptz '2024-06-01 12:00+00' AT TIME ZONE 'Asia/Tokyo', timestamptz '2024-06-01 12:00+00' AT TIME ZONE 'UTC';
SELECT timestamptz '2024-06-01 12:00+00' AT TIME ZONE INTERVAL '-03:00', timezone('America/New_York', timestamp '2024-12-01 12:00');
SELECT extract(timezone FROM timestamptz '2024-06-01 12:00+00'), extract(hour FROM timestamptz '2024-06-01 12:00+00'), date_trunc('day', timestamptz '2024-06-01 23:30+00');
SELECT timestamptz '2024-10-27 00:30+00' + interval '1 hour' * g FROM generate_series(0, 3) g;
SET TimeZone = 'Asia/Kolkata';
SELECT '2024-01-01 00:00:00+00'::timestamptz, '2024-01-01'::timestamptz::date, now() AT TIME ZONE 'UTC' IS NOT NULL;
SET TimeZone = 'UTC';
SELECT '2024-01-01 00:00:00+05'::timestamptz = '2023-12-31 19:00:00+00'::timestamptz, '2024-01-01 12:00+14'::timestamptz;

-- Tables with date/time columns.
CREATE TABLE ev (id int PRIMARY KEY, day date, at timestamp(3), atz timestamptz, dur interval);
INSERT INTO ev VALUES (1, '2024-01-15', '2024-01-15 08:00:00.1234', '2024-01-15 08:00:00+01', '1 hour'),
    (2, '2024-02-29', '2024-02-29 23:59:59.9996', '2024-02-29 23:59:59+00', '2 days'),
    (3, '2023-12-31', NULL, NULL, '-30 minutes');
SELECT * FROM ev ORDER BY id;
SELECT id, day + dur AS later, at - dur AS earlier FROM ev ORDER BY id;
SELECT date_trunc('month', day) AS month, count(*), sum(dur) FROM ev GROUP BY 1 ORDER BY 1;
SELECT id FROM ev WHERE day BETWEEN '2024-01-01' AND '2024-12-31' AND at < '2024-03-01' ORDER BY id;
SELECT max(at), min(day), avg(dur) FROM ev;

-- The clock: only the column types are compared.
-- @columns-only
SELECT now(), current_timestamp, current_date, current_time, localtimestamp, statement_timestamp(), clock_timestamp();
-- @columns-only
SELECT now()::date - 1, transaction_timestamp(), timeofday();
SELECT now() = transaction_timestamp(), current_date = now()::date;

-- Errors.
-- @error
SELECT '2024-02-30'::date;
-- @error
SELECT '25:00:00'::time;
-- @error
SELECT 'not a date'::timestamp;
-- @error
SELECT date '2024-01-01' + date '2024-01-02';
-- @error
SELECT extract(nope FROM date '2024-01-01');
-- @error
SELECT date_trunc('fortnight', timestamp '2024-01-01');
-- @error
SELECT make_date(2024, 13, 1);
-- @error
SELECT '2024-01-01'::timestamptz AT TIME ZONE 'Nowhere/City';
-- @error
SELECT interval '1 day' * interval '1 day';
