using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Reelwright.Web.Accounts;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages.Sharing;

/// <summary>
/// Where a share link lands, for anyone who has it: the passphrase first when the link has one, then the clip or
/// every version of the stack, newest first. The passphrase lives only in this component, never in the address or
/// a cookie, so leaving the page forgets it.
/// </summary>
public partial class SharedPage
{
    private readonly ApiCallErrors _errors = new();
    private SharedLinkOutcome? _outcome;
    private string _passphrase = "";
    private bool _opening;
    private bool _signedIn;

    [Parameter] public required string Token { get; set; }

    [Inject] public required IStudioApi Api { get; init; }

    [CascadingParameter] public required Task<AuthenticationState> AuthenticationState { get; set; }

    /// <summary>Signing in comes back here; the passphrase is asked for again, since it was never written down.</summary>
    private string SignInUrl => LocalReturnUrl.SignInFor($"/s/{Uri.EscapeDataString(Token)}");

    private string? SentPassphrase => _passphrase.Length > 0 ? _passphrase : null;

    protected override async Task OnParametersSetAsync()
    {
        _signedIn = (await AuthenticationState).User.Identity?.IsAuthenticated == true;
        // Opening counts a view (and a wrong passphrase counts against the link): only the live circuit opens it,
        // not the prerendered copy that is thrown away.
        if (RendererInfo.IsInteractive)
            await OpenAsync(passphrase: null);
    }

    private Task OpenWithPassphraseAsync() => OpenAsync(SentPassphrase);

    private async Task OpenAsync(string? passphrase)
    {
        _opening = true;
        await _errors.TryAsync(async () => _outcome = await Api.OpenSharedAsync(Token, passphrase));
        _opening = false;
    }

    private static IEnumerable<SharedClipView> NewestFirst(SharedView view) =>
        view.Clips.OrderByDescending(c => c.Version ?? 0);

    private static string MinutesText(int minutes) => minutes == 1 ? "1 minute" : $"{minutes} minutes";
}
