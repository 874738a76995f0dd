namespace Reelwright.Web.Studio;

/// <summary>A shot's version stack, oldest version first (GET /api/shots/{id}).</summary>
public sealed record ShotView(Guid Id, Guid ProjectId, string Name, DateTimeOffset CreatedAt, IReadOnlyList<ShotVersionView> Versions);
