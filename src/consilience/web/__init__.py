"""The web UI and JSON API (`consilience serve`); needs the `[web]` extra (FastAPI, uvicorn)."""
