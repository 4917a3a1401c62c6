CREATE TABLE "call_documents" (
	"id" text PRIMARY KEY NOT NULL,
	"call_id" text NOT NULL,
	"file_id" text NOT NULL,
	"title" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "call_documents" ADD CONSTRAINT "call_documents_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "call_documents_call_idx" ON "call_documents" USING btree ("call_id","created_at");