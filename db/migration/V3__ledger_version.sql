-- The ledger's version: every load (and every flag recomputation) raises it in its own transaction, so that a cached
-- answer is served only while the ledger is exactly as it was when the answer was computed.
INSERT INTO ledger_state (name, content, updated_at) VALUES ('ledger.version', '0', CURRENT_TIMESTAMP);
