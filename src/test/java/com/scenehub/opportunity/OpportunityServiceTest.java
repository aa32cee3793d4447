package com.scenehub.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scenehub.records.StatusChange;
import com.scenehub.requirement.RequirementSummary;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.support.SceneData;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData.OrgAndUser;
import com.scenehub.supply.SupplyItemSummary;
import com.scenehub.supply.SupplyService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@SceneHubTest
class OpportunityServiceTest {

    @Autowired OpportunityService opportunities;
    @Autowired SupplyService supply;
    @Autowired SceneData scene;
    @Autowired SignedIn signedIn;

    private static String key(Throwable t) {
        return ((BusinessRuleException) t).messageKey();
    }

    private static final Duration MONTH = Duration.ofDays(30);

    @Test
    void aManagerDesignsFromAcceptedRequirementsOnly() {
        AccountSummary manager = scene.manager();
        OrgAndUser owner = scene.enterprise();
        RequirementSummary accepted = scene.accepted(owner, manager);
        RequirementSummary submitted = scene.submitted(scene.enterprise());
        Instant now = Instant.now();

        assertThatThrownBy(() -> signedIn.as(manager, () -> opportunities.design(SceneData.opportunityForm(
                Set.of(accepted.id(), submitted.id()), now, now.plus(MONTH)))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.opportunity.requirement-not-accepted"));

        OpportunityDetails d = signedIn.as(manager, () -> opportunities.design(SceneData.opportunityForm(
                Set.of(accepted.id()), now, now.plus(MONTH))));
        assertThat(d.status()).isEqualTo(OpportunityStatus.DESIGNING);
        assertThat(d.demandOrganisationIds()).containsExactly(owner.organisation().id());
        assertThat(d.criteria()).extracting(Criterion::weight).containsExactly(40, 30, 30);
        assertThat(d.published()).isFalse();
    }

    @Test
    void weightsMustSumTo100AndTheWindowMustBeInOrder() {
        AccountSummary manager = scene.manager();
        RequirementSummary r = scene.accepted(scene.enterprise(), manager);
        Instant now = Instant.now();
        OpportunityForm weights = SceneData.opportunityForm(Set.of(r.id()), now, now.plus(MONTH));
        weights.setCriteria(List.of(new Criterion("技术", null, 60), new Criterion("价格", null, 30)));
        OpportunityForm window = SceneData.opportunityForm(Set.of(r.id()), now.plus(MONTH), now);
        OpportunityForm budget = SceneData.opportunityForm(Set.of(r.id()), now, now.plus(MONTH));
        budget.setBudget(BigDecimal.ZERO);
        OpportunityForm none = SceneData.opportunityForm(Set.of(), now, now.plus(MONTH));

        signedIn.run(manager, () -> {
            assertThatThrownBy(() -> opportunities.design(weights)).satisfies(e -> {
                assertThat(key(e)).isEqualTo("error.opportunity.weights-sum");
                assertThat(((BusinessRuleException) e).arguments()).containsExactly(90);
            });
            assertThatThrownBy(() -> opportunities.design(window)).satisfies(e -> assertThat(key(e)).isEqualTo("error.dates.order"));
            assertThatThrownBy(() -> opportunities.design(budget)).satisfies(e -> assertThat(key(e)).isEqualTo("error.opportunity.budget-positive"));
            assertThatThrownBy(() -> opportunities.design(none)).satisfies(e -> assertThat(key(e)).isEqualTo("error.opportunity.requirements-required"));
        });
    }

    @Test
    void designingToReadyAndBack() {
        AccountSummary manager = scene.manager();
        OpportunityDetails ready = scene.ready(manager, MONTH);
        assertThat(ready.status()).isEqualTo(OpportunityStatus.READY);
        signedIn.run(manager, () -> {
            assertThatThrownBy(() -> opportunities.update(ready.id(), OpportunityForm.of(ready)))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.opportunity.not-designing"));
            assertThat(opportunities.backToDesign(ready.id()).status()).isEqualTo(OpportunityStatus.DESIGNING);
            OpportunityForm f = OpportunityForm.of(ready);
            f.setTitle("改名后的机会");
            assertThat(opportunities.update(ready.id(), f).title()).isEqualTo("改名后的机会");
        });
    }

    @Test
    void publishingNumbersTheListOpensTheOpportunitiesAndFreezesThem() {
        AccountSummary manager = scene.manager();
        OpportunityDetails a = scene.ready(manager, MONTH);
        OpportunityDetails b = scene.ready(manager, MONTH);
        SupplyItemSummary item = scene.listed(scene.provider(), manager, "产线监测");

        OpportunityListSummary list = signedIn.as(manager, () -> {
            OpportunityListSummary first = opportunities.createList(2071, null);
            OpportunityListSummary second = opportunities.createList(2071, null);
            assertThat(first.sequence()).isEqualTo(1);
            assertThat(second.sequence()).isEqualTo(2);
            assertThat(second.title()).isEqualTo("2071年第2批新经济应用场景机会清单");
            opportunities.addOpportunity(second.id(), a.id());
            opportunities.addOpportunity(second.id(), b.id());
            opportunities.addSupplyItem(second.id(), item.id());
            return opportunities.publishList(second.id());
        });

        assertThat(list.published()).isTrue();
        assertThat(list.opportunityIds()).containsExactlyInAnyOrder(a.id(), b.id());
        OpportunityDetails published = opportunities.findOpportunity(a.id()).orElseThrow();
        assertThat(published.status()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(published.listTitle()).isEqualTo("2071年第2批新经济应用场景机会清单");
        assertThat(opportunities.openOpportunities()).extracting(OpportunityDetails::id).contains(a.id(), b.id());
        assertThat(opportunities.supplyItemsOf(list.id())).extracting(SupplyItemSummary::id).containsExactly(item.id());

        signedIn.run(manager, () -> {
            assertThatThrownBy(() -> opportunities.update(a.id(), OpportunityForm.of(published)))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.opportunity.frozen"));
            assertThatThrownBy(() -> opportunities.publishList(list.id()))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.list.published"));
            assertThatThrownBy(() -> opportunities.removeOpportunity(list.id(), a.id()))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.list.published"));
        });
    }

    @Test
    void onlyReadyOpportunitiesAndListedItemsEnterAListAndAnEmptyListIsNotPublished() {
        AccountSummary manager = scene.manager();
        RequirementSummary r = scene.accepted(scene.enterprise(), manager);
        Instant now = Instant.now();
        OpportunityDetails designing = signedIn.as(manager, () -> opportunities.design(
                SceneData.opportunityForm(Set.of(r.id()), now, now.plus(MONTH))));
        OrgAndUser provider = scene.provider();
        SupplyItemSummary draft = signedIn.as(provider.user(), () -> supply.createDraft(SceneData.supplyForm("草稿")));

        signedIn.run(manager, () -> {
            OpportunityListSummary list = opportunities.createList(2072, null);
            assertThatThrownBy(() -> opportunities.publishList(list.id()))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.list.empty"));
            assertThatThrownBy(() -> opportunities.addOpportunity(list.id(), designing.id()))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.opportunity.not-ready"));
            assertThatThrownBy(() -> opportunities.addSupplyItem(list.id(), draft.id()))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.supply.not-found"));
        });
    }

    @Test
    void aCorrigendumChangesFrozenTermsPubliclyWithAReason() {
        AccountSummary manager = scene.manager();
        OpportunityDetails d = scene.published(manager, MONTH);
        Instant later = d.windowCloses().plus(Duration.ofDays(7));
        List<Criterion> criteria = List.of(new Criterion("技术方案", null, 50), new Criterion("报价", null, 50));

        signedIn.run(manager, () -> {
            assertThatThrownBy(() -> opportunities.correct(d.id(), new OpportunityCorrection(" ", later, null, null, null)))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.reason-required"));
            assertThatThrownBy(() -> opportunities.correct(d.id(), new OpportunityCorrection("理由", null, null,
                    List.of(new Criterion("技术", null, 70)), null)))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.opportunity.weights-sum"));
            assertThatThrownBy(() -> opportunities.correct(d.id(), new OpportunityCorrection("理由", null, null, null, null)))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.opportunity.correction-empty"));
            assertThatThrownBy(() -> opportunities.correct(d.id(), new OpportunityCorrection("理由",
                    Instant.now().minusSeconds(5), null, null, null)))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.opportunity.window-past"));
        });
        CorrigendumSummary c = signedIn.as(manager, () -> opportunities.correct(d.id(),
                new OpportunityCorrection("应企业要求延长报名时间", later, null, criteria, null)));

        assertThat(c.number()).isEqualTo(1);
        assertThat(c.changes()).extracting(CorrigendumChange::field).containsExactly("WINDOW_CLOSES", "CRITERIA");
        OpportunityDetails after = opportunities.findOpportunity(d.id()).orElseThrow();
        assertThat(after.windowCloses()).isEqualTo(later);
        assertThat(after.criteria()).isEqualTo(criteria);
        assertThat(opportunities.corrigenda(d.id())).singleElement()
                .satisfies(x -> assertThat(x.reason()).isEqualTo("应企业要求延长报名时间"));
        assertThat(opportunities.history(d.id())).extracting(StatusChange::reason).contains("应企业要求延长报名时间");
    }

    @Test
    void withdrawalNeedsAPublicReasonAndOnlyAPublishedOpportunityIsWithdrawn() {
        AccountSummary manager = scene.manager();
        OpportunityDetails ready = scene.ready(manager, MONTH);
        OpportunityDetails published = scene.published(manager, MONTH);
        signedIn.run(manager, () -> {
            assertThatThrownBy(() -> opportunities.withdraw(ready.id(), "理由"))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.opportunity.transition"));
            assertThatThrownBy(() -> opportunities.withdraw(published.id(), ""))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.reason-required"));
            OpportunityDetails w = opportunities.withdraw(published.id(), "需求方项目调整");
            assertThat(w.status()).isEqualTo(OpportunityStatus.WITHDRAWN);
            assertThat(w.outcomeReason()).isEqualTo("需求方项目调整");
            assertThatThrownBy(() -> opportunities.correct(published.id(),
                    new OpportunityCorrection("x", null, "新资格", null, null)))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.opportunity.correct-not-open"));
        });
        assertThat(opportunities.findOpportunity(published.id())).get()
                .satisfies(o -> assertThat(o.status()).isEqualTo(OpportunityStatus.WITHDRAWN));
        assertThat(opportunities.openOpportunities()).extracting(OpportunityDetails::id).doesNotContain(published.id());
    }

    @Test
    void theSelectionTransitionsFollowTheWindowAndTheOrder() throws InterruptedException {
        AccountSummary manager = scene.manager();
        OpportunityDetails d = scene.published(manager, Duration.ofMillis(1500));
        Long winner = scene.provider().organisation().id();
        signedIn.run(manager, () -> {
            assertThatThrownBy(() -> opportunities.startEvaluation(d.id()))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.opportunity.window-still-open"));
            assertThatThrownBy(() -> opportunities.startNotice(d.id()))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.opportunity.transition"));
            assertThatThrownBy(() -> opportunities.award(d.id(), winner))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.opportunity.transition"));
        });
        Thread.sleep(1600);
        signedIn.run(manager, () -> {
            assertThat(opportunities.startEvaluation(d.id()).status()).isEqualTo(OpportunityStatus.EVALUATING);
            assertThatThrownBy(() -> opportunities.award(d.id(), winner))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.opportunity.transition"));
            assertThat(opportunities.startNotice(d.id()).status()).isEqualTo(OpportunityStatus.NOTICE);
            OpportunityDetails awarded = opportunities.award(d.id(), winner);
            assertThat(awarded.status()).isEqualTo(OpportunityStatus.AWARDED);
            assertThat(awarded.winnerOrganisationId()).isEqualTo(winner);
            assertThatThrownBy(() -> opportunities.cancel(d.id(), "x"))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.opportunity.transition"));
            assertThatThrownBy(() -> opportunities.fail(d.id(), "x"))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.opportunity.transition"));
        });
        assertThat(opportunities.history(d.id())).extracting(StatusChange::toStatus)
                .containsSubsequence("READY", "OPEN", "EVALUATING", "NOTICE", "AWARDED");
    }

    @Test
    void failAndCancelNeedReasons() {
        AccountSummary manager = scene.manager();
        OpportunityDetails d = scene.published(manager, MONTH);
        signedIn.run(manager, () -> {
            assertThatThrownBy(() -> opportunities.fail(d.id(), "无人应征"))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.opportunity.transition"));
            assertThatThrownBy(() -> opportunities.cancel(d.id(), null))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.reason-required"));
            assertThat(opportunities.cancel(d.id(), "政策调整").status()).isEqualTo(OpportunityStatus.CANCELLED);
        });
    }

    @Test
    void thePublicSeesOnlyPublishedOpportunitiesAndOnlyManagersDesign() {
        AccountSummary manager = scene.manager();
        OpportunityDetails ready = scene.ready(manager, MONTH);
        OpportunityDetails published = scene.published(manager, MONTH);
        OrgAndUser enterprise = scene.enterprise();
        OrgAndUser provider = scene.provider();

        assertThat(opportunities.findOpportunity(ready.id())).isEmpty();
        assertThat(opportunities.findOpportunity(published.id())).isPresent();
        assertThat(signedIn.as(provider.user(), () -> opportunities.findOpportunity(ready.id()))).isEmpty();
        assertThat(signedIn.as(enterprise.user(), () -> opportunities.findOpportunity(ready.id()))).isEmpty();
        assertThat(signedIn.as(scene.expert(), () -> opportunities.findOpportunity(ready.id()))).isPresent();
        assertThat(opportunities.publishedOpportunities()).extracting(OpportunityDetails::id)
                .contains(published.id()).doesNotContain(ready.id());
        assertThat(opportunities.lists()).allMatch(OpportunityListSummary::published);

        assertThatThrownBy(() -> signedIn.as(enterprise.user(), () -> opportunities.createList(2073, null)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(provider.user(), () -> opportunities.startEvaluation(published.id())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(scene.expert(), () -> opportunities.markReady(ready.id())))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
