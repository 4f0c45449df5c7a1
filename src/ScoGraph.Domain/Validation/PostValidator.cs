using FluentValidation;
using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Validation;

/// <summary>A post: title, and exactly one owner (an organization or a state).</summary>
public sealed class PostValidator : EntityRules<Post>
{
    public PostValidator(IReferenceCatalog catalog) : base(catalog)
    {
        RuleFor(p => p.Title).Name().OverridePropertyName("title");
        RuleFor(p => p.Organization).References(catalog, null, EntityKind.Organization).OverridePropertyName("organization");
        RuleFor(p => p.State).References(catalog, null, EntityKind.State).OverridePropertyName("state");
        RuleFor(p => p).Must(p => p.Organization is null != p.State is null)
            .WithMessage(p => p.Organization is null ? "give the organization or the state the post belongs to" : "give either organization or state, not both")
            .WithErrorCode(ErrorCodes.PostOwner)
            .OverridePropertyName("organization");
    }
}
