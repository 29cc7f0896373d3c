-- A case's snapshot is looked up by its case (the newest first), and older ones are deleted by case and
-- sequence number; the primary key starts with the sequence number, so without this index both read
-- the whole table (docs/benchmarks.md, session 8).
create index ix_snapshot_case on snapshot_event_entry (aggregate_identifier, sequence_number);
