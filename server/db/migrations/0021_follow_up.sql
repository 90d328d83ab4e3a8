CREATE TABLE "follow_up_check_in" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"visit_id" text,
	"channel" text NOT NULL,
	"answered_by" text,
	"recorded_by_user_id" text,
	"answered_on" text,
	"sealed" text NOT NULL,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_up_reminder" (
	"visit_id" text NOT NULL,
	"kind" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_up_visit" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"months_after" integer NOT NULL,
	"due_on" text NOT NULL,
	"status" text NOT NULL,
	"check_in_id" text,
	"scheduled_by_user_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "follow_up_visit_status_check" CHECK ("follow_up_visit"."status" in ('due', 'done', 'missed'))
);
--> statement-breakpoint
ALTER TABLE "follow_up_check_in" ADD CONSTRAINT "follow_up_check_in_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_check_in" ADD CONSTRAINT "follow_up_check_in_visit_id_follow_up_visit_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."follow_up_visit"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_check_in" ADD CONSTRAINT "follow_up_check_in_recorded_by_user_id_user_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_reminder" ADD CONSTRAINT "follow_up_reminder_visit_id_follow_up_visit_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."follow_up_visit"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_visit" ADD CONSTRAINT "follow_up_visit_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_visit" ADD CONSTRAINT "follow_up_visit_scheduled_by_user_id_user_id_fk" FOREIGN KEY ("scheduled_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "follow_up_check_in_case_idx" ON "follow_up_check_in" USING btree ("case_id","answered_on");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_up_check_in_draft_idx" ON "follow_up_check_in" USING btree ("case_id","channel") WHERE "follow_up_check_in"."completed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "follow_up_reminder_once_idx" ON "follow_up_reminder" USING btree ("visit_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_up_visit_case_month_idx" ON "follow_up_visit" USING btree ("case_id","months_after");--> statement-breakpoint
CREATE INDEX "follow_up_visit_open_idx" ON "follow_up_visit" USING btree ("due_on") WHERE "follow_up_visit"."status" = 'due';