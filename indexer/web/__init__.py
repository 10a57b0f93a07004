"""`indexer serve`: a read-only search page and JSON API over an index (issue 18).

- `app.py`: the Flask app (`create_app`): `/api/search`, `/api/search.csv`, `/api/batch`,
  `/api/articles/ID`, `/api/entities`, `/api/stats`, `/api/openapi.json`, and the pages
  `/` (search) and `/articles/ID`; documents made by render.py as the CLI makes them;
- `params.py`: query parameters -> SearchRequest, with the web's limits;
- `live.py`: the index as served, reopened when a build switches generations;
- `views.py`: hits and articles cut into escaped segments for the templates;
- `server.py`: waitress, the bind, and what `indexer serve` prints.

Imported only by `indexer serve` (and tests): Flask and waitress never load for other commands.
"""

from __future__ import annotations

from .app import create_app
from .live import LiveIndex

__all__ = ["LiveIndex", "create_app"]
