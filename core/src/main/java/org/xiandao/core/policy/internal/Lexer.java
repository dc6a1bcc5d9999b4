package org.xiandao.core.policy.internal;

import java.util.ArrayList;
import java.util.List;
import org.xiandao.core.policy.PolicyError;
import org.xiandao.core.policy.SourcePosition;

/** Splits one line of a policy file into tokens. {@code #} starts a comment outside strings. */
final class Lexer {

    private static final java.util.Set<String> TWO_CHAR_OPS = java.util.Set.of(">=", "<=", "==", "!=", "..");
    private static final String ONE_CHAR_OPS = "><+-*/(),:=[]";

    private Lexer() {
    }

    static List<Token> tokens(String file, int lineNumber, String line, List<PolicyError> errors) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            SourcePosition at = new SourcePosition(file, lineNumber, i + 1);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                break;
            } else if (c == '"') {
                int end = line.indexOf('"', i + 1);
                if (end < 0) {
                    errors.add(new PolicyError(at, "unterminated string", "close it with \""));
                    break;
                }
                out.add(new Token(Token.Kind.STRING, line.substring(i + 1, end), at));
                i = end + 1;
            } else if (Character.isDigit(c)) {
                int j = i;
                if (i + 10 <= n && line.substring(i, i + 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
                    out.add(new Token(Token.Kind.DATE, line.substring(i, i + 10), at));
                    i += 10;
                    continue;
                }
                while (j < n && (Character.isDigit(line.charAt(j)) || (line.charAt(j) == '.' && j + 1 < n
                        && Character.isDigit(line.charAt(j + 1))))) {
                    j++;
                }
                if (j < n && "%万亿元".indexOf(line.charAt(j)) >= 0) {
                    j++;
                    if (j < n && line.charAt(j - 1) != '%' && line.charAt(j - 1) != '元' && line.charAt(j) == '元') {
                        j++;
                    }
                }
                out.add(new Token(Token.Kind.NUMBER, line.substring(i, j), at));
                i = j;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(line.charAt(j)) || line.charAt(j) == '_'
                        || (line.charAt(j) == '.' && j + 1 < n && Character.isLetterOrDigit(line.charAt(j + 1))))) {
                    j++;
                }
                out.add(new Token(Token.Kind.IDENT, line.substring(i, j), at));
                i = j;
            } else if (i + 1 < n && TWO_CHAR_OPS.contains(line.substring(i, i + 2))) {
                out.add(new Token(Token.Kind.OP, line.substring(i, i + 2), at));
                i += 2;
            } else if (ONE_CHAR_OPS.indexOf(c) >= 0) {
                out.add(new Token(Token.Kind.OP, String.valueOf(c), at));
                i++;
            } else {
                errors.add(new PolicyError(at, "unexpected character '" + c + "'", "operators are >= <= == != > < + - * / and names use letters, digits and _"));
                i++;
            }
        }
        return out;
    }
}
