-- Consumables (toner, cartridges, drums, paper) and their stock per warehouse. The balance changes only
-- through numbered stock documents, written once and never updated or deleted, with their lines.
create table consumable_item (
    id bigint auto_increment primary key,
    version bigint not null,
    sku varchar(40) not null,
    name varchar(200) not null,
    unit varchar(20) not null,
    compatible_devices varchar(500),
    reorder_point int not null,
    max_level int not null,
    lead_time_days int not null,
    preferred_supplier varchar(200),
    pack_size int not null,
    active boolean not null,
    constraint uk_consumable_item_sku unique (sku),
    constraint ck_consumable_item_pack_size check (pack_size >= 1),
    constraint ck_consumable_item_levels check (reorder_point >= 0 and max_level >= reorder_point)
);

create table stock_balance (
    id bigint auto_increment primary key,
    version bigint not null,
    item_id bigint not null,
    warehouse_id bigint not null,
    on_hand int not null,
    constraint uk_stock_balance_item_warehouse unique (item_id, warehouse_id),
    constraint ck_stock_balance_on_hand check (on_hand >= 0),
    constraint fk_stock_balance_item foreign key (item_id) references consumable_item (id),
    constraint fk_stock_balance_warehouse foreign key (warehouse_id) references warehouse (id)
);

create index ix_stock_balance_warehouse on stock_balance (warehouse_id);

-- A receipt has only a receiving warehouse, an issue only a giving one (and a recipient), a transfer both;
-- a reversal swaps the warehouses of the document it reverses, which it names; each document is reversed once.
create table stock_document (
    id bigint auto_increment primary key,
    number varchar(20) not null,
    kind varchar(12) not null,
    document_date date not null,
    from_warehouse_id bigint,
    to_warehouse_id bigint,
    recipient_kind varchar(12),
    recipient_reference varchar(64),
    reverses_document_id bigint,
    reason varchar(500),
    recorded_by varchar(64) not null,
    recorded_at datetime(6) not null,
    constraint uk_stock_document_number unique (number),
    constraint uk_stock_document_reverses unique (reverses_document_id),
    constraint ck_stock_document_warehouses check (from_warehouse_id is not null or to_warehouse_id is not null),
    constraint fk_stock_document_from foreign key (from_warehouse_id) references warehouse (id),
    constraint fk_stock_document_to foreign key (to_warehouse_id) references warehouse (id),
    constraint fk_stock_document_reverses foreign key (reverses_document_id) references stock_document (id)
);

create index ix_stock_document_recorded on stock_document (recorded_at);

create table stock_document_line (
    document_id bigint not null,
    line_no int not null,
    item_id bigint not null,
    quantity int not null,
    primary key (document_id, line_no),
    constraint ck_stock_document_line_quantity check (quantity > 0),
    constraint fk_stock_document_line_document foreign key (document_id) references stock_document (id),
    constraint fk_stock_document_line_item foreign key (item_id) references consumable_item (id)
);

create index ix_stock_document_line_item on stock_document_line (item_id);
