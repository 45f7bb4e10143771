-- What the processes tell people in the application: one row per recipient, unread until they read it.
create table notification (
    id bigint auto_increment primary key,
    recipient_username varchar(64) not null,
    kind varchar(32) not null,
    message_key varchar(100) not null,
    message_args varchar(2000),
    link varchar(200),
    created_at datetime(6) not null,
    read_at datetime(6)
);

create index ix_notification_recipient on notification (recipient_username, read_at);
