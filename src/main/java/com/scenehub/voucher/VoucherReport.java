package com.scenehub.voucher;

import java.util.List;

/** A programme's figures by programme, category, agency and enterprise. */
public record VoucherReport(ProgrammeSummary programme, ReportRow total, List<ReportRow> byCategory,
        List<ReportRow> byAgency, List<ReportRow> byEnterprise) {
}
