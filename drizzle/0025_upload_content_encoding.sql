ALTER TABLE "uploads" ADD COLUMN "content_encoding" text;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_content_encoding_ck" CHECK ("uploads"."content_encoding" in ('gzip'));