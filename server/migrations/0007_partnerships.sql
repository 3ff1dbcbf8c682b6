CREATE TYPE "public"."attendance_status" AS ENUM('present', 'absent', 'excused');--> statement-breakpoint
CREATE TYPE "public"."continuation_outcome" AS ENUM('continue', 'widen', 'end');--> statement-breakpoint
CREATE TYPE "public"."decision_body" AS ENUM('managementBody', 'heads', 'coordinationTeam');--> statement-breakpoint
CREATE TYPE "public"."lifecycle_action" AS ENUM('completed', 'reopened');--> statement-breakpoint
CREATE TYPE "public"."coalition_role" AS ENUM('jst1', 'jst2', 'owes', 'cisKis', 'pes1', 'pes2', 'pes3', 'ops', 'pcpr', 'pup');--> statement-breakpoint
CREATE TYPE "public"."contact_level" AS ENUM('heads', 'coordination', 'specialists');--> statement-breakpoint
CREATE TYPE "public"."lifecycle_step" AS ENUM('leaderEmerged', 'partnersAcquired', 'rulesAgreed', 'agreementSigned', 'targetGroupAssessed', 'serviceScopeDefined', 'actionPlanWritten', 'resourcesSecured', 'jointActionsMonitored', 'evaluated', 'continuationDecided');--> statement-breakpoint
CREATE TYPE "public"."partnership_kind" AS ENUM('integrationPartnership', 'socialEmploymentCoalition', 'partnerTeam', 'jstConsortium');--> statement-breakpoint
CREATE TYPE "public"."partnership_role" AS ENUM('leader', 'coordinator', 'implementer', 'member');--> statement-breakpoint
CREATE TYPE "public"."partnership_status" AS ENUM('active', 'closed');--> statement-breakpoint
CREATE TABLE "partnership_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"body" "decision_body" NOT NULL,
	"summary" text NOT NULL,
	"decided_on" date NOT NULL,
	"meeting_id" uuid,
	"source_document" text,
	"lifecycle_step" "lifecycle_step",
	"recorded_by" uuid,
	"recorded_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_lifecycle_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"cycle" integer NOT NULL,
	"step" "lifecycle_step" NOT NULL,
	"action" "lifecycle_action" NOT NULL,
	"note" text,
	"decision_id" uuid,
	"evaluation" jsonb,
	"outcome" "continuation_outcome",
	"reason" text,
	"actor_user_id" uuid,
	"actor_name" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_meeting_attendance" (
	"meeting_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"status" "attendance_status" NOT NULL,
	"representative" text,
	CONSTRAINT "partnership_meeting_attendance_meeting_id_member_id_pk" PRIMARY KEY("meeting_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "partnership_meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"place" text,
	"online_url" text,
	"agenda" text NOT NULL,
	"minutes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_areas" (
	"partnership_id" uuid NOT NULL,
	"territory_code" text NOT NULL,
	CONSTRAINT "partnership_areas_partnership_id_territory_code_pk" PRIMARY KEY("partnership_id","territory_code")
);
--> statement-breakpoint
CREATE TABLE "partnership_contacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"level" "contact_level" NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"position" text,
	"email" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_leader_terms" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_by_name" text,
	"ended_at" timestamp with time zone,
	"ended_by_name" text,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "partnership_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"role" "partnership_role" NOT NULL,
	"in_management_body" boolean DEFAULT true NOT NULL,
	"coalition_role" "coalition_role",
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"joined_by" uuid,
	"left_at" timestamp with time zone,
	"left_by" uuid,
	"leave_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnerships" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"search_name" text NOT NULL,
	"kind" "partnership_kind" NOT NULL,
	"description" text,
	"status" "partnership_status" DEFAULT 'active' NOT NULL,
	"current_step" "lifecycle_step" DEFAULT 'leaderEmerged' NOT NULL,
	"cycle" integer DEFAULT 1 NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "partnership_decisions" ADD CONSTRAINT "partnership_decisions_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_decisions" ADD CONSTRAINT "partnership_decisions_meeting_id_partnership_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."partnership_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_lifecycle_events" ADD CONSTRAINT "partnership_lifecycle_events_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_lifecycle_events" ADD CONSTRAINT "partnership_lifecycle_events_decision_id_partnership_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."partnership_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_meeting_attendance" ADD CONSTRAINT "partnership_meeting_attendance_meeting_id_partnership_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."partnership_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_meeting_attendance" ADD CONSTRAINT "partnership_meeting_attendance_member_id_partnership_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."partnership_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_meetings" ADD CONSTRAINT "partnership_meetings_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_areas" ADD CONSTRAINT "partnership_areas_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_areas" ADD CONSTRAINT "partnership_areas_territory_code_territorial_units_code_fk" FOREIGN KEY ("territory_code") REFERENCES "public"."territorial_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_contacts" ADD CONSTRAINT "partnership_contacts_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_contacts" ADD CONSTRAINT "partnership_contacts_member_id_partnership_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."partnership_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_contacts" ADD CONSTRAINT "partnership_contacts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_leader_terms" ADD CONSTRAINT "partnership_leader_terms_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_leader_terms" ADD CONSTRAINT "partnership_leader_terms_member_id_partnership_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."partnership_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_members" ADD CONSTRAINT "partnership_members_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_members" ADD CONSTRAINT "partnership_members_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partnership_decisions_idx" ON "partnership_decisions" USING btree ("partnership_id","decided_on");--> statement-breakpoint
CREATE INDEX "partnership_lifecycle_events_idx" ON "partnership_lifecycle_events" USING btree ("partnership_id","cycle","occurred_at");--> statement-breakpoint
CREATE INDEX "partnership_meetings_idx" ON "partnership_meetings" USING btree ("partnership_id","starts_at");--> statement-breakpoint
CREATE INDEX "partnership_areas_territory_idx" ON "partnership_areas" USING btree ("territory_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "partnership_contacts_idx" ON "partnership_contacts" USING btree ("partnership_id","member_id");--> statement-breakpoint
CREATE INDEX "partnership_leader_terms_idx" ON "partnership_leader_terms" USING btree ("partnership_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_members_active_idx" ON "partnership_members" USING btree ("partnership_id","institution_id") WHERE "partnership_members"."left_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_members_leader_idx" ON "partnership_members" USING btree ("partnership_id") WHERE "partnership_members"."role" = 'leader' and "partnership_members"."left_at" is null;--> statement-breakpoint
CREATE INDEX "partnership_members_institution_idx" ON "partnership_members" USING btree ("institution_id","left_at");--> statement-breakpoint
CREATE INDEX "partnerships_name_idx" ON "partnerships" USING btree ("search_name","id");--> statement-breakpoint
CREATE INDEX "partnerships_kind_idx" ON "partnerships" USING btree ("kind","search_name");--> statement-breakpoint
CREATE INDEX "partnerships_step_idx" ON "partnerships" USING btree ("current_step","search_name");--> statement-breakpoint
CREATE INDEX "partnerships_updated_idx" ON "partnerships" USING btree ("updated_at","id");