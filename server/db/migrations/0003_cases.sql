CREATE TABLE "case_document" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"message_id" text,
	"uploaded_by_user_id" text,
	"status" text NOT NULL,
	"kind" text,
	"size_bytes" bigint,
	"sha256" text,
	"storage_key" text NOT NULL,
	"wrapped_key" text,
	"meta" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"available_at" timestamp with time zone,
	CONSTRAINT "case_document_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "case_member" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"user_id" text,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"status" text NOT NULL,
	"invite_token_hash" text,
	"invited_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "case_member_invite_token_hash_unique" UNIQUE("invite_token_hash")
);
--> statement-breakpoint
CREATE TABLE "case_message" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"author_user_id" text,
	"author_side" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_offer" (
	"case_id" text NOT NULL,
	"offer_id" text NOT NULL,
	"position" integer NOT NULL,
	"evidence_acknowledged_at" timestamp with time zone,
	"chosen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_offer_case_id_offer_id_pk" PRIMARY KEY("case_id","offer_id")
);
--> statement-breakpoint
CREATE TABLE "case_share" (
	"case_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"status" text NOT NULL,
	"document_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"sections" text[] DEFAULT '{}'::text[] NOT NULL,
	"changed_by_user_id" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_share_case_id_provider_id_pk" PRIMARY KEY("case_id","provider_id")
);
--> statement-breakpoint
CREATE TABLE "patient_case" (
	"id" text PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"created_by_user_id" text,
	"stage" text DEFAULT 'inquiry' NOT NULL,
	"stage_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"coordinator_user_id" text,
	"wrapped_key" text,
	"answers" text,
	"processing_consent_at" timestamp with time zone,
	"processing_consent_version" text,
	"submitted_at" timestamp with time zone,
	"erased_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patient_case_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
ALTER TABLE "case_document" ADD CONSTRAINT "case_document_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_document" ADD CONSTRAINT "case_document_message_id_case_message_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."case_message"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_document" ADD CONSTRAINT "case_document_uploaded_by_user_id_user_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_member" ADD CONSTRAINT "case_member_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_member" ADD CONSTRAINT "case_member_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_member" ADD CONSTRAINT "case_member_invited_by_user_id_user_id_fk" FOREIGN KEY ("invited_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_message" ADD CONSTRAINT "case_message_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_message" ADD CONSTRAINT "case_message_author_user_id_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_offer" ADD CONSTRAINT "case_offer_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_offer" ADD CONSTRAINT "case_offer_offer_id_offer_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_share" ADD CONSTRAINT "case_share_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_share" ADD CONSTRAINT "case_share_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_share" ADD CONSTRAINT "case_share_changed_by_user_id_user_id_fk" FOREIGN KEY ("changed_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_case" ADD CONSTRAINT "patient_case_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_case" ADD CONSTRAINT "patient_case_coordinator_user_id_user_id_fk" FOREIGN KEY ("coordinator_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_document_case_idx" ON "case_document" USING btree ("case_id","status");--> statement-breakpoint
CREATE INDEX "case_document_pending_idx" ON "case_document" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "case_member_user_idx" ON "case_member" USING btree ("user_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "case_member_active_user_idx" ON "case_member" USING btree ("case_id","user_id") WHERE "case_member"."status" = 'active';--> statement-breakpoint
CREATE INDEX "case_message_case_idx" ON "case_message" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "case_share_provider_idx" ON "case_share" USING btree ("provider_id","status");--> statement-breakpoint
CREATE INDEX "patient_case_stage_idx" ON "patient_case" USING btree ("stage","submitted_at");