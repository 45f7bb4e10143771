-- every export of the audit trail (a case's trail, the decisions of a period), written once and never changed
create table audit_export (
    id bigint auto_increment primary key,
    exported_by varchar(64) not null,
    exported_at datetime(6) not null,
    kind varchar(32) not null,
    subject varchar(200) not null,
    row_count int not null
);

create index ix_audit_export_at on audit_export (exported_at);
