-- Hibernate Search 8.2 outbox-polling coordination (profile 'cluster', docs/adr/0006): the outbox of
-- entity changes every node writes in its own transaction, and the agents (event processors, mass
-- indexers) that share the work. DDL as Hibernate Search generates it for H2 (H2Dialect); only the
-- index names are ours. Applied only when the cluster profile adds classpath:db/migration-cluster/{vendor}.
create table HSEARCH_AGENT (
    assignedShardIndex integer,
    totalShardCount integer,
    expiration timestamp(6) with time zone not null,
    id uuid not null,
    name varchar(255) not null,
    tenantId varchar(255),
    payload blob,
    state enum ('RUNNING','SUSPENDED','WAITING') not null,
    type enum ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING') not null,
    primary key (id)
);

create table HSEARCH_OUTBOX_EVENT (
    entityIdHash integer not null,
    retries integer not null,
    processAfter timestamp(6) with time zone not null,
    id uuid not null,
    entityId varchar(256) not null,
    entityName varchar(256) not null,
    tenantId varchar(255),
    payload blob not null,
    status enum ('ABORTED','PENDING') not null,
    primary key (id)
);

create index hsearch_outbox_event_process_after_idx on HSEARCH_OUTBOX_EVENT (processAfter);
create index hsearch_outbox_event_entity_id_hash_idx on HSEARCH_OUTBOX_EVENT (entityIdHash);
create index hsearch_outbox_event_status_idx on HSEARCH_OUTBOX_EVENT (status);
