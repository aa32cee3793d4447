/** Roles and the current user, as every module sees them. */
package com.scenehub.shared.security;
