package com.scenehub.requirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scenehub.notification.NotificationService;
import com.scenehub.records.StatusChange;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.domain.AccessDeniedException;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.domain.NotFoundException;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.SceneData;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData;
import com.scenehub.support.TestData.OrgAndUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@SceneHubTest
class RequirementServiceTest {

    @Autowired RequirementService requirements;
    @Autowired NotificationService notifications;
    @Autowired SceneData scene;
    @Autowired TestData data;
    @Autowired SignedIn signedIn;
    @Autowired com.scenehub.shared.security.AuthenticatedUser authenticatedUser;

    private static String key(Throwable t) {
        return ((BusinessRuleException) t).messageKey();
    }

    @Test
    void anEnterpriseDraftsAndSubmitsAndTheHistoryRecordsBothSteps() {
        OrgAndUser owner = scene.enterprise();
        RequirementSummary draft = scene.draft(owner, "智能产线");
        assertThat(draft.status()).isEqualTo(RequirementStatus.DRAFT);
        assertThat(draft.ownerOrganisationId()).isEqualTo(owner.organisation().id());

        RequirementSummary submitted = signedIn.as(owner.user(), () -> requirements.submit(draft.id()));

        assertThat(submitted.status()).isEqualTo(RequirementStatus.SUBMITTED);
        assertThat(submitted.submittedAt()).isNotNull();
        var history = signedIn.as(owner.user(), () -> requirements.history(draft.id()));
        assertThat(history).extracting(StatusChange::toStatus).containsExactly("DRAFT", "SUBMITTED");
        assertThat(history.get(1).fromStatus()).isEqualTo("DRAFT");
        assertThat(history.get(1).actor()).isEqualTo(owner.user().displayName());
    }

