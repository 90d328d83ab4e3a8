CREATE INDEX "listing_pathways_idx" ON "provider_listing" USING gin ("pathways");--> statement-breakpoint
CREATE INDEX "listing_languages_idx" ON "provider_listing" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "listing_accreditors_idx" ON "provider_listing" USING gin ("accreditors");