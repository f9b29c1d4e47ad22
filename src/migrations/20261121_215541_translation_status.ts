import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_translation_states_document_collection" AS ENUM('articles', 'conditions', 'treatment-methods', 'contraindications');
  CREATE TYPE "public"."enum_translation_states_locale" AS ENUM('en', 'th');
  CREATE TYPE "public"."enum_translation_states_status" AS ENUM('missing', 'in_progress', 'translated', 'outdated');
  CREATE TABLE "translation_states" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_collection" "enum_translation_states_document_collection" NOT NULL,
  	"document_id" numeric NOT NULL,
  	"locale" "enum_translation_states_locale" NOT NULL,
  	"status" "enum_translation_states_status" NOT NULL,
  	"total" numeric DEFAULT 0 NOT NULL,
  	"translated" numeric DEFAULT 0 NOT NULL,
  	"outdated" numeric DEFAULT 0 NOT NULL,
  	"missing" numeric DEFAULT 0 NOT NULL,
  	"outdated_paths" jsonb,
  	"fields" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "translation_states_id" integer;
  CREATE INDEX "translation_states_status_idx" ON "translation_states" USING btree ("status");
  CREATE INDEX "translation_states_updated_at_idx" ON "translation_states" USING btree ("updated_at");
  CREATE INDEX "translation_states_created_at_idx" ON "translation_states" USING btree ("created_at");
  CREATE UNIQUE INDEX "documentCollection_documentId_locale_1_idx" ON "translation_states" USING btree ("document_collection","document_id","locale");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_translation_states_fk" FOREIGN KEY ("translation_states_id") REFERENCES "public"."translation_states"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_translation_states_id_idx" ON "payload_locked_documents_rels" USING btree ("translation_states_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "translation_states" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "translation_states" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_translation_states_fk";
  
  DROP INDEX "payload_locked_documents_rels_translation_states_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "translation_states_id";
  DROP TYPE "public"."enum_translation_states_document_collection";
  DROP TYPE "public"."enum_translation_states_locale";
  DROP TYPE "public"."enum_translation_states_status";`)
}
