CREATE TABLE "clinic_invitation" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by_user_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_by_user_id" text,
	"closed_at" timestamp with time zone,
	CONSTRAINT "clinic_invitation_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "clinic_invitation_role_check" CHECK ("clinic_invitation"."role" in ('international-desk', 'treating-doctor', 'clinic-administrator'))
);
--> statement-breakpoint
ALTER TABLE "clinic_invitation" ADD CONSTRAINT "clinic_invitation_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_invitation" ADD CONSTRAINT "clinic_invitation_invited_by_user_id_user_id_fk" FOREIGN KEY ("invited_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_invitation" ADD CONSTRAINT "clinic_invitation_accepted_by_user_id_user_id_fk" FOREIGN KEY ("accepted_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "clinic_invitation_open_idx" ON "clinic_invitation" USING btree ("provider_id","email") WHERE "clinic_invitation"."closed_at" is null;