# Rapport in one container: the web app on port 8000 with SQLite in /data.
#   docker build -t rapport . && docker run -p 8000:8000 -v rapport-data:/data rapport
# For several workers use PostgreSQL: -e RAPPORT_DATABASE_URL=postgresql+psycopg://user:pass@host/db
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    RAPPORT_DATABASE_URL=sqlite:////data/rapport.db \
    RAPPORT_DATA_DIR=/data

WORKDIR /srv/rapport
COPY pyproject.toml README.md ./
COPY app ./app
COPY dialogue ./dialogue
COPY scenarios ./scenarios
COPY web ./web
RUN pip install . \
    && useradd --system --create-home --home-dir /home/rapport rapport \
    && mkdir -p /data && chown rapport /data

USER rapport
VOLUME ["/data"]
EXPOSE 8000
CMD ["rapport", "serve", "--host", "0.0.0.0", "--port", "8000"]
