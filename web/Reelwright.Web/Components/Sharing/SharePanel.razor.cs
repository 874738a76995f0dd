using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Sharing;

/// <summary>
/// Links for people outside the team to a clip or its whole version stack: make one (expiry, passphrase, comments,
/// downloads), copy it while it is shown, and see and revoke the links already made. A new link's token exists only
/// in this component until dismissed: the API keeps a hash and cannot show it again.
/// </summary>
public partial class SharePanel
{
    private static readonly (string Hours, string Words)[] ExpiryChoices =
        [("", "never"), ("24", "in 1 day"), ("168", "in 7 days"), ("720", "in 30 days")];

    // A select binds text, not a bool (Blazor converts only a checkbox's value to bool).
    private const string ViewOnly = "view";
    private const string ViewAndComment = "comment";

    private readonly ApiCallErrors _load = new();
    private readonly ApiCallErrors _create = new();
    private List<ListedShareLink> _links = [];
    private CreatedShareLinkView? _created;
    private bool _creating;
    private bool _wholeStack;
    private string _expiresInHours = "";
    private string _passphrase = "";
    private string _permission = ViewOnly;
    private bool _allowDownloads;

    [Parameter, EditorRequired] public Guid GenerationId { get; set; }

    /// <summary>The clip's shot, when it has one: its whole version stack may be shared too.</summary>
    [Parameter] public Guid? ShotId { get; set; }

    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required IJSRuntime JS { get; init; }

    [Inject] public required NavigationManager Navigation { get; init; }

    protected override Task OnParametersSetAsync() => LoadAsync();

    private Task LoadAsync() =>
        _load.TryAsync(async () =>
        {
            var clipLinks = await Api.GetShareLinksAsync(generationId: GenerationId);
            var stackLinks = ShotId is { } shotId ? await Api.GetShareLinksAsync(shotId: shotId) : [];
            _links = [.. clipLinks.Select(l => new ListedShareLink(l, IsStack: false))
                .Concat(stackLinks.Select(l => new ListedShareLink(l, IsStack: true)))
                .OrderByDescending(l => l.Link.CreatedAt)];
        });

    private async Task CreateAsync()
    {
        _creating = true;
        var stack = _wholeStack && ShotId is not null;
        var request = new ShareLinkRequest(
            GenerationId: stack ? null : GenerationId,
            ShotId: stack ? ShotId : null,
            ExpiresInHours: int.TryParse(_expiresInHours, out var hours) ? hours : null,
            Passphrase: string.IsNullOrEmpty(_passphrase) ? null : _passphrase,
            AllowComments: _permission == ViewAndComment,
            _allowDownloads);
        if (await _create.TryAsync(async () => _created = await Api.CreateShareLinkAsync(request)))
        {
            _passphrase = ""; // the creator passes it on themselves; the page need not keep it
            await LoadAsync();
        }
        _creating = false;
    }

    private async Task RevokeAsync(ShareLinkView link)
    {
        if (await _load.TryAsync(() => Api.RevokeShareLinkAsync(link.Id)))
            await LoadAsync();
    }

    /// <summary>The web app's own address for the link (the API names only its path), so it works pasted anywhere.</summary>
    private string FullUrl(CreatedShareLinkView created) => Navigation.ToAbsoluteUri($"s/{Uri.EscapeDataString(created.Token)}").ToString();

    private async Task CopyAsync()
    {
        if (_created is { } created)
            await JS.InvokeVoidAsync("navigator.clipboard.writeText", FullUrl(created));
    }

    private void Dismiss() => _created = null;

    private static string Permissions(ShareLinkView link) =>
        (link.AllowComments ? "view and comment" : "view") + (link.AllowDownloads ? ", download" : "");

    /// <summary>A link in the table, with whether it shares the whole stack or just this clip.</summary>
    private sealed record ListedShareLink(ShareLinkView Link, bool IsStack);
}