    @Test
    void anIncompleteRequirementCannotBeSubmitted() {
        OrgAndUser owner = scene.enterprise();
        RequirementForm form = SceneData.requirementForm("缺少痛点");
        form.setPainPoints(" ");
        RequirementSummary draft = signedIn.as(owner.user(), () -> requirements.createDraft(form));

        assertThatThrownBy(() -> signedIn.as(owner.user(), () -> requirements.submit(draft.id())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.requirement.pain-points-required"));
        assertThat(signedIn.as(owner.user(), () -> requirements.findRequirement(draft.id())).status())
                .isEqualTo(RequirementStatus.DRAFT);
    }

    @Test
    void badValuesAreRefusedOnSaveAndNothingIsStored() {
        OrgAndUser owner = scene.enterprise();
        RequirementForm budget = SceneData.requirementForm("预算颠倒");
        budget.setBudgetMin(new BigDecimal("900"));
        budget.setBudgetMax(new BigDecimal("100"));
        RequirementForm dates = SceneData.requirementForm("日期颠倒");
        dates.setTimeframeStart(LocalDate.of(2027, 5, 1));
        dates.setTimeframeEnd(LocalDate.of(2027, 1, 1));
        RequirementForm longTitle = SceneData.requirementForm("长".repeat(201));
        RequirementForm noTitle = SceneData.requirementForm(null);

        signedIn.run(owner.user(), () -> {
            assertThatThrownBy(() -> requirements.createDraft(budget)).satisfies(e -> assertThat(key(e)).isEqualTo("error.budget.order"));
            assertThatThrownBy(() -> requirements.createDraft(dates)).satisfies(e -> assertThat(key(e)).isEqualTo("error.dates.order"));
            assertThatThrownBy(() -> requirements.createDraft(longTitle)).satisfies(e -> assertThat(key(e)).isEqualTo("error.text.too-long"));
            assertThatThrownBy(() -> requirements.createDraft(noTitle)).satisfies(e -> assertThat(key(e)).isEqualTo("error.requirement.title-required"));
            assertThat(requirements.mine()).isEmpty();
        });
    }

    @Test
    void anUnverifiedEnterpriseCannotPost() {
        OrgAndUser pending = data.pendingOrganisation(Roles.ENTERPRISE);
        assertThatThrownBy(() -> signedIn.as(pending.user(), () -> requirements.createDraft(SceneData.requirementForm("x"))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.organisation.not-verified"));
    }

    @Test
    void aManagerAssignsAnExpertWhoWritesTheAnalysis() {
        OrgAndUser owner = scene.enterprise();
        AccountSummary manager = scene.manager();
        AccountSummary expert = scene.expert();
        RequirementSummary r = scene.submitted(owner);

        RequirementSummary inAnalysis = signedIn.as(manager, () -> requirements.assignExpert(r.id(), expert.id()));
        assertThat(inAnalysis.status()).isEqualTo(RequirementStatus.IN_ANALYSIS);
        assertThat(inAnalysis.expertUserId()).isEqualTo(expert.id());
        assertThat(signedIn.as(expert, () -> requirements.toAnalyse())).extracting(RequirementSummary::id).contains(r.id());

        RequirementSummary analysed = signedIn.as(expert,
                () -> requirements.writeAnalysis(r.id(), "可行", "成熟", "良品率 99%"));
        assertThat(analysed.analysed()).isTrue();
        assertThat(analysed.analysisFeasibility()).isEqualTo("可行");
    }

    @Test
    void onlyAnExpertAccountCanBeAssignedAndOnlyTheAssignedExpertAnalyses() {
        OrgAndUser owner = scene.enterprise();
        AccountSummary manager = scene.manager();
        AccountSummary expert = scene.expert();
        AccountSummary otherExpert = scene.expert();
        RequirementSummary r = scene.submitted(owner);

        assertThatThrownBy(() -> signedIn.as(manager, () -> requirements.assignExpert(r.id(), manager.id())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.requirement.not-an-expert"));
        signedIn.as(manager, () -> requirements.assignExpert(r.id(), expert.id()));

        assertThatThrownBy(() -> signedIn.as(otherExpert, () -> requirements.writeAnalysis(r.id(), "a", "b", null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signedIn.as(otherExpert, () -> requirements.findRequirement(r.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(signedIn.as(otherExpert, () -> requirements.toAnalyse())).extracting(RequirementSummary::id)
                .doesNotContain(r.id());
        assertThatThrownBy(() -> signedIn.as(expert, () -> requirements.writeAnalysis(r.id(), "", "b", null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.requirement.analysis-required"));
    }

    @Test
    void acceptanceNeedsTheAnalysisAndIsFinal() {
        OrgAndUser owner = scene.enterprise();
        AccountSummary manager = scene.manager();
        AccountSummary expert = scene.expert();
        RequirementSummary r = scene.inAnalysis(owner, manager, expert);

        assertThatThrownBy(() -> signedIn.as(manager, () -> requirements.accept(r.id(), null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.requirement.analysis-missing"));
        signedIn.as(expert, () -> requirements.writeAnalysis(r.id(), "可行", "成熟", null));
        RequirementSummary accepted = signedIn.as(manager, () -> requirements.accept(r.id(), null));

        assertThat(accepted.status()).isEqualTo(RequirementStatus.ACCEPTED);
        assertThat(signedIn.as(manager, () -> requirements.accepted())).extracting(RequirementSummary::id).contains(r.id());
        assertThatThrownBy(() -> signedIn.as(owner.user(), () -> requirements.withdraw(r.id(), "不做了")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.requirement.transition"));
        assertThatThrownBy(() -> signedIn.as(manager, () -> requirements.reject(r.id(), "晚了")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.requirement.transition"));
    }

    @Test
    void decisionsBeforeAnalysisStartsAreRefused() {
        OrgAndUser owner = scene.enterprise();
        AccountSummary manager = scene.manager();
        RequirementSummary r = scene.submitted(owner);
        assertThatThrownBy(() -> signedIn.as(manager, () -> requirements.accept(r.id(), null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.requirement.transition"));
        RequirementSummary draft = scene.draft(owner, "草稿");
        assertThatThrownBy(() -> signedIn.as(manager, () -> requirements.assignExpert(draft.id(), scene.expert().id())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.requirement.transition"));
    }

    @Test
    void returnNeedsAReasonAndTheOwnerEditsAndResubmits() {
        OrgAndUser owner = scene.enterprise();
        AccountSummary manager = scene.manager();
        RequirementSummary r = scene.analysed(owner, manager, scene.expert());

        assertThatThrownBy(() -> signedIn.as(manager, () -> requirements.returnForRevision(r.id(), "  ")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.reason-required"));
        RequirementSummary returned = signedIn.as(manager, () -> requirements.returnForRevision(r.id(), "请补充量化指标"));
        assertThat(returned.status()).isEqualTo(RequirementStatus.RETURNED);
        assertThat(returned.decisionReason()).isEqualTo("请补充量化指标");

        RequirementForm revised = RequirementForm.of(returned);
        revised.setIndicators("良品率 ≥ 99.5%");
        signedIn.run(owner.user(), () -> {
            requirements.update(r.id(), revised);
            assertThat(requirements.submit(r.id()).status()).isEqualTo(RequirementStatus.SUBMITTED);
        });
        var history = signedIn.as(owner.user(), () -> requirements.history(r.id()));
        assertThat(history).extracting(StatusChange::toStatus).endsWith("RETURNED", "SUBMITTED");
        assertThat(history).anySatisfy(h -> assertThat(h.reason()).isEqualTo("请补充量化指标"));
    }

    @Test
    void rejectionNeedsAReasonAndEndsTheRequirement() {
        OrgAndUser owner = scene.enterprise();
        AccountSummary manager = scene.manager();
        RequirementSummary r = scene.analysed(owner, manager, scene.expert());

        assertThatThrownBy(() -> signedIn.as(manager, () -> requirements.reject(r.id(), null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.reason-required"));
        assertThat(signedIn.as(manager, () -> requirements.reject(r.id(), "不属于园区范围")).status())
                .isEqualTo(RequirementStatus.REJECTED);
        assertThatThrownBy(() -> signedIn.as(owner.user(), () -> requirements.update(r.id(), SceneData.requirementForm("改"))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.requirement.not-editable"));
        assertThatThrownBy(() -> signedIn.as(owner.user(), () -> requirements.submit(r.id())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.requirement.transition"));
    }

    @Test
    void theOwnerWithdrawsBeforeAcceptance() {
        OrgAndUser owner = scene.enterprise();
        RequirementSummary r = scene.submitted(owner);
        RequirementSummary withdrawn = signedIn.as(owner.user(), () -> requirements.withdraw(r.id(), "已自行解决"));
        assertThat(withdrawn.status()).isEqualTo(RequirementStatus.WITHDRAWN);
        assertThatThrownBy(() -> signedIn.as(owner.user(), () -> requirements.withdraw(r.id(), "again")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.requirement.transition"));
    }

    @Test
    void aSubmittedRequirementCannotBeEdited() {
        OrgAndUser owner = scene.enterprise();
        RequirementSummary r = scene.submitted(owner);
        assertThatThrownBy(() -> signedIn.as(owner.user(), () -> requirements.update(r.id(), SceneData.requirementForm("改"))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.requirement.not-editable"));
    }

    @Test
    void anotherEnterpriseSeesNothingOfIt() {
        OrgAndUser owner = scene.enterprise();
        OrgAndUser other = scene.enterprise();
        RequirementSummary r = scene.submitted(owner);

        signedIn.run(other.user(), () -> {
            assertThatThrownBy(() -> requirements.findRequirement(r.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> requirements.history(r.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> requirements.withdraw(r.id(), "x")).isInstanceOf(NotFoundException.class);
            assertThat(requirements.mine()).extracting(RequirementSummary::id).doesNotContain(r.id());
        });
    }

    @Test
    void managersSeeSubmittedRequirementsButNotDrafts() {
        OrgAndUser owner = scene.enterprise();
        AccountSummary manager = scene.manager();
        RequirementSummary draft = scene.draft(owner, "草稿");
        RequirementSummary submitted = scene.submitted(owner);

        signedIn.run(manager, () -> {
            assertThatThrownBy(() -> requirements.findRequirement(draft.id())).isInstanceOf(NotFoundException.class);
            assertThat(requirements.findRequirement(submitted.id()).id()).isEqualTo(submitted.id());
            assertThat(requirements.toDecide()).extracting(RequirementSummary::id).contains(submitted.id())
                    .doesNotContain(draft.id());
            assertThat(requirements.all()).extracting(RequirementSummary::id).doesNotContain(draft.id());
        });
    }

    @Test
    void rolesAreCheckedOnEveryMethod() {
        OrgAndUser owner = scene.enterprise();
        OrgAndUser provider = scene.provider();
        AccountSummary expert = scene.expert();
        RequirementSummary r = scene.submitted(owner);

        assertThatThrownBy(() -> signedIn.as(provider.user(), () -> requirements.mine()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(provider.user(), () -> requirements.findRequirement(r.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signedIn.as(owner.user(), () -> requirements.accept(r.id(), null)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(expert, () -> requirements.assignExpert(r.id(), expert.id())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(owner.user(), () -> requirements.toDecide()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> requirements.findRequirement(r.id()))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    void theOwnerIsNotifiedOfTheDecision() throws InterruptedException {
        OrgAndUser owner = scene.enterprise();
        AccountSummary manager = scene.manager();
        RequirementSummary r = scene.analysed(owner, manager, scene.expert());
        signedIn.as(manager, () -> requirements.returnForRevision(r.id(), "请补充"));

        boolean told = false;
        for (int i = 0; i < 50 && !told; i++) {
            told = signedIn.as(owner.user(), () -> notifications.mine(20)).stream()
                    .anyMatch(n -> n.messageKey().equals("notify.requirement.returned"));
            if (!told) {
                Thread.sleep(100);
            }
        }
        assertThat(told).isTrue();
    }

    @Test
    void workCountsFollowTheRoles() {
        OrgAndUser owner = scene.enterprise();
        AccountSummary manager = scene.manager();
        AccountSummary expert = scene.expert();
        scene.inAnalysis(owner, manager, expert);
        RequirementWork expertWork = signedIn.as(expert, () -> requirements.work(authenticatedUser.require()));
        assertThat(expertWork.toAnalyse()).isEqualTo(1);
        assertThat(expertWork.returned()).isEqualTo(-1);
    }
}
