/**
 * Tells people what changed: an in-app notification centre and e-mail over SMTP, each message in
 * the recipient's language. Other modules publish events; listeners here turn them into messages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package com.scenehub.notification;
