package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgInet;
import dev.tusk.types.PgTypeException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** {@code inet} and {@code cidr}: PgInet values, text as {@code inet_out}/{@code cidr_out}, binary as inet_send. */
public final class InetCodec extends BaseCodec<PgInet> {
    /** {@code inet}: host addresses with an optional netmask. */
    public static final InetCodec INET = new InetCodec("inet", false);

    /** {@code cidr}: network addresses, no bits set right of the mask. */
    public static final InetCodec CIDR = new InetCodec("cidr", true);

    private static final int PGSQL_AF_INET = 2;
    private static final int PGSQL_AF_INET6 = 3;

    private final boolean cidr;

    private InetCodec(String name, boolean cidr) {
        super(name, PgInet.class);
        this.cidr = cidr;
    }

    @Override
    public PgInet coerce(Object value) {
        if (value instanceof PgInet p) {
            if (p.cidr() == cidr) {
                return p;
            }
            PgInet c = new PgInet(p.address(), p.bits(), cidr);
            if (cidr && !addressOk(c.address().getAddress(), c.bits())) {
                throw new PgTypeException(
                        PgTypeException.INVALID_TEXT_REPRESENTATION,
                        "invalid cidr value: \"" + p.address().getHostAddress() + "/" + p.bits() + "\"",
                        "Value has bits set to right of mask.");
            }
            return c;
        }
        if (value instanceof InetAddress a) {
            return new PgInet(a, a.getAddress().length * 8, cidr);
        }
        throw PgTypeException.cannotEncode(value, sqlName);
    }

    @Override
    public void encodeText(PgInet value, FormatSettings s, ByteSink out) {
        byte[] a = value.address().getAddress();
        StringBuilder sb = new StringBuilder(48);
        if (a.length == 4) {
            appendV4(sb, a, 0);
        } else {
            appendV6(sb, a);
        }
        if (cidr || value.bits() != a.length * 8) {
            sb.append('/').append(value.bits());
        }
        out.writeAscii(sb);
    }

    private static void appendV4(StringBuilder sb, byte[] a, int off) {
        for (int i = 0; i < 4; i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(a[off + i] & 0xFF);
        }
    }

