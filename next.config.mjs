// Plain JavaScript, so a production server loads it without compiling TypeScript.
import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The express server in src/server.ts owns the port and the /v1 routes; Next serves the admin.
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run typecheck` checks the whole project (server, tests, seed) in CI; the build needn't do it twice.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
