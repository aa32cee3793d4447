/**
 * Open module used by every capability: the application shell (layout, common UI pieces), role
 * constants, the current user, translation helpers, value types and the small service-provider
 * interfaces through which capabilities contribute to the shell (unread counts, work items).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.scenehub.shared;
