-- A district unit may hold figures too: the roll-up a district reports upward (its upward report,
-- imported by the province), in the same codes as its schools' figures. Schools and communes keep
-- their rules; provinces still hold none.
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
    OR u.type = 'district'
  )
  LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'data element % does not apply to unit %', bad.element, bad.unit
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END
$$;
