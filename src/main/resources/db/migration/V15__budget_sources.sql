-- A budget line comes from a source (an application to IT, a stock replenishment order), named by its code, and
-- stands for the id and number it has there; no two lines of a budget stand for the same. Works on H2 and MariaDB.
alter table budget_line add column source varchar(16) default 'APPLICATION' not null;
alter table budget_line add column reference_id bigint default 0 not null;
update budget_line set reference_id = request_id;
alter table budget_line alter column reference_id drop default;

-- the new unique key first: MariaDB keeps the foreign key to budget on an index starting with budget_id
alter table budget_line add constraint uk_budget_line_reference unique (budget_id, source, reference_id);
alter table budget_line drop constraint uk_budget_line;
alter table budget_line drop constraint fk_budget_line_request;
drop index ix_budget_line_request on budget_line;
alter table budget_line drop column request_id;
alter table budget_line rename column application_number to reference_number;

-- which budget holds what a source has waiting
create index ix_budget_line_reference on budget_line (source, reference_id, state);
