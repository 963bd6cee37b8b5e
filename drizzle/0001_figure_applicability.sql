-- A figure may only belong to a data element that applies to its unit:
-- a school's level (combined levels count as both) or, for commune figures, a commune.
CREATE OR REPLACE FUNCTION chitieu_level_parts(level text) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN level IS NULL THEN ARRAY[]::text[]
    WHEN level = 'TH_THCS' THEN ARRAY['TH','THCS']
    WHEN level = 'THCS_THPT' THEN ARRAY['THCS','THPT']
    ELSE ARRAY[level]
  END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION chitieu_check_figures() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  bad record;
BEGIN
  SELECT d.code AS element, u.code AS unit INTO bad
  FROM new_rows f
  JOIN submissions s ON s.id = f.submission_id
  JOIN units u ON u.id = s.unit_id
  JOIN data_elements d ON d.id = f.data_element_id
  WHERE NOT (
    (u.type = 'school' AND d.unit_scope = 'school' AND d.levels && chitieu_level_parts(u.school_level))
    OR (u.type = 'commune' AND d.unit_scope = 'commune')
  )
  LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'data element % does not apply to unit %', bad.element, bad.unit
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER figures_applicability_ins AFTER INSERT ON figures
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION chitieu_check_figures();
--> statement-breakpoint
CREATE TRIGGER figures_applicability_upd AFTER UPDATE ON figures
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION chitieu_check_figures();
