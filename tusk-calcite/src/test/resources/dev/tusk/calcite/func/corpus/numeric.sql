# numeric: display scales of division (select_div_scale), sqrt, exp, ln, log, power, rounding half away from zero.
SELECT 7.0 / 2, 1 / 3.0, 1.0 / 3, 10.0 / 3, 100000 / 3.0, 0.0001 / 3, 1.23 / 0.5, 2 / 2.0
SELECT 1.0 / 7, 22.0 / 7, 1e-10 / 3, 123456789.123 / 0.001, -1.0 / 3, 10 / 4.00000
SELECT 1.0 / 0
SELECT 1 + 1.5, 1.50 + 1, 1.5 * 2, 1.25 * 1.25, 10 - 0.001, 1.5 - 1.5, 0.1 + 0.2
SELECT 10 % 3.5, -10 % 3.5, 10.5 % 3, 7 % 2.5
SELECT 1.5 % 0
SELECT -(1.50), -(-0.0), 1.000 * 0
SELECT round(1.23456789, 4), round(-1.5), round(0.5), round(1.4999999), round(123.456, -1), round(123.456, -5)
SELECT sqrt(2.0), sqrt(1e10), sqrt(123.456), sqrt(0.0), sqrt(1.00)
SELECT exp(1.0), exp(10.0), exp(-10.0), exp(0.5)
SELECT ln(2.0), ln(100.0), ln(1.0), ln(0.001), ln(1.05), ln(123456789.0)
SELECT log(2.0), log(100.0), log(2, 8.0), log(3.0, 81), log(10.0, 0.001), log10(2.0)
SELECT power(2.0, 0.5), power(1.1, 10), power(2.0, -3), power(9.0, 0.5), power(2.5, 2), power(1.0001, 10000)
SELECT power(0.0, 0.0), power(0.0, 2.5), power(1.5, 0)
SELECT 1.5 ^ 2, 4.0 ^ 0.5, 10.0 ^ -2
SELECT 123456789012345678901234567890 + 1, 99999999999999999999 * 99999999999999999999
