-- The demo dataset of `tusk serve --demo`: a small shop (customers, products, orders, order_items) with
-- text, char, boolean, uuid, numeric, date, timestamptz, jsonb and arrays. Every value is computed from the row
-- number, so the data is the same on every start. Valid PostgreSQL: running this file in psql on PostgreSQL gives
-- the same tables and rows.

CREATE TABLE customers (
    id serial PRIMARY KEY,
    public_id uuid NOT NULL UNIQUE,
    name text NOT NULL,
    email text NOT NULL UNIQUE,
    country char(2) NOT NULL,
    signed_up timestamptz NOT NULL,
    vip boolean NOT NULL DEFAULT false
);

CREATE TABLE products (
    id serial PRIMARY KEY,
    sku text NOT NULL UNIQUE,
    name text NOT NULL,
    category text NOT NULL,
    price numeric(10,2) NOT NULL CHECK (price > 0),
    tags text[] NOT NULL,
    attributes jsonb NOT NULL,
    released date NOT NULL
);

CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id int NOT NULL,
    ordered_at timestamptz NOT NULL,
    status text NOT NULL CHECK (status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled')),
    shipping jsonb,
    total numeric(12,2) NOT NULL DEFAULT 0
);

CREATE TABLE order_items (
    order_id bigint NOT NULL,
    line int NOT NULL,
    product_id int NOT NULL,
    quantity int NOT NULL CHECK (quantity > 0),
    unit_price numeric(10,2) NOT NULL,
    PRIMARY KEY (order_id, line)
);

-- 500 customers
INSERT INTO customers (public_id, name, email, country, signed_up, vip)
SELECT (substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-a' || substr(h, 18, 3) || '-'
            || substr(h, 21, 12))::uuid,
       first || ' ' || last,
       lower(first) || '.' || lower(last) || g || '@example.com',
       (ARRAY['US', 'DE', 'FR', 'GB', 'JP', 'BR', 'IN', 'NZ', 'TR', 'CA'])[1 + (g * 7) % 10],
       timestamptz '2022-01-01 00:00:00+00' + g * interval '1 day 3 hours 17 minutes',
       g % 11 = 0
FROM (SELECT g, md5('customer-' || g) AS h,
             (ARRAY['Ada', 'Alan', 'Grace', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Margaret', 'Niklaus',
                    'Radia', 'Tim', 'Sophie', 'Linus', 'Hedy', 'John', 'Adele', 'Guido', 'Jean', 'Leslie'])[1 + g % 20]
                 AS first,
             (ARRAY['Lovelace', 'Turing', 'Hopper', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Thompson', 'Hamilton',
                    'Wirth', 'Perlman', 'Berners-Lee', 'Wilson', 'Torvalds', 'Lamarr', 'Backus', 'Goldberg',
                    'van Rossum', 'Sammet', 'Lamport'])[1 + (g * 7 + g / 20) % 20] AS last
      FROM generate_series(1, 500) AS g) AS s;

-- 100 products
INSERT INTO products (sku, name, category, price, tags, attributes, released)
SELECT 'SKU-' || lpad(g::text, 5, '0'),
       (ARRAY['Classic', 'Deluxe', 'Mini', 'Pro', 'Eco'])[1 + g % 5] || ' '
           || (ARRAY['Teapot', 'Mug', 'Kettle', 'Notebook', 'Pen', 'Backpack', 'Lamp', 'Chair', 'Desk', 'Clock'])[1 + (g / 5) % 10],
       (ARRAY['kitchen', 'kitchen', 'kitchen', 'office', 'office', 'travel', 'home', 'home', 'office', 'home'])[1 + (g / 5) % 10],
       round(4.99 + ((g * 7919) % 20000) / 100.0, 2),
       ARRAY[(ARRAY['new', 'sale', 'gift', 'bestseller'])[1 + g % 4], (ARRAY['red', 'blue', 'green', 'black', 'white'])[1 + g % 5]],
       jsonb_build_object('color', (ARRAY['red', 'blue', 'green', 'black', 'white'])[1 + g % 5],
                          'weight_g', 50 + (g * 37) % 2000,
                          'in_stock', g % 9 <> 0),
       date '2020-01-01' + (g * 13) % 1400
FROM generate_series(1, 100) AS g;

-- 2,000 orders
INSERT INTO orders (customer_id, ordered_at, status, shipping)
SELECT 1 + (g * 7907) % 500,
       timestamptz '2023-01-01 08:00:00+00' + g * interval '4 hours 21 minutes 7 seconds',
       (ARRAY['pending', 'paid', 'shipped', 'delivered', 'delivered', 'delivered', 'cancelled'])[1 + (g * 3) % 7],
       CASE WHEN g % 13 = 0 THEN NULL
            ELSE jsonb_build_object('method', (ARRAY['standard', 'express', 'pickup'])[1 + g % 3],
                                    'cost', (ARRAY[4.95, 12.50, 0.00])[1 + g % 3])
       END
FROM generate_series(1, 2000) AS g;

-- 1 to 4 lines per order: 5,000 order items
INSERT INTO order_items (order_id, line, product_id, quantity, unit_price)
SELECT s.o, s.l, s.p, 1 + (s.o * 3 + s.l) % 4, products.price
FROM (SELECT o, l, 1 + (o * 31 + l * 17) % 100 AS p
      FROM generate_series(1, 2000) AS o, generate_series(1, 4) AS l
      WHERE l <= 1 + (o * 5) % 4) AS s
JOIN products ON products.id = s.p;

UPDATE orders SET total = t.total
FROM (SELECT order_id, sum(quantity * unit_price) AS total FROM order_items GROUP BY order_id) AS t
WHERE orders.id = t.order_id;
