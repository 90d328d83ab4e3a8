CREATE TABLE "referral" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"status" text NOT NULL,
	"answer_due_at" timestamp with time zone NOT NULL,
	"quote_id" text,
	"quote_valid_until" date,
	"quote_time_zone" text,
	"version" integer DEFAULT 1 NOT NULL,
	"sent_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_status_check" CHECK ("referral"."status" in ('sent', 'opened', 'evaluating', 'information-requested', 'information-provided', 'plan-proposed', 'not-eligible', 'declined-by-clinic', 'accepted', 'declined-by-patient', 'expired', 'withdrawn', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "referral_event" (
	"id" text PRIMARY KEY NOT NULL,
	"referral_id" text NOT NULL,
	"case_id" text NOT NULL,
	"type" text NOT NULL,
	"actor_user_id" text,
	"actor_role" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"sealed_text" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "provider_staff" ADD COLUMN "role" text DEFAULT 'international-desk' NOT NULL;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_sent_by_user_id_user_id_fk" FOREIGN KEY ("sent_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_event" ADD CONSTRAINT "referral_event_referral_id_referral_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referral"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_event" ADD CONSTRAINT "referral_event_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_event" ADD CONSTRAINT "referral_event_actor_user_id_user_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "referral_case_provider_idx" ON "referral" USING btree ("case_id","provider_id");--> statement-breakpoint
CREATE INDEX "referral_provider_status_idx" ON "referral" USING btree ("provider_id","status");--> statement-breakpoint
CREATE INDEX "referral_event_referral_idx" ON "referral_event" USING btree ("referral_id","at");--> statement-breakpoint
CREATE INDEX "referral_event_case_idx" ON "referral_event" USING btree ("case_id","at");--> statement-breakpoint
ALTER TABLE "provider_staff" ADD CONSTRAINT "provider_staff_role_check" CHECK ("provider_staff"."role" in ('international-desk', 'treating-doctor', 'clinic-administrator'));