package com.scenehub.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scenehub.records.StatusChange;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.domain.NotFoundException;
import com.scenehub.support.SceneData;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData.OrgAndUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@SceneHubTest
class SupplyServiceTest {

    @Autowired SupplyService supply;
    @Autowired SceneData scene;
    @Autowired SignedIn signedIn;

    private static String key(Throwable t) {
        return ((BusinessRuleException) t).messageKey();
    }

    private SupplyItemSummary submitted(OrgAndUser provider) {
        SupplyItemSummary draft = signedIn.as(provider.user(), () -> supply.createDraft(SceneData.supplyForm("方案")));
        return signedIn.as(provider.user(), () -> supply.submit(draft.id()));
    }

    @Test
    void aProviderPostsAndAManagerListsAndTheItemBecomesPublic() {
        OrgAndUser provider = scene.provider();
        AccountSummary manager = scene.manager();
        SupplyItemSummary item = submitted(provider);
        assertThat(item.status()).isEqualTo(SupplyItemStatus.SUBMITTED);
        assertThat(supply.findItem(item.id())).isEmpty();
        assertThat(supply.listedItems()).extracting(SupplyItemSummary::id).doesNotContain(item.id());

        SupplyItemSummary listed = signedIn.as(manager, () -> supply.list(item.id()));

        assertThat(listed.status()).isEqualTo(SupplyItemStatus.LISTED);
        assertThat(listed.listedAt()).isNotNull();
        assertThat(supply.findItem(item.id())).isPresent();
        assertThat(supply.listedItems()).extracting(SupplyItemSummary::id).contains(item.id());
        assertThat(listed.sceneFields()).containsExactly("SMART_FACTORY");
        assertThat(listed.trl()).isEqualTo(7);
        assertThat(signedIn.as(provider.user(), () -> supply.history(item.id()))).extracting(StatusChange::toStatus)
                .containsExactly("DRAFT", "SUBMITTED", "LISTED");
    }

    @Test
    void formRulesAreEnforced() {
        OrgAndUser provider = scene.provider();
        SupplyItemForm trl = SceneData.supplyForm("TRL");
        trl.setTrl(10);
        SupplyItemForm price = SceneData.supplyForm("价格");
        price.setPriceMin(new BigDecimal("10"));
        price.setPriceMax(new BigDecimal("5"));
        SupplyItemForm fields = SceneData.supplyForm("领域");
        fields.setSceneFields(Set.of());
        signedIn.run(provider.user(), () -> {
            assertThatThrownBy(() -> supply.createDraft(trl)).satisfies(e -> assertThat(key(e)).isEqualTo("error.supply.trl-range"));
            assertThatThrownBy(() -> supply.createDraft(price)).satisfies(e -> assertThat(key(e)).isEqualTo("error.price.order"));
            assertThatThrownBy(() -> supply.createDraft(fields)).satisfies(e -> assertThat(key(e)).isEqualTo("error.supply.scene-fields-required"));
            assertThat(supply.mine()).isEmpty();
        });
    }

    @Test
    void returnAndRejectNeedReasonsAndAReturnedItemIsResubmitted() {
        OrgAndUser provider = scene.provider();
        AccountSummary manager = scene.manager();
        SupplyItemSummary a = submitted(provider);
        SupplyItemSummary b = submitted(provider);

        signedIn.run(manager, () -> {
            assertThatThrownBy(() -> supply.returnForRevision(a.id(), "")).satisfies(e -> assertThat(key(e)).isEqualTo("error.reason-required"));
            assertThatThrownBy(() -> supply.reject(b.id(), null)).satisfies(e -> assertThat(key(e)).isEqualTo("error.reason-required"));
            assertThat(supply.returnForRevision(a.id(), "请补充案例").status()).isEqualTo(SupplyItemStatus.RETURNED);
            assertThat(supply.reject(b.id(), "与园区方向不符").status()).isEqualTo(SupplyItemStatus.REJECTED);
            assertThatThrownBy(() -> supply.list(b.id())).satisfies(e -> assertThat(key(e)).isEqualTo("error.supply.transition"));
        });
        signedIn.run(provider.user(), () -> {
            SupplyItemForm revised = SupplyItemForm.of(supply.findItem(a.id()).orElseThrow());
            revised.setReferenceCases("三家工厂案例");
            supply.update(a.id(), revised);
            assertThat(supply.submit(a.id()).status()).isEqualTo(SupplyItemStatus.SUBMITTED);
            assertThatThrownBy(() -> supply.update(b.id(), revised)).satisfies(e -> assertThat(key(e)).isEqualTo("error.supply.not-editable"));
        });
    }

