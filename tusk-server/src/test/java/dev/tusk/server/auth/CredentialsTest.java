package dev.tusk.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CredentialsTest {

    /**
     * {@code SELECT rolpassword FROM pg_authid} of PostgreSQL 15.x for {@code CREATE ROLE alice PASSWORD
     * 'secret'} under password_encryption = scram-sha-256.
     */
    static final String PG15_SECRET_VERIFIER = "SCRAM-SHA-256$4096:XXiYYXe5sxtIupOK39W75Q==$"
            + "TQx/LE4oC4kuwGMZmB0/z8YQnT79dMEvpwVCEn9hJKI=:eoAiLVde38CF9tULNxrHcUW8tNXmQ265//fCoZSFtto=";

    @Test
    void pgVerifierRoundTrips() {
        Credentials.ScramVerifier v = Credentials.ScramVerifier.parse(PG15_SECRET_VERIFIER);
        assertEquals(4096, v.iterations());
        assertEquals(16, v.salt().length);
        assertEquals(PG15_SECRET_VERIFIER, v.toString());
        assertEquals(v, Credentials.parse(PG15_SECRET_VERIFIER));
    }

    @Test
    void verifierFromPasswordMatchesPostgres() {
        Credentials.ScramVerifier pg = Credentials.ScramVerifier.parse(PG15_SECRET_VERIFIER);
        Credentials.ScramVerifier ours = Credentials.ScramVerifier.fromPassword("secret", 4096, pg.salt());
        assertEquals(PG15_SECRET_VERIFIER, ours.toString());
        assertTrue(pg.matches("secret"));
        assertFalse(pg.matches("Secret"));
    }

    /** Verifiers PostgreSQL 15 made (server_encoding UTF8) for passwords that exercise its SASLprep. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // fullwidth ABC: NFKC maps it to ABC
                "\uFF21\uFF22\uFF23|SCRAM-SHA-256$4096:m+qbOXwi+Nn4zohymfV6NQ==$q6dEtO8lEuGCPjuX7ty+kwtD4ZbzOwQmfJqLbDefazA=:ywWv0fTyA65V8UycUVrcCoEIrBez/Lk4RoVPBvbwanU=",
                // soft hyphen: mapped to nothing
                "I\u00ADX|SCRAM-SHA-256$4096:IvAvfN9kCucwKatI8vLjyA==$LGHBEW64ssJ3YLO/I7TWr0lZxJyH8Cw3Eqh6EFrW/Ks=:8YWRd/FnwFYlekGxMMqyM9Nw+yDQx8BxVtSSLzVDX9I=",
                // no-break space: mapped to a space
                "a\u00A0b|SCRAM-SHA-256$4096:bgTYz9yNNORCsGfm9GGNjw==$pZ9qPPpVtD80T2qVerKLYwWp/dgItOo0Ud82AgUZksQ=:a1i0s1NelukHR/61EgwbGOXzXhth0eV0dg3g7SHOaKw=",
                // ASCII with a control character: ASCII is used as is
                "a\u0007b|SCRAM-SHA-256$4096:fmcQ3wLfX/vUl2ValfpKfQ==$LIHHrpgmYpyCaUJqAj86I1LfwxBlViKtEgabGEYEviA=:r2G2RwNJMCp81QMug2a91z1YlMwvvFsBEpv7/P/9KxY=",
                // roman numeral nine: NFKC gives IX
                "\u2168|SCRAM-SHA-256$4096:7borKpiVOofe0Br43vGCsQ==$ENvcq+FcIp/e3GEw7E/PF//mahujiWIgUIUbSsmksUE=:4EhkggFfUvicn0gGYIOzZT2xwIfqh4VQt2dwdFuaD2k=",
                // only a soft hyphen: empty after mapping, refused, raw bytes used
                "\u00AD|SCRAM-SHA-256$4096:85MBLxywLTv+mVIzUXPvag==$T5QWmQXKeRsG3wt1SmmAHqdZQc7tR91VhiTgaoGn+q4=:Xa/p2ePDda/w6D7epYROj+Z0WaUlD9UtafNBxan76po=",
                // Hebrew alef then a Latin letter: fails the bidi rule, raw bytes used
                "\u05D0a|SCRAM-SHA-256$4096:D9xg6LMxEvqnheLIhshglg==$27RtgKQ4zjKVqAbIpetU9e1vYcg6UlTEsg0aZKfCLHo=:JJJSNdZTxyKqvWNKMpcF55l5KBAAWBpG/dgsS/p///8="
            })
    void saslPrepMatchesPostgres(String password, String pgVerifier) {
        Credentials.ScramVerifier pg = Credentials.ScramVerifier.parse(pgVerifier);
        assertEquals(
                pgVerifier,
                Credentials.ScramVerifier.fromPassword(password, 4096, pg.salt())
                        .toString());
        assertTrue(pg.matches(password));
    }

    @Test
    void freshVerifierHasSixteenByteSaltAndMatches() {
        Credentials.ScramVerifier v = Credentials.ScramVerifier.fromPassword("pw", 4096, new SecureRandom());
        assertEquals(16, v.salt().length);
        assertEquals(v, Credentials.ScramVerifier.parse(v.toString()));
        assertTrue(v.matches("pw"));
    }

    @Test
    void md5AsPostgresStoresIt() {
        // PostgreSQL 15: SET password_encryption = 'md5'; CREATE ROLE bob PASSWORD 'secret'
        assertEquals(
                "md521f3163f8f86fa10bdefbfbd502a8f06",
                Credentials.Md5Password.fromPassword("secret", "bob").hash());
        // what libpq answers to AuthenticationMD5Password with salt 01 02 03 04 (checked with Python's hashlib)
        assertEquals(
                "md5f21dfe33ff3a9e03dbc3e008251fe5cc",
                new Credentials.Md5Password("md521f3163f8f86fa10bdefbfbd502a8f06").response(new byte[] {1, 2, 3, 4}));
    }

    @Test
    void parseRecognisesTheThreeForms() {
        assertInstanceOf(Credentials.ScramVerifier.class, Credentials.parse(PG15_SECRET_VERIFIER));
        assertInstanceOf(Credentials.Md5Password.class, Credentials.parse("md521f3163f8f86fa10bdefbfbd502a8f06"));
        // upper-case hex is not an md5 secret for PostgreSQL
        assertInstanceOf(Credentials.PlainPassword.class, Credentials.parse("md521F3163F8F86FA10BDEFBFBD502A8F06"));
        assertInstanceOf(Credentials.PlainPassword.class, Credentials.parse("md5abc"));
        assertInstanceOf(Credentials.PlainPassword.class, Credentials.parse("SCRAM-SHA-256$4096:abc$def"));
        assertInstanceOf(Credentials.PlainPassword.class, Credentials.parse(PG15_SECRET_VERIFIER.replace("4096", "x")));
        assertEquals(new Credentials.PlainPassword("hunter2"), Credentials.parse("hunter2"));
        assertThrows(IllegalArgumentException.class, () -> Credentials.ScramVerifier.parse("hunter2"));
    }

    @Test
    void secretsAreNotShown() {
        assertFalse(new Credentials.PlainPassword("hunter2").toString().contains("hunter2"));
        assertFalse(Credentials.Md5Password.fromPassword("x", "y")
                .toString()
                .contains("md5"
                        + Credentials.Md5Password.fromPassword("x", "y").hash().substring(3)));
    }

    @Test
    void stores() {
        CredentialStore plain = CredentialStore.ofPasswords(Map.of("alice", "secret"));
        assertEquals(new Credentials.PlainPassword("secret"), plain.lookup("alice"));
        assertNull(plain.lookup("Alice"));
        CredentialStore secrets = CredentialStore.ofSecrets(
                Map.of("alice", PG15_SECRET_VERIFIER, "bob", "md521f3163f8f86fa10bdefbfbd502a8f06", "carol", "pw"));
        assertInstanceOf(Credentials.ScramVerifier.class, secrets.lookup("alice"));
        assertInstanceOf(Credentials.Md5Password.class, secrets.lookup("bob"));
        assertInstanceOf(Credentials.PlainPassword.class, secrets.lookup("carol"));
        assertNull(secrets.lookup("dave"));
    }

    @Test
    void hbaNames() {
        assertEquals(AuthMethod.SCRAM_SHA_256, AuthMethod.fromHbaName("scram-sha-256"));
        assertEquals(AuthMethod.MD5, AuthMethod.fromHbaName("MD5"));
        assertEquals(AuthMethod.PASSWORD, AuthMethod.fromHbaName("password"));
        assertEquals(AuthMethod.TRUST, AuthMethod.fromHbaName("trust"));
        assertEquals("scram-sha-256", AuthMethod.SCRAM_SHA_256.hbaName());
        assertThrows(IllegalArgumentException.class, () -> AuthMethod.fromHbaName("ident"));
    }
}
