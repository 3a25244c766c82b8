# The Opspor API with the built client, for docker-compose.yml.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/contract/package.json packages/contract/
COPY server/package.json server/
COPY client/package.json client/
COPY seed/package.json seed/
COPY test/package.json test/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production OPSPOR_SKIP_BUILD=1 HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build /app /app
# the audit checkpoint file (OPSPOR_AUDIT_CHECKPOINT_FILE in docker-compose.yml) lives on its own volume
RUN mkdir -p /var/lib/opspor && chown node:node /var/lib/opspor
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=12 CMD node -e "fetch('http://127.0.0.1:4000/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "scripts/start.mjs"]
