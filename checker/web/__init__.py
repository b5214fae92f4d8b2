"""Review in the browser: the local app (`checker serve`, app.py) and what its pages and the self-contained HTML
report (`checker check --html`, render/html.py) show: views.py (items, filters, claims in their paragraph),
pictures.py (the source x source picture and the timeline as SVG), pages.py (the Jinja2 templates)."""
