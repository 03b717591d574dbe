import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "clinics" ADD COLUMN "site_paths_blog" varchar DEFAULT '/blog';
  ALTER TABLE "clinics" ADD COLUMN "site_paths_article" varchar DEFAULT '/blog/{slug}';
  ALTER TABLE "clinics" ADD COLUMN "site_paths_author" varchar DEFAULT '/authors/{slug}';
  ALTER TABLE "clinics" ADD COLUMN "site_paths_topic" varchar DEFAULT '/topics/{slug}';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "clinics" DROP COLUMN "site_paths_blog";
  ALTER TABLE "clinics" DROP COLUMN "site_paths_article";
  ALTER TABLE "clinics" DROP COLUMN "site_paths_author";
  ALTER TABLE "clinics" DROP COLUMN "site_paths_topic";`)
}
