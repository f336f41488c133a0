"""The bundled seed reports (package data: onrecord.seeds); read with importlib.resources."""
