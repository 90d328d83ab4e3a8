CREATE TABLE "provider_review" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"offer_id" text,
	"author_user_id" text,
	"rating" integer,
	"body" text NOT NULL,
	"display_name" text,
	"locale" text NOT NULL,
	"treated_month" text NOT NULL,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'awaiting' NOT NULL,
	"moderation_reason" text,
	"moderated_by_user_id" text,
	"moderated_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"reply" text,
	"reply_by_user_id" text,
	"replied_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "provider_review_status_check" CHECK ("provider_review"."status" in ('awaiting', 'published', 'rejected', 'unpublished')),
	CONSTRAINT "provider_review_rating_check" CHECK ("provider_review"."rating" is null or "provider_review"."rating" between 1 and 5),
	CONSTRAINT "provider_review_reason_check" CHECK (("provider_review"."status" in ('rejected', 'unpublished')) = ("provider_review"."moderation_reason" is not null) and ("provider_review"."moderation_reason" is null or "provider_review"."moderation_reason" in ('personal-data', 'not-first-hand', 'abusive', 'advertising', 'other')))
);
--> statement-breakpoint
CREATE TABLE "review_report" (
	"id" text PRIMARY KEY NOT NULL,
	"review_id" text NOT NULL,
	"reason" text NOT NULL,
	"details_sealed" text,
	"wrapped_key" text NOT NULL,
	"reporter_user_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "review_report_reason_check" CHECK ("review_report"."reason" in ('personal-data', 'fake', 'abusive', 'conflict-of-interest', 'other'))
);
--> statement-breakpoint
ALTER TABLE "provider_review" ADD CONSTRAINT "provider_review_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_review" ADD CONSTRAINT "provider_review_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_review" ADD CONSTRAINT "provider_review_offer_id_offer_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offer"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_review" ADD CONSTRAINT "provider_review_author_user_id_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_review" ADD CONSTRAINT "provider_review_moderated_by_user_id_user_id_fk" FOREIGN KEY ("moderated_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_review" ADD CONSTRAINT "provider_review_reply_by_user_id_user_id_fk" FOREIGN KEY ("reply_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_report" ADD CONSTRAINT "review_report_review_id_provider_review_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."provider_review"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_report" ADD CONSTRAINT "review_report_reporter_user_id_user_id_fk" FOREIGN KEY ("reporter_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "provider_review_case_provider_idx" ON "provider_review" USING btree ("case_id","provider_id") WHERE "provider_review"."status" <> 'rejected';--> statement-breakpoint
CREATE INDEX "provider_review_provider_idx" ON "provider_review" USING btree ("provider_id","status","published_at");--> statement-breakpoint
CREATE INDEX "provider_review_queue_idx" ON "provider_review" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "review_report_review_idx" ON "review_report" USING btree ("review_id","closed_at");