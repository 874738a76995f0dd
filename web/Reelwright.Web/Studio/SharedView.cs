namespace Reelwright.Web.Studio;

/// <summary>What a share link opens onto (POST /api/shared/{token}): one clip (Kind "Clip") or a version stack ("Stack").</summary>
public sealed record SharedView(
    string Kind,
    string? Title,
    bool AllowComments,
    bool AllowDownloads,
    DateTimeOffset? ExpiresAt,
    IReadOnlyList<SharedClipView> Clips)
{
    public const string StackKind = "Stack";

    public bool IsStack => Kind == StackKind;
}
