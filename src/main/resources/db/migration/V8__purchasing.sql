-- What is ordered, received and handed over for an application.
create table purchase_order (
    id bigint auto_increment primary key,
    version bigint not null,
    request_id bigint not null,
    supplier varchar(200) not null,
    order_number varchar(64) not null,
    expected_delivery date not null,
    total decimal(15, 2) not null,
    approved_total decimal(15, 2) not null,
    placed_by varchar(64) not null,
    placed_at datetime(6) not null,
    status varchar(16) not null,
    constraint fk_purchase_order_request foreign key (request_id) references purchase_request (id)
);

create index ix_purchase_order_request on purchase_order (request_id, status);

create table purchase_order_line (
    order_id bigint not null,
    line_no int not null,
    quantity int not null,
    unit_price decimal(15, 2) not null,
    primary key (order_id, line_no),
    constraint fk_purchase_order_line_order foreign key (order_id) references purchase_order (id)
);

create table goods_receipt (
    id bigint auto_increment primary key,
    number varchar(20) not null,
    request_id bigint not null,
    order_id bigint not null,
    supplier_document varchar(64) not null,
    receipt_date date not null,
    warehouse_id bigint not null,
    received_by varchar(64) not null,
    recorded_at datetime(6) not null,
    constraint uk_goods_receipt_number unique (number),
    constraint fk_goods_receipt_request foreign key (request_id) references purchase_request (id),
    constraint fk_goods_receipt_order foreign key (order_id) references purchase_order (id),
    constraint fk_goods_receipt_warehouse foreign key (warehouse_id) references warehouse (id)
);

create index ix_goods_receipt_request on goods_receipt (request_id);

create table goods_receipt_item (
    receipt_id bigint not null,
    item_no int not null,
    line_no int not null,
    description varchar(500),
    serial_number varchar(100),
    warranty_months int not null,
    unit_price decimal(15, 2) not null,
    inventory_number varchar(20) not null,
    primary key (receipt_id, item_no),
    constraint fk_goods_receipt_item_receipt foreign key (receipt_id) references goods_receipt (id)
);

create table handover (
    id bigint auto_increment primary key,
    version bigint not null,
    request_id bigint not null,
    movement_number varchar(20) not null,
    handed_over_by varchar(64) not null,
    handed_over_at datetime(6) not null,
    note varchar(2000),
    confirmed_at datetime(6),
    confirmed_automatically boolean not null,
    constraint uk_handover_request unique (request_id),
    constraint fk_handover_request foreign key (request_id) references purchase_request (id)
);
