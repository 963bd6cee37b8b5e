CREATE TABLE "unit_placements" (
	"school_year_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"parent_id" integer,
	"path" text NOT NULL,
	"depth" integer NOT NULL,
	CONSTRAINT "unit_placements_school_year_id_unit_id_pk" PRIMARY KEY("school_year_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "merged_into_id" integer;--> statement-breakpoint
ALTER TABLE "unit_placements" ADD CONSTRAINT "unit_placements_school_year_id_school_years_id_fk" FOREIGN KEY ("school_year_id") REFERENCES "public"."school_years"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_placements" ADD CONSTRAINT "unit_placements_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_placements" ADD CONSTRAINT "unit_placements_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unit_placements_path_idx" ON "unit_placements" USING btree ("school_year_id","path" text_pattern_ops);--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_merged_into_id_units_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- hand-written
-- Evaluations read the placements of the year they evaluate: a move counts for every school year (0011).
CREATE TRIGGER unit_placements_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_placements
  FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('all');
