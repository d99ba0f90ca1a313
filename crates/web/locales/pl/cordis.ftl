# cordis
