CREATE TABLE "consultation" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"referral_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"slot_id" text NOT NULL,
	"status" text NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"meeting_url" text NOT NULL,
	"booked_by_user_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_status_check" CHECK ("consultation"."status" in ('booked', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "consultation_slot" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"minutes" integer NOT NULL,
	"time_zone" text NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_slot_minutes_check" CHECK ("consultation_slot"."minutes" > 0 and "consultation_slot"."minutes" <= 120)
);
--> statement-breakpoint
ALTER TABLE "outbox_email" ADD COLUMN "attachments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "provider" ADD COLUMN "time_zone" text;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_referral_id_referral_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referral"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_slot_id_consultation_slot_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."consultation_slot"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_booked_by_user_id_user_id_fk" FOREIGN KEY ("booked_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_slot" ADD CONSTRAINT "consultation_slot_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_slot" ADD CONSTRAINT "consultation_slot_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_booked_slot_idx" ON "consultation" USING btree ("slot_id") WHERE "consultation"."status" = 'booked';--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_booked_case_provider_idx" ON "consultation" USING btree ("case_id","provider_id") WHERE "consultation"."status" = 'booked';--> statement-breakpoint
CREATE INDEX "consultation_case_idx" ON "consultation" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "consultation_slot_provider_start_idx" ON "consultation_slot" USING btree ("provider_id","starts_at");