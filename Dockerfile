# Rapport in one container: the web app on port 8000, SQLite in the /data volume by default.
#   docker build -t rapport . && docker run -p 8000:8000 -v rapport-data:/data rapport
# The tables are created or upgraded at start (`--upgrade`). For several workers use PostgreSQL:
#   compose.yaml runs PostgreSQL and two workers (`docker compose up`).
# It runs with RAPPORT_ENV=production: the server refuses a missing, example or short
# RAPPORT_SECRET_KEY, and the session cookie is Secure (set RAPPORT_SECURE_COOKIES=false to try it
# over plain HTTP on your network). Without a key, the entry point makes a random one for this
# install, once, in the /data volume (tools/docker-entrypoint). To set your own:
#   docker run -e RAPPORT_SECRET_KEY="$(python3 -c 'import secrets; print(secrets.token_urlsafe(48))')" ...
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    RAPPORT_DATABASE_URL=sqlite:////data/rapport.db \
    RAPPORT_DATA_DIR=/data \
    RAPPORT_ENV=production

WORKDIR /srv/rapport
COPY pyproject.toml README.md ./
COPY app ./app
COPY dialogue ./dialogue
COPY scenarios ./scenarios
COPY web ./web
COPY tools/docker-entrypoint /usr/local/bin/rapport-entrypoint
RUN chmod 755 /usr/local/bin/rapport-entrypoint \
    && pip install . \
    && useradd --system --create-home --home-dir /home/rapport rapport \
    && mkdir -p /data && chown rapport /data

USER rapport
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
ENTRYPOINT ["rapport-entrypoint"]
CMD ["rapport", "serve", "--host", "0.0.0.0", "--port", "8000", "--upgrade"]
