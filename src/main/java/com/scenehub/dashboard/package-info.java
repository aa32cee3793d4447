/**
 * Dashboards (DESIGN §5.7, issue 5): the managers' pipeline (requirements → opportunities → proposals
 * → awards → projects → completed) by batch, scene field and industry chain, budgets and grants,
 * overdue milestones; each enterprise's and provider's own figures; and public zone-wide statistics,
 * computed once here so that pages and the open-data API show the same numbers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboards and statistics")
package com.scenehub.dashboard;
