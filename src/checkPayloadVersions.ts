// Payload's development-time check that every @payloadcms package is at payload's own version, narrowed to the ones
// that exist at it. @payloadcms/storage-s3 and @payloadcms/plugin-cloud-storage exist only at 3.90.1 and are held to
// payload 3.90.2 by package.json's overrides; Payload's own check reports them on every start as an unhandled
// rejection, which ends `npm run dev` and fails every test file. So that check is switched off (with it go Lexical's
// and Next's version checks, which share its switch) and the same check runs here without those two.
import { checkDependencies } from 'payload'

/** Payload's own list (payload/dist/versions/payloadPackageList), cut to what this project installs. */
const sameVersionAsPayload = [
  'payload',
  '@payloadcms/db-mongodb',
  '@payloadcms/db-postgres',
  '@payloadcms/db-sqlite',
  '@payloadcms/drizzle',
  '@payloadcms/graphql',
  '@payloadcms/next/utilities',
  '@payloadcms/plugin-multi-tenant',
  '@payloadcms/richtext-lexical',
  '@payloadcms/translations',
  '@payloadcms/ui/shared',
]

export const checkPayloadVersions = (): void => {
  if (process.env.NODE_ENV === 'production' || process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER === 'true') return
  process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER = 'true'
  void checkDependencies({
    dependencyGroups: [{ name: 'payload', dependencies: sameVersionAsPayload, targetVersionDependency: 'payload' }],
  })
}
