package diag

// The data layer (61xx): the app's database, its models and migrations
// (reference §8), checked when the app starts.
var (
	DatabaseUnavailable = define("E6101", "the database that SQLORM_URI names cannot be opened (unknown scheme, unwritable folder, not a database file)")
	DatabaseInitFailed  = define("E6102", "the app's models or migrations fail at startup: importing models.py raises, or creating the missing tables or applying migrations/ fails")
)
