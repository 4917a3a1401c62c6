CREATE TABLE "catalog_editions" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"document_no" text NOT NULL,
	"source" text NOT NULL,
	"preamble" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_map_entries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "catalog_map_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"from_edition" text NOT NULL,
	"to_edition" text NOT NULL,
	"relation" text NOT NULL,
	"from_codes" text[] NOT NULL,
	"to_codes" text[] NOT NULL,
	"note" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_scenarios" (
	"code" text PRIMARY KEY NOT NULL,
	"edition_id" text NOT NULL,
	"stage_number" integer NOT NULL,
	"number" integer NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_stages" (
	"edition_id" text NOT NULL,
	"number" integer NOT NULL,
	"name" text NOT NULL,
	"summary" text NOT NULL,
	CONSTRAINT "catalog_stages_edition_id_number_pk" PRIMARY KEY("edition_id","number")
);
--> statement-breakpoint
CREATE TABLE "industries" (
	"code" text PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"name" text NOT NULL,
	"note" text,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_documents" (
	"key" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"source" text NOT NULL,
	"content" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"name" text NOT NULL,
	"is_development_zone" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seed_versions" (
	"name" text PRIMARY KEY NOT NULL,
	"checksum" text NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"display_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
ALTER TABLE "catalog_scenarios" ADD CONSTRAINT "catalog_scenarios_edition_id_catalog_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."catalog_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_stages" ADD CONSTRAINT "catalog_stages_edition_id_catalog_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."catalog_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalog_map_pair_idx" ON "catalog_map_entries" USING btree ("from_edition","to_edition");--> statement-breakpoint
CREATE INDEX "catalog_scenarios_edition_idx" ON "catalog_scenarios" USING btree ("edition_id","number");--> statement-breakpoint
CREATE INDEX "industries_parent_idx" ON "industries" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_code");