# Oxios server image: a multi-stage build on Debian bookworm with the Node.js version of
# .node-version and the pnpm of package.json "packageManager" (deploy/test keeps all three equal).
#
#   docker build -t oxios .
#   docker run -d --name oxios --read-only --tmpfs /tmp --cap-drop ALL \
#     --security-opt no-new-privileges -p 127.0.0.1:4200:4200 -v oxios-home:/var/lib/oxios oxios
#
# Everything about running it (volumes, sandboxing, backups, upgrades): docs/operations.md.
# No `# syntax=` line: BuildKit would pull a floating frontend image. For reproducible builds
# pin the base image by digest as well:
#   docker buildx imagetools inspect node:24.21.0-bookworm-slim   →   FROM node:24.21.0-bookworm-slim@sha256:…

ARG NODE_VERSION=24.21.0
ARG PNPM_VERSION=11.28.10

# ---- build: install with the lockfile, build the server and the CLI, deploy self-contained trees
FROM node:${NODE_VERSION}-bookworm-slim AS build
ARG PNPM_VERSION
RUN npm install --global --no-fund --no-audit "pnpm@${PNPM_VERSION}"
WORKDIR /src
# Dependencies first, from the lockfile alone: this layer is rebuilt only when the lockfile changes.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
RUN pnpm fetch --frozen-lockfile
COPY . .
RUN pnpm install --frozen-lockfile --offline
RUN pnpm --filter "@oxios/server..." --filter "@oxios/cli..." run build
# `pnpm deploy` copies each app with its production dependencies (workspace packages included)
# into a folder that needs nothing else at run time.
RUN pnpm --filter @oxios/server deploy --prod --offline /opt/oxios/server \
 && pnpm --filter @oxios/cli deploy --prod --offline /opt/oxios/cli

# ---- runtime: Node.js, the two trees, and the host tools Oxios uses; no compiler, no pnpm
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
LABEL org.opencontainers.image.title="Oxios" \
      org.opencontainers.image.description="Oxios agent operating system: HTTP API and dashboard (oxios-server) and the oxios CLI" \
      org.opencontainers.image.source="https://github.com/oxios-dev/oxios" \
      org.opencontainers.image.licenses="MIT"
# tini: PID 1 that forwards SIGTERM and reaps the processes agents leave behind.
# bubblewrap + util-linux (prlimit): the Linux sandbox. Inside a container it works only with
# extra privileges (user namespaces, an unmasked /proc): see docs/operations.md.
# git: a required host tool ([exec] required_tools); ca-certificates for its HTTPS remotes.
RUN apt-get update \
 && apt-get install --yes --no-install-recommends bubblewrap ca-certificates git tini util-linux \
 && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 oxios \
 && useradd --system --uid 10001 --gid oxios --home-dir /var/lib/oxios --no-create-home \
      --shell /usr/sbin/nologin oxios \
 && install --directory --owner=10001 --group=10001 --mode=0700 /var/lib/oxios
COPY --from=build /opt/oxios /opt/oxios
RUN ln -s /opt/oxios/server/dist/main.js /usr/local/bin/oxios-server \
 && ln -s /opt/oxios/cli/dist/bin.js /usr/local/bin/oxios

# Inside the container Oxios binds every interface so a published port reaches it. That is safe:
# every /api route needs a token (the first start prints an admin token and saves it in the
# volume), and the examples publish the port on 127.0.0.1 only, behind a TLS reverse proxy.
# OXIOS_HOST and OXIOS_PORT override [server] host/port in config.toml.
ENV OXIOS_HOME=/var/lib/oxios \
    OXIOS_HOST=0.0.0.0 \
    OXIOS_PORT=4200 \
    HOME=/var/lib/oxios
# All state (database, config, tokens, programs, skills, memory) lives here and nowhere else;
# the rest of the filesystem may be read-only (`--read-only --tmpfs /tmp`).
VOLUME ["/var/lib/oxios"]
EXPOSE 4200
USER 10001:10001
WORKDIR /var/lib/oxios
STOPSIGNAL SIGTERM
# Liveness through Node's own fetch (the image has no curl). Plain HTTP: with [server] tls_cert
# set, override the health check or, better, terminate TLS in the reverse proxy.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.OXIOS_PORT || 4200) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["oxios-server"]
