"""The bench's Python peer: a plain WSGI app that answers every request with the bytes of one file, read once at
start-up, as a page cache in front of any Python web framework would. bench/run.sh serves it with gunicorn's sync
workers (2 x cores + 1), the deployment such frameworks document. BENCH_PEER_FILE names the file and
BENCH_PEER_CONTENT_TYPE the Content-Type to send with it."""
import os

with open(os.environ["BENCH_PEER_FILE"], "rb") as page:
    BODY = page.read()

HEADERS = [
    ("Content-Type", os.environ.get("BENCH_PEER_CONTENT_TYPE", "text/html; charset=utf-8")),
    ("Content-Length", str(len(BODY))),
]


def app(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]
