CREATE TYPE "public"."catalogue_status" AS ENUM('active', 'retired');--> statement-breakpoint
CREATE TYPE "public"."offering_status" AS ENUM('active', 'suspended', 'ended');--> statement-breakpoint
CREATE TABLE "qualifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"search_name" text NOT NULL,
	"description" text,
	"status" "catalogue_status" DEFAULT 'active' NOT NULL,
	"retired_at" timestamp with time zone,
	"retired_by" uuid,
	"retirement_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_areas" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"search_name" text NOT NULL,
	"description" text NOT NULL,
	"legal_basis" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_type_qualifications" (
	"service_type_id" uuid NOT NULL,
	"qualification_id" uuid NOT NULL,
	CONSTRAINT "service_type_qualifications_service_type_id_qualification_id_pk" PRIMARY KEY("service_type_id","qualification_id")
);
--> statement-breakpoint
CREATE TABLE "service_types" (
	"id" uuid PRIMARY KEY NOT NULL,
	"area_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"search_name" text NOT NULL,
	"description" text NOT NULL,
	"recipients" text NOT NULL,
	"delivery_unit" text NOT NULL,
	"legal_basis" text[] NOT NULL,
	"organisational_resources" text[] DEFAULT '{}' NOT NULL,
	"technical_resources" text[] DEFAULT '{}' NOT NULL,
	"status" "catalogue_status" DEFAULT 'active' NOT NULL,
	"retired_at" timestamp with time zone,
	"retired_by" uuid,
	"retirement_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_offerings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"service_type_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"territory_code" text NOT NULL,
	"description" text,
	"contact_name" text,
	"email" text,
	"phone" text,
	"started_on" date,
	"status" "offering_status" DEFAULT 'active' NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" uuid,
	"end_reason" text,
	"hsds_id" uuid,
	"service_at_location_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "service_type_qualifications" ADD CONSTRAINT "service_type_qualifications_service_type_id_service_types_id_fk" FOREIGN KEY ("service_type_id") REFERENCES "public"."service_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_type_qualifications" ADD CONSTRAINT "service_type_qualifications_qualification_id_qualifications_id_fk" FOREIGN KEY ("qualification_id") REFERENCES "public"."qualifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_types" ADD CONSTRAINT "service_types_area_id_service_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."service_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_offerings" ADD CONSTRAINT "service_offerings_service_type_id_service_types_id_fk" FOREIGN KEY ("service_type_id") REFERENCES "public"."service_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_offerings" ADD CONSTRAINT "service_offerings_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_offerings" ADD CONSTRAINT "service_offerings_territory_code_territorial_units_code_fk" FOREIGN KEY ("territory_code") REFERENCES "public"."territorial_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "qualifications_code_idx" ON "qualifications" USING btree ("code");--> statement-breakpoint
CREATE INDEX "qualifications_status_idx" ON "qualifications" USING btree ("status","search_name");--> statement-breakpoint
CREATE UNIQUE INDEX "service_areas_code_idx" ON "service_areas" USING btree ("code");--> statement-breakpoint
CREATE INDEX "service_areas_name_idx" ON "service_areas" USING btree ("search_name");--> statement-breakpoint
CREATE INDEX "service_type_qualifications_qualification_idx" ON "service_type_qualifications" USING btree ("qualification_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_types_code_idx" ON "service_types" USING btree ("code");--> statement-breakpoint
CREATE INDEX "service_types_area_idx" ON "service_types" USING btree ("area_id","status","search_name");--> statement-breakpoint
CREATE INDEX "service_types_status_idx" ON "service_types" USING btree ("status","search_name");--> statement-breakpoint
CREATE INDEX "service_offerings_institution_idx" ON "service_offerings" USING btree ("institution_id","status");--> statement-breakpoint
CREATE INDEX "service_offerings_type_idx" ON "service_offerings" USING btree ("service_type_id","status");--> statement-breakpoint
CREATE INDEX "service_offerings_territory_idx" ON "service_offerings" USING btree ("territory_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "service_offerings_updated_idx" ON "service_offerings" USING btree ("updated_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_offerings_current_idx" ON "service_offerings" USING btree ("institution_id","service_type_id","territory_code") WHERE "service_offerings"."status" <> 'ended';--> statement-breakpoint
CREATE UNIQUE INDEX "service_offerings_hsds_idx" ON "service_offerings" USING btree ("hsds_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_offerings_service_at_location_idx" ON "service_offerings" USING btree ("service_at_location_id");