package dev.tusk.cli.cert;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes a development TLS setup: a self-signed CA ({@code ca.crt}) and a server certificate ({@code
 * server.crt}) with its key ({@code server.key}, PKCS#8, mode 0600 where the file system has POSIX
 * permissions), EC P-256, valid for a year, for localhost, 127.0.0.1 and ::1 plus any extra names. The CA's
 * own key is not kept: the CA signs this one certificate and can sign nothing else.
 */
public final class DevCertificates {

    /** File names written into the directory. */
    public static final String CA_CERT = "ca.crt";

    /** The server certificate file name. */
    public static final String SERVER_CERT = "server.crt";

    /** The server key file name. */
    public static final String SERVER_KEY = "server.key";

    /** The names every server certificate covers. */
    public static final List<String> DEFAULT_NAMES = List.of("localhost", "127.0.0.1", "::1");

    private static final Duration VALIDITY = Duration.ofDays(365);
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** The files written and the certificates in them. */
    public record Result(
            Path caCertificateFile,
            Path serverCertificateFile,
            Path serverKeyFile,
            X509Certificate caCertificate,
            X509Certificate serverCertificate) {}

    private DevCertificates() {}

    /**
     * Writes ca.crt, server.crt and server.key into {@code dir} (created if missing; existing files are
     * replaced). The server certificate covers {@link #DEFAULT_NAMES} and {@code hostNames} (DNS names or IP
     * addresses).
     */
    public static Result generate(Path dir, List<String> hostNames) throws IOException {
        return generate(dir, hostNames, Instant.now(), new SecureRandom());
    }

    static Result generate(Path dir, List<String> hostNames, Instant now, SecureRandom random) throws IOException {
        Set<String> names = new LinkedHashSet<>(DEFAULT_NAMES);
        for (String h : hostNames) {
            String n = h.strip();
            if (n.isEmpty()) {
                throw new IllegalArgumentException("empty host name");
            }
            names.add(n);
        }
        try {
            KeyPair caKeys = ecKeyPair(random);
            KeyPair serverKeys = ecKeyPair(random);
            Date notBefore = Date.from(now.minus(Duration.ofHours(1)));
            Date notAfter = Date.from(now.plus(VALIDITY));
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();

            X500Name caName = new X500Name("CN=Tusk development CA,O=Tusk");
            X509v3CertificateBuilder ca = new JcaX509v3CertificateBuilder(
                    caName, serial(random), notBefore, notAfter, caName, caKeys.getPublic());
            ca.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            ca.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            ca.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(caKeys.getPublic()));
            X509Certificate caCert = sign(ca, caKeys.getPrivate());

            X500Name serverName = new X500Name("CN=" + safeCn(names.iterator().next()) + ",O=Tusk");
            X509v3CertificateBuilder server = new JcaX509v3CertificateBuilder(
                    caCert, serial(random), notBefore, notAfter, serverName, serverKeys.getPublic());
            server.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            server.addExtension(
                    Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement));
            server.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            server.addExtension(Extension.subjectAlternativeName, false, subjectAltNames(names));
            server.addExtension(
                    Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(serverKeys.getPublic()));
            server.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(caCert));
            X509Certificate serverCert = sign(server, caKeys.getPrivate());

            Files.createDirectories(dir);
            Path caFile = dir.resolve(CA_CERT);
            Path certFile = dir.resolve(SERVER_CERT);
            Path keyFile = dir.resolve(SERVER_KEY);
            writePublic(caFile, pem("CERTIFICATE", caCert.getEncoded()));
            writePublic(certFile, pem("CERTIFICATE", serverCert.getEncoded()));
            writePrivate(keyFile, pem("PRIVATE KEY", serverKeys.getPrivate().getEncoded()));
            return new Result(caFile, certFile, keyFile, caCert, serverCert);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make development certificates: " + e.getMessage(), e);
        }
    }

    private static KeyPair ecKeyPair(SecureRandom random) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"), random);
        return g.generateKeyPair();
    }

    private static BigInteger serial(SecureRandom random) {
        return new BigInteger(127, random).add(BigInteger.ONE);
    }

    private static String safeCn(String name) {
        return name.replaceAll("[,+=\"\\\\<>;#]", "_");
    }

    private static GeneralNames subjectAltNames(Set<String> names) {
        List<GeneralName> list = new ArrayList<>();
        for (String n : names) {
            boolean ip = n.indexOf(':') >= 0 || IPV4.matcher(n).matches();
            list.add(new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, n));
        }
        return new GeneralNames(list.toArray(new GeneralName[0]));
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, PrivateKey key)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
    }

    static String pem(String type, byte[] der) {
        String b64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + b64 + "\n-----END " + type + "-----\n";
    }

    private static void writePublic(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }

    /** Writes a key readable by its owner only, set before any byte is written. */
    private static void writePrivate(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                && Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
        }
    }
}
