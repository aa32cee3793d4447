/** Translations (zh-CN default, English) for views, e-mails and documents. */
package com.scenehub.shared.i18n;
