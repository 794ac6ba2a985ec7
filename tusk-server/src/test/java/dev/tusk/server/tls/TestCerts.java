package dev.tusk.server.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fixed test certificates and keys made with OpenSSL 3.0 (self-signed, CN=localhost, valid for 100 years). */
public final class TestCerts {

    private TestCerts() {}

    public static final String RSA_SHA256_CERT =
            """
            -----BEGIN CERTIFICATE-----
            MIIDCzCCAfOgAwIBAgIUN7xre9LEtx1aXXgVcsuxBJZ+mYEwDQYJKoZIhvcNAQEL
            BQAwFDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTEyMjA2MTMyOVoYDzIxMjYx
            MDI5MDYxMzI5WjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwggEiMA0GCSqGSIb3DQEB
            AQUAA4IBDwAwggEKAoIBAQDnlRep0prlxyLngwPJoTC/gMyPK+KiiEmRC7mvuF+A
            DrdQ4wkr3lh7Q2DrlS9gqiON/PvkdeNWwfTUzxzjA4tAV32PP935fA2dmRKRQmlo
            iCJtadYl/B9b8wkNArM1o9ztnShsF5HWInbfojoNS3+Kc6V1KRvsnX+tfZgSfA8C
            ngL8lz1NBO7mW7mPCTXao7TrRPN3wo6obDYyO1Zq9qlbhCOdl682LnxpM5ikEt4T
            bQedvU0OTDsSfT3/cA2wkLFSbWkfqtJJqlrWPw9yuIKj+512jHuLvAu/mGf/hWHo
            uUW3HiPfsmgUcjS14rK3kpUXclGnEIhuT87x3roMY/nHAgMBAAGjUzBRMB0GA1Ud
            DgQWBBSok2Y0uChafma9OpIW+G+c4wvuljAfBgNVHSMEGDAWgBSok2Y0uChafma9
            OpIW+G+c4wvuljAPBgNVHRMBAf8EBTADAQH/MA0GCSqGSIb3DQEBCwUAA4IBAQDU
            uxNzx10ORFEE7RAzgoYkaDVeYwo9MEMppJd2rjTvdtzNwqVK27fYV0NntnbSSo6u
            r5kyQFvb8Uh96EWv+R7d0yBOkRfSdg4/5aF5ICZiRsl+rGCvpCLRkP6n3zuSIUJW
            ijsjF86ipWOP/gXReT/PLGYektODJrg2AL+yXaCahROwxc+9QtKyMZwhWoJX9Zjp
            6vIVUNJ1f7NRUMRnqNA7Hcxz/AFD0miK/L/Pi/dWB5KbM7vi1Xz5EzpEzZzOKBZD
            JgfbfBpHroeKziO4YejeU7j0V19RtKfgC0n6Sg7qu059bcy6231zJ2X8GVZXOnmq
            Ap6TxFCJZz6RFONhxaBG
            -----END CERTIFICATE-----
""";

