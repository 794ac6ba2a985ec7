/**
 * PostgreSQL's date, time, timestamp, timestamptz and interval on Calcite, at microsecond precision, with no
 * datetime computation left to Calcite's millisecond runtime.
 *
 * <p><b>Runtime representation</b> (inside Calcite's generated code and in Tusk's tables), which is PostgreSQL's
 * own: {@code timestamp} and {@code timestamptz} are a Long of microseconds since 2000-01-01 00:00 (local wall
 * time for timestamp, UTC for timestamptz), {@code date} an Integer of days since 2000-01-01, the infinities
 * Long/Integer MAX_VALUE and MIN_VALUE; {@code time} a Long of microseconds of the day; {@code interval} an
 * {@link dev.tusk.calcite.datetime.Interval} of months, days and microseconds, ordered and compared by its
 * 30-day-month span. Planning types are TIMESTAMP(p), TIMESTAMP_WITH_LOCAL_TIME_ZONE(p), DATE,
 * TIME_WITH_LOCAL_TIME_ZONE(p) for time (Calcite's TIME operands are forced into an int of milliseconds) and
 * INTERVAL DAY TO SECOND(6) for every interval; {@link dev.tusk.calcite.type.PgJavaTypeFactory} maps time and
 * intervals to those Java classes. {@link dev.tusk.calcite.type.CalciteValues} converts to and from tusk-types'
 * java.time values for parameters and results.
 *
 * <p><b>Three planner steps</b> ({@link dev.tusk.calcite.plan.QueryPlanner}): {@link
 * dev.tusk.calcite.datetime.DatetimeRewriter} before validation turns typed literals into casts of their text,
 * CURRENT_TIMESTAMP, LOCALTIMESTAMP, CURRENT_DATE, LOCALTIME and EXTRACT into Tusk functions, and gives + - * /
 * stand-ins ({@link dev.tusk.calcite.datetime.ArithmeticDispatch}) that pick Tusk's operators once operand types
 * are known; {@link dev.tusk.calcite.datetime.DatetimeConvertlets} turns casts involving a datetime type into
 * Tusk's cast before Calcite can fold them into millisecond literals; {@link
 * dev.tusk.calcite.datetime.DatetimeLowering} after conversion replaces what Calcite created itself (literals,
 * coercion casts, mixed-type and interval comparisons); {@link dev.tusk.calcite.datetime.DatetimeCheck} fails the
 * optimised plan with 0A000 if any call Calcite would implement still touches a datetime value outside its
 * allow-list (comparisons of equal types, IS [NOT] NULL, CASE, COALESCE, ROW, nullability-only casts, MIN, MAX,
 * COUNT and the other copying aggregates).
 *
 * <p><b>Tusk's operators</b> are {@link dev.tusk.calcite.datetime.DatetimeOperator}s: overloads resolved as
 * PostgreSQL resolves functions (string literals and parameters unknown), each a static method called from the
 * generated code, reading DateStyle, IntervalStyle and TimeZone from the running statement's session. Text goes
 * through tusk-types' codecs, so input, output and error messages are PostgreSQL's.
 */
package dev.tusk.calcite.datetime;
