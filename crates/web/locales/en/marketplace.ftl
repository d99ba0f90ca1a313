# marketplace
