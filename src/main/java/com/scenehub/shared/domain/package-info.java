/** Exceptions and value types shared by all modules. */
package com.scenehub.shared.domain;
