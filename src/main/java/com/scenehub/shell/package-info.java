/**
 * The application shell: the layout with role-aware navigation, the language switch, the login
 * view, the public landing page and each user's home page of waiting work.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package com.scenehub.shell;
