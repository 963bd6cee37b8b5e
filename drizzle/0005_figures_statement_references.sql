ALTER TABLE "figures" DROP CONSTRAINT "figures_submission_id_submissions_id_fk";
--> statement-breakpoint
ALTER TABLE "figures" DROP CONSTRAINT "figures_data_element_id_data_elements_id_fk";
