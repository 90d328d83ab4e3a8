ALTER TABLE "quote" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "quote" ADD COLUMN "withdrawn_by_user_id" text;--> statement-breakpoint
ALTER TABLE "quote" ADD CONSTRAINT "quote_withdrawn_by_user_id_user_id_fk" FOREIGN KEY ("withdrawn_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;