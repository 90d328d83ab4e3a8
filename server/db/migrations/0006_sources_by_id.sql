ALTER TABLE "evidence" DROP COLUMN "sources";--> statement-breakpoint
ALTER TABLE "jurisdiction_rule" DROP COLUMN "sources";