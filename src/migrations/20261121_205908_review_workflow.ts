import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_review_states_document_collection" AS ENUM('articles', 'conditions', 'treatment-methods', 'contraindications');
  CREATE TYPE "public"."enum_review_states_locale" AS ENUM('en', 'th');
  CREATE TYPE "public"."enum_review_states_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_review_events_locale" AS ENUM('en', 'th');
  CREATE TYPE "public"."enum_review_events_action" AS ENUM('submit', 'withdraw', 'approve', 'request_changes', 'reset_by_edit');
  CREATE TYPE "public"."enum_review_events_from_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_review_events_to_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TABLE "review_states" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_collection" "enum_review_states_document_collection" NOT NULL,
  	"document_id" numeric NOT NULL,
  	"locale" "enum_review_states_locale" NOT NULL,
  	"stage" "enum_review_states_stage" DEFAULT 'draft' NOT NULL,
  	"submitted_by_id" integer,
  	"last_comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"locale" "enum_review_events_locale" NOT NULL,
  	"action" "enum_review_events_action" NOT NULL,
  	"from_stage" "enum_review_events_from_stage" NOT NULL,
  	"to_stage" "enum_review_events_to_stage" NOT NULL,
  	"comment" varchar,
  	"actor_id" integer,
  	"version_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"conditions_id" integer,
  	"treatment_methods_id" integer,
  	"contraindications_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_states_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_events_id" integer;
  ALTER TABLE "review_states" ADD CONSTRAINT "review_states_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_treatment_methods_fk" FOREIGN KEY ("treatment_methods_id") REFERENCES "public"."treatment_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_contraindications_fk" FOREIGN KEY ("contraindications_id") REFERENCES "public"."contraindications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "review_states_submitted_by_idx" ON "review_states" USING btree ("submitted_by_id");
  CREATE INDEX "review_states_updated_at_idx" ON "review_states" USING btree ("updated_at");
  CREATE INDEX "review_states_created_at_idx" ON "review_states" USING btree ("created_at");
  CREATE UNIQUE INDEX "documentCollection_documentId_locale_idx" ON "review_states" USING btree ("document_collection","document_id","locale");
  CREATE INDEX "review_events_actor_idx" ON "review_events" USING btree ("actor_id");
  CREATE INDEX "review_events_updated_at_idx" ON "review_events" USING btree ("updated_at");
  CREATE INDEX "review_events_created_at_idx" ON "review_events" USING btree ("created_at");
  CREATE INDEX "review_events_rels_order_idx" ON "review_events_rels" USING btree ("order");
  CREATE INDEX "review_events_rels_parent_idx" ON "review_events_rels" USING btree ("parent_id");
  CREATE INDEX "review_events_rels_path_idx" ON "review_events_rels" USING btree ("path");
  CREATE INDEX "review_events_rels_articles_id_idx" ON "review_events_rels" USING btree ("articles_id");
  CREATE INDEX "review_events_rels_conditions_id_idx" ON "review_events_rels" USING btree ("conditions_id");
  CREATE INDEX "review_events_rels_treatment_methods_id_idx" ON "review_events_rels" USING btree ("treatment_methods_id");
  CREATE INDEX "review_events_rels_contraindications_id_idx" ON "review_events_rels" USING btree ("contraindications_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_states_fk" FOREIGN KEY ("review_states_id") REFERENCES "public"."review_states"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_events_fk" FOREIGN KEY ("review_events_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_review_states_id_idx" ON "payload_locked_documents_rels" USING btree ("review_states_id");
  CREATE INDEX "payload_locked_documents_rels_review_events_id_idx" ON "payload_locked_documents_rels" USING btree ("review_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_states" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_events_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_states" CASCADE;
  DROP TABLE "review_events" CASCADE;
  DROP TABLE "review_events_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_states_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_review_states_id_idx";
  DROP INDEX "payload_locked_documents_rels_review_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_states_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_events_id";
  DROP TYPE "public"."enum_review_states_document_collection";
  DROP TYPE "public"."enum_review_states_locale";
  DROP TYPE "public"."enum_review_states_stage";
  DROP TYPE "public"."enum_review_events_locale";
  DROP TYPE "public"."enum_review_events_action";
  DROP TYPE "public"."enum_review_events_from_stage";
  DROP TYPE "public"."enum_review_events_to_stage";`)
}
