-- The schema every catalog and tool test creates, the same in PostgreSQL 15 and in Tusk, before it compares
-- what the clients see. It exercises what tools read from pg_catalog and information_schema: several schemas,
-- primary, unique and foreign keys, CHECK, NOT NULL, defaults, serial and identity columns, sequences, indexes,
-- views, comments and a range of column types. Statements are separated by ";" at the end of a line.
CREATE SCHEMA shop;
COMMENT ON SCHEMA shop IS 'the demo shop';
CREATE TABLE shop.customers (
    id serial PRIMARY KEY,
    email varchar(200) NOT NULL UNIQUE,
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    score numeric(10, 2) DEFAULT 0,
    active boolean NOT NULL DEFAULT true,
    CONSTRAINT customers_score_check CHECK (score >= 0)
);
COMMENT ON TABLE shop.customers IS 'people who buy';
COMMENT ON COLUMN shop.customers.email IS 'where receipts go';
CREATE TABLE shop.products (
    sku char(8) PRIMARY KEY,
    title varchar(100) NOT NULL,
    price numeric(12, 2) NOT NULL CHECK (price > 0),
    weight_kg real,
    tags text[],
    attributes jsonb,
    added date DEFAULT CURRENT_DATE
);
CREATE TABLE shop.orders (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES shop.customers (id) ON DELETE CASCADE,
    placed_at timestamp NOT NULL,
    status varchar(20) NOT NULL DEFAULT 'new',
    note text
);
CREATE INDEX orders_customer_idx ON shop.orders (customer_id);
CREATE INDEX orders_status_placed_idx ON shop.orders (status, placed_at);
CREATE TABLE shop.order_items (
    order_id bigint NOT NULL,
    line smallint NOT NULL,
    sku char(8) NOT NULL,
    quantity integer NOT NULL DEFAULT 1,
    unit_price numeric(12, 2) NOT NULL,
    PRIMARY KEY (order_id, line),
    CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES shop.orders (order_id),
    CONSTRAINT order_items_sku_fk FOREIGN KEY (sku) REFERENCES shop.products (sku) ON UPDATE CASCADE
);
CREATE UNIQUE INDEX order_items_sku_order_key ON shop.order_items (sku, order_id);
CREATE VIEW shop.big_orders AS
    SELECT o.order_id, o.customer_id, sum(i.quantity * i.unit_price) AS total
    FROM shop.orders o JOIN shop.order_items i ON i.order_id = o.order_id
    GROUP BY o.order_id, o.customer_id;
COMMENT ON VIEW shop.big_orders IS 'orders with their totals';
CREATE SEQUENCE shop.invoice_no START WITH 1000 INCREMENT BY 10;
CREATE TABLE public.measurements (
    id bigserial PRIMARY KEY,
    sensor uuid NOT NULL,
    taken timestamptz NOT NULL,
    value double precision,
    flags smallint DEFAULT 0,
    payload bytea,
    during interval,
    at_time time
);
CREATE TABLE public.notes (
    id integer PRIMARY KEY,
    body text
);
INSERT INTO shop.customers (email, name, score) VALUES ('ann@example.com', 'Ann', 12.50), ('bob@example.com', 'Bob', 0);
INSERT INTO shop.products VALUES ('SKU00001', 'Teapot', 24.90, 1.2, '{kitchen,tea}', '{"color": "blue"}', '2024-01-15');
INSERT INTO shop.orders (customer_id, placed_at) VALUES (1, '2024-02-01 10:00:00');
INSERT INTO shop.order_items VALUES (1, 1, 'SKU00001', 2, 24.90);
INSERT INTO public.notes VALUES (1, 'hello');
