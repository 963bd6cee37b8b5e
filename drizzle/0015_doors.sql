ALTER TABLE "period_exceptions" ADD COLUMN "granted_at_unit_id" integer;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
-- hand-written
-- Exceptions granted before the grantor's area was recorded count as the school's district's:
-- they no longer override a closure made above it.
UPDATE "period_exceptions" e SET "granted_at_unit_id" = u."parent_id" FROM "units" u WHERE u."id" = e."unit_id";
