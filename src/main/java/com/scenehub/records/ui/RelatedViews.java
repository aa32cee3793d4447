package com.scenehub.records.ui;

import com.scenehub.shared.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasUrlParameter;
import java.util.List;

/**
 * Views of other modules that belong on a record's page, such as the ranked matches of a requirement
 * or an opportunity. Modules that depend on the record's module contribute them as Spring beans, so
 * the record's module links to them without depending on them (no module cycle).
 */
public interface RelatedViews {

    /** The records that can show related views. */
    enum RecordType { REQUIREMENT, OPPORTUNITY, SUPPLY_ITEM }

    /** Links for this record and user; empty when none applies. */
    List<Link> linksFor(RecordType type, Long id, CurrentUser user);

    /** A translated label key and a view that takes the record's id as its URL parameter. */
    record Link(String labelKey, Class<? extends Component> view, Long parameter) {

        public static <C extends Component & HasUrlParameter<Long>> Link to(String labelKey, Class<C> view, Long parameter) {
            return new Link(labelKey, view, parameter);
        }
    }
}
