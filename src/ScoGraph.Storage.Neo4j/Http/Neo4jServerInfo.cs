namespace ScoGraph.Storage.Neo4j.Http;

/// <summary>What <see cref="Neo4jHttpSession.ConnectAsync"/> found: the server's version and edition (from <c>GET /</c>).</summary>
public sealed record Neo4jServerInfo(Uri Uri, string Version, string Edition, string Database)
{
    public override string ToString() => $"Neo4j {Version} {Edition} at {Uri}, database '{Database}'";
}
