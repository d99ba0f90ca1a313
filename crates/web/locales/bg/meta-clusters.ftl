# meta-clusters
