CREATE TABLE "files" (
	"id" text PRIMARY KEY NOT NULL,
	"storage_key" text NOT NULL,
	"sha256" text NOT NULL,
	"size" bigint NOT NULL,
	"media_type" text NOT NULL,
	"original_name" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "ownership_type" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "legal_representative" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "central_group_id" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "licence_file_id" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "verified_by" text;