ALTER TABLE "provider_listing" ADD COLUMN "offer_keys" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "provider_listing" ADD COLUMN "offer_min_usd_cents" bigint[] DEFAULT '{}'::bigint[] NOT NULL;--> statement-breakpoint
ALTER TABLE "provider_listing" ADD COLUMN "offer_max_usd_cents" bigint[] DEFAULT '{}'::bigint[] NOT NULL;--> statement-breakpoint
ALTER TABLE "provider_listing" ADD COLUMN "name_vector" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
CREATE INDEX "listing_name_search_idx" ON "provider_listing" USING gin ("name_vector");--> statement-breakpoint
CREATE INDEX "listing_price_high_idx" ON "provider_listing" USING btree ("min_price_usd_cents" DESC NULLS LAST,"name");