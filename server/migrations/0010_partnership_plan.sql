CREATE TYPE "public"."budget_category" AS ENUM('supportServices', 'staff', 'materialAid', 'financialAid', 'training', 'management', 'coordination', 'other');--> statement-breakpoint
CREATE TYPE "public"."funding_source" AS ENUM('labourFund', 'socialAssistance', 'project', 'ownIncome', 'jst', 'stateBudget', 'euFunds', 'other');--> statement-breakpoint
CREATE TYPE "public"."pledge_status" AS ENUM('pledged', 'inUse', 'used', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."resource_kind" AS ENUM('staffTime', 'premises', 'equipment', 'it', 'volunteers', 'other');--> statement-breakpoint
CREATE TYPE "public"."plan_task_status" AS ENUM('todo', 'inProgress', 'done', 'blocked');--> statement-breakpoint
CREATE TYPE "public"."standard_principle" AS ENUM('jointGoals', 'mutualTrust', 'sharedResources', 'transparency', 'plannedTasks', 'jointMethods', 'individualApproach', 'goalFocus', 'flexibility', 'agreementRules');--> statement-breakpoint
CREATE TYPE "public"."support_instrument" AS ENUM('socialDiagnosis', 'socialWork', 'vocationalCounselling', 'psychologicalCounselling', 'legalCounselling', 'training', 'internship', 'institutionalHelp', 'materialHelp', 'financialHelp', 'other');--> statement-breakpoint
CREATE TABLE "partnership_budget_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"source" "funding_source" NOT NULL,
	"legal_basis" text NOT NULL,
	"category" "budget_category" NOT NULL,
	"description" text,
	"year" integer NOT NULL,
	"planned_grosze" bigint NOT NULL,
	"spent_grosze" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "partnership_budget_lines_amounts" CHECK ("partnership_budget_lines"."planned_grosze" >= 0 and "partnership_budget_lines"."spent_grosze" >= 0)
);
--> statement-breakpoint
CREATE TABLE "partnership_resource_pledges" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" "resource_kind" NOT NULL,
	"description" text NOT NULL,
	"quantity" numeric(14, 2) NOT NULL,
	"unit" text NOT NULL,
	"available_from" date,
	"available_to" date,
	"used_quantity" numeric(14, 2),
	"status" "pledge_status" DEFAULT 'pledged' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_goals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"text" text NOT NULL,
	"expected_result" text NOT NULL,
	"indicator" text,
	"target_value" numeric(14, 2),
	"unit" text,
	"baseline" numeric(14, 2),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_needs_assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"method" text NOT NULL,
	"findings" text NOT NULL,
	"member_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_own_standards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_principle_confirmations" (
	"partnership_id" uuid NOT NULL,
	"principle" "standard_principle" NOT NULL,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_by" uuid,
	"confirmed_by_name" text,
	CONSTRAINT "partnership_principle_confirmations_partnership_id_principle_pk" PRIMARY KEY("partnership_id","principle")
);
--> statement-breakpoint
CREATE TABLE "partnership_scope_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"instrument" "support_instrument" NOT NULL,
	"description" text,
	"statutory_basis" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_scope_providers" (
	"scope_item_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	CONSTRAINT "partnership_scope_providers_scope_item_id_member_id_pk" PRIMARY KEY("scope_item_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "partnership_target_groups" (
	"partnership_id" uuid PRIMARY KEY NOT NULL,
	"description" text NOT NULL,
	"planned_size" integer NOT NULL,
	"selection_criteria" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_task_dependencies" (
	"task_id" uuid NOT NULL,
	"depends_on_id" uuid NOT NULL,
	CONSTRAINT "partnership_task_dependencies_task_id_depends_on_id_pk" PRIMARY KEY("task_id","depends_on_id")
);
--> statement-breakpoint
CREATE TABLE "partnership_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"responsible_member_id" uuid,
	"starts_on" date,
	"due_on" date NOT NULL,
	"status" "plan_task_status" DEFAULT 'todo' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "partnership_budget_lines" ADD CONSTRAINT "partnership_budget_lines_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_budget_lines" ADD CONSTRAINT "partnership_budget_lines_member_id_partnership_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."partnership_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_resource_pledges" ADD CONSTRAINT "partnership_resource_pledges_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_resource_pledges" ADD CONSTRAINT "partnership_resource_pledges_member_id_partnership_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."partnership_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_goals" ADD CONSTRAINT "partnership_goals_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_needs_assessments" ADD CONSTRAINT "partnership_needs_assessments_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_needs_assessments" ADD CONSTRAINT "partnership_needs_assessments_member_id_partnership_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."partnership_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_own_standards" ADD CONSTRAINT "partnership_own_standards_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_principle_confirmations" ADD CONSTRAINT "partnership_principle_confirmations_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_scope_items" ADD CONSTRAINT "partnership_scope_items_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_scope_providers" ADD CONSTRAINT "partnership_scope_providers_scope_item_id_partnership_scope_items_id_fk" FOREIGN KEY ("scope_item_id") REFERENCES "public"."partnership_scope_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_scope_providers" ADD CONSTRAINT "partnership_scope_providers_member_id_partnership_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."partnership_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_target_groups" ADD CONSTRAINT "partnership_target_groups_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_task_dependencies" ADD CONSTRAINT "partnership_task_dependencies_task_id_partnership_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."partnership_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_task_dependencies" ADD CONSTRAINT "partnership_task_dependencies_depends_on_id_partnership_tasks_id_fk" FOREIGN KEY ("depends_on_id") REFERENCES "public"."partnership_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_tasks" ADD CONSTRAINT "partnership_tasks_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_tasks" ADD CONSTRAINT "partnership_tasks_responsible_member_id_partnership_members_id_fk" FOREIGN KEY ("responsible_member_id") REFERENCES "public"."partnership_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partnership_budget_lines_idx" ON "partnership_budget_lines" USING btree ("partnership_id","year","member_id");--> statement-breakpoint
CREATE INDEX "partnership_resource_pledges_idx" ON "partnership_resource_pledges" USING btree ("partnership_id","member_id");--> statement-breakpoint
CREATE INDEX "partnership_goals_idx" ON "partnership_goals" USING btree ("partnership_id","created_at");--> statement-breakpoint
CREATE INDEX "partnership_needs_assessments_idx" ON "partnership_needs_assessments" USING btree ("partnership_id","assessed_on");--> statement-breakpoint
CREATE INDEX "partnership_own_standards_idx" ON "partnership_own_standards" USING btree ("partnership_id","created_at");--> statement-breakpoint
CREATE INDEX "partnership_scope_items_idx" ON "partnership_scope_items" USING btree ("partnership_id","instrument");--> statement-breakpoint
CREATE INDEX "partnership_task_dependencies_on_idx" ON "partnership_task_dependencies" USING btree ("depends_on_id");--> statement-breakpoint
CREATE INDEX "partnership_tasks_idx" ON "partnership_tasks" USING btree ("partnership_id","due_on");--> statement-breakpoint
CREATE INDEX "partnership_tasks_responsible_idx" ON "partnership_tasks" USING btree ("responsible_member_id","status","due_on");