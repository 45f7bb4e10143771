-- Out of office: who stands in for whom, from when to when (both days included).
create table substitution (
    id bigint auto_increment primary key,
    version bigint not null,
    person_username varchar(64) not null,
    substitute_username varchar(64) not null,
    first_day date not null,
    last_day date not null
);

create index ix_substitution_person on substitution (person_username, first_day, last_day);
