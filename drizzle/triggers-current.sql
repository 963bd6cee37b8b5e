-- The current definition of every function and trigger the migrations made (generated; read it, do
-- not run it: the migrations define the database). Regenerate after a migration changes one:
--   UPDATE_TRIGGERS_DOC=1 npx vitest run tests/integration/triggers-doc.spec.ts

-- Functions
CREATE OR REPLACE FUNCTION public.chitieu_apply_generation_marks()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  WITH m AS (DELETE FROM data_generation_marks WHERE txid = NEW.txid RETURNING scope)
  INSERT INTO data_generations AS g (scope, generation)
  SELECT scope, 1 FROM m ORDER BY scope
  ON CONFLICT (scope) DO UPDATE SET generation = g.generation + 1;
  RETURN NULL;
END
$function$;

CREATE OR REPLACE FUNCTION public.chitieu_check_figures()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
DECLARE
  bad record;
  sub_ids int[];
  element_ids int[];
  missing int;
BEGIN
  SELECT array_agg(DISTINCT submission_id), array_agg(DISTINCT data_element_id) INTO sub_ids, element_ids
  FROM new_rows;
  -- Submissions this transaction wrote are already its own (an upload bumps each one's version
  -- first): only the others need the lock that keeps them from being deleted meanwhile. Locked
  -- before they are looked for, so that none can go between the look and the lock.
  PERFORM 1 FROM submissions s WHERE s.id = ANY (sub_ids)
    AND s.xmin::text::bigint <> txid_current() % 4294967296 FOR KEY SHARE OF s;
  PERFORM 1 FROM data_elements d WHERE d.id = ANY (element_ids) FOR KEY SHARE OF d;
  SELECT x.id INTO missing FROM unnest(sub_ids) AS x(id)
  WHERE NOT EXISTS (SELECT 1 FROM submissions s WHERE s.id = x.id);
  IF FOUND THEN
    RAISE EXCEPTION 'figure refers to submission %, which does not exist', missing
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  SELECT x.id INTO missing FROM unnest(element_ids) AS x(id)
  WHERE NOT EXISTS (SELECT 1 FROM data_elements d WHERE d.id = x.id);
  IF FOUND THEN
    RAISE EXCEPTION 'figure refers to data element %, which does not exist', missing
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  -- No LIMIT: the first offending row is all that is kept, and without it the planner hashes the
  -- joins instead of looking up each of 100,000 rows.
  SELECT d.code AS element, u.code AS unit INTO bad
  FROM new_rows f
  JOIN submissions s ON s.id = f.submission_id
  JOIN units u ON u.id = s.unit_id
  JOIN data_elements d ON d.id = f.data_element_id
  WHERE NOT (
    (u.type = 'school' AND d.unit_scope = 'school' AND d.levels && chitieu_level_parts(u.school_level))
    OR (u.type = 'commune' AND d.unit_scope = 'commune')
    OR u.type = 'district'
  );
  IF FOUND THEN
    RAISE EXCEPTION 'data element % does not apply to unit %', bad.element, bad.unit
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END
$function$;

CREATE OR REPLACE FUNCTION public.chitieu_delete_submission_figures()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  DELETE FROM figures f USING old_rows o WHERE f.submission_id = o.id;
  RETURN NULL;
END
$function$;

CREATE OR REPLACE FUNCTION public.chitieu_keep_used_elements()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
DECLARE
  used text;
BEGIN
  SELECT o.code INTO used FROM old_rows o
  WHERE EXISTS (SELECT 1 FROM figures f WHERE f.data_element_id = o.id) LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'data element % still has figures', used USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END
$function$;

CREATE OR REPLACE FUNCTION public.chitieu_level_parts(level text)
 RETURNS text[]
 LANGUAGE sql
 IMMUTABLE
AS $function$
  SELECT CASE
    WHEN level IS NULL THEN ARRAY[]::text[]
    WHEN level = 'TH_THCS' THEN ARRAY['TH','THCS']
    WHEN level = 'THCS_THPT' THEN ARRAY['THCS','THPT']
    ELSE ARRAY[level]
  END
$function$;

CREATE OR REPLACE FUNCTION public.chitieu_mark_generation()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
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
$function$;

CREATE OR REPLACE FUNCTION public.chitieu_refuse_figure_move()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  RAISE EXCEPTION 'a figure keeps its submission and data element: delete it and insert another'
    USING ERRCODE = 'foreign_key_violation';
