CREATE TYPE "public"."agreement_kind" AS ENUM('cooperation', 'pzkDeclaration', 'jstConsortium', 'annex');--> statement-breakpoint
CREATE TYPE "public"."agreement_state" AS ENUM('draft', 'inSignature', 'inForce', 'expired', 'terminated');--> statement-breakpoint
CREATE TABLE "partnership_agreement_signatures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agreement_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"signer_name" text NOT NULL,
	"signer_position" text NOT NULL,
	"signed_on" date NOT NULL,
	"scan_file_id" uuid,
	"recorded_by" uuid,
	"recorded_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_agreement_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agreement_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"sections" jsonb NOT NULL,
	"author_user_id" uuid,
	"author_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_agreements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"kind" "agreement_kind" NOT NULL,
	"parent_agreement_id" uuid,
	"title" text NOT NULL,
	"state" "agreement_state" DEFAULT 'draft' NOT NULL,
	"term_from" date,
	"term_to" date,
	"current_version" integer DEFAULT 1 NOT NULL,
	"sent_to_signature_at" timestamp with time zone,
	"in_force_since" date,
	"terminated_on" date,
	"termination_reason" text,
	"terminated_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "partnership_agreement_signatures" ADD CONSTRAINT "partnership_agreement_signatures_agreement_id_partnership_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."partnership_agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_agreement_signatures" ADD CONSTRAINT "partnership_agreement_signatures_member_id_partnership_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."partnership_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_agreement_signatures" ADD CONSTRAINT "partnership_agreement_signatures_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_agreement_signatures" ADD CONSTRAINT "partnership_agreement_signatures_scan_file_id_partnership_files_id_fk" FOREIGN KEY ("scan_file_id") REFERENCES "public"."partnership_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_agreement_versions" ADD CONSTRAINT "partnership_agreement_versions_agreement_id_partnership_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."partnership_agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_agreements" ADD CONSTRAINT "partnership_agreements_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_agreements" ADD CONSTRAINT "partnership_agreements_parent_agreement_id_partnership_agreements_id_fk" FOREIGN KEY ("parent_agreement_id") REFERENCES "public"."partnership_agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_files" ADD CONSTRAINT "partnership_files_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_agreement_signatures_idx" ON "partnership_agreement_signatures" USING btree ("agreement_id","member_id");--> statement-breakpoint
CREATE INDEX "partnership_agreement_signatures_institution_idx" ON "partnership_agreement_signatures" USING btree ("institution_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_agreement_versions_idx" ON "partnership_agreement_versions" USING btree ("agreement_id","number");--> statement-breakpoint
CREATE INDEX "partnership_agreements_idx" ON "partnership_agreements" USING btree ("partnership_id","created_at");--> statement-breakpoint
CREATE INDEX "partnership_agreements_state_idx" ON "partnership_agreements" USING btree ("state","term_to");--> statement-breakpoint
CREATE INDEX "partnership_files_idx" ON "partnership_files" USING btree ("partnership_id");