ALTER TABLE "provider" DROP CONSTRAINT "provider_review_status_check";--> statement-breakpoint
ALTER TABLE "offer" DROP CONSTRAINT "offer_review_status_check";--> statement-breakpoint
ALTER TABLE "credential" DROP CONSTRAINT "credential_review_status_check";--> statement-breakpoint
ALTER TABLE "listing_report" DROP CONSTRAINT "listing_report_outcome_check";--> statement-breakpoint
ALTER TABLE "provider" ADD CONSTRAINT "provider_review_status_check" CHECK ("provider"."review_status" in ('pending', 'approved', 'rejected', 'changes-requested', 'withdrawn'));--> statement-breakpoint
ALTER TABLE "offer" ADD CONSTRAINT "offer_review_status_check" CHECK ("offer"."review_status" in ('pending', 'approved', 'rejected', 'changes-requested', 'withdrawn'));--> statement-breakpoint
ALTER TABLE "credential" ADD CONSTRAINT "credential_review_status_check" CHECK ("credential"."review_status" in ('pending', 'approved', 'rejected', 'changes-requested', 'withdrawn'));--> statement-breakpoint
ALTER TABLE "listing_report" ADD CONSTRAINT "listing_report_outcome_check" CHECK (("listing_report"."status" = 'closed') = ("listing_report"."outcome" is not null) and ("listing_report"."outcome" is null or "listing_report"."outcome" in ('listing-changed', 'no-change-needed', 'listing-removed', 'offer-suspended', 'clinic-suspended')));