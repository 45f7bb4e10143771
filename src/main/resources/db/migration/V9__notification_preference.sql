-- Whether a person is e-mailed about their notifications: not at all, or not about some kinds. Nobody
-- has a row until they change something; without one, everything is e-mailed.
create table notification_preference (
    username varchar(64) not null primary key,
    email_enabled boolean not null
);

create table notification_email_off (
    username varchar(64) not null,
    kind varchar(32) not null,
    primary key (username, kind),
    constraint fk_notification_email_off_preference foreign key (username) references notification_preference (username)
);
