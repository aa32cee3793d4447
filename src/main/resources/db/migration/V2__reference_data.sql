-- Reference data (DESIGN §3), seeded in both languages. Editable afterwards by ADMIN and MANAGER.

-- The zone's "231" industry system: chain -> field.
insert into reference_item (kind, code, parent_code, name_zh, name_en, sort_order) values
('INDUSTRY_CHAIN', 'TOBACCO', null, '卷烟及配套', 'Cigarettes and supporting industries', 10),
('INDUSTRY_CHAIN', 'EQUIPMENT', null, '先进装备制造', 'Advanced equipment manufacturing', 20),
('INDUSTRY_CHAIN', 'BIOMED', null, '生物医药及医疗器械', 'Biomedicine and medical devices', 30),
('INDUSTRY_CHAIN', 'DIGITAL', null, '数字经济', 'Digital economy', 40),
('INDUSTRY_CHAIN', 'NEW_ENERGY', null, '新能源新材料', 'New energy and new materials', 50),
('INDUSTRY_CHAIN', 'SERVICES', null, '现代服务业', 'Modern services', 60);

insert into reference_item (kind, code, parent_code, name_zh, name_en, sort_order) values
('INDUSTRY_FIELD', 'TOBACCO_SUPPORT', 'TOBACCO', '卷烟及配套', 'Cigarettes and supporting industries', 10),
('INDUSTRY_FIELD', 'CNC_MACHINE', 'EQUIPMENT', '高端数控机床', 'High-end CNC machine tools', 20),
('INDUSTRY_FIELD', 'EQUIPMENT_MFG', 'EQUIPMENT', '装备制造', 'Equipment manufacturing', 21),
('INDUSTRY_FIELD', 'SMART_TERMINAL', 'EQUIPMENT', '智能终端制造', 'Smart terminal manufacturing', 22),
('INDUSTRY_FIELD', 'STEEL_ROLLING', 'EQUIPMENT', '钢铁压延及加工', 'Steel rolling and processing', 23),
('INDUSTRY_FIELD', 'BIOPHARMA', 'BIOMED', '生物制药', 'Biopharmaceuticals', 30),
('INDUSTRY_FIELD', 'MODERN_TCM', 'BIOMED', '现代中药', 'Modern traditional Chinese medicine', 31),
('INDUSTRY_FIELD', 'HEALTH_FOOD', 'BIOMED', '绿色健康食品及保健品', 'Green health food and supplements', 32),
('INDUSTRY_FIELD', 'MEDICAL_DEVICE', 'BIOMED', '医疗器械', 'Medical devices', 33),
('INDUSTRY_FIELD', 'ELECTRONICS', 'DIGITAL', '电子信息制造', 'Electronic information manufacturing', 40),
('INDUSTRY_FIELD', 'DIGITAL_SERVICES', 'DIGITAL', '数字服务', 'Digital services', 41),
('INDUSTRY_FIELD', 'INDUSTRIAL_INTERNET', 'DIGITAL', '工业互联网', 'Industrial internet', 42),
('INDUSTRY_FIELD', 'ENERGY_MATERIALS', 'NEW_ENERGY', '新能源材料', 'New energy materials', 50),
('INDUSTRY_FIELD', 'PHOTOELECTRIC', 'NEW_ENERGY', '光电子材料', 'Optoelectronic materials', 51),
('INDUSTRY_FIELD', 'LOGISTICS', 'SERVICES', '现代物流', 'Modern logistics', 60),
('INDUSTRY_FIELD', 'ECOMMERCE', 'SERVICES', '电子商务', 'E-commerce', 61),
('INDUSTRY_FIELD', 'TECH_SERVICES', 'SERVICES', '科技服务', 'Science and technology services', 62);

insert into reference_item (kind, code, parent_code, name_zh, name_en, sort_order) values
('SCENE_FIELD', 'SMART_FACTORY', null, '智能工厂', 'Smart factory', 10),
('SCENE_FIELD', 'SMART_LOGISTICS', null, '智慧物流', 'Smart logistics', 20),
('SCENE_FIELD', 'SMART_TRANSPORT', null, '智慧交通', 'Smart transport', 30),
('SCENE_FIELD', 'SMART_PARK', null, '智慧园区', 'Smart industrial park', 40),
('SCENE_FIELD', 'SMART_HEALTH', null, '智慧医疗', 'Smart healthcare', 50),
('SCENE_FIELD', 'SMART_GOV', null, '智慧政务', 'Smart government services', 60),
('SCENE_FIELD', 'SMART_COMMUNITY', null, '智慧社区', 'Smart community', 70),
('SCENE_FIELD', 'GREEN_LOW_CARBON', null, '绿色低碳', 'Green and low-carbon', 80),
('SCENE_FIELD', 'OTHER', null, '其他', 'Other', 90);

insert into reference_item (kind, code, parent_code, name_zh, name_en, sort_order) values
('ZONE_AREA', 'CORE_SOUTH', null, '核心区（南片区）', 'Core area (South)', 10),
('ZONE_AREA', 'CORE_JIULONG', null, '核心区（九龙片区）', 'Core area (Jiulong)', 20),
('ZONE_AREA', 'HONGTA', null, '红塔片区', 'Hongta area', 30),
('ZONE_AREA', 'YANHE', null, '研和片区', 'Yanhe area', 40),
('ZONE_AREA', 'JIANGCHUAN', null, '江川片区', 'Jiangchuan area', 50),
('ZONE_AREA', 'OUTSIDE', null, '区外', 'Outside the zone', 60);

insert into reference_item (kind, code, parent_code, name_zh, name_en, sort_order) values
('VOUCHER_CATEGORY', 'PATENT', null, '专利服务', 'Patent services', 10),
('VOUCHER_CATEGORY', 'HIGH_TECH_APPLICATION', null, '高企申报', 'High-tech enterprise application', 20),
('VOUCHER_CATEGORY', 'RD_DESIGN', null, '研发设计', 'R&D and design', 30),
('VOUCHER_CATEGORY', 'INCUBATION', null, '创业孵化', 'Start-up incubation', 40),
('VOUCHER_CATEGORY', 'TESTING', null, '检验检测', 'Inspection and testing', 50);
