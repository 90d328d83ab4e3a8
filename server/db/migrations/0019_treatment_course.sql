CREATE TABLE "adverse_event" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"reporter" text NOT NULL,
	"provider_id" text,
	"reported_by_user_id" text,
	"onset_on" text NOT NULL,
	"grade" integer NOT NULL,
	"ctcae_version" text NOT NULL,
	"serious" boolean NOT NULL,
	"outcome" text NOT NULL,
	"action_taken" text NOT NULL,
	"relation" text NOT NULL,
	"sealed" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "adverse_event_grade_check" CHECK ("adverse_event"."grade" between 1 and 5),
	CONSTRAINT "adverse_event_reporter_check" CHECK ("adverse_event"."reporter" in ('clinic', 'family'))
);
--> statement-breakpoint
CREATE TABLE "treatment_assessment" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"referral_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"recorded_by_user_id" text,
	"assessed_on" text NOT NULL,
	"sealed" text NOT NULL,
	"paused" boolean NOT NULL,
	"coordinator_acknowledged_at" timestamp with time zone,
	"coordinator_acknowledged_by" text,
	"family_acknowledged_at" timestamp with time zone,
	"family_acknowledged_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "treatment_discharge" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"document_id" text NOT NULL,
	"discharged_on" text NOT NULL,
	"recorded_by_user_id" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "treatment_session" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"recorded_by_user_id" text,
	"held_on" text NOT NULL,
	"route" text NOT NULL,
	"sealed" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "adverse_event" ADD CONSTRAINT "adverse_event_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adverse_event" ADD CONSTRAINT "adverse_event_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adverse_event" ADD CONSTRAINT "adverse_event_reported_by_user_id_user_id_fk" FOREIGN KEY ("reported_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_assessment" ADD CONSTRAINT "treatment_assessment_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_assessment" ADD CONSTRAINT "treatment_assessment_referral_id_referral_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referral"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_assessment" ADD CONSTRAINT "treatment_assessment_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_assessment" ADD CONSTRAINT "treatment_assessment_recorded_by_user_id_user_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_assessment" ADD CONSTRAINT "treatment_assessment_coordinator_acknowledged_by_user_id_fk" FOREIGN KEY ("coordinator_acknowledged_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_assessment" ADD CONSTRAINT "treatment_assessment_family_acknowledged_by_user_id_fk" FOREIGN KEY ("family_acknowledged_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_discharge" ADD CONSTRAINT "treatment_discharge_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_discharge" ADD CONSTRAINT "treatment_discharge_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_discharge" ADD CONSTRAINT "treatment_discharge_document_id_case_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."case_document"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_discharge" ADD CONSTRAINT "treatment_discharge_recorded_by_user_id_user_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_session" ADD CONSTRAINT "treatment_session_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_session" ADD CONSTRAINT "treatment_session_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_session" ADD CONSTRAINT "treatment_session_recorded_by_user_id_user_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "adverse_event_case_idx" ON "adverse_event" USING btree ("case_id","onset_on");--> statement-breakpoint
CREATE INDEX "adverse_event_serious_idx" ON "adverse_event" USING btree ("case_id") WHERE "adverse_event"."serious";--> statement-breakpoint
CREATE UNIQUE INDEX "treatment_assessment_case_idx" ON "treatment_assessment" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "treatment_discharge_case_idx" ON "treatment_discharge" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "treatment_session_case_idx" ON "treatment_session" USING btree ("case_id","held_on");