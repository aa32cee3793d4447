/** The module's views; other modules may navigate to them by class. */
@org.springframework.modulith.NamedInterface("ui")
package com.scenehub.security.ui;
