ALTER TABLE "quote" ADD COLUMN "revises_quote_id" text;--> statement-breakpoint
ALTER TABLE "quote" ADD COLUMN "superseded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "quote" ADD COLUMN "accepted_by_user_id" text;--> statement-breakpoint
ALTER TABLE "quote" ADD COLUMN "sealed_signature" text;--> statement-breakpoint
ALTER TABLE "adverse_event" ADD COLUMN "escalated_to_assigned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "adverse_event" ADD COLUMN "escalated_to_all_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "quote" ADD CONSTRAINT "quote_accepted_by_user_id_user_id_fk" FOREIGN KEY ("accepted_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;