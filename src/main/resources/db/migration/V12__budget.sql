-- The weekly and monthly purchase budgets (1.5.6, 1.5.7): one per period, its lines, comments and limit.
create table budget (
    id bigint auto_increment primary key,
    version bigint not null,
    period_key varchar(20) not null,
    kind varchar(8) not null,
    period_start date not null,
    period_end date not null,
    opened_at datetime(6) not null,
    remind_at datetime(6) not null,
    deadline datetime(6) not null,
    state varchar(12) not null,
    overdue boolean not null,
    submitted_at datetime(6),
    submitted_by varchar(64),
    reviewed_at datetime(6),
    reviewed_by varchar(64),
    review_comment varchar(2000),
    process_instance_id varchar(64),
    constraint uk_budget_period unique (period_key)
);

create index ix_budget_kind on budget (kind, period_start);

create table budget_line (
    id bigint auto_increment primary key,
    version bigint not null,
    budget_id bigint not null,
    request_id bigint not null,
    application_number varchar(20) not null,
    requester varchar(64) not null,
    department_id bigint,
    amount decimal(15, 2) not null,
    subject varchar(255),
    state varchar(12) not null,
    reason varchar(2000),
    released boolean not null,
    constraint uk_budget_line unique (budget_id, request_id),
    constraint fk_budget_line_budget foreign key (budget_id) references budget (id),
    constraint fk_budget_line_request foreign key (request_id) references purchase_request (id)
);

create index ix_budget_line_request on budget_line (request_id, state);

create table budget_comment (
    id bigint auto_increment primary key,
    budget_id bigint not null,
    author varchar(64) not null,
    written_at datetime(6) not null,
    text varchar(2000) not null,
    constraint fk_budget_comment_budget foreign key (budget_id) references budget (id)
);

create index ix_budget_comment_budget on budget_comment (budget_id, written_at);

create table budget_limit (
    id bigint auto_increment primary key,
    version bigint not null,
    period_key varchar(20) not null,
    amount decimal(15, 2) not null,
    set_by varchar(64) not null,
    set_at datetime(6) not null,
    constraint uk_budget_limit_period unique (period_key)
);
