-- An event's position is the column's default from the same one-at-a-time sequence, and the insert
-- returns it: one statement per stored event instead of a nextval and then the insert.
alter table domain_event_entry alter column global_index set default next value for domain_event_entry_seq;
