-- Grafana's PostgreSQL data source (core plugin grafana-postgresql-datasource), as it is configured and as its
-- query builder lists schemas, tables and columns over the schema of catalog/schema.sql.
-- Source: github.com/grafana/grafana, public/app/plugins/datasource/grafana-postgresql-datasource/:
-- postgresMetaQuery.ts at commit 12f912ab8d010f4d95a4043a0efaa20fc4ca0100 (the SQL), datasource.ts at
-- 04282cd93150390a7d83089cc520d96546d576a8 and configuration/useAutoDetectFeatures.ts at
-- 3af0110a1a2192523521267b47ee6fede2c8ec57 (when it is sent). The frontend sends the text to Grafana's backend,
-- which runs it unchanged; the table names below are the arguments the query builder passes. The backend's health
-- check was not examined.

-- useAutoDetectFeatures -> datasource.getVersion(): the version picked in the data source settings.
SELECT current_setting('server_version_num')::int/100 as version;

-- useAutoDetectFeatures -> datasource.getTimescaleDBVersion(): is TimescaleDB installed?
SELECT extversion FROM pg_extension WHERE extname = 'timescaledb';

-- postgresMetaQuery.showSchemas(): the schema picker of the query builder.
SELECT schema_name AS "name"
    FROM information_schema.schemata
    WHERE schema_name NOT IN ('information_schema',
                              'pg_catalog',
                              'pg_toast',
                              '_timescaledb_cache',
                              '_timescaledb_catalog',
                              '_timescaledb_internal',
                              '_timescaledb_config',
                              'timescaledb_information',
                              'timescaledb_experimental')
    ORDER BY schema_name;

-- datasource.fetchTables() -> showTables(): the table picker and SQL completion (tables on the search path
-- unqualified, the others qualified).
SELECT
    CASE WHEN 
          quote_ident(table_schema) IN (
          SELECT
            CASE WHEN trim(s[i]) = '"$user"' THEN user ELSE trim(s[i]) END
          FROM
            generate_series(
              array_lower(string_to_array(current_setting('search_path'),','),1),
              array_upper(string_to_array(current_setting('search_path'),','),1)
            ) as i,
            string_to_array(current_setting('search_path'),',') s
          )
      THEN quote_ident(table_name)
      ELSE quote_ident(table_schema) || '.' || quote_ident(table_name)
    END AS "table"
    FROM information_schema.tables
    WHERE quote_ident(table_schema) NOT IN ('information_schema',
                             'pg_catalog',
                             '_timescaledb_cache',
                             '_timescaledb_catalog',
                             '_timescaledb_internal',
                             '_timescaledb_config',
                             'timescaledb_information',
                             'timescaledb_experimental')
    ORDER BY CASE WHEN 
          quote_ident(table_schema) IN (
          SELECT
            CASE WHEN trim(s[i]) = '"$user"' THEN user ELSE trim(s[i]) END
          FROM
            generate_series(
              array_lower(string_to_array(current_setting('search_path'),','),1),
              array_upper(string_to_array(current_setting('search_path'),','),1)
            ) as i,
            string_to_array(current_setting('search_path'),',') s
          ) THEN 0 ELSE 1 END, 1;

-- postgresMetaQuery.showTables('shop'): the tables of one schema.
SELECT quote_ident(table_name) AS "table"
      FROM information_schema.tables
      WHERE quote_ident(table_schema) = 'shop'
      ORDER BY 1;

-- datasource.fetchFields() -> getSchema('measurements'): the column picker for a table on the search path.
SELECT quote_ident(column_name) AS "column", data_type AS "type"
    FROM information_schema.columns
    WHERE
      CASE WHEN array_length(parse_ident('measurements'),1) = 2
        THEN quote_ident(table_schema) = (parse_ident('measurements'))[1]
          AND quote_ident(table_name) = (parse_ident('measurements'))[2]
        ELSE quote_ident(table_name) = 'measurements'
          AND 
          quote_ident(table_schema) IN (
          SELECT
            CASE WHEN trim(s[i]) = '"$user"' THEN user ELSE trim(s[i]) END
          FROM
            generate_series(
              array_lower(string_to_array(current_setting('search_path'),','),1),
              array_upper(string_to_array(current_setting('search_path'),','),1)
            ) as i,
            string_to_array(current_setting('search_path'),',') s
          )
      END;

-- datasource.fetchFields() -> getSchema('shop.orders'): the column picker for a qualified table.
SELECT quote_ident(column_name) AS "column", data_type AS "type"
    FROM information_schema.columns
    WHERE
      CASE WHEN array_length(parse_ident('shop.orders'),1) = 2
        THEN quote_ident(table_schema) = (parse_ident('shop.orders'))[1]
          AND quote_ident(table_name) = (parse_ident('shop.orders'))[2]
        ELSE quote_ident(table_name) = 'shop.orders'
          AND 
          quote_ident(table_schema) IN (
          SELECT
            CASE WHEN trim(s[i]) = '"$user"' THEN user ELSE trim(s[i]) END
          FROM
            generate_series(
              array_lower(string_to_array(current_setting('search_path'),','),1),
              array_upper(string_to_array(current_setting('search_path'),','),1)
            ) as i,
            string_to_array(current_setting('search_path'),',') s
          )
      END;
