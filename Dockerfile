# Production image of Passerelle (used by docker-compose.yml with MongoDB), built in stages:
#   deps → build (Next's standalone output) ; prod-deps → jobs (command-line jobs) ; runtime (the server).
#   docker build -t passerelle .                    # the server (last stage)
#   docker build --target jobs -t passerelle-jobs . # seed, import, migrate … (`npm run seed`)
# `npm install`, not `npm ci`: see README, "Installing on other machines".
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund

FROM deps AS build
COPY . .
# The build evaluates the config and renders with a throwaway embedded database; the running
# container reads DATABASE_URI (MongoDB in docker compose) and expires what the build rendered as
# soon as it listens (instrumentation.ts), so visitors never see the build's empty pages.
# NEXT_OUTPUT=standalone: .next/standalone holds the server and only the modules it loads.
# --webpack: see NEXT_BUILD_ARGS in scripts/lib/server.mjs (a server holds one copy of its code).
RUN DATABASE_URI=file:/tmp/build.db NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone \
    npx next build --webpack && rm -f /tmp/build.db

FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund

# Command-line jobs need the source (run through tsx, a production dependency), not the build.
FROM ${NODE_IMAGE} AS jobs
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
COPY --from=prod-deps /app/node_modules ./node_modules
COPY . .
RUN mkdir -p data media && chown node:node data media
USER node
CMD ["npm", "run", "seed", "--", "--help"]

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
# The server's memory settings (scripts/lib/serverMemory.mjs): a 16 MB young generation, 384 MB old, two malloc arenas.
ENV NODE_OPTIONS="--max-semi-space-size=8 --max-old-space-size=384" MALLOC_ARENA_MAX=2
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY scripts/start-standalone.mjs ./start.mjs
# The shared cache handler (REDIS_URL, docker-compose.yml) is loaded by path when the server starts,
# which Next's file tracing does not follow: the handler and its packages are copied by hand (checked
# against the packages' dependencies, not in a built image: there is no Docker engine where this was written).
COPY lib/cache ./lib/cache
COPY --from=prod-deps /app/node_modules/@fortedigital ./node_modules/@fortedigital
COPY --from=prod-deps /app/node_modules/@redis ./node_modules/@redis
COPY --from=prod-deps /app/node_modules/cluster-key-slot ./node_modules/cluster-key-slot
# The server writes uploads (media/), the embedded database (data/) and Next's caches (.next/cache,
# .next/server/route-cache: pages rendered again after their data changed)
# as the unprivileged `node` user of the base image; everything else stays root's and read-only to it.
RUN mkdir -p data media .next/cache .next/server/route-cache \
    && chown -R node:node data media .next/cache .next/server/route-cache
USER node
EXPOSE 3000
VOLUME ["/app/media"]
# Ready when the server answers and its database does (app/(payload)/api/health): 200, else 503.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "start.mjs"]
