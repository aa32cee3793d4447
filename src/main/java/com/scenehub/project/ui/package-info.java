/**
 * The project views. Exposed as a named interface so that the portal can show
 * {@link com.scenehub.project.ui.PublicProgressPanel} and dashboards can link to a project.
 */
@org.springframework.modulith.NamedInterface("ui")
package com.scenehub.project.ui;
