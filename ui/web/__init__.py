"""The hall's page for phones (``mpp-kiosk run --role web``): the ticket in the applicant's pocket
with live updates, the survey after service, the service standards and a complaint form.

Starlette (a small, maintained ASGI toolkit: routing, forms, streaming, no object-relational or
validation layer of its own to learn) on uvicorn, with Jinja2 templates that escape by default.
Every read and write goes through ``kiosk/`` functions, exactly as the kiosk and the desk do. No Qt.
"""
