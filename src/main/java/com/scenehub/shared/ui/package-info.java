/** UI pieces every module's views use. */
package com.scenehub.shared.ui;
