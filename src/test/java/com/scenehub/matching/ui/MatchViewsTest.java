package com.scenehub.matching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.matching.MatchKind;
import com.scenehub.matching.MatchSource;
import com.scenehub.matching.MatchingIndex;
import com.scenehub.matching.Visibility;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData;
import com.scenehub.support.TestData.OrgAndUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.AopTestUtils;
import org.springframework.beans.factory.annotation.Autowired;

@SceneHubTest
class MatchViewsTest extends SpringBrowserlessTest {

    @Autowired MatchingIndex index;
    @Autowired TestData testData;
    @Autowired SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.logout();
    }

    @Test
    void theOwnerSeesExplainedMatchesInEnglishAndInvitesAProvider() {
        OrgAndUser enterprise = testData.verifiedOrganisation(Roles.ENTERPRISE);
        OrgAndUser provider = testData.verifiedOrganisation(Roles.PROVIDER);
        String word = "激光清洗" + TestData.next();
        long itemId = 8_000_000L + TestData.next();
        long opportunityId = 8_100_000L + TestData.next();
        index.upsert(MatchSource.supplyItem(itemId, provider.organisation().id(), provider.organisation().name(), true,
                word + "设备", word + "去除模具表面油污。", Set.of("SMART_FACTORY"), Set.of("EQUIPMENT_MFG"), "HONGTA",
                new BigDecimal("200000"), new BigDecimal("300000"), 8, 2, 0));
        index.upsert(new MatchSource(MatchKind.OPPORTUNITY, opportunityId, enterprise.organisation().id(), "需求方",
                Visibility.PUBLIC, word + "模具清洗", "模具需要" + word + "。", Set.of("SMART_FACTORY"),
                Set.of("EQUIPMENT_MFG"), "HONGTA", new BigDecimal("400000"), new BigDecimal("400000"), null, 0, 0));
        signedIn.login(enterprise.user().username());
        UI.getCurrent().setLocale(Translations.ENGLISH);

        OpportunityMatchesView view = AopTestUtils.getUltimateTargetObject(
                navigate("matches/opportunity/" + opportunityId, OpportunityMatchesView.class));

        assertThat(view.heading.getText()).contains(word);
        assertThat(view.list.cards).isNotEmpty();
        assertThat(view.list.cards.getFirst().getElement().getTextRecursively())
                .contains("Price within budget").contains("Same scene field: Smart factory");
        var invite = view.list.inviteButtons.getFirst();
        assertThat(invite.getText()).isEqualTo("Invite to apply");
        test(invite).click();
        assertThat(invite.getText()).isEqualTo("Invited");
        assertThat(invite.isEnabled()).isFalse();
    }

    @Test
    void anotherEnterpriseReadsWhyItMayNotSeeTheMatches() {
        OrgAndUser owner = testData.verifiedOrganisation(Roles.ENTERPRISE);
        long opportunityId = 8_200_000L + TestData.next();
        index.upsert(new MatchSource(MatchKind.OPPORTUNITY, opportunityId, owner.organisation().id(), "需求方",
                Visibility.PUBLIC, "某机会", "内容", Set.of(), Set.of(), null, null, null, null, 0, 0));
        signedIn.login(testData.verifiedOrganisation(Roles.ENTERPRISE).user().username());
        UI.getCurrent().setLocale(Translations.CHINESE);

        OpportunityMatchesView view = AopTestUtils.getUltimateTargetObject(
                navigate("matches/opportunity/" + opportunityId, OpportunityMatchesView.class));

        assertThat(view.refusal.getText()).contains("仅管理人员");
        assertThat(view.list).isNull();
    }

    @Test
    void managersSeeTheSynonymList() {
        signedIn.login(testData.staff(Roles.MANAGER).username());

        SynonymsView view = AopTestUtils.getUltimateTargetObject(navigate(SynonymsView.class));

        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(190);
        assertThat(view.shown.getItemLabelGenerator().apply(null)).isEqualTo(view.getTranslation("matching.synonyms.all"));
        // the seeded Chinese–English words are listed apart from the synonym groups
        view.shown.setValue(com.scenehub.matching.SynonymKind.TRANSLATION);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(170);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo(view.getTranslation("matching.synonym-kind.TRANSLATION"));
        view.shown.setValue(com.scenehub.matching.SynonymKind.SYNONYM);
        assertThat(test(view.grid).size()).isBetween(20, 60);
    }
}
