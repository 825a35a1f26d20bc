-- A migration that fails half-way: the first statement works, the second does not.
CREATE TABLE cairn_half_done (id INTEGER PRIMARY KEY);
ALTER TABLE cairn_no_such_table ADD COLUMN x INTEGER;
