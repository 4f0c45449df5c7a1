using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace ScoGraph.Storage.Neo4j.Testing;

/// <summary>
/// A small builder for a Neo4j container on top of Testcontainers' generic <see cref="ContainerBuilder"/>
/// (Testcontainers.Neo4j does not restore here). Only the HTTP connector is exposed: the adapter never speaks Bolt.
/// </summary>
public sealed class Neo4jContainerBuilder
{
    public const int HttpPort = 7474;

    public string Image { get; private init; } = "neo4j:5.13";
    public string User => "neo4j";
    public string Password { get; private init; } = "scograph-test";

    public Neo4jContainerBuilder WithImage(string image) => new() { Image = image, Password = Password };

    /// <summary>The initial password (Neo4j 5 wants at least 8 characters).</summary>
    public Neo4jContainerBuilder WithPassword(string password) => new() { Image = Image, Password = password };

    public IContainer Build() =>
        new ContainerBuilder(Image)
            .WithEnvironment("NEO4J_AUTH", $"{User}/{Password}")
            // Small memory so the container fits next to the build on a 2-core CI machine.
            .WithEnvironment("NEO4J_server_memory_heap_max__size", "1G")
            .WithEnvironment("NEO4J_server_memory_pagecache_size", "512M")
            .WithPortBinding(HttpPort, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(HttpPort).ForPath("/")))
            .Build();
}

/// <summary>The one container of a test run; Testcontainers' resource reaper removes it when the run ends.</summary>
internal static class Neo4jContainer
{
    private static IContainer? _container;

    public static async Task<Neo4jStoreOptions> StartOnceAsync()
    {
        var builder = new Neo4jContainerBuilder();
        var container = builder.Build();
        await container.StartAsync();
        _container = container;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => _container?.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(10));
        return new Neo4jStoreOptions
        {
            Uri = new UriBuilder("http", container.Hostname, container.GetMappedPublicPort(Neo4jContainerBuilder.HttpPort)).Uri,
            User = builder.User,
            Password = builder.Password,
            Database = "neo4j",
        };
    }
}
