/**
 * The public portal (DESIGN §5.4, §8): published lists, opportunity pages with corrigenda, the supply
 * list and search, without login; and the official downloads (PDF with an embedded Chinese font,
 * Excel, CSV).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal and exports")
package com.scenehub.portal;
