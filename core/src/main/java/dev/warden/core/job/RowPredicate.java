package dev.warden.core.job;

import dev.warden.ConfigurationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A column predicate for subsetting files, a small subset of SQL's {@code WHERE}: conditions joined by {@code AND},
 * each {@code column op literal} with op one of {@code = != <> < <= > >=}, {@code column IN (literal, ...)},
 * {@code column IS NULL} or {@code column IS NOT NULL}. Literals are {@code 'text'} (a quote doubled inside) or
 * numbers; a comparison is numeric when both sides are numbers, else by text.
 */
final class RowPredicate {

    private final String text;
    private final List<String> columns;
    private int pos;

    private RowPredicate(String text, List<String> columns) {
        this.text = text;
        this.columns = columns;
    }

    /**
     * @param condition the condition
     * @param table for messages
     * @param columns the row's columns, in order
     * @return a predicate over rows with those columns
     * @throws ConfigurationException if the condition does not parse or names an unknown column
     */
    static Predicate<String[]> parse(String condition, String table, List<String> columns) {
        RowPredicate p = new RowPredicate(condition, columns);
        try {
            Predicate<String[]> result = p.conjunction();
            p.skipSpace();
            if (p.pos != condition.length()) {
                throw p.error("unexpected text");
            }
            return result;
        } catch (ConfigurationException e) {
            throw new ConfigurationException("subset filter on table " + table + ": " + e.getMessage());
        }
    }

    private Predicate<String[]> conjunction() {
        Predicate<String[]> result = condition();
        while (keyword("AND")) {
            Predicate<String[]> left = result;
            Predicate<String[]> right = condition();
            result = row -> left.test(row) && right.test(row);
        }
        return result;
    }

    private Predicate<String[]> condition() {
        String column = identifier();
        int index = CsvDirectorySource.indexOf(columns, column);
        if (index < 0) {
            throw error("no column " + column);
        }
        if (keyword("IS")) {
            boolean not = keyword("NOT");
            if (!keyword("NULL")) {
                throw error("expected NULL");
            }
            return not ? row -> row[index] != null : row -> row[index] == null;
        }
        if (keyword("IN")) {
            expect('(');
            List<String> values = new ArrayList<>();
            do {
                values.add(literal());
            } while (accept(','));
            expect(')');
            return row -> row[index] != null && values.stream().anyMatch(v -> compare(row[index], v) == 0);
        }
        String op = operator();
        String literal = literal();
        return switch (op) {
            case "=" -> row -> row[index] != null && compare(row[index], literal) == 0;
            case "!=", "<>" -> row -> row[index] != null && compare(row[index], literal) != 0;
            case "<" -> row -> row[index] != null && compare(row[index], literal) < 0;
            case "<=" -> row -> row[index] != null && compare(row[index], literal) <= 0;
            case ">" -> row -> row[index] != null && compare(row[index], literal) > 0;
            default -> row -> row[index] != null && compare(row[index], literal) >= 0;
        };
    }

    static int compare(String value, String literal) {
        BigDecimal a = number(value);
        BigDecimal b = number(literal);
        if (a != null && b != null) {
            return a.compareTo(b);
        }
        return value.compareTo(literal);
    }

    private static BigDecimal number(String s) {
        if (s.isEmpty() || s.length() > 40 || !s.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String identifier() {
        skipSpace();
        if (accept('"')) {
            int end = text.indexOf('"', pos);
            if (end < 0) {
                throw error("unterminated quoted column name");
            }
            String name = text.substring(pos, end);
            pos = end + 1;
            return name;
        }
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw error("expected a column name");
        }
        return text.substring(start, pos);
    }

    private String operator() {
        skipSpace();
        for (String op : new String[] {"<=", ">=", "!=", "<>", "=", "<", ">"}) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return op;
            }
        }
        throw error("expected = != <> < <= > >= IN or IS");
    }

    private String literal() {
        skipSpace();
        if (accept('\'')) {
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    throw error("unterminated text literal");
                }
                char c = text.charAt(pos++);
                if (c == '\'') {
                    if (pos < text.length() && text.charAt(pos) == '\'') {
                        sb.append('\'');
                        pos++;
                    } else {
                        return sb.toString();
                    }
                } else {
                    sb.append(c);
                }
            }
        }
        int start = pos;
        while (pos < text.length() && "+-.0123456789eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String n = text.substring(start, pos);
        if (number(n) == null) {
            throw error("expected a 'text' or number literal");
        }
        return n;
    }

    private boolean keyword(String word) {
        skipSpace();
        int end = pos + word.length();
        if (end <= text.length() && text.substring(pos, end).toUpperCase(Locale.ROOT).equals(word)
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
            pos = end;
            return true;
        }
        return false;
    }

    private boolean accept(char c) {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!accept(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private ConfigurationException error(String what) {
        return new ConfigurationException(what + " at character " + (pos + 1));
    }
}
