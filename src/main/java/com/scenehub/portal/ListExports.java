package com.scenehub.portal;

import com.scenehub.opportunity.CorrigendumSummary;
import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityListSummary;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationSummary;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.shared.config.ClockConfig;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.domain.NotFoundException;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.supply.SupplyItemSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The official downloads of what is published: a list as a PDF document (Chinese text with an
 * embedded font, so it reads on machines without CJK fonts), and Excel and CSV (UTF-8 with BOM) of any
 * filtered selection. Everything exported is public.
 */
@Service
public class ListExports {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockConfig.ZONE);

    private final OpportunityService opportunities;
    private final OrganisationService organisations;
    private final ReferenceDataService referenceData;
    private final Translations translations;
    private final List<String> fontCandidates;

    ListExports(OpportunityService opportunities, OrganisationService organisations, ReferenceDataService referenceData,
            Translations translations,
            @Value("${scenehub.pdf.font:/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf,/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc#2}")
            String fonts) {
        this.opportunities = opportunities;
        this.organisations = organisations;
        this.referenceData = referenceData;
        this.translations = translations;
        this.fontCandidates = Arrays.stream(fonts.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    // --- PDF --------------------------------------------------------------------------------------------

    /** The published list as the official document, in the given language. */
    public byte[] listPdf(Long listId, Locale locale) {
        OpportunityListSummary list = opportunities.findPublishedOrStaffList(listId)
                .orElseThrow(() -> new NotFoundException("error.list.not-found"));
        List<OpportunityDetails> demand = opportunities.opportunitiesOf(listId);
        List<SupplyItemSummary> supply = opportunities.supplyItemsOf(listId);
        BaseFont base = cjkFont();
        Font title = new Font(base, 18, Font.BOLD);
        Font heading = new Font(base, 13, Font.BOLD);
        Font subheading = new Font(base, 11.5f, Font.BOLD);
        Font body = new Font(base, 10);
        Font small = new Font(base, 8.5f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageFrame(officialTitle(list, locale), tr(locale, "export.issuer"), locale, small));
            document.addTitle(officialTitle(list, locale));
            document.addCreator(tr(locale, "app.name"));
            document.open();
            Paragraph t = para(officialTitle(list, locale), title);
            t.setAlignment(Element.ALIGN_CENTER);
            t.setSpacingAfter(6);
            document.add(t);
            Paragraph issuer = para(tr(locale, "export.issuer") + "    "
                    + tr(locale, "export.published-at", list.publishedAt() == null ? "—" : TIME.format(list.publishedAt()))
                    + "    " + tr(locale, "export.time-zone"), small);
            issuer.setAlignment(Element.ALIGN_CENTER);
            issuer.setSpacingAfter(14);
            document.add(issuer);
            if (list.note() != null) {
                document.add(para(list.note(), body));
            }

            document.add(section(tr(locale, "export.pdf.opportunities"), heading));
            PdfPTable table = new PdfPTable(new float[] {0.75f, 3.1f, 2.3f, 1.4f, 1.7f, 1.5f, 1.75f});
            table.setWidthPercentage(100);
            header(table, small, locale, "export.no", "opportunity.title", "opportunity.demand", "opportunity.scene-field",
                    "opportunity.budget", "opportunity.mode", "opportunity.window-closes");
            int n = 1;
            for (OpportunityDetails o : demand) {
                cell(table, String.valueOf(n++), small);
                cell(table, o.title(), small);
                cell(table, demandNames(o), small);
                cell(table, referenceData.label(ReferenceKind.SCENE_FIELD, o.sceneField(), locale), small);
                cell(table, money(o.budget()), small);
                cell(table, tr(locale, "opportunity.mode." + o.selectionMode().name()), small);
                cell(table, TIME.format(o.windowCloses()), small);
            }
            document.add(table);

            document.add(section(tr(locale, "export.pdf.details"), heading));
            n = 1;
            for (OpportunityDetails o : demand) {
                Paragraph p = para(tr(locale, "export.item-number", n++) + o.title(), subheading);
                p.setSpacingBefore(10);
                document.add(p);
                line(document, body, locale, tr(locale, "opportunity.status"), tr(locale, "opportunity.status." + o.status().name()));
                if (o.outcomeReason() != null) {
                    line(document, body, locale, tr(locale, "opportunity.outcome-reason"), o.outcomeReason());
                }
                line(document, body, locale, tr(locale, "opportunity.summary"), o.summary());
                line(document, body, locale, tr(locale, "opportunity.scope"), o.scope());
                line(document, body, locale, tr(locale, "opportunity.indicators"), o.indicators());
                line(document, body, locale, tr(locale, "opportunity.zone-area"), referenceData.label(ReferenceKind.ZONE_AREA, o.zoneArea(), locale));
                line(document, body, locale, tr(locale, "opportunity.support-policy"), o.supportPolicy());
                line(document, body, locale, tr(locale, "opportunity.eligibility"), o.eligibility());
                line(document, body, locale, tr(locale, "opportunity.window"), TIME.format(o.windowOpens()) + " – " + TIME.format(o.windowCloses()));
                line(document, body, locale, tr(locale, "opportunity.criteria"), o.criteria().stream()
                        .map(c -> c.name() + " " + c.weight() + "%").collect(Collectors.joining("；")));
                for (CorrigendumSummary c : opportunities.corrigenda(o.id())) {
                    line(document, body, locale, tr(locale, "corrigendum.heading", c.number(), TIME.format(c.publishedAt())),
                            c.reason() + "（" + c.changes().stream().map(ch -> tr(locale, "corrigendum.field." + ch.field()))
                                    .collect(Collectors.joining("、")) + "）");
                }
            }

            document.add(section(tr(locale, "export.pdf.supply"), heading));
            PdfPTable supplyTable = new PdfPTable(new float[] {0.75f, 3f, 2.4f, 1.9f, 0.8f, 2.4f});
            supplyTable.setWidthPercentage(100);
            header(supplyTable, small, locale, "export.no", "supply.name", "supply.provider", "supply.scene-fields",
                    "export.trl", "supply.price");
            n = 1;
            for (SupplyItemSummary i : supply) {
                cell(supplyTable, String.valueOf(n++), small);
                String name = i.name() + (i.status().name().equals("DELISTED")
                        ? "（" + tr(locale, "supply.status.DELISTED") + "：" + i.reviewNote() + "）" : "");
                cell(supplyTable, name, small);
                cell(supplyTable, organisationName(i.providerOrganisationId()), small);
                cell(supplyTable, fields(i.sceneFields(), locale), small);
                cell(supplyTable, String.valueOf(i.trl()), small);
                cell(supplyTable, range(i.priceMin(), i.priceMax()), small);
            }
            if (supply.isEmpty()) {
                PdfPCell none = new PdfPCell(phrase(tr(locale, "common.empty"), small));
                none.setColspan(6);
                supplyTable.addCell(none);
            }
            document.add(supplyTable);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF generation failed", e);
        }
        return out.toByteArray();
    }

    /**
     * The running header (the list's title, from page 2 on) and footer (issuer, and "page n of N") of
     * every page; the total is filled in when the document closes.
     */
    private final class PageFrame extends PdfPageEventHelper {

        private final String title;
        private final String issuer;
        private final Locale locale;
        private final Font font;
        private static final float TOTAL_WIDTH = 40;
        private PdfTemplate total;

        PageFrame(String title, String issuer, Locale locale, Font font) {
            this.title = title;
            this.issuer = issuer;
            this.locale = locale;
            this.font = new Font(font.getBaseFont(), 8, Font.NORMAL, new java.awt.Color(0x55, 0x5F, 0x6D));
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float left = document.left();
            float right = document.right();
            canvas.saveState();
            canvas.setColorStroke(new java.awt.Color(0xC8, 0xD1, 0xDC));
            canvas.setLineWidth(0.5f);
            if (writer.getPageNumber() > 1) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, phrase(title, font), right, document.top() + 14, 0);
                canvas.moveTo(left, document.top() + 10);
                canvas.lineTo(right, document.top() + 10);
            }
            canvas.moveTo(left, document.bottom() - 12);
            canvas.lineTo(right, document.bottom() - 12);
            canvas.stroke();
            canvas.restoreState();
            float y = document.bottom() - 24;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, phrase(issuer, font), left, y, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    phrase(tr(locale, "export.page", writer.getPageNumber()), font), right - TOTAL_WIDTH, y, 0);
            canvas.addTemplate(total, right - TOTAL_WIDTH + 3, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                    phrase(tr(locale, "export.page-total", writer.getPageNumber() - 1), font), 0, 0, 0);
        }
    }

    /** The embedded CJK font: the first configured file that exists; a clear refusal when none does. */
    BaseFont cjkFont() {
        for (String candidate : fontCandidates) {
            String file = candidate.contains("#") ? candidate.substring(0, candidate.indexOf('#')) : candidate;
            if (!Files.isReadable(Path.of(file))) {
                continue;
            }
            String name = candidate.contains("#") ? file + "," + candidate.substring(candidate.indexOf('#') + 1) : file;
            try {
                return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("Cannot load the PDF font " + name, e);
            }
        }
        throw new BusinessRuleException("error.export.font-missing", String.join(", ", fontCandidates));
    }

    /** Latin letters in Helvetica, everything else (Chinese) in the embedded CJK font. */
    static Phrase phrase(String text, Font cjk) {
        org.openpdf.text.pdf.FontSelector selector = new org.openpdf.text.pdf.FontSelector();
        selector.addFont(new Font(Font.HELVETICA, cjk.getSize(), cjk.getStyle()));
        selector.addFont(cjk);
        return selector.process(text == null ? "" : text);
    }

    static Paragraph para(String text, Font font) {
        Paragraph p = new Paragraph(phrase(text, font));
        p.setLeading(font.getSize() * 1.5f);
        return p;
    }

    private static Paragraph section(String text, Font font) {
        Paragraph p = para(text, font);
        p.setSpacingBefore(16);
        p.setSpacingAfter(8);
        return p;
    }

    private static void line(Document document, Font font, Locale locale, String label, String value) {
        line(document, font, label, value, "en".equals(locale.getLanguage()) ? ": " : "：");
    }

    private static void line(Document document, Font font, String label, String value, String colon) {
        if (value == null || value.isBlank()) {
            return;
        }
        Paragraph p = new Paragraph();
        p.setLeading(font.getSize() * 1.5f);
        p.add(phrase(label + colon, new Font(font.getBaseFont(), font.getSize(), Font.BOLD)));
        p.add(phrase(value, font));
        p.setSpacingAfter(2);
        document.add(p);
    }

    private void header(PdfPTable table, Font font, Locale locale, String... keys) {
        Font bold = new Font(font.getBaseFont(), font.getSize(), Font.BOLD);
        for (String key : keys) {
            PdfPCell cell = new PdfPCell(phrase(tr(locale, key), bold));
            cell.setBackgroundColor(new java.awt.Color(0xE8, 0xEE, 0xF7));
            cell.setPadding(4);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    private static void cell(PdfPTable table, String text, Font font) {
        PdfPCell cell = new PdfPCell(phrase(text, font));
        cell.setPadding(4);
        cell.setPaddingBottom(6);
        cell.setLeading(0, 1.35f);
        table.addCell(cell);
    }

    // --- Excel and CSV --------------------------------------------------------------------------------------

    public List<String> opportunityHeaders(Locale locale) {
        return List.of(tr(locale, "list.title"), tr(locale, "opportunity.title"), tr(locale, "opportunity.demand"),
                tr(locale, "opportunity.scene-field"), tr(locale, "opportunity.industry-field"),
                tr(locale, "opportunity.zone-area"), tr(locale, "opportunity.budget"), tr(locale, "opportunity.mode"),
                tr(locale, "opportunity.window-opens"), tr(locale, "opportunity.window-closes"),
                tr(locale, "opportunity.status"), tr(locale, "opportunity.criteria"), tr(locale, "opportunity.eligibility"),
                tr(locale, "opportunity.summary"));
    }

    public List<List<String>> opportunityRows(List<OpportunityDetails> selection, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        for (OpportunityDetails o : selection) {
            rows.add(List.of(o.listYear() == null ? "" : tr(locale, "list.official-title", String.valueOf(o.listYear()), o.listSequence()),
                    o.title(), demandNames(o), referenceData.label(ReferenceKind.SCENE_FIELD, o.sceneField(), locale),
                    referenceData.label(ReferenceKind.INDUSTRY_FIELD, o.industryField(), locale),
                    referenceData.label(ReferenceKind.ZONE_AREA, o.zoneArea(), locale), o.budget().toPlainString(),
                    tr(locale, "opportunity.mode." + o.selectionMode().name()), TIME.format(o.windowOpens()),
                    TIME.format(o.windowCloses()), tr(locale, "opportunity.status." + o.status().name()),
                    o.criteria().stream().map(c -> c.name() + " " + c.weight()).collect(Collectors.joining("; ")),
                    o.eligibility(), o.summary()));
        }
        return rows;
    }

    public List<String> supplyHeaders(Locale locale) {
        return List.of(tr(locale, "supply.name"), tr(locale, "supply.provider"), tr(locale, "supply.kind"),
                tr(locale, "supply.scene-fields"), tr(locale, "supply.industry-fields"), tr(locale, "supply.trl"),
                tr(locale, "supply.price-min"), tr(locale, "supply.price-max"), tr(locale, "supply.description"),
                tr(locale, "supply.reference-cases"), tr(locale, "supply.certifications"));
    }

    public List<List<String>> supplyRows(List<SupplyItemSummary> selection, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        for (SupplyItemSummary i : selection) {
            rows.add(Arrays.asList(i.name(), organisationName(i.providerOrganisationId()),
                    tr(locale, "supply.kind." + i.kind().name()), fields(i.sceneFields(), locale),
                    i.industryFields().stream().map(c -> referenceData.label(ReferenceKind.INDUSTRY_FIELD, c, locale))
                            .collect(Collectors.joining("、")),
                    String.valueOf(i.trl()), plain(i.priceMin()), plain(i.priceMax()), i.description(),
                    nz(i.referenceCases()), nz(i.certifications())));
        }
        return rows;
    }

    public byte[] excel(String sheetName, List<String> headers, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            XSSFFont font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                head.createCell(c).setCellValue(headers.get(c));
                head.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
                }
            }
            for (int c = 0; c < headers.size(); c++) {
                sheet.setColumnWidth(c, 22 * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 CSV in UTF-8 with a byte-order mark (so Excel opens Chinese correctly); formula-like cells are defused. */
    public byte[] csv(List<String> headers, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(headers.stream().map(ListExports::csvCell).collect(Collectors.joining(","))).append("\r\n");
        for (List<String> row : rows) {
            sb.append(row.stream().map(ListExports::csvCell).collect(Collectors.joining(","))).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String csvCell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    public String officialTitle(OpportunityListSummary list, Locale locale) {
        return tr(locale, "list.official-title", String.valueOf(list.year()), list.sequence());
    }

    private String demandNames(OpportunityDetails o) {
        return o.demandOrganisationIds().stream().map(this::organisationName).collect(Collectors.joining("、"));
    }

    private String organisationName(Long id) {
        Optional<OrganisationSummary> org = organisations.findSummary(id);
        return org.map(OrganisationSummary::name).orElse("");
    }

    private String fields(List<String> codes, Locale locale) {
        return codes.stream().map(c -> referenceData.label(ReferenceKind.SCENE_FIELD, c, locale)).collect(Collectors.joining("、"));
    }

    private String tr(Locale locale, String key, Object... args) {
        return translations.translate(locale, key, args);
    }

    private static String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return "¥" + format.format(amount);
    }

    private static String range(BigDecimal min, BigDecimal max) {
        if (min == null && max == null) {
            return "";
        }
        return (min == null ? "" : money(min)) + " – " + (max == null ? "" : money(max));
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
