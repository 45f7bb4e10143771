-- The equipment register: each asset with who holds it (an employee, a warehouse or a branch), and the
-- movement documents that moved it, written once and never updated or deleted, with their lines.
create table asset (
    id bigint auto_increment primary key,
    version bigint not null,
    inventory_number varchar(20) not null,
    serial_number varchar(100),
    -- category, model and serial number while the asset is not written off: no two such assets share one
    serial_key varchar(340),
    category varchar(32) not null,
    model varchar(200),
    description varchar(500) not null,
    supplier varchar(200),
    receipt_document_number varchar(64),
    purchase_date date not null,
    purchase_price decimal(15, 2),
    warranty_until date,
    holder_kind varchar(16) not null,
    holder_reference varchar(64) not null,
    status varchar(16) not null,
    reserved_for_request_id bigint,
    created_at datetime(6) not null,
    constraint uk_asset_inventory_number unique (inventory_number),
    constraint uk_asset_serial_key unique (serial_key),
    constraint fk_asset_reserved_for_request foreign key (reserved_for_request_id) references purchase_request (id)
);

create index ix_asset_holder on asset (holder_kind, holder_reference, status);
create index ix_asset_status_category on asset (status, category);
create index ix_asset_serial_number on asset (serial_number);
create index ix_asset_reserved_for_request on asset (reserved_for_request_id);

create table movement_document (
    id bigint auto_increment primary key,
    number varchar(20) not null,
    movement_date date not null,
    from_holder_kind varchar(16) not null,
    from_holder_reference varchar(64) not null,
    to_holder_kind varchar(16) not null,
    to_holder_reference varchar(64) not null,
    reason varchar(500),
    recorded_by varchar(64) not null,
    recorded_at datetime(6) not null,
    request_id bigint,
    constraint uk_movement_document_number unique (number),
    constraint fk_movement_document_request foreign key (request_id) references purchase_request (id)
);

create index ix_movement_document_request on movement_document (request_id, recorded_at);

create table movement_line (
    document_id bigint not null,
    line_no int not null,
    asset_id bigint not null,
    primary key (document_id, line_no),
    constraint fk_movement_line_document foreign key (document_id) references movement_document (id),
    constraint fk_movement_line_asset foreign key (asset_id) references asset (id)
);

create index ix_movement_line_asset on movement_line (asset_id);
