import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts" DROP CONSTRAINT "posts_medical_reviewer_id_users_id_fk";
  
  ALTER TABLE "_posts_v" DROP CONSTRAINT "_posts_v_version_medical_reviewer_id_users_id_fk";
  
  DROP INDEX "posts_medical_reviewer_idx";
  DROP INDEX "_posts_v_version_version_medical_reviewer_idx";
  ALTER TABLE "posts" ADD COLUMN "sign_off_credentials_degree" varchar;
  ALTER TABLE "posts" ADD COLUMN "sign_off_credentials_specialty" varchar;
  ALTER TABLE "posts" ADD COLUMN "sign_off_credentials_verified_at" timestamp(3) with time zone;
  ALTER TABLE "_posts_v" ADD COLUMN "version_sign_off_credentials_degree" varchar;
  ALTER TABLE "_posts_v" ADD COLUMN "version_sign_off_credentials_specialty" varchar;
  ALTER TABLE "_posts_v" ADD COLUMN "version_sign_off_credentials_verified_at" timestamp(3) with time zone;
  ALTER TABLE "posts" DROP COLUMN "medical_reviewer_id";
  ALTER TABLE "_posts_v" DROP COLUMN "version_medical_reviewer_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts" ADD COLUMN "medical_reviewer_id" uuid;
  ALTER TABLE "_posts_v" ADD COLUMN "version_medical_reviewer_id" uuid;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_medical_reviewer_id_users_id_fk" FOREIGN KEY ("medical_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_medical_reviewer_id_users_id_fk" FOREIGN KEY ("version_medical_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "posts_medical_reviewer_idx" ON "posts" USING btree ("medical_reviewer_id");
  CREATE INDEX "_posts_v_version_version_medical_reviewer_idx" ON "_posts_v" USING btree ("version_medical_reviewer_id");
  ALTER TABLE "posts" DROP COLUMN "sign_off_credentials_degree";
  ALTER TABLE "posts" DROP COLUMN "sign_off_credentials_specialty";
  ALTER TABLE "posts" DROP COLUMN "sign_off_credentials_verified_at";
  ALTER TABLE "_posts_v" DROP COLUMN "version_sign_off_credentials_degree";
  ALTER TABLE "_posts_v" DROP COLUMN "version_sign_off_credentials_specialty";
  ALTER TABLE "_posts_v" DROP COLUMN "version_sign_off_credentials_verified_at";`)
}
