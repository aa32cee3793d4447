package com.scenehub.bulkimport;

import java.util.List;

/** What is wrong with one row (numbered as in the spreadsheet, header = row 1). */
public record RowProblem(int row, String column, String messageKey, List<String> arguments) {
}
