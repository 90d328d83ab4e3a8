CREATE TABLE "evidence_version" (
	"evidence_id" text NOT NULL,
	"version" integer NOT NULL,
	"standing" text NOT NULL,
	"summary" text NOT NULL,
	"regulatory" jsonb NOT NULL,
	"trials" jsonb NOT NULL,
	"reviews" jsonb NOT NULL,
	"source_ids" text[] NOT NULL,
	"last_reviewed" date NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text,
	CONSTRAINT "evidence_version_evidence_id_version_pk" PRIMARY KEY("evidence_id","version")
);
--> statement-breakpoint
CREATE TABLE "jurisdiction_rule_version" (
	"rule_id" text NOT NULL,
	"version" integer NOT NULL,
	"requirement" text NOT NULL,
	"required_documents" text[] NOT NULL,
	"accepted_registries" text[] NOT NULL,
	"approved_treatment_ids" text[] NOT NULL,
	"summary" text NOT NULL,
	"source_ids" text[] NOT NULL,
	"effective_date" date NOT NULL,
	"review_date" date NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text,
	CONSTRAINT "jurisdiction_rule_version_rule_id_version_pk" PRIMARY KEY("rule_id","version")
);
--> statement-breakpoint
ALTER TABLE "jurisdiction_rule" ALTER COLUMN "required_documents" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "jurisdiction_rule" ALTER COLUMN "accepted_registries" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "jurisdiction_rule" ALTER COLUMN "approved_treatment_ids" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "evidence" ADD COLUMN "source_ids" text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "evidence" ADD COLUMN "version" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "jurisdiction_rule" ADD COLUMN "source_ids" text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "jurisdiction_rule" ADD COLUMN "version" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "evidence_version" ADD CONSTRAINT "evidence_version_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jurisdiction_rule_version" ADD CONSTRAINT "jurisdiction_rule_version_rule_id_jurisdiction_rule_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."jurisdiction_rule"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "jurisdiction_rule_country_class_idx" ON "jurisdiction_rule" USING btree ("country_code","treatment_class");--> statement-breakpoint
ALTER TABLE "evidence" DROP COLUMN "sources";--> statement-breakpoint
ALTER TABLE "jurisdiction_rule" DROP COLUMN "sources";