CREATE TABLE "case_name_token" (
	"token" text NOT NULL,
	"case_id" text NOT NULL,
	CONSTRAINT "case_name_token_token_case_id_pk" PRIMARY KEY("token","case_id")
);
--> statement-breakpoint
CREATE TABLE "case_note" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"author_user_id" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coordinator_digest" (
	"user_id" text PRIMARY KEY NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"last_sent_on" date
);
--> statement-breakpoint
ALTER TABLE "case_name_token" ADD CONSTRAINT "case_name_token_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_note" ADD CONSTRAINT "case_note_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_note" ADD CONSTRAINT "case_note_author_user_id_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordinator_digest" ADD CONSTRAINT "coordinator_digest_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_name_token_case_idx" ON "case_name_token" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_note_case_idx" ON "case_note" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "patient_case_coordinator_idx" ON "patient_case" USING btree ("coordinator_user_id","submitted_at");--> statement-breakpoint
CREATE INDEX "patient_case_submitted_idx" ON "patient_case" USING btree ("submitted_at");--> statement-breakpoint
CREATE INDEX "patient_case_open_stage_idx" ON "patient_case" USING btree ("stage") WHERE "patient_case"."erased_at" is null;--> statement-breakpoint
CREATE INDEX "referral_status_due_idx" ON "referral" USING btree ("status","answer_due_at","case_id");