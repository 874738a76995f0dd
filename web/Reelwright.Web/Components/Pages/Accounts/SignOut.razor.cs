using Microsoft.AspNetCore.Components;
using Reelwright.Web.Accounts;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages.Accounts;

/// <summary>Revokes the API session, then clears the cookie; static SSR, since only a response can clear a cookie.</summary>
public partial class SignOut
{
    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required NavigationManager Navigation { get; init; }

    [Inject] public required ILogger<SignOut> Logger { get; init; }

    [CascadingParameter] public HttpContext? HttpContext { get; set; }

    private async Task SignOutAsync()
    {
        try
        {
            await Api.SignOutAsync();
        }
        catch (Exception e) when (StudioApiErrors.IsReportable(e) || e is StudioProblemException)
        {
            // The user asked to leave: clear the cookie anyway. An unrevoked token still expires on its own.
            Logger.LogWarning("Could not revoke the API session on sign-out: {Reason}", e.Message);
        }

        await AccountCookie.SignOutAsync(StaticRequest.Of(HttpContext));
        Navigation.NavigateTo("/sign-in");
    }
}
