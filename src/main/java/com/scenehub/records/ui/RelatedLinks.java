package com.scenehub.records.ui;

import com.scenehub.shared.security.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;

/** The related views of a record as a row of links (nothing when there are none). */
public class RelatedLinks extends Div {

    final List<RouterLink> links = new ArrayList<>();

    public RelatedLinks(List<RelatedViews> sources, RelatedViews.RecordType type, Long id, CurrentUser user) {
        addClassName("sh-related-links");
        for (RelatedViews source : sources) {
            for (RelatedViews.Link link : source.linksFor(type, id, user)) {
                RouterLink routerLink = link(link);
                routerLink.addComponentAsFirst(VaadinIcon.CONNECT.create());
                links.add(routerLink);
                add(routerLink);
            }
        }
        setVisible(!links.isEmpty());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private RouterLink link(RelatedViews.Link link) {
        // Link.to guarantees the view takes a Long URL parameter.
        Class view = link.view();
        return new RouterLink(getTranslation(link.labelKey()), view, link.parameter());
    }
}
