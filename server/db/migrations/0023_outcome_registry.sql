CREATE TABLE "outcome_figure" (
	"provider_id" text NOT NULL,
	"offer_id" text NOT NULL,
	"computed_on" text NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"shown" boolean NOT NULL,
	"threshold" integer NOT NULL,
	"figures" jsonb,
	CONSTRAINT "outcome_figure_provider_id_offer_id_pk" PRIMARY KEY("provider_id","offer_id"),
	CONSTRAINT "outcome_figure_shown_check" CHECK ("outcome_figure"."shown" = ("outcome_figure"."figures" is not null))
);
--> statement-breakpoint
ALTER TABLE "outcome_figure" ADD CONSTRAINT "outcome_figure_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_figure" ADD CONSTRAINT "outcome_figure_offer_id_offer_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offer"("id") ON DELETE cascade ON UPDATE no action;