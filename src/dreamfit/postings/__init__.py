"""Reading and normalizing job postings."""
