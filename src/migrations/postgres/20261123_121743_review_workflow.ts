import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "posts_waivers" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"sentence" varchar,
  	"note" varchar,
  	"waived_by_id" uuid,
  	"waived_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_posts_v_version_waivers" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"sentence" varchar,
  	"note" varchar,
  	"waived_by_id" uuid,
  	"waived_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "review_alerts" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"post_id" uuid NOT NULL,
  	"clinic_id" uuid,
  	"reason" varchar NOT NULL,
  	"reference_id" uuid,
  	"resolved_at" timestamp(3) with time zone,
  	"resolved_by_id" uuid,
  	"resolution_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "posts_rels" ADD COLUMN "users_id" uuid;
  ALTER TABLE "_posts_v_rels" ADD COLUMN "users_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_alerts_id" uuid;
  ALTER TABLE "posts_waivers" ADD CONSTRAINT "posts_waivers_waived_by_id_users_id_fk" FOREIGN KEY ("waived_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts_waivers" ADD CONSTRAINT "posts_waivers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_version_waivers" ADD CONSTRAINT "_posts_v_version_waivers_waived_by_id_users_id_fk" FOREIGN KEY ("waived_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v_version_waivers" ADD CONSTRAINT "_posts_v_version_waivers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_alerts" ADD CONSTRAINT "review_alerts_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_alerts" ADD CONSTRAINT "review_alerts_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_alerts" ADD CONSTRAINT "review_alerts_reference_id_references_id_fk" FOREIGN KEY ("reference_id") REFERENCES "public"."references"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_alerts" ADD CONSTRAINT "review_alerts_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "posts_waivers_order_idx" ON "posts_waivers" USING btree ("_order");
  CREATE INDEX "posts_waivers_parent_id_idx" ON "posts_waivers" USING btree ("_parent_id");
  CREATE INDEX "posts_waivers_waived_by_idx" ON "posts_waivers" USING btree ("waived_by_id");
  CREATE INDEX "_posts_v_version_waivers_order_idx" ON "_posts_v_version_waivers" USING btree ("_order");
  CREATE INDEX "_posts_v_version_waivers_parent_id_idx" ON "_posts_v_version_waivers" USING btree ("_parent_id");
  CREATE INDEX "_posts_v_version_waivers_waived_by_idx" ON "_posts_v_version_waivers" USING btree ("waived_by_id");
  CREATE INDEX "review_alerts_post_idx" ON "review_alerts" USING btree ("post_id");
  CREATE INDEX "review_alerts_clinic_idx" ON "review_alerts" USING btree ("clinic_id");
  CREATE INDEX "review_alerts_reference_idx" ON "review_alerts" USING btree ("reference_id");
  CREATE INDEX "review_alerts_resolved_at_idx" ON "review_alerts" USING btree ("resolved_at");
  CREATE INDEX "review_alerts_resolved_by_idx" ON "review_alerts" USING btree ("resolved_by_id");
  CREATE INDEX "review_alerts_updated_at_idx" ON "review_alerts" USING btree ("updated_at");
  CREATE INDEX "review_alerts_created_at_idx" ON "review_alerts" USING btree ("created_at");
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_alerts_fk" FOREIGN KEY ("review_alerts_id") REFERENCES "public"."review_alerts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "posts_rels_users_id_idx" ON "posts_rels" USING btree ("users_id");
  CREATE INDEX "_posts_v_rels_users_id_idx" ON "_posts_v_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_review_alerts_id_idx" ON "payload_locked_documents_rels" USING btree ("review_alerts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts_waivers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_posts_v_version_waivers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_alerts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "posts_waivers" CASCADE;
  DROP TABLE "_posts_v_version_waivers" CASCADE;
  DROP TABLE "review_alerts" CASCADE;
  ALTER TABLE "posts_rels" DROP CONSTRAINT "posts_rels_users_fk";
  
  ALTER TABLE "_posts_v_rels" DROP CONSTRAINT "_posts_v_rels_users_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_alerts_fk";
  
  DROP INDEX "posts_rels_users_id_idx";
  DROP INDEX "_posts_v_rels_users_id_idx";
  DROP INDEX "payload_locked_documents_rels_review_alerts_id_idx";
  ALTER TABLE "posts_rels" DROP COLUMN "users_id";
  ALTER TABLE "_posts_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_alerts_id";`)
}
