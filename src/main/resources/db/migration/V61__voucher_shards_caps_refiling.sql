-- Vouchers, money path (issue 6).
--
-- Budget shards need no schema: a programme's budget is the sum of its PROGRAMME_BUDGET accounts,
-- owners 0..K-1 (ledger_account_owner_uk already makes each shard unique). Programmes made before
-- this migration keep their single shard (owner 0).

-- Yearly cap counters: face value issued to one enterprise in one programme year, over all
-- programmes of that year. A claim locks the rows of its related group (ascending enterprise id)
-- before any ledger account, so the cap holds across programmes under concurrency.
create table voucher_cap_usage (
    enterprise_id bigint not null,
    programme_year integer not null,
    issued numeric(14,2) not null,
    primary key (enterprise_id, programme_year),
    constraint voucher_cap_usage_ck check (issued >= 0)
);
insert into voucher_cap_usage (enterprise_id, programme_year, issued)
select v.holder_id, p.programme_year, sum(v.face_value)
from voucher v join voucher_programme p on p.id = v.programme_id
group by v.holder_id, p.programme_year;

-- Redemption re-filing: after a rejection the agency may file a corrected claim for the same
-- order, so an order has one redemption per attempt.
drop index voucher_redemption_order_uk;
alter table voucher_redemption add column attempt integer default 1 not null;
create unique index voucher_redemption_attempt_uk on voucher_redemption (order_id, attempt);
