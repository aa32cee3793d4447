package com.scenehub.supply.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.shared.i18n.Translations;
import com.scenehub.supply.SolutionCallSummary;
import com.scenehub.supply.SupplyService;
import com.scenehub.support.SceneData;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData.OrgAndUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

@SceneHubTest
class SupplyViewsTest extends SpringBrowserlessTest {

    @Autowired SupplyService supply;
    @Autowired SceneData scene;
    @Autowired SignedIn signedIn;
    @Autowired Clock clock;

    @Test
    void aCallDeadlineInThePastIsRefusedInTheDialogAndTheThemeStays() {
        signedIn.login(scene.manager().username());
        UI.getCurrent().setLocale(Translations.CHINESE);
        SupplyView view = AopTestUtils.getUltimateTargetObject(navigate(SupplyView.class));
        test(view.openCall).click();
        roundTrip();
        CallDialog dialog = view.callDialog;
        LocalDate today = LocalDate.now(clock);
        String theme = "智慧园区视觉巡检征集" + System.nanoTime();
        test(dialog.theme).setValue(theme);
        assertThat(dialog.deadline.getMin()).isEqualTo(today);

        dialog.deadline.setValue(today.minusDays(1));
        test(dialog.confirm).click();

        assertThat(dialog.deadline.isInvalid()).isTrue();
        assertThat(dialog.deadline.getErrorMessage()).isEqualTo("日期早于允许的最早日期。");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.theme.getValue()).isEqualTo(theme);
        assertThat(supply.calls()).extracting(SolutionCallSummary::theme).doesNotContain(theme);

        dialog.deadline.setValue(today.plusDays(20));
        test(dialog.confirm).click();
        assertThat(supply.calls()).filteredOn(c -> c.theme().equals(theme)).singleElement()
                .satisfies(c -> assertThat(c.deadline()).isEqualTo(today.plusDays(20)));
    }

    @Test
    void aProviderPriceRangeOutOfOrderIsRefusedBesideTheField() {
        OrgAndUser provider = scene.provider();
        signedIn.login(provider.user().username());
        UI.getCurrent().setLocale(Translations.ENGLISH);
        SupplyItemFormView view = AopTestUtils.getUltimateTargetObject(navigate(SupplyItemFormView.class));
        test(view.name).setValue("Edge vision box");
        view.priceMin.setValue(new BigDecimal("90000"));
        view.priceMax.setValue(new BigDecimal("10000"));

        test(view.save).click();

        assertThat(view.priceMax.isInvalid()).isTrue();
        assertThat(view.priceMax.getErrorMessage()).isEqualTo("The minimum price must not be above the maximum.");
        assertThat(view.name.getValue()).isEqualTo("Edge vision box");
        assertThat(view.priceMin.getValue()).isEqualByComparingTo("90000");
        assertThat(supply.mine()).isEmpty();
    }
}