END
$function$;

CREATE OR REPLACE FUNCTION public.chitieu_refuse_id_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  RAISE EXCEPTION '%.id is referred to by figures and cannot change', TG_TABLE_NAME
    USING ERRCODE = 'foreign_key_violation';
END
$function$;

CREATE OR REPLACE FUNCTION public.chitieu_refuse_truncate_used_elements()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF EXISTS (SELECT 1 FROM figures) THEN
    RAISE EXCEPTION 'data_elements has figures: truncate figures first'
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END
$function$;

CREATE OR REPLACE FUNCTION public.chitieu_truncate_figures()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  TRUNCATE figures;
  RETURN NULL;
END
$function$;

-- Triggers
CREATE TRIGGER data_elements_generation AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.data_elements FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('all');
CREATE TRIGGER data_elements_keep_id BEFORE UPDATE OF id ON public.data_elements FOR EACH ROW WHEN ((old.id IS DISTINCT FROM new.id)) EXECUTE FUNCTION chitieu_refuse_id_change();
CREATE TRIGGER data_elements_keep_used AFTER DELETE ON public.data_elements REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION chitieu_keep_used_elements();
CREATE TRIGGER data_elements_truncate_guard BEFORE TRUNCATE ON public.data_elements FOR EACH STATEMENT EXECUTE FUNCTION chitieu_refuse_truncate_used_elements();
CREATE CONSTRAINT TRIGGER data_generation_marks_apply AFTER INSERT ON public.data_generation_marks DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chitieu_apply_generation_marks();
CREATE TRIGGER figures_applicability_ins AFTER INSERT ON public.figures REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION chitieu_check_figures();
CREATE TRIGGER figures_generation_del AFTER DELETE ON public.figures REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('figures', 'old_rows');
CREATE TRIGGER figures_generation_ins AFTER INSERT ON public.figures REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('figures', 'new_rows');
CREATE TRIGGER figures_generation_trunc AFTER TRUNCATE ON public.figures FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('all');
CREATE TRIGGER figures_generation_upd AFTER UPDATE ON public.figures REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('figures', 'new_rows');
CREATE TRIGGER figures_keys_upd BEFORE UPDATE OF submission_id, data_element_id ON public.figures FOR EACH ROW WHEN (((old.submission_id IS DISTINCT FROM new.submission_id) OR (old.data_element_id IS DISTINCT FROM new.data_element_id))) EXECUTE FUNCTION chitieu_refuse_figure_move();
CREATE TRIGGER indicator_formulas_generation AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.indicator_formulas FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('all');
CREATE TRIGGER indicators_generation AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.indicators FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('all');
CREATE TRIGGER periods_generation AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.periods FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('all');
CREATE TRIGGER plans_generation AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.plans FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('all');
CREATE TRIGGER report_forms_generation AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.report_forms FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('all');
CREATE TRIGGER school_years_generation AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.school_years FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('all');
CREATE TRIGGER submissions_delete_figures AFTER DELETE ON public.submissions REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION chitieu_delete_submission_figures();
CREATE TRIGGER submissions_generation_del AFTER DELETE ON public.submissions REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('submissions', 'old_rows');
CREATE TRIGGER submissions_generation_ins AFTER INSERT ON public.submissions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('submissions', 'new_rows');
CREATE TRIGGER submissions_generation_trunc AFTER TRUNCATE ON public.submissions FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('all');
CREATE TRIGGER submissions_generation_upd AFTER UPDATE ON public.submissions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('submissions');
CREATE TRIGGER submissions_keep_id BEFORE UPDATE OF id ON public.submissions FOR EACH ROW WHEN ((old.id IS DISTINCT FROM new.id)) EXECUTE FUNCTION chitieu_refuse_id_change();
CREATE TRIGGER submissions_truncate_figures AFTER TRUNCATE ON public.submissions FOR EACH STATEMENT EXECUTE FUNCTION chitieu_truncate_figures();
CREATE TRIGGER targets_generation AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.targets FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('all');
CREATE TRIGGER unit_group_members_generation AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.unit_group_members FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('all');
CREATE TRIGGER unit_groups_generation AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.unit_groups FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('all');
CREATE TRIGGER unit_placements_generation AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.unit_placements FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('all');
CREATE TRIGGER units_generation AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.units FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('all');
