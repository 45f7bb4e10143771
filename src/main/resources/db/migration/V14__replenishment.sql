-- What a consumable costs per unit, for the value of a replenishment order.
alter table consumable_item add column unit_price decimal(15,2) default 0 not null;

-- Replenishment orders of a consumable for a warehouse. open_key is "<item id>-<warehouse id>" while the
-- replenishment is open and NULL once it is done or ended otherwise: at most one open per item and warehouse,
-- however many issues cross the reorder point at once (a unique key allows any number of NULLs). requested_by is
-- whose document ran the stock low, or 'system' for the daily check.
create table replenishment (
    id bigint auto_increment primary key,
    version bigint not null,
    number varchar(20) not null,
    item_id bigint not null,
    warehouse_id bigint not null,
    open_key varchar(41),
    state varchar(20) not null,
    quantity int,
    unit_price decimal(15,2),
    order_value decimal(15,2),
    urgent boolean not null,
    supplier varchar(200),
    supplier_order_reference varchar(64),
    expected_delivery date,
    received_quantity int,
    receipt_document_number varchar(20),
    decision_comment varchar(500),
    requested_by varchar(64) not null,
    process_instance_id varchar(64),
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    constraint uk_replenishment_number unique (number),
    constraint uk_replenishment_open_key unique (open_key),
    constraint ck_replenishment_quantity check (quantity is null or quantity > 0),
    constraint fk_replenishment_item foreign key (item_id) references consumable_item (id),
    constraint fk_replenishment_warehouse foreign key (warehouse_id) references warehouse (id)
);

create index ix_replenishment_state on replenishment (state);
create index ix_replenishment_item_warehouse on replenishment (item_id, warehouse_id);
