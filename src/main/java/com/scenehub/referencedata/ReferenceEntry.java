package com.scenehub.referencedata;

import java.util.Locale;

/** A reference entry as other modules see it. */
public record ReferenceEntry(Long id, ReferenceKind kind, String code, String parentCode, String nameZh,
        String nameEn, int sortOrder, boolean active) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
