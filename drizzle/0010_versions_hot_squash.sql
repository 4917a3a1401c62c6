DROP INDEX "application_versions_app_idx";--> statement-breakpoint
CREATE INDEX "application_versions_latest_idx" ON "application_versions" USING btree ("application_id") WHERE data is null;--> statement-breakpoint
CREATE INDEX "application_versions_app_idx" ON "application_versions" USING btree ("application_id");