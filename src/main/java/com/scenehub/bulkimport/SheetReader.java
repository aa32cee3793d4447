package com.scenehub.bulkimport;

import com.scenehub.shared.domain.BusinessRuleException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads the first sheet of an .xlsx, or a UTF-8 CSV, into rows keyed by column code. */
final class SheetReader {

    static final int MAX_ROWS = 5000;

    private SheetReader() {
    }

    /** Each data row as code → trimmed text, in order; the header row maps Chinese or English names to codes. */
    static List<Map<String, String>> read(ImportKind kind, String fileName, byte[] content) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<List<String>> raw;
        if (lower.endsWith(".xlsx")) {
            raw = xlsx(content);
        } else if (lower.endsWith(".csv")) {
            raw = csv(new String(content, StandardCharsets.UTF_8));
        } else {
            throw new BusinessRuleException("error.import.file-type");
        }
        if (raw.isEmpty()) {
            throw new BusinessRuleException("error.import.empty");
        }
        List<String> header = raw.get(0);
        String[] codes = new String[header.size()];
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).trim();
            for (ImportKind.Column c : kind.columns()) {
                if (h.equalsIgnoreCase(c.code()) || h.equals(c.chinese())) {
                    codes[i] = c.code();
                }
            }
        }
        for (ImportKind.Column c : kind.columns()) {
            if (c.required() && java.util.Arrays.stream(codes).noneMatch(c.code()::equals)) {
                throw new BusinessRuleException("error.import.column-missing", c.chinese() + " / " + c.code());
            }
        }
        if (raw.size() - 1 > MAX_ROWS) {
            throw new BusinessRuleException("error.import.too-many-rows", MAX_ROWS);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 1; r < raw.size(); r++) {
            List<String> values = raw.get(r);
            if (values.stream().allMatch(String::isBlank)) {
                rows.add(null);
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < codes.length; i++) {
                if (codes[i] != null) {
                    row.put(codes[i], i < values.size() ? values.get(i).trim() : "");
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> xlsx(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            int width = sheet.getRow(sheet.getFirstRowNum()) == null ? 0 : sheet.getRow(sheet.getFirstRowNum()).getLastCellNum();
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    if (cell == null) {
                        values.add("");
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        values.add(new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString());
                    } else {
                        values.add(formatter.formatCellValue(cell));
                    }
                }
                rows.add(values);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new BusinessRuleException("error.import.unreadable");
        }
    }

    /** RFC 4180 CSV (quoted fields, doubled quotes, embedded line breaks); a leading BOM is ignored. */
    static List<List<String>> csv(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
