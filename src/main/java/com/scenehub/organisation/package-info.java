/**
 * Organisations (DESIGN §4): self-registration with a unified social credit code, verification by a
 * manager, and the related-party rule used by conflict checks and voucher caps.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package com.scenehub.organisation;
