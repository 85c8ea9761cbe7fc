"""Generated clients exercised over real HTTP (recording server, Prism mock)."""
