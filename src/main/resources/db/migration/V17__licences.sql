-- Licensed software and who or what uses it. A licence's seats in use are counted in seats_used, changed only by
-- conditional updates (an assignment takes a seat only while seats_used < seats), so the count never passes the
-- seats bought, whoever assigns at the same moment. Assignments are never deleted: a removal records who and when.
create table licence (
    id bigint auto_increment primary key,
    version bigint not null,
    product varchar(200) not null,
    vendor varchar(200) not null,
    edition varchar(100),
    licence_key varchar(500),
    seats int not null,
    seats_used int not null,
    valid_from date not null,
    expires_on date,
    cost decimal(17, 2),
    reminded_for date,
    constraint ck_licence_seats check (seats >= 1),
    constraint ck_licence_seats_used check (seats_used >= 0 and seats_used <= seats),
    constraint ck_licence_expiry check (expires_on is null or expires_on >= valid_from)
);

create index ix_licence_expires_on on licence (expires_on);

-- active_assignee repeats the assignee while the assignment is in force and is null once removed: one person or
-- asset holds a licence at most once at a time, and any number of times in its history.
create table licence_assignment (
    id bigint auto_increment primary key,
    licence_id bigint not null,
    assignee_kind varchar(8) not null,
    assignee varchar(64) not null,
    active_assignee varchar(64),
    assigned_by varchar(64) not null,
    assigned_at datetime(6) not null,
    removed_by varchar(64),
    removed_at datetime(6),
    constraint uk_licence_assignment_active unique (licence_id, assignee_kind, active_assignee),
    constraint fk_licence_assignment_licence foreign key (licence_id) references licence (id)
);
