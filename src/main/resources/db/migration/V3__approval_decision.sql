-- Every approver's decision on an application: written once, never updated or deleted.
create table approval_decision (
    id bigint auto_increment primary key,
    request_id bigint not null,
    process_instance_id varchar(64) not null,
    task_id varchar(64) not null,
    approval varchar(16) not null,
    decided_by varchar(64) not null,
    acting_for varchar(64),
    decided_at datetime(6) not null,
    decision varchar(16) not null,
    comment_text varchar(2000),
    amount decimal(15, 2) not null,
    constraint uk_approval_decision_task unique (task_id),
    constraint fk_approval_decision_request foreign key (request_id) references purchase_request (id)
);

create index ix_approval_decision_request on approval_decision (request_id, decided_at);
