/**
 * Bulk import for managers (issue 3 §7): requirements and supply items from the zone's Excel or CSV
 * sheets, checked row by row; all or nothing by default, or only the valid rows when the manager
 * chooses — never half-written.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bulk import")
package com.scenehub.bulkimport;
