CREATE TYPE "public"."membership_role" AS ENUM('institutionAdmin', 'manager', 'coordinator', 'caseWorker', 'official', 'evaluator');--> statement-breakpoint
CREATE TYPE "public"."institution_type" AS ENUM('jstGmina', 'jstPowiat', 'jstVoivodeship', 'ops', 'cus', 'pcpr', 'pup', 'wup', 'rops', 'owes', 'cis', 'kis', 'pes', 'ngo', 'school', 'police', 'healthCare', 'courtCurators', 'other');--> statement-breakpoint
CREATE TYPE "public"."jst_head_office" AS ENUM('wojt', 'burmistrz', 'prezydent', 'starosta', 'marszalek');--> statement-breakpoint
CREATE TYPE "public"."pes_legal_form" AS ENUM('socialCooperative', 'foundation', 'association', 'nonProfitCompany', 'other');--> statement-breakpoint
CREATE TYPE "public"."record_status" AS ENUM('active', 'inactive');--> statement-breakpoint
CREATE TYPE "public"."gmina_kind" AS ENUM('urban', 'rural', 'urbanRural', 'town', 'ruralArea', 'district', 'delegature');--> statement-breakpoint
CREATE TYPE "public"."territorial_level" AS ENUM('voivodeship', 'powiat', 'gmina', 'gminaPart');--> statement-breakpoint
CREATE TABLE "external_identities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"issuer" text NOT NULL,
	"subject" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"institution_id" uuid NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"role" "membership_role" NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"role" "membership_role" NOT NULL,
	"status" "record_status" DEFAULT 'active' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text,
	"method" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text,
	"is_platform_admin" boolean DEFAULT false NOT NULL,
	"status" "record_status" DEFAULT 'active' NOT NULL,
	"locale" text DEFAULT 'pl' NOT NULL,
	"failed_login_count" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"deactivated_at" timestamp with time zone,
	"deactivated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "institutions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"search_name" text NOT NULL,
	"type" "institution_type" NOT NULL,
	"territory_code" text NOT NULL,
	"voivodeship_code" text NOT NULL,
	"powiat_code" text,
	"street" text,
	"building_number" text,
	"postal_code" text,
	"city" text,
	"email" text,
	"phone" text,
	"website" text,
	"nip" text,
	"regon" text,
	"krs" text,
	"head_office" "jst_head_office",
	"akses_number" text,
	"akses_valid_until" date,
	"register_entry_number" text,
	"register_entry_date" date,
	"pes_legal_form" "pes_legal_form",
	"social_economy_status" boolean,
	"status" "record_status" DEFAULT 'active' NOT NULL,
	"deactivated_at" timestamp with time zone,
	"deactivated_by" uuid,
	"deactivation_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "territorial_units" (
	"code" text PRIMARY KEY NOT NULL,
	"level" "territorial_level" NOT NULL,
	"parent_code" text,
	"voivodeship_code" text NOT NULL,
	"powiat_code" text,
	"name" text NOT NULL,
	"search_name" text NOT NULL,
	"description" text NOT NULL,
	"gmina_kind" "gmina_kind",
	"valid_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text,
	"actor_institution_id" uuid,
	"institution_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"request_id" text,
	"ip" text,
	"changes" jsonb,
	"personal_data" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "external_identities" ADD CONSTRAINT "external_identities_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_territory_code_territorial_units_code_fk" FOREIGN KEY ("territory_code") REFERENCES "public"."territorial_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "external_identities_subject_idx" ON "external_identities" USING btree ("issuer","subject");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_token_idx" ON "invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "invitations_institution_idx" ON "invitations" USING btree ("institution_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_user_institution_idx" ON "memberships" USING btree ("user_id","institution_id");--> statement-breakpoint
CREATE INDEX "memberships_institution_idx" ON "memberships" USING btree ("institution_id","status");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "institutions_search_idx" ON "institutions" USING btree ("search_name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "institutions_name_idx" ON "institutions" USING btree ("search_name","id");--> statement-breakpoint
CREATE INDEX "institutions_type_idx" ON "institutions" USING btree ("type","search_name");--> statement-breakpoint
CREATE INDEX "institutions_voivodeship_idx" ON "institutions" USING btree ("voivodeship_code","search_name");--> statement-breakpoint
CREATE INDEX "institutions_powiat_idx" ON "institutions" USING btree ("powiat_code","search_name");--> statement-breakpoint
CREATE INDEX "institutions_territory_idx" ON "institutions" USING btree ("territory_code","search_name");--> statement-breakpoint
CREATE INDEX "institutions_nip_idx" ON "institutions" USING btree ("nip");--> statement-breakpoint
CREATE INDEX "territorial_units_parent_idx" ON "territorial_units" USING btree ("parent_code","name");--> statement-breakpoint
CREATE INDEX "territorial_units_level_idx" ON "territorial_units" USING btree ("level","name");--> statement-breakpoint
CREATE INDEX "territorial_units_search_idx" ON "territorial_units" USING btree ("search_name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "audit_events_institution_idx" ON "audit_events" USING btree ("institution_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_occurred_idx" ON "audit_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_user_id","occurred_at");