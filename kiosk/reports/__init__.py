"""Reports an office publishes: the SKM/IKM report and the queue report, as text, JSON, CSV and
A4 PDF. Figures are added up in SQL (GROUP BY) and finished in Python; see ``ikm_query`` and
``queue_query``."""
