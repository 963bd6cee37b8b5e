ALTER TABLE "units" ADD COLUMN "ministry_code" text;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "address" text;