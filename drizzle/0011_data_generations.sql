CREATE TABLE "data_generation_marks" (
	"txid" bigint NOT NULL,
	"scope" text NOT NULL,
	CONSTRAINT "data_generation_marks_txid_scope_pk" PRIMARY KEY("txid","scope")
);
--> statement-breakpoint
CREATE TABLE "data_generations" (
	"scope" text PRIMARY KEY NOT NULL,
	"generation" bigint NOT NULL
);
--> statement-breakpoint
-- The app caches evaluations keyed by these generations (src/lib/server/generations/). Every statement
-- that changes what an evaluation reads marks its scopes for its transaction (no lock: the mark is
-- the transaction's own row); the marks become +1 on `data_generations` at commit, one pass in scope
-- order, so the counter rows are locked only while committing and always in the same order.
INSERT INTO data_generations (scope, generation) VALUES ('all', 0), ('epoch', floor(random() * 1e15)::bigint);
--> statement-breakpoint
CREATE FUNCTION chitieu_apply_generation_marks() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  WITH m AS (DELETE FROM data_generation_marks WHERE txid = NEW.txid RETURNING scope)
  INSERT INTO data_generations AS g (scope, generation)
  SELECT scope, 1 FROM m ORDER BY scope
  ON CONFLICT (scope) DO UPDATE SET generation = g.generation + 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER data_generation_marks_apply AFTER INSERT ON data_generation_marks
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chitieu_apply_generation_marks();
--> statement-breakpoint
-- TG_ARGV[0]: 'all'; or 'submissions' / 'figures' and the transition table to read: the periods of
-- the rows and their school years are marked (a submission's status does not change an evaluation, its unit or
-- period would). A truncate marks everything.
CREATE FUNCTION chitieu_mark_generation() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  periods_of text;
BEGIN
  IF TG_ARGV[0] = 'all' OR TG_OP = 'TRUNCATE' THEN
    INSERT INTO data_generation_marks (txid, scope) VALUES (txid_current(), 'all') ON CONFLICT DO NOTHING;
    RETURN NULL;
  ELSIF TG_ARGV[0] = 'submissions' AND TG_OP = 'UPDATE' THEN
    periods_of := 'SELECT unnest(array[o.period_id, n.period_id]) FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE o.unit_id <> n.unit_id OR o.period_id <> n.period_id';
  ELSIF TG_ARGV[0] = 'submissions' THEN
    periods_of := format('SELECT period_id FROM %I', TG_ARGV[1]);
  ELSE
    periods_of := format(
      'SELECT s.period_id FROM submissions s WHERE s.id IN (SELECT DISTINCT submission_id FROM %I)', TG_ARGV[1]);
  END IF;
  EXECUTE 'INSERT INTO data_generation_marks (txid, scope)
    SELECT DISTINCT txid_current(), v.scope FROM periods p,
      LATERAL (VALUES (''y'' || p.school_year_id), (''p'' || p.id)) v(scope)
    WHERE p.id IN (' || periods_of || ')
    ON CONFLICT DO NOTHING';
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Everything else evaluations read: any statement counts for every school year.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['units', 'unit_groups', 'unit_group_members', 'school_years', 'periods', 'report_forms',
                           'data_elements', 'indicators', 'plans', 'targets'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
      FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation(''all'')', t || '_generation', t);
  END LOOP;
END
$$;
--> statement-breakpoint
CREATE TRIGGER submissions_generation_ins AFTER INSERT ON submissions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chitieu_mark_generation('submissions', 'new_rows');
--> statement-breakpoint
CREATE TRIGGER submissions_generation_upd AFTER UPDATE ON submissions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chitieu_mark_generation('submissions');
--> statement-breakpoint
CREATE TRIGGER submissions_generation_del AFTER DELETE ON submissions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chitieu_mark_generation('submissions', 'old_rows');
--> statement-breakpoint
CREATE TRIGGER submissions_generation_trunc AFTER TRUNCATE ON submissions
  FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('all');
--> statement-breakpoint
CREATE TRIGGER figures_generation_ins AFTER INSERT ON figures
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chitieu_mark_generation('figures', 'new_rows');
--> statement-breakpoint
CREATE TRIGGER figures_generation_upd AFTER UPDATE ON figures
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chitieu_mark_generation('figures', 'new_rows');
--> statement-breakpoint
CREATE TRIGGER figures_generation_del AFTER DELETE ON figures
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION chitieu_mark_generation('figures', 'old_rows');
--> statement-breakpoint
CREATE TRIGGER figures_generation_trunc AFTER TRUNCATE ON figures
  FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('all');
