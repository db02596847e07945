"""The bench's Python peer, as the performance issue defines it: a Flask app (Debian's python3-flask) on gunicorn's
sync workers (2 x cores + 1, the deployment Flask's and gunicorn's docs describe) answering one route with the bytes
of one file, read once at start-up, so it does the per-request work of a framework with the page already cached in
memory. This is a baseline to measure the site against, not knowledge about the content: the site's own code never
names a framework. BENCH_PEER_FILE names the file and BENCH_PEER_CONTENT_TYPE the Content-Type to send with it."""
import os

from flask import Flask

with open(os.environ["BENCH_PEER_FILE"], "rb") as page:
    BODY = page.read()

CONTENT_TYPE = os.environ.get("BENCH_PEER_CONTENT_TYPE", "text/html; charset=utf-8")

app = Flask(__name__)


@app.get("/comparison.html")
def comparison():
    return app.response_class(BODY, content_type=CONTENT_TYPE)
