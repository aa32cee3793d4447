/** Small interfaces that capabilities implement so the shell can use them without depending on them. */
package com.scenehub.shared.spi;