    public static final String RSA_PKCS1_KEY =
            """
            -----BEGIN RSA PRIVATE KEY-----
            MIIEpQIBAAKCAQEA55UXqdKa5cci54MDyaEwv4DMjyvioohJkQu5r7hfgA63UOMJ
            K95Ye0Ng65UvYKojjfz75HXjVsH01M8c4wOLQFd9jz/d+XwNnZkSkUJpaIgibWnW
            JfwfW/MJDQKzNaPc7Z0obBeR1iJ236I6DUt/inOldSkb7J1/rX2YEnwPAp4C/Jc9
            TQTu5lu5jwk12qO060Tzd8KOqGw2MjtWavapW4QjnZevNi58aTOYpBLeE20Hnb1N
            Dkw7En09/3ANsJCxUm1pH6rSSapa1j8PcriCo/uddox7i7wLv5hn/4Vh6LlFtx4j
            37JoFHI0teKyt5KVF3JRpxCIbk/O8d66DGP5xwIDAQABAoIBADVE60uKAU1nkBTW
            4zEnHdJ/Kw6n1pryZJGzs8PC0lzfhbVadAqeO5Ym+o1WJK7ElCceEUcNAv064jlt
            ZsSlVQu41E32L/YqXetpgYbeUubToa+vT64vH3uEHQncHCLzjWcu5lRu24H5LYTl
            iRrzyeOsFFwt15mG5Q6gPDHMTZuZEyg4JZRfJ4EQJpBoFTSdJkIs+sPaet/DjRDn
            HBfW55ZbyIpV5hYYfgVwsH5Csdvh3Acfo63NfqG+ukLF77mgruoC6duppYr7Bq9m
            wKh4l+AmquZYh5/eLdin8fsEWegFmRl27qfx19FgHBY0XR2EFjMnDtcClLrNCzXQ
            oknSjrkCgYEA99PsVURtbrl/iP9vImXG49iWb0+ZK69KSnW2z/pxGASBt7TEXjQB
            OsSTYI3nhG02RfS8aQnwXbAd9orl02BaHbsWKkhrboVSS+wVqm+70KOovY/oWd92
            LY2a9wH82HUbU6Fk4vpgz6iJmOahwN36WqAiKOjlGa3DvcAnYLbxPxsCgYEA7zgH
            6zv7rZ1ewHR0OvG5MO3yNN80MQ9E/bZeBw9ri1/z2lb+4mxjSlbAnxTxhnioGCGu
            du+JSJpfNgpZhAEsU8u/2vYYS1HPMONPhIJP4hBhFmUqOFHh4lvNeVzuZRIDpbeC
            IPAtt4udY3nLOMSRWwhzqwrv4cwMMcApbj9f3sUCgYEA6tSxGIridwzmwFXqZNm0
            AKp2wbrXFQHgj3XDaIeTKoL6t6xedjUpBRrH27IbMuyZhOhGr/FvBhegDMHIzOZ7
            /bgNZLuCsRM7zB1E2l9NxIGPnzABp0eLn9aShIQppqIw5qoEAt/lZF/7IhtIIo00
            cTNTqxgkHpT86Yxuw8IWDwkCgYEAzyYW/WWY4FOpDEELsUtG0Y8LMSujd2RAmu9D
            5xs8RpnVgVnaJ9ox9NrAvEEXkRmEfjkUadutZth+4D4AHCYj64BBZ+u5R+fU4gHF
            BvsND7adTBZYhCKr1ycl/BU0PwNlcyhAoCM7g3h71vtNtp/JOypLd27mIQJgAOjl
            N5nbe/0CgYEAzLU/W7to6/WICo6OeHdlgqsfGSNdycQ+JF0VhPcS70w7/HO3g2+l
            1D+ZpWLj6stMyGtSv85fIld30zYzCNFLZUt37lfwHWe3KFohYkM2NKkTALQ6sxnj
            NNjQCwvt1zKw6G2GN+UtBm8zj648MykJ36UOvXcfk4NCbSbEL/uiPuw=
            -----END RSA PRIVATE KEY-----
""";

