using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ScoGraph.Api.Import;
using ScoGraph.Api.Operations;
using ScoGraph.Api.Operations.Telemetry;
using ScoGraph.Api.Schema;
using ScoGraph.Domain.Import.Bulk;
using ScoGraph.Domain.Ports;
using ScoGraph.GraphQL.AspNetCore;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Hosting;

/// <summary>
/// Builds the ScoGraph web application: configuration, the store (SQLite or Neo4j, opened and seeded before the
/// server listens), the GraphQL schema over it, and the endpoints. Shared by <c>Program</c> and the tests.
/// </summary>
public static class ScoGraphHost
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>
    /// The default <c>ScoGraph:GraphQL:Limits:MaxCost</c>. Every list is weighed by the most it may return (a page by
    /// <c>first</c>, a nested list by its documented maximum, usually 100), so the cost is the most fields an answer
    /// could hold on any data: a page of 100 meetings with participants, agreements with parties and sources
    /// (10.3 million) fits, a third list of 100 nested below those does not.
    /// </summary>
    public const long DefaultMaxCost = 25_000_000;

    /// <summary>What a too-large GraphQL request (a big importFacts) is told: the setting, and the streaming way in.</summary>
    public const string ImportHint =
        "Raise ScoGraph:GraphQL:MaxRequestBodySize, or send large imports as JSON Lines to POST /import " +
        "(streamed, limit ScoGraph:Import:MaxBodySize) or with `scograph import --server`; see schema/import-format.md.";

    public static async Task<WebApplication> BuildAsync(string[] args, ScoGraphHostSetup? setup = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(args);
        setup?.ConfigureBuilder?.Invoke(builder);
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);

        var settings = builder.Configuration.GetSection(ScoGraphOptions.Section).Get<ScoGraphOptions>() ?? new ScoGraphOptions();
        builder.Services.AddHttpContextAccessor();
        var readiness = new StoreReadiness();
        builder.Services.AddSingleton(readiness);
        var operations = builder.AddScoGraphOperations(setup);

        // The console as configured (Logging:Console:FormatterName=json gives JSON lines from the first one on).
        using var loggers = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddConsole());
        var logger = loggers.CreateLogger("ScoGraph.Startup");

        var schema = CreateSchema();
        var opened = await StoreOpener.OpenAsync(settings, builder.Environment.ContentRootPath, logger, cancellationToken);
        try
        {
            readiness.SchemaApplied(opened.Schema);
            var dataset = settings.Seed ? await SeedAsync(opened.Store, logger, cancellationToken) : null;
            readiness.DatasetLoaded(dataset is null ? "not loaded (ScoGraph:Seed is false)" : "shipped dataset " + dataset.Version);
        }
        catch
        {
            await opened.DisposeAsync();
            throw;
        }

        // The container owns (and disposes) the real store; the API sees it through the optional decorator.
        builder.Services.AddSingleton(_ => opened);
        builder.Services.AddSingleton<ITimelineStore>(services =>
        {
            var real = services.GetRequiredService<OpenedStore>().Store;
            var wrapped = setup?.WrapStore is { } wrap ? wrap(real) : real;
            return new TracingTimelineStore(wrapped, services.GetRequiredService<ScoGraphMetrics>());
        });

        builder.Services.AddGraphQLServer(_ => schema, options =>
        {
            options.IdeTitle = "ScoGraph";
            // Analysts' queries nest several lists (meetings → participants → nationality...); the engine's default
            // cost budget of 20,000 refuses ordinary ones. Still bounded, and configurable (ScoGraph:GraphQL:Limits).
            options.Limits = options.Limits with { MaxCost = DefaultMaxCost };
            options.RequestTooLargeHint = ImportHint;
        });
        builder.Services.Configure<GraphQLServerOptions>(builder.Configuration.GetSection($"{ScoGraphOptions.Section}:GraphQL"));
        builder.Services.AddGraphQLErrorFilter<StoreUnavailableErrorFilter>();

        // Uploads spooled by a server that was killed are never deleted by it; this start does it.
        var spools = builder.Configuration.GetSection(ImportEndpointOptions.Section).Get<ImportEndpointOptions>()?.SpoolDirectory;
        if (ImportSpool.DeleteStale(spools) is > 0 and var stale)
            logger.LogInformation("Deleted {Count} import spool file(s) left by a server that stopped without cleaning up.", stale);

        var app = builder.Build();
        app.UseScoGraphOperations();
        app.MapGet("/", () => Results.Redirect("/graphql"));
        app.MapGraphQL("/graphql").WithScoGraphRateLimits(operations.RateLimit);
        app.MapImportEndpoint();
        // Resolve the store now so a decorator's construction problem shows at start-up, not on the first request.
        _ = app.Services.GetRequiredService<ITimelineStore>();
        return app;
    }

    private static GraphQL.Types.Schema CreateSchema()
    {
        try
        {
            return ScoGraphSchema.Create();
        }
        catch (SchemaBuildException e)
        {
            throw new StartupException($"The GraphQL schema cannot be built:\n{e.Message}", e);
        }
    }

    private static async Task<DatasetSyncReport> SeedAsync(ITimelineStore store, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            return await DatasetSync.SyncAsync(store, ShippedDataset.Embedded(), logger, cancellationToken);
        }
        catch (Exception e) when (e is not (StartupException or OperationCanceledException))
        {
            throw new StartupException($"Loading the dataset into the store failed: {e.Message}", e);
        }
    }
}
