package com.scenehub.records.ui;

import com.scenehub.referencedata.ReferenceEntry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.List;
import java.util.Locale;

/** Reference-data codes as choices labelled in the user's language. */
public final class Choices {

    private Choices() {
    }

    public static void codes(ComboBox<String> box, List<ReferenceEntry> entries) {
        box.setItems(entries.stream().map(ReferenceEntry::code).toList());
        box.setItemLabelGenerator(code -> label(entries, code));
        box.setClearButtonVisible(true);
    }

    public static void codes(MultiSelectComboBox<String> box, List<ReferenceEntry> entries) {
        box.setItems(entries.stream().map(ReferenceEntry::code).toList());
        box.setItemLabelGenerator(code -> label(entries, code));
        box.setClearButtonVisible(true);
    }

    private static String label(List<ReferenceEntry> entries, String code) {
        Locale locale = UI.getCurrent() == null ? Locale.SIMPLIFIED_CHINESE : UI.getCurrent().getLocale();
        return entries.stream().filter(e -> e.code().equals(code)).findFirst().map(e -> e.name(locale)).orElse(code);
    }
}
