CREATE TYPE "public"."diagnosis_domain" AS ENUM('workAndSkills', 'education', 'healthAndDisability', 'housing', 'familyAndCare', 'financesAndDebts', 'motivationAndGoals');--> statement-breakpoint
CREATE TYPE "public"."consent_form" AS ENUM('paper', 'inPerson');--> statement-breakpoint
CREATE TYPE "public"."data_category" AS ENUM('identification', 'contact', 'socialSituation', 'diagnosis', 'supportPlan', 'health', 'serviceDelivery');--> statement-breakpoint
CREATE TYPE "public"."no_pesel_reason" AS ENUM('foreigner', 'notAssigned', 'notProvided');--> statement-breakpoint
CREATE TYPE "public"."person_sex" AS ENUM('female', 'male');--> statement-breakpoint
CREATE TYPE "public"."referral_state" AS ENUM('issued', 'accepted', 'rejected', 'inService', 'completed', 'revoked');--> statement-breakpoint
CREATE TYPE "public"."support_plan_status" AS ENUM('draft', 'submitted', 'approved');--> statement-breakpoint
CREATE TYPE "public"."commissioning_mode" AS ENUM('openCall', 'smallGrant', 'socialClauseProcurement', 'reservedContract', 'publicSocialPartnership', 'other');--> statement-breakpoint
CREATE TYPE "public"."commissioning_plan_state" AS ENUM('draft', 'adopted', 'inExecution', 'reported');--> statement-breakpoint
CREATE TYPE "public"."quality_review_kind" AS ENUM('visit', 'deskReview');--> statement-breakpoint
CREATE TYPE "public"."quality_review_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."strategic_document_kind" AS ENUM('socialProblemsStrategy', 'ngoCooperationProgramme', 'other');--> statement-breakpoint
CREATE TYPE "public"."cooperation_delegation_status" AS ENUM('requested', 'named', 'declined');--> statement-breakpoint
CREATE TYPE "public"."cooperation_group_outcome" AS ENUM('resolved', 'partlyResolved', 'notResolved', 'referredElsewhere', 'discontinued');--> statement-breakpoint
CREATE TYPE "public"."cooperation_group_status" AS ENUM('active', 'closed');--> statement-breakpoint
CREATE TYPE "public"."cooperation_group_subject_kind" AS ENUM('person', 'family', 'group');--> statement-breakpoint
CREATE TYPE "public"."cooperation_task_status" AS ENUM('planned', 'inProgress', 'done', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."pes_initiative_legal_form" AS ENUM('socialCooperative', 'foundation', 'association', 'simpleAssociation', 'nonProfitCompany');--> statement-breakpoint
CREATE TYPE "public"."pes_initiative_state" AS ENUM('forming', 'preparing', 'registering', 'registered', 'abandoned');--> statement-breakpoint
CREATE TYPE "public"."readiness_state" AS ENUM('draft', 'submitted', 'confirmed', 'returned');--> statement-breakpoint
CREATE TYPE "public"."staffing_need_status" AS ENUM('open', 'filled', 'withdrawn');--> statement-breakpoint
CREATE TABLE "diagnosis_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"domain" "diagnosis_domain" NOT NULL,
	"institution_id" uuid NOT NULL,
	"author_id" uuid,
	"author_name" text,
	"findings_enc" text NOT NULL,
	"needs_enc" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_consent_grants" (
	"consent_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"category" "data_category" NOT NULL,
	CONSTRAINT "person_consent_grants_consent_id_institution_id_category_pk" PRIMARY KEY("consent_id","institution_id","category")
);
--> statement-breakpoint
CREATE TABLE "person_consents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"given_on" date NOT NULL,
	"form" "consent_form" NOT NULL,
	"valid_until" date,
	"scan_file_id" uuid,
	"recorded_by" uuid,
	"recorded_by_name" text,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid,
	"withdrawn_by_name" text,
	"withdrawal_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content_enc" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"entry_institution_id" uuid NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"search_name" text NOT NULL,
	"pesel_enc" text,
	"pesel_index" text,
	"no_pesel_reason" "no_pesel_reason",
	"no_pesel_note" text,
	"birth_date" date NOT NULL,
	"sex" "person_sex",
	"phone_enc" text,
	"email_enc" text,
	"street_enc" text,
	"postal_code" text,
	"locality" text,
	"territory_code" text NOT NULL,
	"target_groups" text[] DEFAULT '{}' NOT NULL,
	"registered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"operator_institution_id" uuid NOT NULL,
	"scope_item_ids" uuid[] NOT NULL,
	"brief" text NOT NULL,
	"use_by" date NOT NULL,
	"code_hash" text NOT NULL,
	"state" "referral_state" DEFAULT 'issued' NOT NULL,
	"issued_by" uuid,
	"issued_by_name" text,
	"redeemed_at" timestamp with time zone,
	"redeemed_by" uuid,
	"redeemed_by_name" text,
	"decided_at" timestamp with time zone,
	"rejection_reason" text,
	"service_started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"outcome" text,
	"revoked_at" timestamp with time zone,
	"revoked_by_name" text,
	"revocation_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_plan_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" "support_plan_status" DEFAULT 'draft' NOT NULL,
	"content_enc" text NOT NULL,
	"edited_by" uuid,
	"edited_by_name" text,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commissioning_contracts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"commission_id" uuid NOT NULL,
	"contractor_institution_id" uuid NOT NULL,
	"number" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"value" bigint NOT NULL,
	"indicators" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commissioning_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"jst_institution_id" uuid NOT NULL,
	"title" text NOT NULL,
	"search_title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"base_year" integer NOT NULL,
	"baseline_pes_count" integer NOT NULL,
	"baseline_pes_value" bigint NOT NULL,
	"baseline_total_count" integer NOT NULL,
	"baseline_total_value" bigint NOT NULL,
	"targets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"strategic_document_kind" "strategic_document_kind" NOT NULL,
	"strategic_document_name" text NOT NULL,
	"strategic_document_number" text,
	"state" "commissioning_plan_state" DEFAULT 'draft' NOT NULL,
	"resolution_number" text,
	"resolution_date" date,
	"adopted_at" timestamp with time zone,
	"reported_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "planned_commissions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"service_type_id" uuid NOT NULL,
	"mode" "commissioning_mode" NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer,
	"budget" bigint NOT NULL,
	"description" text,
	"expected_contractor_ids" uuid[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"reviewer_institution_id" uuid NOT NULL,
	"kind" "quality_review_kind" NOT NULL,
	"reviewed_on" date NOT NULL,
	"checklist" jsonb NOT NULL,
	"findings" text NOT NULL,
	"recommendations" text,
	"follow_up_on" date,
	"status" "quality_review_status" DEFAULT 'open' NOT NULL,
	"recorded_by" uuid,
	"recorded_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cooperation_authorisations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ops_institution_id" uuid NOT NULL,
	"jst_institution_id" uuid NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"scope" text,
	"file_name" text,
	"mime_type" text,
	"size_bytes" integer,
	"sha256" text,
	"content" "bytea",
	"recorded_by" uuid,
	"recorded_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cooperation_group_meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"held_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"agenda" text NOT NULL,
	"minutes" text,
	"decisions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"present_member_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cooperation_group_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"status" "cooperation_delegation_status" DEFAULT 'requested' NOT NULL,
	"delegate_user_id" uuid,
	"delegate_name" text,
	"decline_reason" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	"responded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cooperation_group_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"due_on" date NOT NULL,
	"status" "cooperation_task_status" DEFAULT 'planned' NOT NULL,
	"status_note" text,
	"completed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cooperation_groups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ops_institution_id" uuid NOT NULL,
	"authorisation_id" uuid NOT NULL,
	"partner_team_id" uuid NOT NULL,
	"label" text NOT NULL,
	"search_label" text NOT NULL,
	"subject_kind" "cooperation_group_subject_kind" NOT NULL,
	"situation" text NOT NULL,
	"internal_notes" text,
	"status" "cooperation_group_status" DEFAULT 'active' NOT NULL,
	"outcome" "cooperation_group_outcome",
	"result_summary" text,
	"closed_at" timestamp with time zone,
	"coordinator_user_id" uuid,
	"coordinator_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cooperation_needs_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ops_institution_id" uuid NOT NULL,
	"rops_institution_id" uuid NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"items" jsonb NOT NULL,
	"remarks" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" uuid,
	"submitted_by_name" text
);
--> statement-breakpoint
CREATE TABLE "pes_initiatives" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"legal_form" "pes_initiative_legal_form" NOT NULL,
	"state" "pes_initiative_state" DEFAULT 'forming' NOT NULL,
	"jst_institution_id" uuid NOT NULL,
	"owes_institution_id" uuid NOT NULL,
	"pup_institution_id" uuid,
	"territory_code" text NOT NULL,
	"service_type_ids" jsonb NOT NULL,
	"planned_commission" text,
	"founders" jsonb NOT NULL,
	"steps" jsonb NOT NULL,
	"support" jsonb NOT NULL,
	"statute_adopted_on" date,
	"krs_applied_on" date,
	"krs_number" text,
	"registered_on" date,
	"abandon_reason" text,
	"registered_institution_id" uuid,
	"search_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "readiness_assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"institution_id" uuid NOT NULL,
	"service_type_id" uuid NOT NULL,
	"state" "readiness_state" DEFAULT 'draft' NOT NULL,
	"items" jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"submitted_by_name" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_by_name" text,
	"decided_by_institution_id" uuid,
	"decision_comment" text,
	"valid_from" date,
	"valid_until" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staffing_needs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"institution_id" uuid NOT NULL,
	"position" text NOT NULL,
	"qualification_id" uuid NOT NULL,
	"headcount" integer NOT NULL,
	"needed_from" date NOT NULL,
	"territory_code" text NOT NULL,
	"powiat_code" text NOT NULL,
	"voivodeship_code" text NOT NULL,
	"note" text,
	"status" "staffing_need_status" DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
