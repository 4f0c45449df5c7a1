// Text search over names, titles and aliases: the normalized forms (TextNormalizer) of every version, as a list.
// Candidates only; the domain's SearchRanking scores them.
CREATE FULLTEXT INDEX version_search_names IF NOT EXISTS FOR (v:Version) ON EACH [v.searchNames];
