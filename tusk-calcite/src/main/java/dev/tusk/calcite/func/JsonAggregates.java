package dev.tusk.calcite.func;

import dev.tusk.types.PgType;
import dev.tusk.types.TypeRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** PostgreSQL's json aggregates: json_agg, jsonb_agg, json_object_agg and jsonb_object_agg (NULL for no rows). */
public final class JsonAggregates {
    private JsonAggregates() {}

    private static PgType type(int oid) {
        return TypeRegistry.builtins().byOid(oid).orElseThrow();
    }

    /** {@code json_agg(anyelement) → json}: {@code [a, b]}, NULLs as null. */
    @PgAggregate(value = "json_agg", args = "anyelement", returns = "json")
    public static Accumulator jsonAgg(int[] types) {
        PgType t = type(types[0]);
        return new Accumulator() {
            private StringBuilder sb;

            @Override
            public void add(Object[] args) {
                sb = sb == null ? new StringBuilder("[") : sb.append(", ");
                sb.append(JsonFunctions.JsonWriter.json(new AnyValue(args[0], t)));
            }

            @Override
            public Object result() {
                return sb == null ? null : sb.toString() + "]";
            }
        };
    }

    /** {@code jsonb_agg(anyelement) → jsonb}. */
    @PgAggregate(value = "jsonb_agg", args = "anyelement", returns = "jsonb")
    public static Accumulator jsonbAgg(int[] types) {
        PgType t = type(types[0]);
        return new Accumulator() {
            private List<Json.Value> values;

            @Override
            public void add(Object[] args) {
                if (values == null) {
                    values = new ArrayList<>();
                }
                values.add(Json.parse(JsonFunctions.JsonWriter.jsonb(new AnyValue(args[0], t)), "jsonb"));
            }

            @Override
            public Object result() {
                return values == null ? null : Json.jsonb(new Json.Arr(values, ""));
            }
        };
    }

    /** {@code json_object_agg("any", "any") → json}: {@code { "k" : v, ... }}; 22004 for a NULL key. */
    @PgAggregate(
            value = "json_object_agg",
            args = {"any", "any"},
            returns = "json")
    public static Accumulator jsonObjectAgg(int[] types) {
        PgType k = type(types[0]);
        PgType v = type(types[1]);
        return new Accumulator() {
            private StringBuilder sb;

            @Override
            public void add(Object[] args) {
                sb = sb == null ? new StringBuilder("{ ") : sb.append(", ");
                sb.append(Json.quote(key(args[0], k))).append(" : ");
                sb.append(JsonFunctions.JsonWriter.json(new AnyValue(args[1], v)));
            }

            @Override
            public Object result() {
                return sb == null ? null : sb.toString() + " }";
            }
        };
    }

    /** {@code jsonb_object_agg("any", "any") → jsonb}. */
    @PgAggregate(
            value = "jsonb_object_agg",
            args = {"any", "any"},
            returns = "jsonb")
    public static Accumulator jsonbObjectAgg(int[] types) {
        PgType k = type(types[0]);
        PgType v = type(types[1]);
        return new Accumulator() {
            private List<Map.Entry<String, Json.Value>> members;

            @Override
            public void add(Object[] args) {
                if (members == null) {
                    members = new ArrayList<>();
                }
                members.add(Map.entry(
                        key(args[0], k),
                        Json.parse(JsonFunctions.JsonWriter.jsonb(new AnyValue(args[1], v)), "jsonb")));
            }

            @Override
            public Object result() {
                return members == null ? null : Json.jsonb(new Json.Obj(members, ""));
            }
        };
    }

    private static String key(Object key, PgType type) {
        if (key == null) {
            throw new dev.tusk.server.api.PgException(
                    dev.tusk.protocol.SqlState.NULL_VALUE_NOT_ALLOWED, "field name must not be null");
        }
        return new AnyValue(key, type).text();
    }
}
