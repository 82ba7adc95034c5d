"""Small helpers shared by outputs and commands."""