DROP INDEX "partnership_agreement_signatures_idx";--> statement-breakpoint
ALTER TABLE "partnership_agreement_signatures" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "partnership_agreement_signatures" ADD COLUMN "voided_by" uuid;--> statement-breakpoint
ALTER TABLE "partnership_agreement_signatures" ADD COLUMN "voided_by_name" text;--> statement-breakpoint
ALTER TABLE "partnership_agreement_signatures" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "partnership_goals" ADD COLUMN "current_value" numeric(14, 2);--> statement-breakpoint
ALTER TABLE "partnership_goals" ADD COLUMN "measured_on" date;--> statement-breakpoint
ALTER TABLE "diagnosis_entries" ADD CONSTRAINT "diagnosis_entries_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnosis_entries" ADD CONSTRAINT "diagnosis_entries_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_consent_grants" ADD CONSTRAINT "person_consent_grants_consent_id_person_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."person_consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_consent_grants" ADD CONSTRAINT "person_consent_grants_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_consents" ADD CONSTRAINT "person_consents_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_consents" ADD CONSTRAINT "person_consents_scan_file_id_person_files_id_fk" FOREIGN KEY ("scan_file_id") REFERENCES "public"."person_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_files" ADD CONSTRAINT "person_files_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_entry_institution_id_institutions_id_fk" FOREIGN KEY ("entry_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_territory_code_territorial_units_code_fk" FOREIGN KEY ("territory_code") REFERENCES "public"."territorial_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_operator_institution_id_institutions_id_fk" FOREIGN KEY ("operator_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plan_versions" ADD CONSTRAINT "support_plan_versions_plan_id_support_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."support_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plans" ADD CONSTRAINT "support_plans_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioning_contracts" ADD CONSTRAINT "commissioning_contracts_plan_id_commissioning_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."commissioning_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioning_contracts" ADD CONSTRAINT "commissioning_contracts_commission_id_planned_commissions_id_fk" FOREIGN KEY ("commission_id") REFERENCES "public"."planned_commissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioning_contracts" ADD CONSTRAINT "commissioning_contracts_contractor_institution_id_institutions_id_fk" FOREIGN KEY ("contractor_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioning_plans" ADD CONSTRAINT "commissioning_plans_jst_institution_id_institutions_id_fk" FOREIGN KEY ("jst_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_commissions" ADD CONSTRAINT "planned_commissions_plan_id_commissioning_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."commissioning_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_commissions" ADD CONSTRAINT "planned_commissions_service_type_id_service_types_id_fk" FOREIGN KEY ("service_type_id") REFERENCES "public"."service_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_reviews" ADD CONSTRAINT "quality_reviews_plan_id_commissioning_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."commissioning_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_reviews" ADD CONSTRAINT "quality_reviews_contract_id_commissioning_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."commissioning_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_reviews" ADD CONSTRAINT "quality_reviews_reviewer_institution_id_institutions_id_fk" FOREIGN KEY ("reviewer_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_authorisations" ADD CONSTRAINT "cooperation_authorisations_ops_institution_id_institutions_id_fk" FOREIGN KEY ("ops_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_authorisations" ADD CONSTRAINT "cooperation_authorisations_jst_institution_id_institutions_id_fk" FOREIGN KEY ("jst_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_group_meetings" ADD CONSTRAINT "cooperation_group_meetings_group_id_cooperation_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."cooperation_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_group_members" ADD CONSTRAINT "cooperation_group_members_group_id_cooperation_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."cooperation_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_group_members" ADD CONSTRAINT "cooperation_group_members_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_group_members" ADD CONSTRAINT "cooperation_group_members_delegate_user_id_users_id_fk" FOREIGN KEY ("delegate_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_group_tasks" ADD CONSTRAINT "cooperation_group_tasks_group_id_cooperation_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."cooperation_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_group_tasks" ADD CONSTRAINT "cooperation_group_tasks_member_id_cooperation_group_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."cooperation_group_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_group_tasks" ADD CONSTRAINT "cooperation_group_tasks_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_groups" ADD CONSTRAINT "cooperation_groups_ops_institution_id_institutions_id_fk" FOREIGN KEY ("ops_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_groups" ADD CONSTRAINT "cooperation_groups_authorisation_id_cooperation_authorisations_id_fk" FOREIGN KEY ("authorisation_id") REFERENCES "public"."cooperation_authorisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_groups" ADD CONSTRAINT "cooperation_groups_coordinator_user_id_users_id_fk" FOREIGN KEY ("coordinator_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_needs_reports" ADD CONSTRAINT "cooperation_needs_reports_ops_institution_id_institutions_id_fk" FOREIGN KEY ("ops_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_needs_reports" ADD CONSTRAINT "cooperation_needs_reports_rops_institution_id_institutions_id_fk" FOREIGN KEY ("rops_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pes_initiatives" ADD CONSTRAINT "pes_initiatives_jst_institution_id_institutions_id_fk" FOREIGN KEY ("jst_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pes_initiatives" ADD CONSTRAINT "pes_initiatives_owes_institution_id_institutions_id_fk" FOREIGN KEY ("owes_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pes_initiatives" ADD CONSTRAINT "pes_initiatives_pup_institution_id_institutions_id_fk" FOREIGN KEY ("pup_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pes_initiatives" ADD CONSTRAINT "pes_initiatives_territory_code_territorial_units_code_fk" FOREIGN KEY ("territory_code") REFERENCES "public"."territorial_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pes_initiatives" ADD CONSTRAINT "pes_initiatives_registered_institution_id_institutions_id_fk" FOREIGN KEY ("registered_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_assessments" ADD CONSTRAINT "readiness_assessments_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_assessments" ADD CONSTRAINT "readiness_assessments_service_type_id_service_types_id_fk" FOREIGN KEY ("service_type_id") REFERENCES "public"."service_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_assessments" ADD CONSTRAINT "readiness_assessments_decided_by_institution_id_institutions_id_fk" FOREIGN KEY ("decided_by_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_needs" ADD CONSTRAINT "staffing_needs_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_needs" ADD CONSTRAINT "staffing_needs_qualification_id_qualifications_id_fk" FOREIGN KEY ("qualification_id") REFERENCES "public"."qualifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_needs" ADD CONSTRAINT "staffing_needs_territory_code_territorial_units_code_fk" FOREIGN KEY ("territory_code") REFERENCES "public"."territorial_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "diagnosis_entries_person_idx" ON "diagnosis_entries" USING btree ("person_id","domain","created_at");--> statement-breakpoint
CREATE INDEX "person_consent_grants_institution_idx" ON "person_consent_grants" USING btree ("institution_id","category");--> statement-breakpoint
CREATE INDEX "person_consents_person_idx" ON "person_consents" USING btree ("person_id","given_on");--> statement-breakpoint
CREATE INDEX "person_files_idx" ON "person_files" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_pesel_idx" ON "persons" USING btree ("partnership_id","pesel_index") WHERE "persons"."pesel_index" is not null;--> statement-breakpoint
CREATE INDEX "persons_pesel_lookup_idx" ON "persons" USING btree ("pesel_index");--> statement-breakpoint
CREATE INDEX "persons_entry_idx" ON "persons" USING btree ("entry_institution_id","search_name","id");--> statement-breakpoint
CREATE INDEX "persons_partnership_idx" ON "persons" USING btree ("partnership_id","birth_date");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_code_idx" ON "referrals" USING btree ("code_hash");--> statement-breakpoint
CREATE INDEX "referrals_person_idx" ON "referrals" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "referrals_operator_idx" ON "referrals" USING btree ("operator_institution_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "support_plan_versions_number_idx" ON "support_plan_versions" USING btree ("plan_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "support_plans_person_idx" ON "support_plans" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "commissioning_contracts_plan_idx" ON "commissioning_contracts" USING btree ("plan_id","starts_on");--> statement-breakpoint
CREATE INDEX "commissioning_contracts_contractor_idx" ON "commissioning_contracts" USING btree ("contractor_institution_id");--> statement-breakpoint
CREATE INDEX "commissioning_plans_jst_idx" ON "commissioning_plans" USING btree ("jst_institution_id","starts_on");--> statement-breakpoint
CREATE INDEX "commissioning_plans_state_idx" ON "commissioning_plans" USING btree ("state","search_title");--> statement-breakpoint
CREATE INDEX "commissioning_plans_title_idx" ON "commissioning_plans" USING btree ("search_title","id");--> statement-breakpoint
CREATE INDEX "planned_commissions_plan_idx" ON "planned_commissions" USING btree ("plan_id","year");--> statement-breakpoint
CREATE INDEX "quality_reviews_plan_idx" ON "quality_reviews" USING btree ("plan_id","reviewed_on");--> statement-breakpoint
CREATE INDEX "quality_reviews_contract_idx" ON "quality_reviews" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "cooperation_authorisations_ops_idx" ON "cooperation_authorisations" USING btree ("ops_institution_id","valid_from");--> statement-breakpoint
CREATE INDEX "cooperation_authorisations_jst_idx" ON "cooperation_authorisations" USING btree ("jst_institution_id");--> statement-breakpoint
CREATE INDEX "cooperation_group_meetings_group_idx" ON "cooperation_group_meetings" USING btree ("group_id","held_at");--> statement-breakpoint
CREATE INDEX "cooperation_group_members_group_idx" ON "cooperation_group_members" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "cooperation_group_members_institution_idx" ON "cooperation_group_members" USING btree ("institution_id","group_id");--> statement-breakpoint
CREATE INDEX "cooperation_group_tasks_group_idx" ON "cooperation_group_tasks" USING btree ("group_id","due_on");--> statement-breakpoint
CREATE INDEX "cooperation_group_tasks_institution_idx" ON "cooperation_group_tasks" USING btree ("institution_id","status");--> statement-breakpoint
CREATE INDEX "cooperation_groups_ops_idx" ON "cooperation_groups" USING btree ("ops_institution_id","status","created_at");--> statement-breakpoint
CREATE INDEX "cooperation_groups_authorisation_idx" ON "cooperation_groups" USING btree ("authorisation_id");--> statement-breakpoint
CREATE INDEX "cooperation_needs_reports_ops_idx" ON "cooperation_needs_reports" USING btree ("ops_institution_id","submitted_at");--> statement-breakpoint
CREATE INDEX "cooperation_needs_reports_rops_idx" ON "cooperation_needs_reports" USING btree ("rops_institution_id","submitted_at");--> statement-breakpoint
CREATE INDEX "pes_initiatives_owes_idx" ON "pes_initiatives" USING btree ("owes_institution_id");--> statement-breakpoint
CREATE INDEX "pes_initiatives_pup_idx" ON "pes_initiatives" USING btree ("pup_institution_id");--> statement-breakpoint
CREATE INDEX "pes_initiatives_jst_idx" ON "pes_initiatives" USING btree ("jst_institution_id");--> statement-breakpoint
CREATE INDEX "pes_initiatives_territory_idx" ON "pes_initiatives" USING btree ("territory_code");--> statement-breakpoint
CREATE INDEX "readiness_assessments_institution_idx" ON "readiness_assessments" USING btree ("institution_id","service_type_id");--> statement-breakpoint
CREATE INDEX "readiness_assessments_type_idx" ON "readiness_assessments" USING btree ("service_type_id","state","valid_until");--> statement-breakpoint
CREATE INDEX "readiness_assessments_state_idx" ON "readiness_assessments" USING btree ("state","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "readiness_assessments_open_idx" ON "readiness_assessments" USING btree ("institution_id","service_type_id") WHERE "readiness_assessments"."state" in ('draft', 'submitted', 'returned');--> statement-breakpoint
CREATE INDEX "staffing_needs_institution_idx" ON "staffing_needs" USING btree ("institution_id","status");--> statement-breakpoint
CREATE INDEX "staffing_needs_powiat_idx" ON "staffing_needs" USING btree ("powiat_code","status");--> statement-breakpoint
CREATE INDEX "staffing_needs_voivodeship_idx" ON "staffing_needs" USING btree ("voivodeship_code","status");--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_agreement_signatures_idx" ON "partnership_agreement_signatures" USING btree ("agreement_id","member_id") WHERE "partnership_agreement_signatures"."voided_at" is null;