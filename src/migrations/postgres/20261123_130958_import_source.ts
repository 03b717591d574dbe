import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts" ADD COLUMN "import_source_key" varchar;
  ALTER TABLE "posts" ADD COLUMN "import_source_file" varchar;
  ALTER TABLE "posts" ADD COLUMN "import_source_imported_at" timestamp(3) with time zone;
  ALTER TABLE "posts" ADD COLUMN "import_source_source_hash" varchar;
  ALTER TABLE "posts" ADD COLUMN "import_source_body_hash" varchar;
  ALTER TABLE "_posts_v" ADD COLUMN "version_import_source_key" varchar;
  ALTER TABLE "_posts_v" ADD COLUMN "version_import_source_file" varchar;
  ALTER TABLE "_posts_v" ADD COLUMN "version_import_source_imported_at" timestamp(3) with time zone;
  ALTER TABLE "_posts_v" ADD COLUMN "version_import_source_source_hash" varchar;
  ALTER TABLE "_posts_v" ADD COLUMN "version_import_source_body_hash" varchar;
  CREATE INDEX "posts_import_source_import_source_key_idx" ON "posts" USING btree ("import_source_key");
  CREATE INDEX "_posts_v_version_import_source_version_import_source_key_idx" ON "_posts_v" USING btree ("version_import_source_key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "posts_import_source_import_source_key_idx";
  DROP INDEX "_posts_v_version_import_source_version_import_source_key_idx";
  ALTER TABLE "posts" DROP COLUMN "import_source_key";
  ALTER TABLE "posts" DROP COLUMN "import_source_file";
  ALTER TABLE "posts" DROP COLUMN "import_source_imported_at";
  ALTER TABLE "posts" DROP COLUMN "import_source_source_hash";
  ALTER TABLE "posts" DROP COLUMN "import_source_body_hash";
  ALTER TABLE "_posts_v" DROP COLUMN "version_import_source_key";
  ALTER TABLE "_posts_v" DROP COLUMN "version_import_source_file";
  ALTER TABLE "_posts_v" DROP COLUMN "version_import_source_imported_at";
  ALTER TABLE "_posts_v" DROP COLUMN "version_import_source_source_hash";
  ALTER TABLE "_posts_v" DROP COLUMN "version_import_source_body_hash";`)
}
