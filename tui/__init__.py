"""OnRecord's terminal side: the command line and the Textual app."""
