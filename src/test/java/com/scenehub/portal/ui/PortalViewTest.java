package com.scenehub.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.requirement.ui.RequirementFormView;
import com.scenehub.security.AccountSummary;
import com.scenehub.support.SceneData;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SceneHubTest
class PortalViewTest extends SpringBrowserlessTest {

    @Autowired SceneData scene;
    @Autowired SignedIn signedIn;

    @Test
    void anonymousVisitorsSearchPublishedOpportunitiesWithFilters() {
        AccountSummary manager = scene.manager();
        OpportunityDetails published = scene.published(manager, Duration.ofDays(30));
        OpportunityDetails unpublished = scene.ready(manager, Duration.ofDays(30));
        signedIn.logout();

        PortalView view = navigate(PortalView.class);
        assertThat(view.current).extracting(OpportunityDetails::id).contains(published.id()).doesNotContain(unpublished.id());

        view.sceneField.setValue("SMART_LOGISTICS");
        assertThat(view.current).extracting(OpportunityDetails::id).doesNotContain(published.id());
        view.sceneField.setValue("SMART_FACTORY");
        assertThat(view.current).extracting(OpportunityDetails::id).contains(published.id());

        view.industryChain.setValue("EQUIPMENT");
        view.zoneArea.setValue("YANHE");
        view.budgetMin.setValue(new java.math.BigDecimal("2000000"));
        assertThat(view.current).extracting(OpportunityDetails::id).doesNotContain(published.id());
        view.budgetMin.setValue(new java.math.BigDecimal("500000"));
        view.budgetMax.setValue(new java.math.BigDecimal("1000000"));
        assertThat(view.current).extracting(OpportunityDetails::id).contains(published.id());
        view.state.setValue("CLOSED");
        assertThat(view.current).extracting(OpportunityDetails::id).doesNotContain(published.id());
        view.state.setValue("OPEN");
        assertThat(view.current).extracting(OpportunityDetails::id).contains(published.id());
        test(view.text).setValue("数控产线");
        assertThat(view.current).extracting(OpportunityDetails::id).contains(published.id());
        test(view.text).setValue("不存在的关键词");
        assertThat(view.current).isEmpty();
    }

    @Test
    void anonymousVisitorsReadAPublishedOpportunityButNotAnUnpublishedOne() {
        AccountSummary manager = scene.manager();
        OpportunityDetails published = scene.published(manager, Duration.ofDays(30));
        OpportunityDetails unpublished = scene.ready(manager, Duration.ofDays(30));
        signedIn.logout();

        PortalOpportunityView page = navigate(PortalOpportunityView.class, published.id());
        assertThat(page.opportunity.id()).isEqualTo(published.id());

        UI.getCurrent().navigate(PortalOpportunityView.class, unpublished.id());
        assertThat(getCurrentView()).isInstanceOf(PortalView.class);

        PortalListView list = navigate(PortalListView.class, published.listId());
        assertThat(list.list.id()).isEqualTo(published.listId());
    }

    @Test
    void anonymousVisitorsCannotOpenTheRequirementForm() {
        signedIn.logout();
        UI.getCurrent().navigate(RequirementFormView.class);
        assertThat(getCurrentView()).isNotInstanceOf(RequirementFormView.class);
    }
}
