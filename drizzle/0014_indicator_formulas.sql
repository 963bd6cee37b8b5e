CREATE TABLE "indicator_formulas" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"from_school_year_id" integer,
	"formula" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "indicator_formulas" ADD CONSTRAINT "indicator_formulas_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_formulas" ADD CONSTRAINT "indicator_formulas_from_school_year_id_school_years_id_fk" FOREIGN KEY ("from_school_year_id") REFERENCES "public"."school_years"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_formulas_from_uq" ON "indicator_formulas" USING btree ("indicator_id","from_school_year_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_formulas_first_uq" ON "indicator_formulas" USING btree ("indicator_id") WHERE from_school_year_id is null;--> statement-breakpoint
-- hand-written
-- Every existing indicator's formula becomes its first version (from the earliest school year).
INSERT INTO indicator_formulas (indicator_id, from_school_year_id, formula)
  SELECT id, NULL, formula FROM indicators;
--> statement-breakpoint
-- Evaluations read the versions: any change counts for every school year (as for `indicators`, drizzle/0011).
CREATE TRIGGER indicator_formulas_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator_formulas
  FOR EACH STATEMENT EXECUTE FUNCTION chitieu_mark_generation('all');
