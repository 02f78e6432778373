"""The demo registry: real, public, documented cases built from shared facts."""
