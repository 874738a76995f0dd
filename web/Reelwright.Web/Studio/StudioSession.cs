using Microsoft.AspNetCore.Components.Authorization;
using Reelwright.Web.Accounts;

namespace Reelwright.Web.Studio;

/// <summary>
/// Reads the API token from the signed-in user's claims. The scoped authentication state is the one seam that works in
/// both places the web app calls the API from: a static SSR request (Blazor fills it from HttpContext.User) and an
/// interactive circuit (filled from the user who opened the circuit), where no HttpContext may be relied on.
/// </summary>
public sealed class StudioSession(AuthenticationStateProvider authentication) : IStudioSession
{
    public async Task<string?> TokenAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.FindFirst(AccountCookie.ApiTokenClaim)?.Value;
    }
}
