package com.scenehub.bulkimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scenehub.requirement.RequirementService;
import com.scenehub.requirement.RequirementStatus;
import com.scenehub.requirement.RequirementSummary;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.support.SceneData;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData.OrgAndUser;
import com.scenehub.supply.SupplyItemStatus;
import com.scenehub.supply.SupplyItemSummary;
import com.scenehub.supply.SupplyService;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@SceneHubTest
class ImportServiceTest {

    @Autowired ImportService imports;
    @Autowired RequirementService requirements;
    @Autowired SupplyService supply;
    @Autowired SceneData scene;
    @Autowired SignedIn signedIn;

    static final String HEADER = "统一社会信用代码,需求标题,场景领域,产业领域,所在片区,痛点问题,预期成效,指标,预算下限（元）,预算上限（元）,可开放资源,联系人,联系电话\n";

    static String row(String code, String title, String scene, String min, String max) {
        return code + "," + title + "," + scene + ",高端数控机床,研和片区,\"人工巡检, 效率低\",建成智能产线,良品率,"
                + min + "," + max + ",试验产线,刘工,0877-2051004\n";
    }

    static byte[] csv(String text) {
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aGoodCsvImportsEveryRowAsSubmittedRequirements() {
        OrgAndUser owner = scene.enterprise();
        AccountSummary manager = scene.manager();
        String code = owner.organisation().creditCode();
        byte[] file = csv(HEADER + row(code, "导入需求一", "智能工厂", "100000", "200000")
                + row(code, "导入需求二", "SMART_LOGISTICS", "", "500000"));

        ImportReport report = signedIn.as(manager, () -> imports.importFile(ImportKind.REQUIREMENTS, "需求.csv", file, false));

        assertThat(report.clean()).isTrue();
        assertThat(report.imported()).isEqualTo(2);
        List<RequirementSummary> mine = signedIn.as(owner.user(), () -> requirements.mine());
        assertThat(mine).extracting(RequirementSummary::title).containsExactlyInAnyOrder("导入需求一", "导入需求二");
        assertThat(mine).allMatch(r -> r.status() == RequirementStatus.SUBMITTED);
        assertThat(mine).anySatisfy(r -> {
            assertThat(r.sceneField()).isEqualTo("SMART_FACTORY");
            assertThat(r.painPoints()).isEqualTo("人工巡检, 效率低");
        });
    }

    @Test
    void aFileWithErrorsImportsNothingAndReportsEachRow() {
        OrgAndUser owner = scene.enterprise();
        AccountSummary manager = scene.manager();
        String code = owner.organisation().creditCode();
        byte[] file = csv(HEADER + row(code, "好的一行", "智能工厂", "1", "2")
                + row("91530400MA0000000X", "未知机构", "智能工厂", "1", "2")
                + row(code, "预算颠倒", "智能工厂", "900", "100")
                + row(code, "", "火星领域", "abc", "2"));

        ImportReport checked = signedIn.as(manager, () -> imports.check(ImportKind.REQUIREMENTS, "x.csv", file));
        ImportReport report = signedIn.as(manager, () -> imports.importFile(ImportKind.REQUIREMENTS, "x.csv", file, false));

        assertThat(checked.problems()).isEqualTo(report.problems());
        assertThat(report.written()).isFalse();
        assertThat(report.imported()).isZero();
        assertThat(report.rows()).isEqualTo(4);
        assertThat(report.invalidRows()).isEqualTo(3);
        assertThat(report.problems()).extracting(RowProblem::row).containsOnly(3, 4, 5);
        assertThat(report.problems()).extracting(RowProblem::messageKey).contains("error.import.organisation-unknown",
                "error.budget.order", "error.import.required", "error.import.unknown-value", "error.import.number");
        assertThat(signedIn.as(owner.user(), () -> requirements.mine())).isEmpty();
    }

    @Test
    void onlyValidRowsAreImportedWhenTheManagerChoosesSo() {
        OrgAndUser owner = scene.enterprise();
        String code = owner.organisation().creditCode();
        byte[] file = csv(HEADER + row(code, "有效行", "智能工厂", "1", "2") + row(code, "预算颠倒", "智能工厂", "9", "1"));

        ImportReport report = signedIn.as(scene.manager(), () -> imports.importFile(ImportKind.REQUIREMENTS, "x.csv", file, true));

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.invalidRows()).isEqualTo(1);
        assertThat(signedIn.as(owner.user(), () -> requirements.mine())).extracting(RequirementSummary::title)
                .containsExactly("有效行");
    }

    @Test
    void supplyItemsImportFromExcelAsListedItems() throws Exception {
        OrgAndUser provider = scene.provider();
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("供给");
            String[][] rows = {
                {"credit_code", "name", "kind", "description", "scene_fields", "industry_fields", "trl", "price_min", "price_max"},
                {provider.organisation().creditCode(), "边缘采集网关", "产品", "秒级采集", "智能工厂、智慧物流", "工业互联网", null, "10000", "50000"},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            sheet.getRow(1).createCell(6).setCellValue(8);
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        ImportReport report = signedIn.as(scene.manager(), () -> imports.importFile(ImportKind.SUPPLY_ITEMS, "供给.xlsx", xlsx, false));

        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isEqualTo(1);
        SupplyItemSummary item = supply.listedItems().stream().filter(i -> i.name().equals("边缘采集网关")).findFirst().orElseThrow();
        assertThat(item.status()).isEqualTo(SupplyItemStatus.LISTED);
        assertThat(item.trl()).isEqualTo(8);
        assertThat(item.sceneFields()).containsExactly("SMART_FACTORY", "SMART_LOGISTICS");
        assertThat(item.providerOrganisationId()).isEqualTo(provider.organisation().id());
    }

    @Test
    void unreadableFilesAndMissingColumnsAreRefusedClearly() {
        AccountSummary manager = scene.manager();
        signedIn.run(manager, () -> {
            assertThatThrownBy(() -> imports.check(ImportKind.REQUIREMENTS, "x.pdf", new byte[] {1}))
                    .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo("error.import.file-type"));
            assertThatThrownBy(() -> imports.check(ImportKind.REQUIREMENTS, "x.xlsx", "not a workbook".getBytes()))
                    .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo("error.import.unreadable"));
            assertThatThrownBy(() -> imports.check(ImportKind.REQUIREMENTS, "x.csv", csv("标题\n一\n")))
                    .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo("error.import.column-missing"));
        });
    }

    @Test
    void onlyManagersImport() {
        OrgAndUser owner = scene.enterprise();
        assertThatThrownBy(() -> signedIn.as(owner.user(), () -> imports.importFile(ImportKind.REQUIREMENTS, "x.csv",
                csv(HEADER), false))).isInstanceOf(AuthorizationDeniedException.class);
    }
}
