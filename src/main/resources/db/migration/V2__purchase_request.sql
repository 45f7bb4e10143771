-- Applications to IT and their lines; the yearly counter their numbers come from.
create table purchase_request (
    id bigint auto_increment primary key,
    version bigint not null,
    number varchar(20),
    requester_username varchar(64) not null,
    department_id bigint not null,
    delivery_branch_id bigint,
    justification varchar(2000),
    needed_by date,
    urgency varchar(16),
    status varchar(24) not null,
    total decimal(15, 2) not null,
    created_at datetime(6) not null,
    submitted_at datetime(6),
    process_instance_id varchar(64),
    constraint uk_purchase_request_number unique (number),
    constraint fk_purchase_request_department foreign key (department_id) references department (id),
    constraint fk_purchase_request_branch foreign key (delivery_branch_id) references branch (id)
);

create index ix_purchase_request_requester on purchase_request (requester_username, status);

create table request_line (
    request_id bigint not null,
    line_no int not null,
    category varchar(32) not null,
    description varchar(500) not null,
    quantity int not null,
    estimated_unit_price decimal(15, 2) not null,
    preferred_model varchar(200),
    primary key (request_id, line_no),
    constraint fk_request_line_request foreign key (request_id) references purchase_request (id)
);

create table request_number_counter (
    counter_year int not null primary key,
    last_value bigint not null
);
