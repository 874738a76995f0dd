namespace Reelwright.Web.Studio;

/// <summary>
/// An entry of a project's activity feed. Kind is kept as the API's text ("Generated", "Commented", …) rather than an
/// enum, so a kind added to the API later shows up in the feed instead of failing to read the whole page.
/// </summary>
public sealed record ActivityView(
    Guid Id, string Kind, Guid? ActorId, string? ActorName, Guid? GenerationId, Guid? SubjectId, string Summary, DateTimeOffset CreatedAt);
