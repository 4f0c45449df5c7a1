using FluentValidation;
using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Validation;

/// <summary>Rules shared by every entity validator: a slug id and known sources.</summary>
public abstract class EntityRules<T> : AbstractValidator<T> where T : Entity
{
    protected EntityRules(IReferenceCatalog catalog, bool slugId = true)
    {
        if (slugId) RuleFor(e => e.Id).Slug().OverridePropertyName("id");
        RuleFor(e => e.Sources).AtMost(ListBounds.Sources).OverridePropertyName("sources");
        RuleForEach(e => e.Sources).ChildRules(source =>
        {
            source.RuleFor(s => s.SourceId).References(catalog, null, EntityKind.Source).OverridePropertyName("id");
            source.RuleFor(s => s.Quote).Text().When(s => s.Quote is not null).OverridePropertyName("quote");
        }).OverridePropertyName("sources");
    }

    /// <summary>A list of names or texts: every element not blank.</summary>
    protected void EachName(System.Linq.Expressions.Expression<Func<T, IEnumerable<string>>> list, string path) =>
        RuleForEach(list).Name().OverridePropertyName(path);
}
