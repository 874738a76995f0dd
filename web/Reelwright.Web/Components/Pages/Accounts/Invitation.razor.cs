using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages.Accounts;

/// <summary>
/// Where an invitation link lands. Signing in (or up) first is required and comes back here; an expired, used or
/// revoked invitation shows the API's explanation instead of the Accept button.
/// </summary>
public partial class Invitation
{
    private readonly ApiCallErrors _errors = new();
    private InvitationPreviewView? _invitation;
    private bool _accepting;

    [Parameter] public required string Token { get; set; }

    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required NavigationManager Navigation { get; init; }

    protected override Task OnParametersSetAsync() => _errors.TryAsync(async () => _invitation = await Api.GetInvitationAsync(Token));

    private async Task AcceptAsync()
    {
        _accepting = true;
        TeamSummaryView? team = null;
        if (await _errors.TryAsync(async () => team = await Api.AcceptInvitationAsync(Token)))
            Navigation.NavigateTo($"teams/{team!.Id}");
        else
            _invitation = null; // gone or already a member: the API's message says which, and accepting again cannot help
        _accepting = false;
    }
}
