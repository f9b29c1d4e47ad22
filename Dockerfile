# syntax=docker/dockerfile:1
#
# Clinic CMS: the express + Payload server with the prebuilt Next.js admin.
#   docker build -t clinic-cms .
#   docker run -e PAYLOAD_SECRET=... -e DATABASE_URI=postgres://... -p 3000:3000 clinic-cms
# On start the server applies pending migrations from src/migrations, then listens on PORT.

FROM node:20-bookworm-slim AS base
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# package-lock.json and the `allowScripts` policy in package.json are npm 11's; the image ships
# npm 10, which ignores that policy. Use the project's npm so installs behave as on a workstation.
ARG NPM_VERSION=11.19.1
RUN npm install --global npm@${NPM_VERSION} && npm cache clean --force

# All dependencies, dev ones included: `next build` needs TypeScript.
FROM base AS deps
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS build
COPY . .
# `next build` only imports the Payload config: it needs no database and no secret.
# .next/cache is the build's own cache, useless at runtime. public/ is optional in Next;
# make sure it exists so the runtime stage can copy it unconditionally.
# `npm run build` also bundles the express server into dist/.
RUN NEXT_TELEMETRY_DISABLED=1 npm run build \
    && rm -rf .next/cache \
    && mkdir -p public

# Production dependencies only: the server runs as plain JavaScript bundled into dist/ by the build.
FROM deps AS prod-deps
RUN npm prune --omit=dev && npm cache clean --force

FROM base AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    MEDIA_DIR=/app/.data/media
# Root owns the code (the server cannot rewrite itself); the node user (uid 1000) owns only what
# it writes: uploads, and Next's runtime cache. The media folder exists in the image so a fresh
# named volume mounted there starts out owned by node.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/package.json /app/package-lock.json /app/next.config.mjs /app/tsconfig.json ./
COPY --from=build /app/.next ./.next
COPY --from=build /app/dist ./dist
COPY --from=build /app/public ./public
COPY --from=build /app/src ./src
RUN mkdir -p /app/.data/media /app/.next/cache \
    && chown -R node:node /app/.data /app/.next/cache
USER node
EXPOSE 3000
# Ready = database reachable and every migration applied. The slim image has no curl: use node's fetch.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/readyz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The server drains in-flight requests on SIGTERM and exits 0.
STOPSIGNAL SIGTERM
# node itself (not `npm start`, which would sit in between) receives SIGTERM. Same command as
# `npm start`; NODE_ENV is set above. --conditions=production makes Node load lexical's plain
# production build instead of its entry that picks one with a top-level await, which
# intermittently deadlocks Node 20's module loader (see scripts/build-server.mjs).
CMD ["node", "--conditions=production", "dist/server.js"]
