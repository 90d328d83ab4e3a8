CREATE TABLE "listing_report" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"offer_id" text,
	"reason" text NOT NULL,
	"details_sealed" text NOT NULL,
	"evidence_sealed" text,
	"reporter_email_sealed" text,
	"reporter_user_id" text,
	"reporter_locale" text NOT NULL,
	"wrapped_key" text NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"outcome" text,
	"outcome_note" text,
	"reviewer_user_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"taken_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	CONSTRAINT "listing_report_reason_check" CHECK ("listing_report"."reason" in ('misleading-claims', 'unproven-treatment', 'false-credentials', 'prices-differ', 'patient-harm', 'other')),
	CONSTRAINT "listing_report_status_check" CHECK ("listing_report"."status" in ('received', 'under-review', 'closed')),
	CONSTRAINT "listing_report_outcome_check" CHECK (("listing_report"."status" = 'closed') = ("listing_report"."outcome" is not null) and ("listing_report"."outcome" is null or "listing_report"."outcome" in ('listing-changed', 'no-change-needed', 'listing-removed')))
);
--> statement-breakpoint
ALTER TABLE "listing_report" ADD CONSTRAINT "listing_report_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_report" ADD CONSTRAINT "listing_report_offer_id_offer_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offer"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_report" ADD CONSTRAINT "listing_report_reporter_user_id_user_id_fk" FOREIGN KEY ("reporter_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_report" ADD CONSTRAINT "listing_report_reviewer_user_id_user_id_fk" FOREIGN KEY ("reviewer_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "listing_report_queue_idx" ON "listing_report" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "listing_report_provider_idx" ON "listing_report" USING btree ("provider_id","created_at");