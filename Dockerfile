# Dyad's image for compose.yaml: the CLI, the worker and the server (Node 20 on Debian bookworm;
# the full node image has the compilers better-sqlite3 builds with).
FROM node:20-bookworm
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev
ENTRYPOINT ["node", "--no-regexp-tier-up", "bin/dyad.js"]
