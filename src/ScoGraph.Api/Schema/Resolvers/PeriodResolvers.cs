using ScoGraph.Domain.Time;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>The <c>Period</c> type over the domain <see cref="Period"/>.</summary>
public static class PeriodResolvers
{
    public static SchemaBuilder BindPeriod(this SchemaBuilder builder) => builder
        .BindType<Period>("Period")
        .Read<Period>("Period", "start", p => p.Start)
        .Read<Period>("Period", "end", p => p.End)
        .Read<Period>("Period", "precision", p => Precision(p))
        .Read<Period>("Period", "isOngoing", p => p.End is null);

    /// <summary>The coarser of the two bounds' precisions (DAY when neither bound is known).</summary>
    public static DatePrecision Precision(Period period) =>
        new[] { period.Start?.Precision, period.End?.Precision }.OfType<DatePrecision>().DefaultIfEmpty(DatePrecision.Day).Min();
}
