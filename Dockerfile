# Vetted's one process (express + Next admin) for production, as compiled JavaScript. Used by docker-compose.yml.
# Node 24 is the active LTS line; CI on the build machines runs Node 20.19+ (see README, "Running it").
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The typed client and the starter site are workspaces of this repository; the server uses neither, but npm ci
# must find them.
COPY packages/client/package.json packages/client/
COPY examples/clinic-site/package.json examples/clinic-site/
RUN npm ci --no-audit --no-fund
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
# next build (the admin, into .next/) and the compiled server (dist/server.js); then only runtime packages stay.
RUN npm run build && npm prune --omit=dev --no-audit --no-fund && rm -rf .next/cache

FROM node:24-bookworm-slim
WORKDIR /app
# The "production" export condition loads Lexical's plain builds rather than its ".node.mjs" entry points.
ENV NODE_ENV=production NODE_OPTIONS=--conditions=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOST=0.0.0.0
# What runs: the compiled server, Next's build, its config, and the production dependencies. No TypeScript sources.
COPY --from=build /app/package.json /app/next.config.mjs ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/.next ./.next
COPY --from=build /app/dist ./dist
RUN mkdir -p media data && chown node:node media data
USER node
EXPOSE 3000
CMD ["node", "dist/server.js"]
