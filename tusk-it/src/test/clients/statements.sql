-- The only SQL the client programs in this directory send, shared by all of them.
--
-- Format: a line "-- name: KEY" starts a statement; the statement is every following line up to the next
-- "-- name:" line, with blank lines and lines starting with "--" dropped and the rest joined by one space.
-- Parameters are written $1, $2, ... (Python programs turn them into %s). Keep it to what the small example
-- backend supports and keep it valid PostgreSQL: literals, one table, parameters, transactions, one deliberate
-- error and COPY in text and CSV.

-- name: select_one
SELECT 1

-- name: select_literals
SELECT 1 AS a, 'x' AS b

-- name: create_items
CREATE TABLE items (id int8, name text, qty int4, price float8)

-- name: insert_item
INSERT INTO items (id, name, qty, price) VALUES ($1, $2, $3, $4)

-- name: select_item
SELECT id, name, qty, price FROM items WHERE id = $1

-- name: select_all
SELECT id, name, qty, price FROM items ORDER BY id

-- name: delete_item
DELETE FROM items WHERE id = $1

-- name: delete_all
DELETE FROM items

-- name: begin
BEGIN

-- name: commit
COMMIT

-- name: rollback
ROLLBACK

-- name: select_missing
SELECT id FROM missing_table

-- name: copy_in_text
COPY items FROM STDIN

-- name: copy_in_csv
COPY items FROM STDIN (FORMAT csv)

-- name: copy_out_text
COPY items TO STDOUT

-- name: copy_out_csv
COPY items TO STDOUT (FORMAT csv)
