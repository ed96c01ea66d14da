# Production image of Passerelle (used by docker-compose.yml with MongoDB).
FROM node:24-bookworm-slim

WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1

COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund

COPY . .
# The build evaluates the config and renders with a throwaway embedded database; the running
# container reads DATABASE_URI (MongoDB in docker compose) and expires what the build rendered as
# soon as it listens (instrumentation.ts), so visitors never see the build's empty pages.
RUN mkdir -p data && DATABASE_URI=file:/tmp/build.db NODE_ENV=production npm run build && rm -f /tmp/build.db

ENV NODE_ENV=production PORT=3000 HOSTNAME=0.0.0.0
EXPOSE 3000
VOLUME ["/app/media"]
CMD ["npm", "start"]
