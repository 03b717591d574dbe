# Vetted's one process (express + Next admin) for production. Used by docker-compose.yml.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1 NODE_OPTIONS=--conditions=production
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
# Lexical's ".node.mjs" entry points use top-level await that can deadlock module loading on Node 20;
# the "production" export condition loads its plain builds instead.
ENV NODE_ENV=production NODE_OPTIONS=--conditions=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOST=0.0.0.0
COPY --from=build /app /app
RUN mkdir -p media data && chown -R node:node media data
USER node
EXPOSE 3000
CMD ["node_modules/.bin/tsx", "src/server.ts"]
