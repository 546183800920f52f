"""Scale-out: several workers share one crawl through scrapy-redis (LAWREPORTS_REDIS_URL)."""
