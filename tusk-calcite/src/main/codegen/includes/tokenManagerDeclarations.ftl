<#--
  Tusk: token manager helpers (included into TOKEN_MGR_DECLS of Calcite's parser template).
-->
    /**
     * Reads the body of a dollar-quoted string after its opening tag: everything up to and including
     * the same tag again. PostgreSQL tags are not regular, so a lexical action reads on by hand.
     */
    void readDollarQuotedBody(Token t) {
        final String tag = t.image;
        final StringBuilder sb = new StringBuilder(tag);
        try {
            while (true) {
                final char c = input_stream.readChar();
                sb.append(c);
                if (c == '$' && sb.length() >= 2 * tag.length()
                        && sb.lastIndexOf(tag) == sb.length() - tag.length()) {
                    break;
                }
            }
        } catch (java.io.IOException e) {
            throw new TokenMgrError("unterminated dollar-quoted string at or near \"" + tag + "\"",
                TokenMgrError.LEXICAL_ERROR);
        }
        t.image = sb.toString();
        t.endLine = input_stream.getEndLine();
        t.endColumn = input_stream.getEndColumn();
    }
