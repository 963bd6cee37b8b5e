-- Live evaluation reads, per submission, a few elements' values: with the value in the index those
-- reads are index-only (no heap visit per figure). Not declared in the drizzle schema: drizzle's
-- index builder has no INCLUDE.
CREATE INDEX IF NOT EXISTS "figures_submission_element_value_idx" ON "figures" USING btree ("submission_id", "data_element_id") INCLUDE ("value");
