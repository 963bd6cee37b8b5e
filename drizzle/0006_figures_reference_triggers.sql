-- Figures refer to their submission and data element through triggers checked once per statement
-- (0005 dropped the per-row foreign keys: a province's upload adds 100,000 figures at once). As a
-- foreign key would: an insert locks what it refers to (FOR KEY SHARE) and refuses a missing one,
-- a deleted or truncated submission takes its figures along, a data element with figures cannot be
-- deleted, and the referenced ids cannot change under them.
CREATE OR REPLACE FUNCTION chitieu_check_figures() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  bad record;
  sub_ids int[];
  element_ids int[];
  missing int;
BEGIN
  SELECT array_agg(DISTINCT submission_id), array_agg(DISTINCT data_element_id) INTO sub_ids, element_ids
  FROM new_rows;
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
  -- Submissions this transaction wrote are already its own (an upload bumps each one's version
  -- first): only the others need the lock that keeps them from being deleted meanwhile.
  PERFORM 1 FROM submissions s WHERE s.id = ANY (sub_ids)
    AND s.xmin::text::bigint <> txid_current() % 4294967296 FOR KEY SHARE OF s;
  PERFORM 1 FROM data_elements d WHERE d.id = ANY (element_ids) FOR KEY SHARE OF d;
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
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS figures_applicability_upd ON figures;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION chitieu_refuse_figure_move() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a figure keeps its submission and data element: delete it and insert another'
    USING ERRCODE = 'foreign_key_violation';
END
$$;
--> statement-breakpoint
-- A column list: the usual UPDATE of values never fires it.
CREATE TRIGGER figures_keys_upd BEFORE UPDATE OF submission_id, data_element_id ON figures
  FOR EACH ROW WHEN (OLD.submission_id IS DISTINCT FROM NEW.submission_id OR OLD.data_element_id IS DISTINCT FROM NEW.data_element_id)
  EXECUTE FUNCTION chitieu_refuse_figure_move();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION chitieu_delete_submission_figures() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM figures f USING old_rows o WHERE f.submission_id = o.id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER submissions_delete_figures AFTER DELETE ON submissions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION chitieu_delete_submission_figures();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION chitieu_truncate_figures() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE figures;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER submissions_truncate_figures AFTER TRUNCATE ON submissions
  FOR EACH STATEMENT EXECUTE FUNCTION chitieu_truncate_figures();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION chitieu_keep_used_elements() RETURNS trigger
LANGUAGE plpgsql AS $$
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
$$;
--> statement-breakpoint
CREATE TRIGGER data_elements_keep_used AFTER DELETE ON data_elements
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION chitieu_keep_used_elements();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION chitieu_refuse_id_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%.id is referred to by figures and cannot change', TG_TABLE_NAME
    USING ERRCODE = 'foreign_key_violation';
END
$$;
--> statement-breakpoint
CREATE TRIGGER submissions_keep_id BEFORE UPDATE OF id ON submissions
  FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION chitieu_refuse_id_change();
--> statement-breakpoint
CREATE TRIGGER data_elements_keep_id BEFORE UPDATE OF id ON data_elements
  FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION chitieu_refuse_id_change();
--> statement-breakpoint
-- The primary key carries the value, so live evaluation reads figures from the index alone; the
-- separate covering index of 0004 (the same key columns) is no longer needed.
ALTER TABLE figures DROP CONSTRAINT figures_submission_id_data_element_id_pk;
--> statement-breakpoint
ALTER TABLE figures ADD CONSTRAINT figures_submission_id_data_element_id_pk
  PRIMARY KEY (submission_id, data_element_id) INCLUDE (value);
--> statement-breakpoint
DROP INDEX IF EXISTS figures_submission_element_value_idx;
