package dev.tusk.calcite.engine;

import dev.tusk.server.api.Parameters;
import dev.tusk.types.ByteArraySink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgType;

/** Parameters whose values Tusk computed itself (EXECUTE's arguments), already decoded into their types' Java values. */
final class ValueParameters implements Parameters {
    private final PgType[] types;
    private final Object[] values;
    private final FormatSettings settings;

    ValueParameters(PgType[] types, Object[] values, FormatSettings settings) {
        this.types = types.clone();
        this.values = values.clone();
        this.settings = settings;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isNull(int index) {
        return values[index] == null;
    }

    @Override
    public int typeOid(int index) {
        return types[index].oid();
    }

    @Override
    public int format(int index) {
        return 0;
    }

    @Override
    public byte[] raw(int index) {
        if (values[index] == null) {
            return null;
        }
        ByteArraySink out = new ByteArraySink(32);
        types[index].codec().encodeTextObject(values[index], settings, out);
        return out.toByteArray();
    }

    @Override
    public Object value(int index) {
        return values[index];
    }
}
