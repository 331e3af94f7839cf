"""Meeting templates: chosen in Plan meeting, edited in Meeting Templates."""
