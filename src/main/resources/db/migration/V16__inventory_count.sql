-- Inventory counts of one warehouse or branch: the assets expected there, frozen when the count is ordered, what
-- IT support found, the differences, and what the IT head's approval made of each (a movement, a write-off on the
-- count's adjustment document, an item to register, or nothing when the line was left out).
create table inventory_count (
    id bigint auto_increment primary key,
    version bigint not null,
    number varchar(20) not null,
    location_kind varchar(16) not null,
    location_reference varchar(64) not null,
    state varchar(20) not null,
    ordered_by varchar(64) not null,
    ordered_at datetime(6) not null,
    recorded_by varchar(64),
    recorded_at datetime(6),
    approved_by varchar(64),
    approved_at datetime(6),
    approval_comment varchar(2000),
    adjustment_number varchar(20),
    process_instance_id varchar(64),
    -- the counted place while the count is open, null once it is over: one open count per place
    open_location varchar(90),
    constraint uk_inventory_count_number unique (number),
    constraint uk_inventory_count_open_location unique (open_location),
    constraint uk_inventory_count_adjustment unique (adjustment_number)
);

create index ix_inventory_count_ordered on inventory_count (ordered_at);
create index ix_inventory_count_process on inventory_count (process_instance_id);

-- identity_key: the asset's inventory number, or "serial:" and the serial number of an item unknown to the
-- register; no count lists the same thing twice
create table inventory_count_line (
    id bigint auto_increment primary key,
    version bigint not null,
    count_id bigint not null,
    identity_key varchar(120) not null,
    asset_id bigint,
    inventory_number varchar(20),
    serial_number varchar(100),
    description varchar(500) not null,
    expected boolean not null,
    found boolean not null,
    difference varchar(16),
    resolution varchar(16),
    document_number varchar(20),
    constraint uk_inventory_count_line unique (count_id, identity_key),
    constraint fk_inventory_count_line_count foreign key (count_id) references inventory_count (id),
    constraint fk_inventory_count_line_asset foreign key (asset_id) references asset (id)
);
