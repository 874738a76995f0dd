using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages.Settings;

/// <summary>
/// The user's personal access tokens: list, create, revoke. A new token's secret is kept only in this circuit's
/// memory until dismissed; the API never returns it again, so neither can this page.
/// </summary>
public partial class Tokens
{
    private readonly ApiCallErrors _load = new();
    private readonly ApiCallErrors _create = new();
    private IReadOnlyList<AccessTokenView> _tokens = [];
    private CreatedAccessTokenView? _created;
    private string _newName = "";

    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required IJSRuntime JS { get; init; }

    protected override Task OnInitializedAsync() => LoadAsync();

    private Task LoadAsync() => _load.TryAsync(async () => _tokens = await Api.GetAccessTokensAsync());

    private async Task CreateAsync()
    {
        if (await _create.TryAsync(async () => _created = await Api.CreateAccessTokenAsync(_newName.Trim())))
        {
            _newName = "";
            await LoadAsync();
        }
    }

    private async Task RevokeAsync(AccessTokenView token)
    {
        if (await _load.TryAsync(() => Api.RevokeAccessTokenAsync(token.Id)))
            await LoadAsync();
    }

    private async Task CopyAsync() => await JS.InvokeVoidAsync("navigator.clipboard.writeText", _created?.Token);

    private void Dismiss() => _created = null;
}
