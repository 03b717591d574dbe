// Plain JavaScript, so a production server loads it without compiling TypeScript.
import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The admin in development opened at either loopback name keeps its dev websocket (Next blocks other origins,
  // which left a blank page at 127.0.0.1).
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  // The express server in src/server.ts owns the port and the /v1 routes; Next serves the admin.
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run typecheck` checks the whole project (server, tests, seed) in CI; the build needn't do it twice.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
