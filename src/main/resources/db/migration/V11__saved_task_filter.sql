-- A person's saved task-list filters: which list, narrowed how, sorted how, under a name of their own.
-- A person's names are unique: saving under one they already use replaces that filter.
create table saved_task_filter (
    id bigint auto_increment primary key,
    version bigint not null,
    owner_username varchar(64) not null,
    name varchar(100) not null,
    scope varchar(16) not null,
    process_key varchar(255),
    task_key varchar(255),
    due_window varchar(16),
    min_amount decimal(19, 2),
    max_amount decimal(19, 2),
    department_id bigint,
    branch_id bigint,
    sort_field varchar(16) not null,
    sort_descending boolean not null,
    created_at datetime(6) not null,
    constraint uk_saved_task_filter_name unique (owner_username, name)
);
