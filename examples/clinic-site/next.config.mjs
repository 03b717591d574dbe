import path from 'node:path'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Inside the Vetted repository the packages are installed at its root (npm workspaces).
  outputFileTracingRoot: path.resolve(import.meta.dirname, '../..'),
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: { root: path.resolve(import.meta.dirname, '../..') },
}

export default nextConfig
