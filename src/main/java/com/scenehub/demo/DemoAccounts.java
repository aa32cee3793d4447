package com.scenehub.demo;

import com.scenehub.organisation.CreditCode;
import com.scenehub.organisation.OrganisationRegistration;
import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationSummary;
import com.scenehub.security.AccountService;
import com.scenehub.security.NewAccount;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.spi.DemoDataContribution;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo zone's organisations (real enterprises from the plan's 附录2) and one account per role.
 * Every demo account's password is {@value #PASSWORD}.
 */
@Component
class DemoAccounts implements DemoDataContribution {

    static final String PASSWORD = "demo2026";

    private final OrganisationService organisations;
    private final AccountService accounts;

    DemoAccounts(OrganisationService organisations, AccountService accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    @Transactional
    public void load() {
        OrganisationSummary committee = organisation("玉溪高新区管委会", "11530400MB0000001", "李明", "CORE_SOUTH",
                "TECH_SERVICES", "0877-2050001", "committee@yxhz.demo", Set.of(Roles.ENTERPRISE), "committee", true);
        OrganisationSummary thinkTank = organisation("玉溪高新区发展智库", "52530400MJ0000002", "王华", "CORE_SOUTH",
                "TECH_SERVICES", "0877-2050002", "thinktank@yxhz.demo", Set.of(Roles.ENTERPRISE), "thinktank", true);
        organisation("玉溪沃森生物技术有限公司", "91530400MA0000003", "张伟", "CORE_JIULONG", "BIOPHARMA",
                "0877-2051003", "walvax@yxhz.demo", Set.of(Roles.ENTERPRISE), "enterprise", true);
        organisation("云南正成工精密机械有限公司", "91530400MA0000004", "刘强", "YANHE", "CNC_MACHINE",
                "0877-2051004", "zhengcheng@yxhz.demo", Set.of(Roles.ENTERPRISE), "enterprise2", true);
        organisation("玉溪通力物流有限公司", "91530400MA0000005", "陈静", "HONGTA", "LOGISTICS",
                "0877-2051005", "tongli@yxhz.demo", Set.of(Roles.ENTERPRISE), "enterprise3", true);
        organisation("中科钛领（玉溪）科技有限公司", "91530400MA0000006", "赵磊", "CORE_SOUTH", "INDUSTRIAL_INTERNET",
                "0877-2051006", "titanium@yxhz.demo", Set.of(Roles.PROVIDER), "provider", true);
        organisation("云南华溪数控装备有限公司", "91530400MA0000007", "孙浩", "YANHE", "CNC_MACHINE",
                "0877-2051007", "huaxi@yxhz.demo", Set.of(Roles.PROVIDER, Roles.ENTERPRISE), "provider2", true);
        organisation("玉溪展弘科技孵化有限公司", "91530400MA0000008", "周敏", "CORE_SOUTH", "TECH_SERVICES",
                "0877-2051008", "zhanhong@yxhz.demo", Set.of(Roles.AGENCY), "agency", true);
        organisation("玉溪新锐智能装备有限公司", "91530400MA0000009", "吴凡", "JIANGCHUAN", "EQUIPMENT_MFG",
                "0877-2051009", "xinrui@yxhz.demo", Set.of(Roles.PROVIDER), "pending", false);

        staff("admin", "系统管理员", "admin@yxhz.demo", committee.id(), Set.of(Roles.ADMIN));
        staff("manager", "管委会科技局 王经理", "manager@yxhz.demo", committee.id(), Set.of(Roles.MANAGER));
        staff("expert", "智库专家 林教授", "expert@yxhz.demo", thinkTank.id(), Set.of(Roles.EXPERT));
        staff("expert2", "智库专家 何研究员", "expert2@yxhz.demo", thinkTank.id(), Set.of(Roles.EXPERT));
    }

    private OrganisationSummary organisation(String name, String first17, String legalRepresentative, String zoneArea,
            String industryField, String phone, String email, Set<String> roles, String username, boolean verify) {
        OrganisationRegistration r = new OrganisationRegistration();
        r.setName(name);
        r.setCreditCode(CreditCode.withCheckCharacter(first17).value());
        r.setLegalRepresentative(legalRepresentative);
        r.setZoneArea(zoneArea);
        r.setIndustryField(industryField);
        r.setContactName(legalRepresentative);
        r.setContactPhone(phone);
        r.setContactEmail(email);
        r.setRoles(roles);
        r.setUsername(username);
        r.setPassword(PASSWORD);
        OrganisationSummary registered = organisations.register(r, Translations.CHINESE, true);
        return verify ? organisations.verify(registered.id()) : registered;
    }

    private void staff(String username, String displayName, String email, Long organisationId, Set<String> roles) {
        accounts.openAccount(new NewAccount(username, PASSWORD, displayName, email, organisationId, roles,
                Translations.CHINESE, true));
    }
}
