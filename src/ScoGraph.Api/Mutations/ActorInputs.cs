using ScoGraph.Domain.Model;

namespace ScoGraph.Api.Mutations;

/// <summary>The inputs of the entities other facts refer to: states, organizations, officials, posts and sources.</summary>
public static class ActorInputs
{
    public static readonly EntityInput State = new("upsertState", "StatePayload", "state", input => new State
    {
        Id = input.Text("iso3"),
        Iso3 = input.Text("iso3"),
        Name = input.Text("name"),
        Aliases = input.Texts("aliases"),
        Sources = input.Sources(),
    }, new Dictionary<string, string> { ["id"] = "iso3" });

    public static readonly EntityInput Organization = new("upsertOrganization", "OrganizationPayload", "organization", input => new Organization
    {
        Id = input.Id("id"),
        Name = input.Text("name"),
        Aliases = input.Texts("aliases"),
        Parent = input.OptionalId("parent"),
        SucceededBy = input.OptionalId("succeededBy"),
        Sources = input.Sources(),
    });

    public static readonly EntityInput Official = new("upsertOfficial", "OfficialPayload", "official", input => new Official
    {
        Id = input.Id("id"),
        Name = input.Text("name"),
        Aliases = input.Texts("aliases"),
        Nationality = input.OptionalId("nationality"),
        Sources = input.Sources(),
    });

    public static readonly EntityInput Post = new("upsertPost", "PostPayload", "post", input => new Post
    {
        Id = input.Id("id"),
        Title = input.Text("title"),
        Organization = input.OptionalId("organization"),
        State = input.OptionalId("state"),
        Sources = input.Sources(),
    });

    public static readonly EntityInput Source = new("upsertSource", "SourcePayload", "source", input => new Source
    {
        Id = input.Id("id"),
        Title = input.Text("title"),
        Url = input.OptionalText("url"),
        Publisher = input.OptionalText("publisher"),
        Published = input.OptionalDate("published"),
        Language = input.OptionalText("language"),
        Excerpt = input.OptionalText("excerpt"),
    });
}
