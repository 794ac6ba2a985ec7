package dev.tusk.server.tls;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PEM certificate chains and private keys with the JDK alone: PKCS#8 ({@code BEGIN PRIVATE KEY}),
 * PKCS#1 ({@code BEGIN RSA PRIVATE KEY}) and SEC1 ({@code BEGIN EC PRIVATE KEY}), the last two wrapped into
 * PKCS#8 by hand. Encrypted keys are refused with a clear message.
 */
public final class PemFiles {

    private static final Pattern BLOCK =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----\\R?(.*?)-----END \\1-----", Pattern.DOTALL);

    /** rsaEncryption, with its NULL parameters, as DER. */
    private static final byte[] RSA_ALGORITHM = {
        0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00
    };

    /** id-ecPublicKey (1.2.840.10045.2.1) as a DER OID. */
    private static final byte[] EC_PUBLIC_KEY_OID = {0x06, 0x07, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02, 0x01
    };

    private PemFiles() {}

    /** The certificates of a PEM file, leaf first as in PostgreSQL's ssl_cert_file. */
    public static List<X509Certificate> readCertificates(Path file) {
        String text = read(file, "server certificate file");
        List<X509Certificate> certs = new ArrayList<>();
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            Matcher m = BLOCK.matcher(text);
            while (m.find()) {
                if (m.group(1).equals("CERTIFICATE") || m.group(1).equals("TRUSTED CERTIFICATE")) {
                    certs.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(decode(m.group(2)))));
                }
            }
        } catch (CertificateException | IllegalArgumentException e) {
            throw new TlsSetupException(
                    "could not load server certificate file \"" + file + "\": " + e.getMessage(), e);
        }
        if (certs.isEmpty()) {
            throw new TlsSetupException(
                    "could not load server certificate file \"" + file + "\": no PEM certificate found");
        }
        return certs;
    }

    /** The private key of a PEM file in PKCS#8, PKCS#1 (RSA) or SEC1 (EC) form. */
    public static PrivateKey readPrivateKey(Path file) {
        String text = read(file, "private key file");
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            String type = m.group(1);
            String body = m.group(2);
            try {
                switch (type) {
                    case "PRIVATE KEY":
                        return pkcs8(decode(body));
                    case "RSA PRIVATE KEY":
                        refuseEncrypted(body, file);
                        return KeyFactory.getInstance("RSA")
                                .generatePrivate(new PKCS8EncodedKeySpec(wrapPkcs1(decode(body))));
                    case "EC PRIVATE KEY":
                        refuseEncrypted(body, file);
                        return KeyFactory.getInstance("EC")
                                .generatePrivate(new PKCS8EncodedKeySpec(wrapSec1(decode(body))));
                    case "ENCRYPTED PRIVATE KEY":
                        throw new TlsSetupException("could not load private key file \"" + file
                                + "\": the key is encrypted; a passphrase-protected key is not supported");
                    default:
                        // EC PARAMETERS and the like: skip
                }
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new TlsSetupException(
                        "could not load private key file \"" + file + "\": " + type + ": " + e.getMessage(), e);
            }
        }
        throw new TlsSetupException("could not load private key file \"" + file
                + "\": no PEM private key found (PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY)");
    }

    private static void refuseEncrypted(String body, Path file) {
        if (body.contains("Proc-Type:") || body.contains("DEK-Info:")) {
            throw new TlsSetupException("could not load private key file \"" + file
                    + "\": the key is encrypted; a passphrase-protected key is not supported");
        }
    }

    private static PrivateKey pkcs8(byte[] der) throws GeneralSecurityException {
        GeneralSecurityException last = null;
        for (String algorithm : List.of("RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw new GeneralSecurityException("unsupported or malformed PKCS#8 key", last);
    }

    private static String read(Path file, String what) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new TlsSetupException("could not load " + what + " \"" + file + "\": No such file or directory", e);
        } catch (AccessDeniedException e) {
            throw new TlsSetupException("could not load " + what + " \"" + file + "\": Permission denied", e);
        } catch (IOException e) {
            throw new TlsSetupException("could not load " + what + " \"" + file + "\": " + e, e);
        }
    }

    private static byte[] decode(String body) {
        StringBuilder b64 = new StringBuilder(body.length());
        for (String line : body.split("\\R")) {
            if (!line.contains(":")) { // skip RFC 1421 headers
                b64.append(line.strip());
            }
        }
        return Base64.getDecoder().decode(b64.toString());
    }

    /** PrivateKeyInfo { 0, rsaEncryption, OCTET STRING { RSAPrivateKey } }. */
    static byte[] wrapPkcs1(byte[] pkcs1) {
        return sequence(new byte[] {0x02, 0x01, 0x00}, RSA_ALGORITHM, tlv(0x04, pkcs1));
    }

    /** PrivateKeyInfo { 0, { id-ecPublicKey, curve }, OCTET STRING { ECPrivateKey } }; the curve from [0]. */
    static byte[] wrapSec1(byte[] sec1) {
        byte[] curve = sec1Curve(sec1);
        return sequence(new byte[] {0x02, 0x01, 0x00}, sequence(EC_PUBLIC_KEY_OID, curve), tlv(0x04, sec1));
    }

    /** The curve OID TLV inside ECPrivateKey's [0] parameters. */
    private static byte[] sec1Curve(byte[] der) {
        int[] pos = {0};
        expect(der, pos, 0x30);
        int end = length(der, pos) + pos[0];
        expect(der, pos, 0x02); // version
        int versionLength = length(der, pos);
        pos[0] += versionLength;
        expect(der, pos, 0x04); // privateKey
        int keyLength = length(der, pos);
        pos[0] += keyLength;
        while (pos[0] < end) {
            int tag = der[pos[0]++] & 0xff;
            int len = length(der, pos);
            if (tag == 0xa0) {
                byte[] oid = java.util.Arrays.copyOfRange(der, pos[0], pos[0] + len);
                if (oid.length < 2 || oid[0] != 0x06) {
                    throw new IllegalArgumentException("EC parameters are not a named curve");
                }
                return oid;
            }
            pos[0] += len;
        }
        throw new IllegalArgumentException("the EC key does not name its curve");
    }

    private static void expect(byte[] der, int[] pos, int tag) {
        if (pos[0] >= der.length || (der[pos[0]] & 0xff) != tag) {
            throw new IllegalArgumentException("malformed DER");
        }
        pos[0]++;
    }

    private static int length(byte[] der, int[] pos) {
        if (pos[0] >= der.length) {
            throw new IllegalArgumentException("malformed DER");
        }
        int first = der[pos[0]++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int n = first & 0x7f;
        if (n == 0 || n > 3 || pos[0] + n > der.length) {
            throw new IllegalArgumentException("malformed DER length");
        }
        int len = 0;
        for (int i = 0; i < n; i++) {
            len = (len << 8) | (der[pos[0]++] & 0xff);
        }
        if (pos[0] + len > der.length) {
            throw new IllegalArgumentException("malformed DER length");
        }
        return len;
    }

    private static byte[] sequence(byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            content.writeBytes(p);
        }
        return tlv(0x30, content.toByteArray());
    }

    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 6);
        out.write(tag);
        int len = value.length;
        if (len < 0x80) {
            out.write(len);
        } else if (len < 0x100) {
            out.write(0x81);
            out.write(len);
        } else if (len < 0x10000) {
            out.write(0x82);
            out.write(len >> 8);
            out.write(len);
        } else {
            out.write(0x83);
            out.write(len >> 16);
            out.write(len >> 8);
            out.write(len);
        }
        out.writeBytes(value);
        return out.toByteArray();
    }
}
