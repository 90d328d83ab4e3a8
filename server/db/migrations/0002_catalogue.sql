CREATE TABLE "accreditation" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"accreditor" text NOT NULL,
	"reference" text NOT NULL,
	"scope" text,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"verification" text NOT NULL,
	"verified_at" timestamp with time zone,
	"source_url" text
);
--> statement-breakpoint
CREATE TABLE "condition" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"icd10" text,
	"icd11" text,
	"snomed" text,
	"summary" text NOT NULL,
	CONSTRAINT "condition_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" text PRIMARY KEY NOT NULL,
	"condition_id" text NOT NULL,
	"treatment_id" text NOT NULL,
	"standing" text NOT NULL,
	"summary" text NOT NULL,
	"regulatory" jsonb NOT NULL,
	"trials" jsonb NOT NULL,
	"reviews" jsonb NOT NULL,
	"sources" jsonb NOT NULL,
	"last_reviewed" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_rate" (
	"currency" text PRIMARY KEY NOT NULL,
	"per_usd" numeric(18, 6) NOT NULL,
	"as_of" date NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jurisdiction_rule" (
	"id" text PRIMARY KEY NOT NULL,
	"country_code" text NOT NULL,
	"treatment_class" text NOT NULL,
	"requirement" text NOT NULL,
	"required_documents" text[] DEFAULT '{}'::text[] NOT NULL,
	"accepted_registries" text[] DEFAULT '{}'::text[] NOT NULL,
	"approved_treatment_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"summary" text NOT NULL,
	"sources" jsonb NOT NULL,
	"effective_date" date NOT NULL,
	"review_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offer" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"treatment_id" text NOT NULL,
	"condition_id" text NOT NULL,
	"title" text NOT NULL,
	"pathway" text NOT NULL,
	"protocol" text,
	"sessions" integer,
	"length_of_stay_days" integer,
	"inclusions" text[] DEFAULT '{}'::text[] NOT NULL,
	"exclusions" text[] DEFAULT '{}'::text[] NOT NULL,
	"price_min_minor" bigint,
	"price_max_minor" bigint,
	"currency" text,
	"price_min_usd_cents" bigint,
	"price_max_usd_cents" bigint,
	"claims_text" text DEFAULT '' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"trial" jsonb,
	"charges_for_investigational_product" boolean DEFAULT false NOT NULL,
	"verdict" text NOT NULL,
	"verdict_reasons" jsonb NOT NULL,
	"verdict_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practitioner" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"qualifications" text NOT NULL,
	"registration_number" text,
	"registration_verified" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provider_check" (
	"provider_id" text NOT NULL,
	"item" text NOT NULL,
	"status" text NOT NULL,
	"reference" text,
	"document_title" text,
	"checked_at" timestamp with time zone,
	CONSTRAINT "provider_check_provider_id_item_pk" PRIMARY KEY("provider_id","item")
);
--> statement-breakpoint
CREATE TABLE "provider_listing" (
	"provider_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"is_demo" boolean NOT NULL,
	"country_code" text NOT NULL,
	"city" text NOT NULL,
	"city_lower" text NOT NULL,
	"languages" text[] NOT NULL,
	"condition_ids" text[] NOT NULL,
	"treatment_ids" text[] NOT NULL,
	"pathways" text[] NOT NULL,
	"accreditors" text[] NOT NULL,
	"verified_accreditations" integer NOT NULL,
	"offer_count" integer NOT NULL,
	"min_price_usd_cents" bigint,
	"max_price_usd_cents" bigint,
	"last_verified_at" timestamp with time zone,
	"search_text" text NOT NULL,
	"search_vector" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_word" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "treatment" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"treatment_class" text NOT NULL,
	"cell_type" text,
	"cell_source" text,
	"cell_origin" text,
	"route" text,
	"summary" text NOT NULL,
	CONSTRAINT "treatment_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "provider" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "provider" ADD COLUMN "international_desk" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "provider" ADD COLUMN "ethics_committee" jsonb;--> statement-breakpoint
ALTER TABLE "provider" ADD COLUMN "icscr" jsonb;--> statement-breakpoint
ALTER TABLE "provider" ADD COLUMN "last_verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "provider" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "accreditation" ADD CONSTRAINT "accreditation_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_condition_id_condition_id_fk" FOREIGN KEY ("condition_id") REFERENCES "public"."condition"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_treatment_id_treatment_id_fk" FOREIGN KEY ("treatment_id") REFERENCES "public"."treatment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer" ADD CONSTRAINT "offer_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer" ADD CONSTRAINT "offer_treatment_id_treatment_id_fk" FOREIGN KEY ("treatment_id") REFERENCES "public"."treatment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer" ADD CONSTRAINT "offer_condition_id_condition_id_fk" FOREIGN KEY ("condition_id") REFERENCES "public"."condition"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioner" ADD CONSTRAINT "practitioner_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_check" ADD CONSTRAINT "provider_check_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_listing" ADD CONSTRAINT "provider_listing_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accreditation_provider_idx" ON "accreditation" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "evidence_condition_idx" ON "evidence" USING btree ("condition_id");--> statement-breakpoint
CREATE INDEX "offer_provider_idx" ON "offer" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "offer_public_idx" ON "offer" USING btree ("verdict","condition_id","treatment_id");--> statement-breakpoint
CREATE INDEX "offer_search_trgm_idx" ON "offer" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "offer_price_idx" ON "offer" USING btree ("price_min_usd_cents");--> statement-breakpoint
CREATE INDEX "practitioner_provider_idx" ON "practitioner" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "listing_search_idx" ON "provider_listing" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "listing_conditions_idx" ON "provider_listing" USING gin ("condition_ids");--> statement-breakpoint
CREATE INDEX "listing_treatments_idx" ON "provider_listing" USING gin ("treatment_ids");--> statement-breakpoint
CREATE INDEX "listing_country_idx" ON "provider_listing" USING btree ("country_code","city_lower");--> statement-breakpoint
CREATE INDEX "listing_rank_idx" ON "provider_listing" USING btree ("verified_accreditations" DESC NULLS LAST,"name");--> statement-breakpoint
CREATE INDEX "listing_price_idx" ON "provider_listing" USING btree ("min_price_usd_cents","name");--> statement-breakpoint
CREATE INDEX "listing_verified_idx" ON "provider_listing" USING btree ("last_verified_at" DESC NULLS LAST,"name");--> statement-breakpoint
CREATE INDEX "search_word_trgm_idx" ON "search_word" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "provider_search_trgm_idx" ON "provider" USING gin ("search_text" gin_trgm_ops);