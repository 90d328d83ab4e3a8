CREATE TABLE "traveller" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"role" text NOT NULL,
	"sealed_body" text NOT NULL,
	"added_by_user_id" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "traveller_role_check" CHECK ("traveller"."role" in ('patient', 'attendant'))
);
--> statement-breakpoint
CREATE TABLE "visa_letter" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"referral_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"destination" text NOT NULL,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"requested_by_user_id" text,
	"requested_at" timestamp with time zone NOT NULL,
	"document_id" text,
	"uploaded_by_user_id" text,
	"uploaded_at" timestamp with time zone,
	"checked_at" timestamp with time zone,
	"sealed_fields" text,
	"visa_applied_at" timestamp with time zone,
	"visa_decided_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "visa_letter_status_check" CHECK ("visa_letter"."status" in ('requested', 'checked', 'visa-applied', 'granted', 'refused'))
);
--> statement-breakpoint
ALTER TABLE "traveller" ADD CONSTRAINT "traveller_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "traveller" ADD CONSTRAINT "traveller_added_by_user_id_user_id_fk" FOREIGN KEY ("added_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visa_letter" ADD CONSTRAINT "visa_letter_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visa_letter" ADD CONSTRAINT "visa_letter_referral_id_referral_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referral"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visa_letter" ADD CONSTRAINT "visa_letter_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visa_letter" ADD CONSTRAINT "visa_letter_requested_by_user_id_user_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visa_letter" ADD CONSTRAINT "visa_letter_document_id_case_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."case_document"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visa_letter" ADD CONSTRAINT "visa_letter_uploaded_by_user_id_user_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "traveller_case_idx" ON "traveller" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "traveller_one_patient_idx" ON "traveller" USING btree ("case_id") WHERE "traveller"."role" = 'patient';--> statement-breakpoint
CREATE UNIQUE INDEX "visa_letter_referral_idx" ON "visa_letter" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "visa_letter_case_idx" ON "visa_letter" USING btree ("case_id");