CREATE TABLE "second_opinion" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"doctor_user_id" text NOT NULL,
	"requested_by_user_id" text,
	"decided_by_user_id" text,
	"status" text NOT NULL,
	"sealed_comment" text,
	"version" integer DEFAULT 1 NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "second_opinion_status_check" CHECK ("second_opinion"."status" in ('awaiting-family', 'agreed', 'declined', 'answered', 'withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "second_opinion" ADD CONSTRAINT "second_opinion_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "second_opinion" ADD CONSTRAINT "second_opinion_doctor_user_id_user_id_fk" FOREIGN KEY ("doctor_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "second_opinion" ADD CONSTRAINT "second_opinion_requested_by_user_id_user_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "second_opinion" ADD CONSTRAINT "second_opinion_decided_by_user_id_user_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "second_opinion_open_case_idx" ON "second_opinion" USING btree ("case_id") WHERE "second_opinion"."status" in ('awaiting-family', 'agreed');--> statement-breakpoint
CREATE INDEX "second_opinion_case_idx" ON "second_opinion" USING btree ("case_id","requested_at");--> statement-breakpoint
CREATE INDEX "second_opinion_doctor_idx" ON "second_opinion" USING btree ("doctor_user_id","status");
