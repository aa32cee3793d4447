package com.scenehub.referencedata;

import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.domain.NotFoundException;
import com.scenehub.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads reference lists (anyone, including the public portal) and edits them (ADMIN, MANAGER).
 * Lists are cached in memory because every form and filter reads them.
 */
@Service
public class ReferenceDataService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,32}");

    private final ReferenceItemRepository items;
    private final Map<ReferenceKind, List<ReferenceEntry>> cache = new ConcurrentHashMap<>();

    ReferenceDataService(ReferenceItemRepository items) {
        this.items = items;
    }

    /** All entries of a list, active and inactive, in display order. */
    @Transactional(readOnly = true)
    public List<ReferenceEntry> entries(ReferenceKind kind) {
        return cache.computeIfAbsent(kind, k -> items.findByKindOrderBySortOrderAscCodeAsc(k).stream()
                .map(ReferenceItem::entry).toList());
    }

    /** Active entries, for choices in forms and filters. */
    public List<ReferenceEntry> active(ReferenceKind kind) {
        return entries(kind).stream().filter(ReferenceEntry::active).toList();
    }

    /** Active industry fields of one chain. */
    public List<ReferenceEntry> fieldsOfChain(String chainCode) {
        return active(ReferenceKind.INDUSTRY_FIELD).stream().filter(e -> chainCode.equals(e.parentCode())).toList();
    }

    /** The chain an industry field belongs to, or null. */
    public String chainOfField(String fieldCode) {
        return entries(ReferenceKind.INDUSTRY_FIELD).stream().filter(e -> e.code().equals(fieldCode))
                .map(ReferenceEntry::parentCode).findFirst().orElse(null);
    }

    /** The name of a code in the given language; the code itself when unknown. */
    public String label(ReferenceKind kind, String code, Locale locale) {
        if (code == null) {
            return "";
        }
        return entries(kind).stream().filter(e -> e.code().equals(code)).findFirst()
                .map(e -> e.name(locale)).orElse(code);
    }

    public boolean isActive(ReferenceKind kind, String code) {
        return code != null && active(kind).stream().anyMatch(e -> e.code().equals(code));
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public ReferenceEntry add(ReferenceKind kind, String code, String parentCode, String nameZh, String nameEn,
            int sortOrder) {
        String normalised = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalised).matches()) {
            throw new BusinessRuleException("error.reference.code-format");
        }
        if (items.existsByKindAndCode(kind, normalised)) {
            throw new BusinessRuleException("error.reference.code-taken", normalised);
        }
        if (kind == ReferenceKind.INDUSTRY_FIELD
                && (parentCode == null || !items.existsByKindAndCode(ReferenceKind.INDUSTRY_CHAIN, parentCode))) {
            throw new BusinessRuleException("error.reference.parent-required");
        }
        String parent = kind == ReferenceKind.INDUSTRY_FIELD ? parentCode : null;
        ReferenceItem saved = items.save(new ReferenceItem(kind, normalised, parent, nameZh, nameEn, sortOrder));
        cache.remove(kind);
        return saved.entry();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public ReferenceEntry update(Long id, String nameZh, String nameEn, int sortOrder, boolean active) {
        ReferenceItem item = items.findById(id).orElseThrow(() -> new NotFoundException("error.reference.not-found"));
        item.rename(nameZh, nameEn);
        item.reorder(sortOrder);
        item.activate(active);
        ReferenceEntry entry = item.entry();
        cache.remove(entry.kind());
        return entry;
    }
}
