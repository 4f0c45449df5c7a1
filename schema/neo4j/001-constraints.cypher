// Uniqueness constraints: one identity node per id (MERGE is race-safe only with them), one knowledge clock,
// one record per applied schema file. Each constraint also gives the unique index the seeks use.
CREATE CONSTRAINT item_id IF NOT EXISTS FOR (i:Item) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT knowledge_clock_id IF NOT EXISTS FOR (c:KnowledgeClock) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT schema_migration_name IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.name IS UNIQUE;
