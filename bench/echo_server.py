"""The ceiling for any chat turn: a bare FastAPI websocket that echoes text frames.

    .venv/bin/python bench/echo_server.py --port 8765 [--workers 2]

Served the way `rapport serve` serves Rapport: `uvicorn.run` with its default loop, HTTP and
websocket implementations (uvloop and httptools when installed), log level info, on 127.0.0.1
only. `GET /health` answers 200 once it is up. bench/ws_load.py starts and stops it by itself.
"""

from __future__ import annotations

import argparse

from fastapi import FastAPI, WebSocket, WebSocketDisconnect

app = FastAPI(title="echo")


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@app.websocket("/ws/echo")
async def echo(ws: WebSocket) -> None:
    await ws.accept()
    try:
        while True:
            await ws.send_text(await ws.receive_text())
    except WebSocketDisconnect:
        return


def main() -> None:
    import uvicorn

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    # An import string, so that uvicorn can start worker processes; they find this module on the
    # path they inherit from this process (the bench folder comes first when run as a script).
    uvicorn.run(
        "echo_server:app",
        host="127.0.0.1",
        port=args.port,
        workers=args.workers,
        log_level="info",
        ws_per_message_deflate=False,  # as `rapport serve`
    )


if __name__ == "__main__":
    main()
