-- The counters' guard: the year's first document of a series locks this row before it creates the series' counter,
-- so that documents arriving at once create it one after the other (system.DocumentNumbers). It never counts.
insert into document_number_counter (series, counter_year, last_value) values ('*', 0, 0);
