/**
 * Scene projects (DESIGN §5.6-5.7): a project created from an award, its agreement (parties, contract
 * amount, support grant, dates, milestones whose payment shares sum to 100 %), confirmation by both
 * parties, tracking to acceptance with milestone evidence, overdue flags, grant disbursements and a
 * public progress summary that never shows confidential papers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scene projects")
package com.scenehub.project;
