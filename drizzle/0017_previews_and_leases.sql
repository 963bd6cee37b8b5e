CREATE TABLE "leases" (
	"name" text PRIMARY KEY NOT NULL,
	"holder" text NOT NULL,
	"until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "upload_previews" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"user_id" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text,
	"default_period" text,
	"content" "bytea",
	"failed_rows" "bytea",
	"size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "upload_previews" ADD CONSTRAINT "upload_previews_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "upload_previews_user_idx" ON "upload_previews" USING btree ("user_id","kind","created_at");--> statement-breakpoint
CREATE INDEX "upload_previews_expires_idx" ON "upload_previews" USING btree ("expires_at");