import path from 'node:path'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Inside the Vetted repository the packages are installed at its root (npm workspaces).
  // Metadata (title, description, canonical) in the <head> for every reader, not streamed in later for browsers:
  // it comes from the same cached Vetted answer as the page, and audits such as Lighthouse read only the head.
  htmlLimitedBots: /.*/,
  outputFileTracingRoot: path.resolve(import.meta.dirname, '../..'),
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: { root: path.resolve(import.meta.dirname, '../..') },
}

export default nextConfig
