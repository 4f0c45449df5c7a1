using ScoGraph.Domain.Ports;
using ScoGraph.Storage.ContractTests;
using ScoGraph.Storage.Neo4j.Tests.Support;
using ScoGraph.Storage.Neo4j.Testing;

namespace ScoGraph.Storage.Neo4j.Tests.Store;

// The store-port contract run against the Neo4j adapter: one database, wiped before every store, tests one at a time.
// Without a server every test shows as skipped with the reason (Neo4jContract), never as passed.

[Collection(Neo4jServerCollection.Name), Neo4jContract]
public sealed class Neo4jWriteBatchSpecs(Neo4jServerFixture server) : WriteBatchContract
{
    protected override Task<ITimelineStore> CreateStoreAsync() => Neo4jStores.EmptyStoreAsync(server);
}

[Collection(Neo4jServerCollection.Name), Neo4jContract]
public sealed class Neo4jEntityLoadingSpecs(Neo4jServerFixture server) : EntityLoadingContract
{
    protected override Task<ITimelineStore> CreateStoreAsync() => Neo4jStores.EmptyStoreAsync(server);
}

[Collection(Neo4jServerCollection.Name), Neo4jContract]
public sealed class Neo4jEntityListingSpecs(Neo4jServerFixture server) : EntityListingContract
{
    protected override Task<ITimelineStore> CreateStoreAsync() => Neo4jStores.EmptyStoreAsync(server);
}

[Collection(Neo4jServerCollection.Name), Neo4jContract]
public sealed class Neo4jKnowledgeTimeSpecs(Neo4jServerFixture server) : KnowledgeTimeContract
{
    protected override Task<ITimelineStore> CreateStoreAsync() => Neo4jStores.EmptyStoreAsync(server);
}

[Collection(Neo4jServerCollection.Name), Neo4jContract]
public sealed class Neo4jFactLoadingSpecs(Neo4jServerFixture server) : FactLoadingContract
{
    protected override Task<ITimelineStore> CreateStoreAsync() => Neo4jStores.EmptyStoreAsync(server);
}

[Collection(Neo4jServerCollection.Name), Neo4jContract]
public sealed class Neo4jFactRangeSpecs(Neo4jServerFixture server) : FactRangeContract
{
    protected override Task<ITimelineStore> CreateStoreAsync() => Neo4jStores.EmptyStoreAsync(server);
}

[Collection(Neo4jServerCollection.Name), Neo4jContract]
public sealed class Neo4jMembershipChangeSpecs(Neo4jServerFixture server) : MembershipChangeContract
{
    protected override Task<ITimelineStore> CreateStoreAsync() => Neo4jStores.EmptyStoreAsync(server);
}

[Collection(Neo4jServerCollection.Name), Neo4jContract]
public sealed class Neo4jConflictSpecs(Neo4jServerFixture server) : ConflictContract
{
    protected override Task<ITimelineStore> CreateStoreAsync() => Neo4jStores.EmptyStoreAsync(server);
}

[Collection(Neo4jServerCollection.Name), Neo4jContract]
public sealed class Neo4jSearchSpecs(Neo4jServerFixture server) : SearchContract
{
    protected override Task<ITimelineStore> CreateStoreAsync() => Neo4jStores.EmptyStoreAsync(server);
}

[Collection(Neo4jServerCollection.Name), Neo4jContract]
public sealed class Neo4jConcurrencySpecs(Neo4jServerFixture server) : ConcurrencyContract
{
    protected override Task<ITimelineStore> CreateStoreAsync() => Neo4jStores.EmptyStoreAsync(server);
}

[Collection(Neo4jServerCollection.Name), Neo4jContract]
public sealed class Neo4jWriterSpecs(Neo4jServerFixture server) : WriterContract
{
    protected override Task<ITimelineStore> CreateStoreAsync() => Neo4jStores.EmptyStoreAsync(server);
}
