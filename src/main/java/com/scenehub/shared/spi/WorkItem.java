package com.scenehub.shared.spi;

import com.vaadin.flow.component.Component;

/**
 * Something waiting for the user on the home page: a translated label key, a count and the view
 * that lists the items.
 */
public record WorkItem(String labelKey, long count, Class<? extends Component> target) {
}
