/**
 * Matching (DESIGN §6): an index of supply items, providers, requirements and opportunities kept in
 * sync by Hibernate Search, Chinese (smartcn) and English analysis with a synonym list managers edit,
 * and an explained ranking that combines text relevance with the structured signals (scene field,
 * industry chain, budget fit, technology maturity, zone area, track record). Other modules feed it
 * through {@link com.scenehub.matching.MatchingIndex} or their events; the portal searches through
 * {@link com.scenehub.matching.MatchingSearch}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package com.scenehub.matching;
