namespace ScoGraph.Api.Import;

/// <summary>The configuration section <c>ScoGraph:Import</c>: the streaming import endpoint's limits.</summary>
public sealed class ImportEndpointOptions
{
    public const string Section = "ScoGraph:Import";

    /// <summary>Largest request body (bytes, as sent: compressed when gzip). Default 4 GiB; 0 = no limit.</summary>
    public long MaxBodySize { get; set; } = 4L << 30;

    /// <summary>Lines per batch (one transaction each) when the request does not say (<c>?batchSize=</c>).</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>Largest batch a request may ask for.</summary>
    public int MaxBatchSize { get; set; } = 50_000;

    /// <summary>Where uploads are spooled while imported (they are read twice); the system temp folder when unset.</summary>
    public string? SpoolDirectory { get; set; }
}
