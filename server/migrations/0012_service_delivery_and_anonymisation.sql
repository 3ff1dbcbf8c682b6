CREATE TYPE "public"."case_outcome" AS ENUM('employment', 'trainingCompleted', 'socialOutcomes', 'dropOut');--> statement-breakpoint
CREATE TABLE "case_closures" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"outcome" "case_outcome" NOT NULL,
	"closed_on" date NOT NULL,
	"drop_out_reason" text,
	"note" text,
	"closed_by" uuid,
	"closed_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_deliveries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"delivered_on" date NOT NULL,
	"scope_item_id" uuid NOT NULL,
	"hours" numeric(7, 2) NOT NULL,
	"provider_institution_id" uuid NOT NULL,
	"payer_institution_id" uuid NOT NULL,
	"cost_grosze" integer NOT NULL,
	"plan_version" integer,
	"plan_action" integer,
	"referral_id" uuid,
	"note" text,
	"recorded_by" uuid,
	"recorded_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "case_closures" ADD CONSTRAINT "case_closures_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_deliveries" ADD CONSTRAINT "service_deliveries_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_deliveries" ADD CONSTRAINT "service_deliveries_provider_institution_id_institutions_id_fk" FOREIGN KEY ("provider_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_deliveries" ADD CONSTRAINT "service_deliveries_payer_institution_id_institutions_id_fk" FOREIGN KEY ("payer_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_deliveries" ADD CONSTRAINT "service_deliveries_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_deliveries_person_idx" ON "service_deliveries" USING btree ("person_id","delivered_on");