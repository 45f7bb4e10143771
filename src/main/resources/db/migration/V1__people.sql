-- People, departments, branches and warehouses. Runs on H2 and MySQL 8 / MariaDB.
create table branch (
    id bigint auto_increment primary key,
    version bigint not null,
    code varchar(20) not null,
    name varchar(120) not null,
    city varchar(120) not null,
    constraint uk_branch_code unique (code)
);

create table warehouse (
    id bigint auto_increment primary key,
    version bigint not null,
    code varchar(20) not null,
    name varchar(120) not null,
    branch_id bigint not null,
    constraint uk_warehouse_code unique (code),
    constraint fk_warehouse_branch foreign key (branch_id) references branch (id)
);

create table department (
    id bigint auto_increment primary key,
    version bigint not null,
    code varchar(20) not null,
    name varchar(120) not null,
    head_id bigint,
    constraint uk_department_code unique (code)
);

create table person (
    id bigint auto_increment primary key,
    version bigint not null,
    username varchar(64) not null,
    full_name varchar(120) not null,
    email varchar(254) not null,
    password_hash varchar(100) not null,
    department_id bigint,
    branch_id bigint,
    active boolean not null,
    preferred_locale varchar(10),
    constraint uk_person_username unique (username),
    constraint fk_person_department foreign key (department_id) references department (id),
    constraint fk_person_branch foreign key (branch_id) references branch (id)
);

alter table department add constraint fk_department_head foreign key (head_id) references person (id);

create table person_role (
    person_id bigint not null,
    role varchar(32) not null,
    primary key (person_id, role),
    constraint fk_person_role_person foreign key (person_id) references person (id)
);

create index ix_person_role_role on person_role (role);
