CREATE TYPE "public"."survey_invitation_state" AS ENUM('open', 'answered', 'revoked');--> statement-breakpoint
CREATE TYPE "public"."survey_milestone" AS ENUM('planAgreed', 'midway', 'closure');--> statement-breakpoint
CREATE TYPE "public"."pilot_candidate_state" AS ENUM('candidate', 'chosen', 'reserve', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."pilot_organiser_type" AS ENUM('ngo', 'jst');--> statement-breakpoint
CREATE TYPE "public"."pilot_state" AS ENUM('recruiting', 'selected');--> statement-breakpoint
CREATE TYPE "public"."programme_match_contract_type" AS ENUM('employment', 'cooperativeEmployment', 'civilLaw', 'other');--> statement-breakpoint
CREATE TYPE "public"."programme_match_result" AS ENUM('pending', 'hired', 'notHired', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."programme_participant_state" AS ENUM('enrolled', 'inProgress', 'graduated', 'droppedOut');--> statement-breakpoint
CREATE TYPE "public"."preparation_programme_kind" AS ENUM('cis', 'kis');--> statement-breakpoint
CREATE TYPE "public"."preparation_programme_state" AS ENUM('planned', 'running', 'finished');--> statement-breakpoint
CREATE TYPE "public"."training_baseline_source" AS ENUM('plan', 'declared');--> statement-breakpoint
CREATE TABLE "person_survey_invitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"partnership_id" uuid NOT NULL,
	"milestone" "survey_milestone" NOT NULL,
	"use_by" date NOT NULL,
	"code_hash" text NOT NULL,
	"state" "survey_invitation_state" DEFAULT 'open' NOT NULL,
	"issued_by" uuid,
	"issued_by_name" text,
	"revoked_at" timestamp with time zone,
	"revoked_by_name" text,
	"revocation_reason" text,
	"answered_at" timestamp with time zone,
	"rating_useful" smallint,
	"rating_respectful" smallint,
	"rating_on_time" smallint,
	"helped_enc" text,
	"change_enc" text,
	"goals_enc" text,
	"texts_cleared_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "person_survey_invitations_ratings_check" CHECK (("person_survey_invitations"."rating_useful" is null or "person_survey_invitations"."rating_useful" between 1 and 5) and ("person_survey_invitations"."rating_respectful" is null or "person_survey_invitations"."rating_respectful" between 1 and 5) and ("person_survey_invitations"."rating_on_time" is null or "person_survey_invitations"."rating_on_time" between 1 and 5))
);
--> statement-breakpoint
CREATE TABLE "cooperation_period_summaries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"jst_institution_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"counts" jsonb NOT NULL,
	"counted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cooperation_period_summary_reads" (
	"summary_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cooperation_period_summary_reads_summary_id_user_id_pk" PRIMARY KEY("summary_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "pilot_candidates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pilot_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"organiser_type" "pilot_organiser_type" NOT NULL,
	"years_of_experience" integer NOT NULL,
	"sections_count" integer NOT NULL,
	"cooperating_pes_count" integer NOT NULL,
	"owes_recommended_by_id" uuid,
	"state" "pilot_candidate_state" DEFAULT 'candidate' NOT NULL,
	"rejection_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilot_caretakers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pilot_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilot_experts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pilot_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"nominated_by_institution_id" uuid,
	"attended_days" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilot_outcome_assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pilot_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"score" integer NOT NULL,
	"outcomes" text NOT NULL,
	"recommendations" text,
	"assessor_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilot_quality_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pilot_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"score" integer NOT NULL,
	"findings" text NOT NULL,
	"recommendations" text,
	"reviewer_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilot_site_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pilot_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"month" integer NOT NULL,
	"filed_on" date NOT NULL,
	"model_products" jsonb NOT NULL,
	"activities" text NOT NULL,
	"cooperation" text NOT NULL,
	"difficulties" text,
	"proposals" text,
	"filed_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"organiser_institution_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"testing_starts_on" date NOT NULL,
	"testing_months" integer NOT NULL,
	"sites_to_choose" integer NOT NULL,
	"state" "pilot_state" DEFAULT 'recruiting' NOT NULL,
	"quality_specialist_user_id" uuid,
	"learning_expert_user_id" uuid,
	"search_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "preparation_programmes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"institution_id" uuid NOT NULL,
	"kind" "preparation_programme_kind" NOT NULL,
	"title" text NOT NULL,
	"qualification_ids" jsonb NOT NULL,
	"staffing_need_ids" jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"places" integer NOT NULL,
	"territory_code" text NOT NULL,
	"modules" jsonb NOT NULL,
	"state" "preparation_programme_state" DEFAULT 'planned' NOT NULL,
	"search_title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_matches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"staffing_need_id" uuid NOT NULL,
	"provider_institution_id" uuid NOT NULL,
	"result" "programme_match_result" DEFAULT 'pending' NOT NULL,
	"hired_from" date,
	"contract_type" "programme_match_contract_type",
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_participants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"label" text NOT NULL,
	"state" "programme_participant_state" DEFAULT 'enrolled' NOT NULL,
	"progress" jsonb NOT NULL,
	"qualification_obtained_id" uuid,
	"exam_passed_on" date,
	"graduated_on" date,
	"drop_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_advisory_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"minutes" integer NOT NULL,
	"topic" text NOT NULL,
	"adviser" text NOT NULL,
	"remote" boolean DEFAULT false NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_edition_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"edition_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"attendance" jsonb NOT NULL,
	"completed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_study_visits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"visited_on" date NOT NULL,
	"host_institution_id" uuid NOT NULL,
	"participant_ids" uuid[] NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_editions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"title" text NOT NULL,
	"days" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_participants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"jst_institution_id" uuid NOT NULL,
	"voivodeship_code" text NOT NULL,
	"search_name" text NOT NULL,
	"baseline_source" "training_baseline_source" NOT NULL,
	"base_year" integer,
	"baseline_pes_count" integer NOT NULL,
	"baseline_pes_value" bigint NOT NULL,
	"baseline_total_count" integer NOT NULL,
	"baseline_total_value" bigint NOT NULL,
	"priority" boolean NOT NULL,
	"priority_score" integer NOT NULL,
	"commissioning_plan_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_people" (
	"id" uuid PRIMARY KEY NOT NULL,
	"participant_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"position" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_programmes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"search_name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"operator_institution_id" uuid,
	"target_jsts" integer NOT NULL,
	"target_people" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pes_initiatives" ADD COLUMN "planned_commission_id" uuid;--> statement-breakpoint
ALTER TABLE "person_survey_invitations" ADD CONSTRAINT "person_survey_invitations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_survey_invitations" ADD CONSTRAINT "person_survey_invitations_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_period_summaries" ADD CONSTRAINT "cooperation_period_summaries_jst_institution_id_institutions_id_fk" FOREIGN KEY ("jst_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_period_summary_reads" ADD CONSTRAINT "cooperation_period_summary_reads_summary_id_cooperation_period_summaries_id_fk" FOREIGN KEY ("summary_id") REFERENCES "public"."cooperation_period_summaries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_period_summary_reads" ADD CONSTRAINT "cooperation_period_summary_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_candidates" ADD CONSTRAINT "pilot_candidates_pilot_id_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."pilots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_candidates" ADD CONSTRAINT "pilot_candidates_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_candidates" ADD CONSTRAINT "pilot_candidates_owes_recommended_by_id_institutions_id_fk" FOREIGN KEY ("owes_recommended_by_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_caretakers" ADD CONSTRAINT "pilot_caretakers_pilot_id_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."pilots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_caretakers" ADD CONSTRAINT "pilot_caretakers_candidate_id_pilot_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."pilot_candidates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_caretakers" ADD CONSTRAINT "pilot_caretakers_expert_id_pilot_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."pilot_experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_experts" ADD CONSTRAINT "pilot_experts_pilot_id_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."pilots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_experts" ADD CONSTRAINT "pilot_experts_nominated_by_institution_id_institutions_id_fk" FOREIGN KEY ("nominated_by_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_outcome_assessments" ADD CONSTRAINT "pilot_outcome_assessments_pilot_id_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."pilots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_outcome_assessments" ADD CONSTRAINT "pilot_outcome_assessments_candidate_id_pilot_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."pilot_candidates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_outcome_assessments" ADD CONSTRAINT "pilot_outcome_assessments_assessor_user_id_users_id_fk" FOREIGN KEY ("assessor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_quality_reviews" ADD CONSTRAINT "pilot_quality_reviews_pilot_id_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."pilots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_quality_reviews" ADD CONSTRAINT "pilot_quality_reviews_expert_id_pilot_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."pilot_experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_quality_reviews" ADD CONSTRAINT "pilot_quality_reviews_reviewer_user_id_users_id_fk" FOREIGN KEY ("reviewer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_site_reports" ADD CONSTRAINT "pilot_site_reports_pilot_id_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."pilots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_site_reports" ADD CONSTRAINT "pilot_site_reports_candidate_id_pilot_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."pilot_candidates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_site_reports" ADD CONSTRAINT "pilot_site_reports_filed_by_user_id_users_id_fk" FOREIGN KEY ("filed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_organiser_institution_id_institutions_id_fk" FOREIGN KEY ("organiser_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_quality_specialist_user_id_users_id_fk" FOREIGN KEY ("quality_specialist_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_learning_expert_user_id_users_id_fk" FOREIGN KEY ("learning_expert_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparation_programmes" ADD CONSTRAINT "preparation_programmes_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparation_programmes" ADD CONSTRAINT "preparation_programmes_territory_code_territorial_units_code_fk" FOREIGN KEY ("territory_code") REFERENCES "public"."territorial_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_matches" ADD CONSTRAINT "programme_matches_programme_id_preparation_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."preparation_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_matches" ADD CONSTRAINT "programme_matches_participant_id_programme_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."programme_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_matches" ADD CONSTRAINT "programme_matches_staffing_need_id_staffing_needs_id_fk" FOREIGN KEY ("staffing_need_id") REFERENCES "public"."staffing_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_matches" ADD CONSTRAINT "programme_matches_provider_institution_id_institutions_id_fk" FOREIGN KEY ("provider_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participants" ADD CONSTRAINT "programme_participants_programme_id_preparation_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."preparation_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participants" ADD CONSTRAINT "programme_participants_qualification_obtained_id_qualifications_id_fk" FOREIGN KEY ("qualification_obtained_id") REFERENCES "public"."qualifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_advisory_sessions" ADD CONSTRAINT "training_advisory_sessions_programme_id_training_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_advisory_sessions" ADD CONSTRAINT "training_advisory_sessions_participant_id_training_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."training_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_edition_members" ADD CONSTRAINT "training_edition_members_edition_id_training_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."training_editions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_edition_members" ADD CONSTRAINT "training_edition_members_person_id_training_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."training_people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_study_visits" ADD CONSTRAINT "training_study_visits_programme_id_training_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_study_visits" ADD CONSTRAINT "training_study_visits_host_institution_id_institutions_id_fk" FOREIGN KEY ("host_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_editions" ADD CONSTRAINT "training_editions_programme_id_training_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_programme_id_training_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_jst_institution_id_institutions_id_fk" FOREIGN KEY ("jst_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_people" ADD CONSTRAINT "training_people_participant_id_training_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."training_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_programmes" ADD CONSTRAINT "training_programmes_operator_institution_id_institutions_id_fk" FOREIGN KEY ("operator_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "person_survey_invitations_code_idx" ON "person_survey_invitations" USING btree ("code_hash");--> statement-breakpoint
CREATE INDEX "person_survey_invitations_person_idx" ON "person_survey_invitations" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "person_survey_invitations_partnership_idx" ON "person_survey_invitations" USING btree ("partnership_id","milestone");--> statement-breakpoint
CREATE UNIQUE INDEX "cooperation_period_summaries_period_idx" ON "cooperation_period_summaries" USING btree ("jst_institution_id","year","quarter");--> statement-breakpoint
CREATE INDEX "cooperation_period_summary_reads_user_idx" ON "cooperation_period_summary_reads" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pilot_candidates_institution_idx" ON "pilot_candidates" USING btree ("pilot_id","institution_id");--> statement-breakpoint
CREATE INDEX "pilot_candidates_site_idx" ON "pilot_candidates" USING btree ("institution_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pilot_caretakers_expert_idx" ON "pilot_caretakers" USING btree ("expert_id");--> statement-breakpoint
CREATE INDEX "pilot_caretakers_candidate_idx" ON "pilot_caretakers" USING btree ("candidate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pilot_experts_email_idx" ON "pilot_experts" USING btree ("pilot_id","email");--> statement-breakpoint
CREATE INDEX "pilot_outcome_assessments_pilot_idx" ON "pilot_outcome_assessments" USING btree ("pilot_id");--> statement-breakpoint
CREATE INDEX "pilot_quality_reviews_pilot_idx" ON "pilot_quality_reviews" USING btree ("pilot_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pilot_site_reports_month_idx" ON "pilot_site_reports" USING btree ("candidate_id","month");--> statement-breakpoint
CREATE INDEX "pilot_site_reports_pilot_idx" ON "pilot_site_reports" USING btree ("pilot_id");--> statement-breakpoint
CREATE INDEX "pilots_organiser_idx" ON "pilots" USING btree ("organiser_institution_id");--> statement-breakpoint
CREATE INDEX "pilots_search_idx" ON "pilots" USING btree ("search_name");--> statement-breakpoint
CREATE INDEX "preparation_programmes_institution_idx" ON "preparation_programmes" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "preparation_programmes_kind_state_idx" ON "preparation_programmes" USING btree ("kind","state");--> statement-breakpoint
CREATE INDEX "programme_matches_participant_idx" ON "programme_matches" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "programme_matches_need_idx" ON "programme_matches" USING btree ("staffing_need_id","result");--> statement-breakpoint
CREATE INDEX "programme_matches_provider_idx" ON "programme_matches" USING btree ("provider_institution_id");--> statement-breakpoint
CREATE INDEX "programme_matches_programme_idx" ON "programme_matches" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "programme_participants_programme_idx" ON "programme_participants" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "training_advisory_sessions_programme_idx" ON "training_advisory_sessions" USING btree ("programme_id","held_on");--> statement-breakpoint
CREATE INDEX "training_advisory_sessions_participant_idx" ON "training_advisory_sessions" USING btree ("participant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_edition_members_uq" ON "training_edition_members" USING btree ("edition_id","person_id");--> statement-breakpoint
CREATE INDEX "training_edition_members_person_idx" ON "training_edition_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "training_study_visits_programme_idx" ON "training_study_visits" USING btree ("programme_id","visited_on");--> statement-breakpoint
CREATE INDEX "training_editions_programme_idx" ON "training_editions" USING btree ("programme_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "training_participants_jst_uq" ON "training_participants" USING btree ("programme_id","jst_institution_id");--> statement-breakpoint
CREATE INDEX "training_participants_order_idx" ON "training_participants" USING btree ("programme_id","priority_score","search_name");--> statement-breakpoint
CREATE INDEX "training_participants_voivodeship_idx" ON "training_participants" USING btree ("programme_id","voivodeship_code");--> statement-breakpoint
CREATE INDEX "training_participants_jst_idx" ON "training_participants" USING btree ("jst_institution_id");--> statement-breakpoint
CREATE INDEX "training_people_participant_idx" ON "training_people" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "training_programmes_name_idx" ON "training_programmes" USING btree ("search_name","id");--> statement-breakpoint
CREATE INDEX "training_programmes_operator_idx" ON "training_programmes" USING btree ("operator_institution_id");--> statement-breakpoint
ALTER TABLE "pes_initiatives" ADD CONSTRAINT "pes_initiatives_planned_commission_id_planned_commissions_id_fk" FOREIGN KEY ("planned_commission_id") REFERENCES "public"."planned_commissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pes_initiatives_commission_idx" ON "pes_initiatives" USING btree ("planned_commission_id");