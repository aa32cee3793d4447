package com.scenehub.matching.ui;

import com.scenehub.matching.MatchExplainer;
import com.scenehub.matching.MatchKind;
import com.scenehub.matching.MatchingService;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.Roles;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** matches/opportunity/{id}: ranked supply items and providers for an opportunity. */
@Route("matches/opportunity")
@RolesAllowed({Roles.MANAGER, Roles.EXPERT, Roles.ENTERPRISE})
public class OpportunityMatchesView extends MatchesView {

    OpportunityMatchesView(MatchingService matching, MatchExplainer explainer, AuthenticatedUser authenticatedUser) {
        super(matching, explainer, authenticatedUser, MatchKind.OPPORTUNITY);
    }
}
