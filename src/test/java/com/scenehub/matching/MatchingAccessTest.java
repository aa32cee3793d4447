package com.scenehub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.scenehub.notification.NotificationService;
import com.scenehub.shared.domain.AccessDeniedException;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData;
import com.scenehub.support.TestData.OrgAndUser;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who sees what: never another provider's unpublished items; matches only for owners and staff. */
@SceneHubTest
class MatchingAccessTest {

    @Autowired MatchingIndex index;
    @Autowired MatchingSearch search;
    @Autowired MatchingService matching;
    @Autowired NotificationService notifications;
    @Autowired TestData testData;
    @Autowired SignedIn signedIn;

    OrgAndUser providerA;
    OrgAndUser providerB;
    OrgAndUser enterprise;
    String word;
    MatchSource listedOfA;
    MatchSource draftOfA;
    MatchSource opportunity;

    @BeforeEach
    void setUp() {
        providerA = testData.verifiedOrganisation(Roles.PROVIDER);
        providerB = testData.verifiedOrganisation(Roles.PROVIDER);
        enterprise = testData.verifiedOrganisation(Roles.ENTERPRISE);
        word = "磁悬浮输送线" + TestData.next();
        listedOfA = MatchingFixtures.item(providerA.organisation().id(), providerA.organisation().name(), true,
                word + "标准版", word + "用于产线物料输送。", "SMART_FACTORY", "EQUIPMENT_MFG", 300_000, 500_000, 8, 1);
        draftOfA = MatchingFixtures.item(providerA.organisation().id(), providerA.organisation().name(), false,
                word + "未发布新品", word + "新一代样机，尚未上架。", "SMART_FACTORY", "EQUIPMENT_MFG", 300_000, 500_000, 5, 0);
        opportunity = MatchingFixtures.opportunity(enterprise.organisation().id(), word + "产线改造",
                "需要" + word + "实现物料自动输送。", "SMART_FACTORY", "EQUIPMENT_MFG", 600_000);
        index.upsert(listedOfA);
        index.upsert(draftOfA);
        index.upsert(opportunity);
    }

    private List<Long> ids(List<ExplainedMatch> results) {
        return results.stream().map(r -> r.match().sourceId()).toList();
    }

    @Test
    void thePublicPortalSearchShowsPublishedRecordsOnly() {
        List<Long> hits = ids(search.search(word, SearchFilters.none(), Locale.SIMPLIFIED_CHINESE));

        assertThat(hits).contains(listedOfA.sourceId(), opportunity.sourceId()).doesNotContain(draftOfA.sourceId());
    }

    @Test
    void anotherProviderNeverSeesAnUnpublishedItemButItsOwnerAndManagersDo() {
        List<Long> seenByB = signedIn.as(providerB.user(),
                () -> ids(search.searchAsCurrentUser(word, SearchFilters.none(), Locale.ENGLISH, 50)));
        List<Long> seenByA = signedIn.as(providerA.user(),
                () -> ids(search.searchAsCurrentUser(word, SearchFilters.none(), Locale.ENGLISH, 50)));
        List<Long> seenByManager = signedIn.as(testData.staff(Roles.MANAGER),
                () -> ids(search.searchAsCurrentUser(word, SearchFilters.none(), Locale.ENGLISH, 50)));

        assertThat(seenByB).contains(listedOfA.sourceId()).doesNotContain(draftOfA.sourceId());
        assertThat(seenByA).contains(listedOfA.sourceId(), draftOfA.sourceId());
        assertThat(seenByManager).contains(draftOfA.sourceId());
    }

    @Test
    void matchesOfAnOpportunityRankListedItemsOnlyEvenForTheOwner() {
        List<Long> ranked = signedIn.as(enterprise.user(),
                () -> matching.itemsFor(MatchKind.OPPORTUNITY, opportunity.sourceId(), 50)).stream()
                .map(MatchResult::sourceId).toList();

        assertThat(ranked).contains(listedOfA.sourceId()).doesNotContain(draftOfA.sourceId());
    }

    @Test
    void onlyTheOwningEnterpriseAndStaffSeeTheMatchesOfAnOpportunity() {
        OrgAndUser otherEnterprise = testData.verifiedOrganisation(Roles.ENTERPRISE);

        assertThatThrownBy(() -> signedIn.as(otherEnterprise.user(),
                () -> matching.itemsFor(MatchKind.OPPORTUNITY, opportunity.sourceId(), 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(providerB.user(),
                () -> matching.itemsFor(MatchKind.OPPORTUNITY, opportunity.sourceId(), 10)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(signedIn.as(testData.staff(Roles.EXPERT),
                () -> matching.itemsFor(MatchKind.OPPORTUNITY, opportunity.sourceId(), 10))).isNotEmpty();
    }

    @Test
    void aProviderSeesOpenOpportunitiesRankedForItsItems() {
        List<MatchResult> forA = signedIn.as(providerA.user(), () -> matching.opportunitiesForMe(20));

        assertThat(forA).extracting(MatchResult::sourceId).contains(opportunity.sourceId());
        assertThat(forA.getFirst().reasons()).isNotEmpty();
    }

    @Test
    void theOwnerInvitesAProviderOnceAndTheProviderIsNotified() {
        signedIn.run(enterprise.user(), () -> matching.invite(MatchKind.OPPORTUNITY, opportunity.sourceId(),
                listedOfA.sourceId()));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(signedIn.as(providerA.user(),
                () -> notifications.mine(10))).anySatisfy(n -> {
                    assertThat(n.messageKey()).isEqualTo("notify.matching.invited-opportunity");
                    assertThat(n.arguments()).contains(opportunity.title(), listedOfA.title());
                }));
        assertThat(signedIn.as(enterprise.user(),
                () -> matching.invitedProviders(MatchKind.OPPORTUNITY, opportunity.sourceId())))
                .containsExactly(providerA.organisation().id());
        assertThatThrownBy(() -> signedIn.run(enterprise.user(), () -> matching.invite(MatchKind.OPPORTUNITY,
                opportunity.sourceId(), listedOfA.sourceId())))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("error.matching.already-invited");
    }

    @Test
    void nobodyCanInviteToAnUnpublishedItem() {
        assertThatThrownBy(() -> signedIn.run(enterprise.user(), () -> matching.invite(MatchKind.OPPORTUNITY,
                opportunity.sourceId(), draftOfA.sourceId())))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("error.matching.item-not-found");
    }
}
