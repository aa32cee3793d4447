/**
 * Docking and selection (DESIGN §5.5): sealed proposals from verified providers, direct docking
 * (shortlist, meetings, choice confirmed by a manager) and open competition (揭榜挂帅: expert panel,
 * conflict-of-interest declarations, criterion scores, weighted ranking, public notice period with
 * objections), ending in the award that creates the scene project.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Docking and selection")
package com.scenehub.selection;
