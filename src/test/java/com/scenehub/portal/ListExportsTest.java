package com.scenehub.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.support.SceneData;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

@SceneHubTest
class ListExportsTest {

    @Autowired ListExports exports;
    @Autowired OpportunityService opportunities;
    @Autowired SceneData scene;
    @Autowired SignedIn signedIn;

    @Test
    void thePdfOfAPublishedListHoldsChineseTextWithAnEmbeddedFont() throws Exception {
        AccountSummary manager = scene.manager();
        OpportunityDetails o = scene.published(manager, Duration.ofDays(30));

        byte[] pdf = exports.listPdf(o.listId(), Translations.CHINESE);

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).containsPattern("/FontFile[23]");
        try (PdfReader reader = new PdfReader(pdf)) {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("新经济应用场景机会清单").contains("场景机会清单").contains("智能工厂数控产线改造");
        }
    }

    @Test
    void everyPageOfALongListIsNumberedAndCarriesTheIssuer() throws Exception {
        AccountSummary manager = scene.manager();
        List<OpportunityDetails> ready = List.of(scene.ready(manager, Duration.ofDays(30)), scene.ready(manager, Duration.ofDays(40)),
                scene.ready(manager, Duration.ofDays(50)), scene.ready(manager, Duration.ofDays(60)));
        var provider = scene.provider();
        var items = List.of(scene.listed(provider, manager, "AGV 智能搬运机器人及调度系统"),
                scene.listed(provider, manager, "机床状态监测与预测性维护平台"),
                scene.listed(provider, manager, "工业视觉质检一体机"));
        var list = signedIn.as(manager, () -> {
            var l = opportunities.createList(2091, "经管委会审定，现予发布。");
            ready.forEach(o -> opportunities.addOpportunity(l.id(), o.id()));
            items.forEach(i -> opportunities.addSupplyItem(l.id(), i.id()));
            return opportunities.publishList(l.id());
        });

        byte[] zh = exports.listPdf(list.id(), Translations.CHINESE);
        byte[] en = exports.listPdf(list.id(), Translations.ENGLISH);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/list-zh.pdf"), zh);
        java.nio.file.Files.write(java.nio.file.Path.of("target/list-en.pdf"), en);

        try (PdfReader reader = new PdfReader(zh)) {
            int pages = reader.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PdfTextExtractor text = new PdfTextExtractor(reader);
            assertThat(text.getTextFromPage(1)).contains("玉溪国家高新区管委会").contains("第 1 页").contains("共 " + pages + " 页");
            assertThat(text.getTextFromPage(pages)).contains("第 " + pages + " 页");
        }
        try (PdfReader reader = new PdfReader(en)) {
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Page 1 of");
        }
    }

    @Test
    void theEnglishPdfIsInEnglish() throws Exception {
        OpportunityDetails o = scene.published(scene.manager(), Duration.ofDays(30));
        try (PdfReader reader = new PdfReader(exports.listPdf(o.listId(), Translations.ENGLISH))) {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("Scene opportunities").contains("New-Economy Application Scene").contains("Eligibility");
        }
    }

    @Test
    void excelHasAHeaderAndOneRowPerOpportunity() throws Exception {
        scene.published(scene.manager(), Duration.ofDays(30));
        List<OpportunityDetails> selection = opportunities.publishedOpportunities();

        byte[] xlsx = exports.excel("demand", exports.opportunityHeaders(Translations.CHINESE),
                exports.opportunityRows(selection, Translations.CHINESE));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(selection.size());
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("机会名称");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(selection.get(0).title());
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo(selection.get(0).budget().toPlainString());
        }
    }

    @Test
    void csvIsUtf8WithABomQuotedAndDefused() {
        byte[] csv = exports.csv(List.of("名称", "说明"), List.of(List.of("智能, 产线", "=HYPERLINK(\"x\")"), List.of("-5", "引号\"内")));
        String text = new String(csv, StandardCharsets.UTF_8);

        assertThat(csv[0] & 0xFF).isEqualTo(0xEF);
        assertThat(text).startsWith("\uFEFF名称,说明\r\n");
        assertThat(text).contains("\"智能, 产线\"");
        assertThat(text).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(text).contains("-5,\"引号\"\"内\"");
    }
}
