import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_review_events_action" ADD VALUE 'publish' BEFORE 'reset_by_edit';
  ALTER TYPE "public"."enum_review_events_action" ADD VALUE 'unpublish' BEFORE 'reset_by_edit';
  ALTER TYPE "public"."enum_review_events_action" ADD VALUE 'publish_refused' BEFORE 'reset_by_edit';
  CREATE TABLE "review_states_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  ALTER TABLE "review_states" ADD COLUMN "stage_entered_at" timestamp(3) with time zone;
  ALTER TABLE "review_states" ADD COLUMN "approved_by_id" integer;
  ALTER TABLE "review_states" ADD COLUMN "approved_at" timestamp(3) with time zone;
  ALTER TABLE "review_states" ADD COLUMN "approved_version_id" varchar;
  ALTER TABLE "review_states" ADD COLUMN "approved_fingerprint" varchar;
  ALTER TABLE "review_states_rels" ADD CONSTRAINT "review_states_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_states"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_states_rels" ADD CONSTRAINT "review_states_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "review_states_rels_order_idx" ON "review_states_rels" USING btree ("order");
  CREATE INDEX "review_states_rels_parent_idx" ON "review_states_rels" USING btree ("parent_id");
  CREATE INDEX "review_states_rels_path_idx" ON "review_states_rels" USING btree ("path");
  CREATE INDEX "review_states_rels_users_id_idx" ON "review_states_rels" USING btree ("users_id");
  ALTER TABLE "review_states" ADD CONSTRAINT "review_states_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "review_states_approved_by_idx" ON "review_states" USING btree ("approved_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_states_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_states_rels" CASCADE;
  ALTER TABLE "review_states" DROP CONSTRAINT "review_states_approved_by_id_users_id_fk";
  
  ALTER TABLE "review_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_events_action";
  CREATE TYPE "public"."enum_review_events_action" AS ENUM('submit', 'withdraw', 'approve', 'request_changes', 'reset_by_edit');
  ALTER TABLE "review_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_review_events_action" USING "action"::"public"."enum_review_events_action";
  DROP INDEX "review_states_approved_by_idx";
  ALTER TABLE "review_states" DROP COLUMN "stage_entered_at";
  ALTER TABLE "review_states" DROP COLUMN "approved_by_id";
  ALTER TABLE "review_states" DROP COLUMN "approved_at";
  ALTER TABLE "review_states" DROP COLUMN "approved_version_id";
  ALTER TABLE "review_states" DROP COLUMN "approved_fingerprint";`)
}
