CREATE TABLE "validation_rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"group_key" text NOT NULL,
	"kind" text NOT NULL,
	"left_codes" text[] NOT NULL,
	"right_codes" text[] NOT NULL,
	"name_vi" text,
	"name_en" text,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "validation_rules_kind_ck" CHECK (kind in ('le', 'eq')),
	CONSTRAINT "validation_rules_left_ck" CHECK (cardinality(left_codes) >= 1),
	CONSTRAINT "validation_rules_right_ck" CHECK (cardinality(right_codes) >= 1),
	CONSTRAINT "validation_rules_group_ck" CHECK (group_key in ('enrolled_le_catchment', 'outcome_sum', 'graduates_le_grade9', 'qualified_chain', 'part_le_total'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "validation_rules_sides_uq" ON "validation_rules" USING btree ("kind","left_codes","right_codes");