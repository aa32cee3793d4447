package com.scenehub.opportunity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.support.SceneData;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

@SceneHubTest
class OpportunityViewsTest extends SpringBrowserlessTest {

    @Autowired OpportunityService opportunities;
    @Autowired SceneData scene;
    @Autowired SignedIn signedIn;

    @Test
    void anApplicationWindowThatClosesBeforeItOpensIsRefusedAndTheFormKeepsItsValues() {
        AccountSummary manager = scene.manager();
        signedIn.login(manager.username());
        UI.getCurrent().setLocale(Translations.ENGLISH);
        OpportunityDesignView view = AopTestUtils.getUltimateTargetObject(navigate(OpportunityDesignView.class));
        test(view.title).setValue("Smart warehouse");
        view.budget.setValue(new BigDecimal("0"));
        view.windowOpens.setValue(LocalDate.of(2030, 3, 1));
        view.windowCloses.setValue(LocalDate.of(2030, 2, 1));

        test(view.save).click();

        assertThat(view.windowCloses.isInvalid()).isTrue();
        assertThat(view.windowCloses.getErrorMessage()).isEqualTo("The end date must not be before the start date.");
        assertThat(view.budget.isInvalid()).isTrue();
        assertThat(view.budget.getErrorMessage()).isNotBlank().doesNotStartWith("!");
        assertThat(view.title.getValue()).isEqualTo("Smart warehouse");
        assertThat(view.windowOpens.getValue()).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(view.opportunityId).isNull();
    }

    @Test
    void theManagerFindsTheRankedMatchesFromTheOpportunity() {
        AccountSummary manager = scene.manager();
        OpportunityDetails published = scene.published(manager, Duration.ofDays(30));
        signedIn.login(manager.username());
        OpportunityManageView view = AopTestUtils.getUltimateTargetObject(navigate(OpportunityManageView.class, published.id()));
        assertThat(view.related.getChildren().map(c -> ((RouterLink) c).getHref()))
                .containsExactly("matches/opportunity/" + published.id());
    }
}
