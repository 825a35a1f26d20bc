-- Cairn record store, schema version 4: worklists.
-- A worklist lists records of one kind in one status across every patient (notes awaiting a supervisor's
-- co-signature), oldest first; this index answers it without reading the charts. The migration's Java step
-- derives every session note's timeline status again, since a signed note that needs a co-signature now has
-- the status AWAITING_COSIGNATURE until it is co-signed.

CREATE INDEX cairn_record_worklist ON cairn_record (kind, status, occurred_at);
