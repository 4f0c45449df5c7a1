namespace ScoGraph.GraphQL.DataLoader;

/// <summary>What a <see cref="DataLoaderScope"/> needs from any loader: whether keys wait, and a way to send them.</summary>
public interface IDataLoader
{
    /// <summary>True when keys were requested since the last dispatch.</summary>
    bool HasPending { get; }

    /// <summary>Sends every waiting key to the data source, in batches of at most the loader's batch size.</summary>
    void Dispatch();
}

/// <summary>A loader that tells its <see cref="DataLoaderScope"/> when keys start waiting (see <see cref="DataLoaderScope.KeysPending"/>).</summary>
internal interface IScopedDataLoader
{
    DataLoaderScope? Scope { get; set; }

    /// <summary>The name the scope knows it by (what diagnostic events call it).</summary>
    string? Name { get; set; }
}
