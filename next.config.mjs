import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('next').NextConfig} */
const nextConfig = {
  // express owns the HTTP server; Next only renders the admin (and later the front ends).
  poweredByHeader: false,
  // A second build folder lets a test build run beside a developer's build without clobbering it.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `npm run typecheck` (tsc --noEmit over src and tests) is its own CI step; checking again here costs ~20 s per build.
  typescript: { ignoreBuildErrors: true },
  turbopack: { root: dirname },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
