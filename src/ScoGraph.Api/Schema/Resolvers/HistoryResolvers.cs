using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Domain.Import;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Versions;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary><c>Query.history</c> and the <c>FactVersion</c> type (over the domain's <see cref="Versioned{T}"/>).</summary>
public static class HistoryResolvers
{
    public static SchemaBuilder BindHistory(this SchemaBuilder builder) => builder
        .RootAsync("history", async context =>
        {
            var id = context.RequiredString("id");
            var versions = await context.Store().HistoryAsync(id, context.CancellationToken);
            if (versions.Count == 0) throw Arguments.UnknownId(id);
            return ListLimit.Check(versions, ListLimit.History, $"The history of \"{id}\"", "no narrower list exists");
        })
        .ListSize("Query", "history", ListLimit.History)
        .BindType<Versioned<Entity>>("FactVersion")
        .Read<Versioned<Entity>>("FactVersion", "id", v => v.Item.Id)
        .Read<Versioned<Entity>>("FactVersion", "version", v => v.Version.Revision)
        .Read<Versioned<Entity>>("FactVersion", "recordedAt", v => v.Version.RecordedAt)
        .Read<Versioned<Entity>>("FactVersion", "retractedAt", v => v.Version.RetractedAt)
        .Read<Versioned<Entity>>("FactVersion", "retractionReason", v => v.Version.RetractionReason)
        .Read<Versioned<Entity>>("FactVersion", "recordedBy", v => v.Version.RecordedBy)
        .Read<Versioned<Entity>>("FactVersion", "retractedBy", v => v.Version.RetractedBy)
        .Read<Versioned<Entity>>("FactVersion", "content", v => ImportLineWriter.Write(v.Item));
}
