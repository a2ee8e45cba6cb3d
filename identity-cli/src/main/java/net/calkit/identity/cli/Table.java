package net.calkit.identity.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table: a header row, left-aligned columns two spaces apart, no trailing spaces. Cells
 * are {@linkplain Text#clean cleaned}, so API text cannot move the cursor or recolour the terminal.
 */
final class Table {
  static final String NONE = "-";

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  Table(String... headers) {
    this.headers = List.of(headers);
  }

  Table row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
    }
    List<String> cleaned = new ArrayList<>(cells.length);
    for (String cell : cells) {
      cleaned.add(cell.isEmpty() ? NONE : Text.clean(cell));
    }
    rows.add(cleaned);
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The rendered table, each line indented by {@code indent} and ended by a newline. */
  String render(String indent) {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Text.width(headers.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], Text.width(row.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, indent, headers, widths);
    for (List<String> row : rows) {
      line(out, indent, row, widths);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String indent, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder(indent);
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      line.append(cell);
      if (c < cells.size() - 1) {
        char[] pad = new char[widths[c] - Text.width(cell) + 2];
        Arrays.fill(pad, ' ');
        line.append(pad);
      }
    }
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    out.append(line, 0, end).append('\n');
  }
}
