-- Until now the evidence and jurisdiction_rule rows were copies of constants in
-- the code, rewritten at every start. From here on the files in content/ seed them
-- once and the database is the source of truth (ADR 0028). Clear the old copies
-- so that the next start seeds them, with their source ids and a first version.
DELETE FROM "evidence";--> statement-breakpoint
DELETE FROM "jurisdiction_rule";
