using ScoGraph.Domain.Ports;
using ScoGraph.Storage.ContractTests;

namespace ScoGraph.Storage.Sqlite.Tests;

// The store-port contract run against the SQLite adapter: each class gets a temp folder, each test a new file.

file static class NewSqliteStore
{
    public static async Task<ITimelineStore> In(TempDatabaseFolder folder) => await SqliteTimelineStore.OpenAsync(folder.NextFile());
}

public sealed class SqliteWriteBatchSpecs(TempDatabaseFolder folder) : WriteBatchContract, IClassFixture<TempDatabaseFolder>
{
    protected override Task<ITimelineStore> CreateStoreAsync() => NewSqliteStore.In(folder);
}

public sealed class SqliteEntityLoadingSpecs(TempDatabaseFolder folder) : EntityLoadingContract, IClassFixture<TempDatabaseFolder>
{
    protected override Task<ITimelineStore> CreateStoreAsync() => NewSqliteStore.In(folder);
}

public sealed class SqliteEntityListingSpecs(TempDatabaseFolder folder) : EntityListingContract, IClassFixture<TempDatabaseFolder>
{
    protected override Task<ITimelineStore> CreateStoreAsync() => NewSqliteStore.In(folder);
}

public sealed class SqliteKnowledgeTimeSpecs(TempDatabaseFolder folder) : KnowledgeTimeContract, IClassFixture<TempDatabaseFolder>
{
    protected override Task<ITimelineStore> CreateStoreAsync() => NewSqliteStore.In(folder);
}

public sealed class SqliteFactLoadingSpecs(TempDatabaseFolder folder) : FactLoadingContract, IClassFixture<TempDatabaseFolder>
{
    protected override Task<ITimelineStore> CreateStoreAsync() => NewSqliteStore.In(folder);
}

public sealed class SqliteFactRangeSpecs(TempDatabaseFolder folder) : FactRangeContract, IClassFixture<TempDatabaseFolder>
{
    protected override Task<ITimelineStore> CreateStoreAsync() => NewSqliteStore.In(folder);
}

public sealed class SqliteMembershipChangeSpecs(TempDatabaseFolder folder) : MembershipChangeContract, IClassFixture<TempDatabaseFolder>
{
    protected override Task<ITimelineStore> CreateStoreAsync() => NewSqliteStore.In(folder);
}

public sealed class SqliteConflictSpecs(TempDatabaseFolder folder) : ConflictContract, IClassFixture<TempDatabaseFolder>
{
    protected override Task<ITimelineStore> CreateStoreAsync() => NewSqliteStore.In(folder);
}

public sealed class SqliteSearchSpecs(TempDatabaseFolder folder) : SearchContract, IClassFixture<TempDatabaseFolder>
{
    protected override Task<ITimelineStore> CreateStoreAsync() => NewSqliteStore.In(folder);
}

public sealed class SqliteConcurrencySpecs(TempDatabaseFolder folder) : ConcurrencyContract, IClassFixture<TempDatabaseFolder>
{
    protected override Task<ITimelineStore> CreateStoreAsync() => NewSqliteStore.In(folder);
}

public sealed class SqliteWriterSpecs(TempDatabaseFolder folder) : WriterContract, IClassFixture<TempDatabaseFolder>
{
    protected override Task<ITimelineStore> CreateStoreAsync() => NewSqliteStore.In(folder);
}
