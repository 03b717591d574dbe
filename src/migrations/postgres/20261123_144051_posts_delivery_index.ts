import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "clinic_publishedAt_idx" ON "posts" USING btree ("clinic_id","published_at");
  CREATE INDEX "version_clinic_version_publishedAt_idx" ON "_posts_v" USING btree ("version_clinic_id","version_published_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "clinic_publishedAt_idx";
  DROP INDEX "version_clinic_version_publishedAt_idx";`)
}
