ALTER TABLE "submission_events" ADD CONSTRAINT "submission_events_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_type_ck" CHECK ("units"."type" in ('province', 'district', 'commune', 'school'));--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_school_level_ck" CHECK ("units"."school_level" in ('MN', 'TH', 'THCS', 'THPT', 'TH_THCS', 'THCS_THPT'));--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_ownership_ck" CHECK ("units"."ownership" in ('public', 'non_public'));--> statement-breakpoint
ALTER TABLE "data_elements" ADD CONSTRAINT "data_elements_unit_scope_ck" CHECK ("data_elements"."unit_scope" in ('school', 'commune'));--> statement-breakpoint
ALTER TABLE "data_elements" ADD CONSTRAINT "data_elements_levels_ck" CHECK ("data_elements"."levels" <@ array['MN', 'TH', 'THCS', 'THPT']::text[]);--> statement-breakpoint
-- hand-written
-- Submissions and their events refer through real foreign keys again (above): the statement-level
-- checks of 0008 saved nothing there (an upload bumps submissions without changing their references,
-- and a foreign key checks only changed keys). Figures keep theirs (0006, 0010). With the foreign key,
-- TRUNCATE units / periods refuses unless submissions go too (CASCADE), and then the figures follow.
-- The current definition of every trigger function: drizzle/triggers-current.sql.
DROP TRIGGER submissions_references_ins ON submissions;
--> statement-breakpoint
DROP TRIGGER submissions_references_upd ON submissions;
--> statement-breakpoint
DROP TRIGGER submission_events_references_ins ON submission_events;
--> statement-breakpoint
DROP TRIGGER submission_events_references_upd ON submission_events;
--> statement-breakpoint
DROP TRIGGER units_delete_submissions ON units;
--> statement-breakpoint
DROP TRIGGER periods_delete_submissions ON periods;
--> statement-breakpoint
DROP TRIGGER users_delete_submissions ON users;
--> statement-breakpoint
DROP TRIGGER submissions_delete_events ON submissions;
--> statement-breakpoint
DROP TRIGGER units_keep_id ON units;
--> statement-breakpoint
DROP TRIGGER periods_keep_id ON periods;
--> statement-breakpoint
DROP TRIGGER users_keep_id ON users;
--> statement-breakpoint
DROP FUNCTION chitieu_check_references();
--> statement-breakpoint
DROP FUNCTION chitieu_delete_referenced();
--> statement-breakpoint
DROP FUNCTION chitieu_forget_users();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION chitieu_truncate_figures() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE figures;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION chitieu_refuse_id_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%.id is referred to by figures and cannot change', TG_TABLE_NAME
    USING ERRCODE = 'foreign_key_violation';
END
$$;
--> statement-breakpoint
-- Figures name data elements through a trigger, not a foreign key: TRUNCATE would orphan them.
CREATE OR REPLACE FUNCTION chitieu_refuse_truncate_used_elements() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM figures) THEN
    RAISE EXCEPTION 'data_elements has figures: truncate figures first'
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER data_elements_truncate_guard BEFORE TRUNCATE ON data_elements
  FOR EACH STATEMENT EXECUTE FUNCTION chitieu_refuse_truncate_used_elements();
