using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests.Fakes;

/// <summary>The share link calls of the fake API: links kept in memory by what they share, openings answered as a test says.</summary>
public sealed partial class FakeStudioApi
{
    /// <summary>Every link made, with the clip or stack it shares.</summary>
    public List<(Guid? GenerationId, Guid? ShotId, ShareLinkView Link)> ShareLinks { get; } = [];

    public List<ShareLinkRequest> ShareLinkRequests { get; } = [];

    public List<Guid> RevokedShareLinks { get; } = [];

    /// <summary>The token the next link made gets.</summary>
    public string NextShareToken { get; set; } = "sh_0123456789abcdef";

    /// <summary>Every link opened, with the passphrase sent (null: none).</summary>
    public List<(string Token, string? Passphrase)> SharedOpenings { get; } = [];

    /// <summary>How opening a link is answered, given its token and the passphrase sent.</summary>
    public Func<string, string?, SharedLinkOutcome> SharedAnswer { get; set; } =
        (token, _) => throw new InvalidOperationException($"No answer set for share link {token}.");

    public List<(string Token, string? Passphrase, Guid GenerationId, string Body, int StartFrame)> SharedComments { get; } = [];

    public Task<CreatedShareLinkView> CreateShareLinkAsync(ShareLinkRequest request, CancellationToken ct = default)
    {
        ShareLinkRequests.Add(request);
        ThrowIfUnreachable();
        var link = new ShareLinkView(Guid.NewGuid(), Sample.Noon.AddMinutes(ShareLinks.Count + 1), Sample.User.Id, Sample.User.DisplayName,
            request.ExpiresInHours is { } hours ? Sample.Noon.AddHours(hours) : null, HasPassphrase: request.Passphrase is { Length: > 0 },
            request.AllowComments, request.AllowDownloads, RevokedAt: null, ViewCount: 0);
        ShareLinks.Add((request.GenerationId, request.ShotId, link));
        return Task.FromResult(new CreatedShareLinkView(link.Id, NextShareToken, $"/s/{NextShareToken}", link.ExpiresAt));
    }

    public Task<IReadOnlyList<ShareLinkView>> GetShareLinksAsync(Guid? generationId = null, Guid? shotId = null, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        return Task.FromResult<IReadOnlyList<ShareLinkView>>(
            [.. ShareLinks.Where(l => l.GenerationId == generationId && l.ShotId == shotId).Select(l => l.Link).OrderByDescending(l => l.CreatedAt)]);
    }

    public Task RevokeShareLinkAsync(Guid shareLinkId, CancellationToken ct = default)
    {
        RevokedShareLinks.Add(shareLinkId);
        ThrowIfUnreachable();
        var index = ShareLinks.FindIndex(l => l.Link.Id == shareLinkId);
        ShareLinks[index] = ShareLinks[index] with { Link = ShareLinks[index].Link with { RevokedAt = Sample.Noon.AddHours(2) } };
        return Task.CompletedTask;
    }

    public Task<SharedLinkOutcome> OpenSharedAsync(string token, string? passphrase, CancellationToken ct = default)
    {
        SharedOpenings.Add((token, passphrase));
        ThrowIfUnreachable();
        return Task.FromResult(SharedAnswer(token, passphrase));
    }

    public Task<CommentView> AddSharedCommentAsync(string token, string? passphrase, Guid generationId, string body, int startFrame,
        CancellationToken ct = default)
    {
        SharedComments.Add((token, passphrase, generationId, body, startFrame));
        ThrowIfUnreachable();
        return Task.FromResult(Sample.Comment(generationId, body, startFrame, author: Sample.User.DisplayName) with { CreatedAt = Sample.Noon.AddHours(1) });
    }

    public string DownloadUrl(Guid generationId, string signedVideoUrl, string format) =>
        $"{PublicBaseUrl}/api/generations/{generationId}/download?format={format}" + (signedVideoUrl.Split('?') is [_, var query] ? "&" + query : "");
}