    public static final String RSA_PKCS8_KEY =
            """
            -----BEGIN PRIVATE KEY-----
            MIIEvwIBADANBgkqhkiG9w0BAQEFAASCBKkwggSlAgEAAoIBAQDnlRep0prlxyLn
            gwPJoTC/gMyPK+KiiEmRC7mvuF+ADrdQ4wkr3lh7Q2DrlS9gqiON/PvkdeNWwfTU
            zxzjA4tAV32PP935fA2dmRKRQmloiCJtadYl/B9b8wkNArM1o9ztnShsF5HWInbf
            ojoNS3+Kc6V1KRvsnX+tfZgSfA8CngL8lz1NBO7mW7mPCTXao7TrRPN3wo6obDYy
            O1Zq9qlbhCOdl682LnxpM5ikEt4TbQedvU0OTDsSfT3/cA2wkLFSbWkfqtJJqlrW
            Pw9yuIKj+512jHuLvAu/mGf/hWHouUW3HiPfsmgUcjS14rK3kpUXclGnEIhuT87x
            3roMY/nHAgMBAAECggEANUTrS4oBTWeQFNbjMScd0n8rDqfWmvJkkbOzw8LSXN+F
            tVp0Cp47lib6jVYkrsSUJx4RRw0C/TriOW1mxKVVC7jUTfYv9ipd62mBht5S5tOh
            r69Pri8fe4QdCdwcIvONZy7mVG7bgfkthOWJGvPJ46wUXC3XmYblDqA8McxNm5kT
            KDgllF8ngRAmkGgVNJ0mQiz6w9p638ONEOccF9bnllvIilXmFhh+BXCwfkKx2+Hc
            Bx+jrc1+ob66QsXvuaCu6gLp26mlivsGr2bAqHiX4Caq5liHn94t2Kfx+wRZ6AWZ
            GXbup/HX0WAcFjRdHYQWMycO1wKUus0LNdCiSdKOuQKBgQD30+xVRG1uuX+I/28i
            Zcbj2JZvT5krr0pKdbbP+nEYBIG3tMReNAE6xJNgjeeEbTZF9LxpCfBdsB32iuXT
            YFoduxYqSGtuhVJL7BWqb7vQo6i9j+hZ33YtjZr3AfzYdRtToWTi+mDPqImY5qHA
            3fpaoCIo6OUZrcO9wCdgtvE/GwKBgQDvOAfrO/utnV7AdHQ68bkw7fI03zQxD0T9
            tl4HD2uLX/PaVv7ibGNKVsCfFPGGeKgYIa5274lIml82ClmEASxTy7/a9hhLUc8w
            40+Egk/iEGEWZSo4UeHiW815XO5lEgOlt4Ig8C23i51jecs4xJFbCHOrCu/hzAwx
            wCluP1/exQKBgQDq1LEYiuJ3DObAVepk2bQAqnbButcVAeCPdcNoh5Mqgvq3rF52
            NSkFGsfbshsy7JmE6Eav8W8GF6AMwcjM5nv9uA1ku4KxEzvMHUTaX03EgY+fMAGn
            R4uf1pKEhCmmojDmqgQC3+VkX/siG0gijTRxM1OrGCQelPzpjG7DwhYPCQKBgQDP
            Jhb9ZZjgU6kMQQuxS0bRjwsxK6N3ZECa70PnGzxGmdWBWdon2jH02sC8QReRGYR+
            ORRp261m2H7gPgAcJiPrgEFn67lH59TiAcUG+w0Ptp1MFliEIqvXJyX8FTQ/A2Vz
            KECgIzuDeHvW+022n8k7Kkt3buYhAmAA6OU3mdt7/QKBgQDMtT9bu2jr9YgKjo54
            d2WCqx8ZI13JxD4kXRWE9xLvTDv8c7eDb6XUP5mlYuPqy0zIa1K/zl8iV3fTNjMI
            0UtlS3fuV/AdZ7coWiFiQzY0qRMAtDqzGeM02NALC+3XMrDobYY35S0GbzOPrjwz
            KQnfpQ69dx+Tg0JtJsQv+6I+7A==
            -----END PRIVATE KEY-----
""";

    public static final String RSA_SHA1_CERT =
            """
            -----BEGIN CERTIFICATE-----
            MIIDCzCCAfOgAwIBAgIUHR0zvY6akRG8ECb9n21kE3DvetUwDQYJKoZIhvcNAQEF
            BQAwFDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTEyMjA2MTMyOVoYDzIxMjYx
            MDI5MDYxMzI5WjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwggEiMA0GCSqGSIb3DQEB
            AQUAA4IBDwAwggEKAoIBAQDnlRep0prlxyLngwPJoTC/gMyPK+KiiEmRC7mvuF+A
            DrdQ4wkr3lh7Q2DrlS9gqiON/PvkdeNWwfTUzxzjA4tAV32PP935fA2dmRKRQmlo
            iCJtadYl/B9b8wkNArM1o9ztnShsF5HWInbfojoNS3+Kc6V1KRvsnX+tfZgSfA8C
            ngL8lz1NBO7mW7mPCTXao7TrRPN3wo6obDYyO1Zq9qlbhCOdl682LnxpM5ikEt4T
            bQedvU0OTDsSfT3/cA2wkLFSbWkfqtJJqlrWPw9yuIKj+512jHuLvAu/mGf/hWHo
            uUW3HiPfsmgUcjS14rK3kpUXclGnEIhuT87x3roMY/nHAgMBAAGjUzBRMB0GA1Ud
            DgQWBBSok2Y0uChafma9OpIW+G+c4wvuljAfBgNVHSMEGDAWgBSok2Y0uChafma9
            OpIW+G+c4wvuljAPBgNVHRMBAf8EBTADAQH/MA0GCSqGSIb3DQEBBQUAA4IBAQAh
            64Nozs6fyEOJc7OOENlPw8jfA26pIVY2r1Z7U12wQ8ChtggpryFCm5iaD6lFiKFH
            qf5bTv8RX3/upNZsvHBXJUl6Ph3im8UilDUUooNlAbvyn+Ix3HOJIeaRNZgDuZqr
            vBquE6QxqV/hxWa0y0g3GHN9ydGqE9cXpuFF221sB4OtB09dVBcDDTzQSTmpFUkN
            wjje9abM/k6VYobSVnR6quTXLqmOkKybx+dCXcOYBxxHriNLE6QVqeO9QA4iX3OO
            rjZnn0yfiJ4wxEB1nSxaF75pQebv3qB5tQ5ol1VskXh2aYCEXmzeUSx6TO7XLoHM
            KTYzXDLuh6LjdojLoY+c
            -----END CERTIFICATE-----
""";

