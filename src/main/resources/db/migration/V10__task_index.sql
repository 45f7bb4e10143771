-- The task list's read model: one row per open user task of every process, kept in step with the
-- engine in the same transaction (TaskIndexWriter), with what the task is about copied in so the
-- list filters and sorts on indexed columns instead of the engine's identity-link join.
create table task_index (
    task_id varchar(64) primary key,
    process_instance_id varchar(64),
    process_key varchar(255) not null,
    task_key varchar(255) not null,
    case_number varchar(64),
    assignee varchar(64),
    created_at datetime(3) not null,
    due_at datetime(3),
    -- the due date for sorting: tasks without one after all that have one
    due_order datetime(3) not null,
    requester varchar(64),
    amount decimal(19, 2),
    subject varchar(255),
    department_id bigint,
    branch_id bigint
);

create index ix_task_index_assignee_created on task_index (assignee, created_at);
create index ix_task_index_assignee_due on task_index (assignee, due_order);
create index ix_task_index_assignee_amount on task_index (assignee, amount);
create index ix_task_index_case on task_index (case_number);
create index ix_task_index_instance on task_index (process_instance_id);

-- Who a task is offered to: a role (kind G, the engine's candidate group) or a person (kind U), unclaimed while
-- nobody has it, with its sort keys copied in, so a role's list is read in order from one index, a page at a time.
create table task_candidate (
    kind char(1) not null,
    name varchar(64) not null,
    task_id varchar(64) not null,
    unclaimed boolean not null,
    created_at datetime(3) not null,
    due_order datetime(3) not null,
    amount decimal(19, 2),
    primary key (kind, name, task_id)
);

create index ix_task_candidate_created on task_candidate (kind, name, unclaimed, created_at, task_id);
create index ix_task_candidate_due on task_candidate (kind, name, unclaimed, due_order, task_id);
create index ix_task_candidate_amount on task_candidate (kind, name, unclaimed, amount, task_id);
create index ix_task_candidate_task on task_candidate (task_id);
