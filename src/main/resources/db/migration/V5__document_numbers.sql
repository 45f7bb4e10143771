-- One counter per series of numbered documents (applications, orders, receipts, movements) and year.
create table document_number_counter (
    series varchar(8) not null,
    counter_year int not null,
    last_value bigint not null,
    primary key (series, counter_year)
);

insert into document_number_counter (series, counter_year, last_value)
select 'APP', counter_year, last_value from request_number_counter;

drop table request_number_counter;
