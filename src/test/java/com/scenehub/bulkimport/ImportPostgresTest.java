package com.scenehub.bulkimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.requirement.RequirementService;
import com.scenehub.requirement.RequirementStatus;
import com.scenehub.requirement.RequirementSummary;
import com.scenehub.support.PostgresTest;
import com.scenehub.support.SceneData;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData.OrgAndUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The import and the scene schema on PostgreSQL: all-or-nothing holds there too. */
@PostgresTest
class ImportPostgresTest {

    @Autowired ImportService imports;
    @Autowired RequirementService requirements;
    @Autowired SceneData scene;
    @Autowired SignedIn signedIn;

    @Test
    void goodRowsAreImportedAndABadFileWritesNothing() {
        OrgAndUser owner = scene.enterprise();
        String code = owner.organisation().creditCode();
        byte[] good = ImportServiceTest.csv(ImportServiceTest.HEADER
                + ImportServiceTest.row(code, "PG 导入", "智能工厂", "100000.50", "200000"));
        byte[] bad = ImportServiceTest.csv(ImportServiceTest.HEADER
                + ImportServiceTest.row(code, "也是好行", "智能工厂", "1", "2")
                + ImportServiceTest.row(code, "坏行", "智能工厂", "9", "1"));

        ImportReport ok = signedIn.as(scene.manager(), () -> imports.importFile(ImportKind.REQUIREMENTS, "a.csv", good, false));
        ImportReport refused = signedIn.as(scene.manager(), () -> imports.importFile(ImportKind.REQUIREMENTS, "b.csv", bad, false));

        assertThat(ok.imported()).isEqualTo(1);
        assertThat(refused.written()).isFalse();
        var mine = signedIn.as(owner.user(), () -> requirements.mine());
        assertThat(mine).extracting(RequirementSummary::title).containsExactly("PG 导入");
        assertThat(mine.get(0).status()).isEqualTo(RequirementStatus.SUBMITTED);
        assertThat(mine.get(0).budgetMin()).isEqualByComparingTo("100000.50");
        assertThat(signedIn.as(owner.user(), () -> requirements.history(mine.get(0).id()))).hasSize(2);
    }

    @Test
    void theWholeWorkflowRunsOnPostgres() {
        var manager = scene.manager();
        var published = scene.published(manager, java.time.Duration.ofDays(20));
        assertThat(published.criteria()).hasSize(3);
        assertThat(published.listTitle()).endsWith("新经济应用场景机会清单");
    }
}
