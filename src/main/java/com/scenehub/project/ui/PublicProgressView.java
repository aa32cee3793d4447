package com.scenehub.project.ui;

import com.scenehub.project.ProjectService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Public progress of the project of one opportunity (parameter: opportunity id), without login. */
@Route("progress")
@AnonymousAllowed
public class PublicProgressView extends Div implements HasDynamicTitle, HasUrlParameter<Long> {

    private final transient ProjectService projects;
    String title;

    PublicProgressView(ProjectService projects) {
        this.projects = projects;
        addClassName("sh-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long opportunityId) {
        removeAll();
        var progress = projects.publicProgress(opportunityId);
        if (progress.isEmpty()) {
            title = getTranslation("progress.heading");
            add(new H2(title), new Paragraph(getTranslation("progress.none")));
            return;
        }
        title = progress.get().title();
        add(new H2(title), new PublicProgressPanel(progress.get()));
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("progress.heading") : title;
    }
}
