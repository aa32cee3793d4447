/** The module's views and view parts; other modules may navigate to them by class. */
@org.springframework.modulith.NamedInterface("ui")
package com.scenehub.voucher.ui;
