/** The shell's layout and pages; other modules may navigate to them by class. */
@org.springframework.modulith.NamedInterface("ui")
package com.scenehub.shell.ui;
