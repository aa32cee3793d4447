package com.scenehub.matching;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.scenehub.shared.security.Roles;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.TestData;
import com.scenehub.support.TestData.OrgAndUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The JSON API over HTTP Basic: ranked, explained matches and search, with the services' access rules. */
@SceneHubTest
class MatchingApiTest {

    @Autowired WebApplicationContext context;
    MockMvc mvc;
    @Autowired MatchingIndex index;
    @Autowired TestData testData;

    OrgAndUser providerA;
    OrgAndUser providerB;
    OrgAndUser enterprise;
    String word;
    MatchSource listed;
    MatchSource draft;
    MatchSource requirement;

    @BeforeEach
    void setUp() {
        // Built on the shared test context (a second context would install a second security strategy)
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        providerA = testData.verifiedOrganisation(Roles.PROVIDER);
        providerB = testData.verifiedOrganisation(Roles.PROVIDER);
        enterprise = testData.verifiedOrganisation(Roles.ENTERPRISE);
        word = "超声波探伤" + TestData.next();
        listed = MatchingFixtures.item(providerA.organisation().id(), providerA.organisation().name(), true,
                word + "系统", word + "检测焊缝内部缺陷。", "SMART_FACTORY", "STEEL_ROLLING", 200_000, 400_000, 8, 2);
        draft = MatchingFixtures.item(providerA.organisation().id(), providerA.organisation().name(), false,
                word + "草稿", word + "未上架方案。", "SMART_FACTORY", "STEEL_ROLLING", 200_000, 400_000, 6, 0);
        requirement = MatchingFixtures.requirement(enterprise.organisation().id(), word + "需求",
                "钢结构焊缝需要" + word + "。", "SMART_FACTORY", "STEEL_ROLLING", 300_000, 500_000);
        index.upsert(listed);
        index.upsert(draft);
        index.upsert(requirement);
    }

    @Test
    void theOwnerGetsRankedExplainedMatchesInTheRequestedLanguage() throws Exception {
        mvc.perform(get("/api/matching/requirements/{id}/matches", requirement.sourceId()).param("lang", "en")
                        .with(httpBasic(enterprise.user().username(), TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].match.sourceId").value(listed.sourceId()))
                .andExpect(jsonPath("$[0].match.score").isNumber())
                .andExpect(jsonPath("$[0].match.reasons[*].key", hasItem("matching.reason.terms")))
                .andExpect(jsonPath("$[0].explanation", hasItem(containsString("Price within budget"))))
                .andExpect(jsonPath("$[*].match.sourceId", not(hasItem(draft.sourceId().intValue()))));
    }

    @Test
    void anotherEnterpriseIsRefusedWithATranslatedReason() throws Exception {
        OrgAndUser other = testData.verifiedOrganisation(Roles.ENTERPRISE);
        mvc.perform(get("/api/matching/requirements/{id}/matches", requirement.sourceId())
                        .header("Accept-Language", "en").with(httpBasic(other.user().username(), TestData.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.key").value("error.matching.not-yours"))
                .andExpect(jsonPath("$.message", containsString("Only managers")));
    }

    @Test
    void anUnknownRecordIsNotFoundAndAnonymousCallersMustAuthenticate() throws Exception {
        mvc.perform(get("/api/matching/opportunities/{id}/matches", 999_999_999L)
                        .with(httpBasic(testData.staff(Roles.MANAGER).username(), TestData.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/matching/search").param("q", word)).andExpect(status().isUnauthorized());
    }

    @Test
    void searchNeverShowsAnotherProvidersUnpublishedItem() throws Exception {
        mvc.perform(get("/api/matching/search").param("q", word)
                        .with(httpBasic(providerB.user().username(), TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].match.sourceId", hasItem(listed.sourceId().intValue())))
                .andExpect(jsonPath("$[*].match.sourceId", not(hasItem(draft.sourceId().intValue()))));
        mvc.perform(get("/api/matching/search").param("q", word)
                        .with(httpBasic(providerA.user().username(), TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].match.sourceId", hasItem(draft.sourceId().intValue())));
    }

    @Test
    void theApiIsDocumentedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/matching/search']").exists())
                .andExpect(jsonPath("$.paths['/api/matching/requirements/{id}/matches']").exists());
    }
}
