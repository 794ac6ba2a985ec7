-- Session settings: SET/SHOW/RESET (with TO, =, LOCAL, SESSION and DEFAULT), current_setting and
-- set_config, search_path and its effect on name resolution, and errors for unknown or invalid
-- parameters. (DateStyle must stay ISO: pgjdbc closes the connection otherwise.)

SHOW search_path;
SHOW server_encoding;
SHOW DateStyle;
SET work_mem = '8MB';
SHOW work_mem;
SET work_mem TO 16384;
SHOW work_mem;
SET SESSION work_mem = DEFAULT;
SHOW work_mem;
SET application_name = 'conformance';
SHOW application_name;
SELECT current_setting('application_name');
RESET application_name;
SELECT current_setting('application_name') = 'conformance';
SET extra_float_digits = 0;
SELECT 0.1::float8 + 0.2, 1 / 3::float4;
SET extra_float_digits TO 3;
SELECT 0.1::float8 + 0.2, 1 / 3::float4;
SET IntervalStyle = 'sql_standard';
SELECT interval '1 day 2 hours', interval '-1 year 2 months';
SET IntervalStyle = 'postgres_verbose';
SELECT interval '1 day 2 hours 3.5 seconds';
RESET IntervalStyle;
SET DateStyle = 'ISO, DMY';
SELECT '03/04/2024'::date;
SET DateStyle = 'ISO, MDY';
SELECT '03/04/2024'::date;
SELECT set_config('work_mem', '2MB', false);
SHOW work_mem;
SELECT set_config('my.custom', 'forty-two', false), current_setting('my.custom');
SELECT current_setting('no.such_setting', true) IS NULL;
SET my.other = 'x';
SHOW my.other;
BEGIN;
SELECT set_config('work_mem', '3MB', true);
SHOW work_mem;
SET LOCAL statement_timeout = '5s';
SHOW statement_timeout;
COMMIT;
SHOW work_mem;
SHOW statement_timeout;
SET LOCAL work_mem = '9MB';
SHOW work_mem;
RESET ALL;
SHOW work_mem;
SET TIME ZONE 'America/New_York';
SHOW TimeZone;
SET TIME ZONE INTERVAL '+05:30' HOUR TO MINUTE;
SHOW TimeZone;

-- search_path.
CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE TABLE a.t (v text);
CREATE TABLE b.t (v text);
CREATE TABLE b.only_b (v int);
INSERT INTO a.t VALUES ('from a');
INSERT INTO b.t VALUES ('from b');
SET search_path = a, b;
SELECT v FROM t;
SELECT count(*) FROM only_b;
SELECT current_schema(), current_schemas(false);
SET search_path = b, a;
SELECT v FROM t;
CREATE TABLE made_here (x int);
SELECT table_schema FROM information_schema.tables WHERE table_name = 'made_here';
SET search_path = nowhere;
SELECT current_schema();
-- @error
SELECT * FROM t;
-- @error
CREATE TABLE lost (x int);
SELECT v FROM a.t;
RESET search_path;
SHOW search_path;

-- Errors.
-- @error
SET no_such_parameter = 1;
-- @error
SHOW no_such_parameter;
-- @error
SELECT current_setting('no_such_parameter');
-- @error
SET work_mem = 'lots';
-- @error
SET extra_float_digits = 10;
-- @error
SET search_path;
-- @error
SET TIME ZONE 'Mars/Olympus';
-- @error
SET server_version = '1';
