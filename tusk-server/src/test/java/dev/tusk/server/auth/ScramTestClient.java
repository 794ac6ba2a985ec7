package dev.tusk.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The client side of SCRAM-SHA-256 written independently of the server code, with the JDK's PBKDF2 and
 * HMAC (for ASCII passwords, where SASLprep changes nothing).
 */
final class ScramTestClient {

    final String password;
    final String clientNonce;
    final String gs2Header;
    final byte[] cbindData;
    String clientFirstBare;
    String serverFirst;
    byte[] saltedPassword;
    String authMessage;

    ScramTestClient(String password, String clientNonce, String gs2Header, byte[] cbindData) {
        this.password = password;
        this.clientNonce = clientNonce;
        this.gs2Header = gs2Header;
        this.cbindData = cbindData;
    }

    static ScramTestClient plain(String password) {
        return new ScramTestClient(password, "fyko+d2lbbFgONRv9qkxdawL", "n,,", new byte[0]);
    }

    byte[] clientFirst() {
        clientFirstBare = "n=,r=" + clientNonce;
        return (gs2Header + clientFirstBare).getBytes(StandardCharsets.UTF_8);
    }

    byte[] clientFinal(byte[] serverFirstBytes) throws Exception {
        serverFirst = new String(serverFirstBytes, StandardCharsets.UTF_8);
        String[] parts = serverFirst.split(",");
        String nonce = parts[0].substring(2);
        byte[] salt = Base64.getDecoder().decode(parts[1].substring(2));
        int iterations = Integer.parseInt(parts[2].substring(2));
        SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        saltedPassword = f.generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
                .getEncoded();
        byte[] cbind = new byte[gs2Header.length() + cbindData.length];
        System.arraycopy(gs2Header.getBytes(StandardCharsets.US_ASCII), 0, cbind, 0, gs2Header.length());
        System.arraycopy(cbindData, 0, cbind, gs2Header.length(), cbindData.length);
        String withoutProof = "c=" + Base64.getEncoder().encodeToString(cbind) + ",r=" + nonce;
        authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof;
        byte[] clientKey = hmac(saltedPassword, "Client Key");
        byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
        byte[] signature = hmac(storedKey, authMessage);
        byte[] proof = new byte[clientKey.length];
        for (int i = 0; i < proof.length; i++) {
            proof[i] = (byte) (clientKey[i] ^ signature[i]);
        }
        return (withoutProof + ",p=" + Base64.getEncoder().encodeToString(proof)).getBytes(StandardCharsets.UTF_8);
    }

    String expectedServerFinal() throws Exception {
        return "v=" + Base64.getEncoder().encodeToString(hmac(hmac(saltedPassword, "Server Key"), authMessage));
    }

    static byte[] hmac(byte[] key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }
}
