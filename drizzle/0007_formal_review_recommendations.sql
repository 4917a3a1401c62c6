CREATE TABLE "recommendation_items" (
	"recommendation_id" text NOT NULL,
	"application_id" text NOT NULL,
	"rank" integer NOT NULL,
	"from_status" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"is_exempt" boolean DEFAULT false NOT NULL,
	"returned_at" timestamp with time zone,
	"return_reason" text,
	CONSTRAINT "recommendation_items_recommendation_id_application_id_pk" PRIMARY KEY("recommendation_id","application_id")
);
--> statement-breakpoint
CREATE TABLE "recommendations" (
	"id" text PRIMARY KEY NOT NULL,
	"call_id" text NOT NULL,
	"organization_id" text NOT NULL,
	"level" text NOT NULL,
	"to_org_id" text NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"submitted_by" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "formal_reviews" (
	"id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL,
	"organization_id" text NOT NULL,
	"reviewer_user_id" text NOT NULL,
	"reviewer_name" text NOT NULL,
	"outcome" text NOT NULL,
	"items" jsonb NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"field_comments" jsonb NOT NULL,
	"version_at" integer NOT NULL,
	"fingerprint" text NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "enterprise_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "industry_code" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "central_group_id" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "holder_org_id" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "recommended_level" text;--> statement-breakpoint
ALTER TABLE "recommendation_items" ADD CONSTRAINT "recommendation_items_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "recommendation_items_application_idx" ON "recommendation_items" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "recommendations_call_org_idx" ON "recommendations" USING btree ("call_id","organization_id");--> statement-breakpoint
CREATE INDEX "recommendations_call_to_idx" ON "recommendations" USING btree ("call_id","to_org_id");--> statement-breakpoint
CREATE INDEX "formal_reviews_application_idx" ON "formal_reviews" USING btree ("application_id","created_at");--> statement-breakpoint
CREATE INDEX "applications_holder_idx" ON "applications" USING btree ("holder_org_id","call_id","id");