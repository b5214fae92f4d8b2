"""Corpus-wide state kept between runs (the similarity graph, the topic clusters of each component, the
judgements of candidate pairs), so a run on a corpus that grew, changed or shrank computes only what the change
touches and gives the cold run's result. graph.py: neighbours and components; store.py: where it is kept."""
