package com.scenehub.bulkimport;

import java.util.List;

/**
 * The result of an import: how many data rows were read, which were wrong and why, how many records
 * were created, and whether anything was written at all.
 */
public record ImportReport(ImportKind kind, int rows, List<RowProblem> problems, int imported, boolean written) {

    public boolean clean() {
        return problems.isEmpty();
    }

    public long invalidRows() {
        return problems.stream().mapToInt(RowProblem::row).distinct().count();
    }
}
