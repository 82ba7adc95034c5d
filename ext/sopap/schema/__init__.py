"""JSON Schema of the sopap exchange format."""
