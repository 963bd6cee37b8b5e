-- Submissions and their events refer to units, periods, users and submissions through triggers
-- checked once per statement, as figures do (0006): an upload for a province adds or bumps tens of
-- thousands of submissions at once, and a foreign key costs a lookup per row and column.
-- As a foreign key would, a statement locks the rows it refers to (FOR KEY SHARE; rows this
-- transaction wrote itself are already its own) and refuses a missing one; deleting the referenced
-- row cascades or sets null, and its id cannot change.

-- TG_ARGV: column, referenced table (keyed by id), column, referenced table, …
CREATE OR REPLACE FUNCTION chitieu_check_references() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  i int;
  missing text;
BEGIN
  FOR i IN 0 .. TG_NARGS / 2 - 1 LOOP
    EXECUTE format(
      'SELECT 1 FROM %2$I r WHERE r.id IN (SELECT %1$I FROM new_rows)
         AND r.xmin::text::bigint <> txid_current() %% 4294967296 FOR KEY SHARE OF r',
      TG_ARGV[2 * i], TG_ARGV[2 * i + 1]);
    EXECUTE format(
      'SELECT x.v::text FROM (SELECT DISTINCT %1$I AS v FROM new_rows WHERE %1$I IS NOT NULL) x
       WHERE NOT EXISTS (SELECT 1 FROM %2$I r WHERE r.id = x.v) LIMIT 1',
      TG_ARGV[2 * i], TG_ARGV[2 * i + 1]) INTO missing;
    IF missing IS NOT NULL THEN
      RAISE EXCEPTION '%.% refers to % %, which does not exist', TG_TABLE_NAME, TG_ARGV[2 * i],
        TG_ARGV[2 * i + 1], missing USING ERRCODE = 'foreign_key_violation';
    END IF;
  END LOOP;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- TG_ARGV: child table, column, child table, column, …: the children go with the deleted rows.
CREATE OR REPLACE FUNCTION chitieu_delete_referenced() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  i int;
BEGIN
  FOR i IN 0 .. TG_NARGS / 2 - 1 LOOP
    EXECUTE format('DELETE FROM %1$I c USING old_rows o WHERE c.%2$I = o.id', TG_ARGV[2 * i], TG_ARGV[2 * i + 1]);
  END LOOP;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Both columns in one UPDATE: its own check must not find the other one still naming the user.
CREATE OR REPLACE FUNCTION chitieu_forget_users() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE submissions s
  SET submitted_by = CASE WHEN s.submitted_by IN (SELECT id FROM old_rows) THEN NULL ELSE s.submitted_by END,
      decided_by = CASE WHEN s.decided_by IN (SELECT id FROM old_rows) THEN NULL ELSE s.decided_by END
  WHERE s.submitted_by IN (SELECT id FROM old_rows) OR s.decided_by IN (SELECT id FROM old_rows);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER submissions_references_ins AFTER INSERT ON submissions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chitieu_check_references('unit_id', 'units', 'period_id', 'periods', 'submitted_by', 'users', 'decided_by', 'users');
--> statement-breakpoint
CREATE TRIGGER submissions_references_upd AFTER UPDATE ON submissions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chitieu_check_references('unit_id', 'units', 'period_id', 'periods', 'submitted_by', 'users', 'decided_by', 'users');
--> statement-breakpoint
CREATE TRIGGER submission_events_references_ins AFTER INSERT ON submission_events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chitieu_check_references('submission_id', 'submissions');
--> statement-breakpoint
CREATE TRIGGER submission_events_references_upd AFTER UPDATE ON submission_events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chitieu_check_references('submission_id', 'submissions');
--> statement-breakpoint
CREATE TRIGGER units_delete_submissions AFTER DELETE ON units
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chitieu_delete_referenced('submissions', 'unit_id');
--> statement-breakpoint
CREATE TRIGGER periods_delete_submissions AFTER DELETE ON periods
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chitieu_delete_referenced('submissions', 'period_id');
--> statement-breakpoint
CREATE TRIGGER users_delete_submissions AFTER DELETE ON users
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chitieu_forget_users();
--> statement-breakpoint
CREATE TRIGGER submissions_delete_events AFTER DELETE ON submissions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chitieu_delete_referenced('submission_events', 'submission_id');
--> statement-breakpoint
CREATE OR REPLACE FUNCTION chitieu_truncate_figures() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE figures, submission_events;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER units_keep_id BEFORE UPDATE OF id ON units
  FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION chitieu_refuse_id_change();
--> statement-breakpoint
CREATE TRIGGER periods_keep_id BEFORE UPDATE OF id ON periods
  FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION chitieu_refuse_id_change();
--> statement-breakpoint
CREATE TRIGGER users_keep_id BEFORE UPDATE OF id ON users
  FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION chitieu_refuse_id_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION chitieu_refuse_id_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%.id is referred to and cannot change', TG_TABLE_NAME
    USING ERRCODE = 'foreign_key_violation';
END
$$;
