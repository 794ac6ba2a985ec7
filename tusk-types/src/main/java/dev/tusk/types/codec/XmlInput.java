package dev.tusk.types.codec;

import dev.tusk.types.PgTypeException;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * {@code xml} text input (with {@code xmloption = content}): PostgreSQL 15's {@code parse_xml_decl} for the
 * optional XML declaration, with its exact errors, then a well-formedness check of the content; the value
 * keeps the text as {@code xml_out} prints it (a declaration saying nothing beyond version 1.0 is dropped,
 * and so is one newline right after it, or at the very start when there is no declaration). The content check uses the JDK's XML parser, so its DETAIL lines are not
 * libxml's; what is accepted and the SQLSTATE and message are PostgreSQL's.
 */
final class XmlInput {
    private static final String INVALID_XML_CONTENT = "2200N";

    private XmlInput() {}

    /** The declaration's parts and where it ends; {@code error} is a libxml error detail or null. */
    private record Decl(int len, String version, int standalone, String error) {}

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static int skipBlank(String s, int p) {
        while (p < s.length() && isBlank(s.charAt(p))) {
            p++;
        }
        return p;
    }

    private static boolean at(String s, int p, String word) {
        return s.startsWith(word, p);
    }

    /** parse_xml_decl. */
    private static Decl parseDecl(String s) {
        int p = 0;
        String version = null;
        int standalone = -1;
        if (!at(s, 0, "<?xml") || (s.length() > 5 && isNameChar(s.codePointAt(5)))) {
            return new Decl(0, null, -1, null);
        }
        p = 5;
        if (p >= s.length() || !isBlank(s.charAt(p))) {
            return error("Space required.");
        }
        p = skipBlank(s, p);
        if (!at(s, p, "version")) {
            return error("Malformed declaration: missing version.");
        }
        p = skipBlank(s, p + 7);
        if (p >= s.length() || s.charAt(p) != '=') {
            return error("Malformed declaration: missing version.");
        }
        p = skipBlank(s, p + 1);
        if (p < s.length() && (s.charAt(p) == '\'' || s.charAt(p) == '"')) {
            int q = s.indexOf(s.charAt(p), p + 1);
            if (q < 0) {
                return error("Malformed declaration: missing version.");
            }
            version = s.substring(p + 1, q);
            p = q + 1;
        } else {
            return error("Malformed declaration: missing version.");
        }
        int save = p;
        p = skipBlank(s, p);
        if (at(s, p, "encoding")) {
            if (save >= s.length() || !isBlank(s.charAt(save))) {
                return error("Space required.");
            }
            p = skipBlank(s, p + 8);
            if (p >= s.length() || s.charAt(p) != '=') {
                return error("Missing encoding in text declaration.");
            }
            p = skipBlank(s, p + 1);
            if (p < s.length() && (s.charAt(p) == '\'' || s.charAt(p) == '"')) {
                int q = s.indexOf(s.charAt(p), p + 1);
                if (q < 0) {
                    return error("Missing encoding in text declaration.");
                }
                p = q + 1;
            } else {
                return error("Missing encoding in text declaration.");
            }
        } else {
            p = save;
        }
        save = p;
        p = skipBlank(s, p);
        if (at(s, p, "standalone")) {
            if (save >= s.length() || !isBlank(s.charAt(save))) {
                return error("Space required.");
            }
            p = skipBlank(s, p + 10);
            if (p >= s.length() || s.charAt(p) != '=') {
                return error("standalone accepts only 'yes' or 'no'.");
            }
            p = skipBlank(s, p + 1);
            if (at(s, p, "'yes'") || at(s, p, "\"yes\"")) {
                standalone = 1;
                p += 5;
            } else if (at(s, p, "'no'") || at(s, p, "\"no\"")) {
                standalone = 0;
                p += 4;
            } else {
                return error("standalone accepts only 'yes' or 'no'.");
            }
        } else {
            p = save;
        }
        p = skipBlank(s, p);
        if (!at(s, p, "?>")) {
            return error("Parsing XML declaration: '?>' expected.");
        }
        p += 2;
        for (int i = 0; i < p; i++) {
            if (s.charAt(i) > 127) {
                return error("Invalid character value.");
            }
        }
        return new Decl(p, version, standalone, null);
    }

    private static Decl error(String detail) {
        return new Decl(0, null, -1, detail);
    }

    /** libxml's name characters (letters, digits, '.', '-', '_', ':', combining marks and extenders). */
    private static boolean isNameChar(int c) {
        return Character.isLetterOrDigit(c)
                || c == '.'
                || c == '-'
                || c == '_'
                || c == ':'
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK
                || c == 0xB7;
    }

    /** xml_in then xml_out: validates and returns the text PostgreSQL prints for it. */
    static String parse(String s) {
        Decl d = parseDecl(s);
        if (d.error() != null) {
            throw new PgTypeException(INVALID_XML_CONTENT, "invalid XML content: invalid XML declaration", d.error());
        }
        checkContent(s.substring(d.len()));
        boolean keep = (d.version() != null && !d.version().equals("1.0")) || d.standalone() != -1;
        if (!keep) {
            int from = d.len();
            if (from < s.length() && s.charAt(from) == '\n') {
                from++;
            }
            return s.substring(from);
        }
        StringBuilder sb = new StringBuilder("<?xml version=\"").append(d.version() == null ? "1.0" : d.version());
        sb.append('"');
        if (d.standalone() == 1) {
            sb.append(" standalone=\"yes\"");
        } else if (d.standalone() == 0) {
            sb.append(" standalone=\"no\"");
        }
        return sb.append("?>").append(s, d.len(), s.length()).toString();
    }

    private static void checkContent(String content) {
        String doc = startsWithDoctype(content) ? content : "<x>" + content + "</x>";
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(false);
            f.setValidating(false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = f.newSAXParser();
            parser.parse(new InputSource(new StringReader(doc)), new DefaultHandler());
        } catch (SAXException e) {
            throw new PgTypeException(INVALID_XML_CONTENT, "invalid XML content", e.getMessage());
        } catch (ParserConfigurationException | IOException e) {
            throw new PgTypeException(PgTypeException.INTERNAL_ERROR, "could not set up the XML parser");
        }
    }

    /** A DOCTYPE after leading whitespace, comments and processing instructions makes the content a document. */
    private static boolean startsWithDoctype(String s) {
        int p = 0;
        while (true) {
            p = skipBlank(s, p);
            if (at(s, p, "<!--")) {
                int e = s.indexOf("-->", p + 4);
                if (e < 0) {
                    return false;
                }
                p = e + 3;
            } else if (at(s, p, "<?")) {
                int e = s.indexOf("?>", p + 2);
                if (e < 0) {
                    return false;
                }
                p = e + 2;
            } else {
                return at(s, p, "<!DOCTYPE");
            }
        }
    }
}
