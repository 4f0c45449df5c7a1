using FluentValidation;
using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Validation;

/// <summary>A source: title, optional publisher, http(s) URL, language tag and excerpt; it cites nothing itself.</summary>
public sealed class SourceValidator : EntityRules<Source>
{
    public SourceValidator(IReferenceCatalog catalog) : base(catalog)
    {
        RuleFor(s => s.Title).Name().OverridePropertyName("title");
        RuleFor(s => s.Publisher).Name().When(s => s.Publisher is not null).OverridePropertyName("publisher");
        RuleFor(s => s.Url).HttpUrl().OverridePropertyName("url");
        RuleFor(s => s.Language).LanguageTag().OverridePropertyName("language");
        RuleFor(s => s.Excerpt).Text().When(s => s.Excerpt is not null).OverridePropertyName("excerpt");
        RuleForEach(s => s.Sources).Must((source, cite) => cite.SourceId != source.Id)
            .WithMessage("a source cannot cite itself").WithErrorCode(ErrorCodes.SelfReference).OverridePropertyName("sources");
    }
}
