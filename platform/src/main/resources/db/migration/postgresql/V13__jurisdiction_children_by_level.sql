-- A jurisdiction's children are read by their level and a range of codes (Jurisdictions.children):
-- every national indicator request sums the provinces' populations, and every breakdown lists a
-- level. Without this index each was a scan of the whole registry, which at national scale holds
-- some 700,000 villages and communities.
create index ix_jurisdiction_level on q_jurisdiction (code_length, code);
