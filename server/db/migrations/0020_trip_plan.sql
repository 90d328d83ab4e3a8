CREATE TABLE "fit_to_fly" (
	"case_id" text PRIMARY KEY NOT NULL,
	"outcome" text NOT NULL,
	"may_book" boolean NOT NULL,
	"sealed_body" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"recorded_by_user_id" text,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "fit_to_fly_outcome_check" CHECK ("fit_to_fly"."outcome" in ('clear', 'cleared', 'cleared-with-oxygen', 'plan-oxygen', 'needs-clearance', 'not-fit'))
);
--> statement-breakpoint
CREATE TABLE "trip_checklist" (
	"case_id" text NOT NULL,
	"item" text NOT NULL,
	"ticked_by_user_id" text,
	"ticked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "trip_checklist_case_id_item_pk" PRIMARY KEY("case_id","item")
);
--> statement-breakpoint
CREATE TABLE "trip_item" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone,
	"sealed_body" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "trip_item_kind_check" CHECK ("trip_item"."kind" in ('flight', 'stay', 'pickup', 'interpreter', 'contact'))
);
--> statement-breakpoint
ALTER TABLE "fit_to_fly" ADD CONSTRAINT "fit_to_fly_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fit_to_fly" ADD CONSTRAINT "fit_to_fly_recorded_by_user_id_user_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trip_checklist" ADD CONSTRAINT "trip_checklist_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trip_checklist" ADD CONSTRAINT "trip_checklist_ticked_by_user_id_user_id_fk" FOREIGN KEY ("ticked_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trip_item" ADD CONSTRAINT "trip_item_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trip_item" ADD CONSTRAINT "trip_item_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trip_item_case_idx" ON "trip_item" USING btree ("case_id","starts_at");