# suggestions
