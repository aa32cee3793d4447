/**
 * Opportunity design and publication (DESIGN §5.3–5.4, 城市场景机会设计 and 机会清单发布): opportunities
 * designed from accepted requirements, numbered lists (batches) holding the demand list and the supply
 * list, freezing on publication, public corrigenda and withdrawals, and the post-publication states that
 * the selection module drives.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Opportunities and published lists")
package com.scenehub.opportunity;
