"""Pages of the main window written as separate modules (one per area). The main window
imports each lazily and shows a placeholder while a module does not exist yet."""