    /** BIND's inet_ntop6 as PostgreSQL copies it: the longest (first) run of 2+ zero words becomes ::. */
    private static void appendV6(StringBuilder sb, byte[] a) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = ((a[2 * i] & 0xFF) << 8) | (a[2 * i + 1] & 0xFF);
        }
        int bestBase = -1;
        int bestLen = 0;
        int curBase = -1;
        int curLen = 0;
        for (int i = 0; i < 8; i++) {
            if (w[i] == 0) {
                if (curBase == -1) {
                    curBase = i;
                    curLen = 1;
                } else {
                    curLen++;
                }
            } else if (curBase != -1) {
                if (bestBase == -1 || curLen > bestLen) {
                    bestBase = curBase;
                    bestLen = curLen;
                }
                curBase = -1;
            }
        }
        if (curBase != -1 && (bestBase == -1 || curLen > bestLen)) {
            bestBase = curBase;
            bestLen = curLen;
        }
        if (bestBase != -1 && bestLen < 2) {
            bestBase = -1;
        }
        for (int i = 0; i < 8; i++) {
            if (bestBase != -1 && i >= bestBase && i < bestBase + bestLen) {
                if (i == bestBase) {
                    sb.append(':');
                }
                continue;
            }
            if (i != 0) {
                sb.append(':');
            }
            if (i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && w[5] == 0xFFFF))) {
                appendV4(sb, a, 12);
                break;
            }
            sb.append(Integer.toHexString(w[i]));
        }
        if (bestBase != -1 && bestBase + bestLen == 8) {
            sb.append(':');
        }
    }

    @Override
    public void encodeBinary(PgInet value, FormatSettings s, ByteSink out) {
        byte[] a = value.address().getAddress();
        out.writeByte(a.length == 4 ? PGSQL_AF_INET : PGSQL_AF_INET6);
        out.writeByte(value.bits());
        out.writeByte(cidr ? 1 : 0);
        out.writeByte(a.length);
        out.writeBytes(a);
    }

    @Override
    public PgInet decodeText(byte[] buf, int off, int len, FormatSettings s) {
        String str = utf8(buf, off, len);
        byte[] addr;
        int bits;
        try {
            if (str.indexOf(':') >= 0) {
                addr = new byte[16];
                bits = parseV6(str, addr);
            } else {
                addr = new byte[4];
                bits = cidr ? parseV4Classful(str, addr) : parseV4(str, addr);
            }
        } catch (RuntimeException e) {
            throw PgTypeException.invalidInput(sqlName, str);
        }
        if (bits < 0) {
            throw PgTypeException.invalidInput(sqlName, str);
        }
        if (cidr && !addressOk(addr, bits)) {
            throw new PgTypeException(
                    PgTypeException.INVALID_TEXT_REPRESENTATION,
                    "invalid cidr value: \"" + str + "\"",
                    "Value has bits set to right of mask.");
        }
        return new PgInet(address(addr), bits, cidr);
    }

    private static InetAddress address(byte[] addr) {
        try {
            // Inet6Address keeps ::ffff:a.b.c.d as IPv6; InetAddress.getByAddress would make it IPv4
            return addr.length == 4 ? InetAddress.getByAddress(addr) : Inet6Address.getByAddress(null, addr, -1);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isDigit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /** inet_cidr_pton_ipv4: dotted decimal, fewer than four octets only with an explicit /bits. */
    private static int parseV4(String s, byte[] dst) {
        int n = s.length();
        int i = 0;
        int count = 0;
        while (isDigit(s, i)) {
            int tmp = 0;
            do {
                tmp = tmp * 10 + (s.charAt(i++) - '0');
                if (tmp > 255) {
                    return -1;
                }
            } while (isDigit(s, i));
            if (count == 4) {
                return -1;
            }
            dst[count++] = (byte) tmp;
            if (i == n || s.charAt(i) == '/') {
                break;
            }
            if (s.charAt(i) != '.') {
                return -1;
            }
            i++;
        }
        int bits = -1;
        if (i < n && s.charAt(i) == '/' && isDigit(s, i + 1) && count > 0) {
            i++;
            bits = 0;
            do {
                bits = bits * 10 + (s.charAt(i++) - '0');
                if (bits > 32) {
                    return -1;
                }
            } while (isDigit(s, i));
        }
        if (i != n || count == 0) {
            return -1;
        }
        if (bits == -1) {
            if (count != 4) {
                return -1;
            }
            bits = 32;
        }
        if (bits / 8 > count) {
            return -1;
        }
        return bits;
    }

    /** inet_net_pton_ipv4: dotted decimal with the netmask inferred from the class when absent. */
    private static int parseV4Classful(String s, byte[] dst) {
        int n = s.length();
        int i = 0;
        int count = 0;
        if (!isDigit(s, 0)) {
            return -1;
        }
        while (true) {
            int tmp = 0;
            do {
                tmp = tmp * 10 + (s.charAt(i++) - '0');
                if (tmp > 255) {
                    return -1;
                }
            } while (isDigit(s, i));
            if (count == 4) {
                return -1;
            }
            dst[count++] = (byte) tmp;
            if (i == n || s.charAt(i) == '/') {
                break;
            }
            if (s.charAt(i) != '.' || !isDigit(s, i + 1)) {
                return -1;
            }
            i++;
        }
        int bits = -1;
        if (i < n && s.charAt(i) == '/' && isDigit(s, i + 1)) {
            i++;
            bits = 0;
            do {
                bits = bits * 10 + (s.charAt(i++) - '0');
                if (bits > 32) {
                    return -1;
                }
            } while (isDigit(s, i));
        }
        if (i != n) {
            return -1;
        }
        if (bits == -1) {
            int first = dst[0] & 0xFF;
            if (first >= 240) {
                bits = 32;
            } else if (first >= 224) {
                bits = 8;
            } else if (first >= 192) {
                bits = 24;
            } else if (first >= 128) {
                bits = 16;
            } else {
                bits = 8;
            }
            if (bits < count * 8) {
                bits = count * 8;
            }
            if (bits == 8 && first == 224) {
                bits = 4;
            }
        }
        return bits;
    }

    /**
     * inet_cidr_pton_ipv6: hex groups, one {@code ::}, an embedded dotted IPv4 tail (which may carry the
     * {@code /bits}), and {@code /bits} without leading zeros up to 128; returns the bits or -1.
     */
    private static int parseV6(String s, byte[] dst) {
        byte[] tmp = new byte[16];
        int tp = 0;
        int colonp = -1;
        int n = s.length();
        int src = 0;
        if (src < n && s.charAt(src) == ':') {
            src++;
            if (src >= n || s.charAt(src) != ':') {
                return -1;
            }
        }
        int curtok = src;
        boolean sawXdigit = false;
        int val = 0;
        int digits = 0;
        int[] bits = {-1};
        while (src < n) {
            char ch = s.charAt(src++);
            int d = ch < 128 ? Character.digit(ch, 16) : -1;
            if (d >= 0) {
                val = (val << 4) | d;
                if (++digits > 4) {
                    return -1;
                }
                sawXdigit = true;
                continue;
            }
            if (ch == ':') {
                curtok = src;
                if (!sawXdigit) {
                    if (colonp != -1) {
                        return -1;
                    }
                    colonp = tp;
                    continue;
                } else if (src >= n) {
                    return -1;
                }
                if (tp + 2 > 16) {
                    return -1;
                }
                tmp[tp++] = (byte) (val >> 8);
                tmp[tp++] = (byte) val;
                sawXdigit = false;
                digits = 0;
                val = 0;
                continue;
            }
            if (ch == '.' && tp + 4 <= 16) {
                byte[] v4 = new byte[4];
                if (getV4(s.substring(curtok), v4, bits)) {
                    System.arraycopy(v4, 0, tmp, tp, 4);
                    tp += 4;
                    sawXdigit = false;
                    break;
                }
            }
            if (ch == '/' && getBits(s.substring(src), bits)) {
                break;
            }
            return -1;
        }
        if (sawXdigit) {
            if (tp + 2 > 16) {
                return -1;
            }
            tmp[tp++] = (byte) (val >> 8);
            tmp[tp++] = (byte) val;
        }
        if (bits[0] == -1) {
            bits[0] = 128;
        }
        if (colonp != -1) {
            int moved = tp - colonp;
            if (tp == 16) {
                return -1;
            }
            for (int k = 1; k <= moved; k++) {
                tmp[16 - k] = tmp[colonp + moved - k];
                tmp[colonp + moved - k] = 0;
            }
            tp = 16;
        }
        if (tp != 16) {
            return -1;
        }
        System.arraycopy(tmp, 0, dst, 0, 16);
        return bits[0];
    }

    /** getbits: 1-3 digits without leading zeros, at most 128, and nothing else. */
    private static boolean getBits(String s, int[] bits) {
        int val = 0;
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            if (n++ != 0 && val == 0) {
                return false;
            }
            val = val * 10 + (c - '0');
            if (val > 128) {
                return false;
            }
        }
        if (n == 0) {
            return false;
        }
        bits[0] = val;
        return true;
    }

    /**
     * {@code getv4} of PostgreSQL's {@code inet_cidr_pton_ipv6}: up to four dotted decimal octets without
     * leading zeros (an empty octet reads as 0, the last must have digits), optionally ending in
     * {@code /bits}; missing octets stay zero.
     */
    private static boolean getV4(String s, byte[] dst, int[] bits) {
        int count = 0;
        int val = 0;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits++ != 0 && val == 0) {
                    return false;
                }
                val = val * 10 + (c - '0');
                if (val > 255) {
                    return false;
                }
            } else if (c == '.' || c == '/') {
                if (count > 3) {
                    return false;
                }
                dst[count++] = (byte) val;
                if (c == '/') {
                    return getBits(s.substring(i + 1), bits);
                }
                val = 0;
                digits = 0;
            } else {
                return false;
            }
        }
        if (digits == 0 || count > 3) {
            return false;
        }
        dst[count] = (byte) val;
        return true;
    }

    /** True if no bit right of the first {@code bits} is set. */
    static boolean addressOk(byte[] a, int bits) {
        for (int i = 0; i < a.length * 8; i++) {
            if (i >= bits && (a[i / 8] & (0x80 >>> (i % 8))) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public PgInet decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        if (len < 4) {
            throw PgTypeException.insufficientData();
        }
        int family = buf[off];
        if (family != PGSQL_AF_INET && family != PGSQL_AF_INET6) {
            throw new PgTypeException(
                    PgTypeException.INVALID_BINARY_REPRESENTATION,
                    "invalid address family in external \"" + sqlName + "\" value");
        }
        int size = family == PGSQL_AF_INET ? 4 : 16;
        int bits = buf[off + 1] & 0xFF;
        if (bits > size * 8) {
            throw new PgTypeException(
                    PgTypeException.INVALID_BINARY_REPRESENTATION,
                    "invalid bits in external \"" + sqlName + "\" value");
        }
        int nb = buf[off + 3];
        if (nb != size) {
            throw new PgTypeException(
                    PgTypeException.INVALID_BINARY_REPRESENTATION,
                    "invalid length in external \"" + sqlName + "\" value");
        }
        checkLength(len, 4 + size);
        byte[] addr = new byte[size];
        System.arraycopy(buf, off + 4, addr, 0, size);
        if (cidr && !addressOk(addr, bits)) {
            throw new PgTypeException(
                    PgTypeException.INVALID_BINARY_REPRESENTATION,
                    "invalid external \"cidr\" value",
                    "Value has bits set to right of mask.");
        }
        return new PgInet(address(addr), bits, cidr);
    }
}
