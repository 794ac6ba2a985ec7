package dev.tusk.server.auth;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.PSSParameterSpec;
import java.util.Map;

/** SCRAM channel binding data: RFC 5929's tls-server-end-point, the hash of the server's certificate. */
public final class ChannelBinding {

    /** The only channel binding type PostgreSQL (and Tusk) supports. */
    public static final String TLS_SERVER_END_POINT = "tls-server-end-point";

    /** Signature algorithm OID to its hash; MD5 and SHA-1 are replaced by SHA-256 as RFC 5929 says. */
    private static final Map<String, String> HASH_BY_SIGNATURE_OID = Map.ofEntries(
            Map.entry("1.2.840.113549.1.1.4", "SHA-256"), // md5WithRSAEncryption
            Map.entry("1.2.840.113549.1.1.5", "SHA-256"), // sha1WithRSAEncryption
            Map.entry("1.2.840.113549.1.1.14", "SHA-224"),
            Map.entry("1.2.840.113549.1.1.11", "SHA-256"),
            Map.entry("1.2.840.113549.1.1.12", "SHA-384"),
            Map.entry("1.2.840.113549.1.1.13", "SHA-512"),
            Map.entry("1.2.840.10045.4.1", "SHA-256"), // ecdsa-with-SHA1
            Map.entry("1.2.840.10045.4.3.1", "SHA-224"),
            Map.entry("1.2.840.10045.4.3.2", "SHA-256"),
            Map.entry("1.2.840.10045.4.3.3", "SHA-384"),
            Map.entry("1.2.840.10045.4.3.4", "SHA-512"),
            Map.entry("1.2.840.10040.4.3", "SHA-256"), // dsa-with-sha1
            Map.entry("2.16.840.1.101.3.4.3.1", "SHA-224"),
            Map.entry("2.16.840.1.101.3.4.3.2", "SHA-256"));

    private static final String RSASSA_PSS = "1.2.840.113549.1.1.10";

    private ChannelBinding() {}

    /**
     * The tls-server-end-point channel binding data for {@code certificate}: its DER encoding hashed with its
     * signature's hash algorithm, or SHA-256 when that is MD5 or SHA-1 (RFC 5929 section 4.1).
     *
     * @throws IllegalArgumentException when the signature algorithm has no single hash (Ed25519, Ed448)
     */
    public static byte[] tlsServerEndPoint(X509Certificate certificate) {
        String hash = hashAlgorithm(certificate);
        try {
            return MessageDigest.getInstance(hash).digest(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("cannot encode the server certificate", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(hash + " is missing from this JVM", e);
        }
    }

    /** The hash algorithm tls-server-end-point uses for {@code certificate}, e.g. {@code SHA-384}. */
    static String hashAlgorithm(X509Certificate certificate) {
        String oid = certificate.getSigAlgOID();
        String hash = HASH_BY_SIGNATURE_OID.get(oid);
        if (hash != null) {
            return hash;
        }
        if (RSASSA_PSS.equals(oid) && certificate.getSigAlgParams() != null) {
            try {
                AlgorithmParameters p = AlgorithmParameters.getInstance("RSASSA-PSS");
                p.init(certificate.getSigAlgParams());
                String digest = p.getParameterSpec(PSSParameterSpec.class).getDigestAlgorithm();
                return digest.equals("SHA-1") || digest.equals("SHA1") ? "SHA-256" : digest;
            } catch (GeneralSecurityException | java.io.IOException e) {
                throw new IllegalArgumentException("cannot read the RSASSA-PSS parameters of the certificate", e);
            }
        }
        throw new IllegalArgumentException("no tls-server-end-point hash for the certificate's signature algorithm "
                + certificate.getSigAlgName() + " (" + oid + ")");
    }
}
