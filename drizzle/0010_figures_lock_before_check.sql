-- As 0006, with the referenced rows locked before they are looked for (a row deleted between the
-- look and the lock would otherwise pass unnoticed).
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
$$;