    @Test
    void delistingNeedsAReasonAndRemovesTheItemFromThePublicList() {
        OrgAndUser provider = scene.provider();
        AccountSummary manager = scene.manager();
        SupplyItemSummary item = scene.listed(provider, manager, "监测系统");

        assertThatThrownBy(() -> signedIn.as(manager, () -> supply.delist(item.id(), " ")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.reason-required"));
        SupplyItemSummary delisted = signedIn.as(manager, () -> supply.delist(item.id(), "产品停产"));

        assertThat(delisted.status()).isEqualTo(SupplyItemStatus.DELISTED);
        assertThat(supply.findItem(item.id())).isEmpty();
        assertThat(supply.publishedItems(List.of(item.id()))).singleElement()
                .satisfies(s -> assertThat(s.reviewNote()).isEqualTo("产品停产"));
        assertThatThrownBy(() -> signedIn.as(manager, () -> supply.delist(item.id(), "again")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.supply.transition"));
    }

    @Test
    void aProviderDelistsOnlyItsOwnItems() {
        OrgAndUser provider = scene.provider();
        OrgAndUser other = scene.provider();
        SupplyItemSummary item = scene.listed(provider, scene.manager(), "系统");
        assertThatThrownBy(() -> signedIn.as(other.user(), () -> supply.delist(item.id(), "x")))
                .isInstanceOf(NotFoundException.class);
        assertThat(signedIn.as(provider.user(), () -> supply.delist(item.id(), "升级换代")).status())
                .isEqualTo(SupplyItemStatus.DELISTED);
    }

    @Test
    void unpublishedItemsAreVisibleOnlyToTheirProviderAndManagers() {
        OrgAndUser provider = scene.provider();
        OrgAndUser other = scene.provider();
        OrgAndUser enterprise = scene.enterprise();
        AccountSummary manager = scene.manager();
        SupplyItemSummary draft = signedIn.as(provider.user(), () -> supply.createDraft(SceneData.supplyForm("草稿")));
        SupplyItemSummary submitted = submitted(provider);

        assertThat(signedIn.as(provider.user(), () -> supply.findItem(draft.id()))).isPresent();
        assertThat(signedIn.as(other.user(), () -> supply.findItem(submitted.id()))).isEmpty();
        assertThat(signedIn.as(enterprise.user(), () -> supply.findItem(submitted.id()))).isEmpty();
        assertThat(signedIn.as(manager, () -> supply.findItem(draft.id()))).isEmpty();
        assertThat(signedIn.as(manager, () -> supply.findItem(submitted.id()))).isPresent();
        assertThat(supply.findItem(submitted.id())).isEmpty();
        assertThat(signedIn.as(other.user(), () -> supply.mine())).isEmpty();
        assertThatThrownBy(() -> signedIn.as(other.user(), () -> supply.history(submitted.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void rolesAreChecked() {
        OrgAndUser provider = scene.provider();
        OrgAndUser enterprise = scene.enterprise();
        SupplyItemSummary item = submitted(provider);
        assertThatThrownBy(() -> signedIn.as(provider.user(), () -> supply.list(item.id())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(enterprise.user(), () -> supply.createDraft(SceneData.supplyForm("x"))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(provider.user(), () -> supply.openCall("t", null, null, null,
                LocalDate.now().plusDays(10)))).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void callsTakeItemsUntilTheirDeadlineAndAClosedCallTakesNone() {
        AccountSummary manager = scene.manager();
        OrgAndUser provider = scene.provider();
        assertThatThrownBy(() -> signedIn.as(manager, () -> supply.openCall("过期", null, null, null,
                LocalDate.now().minusDays(3)))).satisfies(e -> assertThat(key(e)).isEqualTo("error.call.deadline-past"));
        SolutionCallSummary call = signedIn.as(manager, () -> supply.openCall("智能工厂方案征集", "说明",
                List.of("SMART_FACTORY"), List.of(), LocalDate.now().plusDays(30)));
        assertThat(supply.openCalls()).extracting(SolutionCallSummary::id).contains(call.id());

        SupplyItemForm form = SceneData.supplyForm("应征方案");
        form.setCallId(call.id());
        assertThat(signedIn.as(provider.user(), () -> supply.createDraft(form)).callId()).isEqualTo(call.id());

        signedIn.as(manager, () -> supply.closeCall(call.id()));
        assertThat(supply.openCalls()).extracting(SolutionCallSummary::id).doesNotContain(call.id());
        assertThatThrownBy(() -> signedIn.as(provider.user(), () -> supply.createDraft(form)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.call.closed"));
    }
}
