package com.scenehub.bulkimport;

import java.util.List;

/** What a sheet holds, and its columns (Chinese header, English header). */
public enum ImportKind {
    REQUIREMENTS(List.of(
            new Column("credit_code", "统一社会信用代码", true),
            new Column("title", "需求标题", true),
            new Column("scene_field", "场景领域", true),
            new Column("industry_field", "产业领域", false),
            new Column("zone_area", "所在片区", false),
            new Column("pain_points", "痛点问题", true),
            new Column("expected_outcome", "预期成效", true),
            new Column("indicators", "指标", false),
            new Column("budget_min", "预算下限（元）", false),
            new Column("budget_max", "预算上限（元）", false),
            new Column("open_resources", "可开放资源", false),
            new Column("contact_name", "联系人", true),
            new Column("contact_phone", "联系电话", true))),
    SUPPLY_ITEMS(List.of(
            new Column("credit_code", "统一社会信用代码", true),
            new Column("name", "名称", true),
            new Column("kind", "类型", false),
            new Column("description", "简介", true),
            new Column("scene_fields", "场景领域", true),
            new Column("industry_fields", "产业领域", false),
            new Column("trl", "技术成熟度", true),
            new Column("price_min", "价格下限（元）", false),
            new Column("price_max", "价格上限（元）", false),
            new Column("reference_cases", "应用案例", false),
            new Column("certifications", "资质认证", false)));

    private final List<Column> columns;

    ImportKind(List<Column> columns) {
        this.columns = columns;
    }

    public List<Column> columns() {
        return columns;
    }

    /** One column: a code (English header), its Chinese header, and whether a value is required. */
    public record Column(String code, String chinese, boolean required) {
    }
}
