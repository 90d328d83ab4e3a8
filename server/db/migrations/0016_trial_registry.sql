CREATE TABLE "trial_import_batch" (
	"id" text PRIMARY KEY NOT NULL,
	"files" text[] NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"fetched_at" timestamp with time zone,
	"imported" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "trial_import_batch_status_check" CHECK ("trial_import_batch"."status" in ('running', 'done'))
);
--> statement-breakpoint
CREATE TABLE "trial_record" (
	"registry_id" text PRIMARY KEY NOT NULL,
	"registry" text NOT NULL,
	"title" text NOT NULL,
	"official_title" text,
	"status" text NOT NULL,
	"last_known_status" text,
	"phases" text[] NOT NULL,
	"conditions" text[] NOT NULL,
	"keywords" text[] NOT NULL,
	"sites" jsonb NOT NULL,
	"sponsor" text,
	"dates" jsonb NOT NULL,
	"india" jsonb,
	"source_kind" text NOT NULL,
	"raw_source" text NOT NULL,
	"source_file" text NOT NULL,
	"fetched_at" timestamp with time zone NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	"import_batch_id" text,
	CONSTRAINT "trial_record_registry_check" CHECK ("trial_record"."registry" in ('NCT', 'CTRI'))
);
--> statement-breakpoint
CREATE INDEX "trial_import_batch_status_idx" ON "trial_import_batch" USING btree ("status");