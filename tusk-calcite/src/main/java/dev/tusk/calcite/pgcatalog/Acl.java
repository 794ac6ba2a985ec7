package dev.tusk.calcite.pgcatalog;

/** Spelling of access-control entries ({@code aclitem}) as PostgreSQL's aclitemout prints them. */
final class Acl {
    private Acl() {}

    /** A role name inside an aclitem: quoted as an identifier when it needs quotes. */
    static String role(String name) {
        boolean plain = !name.isEmpty();
        for (int i = 0; i < name.length() && plain; i++) {
            char c = name.charAt(i);
            plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
        }
        return plain ? name : '"' + name.replace("\"", "\"\"") + '"';
    }
}
