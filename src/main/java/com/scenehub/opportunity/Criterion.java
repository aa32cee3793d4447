package com.scenehub.opportunity;

/** One evaluation criterion; an opportunity's weights sum to 100. */
public record Criterion(String name, String description, int weight) {
}
