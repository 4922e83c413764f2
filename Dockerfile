# syntax=docker/dockerfile:1.7
# Build: wheels and compiled catalogs. Run: a slim, non-root image with `kawan run`.
FROM python:3.11-slim-bookworm AS build
WORKDIR /src
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
COPY pyproject.toml README.md babel.cfg ./
COPY bot ./bot
COPY conversations ./conversations
COPY services ./services
COPY storage ./storage
COPY locales ./locales
RUN python -m venv /opt/venv \
 && /opt/venv/bin/pip install --upgrade pip \
 && /opt/venv/bin/pip install . \
 && /opt/venv/bin/pybabel compile -d locales -D messages

FROM python:3.11-slim-bookworm AS run
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    KAWAN_LOCALES_DIR=/app/locales \
    KAWAN_DATABASE_URL=sqlite:////data/kawan.db
RUN groupadd --system kawan && useradd --system --gid kawan --home /app --shell /usr/sbin/nologin kawan \
 && mkdir -p /data /app && chown kawan:kawan /data
COPY --from=build /opt/venv /opt/venv
COPY --from=build --chown=kawan:kawan /src/locales /app/locales
WORKDIR /app
USER kawan
VOLUME ["/data"]
# The HTTP server answers /healthz once the store, the catalogs and the channels are up.
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=20s --retries=3 CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('WEBHOOK_PORT', '8080') + '/healthz', timeout=5)"]
ENTRYPOINT ["kawan"]
CMD ["run"]
