"""One router per topic of the web app."""
