"""`vigia bench harvest`: a generated site of many sources on localhost, crawled twice and timed."""
