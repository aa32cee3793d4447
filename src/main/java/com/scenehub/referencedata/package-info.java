/**
 * Reference data (DESIGN §3): the zone's "231" industry chains and fields, scene fields, zone areas
 * and voucher service categories, bilingual, seeded by migration and editable by ADMIN and MANAGER.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data")
package com.scenehub.referencedata;