    public static final String EC_SHA384_CERT =
            """
            -----BEGIN CERTIFICATE-----
            MIIBvTCCAUKgAwIBAgIUdzi/EfK2kthcqzjcTBfjPabUBkswCgYIKoZIzj0EAwMw
            FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTEyMjA2MTMyOVoYDzIxMjYxMDI5
            MDYxMzI5WjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwdjAQBgcqhkjOPQIBBgUrgQQA
            IgNiAAT4/w0j3ZdX5Za/xMsUNdGOkkQGLTcpNr5dIGLKMWQHBF5O4xFSa3GhBkyW
            a91xcKLGQaQSiyCxIgSE3qsdrL6ZSiglaC+pwLUaiAOs2t60grIFQMbt7cnlI1gO
            7W7GAOmjUzBRMB0GA1UdDgQWBBRAJUdq31HvXZG6qUOiNwbtUiSqhjAfBgNVHSME
            GDAWgBRAJUdq31HvXZG6qUOiNwbtUiSqhjAPBgNVHRMBAf8EBTADAQH/MAoGCCqG
            SM49BAMDA2kAMGYCMQC3uWCEmV1RzkTGFcSNv7xDsd6tFFjpNM8u+4ZGnfB8Teh1
            IAvqgbNlbXuDQpgw2e4CMQDCnmMdMbwatzzwxD5/6q3R+BOVikWLl53v950jxKUn
            LKUGb6R306YGFC5dOSzJJ7o=
            -----END CERTIFICATE-----
""";

    public static final String EC_SEC1_KEY =
            """
            -----BEGIN EC PRIVATE KEY-----
            MIGkAgEBBDC17QICYPB48Ggu+1YX8O7Ls18svyYYEqccgOtrPZgXeqrKTF4T1q4a
            QOfuSXeApzmgBwYFK4EEACKhZANiAAT4/w0j3ZdX5Za/xMsUNdGOkkQGLTcpNr5d
            IGLKMWQHBF5O4xFSa3GhBkyWa91xcKLGQaQSiyCxIgSE3qsdrL6ZSiglaC+pwLUa
            iAOs2t60grIFQMbt7cnlI1gO7W7GAOk=
            -----END EC PRIVATE KEY-----
""";

    public static final String EC_PKCS8_KEY =
            """
            -----BEGIN PRIVATE KEY-----
            MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDC17QICYPB48Ggu+1YX
            8O7Ls18svyYYEqccgOtrPZgXeqrKTF4T1q4aQOfuSXeApzmhZANiAAT4/w0j3ZdX
            5Za/xMsUNdGOkkQGLTcpNr5dIGLKMWQHBF5O4xFSa3GhBkyWa91xcKLGQaQSiyCx
            IgSE3qsdrL6ZSiglaC+pwLUaiAOs2t60grIFQMbt7cnlI1gO7W7GAOk=
            -----END PRIVATE KEY-----
""";

    /** tls-server-end-point of RSA_SHA256_CERT: openssl x509 -outform DER | openssl dgst -sha256. */
    public static final String RSA_SHA256_END_POINT =
            "ab58186701ce2d82007b9664f2adeca7fd5a6d44d57df3c378b77b9e6efeacf1";

    /** tls-server-end-point of EC_SHA384_CERT: openssl x509 -outform DER | openssl dgst -sha384. */
    public static final String EC_SHA384_END_POINT =
            "10b1f7753e21c9e0bb0537b3c6c989d996517ed00c6d9414ea3baa848348273e90ae3ec1a60dea1d8a99022ff59e807f";

    /** tls-server-end-point of RSA_SHA1_CERT: SHA-256, not SHA-1 (RFC 5929). */
    public static final String RSA_SHA1_END_POINT = "7c3cd90d51bcaaec8ca2dc053d62626cb63e228f16bfed6c0572d76a93075908";

    /** Writes {@code pem} to {@code dir/name}. */
    public static Path write(Path dir, String name, String pem) throws IOException {
        return Files.writeString(dir.resolve(name), pem, StandardCharsets.US_ASCII);
    }

    /** Parses a PEM certificate. */
    public static java.security.cert.X509Certificate certificate(String pem) throws Exception {
        return (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }
}
