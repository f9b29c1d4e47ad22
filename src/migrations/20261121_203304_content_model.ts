import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_published_locale" AS ENUM('en', 'th');
  CREATE TYPE "public"."enum_conditions_body_regions" AS ENUM('lower-back', 'upper-back', 'neck', 'shoulder', 'hip', 'leg', 'knee', 'head-jaw', 'whole-body');
  CREATE TYPE "public"."enum_conditions_acupoint_regions" AS ENUM('back-of-knee', 'feet', 'lumbosacral', 'hands', 'hips', 'abdomen', 'head', 'neck', 'shoulders', 'upper-back');
  CREATE TYPE "public"."enum_conditions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__conditions_v_version_body_regions" AS ENUM('lower-back', 'upper-back', 'neck', 'shoulder', 'hip', 'leg', 'knee', 'head-jaw', 'whole-body');
  CREATE TYPE "public"."enum__conditions_v_version_acupoint_regions" AS ENUM('back-of-knee', 'feet', 'lumbosacral', 'hands', 'hips', 'abdomen', 'head', 'neck', 'shoulders', 'upper-back');
  CREATE TYPE "public"."enum__conditions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__conditions_v_published_locale" AS ENUM('en', 'th');
  CREATE TYPE "public"."enum_treatment_methods_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__treatment_methods_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__treatment_methods_v_published_locale" AS ENUM('en', 'th');
  CREATE TYPE "public"."enum_contraindications_severity" AS ENUM('absolute', 'relative');
  CREATE TYPE "public"."enum_contraindications_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__contraindications_v_version_severity" AS ENUM('absolute', 'relative');
  CREATE TYPE "public"."enum__contraindications_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__contraindications_v_published_locale" AS ENUM('en', 'th');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_clinic_profile_opening_hours_day" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_clinic_profile_languages_spoken" AS ENUM('th', 'en', 'zh', 'ja');
  CREATE TABLE "articles_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"publisher" varchar,
  	"year" numeric,
  	"url" varchar
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"hero_image_id" integer,
  	"author_id" integer,
  	"medical_review_reviewed_by_id" integer,
  	"medical_review_reviewer_name" varchar,
  	"medical_review_last_reviewed_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_locales" (
  	"title" varchar,
  	"excerpt" varchar,
  	"body" jsonb,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"disclaimer" varchar,
  	"reading_time_minutes" numeric,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer,
  	"treatment_methods_id" integer,
  	"contraindications_id" integer
  );
  
  CREATE TABLE "_articles_v_version_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"publisher" varchar,
  	"year" numeric,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_hero_image_id" integer,
  	"version_author_id" integer,
  	"version_medical_review_reviewed_by_id" integer,
  	"version_medical_review_reviewer_name" varchar,
  	"version_medical_review_last_reviewed_at" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__articles_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_articles_v_locales" (
  	"version_title" varchar,
  	"version_excerpt" varchar,
  	"version_body" jsonb,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"version_disclaimer" varchar,
  	"version_reading_time_minutes" numeric,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer,
  	"treatment_methods_id" integer,
  	"contraindications_id" integer
  );
  
  CREATE TABLE "conditions_body_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_conditions_body_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "conditions_symptoms" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "conditions_common_causes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "conditions_acupoint_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_conditions_acupoint_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "conditions_red_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "conditions_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"publisher" varchar,
  	"year" numeric,
  	"url" varchar
  );
  
  CREATE TABLE "conditions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"typical_course_acute_sessions_min" numeric,
  	"typical_course_acute_sessions_max" numeric,
  	"typical_course_chronic_sessions_min" numeric,
  	"typical_course_chronic_sessions_max" numeric,
  	"typical_course_review_after_weeks" numeric,
  	"medical_review_reviewed_by_id" integer,
  	"medical_review_reviewer_name" varchar,
  	"medical_review_last_reviewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_conditions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "conditions_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"typical_course_notes" varchar,
  	"disclaimer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "conditions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"treatment_methods_id" integer
  );
  
  CREATE TABLE "_conditions_v_version_body_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__conditions_v_version_body_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_conditions_v_version_symptoms" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_conditions_v_version_common_causes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_conditions_v_version_acupoint_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__conditions_v_version_acupoint_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_conditions_v_version_red_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_conditions_v_version_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"publisher" varchar,
  	"year" numeric,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_conditions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_typical_course_acute_sessions_min" numeric,
  	"version_typical_course_acute_sessions_max" numeric,
  	"version_typical_course_chronic_sessions_min" numeric,
  	"version_typical_course_chronic_sessions_max" numeric,
  	"version_typical_course_review_after_weeks" numeric,
  	"version_medical_review_reviewed_by_id" integer,
  	"version_medical_review_reviewer_name" varchar,
  	"version_medical_review_last_reviewed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__conditions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__conditions_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_conditions_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_typical_course_notes" varchar,
  	"version_disclaimer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_conditions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"treatment_methods_id" integer
  );
  
  CREATE TABLE "sensations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "treatment_methods_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"publisher" varchar,
  	"year" numeric,
  	"url" varchar
  );
  
  CREATE TABLE "treatment_methods" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"session_length_minutes_min" numeric,
  	"session_length_minutes_max" numeric,
  	"medical_review_reviewed_by_id" integer,
  	"medical_review_reviewer_name" varchar,
  	"medical_review_last_reviewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_treatment_methods_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "treatment_methods_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"how_it_is_performed" jsonb,
  	"disclaimer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "treatment_methods_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"contraindications_id" integer,
  	"treatment_methods_id" integer
  );
  
  CREATE TABLE "_sensations_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_treatment_methods_v_version_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"publisher" varchar,
  	"year" numeric,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_treatment_methods_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_session_length_minutes_min" numeric,
  	"version_session_length_minutes_max" numeric,
  	"version_medical_review_reviewed_by_id" integer,
  	"version_medical_review_reviewer_name" varchar,
  	"version_medical_review_last_reviewed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__treatment_methods_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__treatment_methods_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_treatment_methods_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_how_it_is_performed" jsonb,
  	"version_disclaimer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_treatment_methods_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"contraindications_id" integer,
  	"treatment_methods_id" integer
  );
  
  CREATE TABLE "contraindications_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"publisher" varchar,
  	"year" numeric,
  	"url" varchar
  );
  
  CREATE TABLE "contraindications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"severity" "enum_contraindications_severity",
  	"medical_review_reviewed_by_id" integer,
  	"medical_review_reviewer_name" varchar,
  	"medical_review_last_reviewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_contraindications_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "contraindications_locales" (
  	"name" varchar,
  	"description" varchar,
  	"who_it_concerns" varchar,
  	"advice" varchar,
  	"disclaimer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_contraindications_v_version_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"publisher" varchar,
  	"year" numeric,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_contraindications_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_severity" "enum__contraindications_v_version_severity",
  	"version_medical_review_reviewed_by_id" integer,
  	"version_medical_review_reviewer_name" varchar,
  	"version_medical_review_last_reviewed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__contraindications_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__contraindications_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_contraindications_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"version_who_it_concerns" varchar,
  	"version_advice" varchar,
  	"version_disclaimer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "clinic_profile_opening_hours_intervals" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"opens" varchar NOT NULL,
  	"closes" varchar NOT NULL
  );
  
  CREATE TABLE "clinic_profile_opening_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"day" "enum_clinic_profile_opening_hours_day" NOT NULL
  );
  
  CREATE TABLE "clinic_profile_exceptions_intervals" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"opens" varchar,
  	"closes" varchar
  );
  
  CREATE TABLE "clinic_profile_exceptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"closed" boolean DEFAULT true
  );
  
  CREATE TABLE "clinic_profile_exceptions_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "clinic_profile_languages_spoken" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_clinic_profile_languages_spoken",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "clinic_profile" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"address_postal_code" varchar,
  	"geo_lat" numeric,
  	"geo_lng" numeric,
  	"time_zone" varchar DEFAULT 'Asia/Bangkok',
  	"contact_phone" varchar,
  	"contact_line_id" varchar,
  	"contact_whatsapp" varchar,
  	"contact_email" varchar,
  	"contact_website" varchar,
  	"contact_booking_url" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "clinic_profile_locales" (
  	"name" varchar,
  	"tagline" varchar,
  	"description" varchar,
  	"address_street" varchar,
  	"address_district" varchar,
  	"address_city" varchar,
  	"address_province" varchar,
  	"address_country" varchar,
  	"licensing_statement" varchar,
  	"safety_disclaimer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "clinic_profile_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"treatment_methods_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "articles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "conditions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "treatment_methods_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contraindications_id" integer;
  ALTER TABLE "articles_references" ADD CONSTRAINT "articles_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_medical_review_reviewed_by_id_users_id_fk" FOREIGN KEY ("medical_review_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_treatment_methods_fk" FOREIGN KEY ("treatment_methods_id") REFERENCES "public"."treatment_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_contraindications_fk" FOREIGN KEY ("contraindications_id") REFERENCES "public"."contraindications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_references" ADD CONSTRAINT "_articles_v_version_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_medical_review_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_medical_review_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_treatment_methods_fk" FOREIGN KEY ("treatment_methods_id") REFERENCES "public"."treatment_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_contraindications_fk" FOREIGN KEY ("contraindications_id") REFERENCES "public"."contraindications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_body_regions" ADD CONSTRAINT "conditions_body_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_symptoms" ADD CONSTRAINT "conditions_symptoms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_common_causes" ADD CONSTRAINT "conditions_common_causes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_acupoint_regions" ADD CONSTRAINT "conditions_acupoint_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_red_flags" ADD CONSTRAINT "conditions_red_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_references" ADD CONSTRAINT "conditions_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions" ADD CONSTRAINT "conditions_medical_review_reviewed_by_id_users_id_fk" FOREIGN KEY ("medical_review_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conditions_locales" ADD CONSTRAINT "conditions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_rels" ADD CONSTRAINT "conditions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_rels" ADD CONSTRAINT "conditions_rels_treatment_methods_fk" FOREIGN KEY ("treatment_methods_id") REFERENCES "public"."treatment_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_body_regions" ADD CONSTRAINT "_conditions_v_version_body_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_symptoms" ADD CONSTRAINT "_conditions_v_version_symptoms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_common_causes" ADD CONSTRAINT "_conditions_v_version_common_causes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_acupoint_regions" ADD CONSTRAINT "_conditions_v_version_acupoint_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_red_flags" ADD CONSTRAINT "_conditions_v_version_red_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_references" ADD CONSTRAINT "_conditions_v_version_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v" ADD CONSTRAINT "_conditions_v_parent_id_conditions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conditions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v" ADD CONSTRAINT "_conditions_v_version_medical_review_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_medical_review_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v_locales" ADD CONSTRAINT "_conditions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_rels" ADD CONSTRAINT "_conditions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_rels" ADD CONSTRAINT "_conditions_v_rels_treatment_methods_fk" FOREIGN KEY ("treatment_methods_id") REFERENCES "public"."treatment_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sensations" ADD CONSTRAINT "sensations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."treatment_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatment_methods_references" ADD CONSTRAINT "treatment_methods_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."treatment_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatment_methods" ADD CONSTRAINT "treatment_methods_medical_review_reviewed_by_id_users_id_fk" FOREIGN KEY ("medical_review_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "treatment_methods_locales" ADD CONSTRAINT "treatment_methods_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."treatment_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatment_methods_rels" ADD CONSTRAINT "treatment_methods_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."treatment_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatment_methods_rels" ADD CONSTRAINT "treatment_methods_rels_contraindications_fk" FOREIGN KEY ("contraindications_id") REFERENCES "public"."contraindications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatment_methods_rels" ADD CONSTRAINT "treatment_methods_rels_treatment_methods_fk" FOREIGN KEY ("treatment_methods_id") REFERENCES "public"."treatment_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sensations_v" ADD CONSTRAINT "_sensations_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_treatment_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatment_methods_v_version_references" ADD CONSTRAINT "_treatment_methods_v_version_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_treatment_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatment_methods_v" ADD CONSTRAINT "_treatment_methods_v_parent_id_treatment_methods_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."treatment_methods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatment_methods_v" ADD CONSTRAINT "_treatment_methods_v_version_medical_review_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_medical_review_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatment_methods_v_locales" ADD CONSTRAINT "_treatment_methods_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_treatment_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatment_methods_v_rels" ADD CONSTRAINT "_treatment_methods_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_treatment_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatment_methods_v_rels" ADD CONSTRAINT "_treatment_methods_v_rels_contraindications_fk" FOREIGN KEY ("contraindications_id") REFERENCES "public"."contraindications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatment_methods_v_rels" ADD CONSTRAINT "_treatment_methods_v_rels_treatment_methods_fk" FOREIGN KEY ("treatment_methods_id") REFERENCES "public"."treatment_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contraindications_references" ADD CONSTRAINT "contraindications_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contraindications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contraindications" ADD CONSTRAINT "contraindications_medical_review_reviewed_by_id_users_id_fk" FOREIGN KEY ("medical_review_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contraindications_locales" ADD CONSTRAINT "contraindications_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contraindications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contraindications_v_version_references" ADD CONSTRAINT "_contraindications_v_version_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contraindications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contraindications_v" ADD CONSTRAINT "_contraindications_v_parent_id_contraindications_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contraindications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contraindications_v" ADD CONSTRAINT "_contraindications_v_version_medical_review_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_medical_review_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contraindications_v_locales" ADD CONSTRAINT "_contraindications_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contraindications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_profile_opening_hours_intervals" ADD CONSTRAINT "clinic_profile_opening_hours_intervals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clinic_profile_opening_hours"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_profile_opening_hours" ADD CONSTRAINT "clinic_profile_opening_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clinic_profile"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_profile_exceptions_intervals" ADD CONSTRAINT "clinic_profile_exceptions_intervals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clinic_profile_exceptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_profile_exceptions" ADD CONSTRAINT "clinic_profile_exceptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clinic_profile"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_profile_exceptions_locales" ADD CONSTRAINT "clinic_profile_exceptions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clinic_profile_exceptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_profile_languages_spoken" ADD CONSTRAINT "clinic_profile_languages_spoken_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."clinic_profile"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_profile_locales" ADD CONSTRAINT "clinic_profile_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clinic_profile"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_profile_rels" ADD CONSTRAINT "clinic_profile_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."clinic_profile"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_profile_rels" ADD CONSTRAINT "clinic_profile_rels_treatment_methods_fk" FOREIGN KEY ("treatment_methods_id") REFERENCES "public"."treatment_methods"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_references_order_idx" ON "articles_references" USING btree ("_order");
  CREATE INDEX "articles_references_parent_id_idx" ON "articles_references" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_hero_image_idx" ON "articles" USING btree ("hero_image_id");
  CREATE INDEX "articles_author_idx" ON "articles" USING btree ("author_id");
  CREATE INDEX "articles_medical_review_medical_review_reviewed_by_idx" ON "articles" USING btree ("medical_review_reviewed_by_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE UNIQUE INDEX "articles_locales_locale_parent_id_unique" ON "articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_conditions_id_idx" ON "articles_rels" USING btree ("conditions_id");
  CREATE INDEX "articles_rels_treatment_methods_id_idx" ON "articles_rels" USING btree ("treatment_methods_id");
  CREATE INDEX "articles_rels_contraindications_id_idx" ON "articles_rels" USING btree ("contraindications_id");
  CREATE INDEX "_articles_v_version_references_order_idx" ON "_articles_v_version_references" USING btree ("_order");
  CREATE INDEX "_articles_v_version_references_parent_id_idx" ON "_articles_v_version_references" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_hero_image_idx" ON "_articles_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_articles_v_version_version_author_idx" ON "_articles_v" USING btree ("version_author_id");
  CREATE INDEX "_articles_v_version_medical_review_version_medical_revie_idx" ON "_articles_v" USING btree ("version_medical_review_reviewed_by_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_snapshot_idx" ON "_articles_v" USING btree ("snapshot");
  CREATE INDEX "_articles_v_published_locale_idx" ON "_articles_v" USING btree ("published_locale");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_autosave_idx" ON "_articles_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_articles_v_locales_locale_parent_id_unique" ON "_articles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_conditions_id_idx" ON "_articles_v_rels" USING btree ("conditions_id");
  CREATE INDEX "_articles_v_rels_treatment_methods_id_idx" ON "_articles_v_rels" USING btree ("treatment_methods_id");
  CREATE INDEX "_articles_v_rels_contraindications_id_idx" ON "_articles_v_rels" USING btree ("contraindications_id");
  CREATE INDEX "conditions_body_regions_order_idx" ON "conditions_body_regions" USING btree ("order");
  CREATE INDEX "conditions_body_regions_parent_idx" ON "conditions_body_regions" USING btree ("parent_id");
  CREATE INDEX "conditions_symptoms_order_idx" ON "conditions_symptoms" USING btree ("_order");
  CREATE INDEX "conditions_symptoms_parent_id_idx" ON "conditions_symptoms" USING btree ("_parent_id");
  CREATE INDEX "conditions_symptoms_locale_idx" ON "conditions_symptoms" USING btree ("_locale");
  CREATE INDEX "conditions_common_causes_order_idx" ON "conditions_common_causes" USING btree ("_order");
  CREATE INDEX "conditions_common_causes_parent_id_idx" ON "conditions_common_causes" USING btree ("_parent_id");
  CREATE INDEX "conditions_common_causes_locale_idx" ON "conditions_common_causes" USING btree ("_locale");
  CREATE INDEX "conditions_acupoint_regions_order_idx" ON "conditions_acupoint_regions" USING btree ("order");
  CREATE INDEX "conditions_acupoint_regions_parent_idx" ON "conditions_acupoint_regions" USING btree ("parent_id");
  CREATE INDEX "conditions_red_flags_order_idx" ON "conditions_red_flags" USING btree ("_order");
  CREATE INDEX "conditions_red_flags_parent_id_idx" ON "conditions_red_flags" USING btree ("_parent_id");
  CREATE INDEX "conditions_red_flags_locale_idx" ON "conditions_red_flags" USING btree ("_locale");
  CREATE INDEX "conditions_references_order_idx" ON "conditions_references" USING btree ("_order");
  CREATE INDEX "conditions_references_parent_id_idx" ON "conditions_references" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "conditions_slug_idx" ON "conditions" USING btree ("slug");
  CREATE INDEX "conditions_medical_review_medical_review_reviewed_by_idx" ON "conditions" USING btree ("medical_review_reviewed_by_id");
  CREATE INDEX "conditions_updated_at_idx" ON "conditions" USING btree ("updated_at");
  CREATE INDEX "conditions_created_at_idx" ON "conditions" USING btree ("created_at");
  CREATE INDEX "conditions__status_idx" ON "conditions" USING btree ("_status");
  CREATE UNIQUE INDEX "conditions_locales_locale_parent_id_unique" ON "conditions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "conditions_rels_order_idx" ON "conditions_rels" USING btree ("order");
  CREATE INDEX "conditions_rels_parent_idx" ON "conditions_rels" USING btree ("parent_id");
  CREATE INDEX "conditions_rels_path_idx" ON "conditions_rels" USING btree ("path");
  CREATE INDEX "conditions_rels_treatment_methods_id_idx" ON "conditions_rels" USING btree ("treatment_methods_id");
  CREATE INDEX "_conditions_v_version_body_regions_order_idx" ON "_conditions_v_version_body_regions" USING btree ("order");
  CREATE INDEX "_conditions_v_version_body_regions_parent_idx" ON "_conditions_v_version_body_regions" USING btree ("parent_id");
  CREATE INDEX "_conditions_v_version_symptoms_order_idx" ON "_conditions_v_version_symptoms" USING btree ("_order");
  CREATE INDEX "_conditions_v_version_symptoms_parent_id_idx" ON "_conditions_v_version_symptoms" USING btree ("_parent_id");
  CREATE INDEX "_conditions_v_version_symptoms_locale_idx" ON "_conditions_v_version_symptoms" USING btree ("_locale");
  CREATE INDEX "_conditions_v_version_common_causes_order_idx" ON "_conditions_v_version_common_causes" USING btree ("_order");
  CREATE INDEX "_conditions_v_version_common_causes_parent_id_idx" ON "_conditions_v_version_common_causes" USING btree ("_parent_id");
  CREATE INDEX "_conditions_v_version_common_causes_locale_idx" ON "_conditions_v_version_common_causes" USING btree ("_locale");
  CREATE INDEX "_conditions_v_version_acupoint_regions_order_idx" ON "_conditions_v_version_acupoint_regions" USING btree ("order");
  CREATE INDEX "_conditions_v_version_acupoint_regions_parent_idx" ON "_conditions_v_version_acupoint_regions" USING btree ("parent_id");
  CREATE INDEX "_conditions_v_version_red_flags_order_idx" ON "_conditions_v_version_red_flags" USING btree ("_order");
  CREATE INDEX "_conditions_v_version_red_flags_parent_id_idx" ON "_conditions_v_version_red_flags" USING btree ("_parent_id");
  CREATE INDEX "_conditions_v_version_red_flags_locale_idx" ON "_conditions_v_version_red_flags" USING btree ("_locale");
  CREATE INDEX "_conditions_v_version_references_order_idx" ON "_conditions_v_version_references" USING btree ("_order");
  CREATE INDEX "_conditions_v_version_references_parent_id_idx" ON "_conditions_v_version_references" USING btree ("_parent_id");
  CREATE INDEX "_conditions_v_parent_idx" ON "_conditions_v" USING btree ("parent_id");
  CREATE INDEX "_conditions_v_version_version_slug_idx" ON "_conditions_v" USING btree ("version_slug");
  CREATE INDEX "_conditions_v_version_medical_review_version_medical_rev_idx" ON "_conditions_v" USING btree ("version_medical_review_reviewed_by_id");
  CREATE INDEX "_conditions_v_version_version_updated_at_idx" ON "_conditions_v" USING btree ("version_updated_at");
  CREATE INDEX "_conditions_v_version_version_created_at_idx" ON "_conditions_v" USING btree ("version_created_at");
  CREATE INDEX "_conditions_v_version_version__status_idx" ON "_conditions_v" USING btree ("version__status");
  CREATE INDEX "_conditions_v_created_at_idx" ON "_conditions_v" USING btree ("created_at");
  CREATE INDEX "_conditions_v_updated_at_idx" ON "_conditions_v" USING btree ("updated_at");
  CREATE INDEX "_conditions_v_snapshot_idx" ON "_conditions_v" USING btree ("snapshot");
  CREATE INDEX "_conditions_v_published_locale_idx" ON "_conditions_v" USING btree ("published_locale");
  CREATE INDEX "_conditions_v_latest_idx" ON "_conditions_v" USING btree ("latest");
  CREATE INDEX "_conditions_v_autosave_idx" ON "_conditions_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_conditions_v_locales_locale_parent_id_unique" ON "_conditions_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_conditions_v_rels_order_idx" ON "_conditions_v_rels" USING btree ("order");
  CREATE INDEX "_conditions_v_rels_parent_idx" ON "_conditions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_conditions_v_rels_path_idx" ON "_conditions_v_rels" USING btree ("path");
  CREATE INDEX "_conditions_v_rels_treatment_methods_id_idx" ON "_conditions_v_rels" USING btree ("treatment_methods_id");
  CREATE INDEX "sensations_order_idx" ON "sensations" USING btree ("_order");
  CREATE INDEX "sensations_parent_id_idx" ON "sensations" USING btree ("_parent_id");
  CREATE INDEX "sensations_locale_idx" ON "sensations" USING btree ("_locale");
  CREATE INDEX "treatment_methods_references_order_idx" ON "treatment_methods_references" USING btree ("_order");
  CREATE INDEX "treatment_methods_references_parent_id_idx" ON "treatment_methods_references" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "treatment_methods_slug_idx" ON "treatment_methods" USING btree ("slug");
  CREATE INDEX "treatment_methods_medical_review_medical_review_reviewed_idx" ON "treatment_methods" USING btree ("medical_review_reviewed_by_id");
  CREATE INDEX "treatment_methods_updated_at_idx" ON "treatment_methods" USING btree ("updated_at");
  CREATE INDEX "treatment_methods_created_at_idx" ON "treatment_methods" USING btree ("created_at");
  CREATE INDEX "treatment_methods__status_idx" ON "treatment_methods" USING btree ("_status");
  CREATE UNIQUE INDEX "treatment_methods_locales_locale_parent_id_unique" ON "treatment_methods_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "treatment_methods_rels_order_idx" ON "treatment_methods_rels" USING btree ("order");
  CREATE INDEX "treatment_methods_rels_parent_idx" ON "treatment_methods_rels" USING btree ("parent_id");
  CREATE INDEX "treatment_methods_rels_path_idx" ON "treatment_methods_rels" USING btree ("path");
  CREATE INDEX "treatment_methods_rels_contraindications_id_idx" ON "treatment_methods_rels" USING btree ("contraindications_id");
  CREATE INDEX "treatment_methods_rels_treatment_methods_id_idx" ON "treatment_methods_rels" USING btree ("treatment_methods_id");
  CREATE INDEX "_sensations_v_order_idx" ON "_sensations_v" USING btree ("_order");
  CREATE INDEX "_sensations_v_parent_id_idx" ON "_sensations_v" USING btree ("_parent_id");
  CREATE INDEX "_sensations_v_locale_idx" ON "_sensations_v" USING btree ("_locale");
  CREATE INDEX "_treatment_methods_v_version_references_order_idx" ON "_treatment_methods_v_version_references" USING btree ("_order");
  CREATE INDEX "_treatment_methods_v_version_references_parent_id_idx" ON "_treatment_methods_v_version_references" USING btree ("_parent_id");
  CREATE INDEX "_treatment_methods_v_parent_idx" ON "_treatment_methods_v" USING btree ("parent_id");
  CREATE INDEX "_treatment_methods_v_version_version_slug_idx" ON "_treatment_methods_v" USING btree ("version_slug");
  CREATE INDEX "_treatment_methods_v_version_medical_review_version_medi_idx" ON "_treatment_methods_v" USING btree ("version_medical_review_reviewed_by_id");
  CREATE INDEX "_treatment_methods_v_version_version_updated_at_idx" ON "_treatment_methods_v" USING btree ("version_updated_at");
  CREATE INDEX "_treatment_methods_v_version_version_created_at_idx" ON "_treatment_methods_v" USING btree ("version_created_at");
  CREATE INDEX "_treatment_methods_v_version_version__status_idx" ON "_treatment_methods_v" USING btree ("version__status");
  CREATE INDEX "_treatment_methods_v_created_at_idx" ON "_treatment_methods_v" USING btree ("created_at");
  CREATE INDEX "_treatment_methods_v_updated_at_idx" ON "_treatment_methods_v" USING btree ("updated_at");
  CREATE INDEX "_treatment_methods_v_snapshot_idx" ON "_treatment_methods_v" USING btree ("snapshot");
  CREATE INDEX "_treatment_methods_v_published_locale_idx" ON "_treatment_methods_v" USING btree ("published_locale");
  CREATE INDEX "_treatment_methods_v_latest_idx" ON "_treatment_methods_v" USING btree ("latest");
  CREATE INDEX "_treatment_methods_v_autosave_idx" ON "_treatment_methods_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_treatment_methods_v_locales_locale_parent_id_unique" ON "_treatment_methods_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_treatment_methods_v_rels_order_idx" ON "_treatment_methods_v_rels" USING btree ("order");
  CREATE INDEX "_treatment_methods_v_rels_parent_idx" ON "_treatment_methods_v_rels" USING btree ("parent_id");
  CREATE INDEX "_treatment_methods_v_rels_path_idx" ON "_treatment_methods_v_rels" USING btree ("path");
  CREATE INDEX "_treatment_methods_v_rels_contraindications_id_idx" ON "_treatment_methods_v_rels" USING btree ("contraindications_id");
  CREATE INDEX "_treatment_methods_v_rels_treatment_methods_id_idx" ON "_treatment_methods_v_rels" USING btree ("treatment_methods_id");
  CREATE INDEX "contraindications_references_order_idx" ON "contraindications_references" USING btree ("_order");
  CREATE INDEX "contraindications_references_parent_id_idx" ON "contraindications_references" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "contraindications_slug_idx" ON "contraindications" USING btree ("slug");
  CREATE INDEX "contraindications_medical_review_medical_review_reviewed_idx" ON "contraindications" USING btree ("medical_review_reviewed_by_id");
  CREATE INDEX "contraindications_updated_at_idx" ON "contraindications" USING btree ("updated_at");
  CREATE INDEX "contraindications_created_at_idx" ON "contraindications" USING btree ("created_at");
  CREATE INDEX "contraindications__status_idx" ON "contraindications" USING btree ("_status");
  CREATE UNIQUE INDEX "contraindications_locales_locale_parent_id_unique" ON "contraindications_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_contraindications_v_version_references_order_idx" ON "_contraindications_v_version_references" USING btree ("_order");
  CREATE INDEX "_contraindications_v_version_references_parent_id_idx" ON "_contraindications_v_version_references" USING btree ("_parent_id");
  CREATE INDEX "_contraindications_v_parent_idx" ON "_contraindications_v" USING btree ("parent_id");
  CREATE INDEX "_contraindications_v_version_version_slug_idx" ON "_contraindications_v" USING btree ("version_slug");
  CREATE INDEX "_contraindications_v_version_medical_review_version_medi_idx" ON "_contraindications_v" USING btree ("version_medical_review_reviewed_by_id");
  CREATE INDEX "_contraindications_v_version_version_updated_at_idx" ON "_contraindications_v" USING btree ("version_updated_at");
  CREATE INDEX "_contraindications_v_version_version_created_at_idx" ON "_contraindications_v" USING btree ("version_created_at");
  CREATE INDEX "_contraindications_v_version_version__status_idx" ON "_contraindications_v" USING btree ("version__status");
  CREATE INDEX "_contraindications_v_created_at_idx" ON "_contraindications_v" USING btree ("created_at");
  CREATE INDEX "_contraindications_v_updated_at_idx" ON "_contraindications_v" USING btree ("updated_at");
  CREATE INDEX "_contraindications_v_snapshot_idx" ON "_contraindications_v" USING btree ("snapshot");
  CREATE INDEX "_contraindications_v_published_locale_idx" ON "_contraindications_v" USING btree ("published_locale");
  CREATE INDEX "_contraindications_v_latest_idx" ON "_contraindications_v" USING btree ("latest");
  CREATE INDEX "_contraindications_v_autosave_idx" ON "_contraindications_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_contraindications_v_locales_locale_parent_id_unique" ON "_contraindications_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "clinic_profile_opening_hours_intervals_order_idx" ON "clinic_profile_opening_hours_intervals" USING btree ("_order");
  CREATE INDEX "clinic_profile_opening_hours_intervals_parent_id_idx" ON "clinic_profile_opening_hours_intervals" USING btree ("_parent_id");
  CREATE INDEX "clinic_profile_opening_hours_order_idx" ON "clinic_profile_opening_hours" USING btree ("_order");
  CREATE INDEX "clinic_profile_opening_hours_parent_id_idx" ON "clinic_profile_opening_hours" USING btree ("_parent_id");
  CREATE INDEX "clinic_profile_exceptions_intervals_order_idx" ON "clinic_profile_exceptions_intervals" USING btree ("_order");
  CREATE INDEX "clinic_profile_exceptions_intervals_parent_id_idx" ON "clinic_profile_exceptions_intervals" USING btree ("_parent_id");
  CREATE INDEX "clinic_profile_exceptions_order_idx" ON "clinic_profile_exceptions" USING btree ("_order");
  CREATE INDEX "clinic_profile_exceptions_parent_id_idx" ON "clinic_profile_exceptions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "clinic_profile_exceptions_locales_locale_parent_id_unique" ON "clinic_profile_exceptions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "clinic_profile_languages_spoken_order_idx" ON "clinic_profile_languages_spoken" USING btree ("order");
  CREATE INDEX "clinic_profile_languages_spoken_parent_idx" ON "clinic_profile_languages_spoken" USING btree ("parent_id");
  CREATE UNIQUE INDEX "clinic_profile_locales_locale_parent_id_unique" ON "clinic_profile_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "clinic_profile_rels_order_idx" ON "clinic_profile_rels" USING btree ("order");
  CREATE INDEX "clinic_profile_rels_parent_idx" ON "clinic_profile_rels" USING btree ("parent_id");
  CREATE INDEX "clinic_profile_rels_path_idx" ON "clinic_profile_rels" USING btree ("path");
  CREATE INDEX "clinic_profile_rels_treatment_methods_id_idx" ON "clinic_profile_rels" USING btree ("treatment_methods_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_treatment_methods_fk" FOREIGN KEY ("treatment_methods_id") REFERENCES "public"."treatment_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contraindications_fk" FOREIGN KEY ("contraindications_id") REFERENCES "public"."contraindications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_conditions_id_idx" ON "payload_locked_documents_rels" USING btree ("conditions_id");
  CREATE INDEX "payload_locked_documents_rels_treatment_methods_id_idx" ON "payload_locked_documents_rels" USING btree ("treatment_methods_id");
  CREATE INDEX "payload_locked_documents_rels_contraindications_id_idx" ON "payload_locked_documents_rels" USING btree ("contraindications_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_references" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_references" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conditions_body_regions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conditions_symptoms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conditions_common_causes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conditions_acupoint_regions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conditions_red_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conditions_references" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conditions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conditions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conditions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_conditions_v_version_body_regions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_conditions_v_version_symptoms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_conditions_v_version_common_causes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_conditions_v_version_acupoint_regions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_conditions_v_version_red_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_conditions_v_version_references" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_conditions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_conditions_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_conditions_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sensations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "treatment_methods_references" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "treatment_methods" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "treatment_methods_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "treatment_methods_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_sensations_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_treatment_methods_v_version_references" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_treatment_methods_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_treatment_methods_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_treatment_methods_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contraindications_references" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contraindications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contraindications_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contraindications_v_version_references" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contraindications_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contraindications_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "clinic_profile_opening_hours_intervals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "clinic_profile_opening_hours" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "clinic_profile_exceptions_intervals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "clinic_profile_exceptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "clinic_profile_exceptions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "clinic_profile_languages_spoken" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "clinic_profile" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "clinic_profile_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "clinic_profile_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles_references" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_locales" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_references" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_locales" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "conditions_body_regions" CASCADE;
  DROP TABLE "conditions_symptoms" CASCADE;
  DROP TABLE "conditions_common_causes" CASCADE;
  DROP TABLE "conditions_acupoint_regions" CASCADE;
  DROP TABLE "conditions_red_flags" CASCADE;
  DROP TABLE "conditions_references" CASCADE;
  DROP TABLE "conditions" CASCADE;
  DROP TABLE "conditions_locales" CASCADE;
  DROP TABLE "conditions_rels" CASCADE;
  DROP TABLE "_conditions_v_version_body_regions" CASCADE;
  DROP TABLE "_conditions_v_version_symptoms" CASCADE;
  DROP TABLE "_conditions_v_version_common_causes" CASCADE;
  DROP TABLE "_conditions_v_version_acupoint_regions" CASCADE;
  DROP TABLE "_conditions_v_version_red_flags" CASCADE;
  DROP TABLE "_conditions_v_version_references" CASCADE;
  DROP TABLE "_conditions_v" CASCADE;
  DROP TABLE "_conditions_v_locales" CASCADE;
  DROP TABLE "_conditions_v_rels" CASCADE;
  DROP TABLE "sensations" CASCADE;
  DROP TABLE "treatment_methods_references" CASCADE;
  DROP TABLE "treatment_methods" CASCADE;
  DROP TABLE "treatment_methods_locales" CASCADE;
  DROP TABLE "treatment_methods_rels" CASCADE;
  DROP TABLE "_sensations_v" CASCADE;
  DROP TABLE "_treatment_methods_v_version_references" CASCADE;
  DROP TABLE "_treatment_methods_v" CASCADE;
  DROP TABLE "_treatment_methods_v_locales" CASCADE;
  DROP TABLE "_treatment_methods_v_rels" CASCADE;
  DROP TABLE "contraindications_references" CASCADE;
  DROP TABLE "contraindications" CASCADE;
  DROP TABLE "contraindications_locales" CASCADE;
  DROP TABLE "_contraindications_v_version_references" CASCADE;
  DROP TABLE "_contraindications_v" CASCADE;
  DROP TABLE "_contraindications_v_locales" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "clinic_profile_opening_hours_intervals" CASCADE;
  DROP TABLE "clinic_profile_opening_hours" CASCADE;
  DROP TABLE "clinic_profile_exceptions_intervals" CASCADE;
  DROP TABLE "clinic_profile_exceptions" CASCADE;
  DROP TABLE "clinic_profile_exceptions_locales" CASCADE;
  DROP TABLE "clinic_profile_languages_spoken" CASCADE;
  DROP TABLE "clinic_profile" CASCADE;
  DROP TABLE "clinic_profile_locales" CASCADE;
  DROP TABLE "clinic_profile_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_articles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_conditions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_treatment_methods_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contraindications_fk";
  
  DROP INDEX "payload_locked_documents_rels_articles_id_idx";
  DROP INDEX "payload_locked_documents_rels_conditions_id_idx";
  DROP INDEX "payload_locked_documents_rels_treatment_methods_id_idx";
  DROP INDEX "payload_locked_documents_rels_contraindications_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "articles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "conditions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "treatment_methods_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contraindications_id";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum__articles_v_published_locale";
  DROP TYPE "public"."enum_conditions_body_regions";
  DROP TYPE "public"."enum_conditions_acupoint_regions";
  DROP TYPE "public"."enum_conditions_status";
  DROP TYPE "public"."enum__conditions_v_version_body_regions";
  DROP TYPE "public"."enum__conditions_v_version_acupoint_regions";
  DROP TYPE "public"."enum__conditions_v_version_status";
  DROP TYPE "public"."enum__conditions_v_published_locale";
  DROP TYPE "public"."enum_treatment_methods_status";
  DROP TYPE "public"."enum__treatment_methods_v_version_status";
  DROP TYPE "public"."enum__treatment_methods_v_published_locale";
  DROP TYPE "public"."enum_contraindications_severity";
  DROP TYPE "public"."enum_contraindications_status";
  DROP TYPE "public"."enum__contraindications_v_version_severity";
  DROP TYPE "public"."enum__contraindications_v_version_status";
  DROP TYPE "public"."enum__contraindications_v_published_locale";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_clinic_profile_opening_hours_day";
  DROP TYPE "public"."enum_clinic_profile_languages_spoken";`)
}
