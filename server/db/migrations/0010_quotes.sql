CREATE TABLE "quote" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"referral_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"currency" text NOT NULL,
	"valid_until" date NOT NULL,
	"time_zone" text NOT NULL,
	"overall_minor" bigint NOT NULL,
	"sealed_body" text NOT NULL,
	"warnings" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "treatment_plan" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"referral_id" text NOT NULL,
	"signed_by_user_id" text,
	"doctor_name" text NOT NULL,
	"registration_number" text NOT NULL,
	"registration_council" text NOT NULL,
	"sessions" integer NOT NULL,
	"length_of_stay_days" integer NOT NULL,
	"sealed_body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "provider_staff" ADD COLUMN "registration_number" text;--> statement-breakpoint
ALTER TABLE "provider_staff" ADD COLUMN "registration_council" text;--> statement-breakpoint
ALTER TABLE "quote" ADD CONSTRAINT "quote_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote" ADD CONSTRAINT "quote_referral_id_referral_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referral"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote" ADD CONSTRAINT "quote_plan_id_treatment_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."treatment_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote" ADD CONSTRAINT "quote_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan" ADD CONSTRAINT "treatment_plan_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan" ADD CONSTRAINT "treatment_plan_referral_id_referral_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referral"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan" ADD CONSTRAINT "treatment_plan_signed_by_user_id_user_id_fk" FOREIGN KEY ("signed_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "quote_referral_idx" ON "quote" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "treatment_plan_referral_idx" ON "treatment_plan" USING btree ("referral_id");