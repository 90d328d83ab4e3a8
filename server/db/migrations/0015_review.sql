CREATE TABLE "credential" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"kind" text NOT NULL,
	"issuer" text NOT NULL,
	"reference" text NOT NULL,
	"scope" text,
	"holder_name" text,
	"valid_from" date,
	"valid_to" date,
	"document_id" text,
	"review_status" text DEFAULT 'pending' NOT NULL,
	"verification_method" text,
	"verified_at" timestamp with time zone,
	"verified_by_user_id" text,
	"standing" text DEFAULT 'current' NOT NULL,
	"expired_at" timestamp with time zone,
	"reminded_60_at" timestamp with time zone,
	"reminded_14_at" timestamp with time zone,
	"submitted_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credential_kind_check" CHECK ("credential"."kind" in ('accreditation', 'ethics-committee', 'icscr', 'practitioner-registration', 'trial-registration')),
	CONSTRAINT "credential_review_status_check" CHECK ("credential"."review_status" in ('pending', 'approved', 'rejected', 'changes-requested')),
	CONSTRAINT "credential_standing_check" CHECK ("credential"."standing" in ('current', 'expired')),
	CONSTRAINT "credential_verification_method_check" CHECK ("credential"."verification_method" is null or "credential"."verification_method" in ('document-checked', 'registry-checked', 'public-directory-checked'))
);
--> statement-breakpoint
CREATE TABLE "provider_document" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"uploaded_by_user_id" text,
	"status" text NOT NULL,
	"content_type" text,
	"file_name" text,
	"size_bytes" bigint,
	"sha256" text,
	"storage_key" text NOT NULL,
	"wrapped_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"available_at" timestamp with time zone,
	CONSTRAINT "provider_document_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "review_decision" (
	"id" text PRIMARY KEY NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"decision" text NOT NULL,
	"reason_code" text,
	"note" text,
	"evidence" text,
	"reviewer_user_id" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "review_decision_subject_check" CHECK ("review_decision"."subject_type" in ('provider', 'credential', 'offer')),
	CONSTRAINT "review_decision_decision_check" CHECK ("review_decision"."decision" in ('approve', 'reject', 'request-changes'))
);
--> statement-breakpoint
ALTER TABLE "provider" ADD COLUMN "review_status" text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "provider" ADD COLUMN "registration_number" text;--> statement-breakpoint
ALTER TABLE "provider" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "provider" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "provider" ADD COLUMN "applied_by_user_id" text;--> statement-breakpoint
ALTER TABLE "provider" ADD COLUMN "applied_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "accreditation" ADD COLUMN "verification_method" text;--> statement-breakpoint
ALTER TABLE "offer" ADD COLUMN "review_status" text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "offer" ADD COLUMN "submitted_by_user_id" text;--> statement-breakpoint
ALTER TABLE "offer" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "credential" ADD CONSTRAINT "credential_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential" ADD CONSTRAINT "credential_document_id_provider_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."provider_document"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential" ADD CONSTRAINT "credential_verified_by_user_id_user_id_fk" FOREIGN KEY ("verified_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential" ADD CONSTRAINT "credential_submitted_by_user_id_user_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_document" ADD CONSTRAINT "provider_document_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_document" ADD CONSTRAINT "provider_document_uploaded_by_user_id_user_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decision" ADD CONSTRAINT "review_decision_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decision" ADD CONSTRAINT "review_decision_reviewer_user_id_user_id_fk" FOREIGN KEY ("reviewer_user_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "credential_provider_idx" ON "credential" USING btree ("provider_id","kind");--> statement-breakpoint
CREATE INDEX "credential_review_idx" ON "credential" USING btree ("review_status","created_at");--> statement-breakpoint
CREATE INDEX "credential_valid_to_idx" ON "credential" USING btree ("valid_to") WHERE "credential"."standing" = 'current';--> statement-breakpoint
CREATE INDEX "provider_document_provider_idx" ON "provider_document" USING btree ("provider_id","status");--> statement-breakpoint
CREATE INDEX "review_decision_subject_idx" ON "review_decision" USING btree ("subject_type","subject_id","decided_at");--> statement-breakpoint
CREATE INDEX "review_decision_provider_idx" ON "review_decision" USING btree ("provider_id","decided_at");--> statement-breakpoint
ALTER TABLE "provider" ADD CONSTRAINT "provider_applied_by_user_id_user_id_fk" FOREIGN KEY ("applied_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "provider_review_idx" ON "provider" USING btree ("review_status");--> statement-breakpoint
CREATE INDEX "offer_review_idx" ON "offer" USING btree ("review_status","submitted_at");--> statement-breakpoint
ALTER TABLE "provider" ADD CONSTRAINT "provider_review_status_check" CHECK ("provider"."review_status" in ('pending', 'approved', 'rejected', 'changes-requested'));--> statement-breakpoint
ALTER TABLE "offer" ADD CONSTRAINT "offer_review_status_check" CHECK ("offer"."review_status" in ('pending', 'approved', 'rejected', 'changes-requested'));--> statement-breakpoint
-- What was public before reviews existed came from the project's own reviewed content: it stays approved.
UPDATE "provider" SET "review_status" = 'approved';--> statement-breakpoint
UPDATE "offer" SET "review_status" = 'approved';
