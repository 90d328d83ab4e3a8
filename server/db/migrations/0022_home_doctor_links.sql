CREATE TABLE "home_doctor_link" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"doctor_sealed" text NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by_user_id" text,
	CONSTRAINT "home_doctor_link_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "home_doctor_link" ADD CONSTRAINT "home_doctor_link_case_id_patient_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."patient_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_doctor_link" ADD CONSTRAINT "home_doctor_link_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_doctor_link" ADD CONSTRAINT "home_doctor_link_revoked_by_user_id_user_id_fk" FOREIGN KEY ("revoked_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "home_doctor_link_case_idx" ON "home_doctor_link" USING btree ("case_id");