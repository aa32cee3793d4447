/**
 * Open data (DESIGN §8): published opportunities, awards, contracts and implementation progress as a
 * public JSON API shaped after the Open Contracting Data Standard 1.1 (release packages with planning,
 * tender, awards, contracts and implementation), documented with OpenAPI, plus CSV downloads. It
 * never contains sealed proposals, evidence or other confidential papers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open data")
package com.scenehub.opendata;
