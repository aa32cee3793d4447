/**
 * The demo zone: believable organisations, accounts for every role, and each capability's demo
 * records, taken from the seed plan's real enterprises and projects. Never loaded in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo zone")
package com.scenehub.demo;
