using Microsoft.AspNetCore.Components;
using Reelwright.Web.Components.Gallery;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages.Gallery;

/// <summary>A person's public page, open to visitors: their name and published clips, a page at a time (?cursor=).</summary>
public partial class ProfilePage
{
    private readonly ApiCallErrors _load = new();
    private ProfileView? _person;
    private bool _notFound;

    [Parameter] public Guid UserId { get; set; }

    [SupplyParameterFromQuery(Name = "cursor")] public string? Cursor { get; set; }

    [CascadingParameter] public HttpContext? HttpContext { get; set; }

    [Inject] public required IStudioApi Api { get; init; }

    protected override async Task OnParametersSetAsync() =>
        (_person, _notFound) = await PublicLookup.LoadAsync(_load, HttpContext, () => Api.GetPersonAsync(UserId, Cursor));

    private string? MoreHref(ProfileView person) =>
        person.NextCursor is { } next ? $"u/{UserId}?cursor={Uri.EscapeDataString(next)}" : null;
}
