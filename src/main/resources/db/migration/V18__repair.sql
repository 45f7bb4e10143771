-- A warranty extension bought for an asset after it was registered: it covers faults up to this date.
alter table asset add column extended_warranty_until date;

-- Repair cases of faulty assets. open_asset_id is the asset's id while its case is open and NULL once the case is
-- closed: one open case per asset, however many people report the same fault at once (a unique key allows any
-- number of NULLs). The holder is the one the asset had when the fault was reported, to whom it goes back.
create table repair_case (
    id bigint auto_increment primary key,
    version bigint not null,
    number varchar(20) not null,
    asset_id bigint not null,
    open_asset_id bigint,
    inventory_number varchar(20) not null,
    category varchar(32) not null,
    supplier varchar(200),
    holder_kind varchar(16) not null,
    holder_reference varchar(64) not null,
    symptoms varchar(2000) not null,
    urgency varchar(16) not null,
    state varchar(24) not null,
    reported_by varchar(64) not null,
    reported_at datetime(6) not null,
    sla_days int not null,
    sla_due_at datetime(6) not null,
    warranty_until date,
    under_warranty boolean,
    service_centre varchar(200),
    rma_number varchar(64),
    dispatch_number varchar(20),
    dispatched_at datetime(6),
    taken_in_document varchar(20),
    loaner_asset_id bigint,
    loaner_inventory_number varchar(20),
    outcome varchar(24),
    outcome_note varchar(2000),
    replacement_serial_number varchar(100),
    out_of_warranty_decision varchar(24),
    estimated_cost decimal(15,2),
    application_id bigint,
    application_number varchar(20),
    write_off_number varchar(20),
    breached boolean not null,
    process_instance_id varchar(64),
    closed_at datetime(6),
    constraint uk_repair_case_number unique (number),
    constraint uk_repair_case_open_asset unique (open_asset_id),
    constraint fk_repair_case_asset foreign key (asset_id) references asset (id),
    constraint fk_repair_case_loaner foreign key (loaner_asset_id) references asset (id),
    constraint fk_repair_case_application foreign key (application_id) references purchase_request (id),
    constraint ck_repair_case_sla_days check (sla_days > 0)
);

create index ix_repair_case_state on repair_case (state);
create index ix_repair_case_asset on repair_case (asset_id, reported_at);
create index ix_repair_case_reported_at on repair_case (reported_at);

-- What happened to a repair case, by whom and when: written once, never updated or deleted.
create table repair_event (
    id bigint auto_increment primary key,
    repair_case_id bigint not null,
    happened_at datetime(6) not null,
    actor varchar(64) not null,
    kind varchar(32) not null,
    detail varchar(2000),
    constraint fk_repair_event_case foreign key (repair_case_id) references repair_case (id)
);

create index ix_repair_event_case on repair_event (repair_case_id, happened_at);
