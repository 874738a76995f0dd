using Microsoft.AspNetCore.OutputCaching;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.ComponentTests.Fakes;
using Reelwright.Web.Accounts;
using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests;

/// <summary>
/// A bUnit context whose components talk to a fake Studio API and a fake live-update feed, signed in as
/// <see cref="Sample.User"/> (pages need a signed-in user now; tests about signing in start from <see cref="Authorization"/>).
/// </summary>
public abstract class StudioTestContext : BunitContext
{
    /// <summary>The web app's cache of public gallery pages; tests read what publishing evicted.</summary>
    protected RecordingOutputCacheStore GalleryPages { get; } = new();

    protected StudioTestContext()
    {
        Services.AddSingleton<IStudioApi>(Api);
        Services.AddSingleton<IGenerationUpdates>(Updates);
        Services.AddSingleton<IOutputCacheStore>(GalleryPages);
        Authorization = AddAuthorization();
        Authorization.SetAuthorized(Sample.User.DisplayName);
        Authorization.SetClaims(
            new Claim(ClaimTypes.NameIdentifier, Sample.User.Id.ToString()),
            new Claim(ClaimTypes.Email, Sample.User.Email),
            new Claim(AccountCookie.ApiTokenClaim, Sample.ApiToken));
        // The workspace runs as an interactive server component; this is the renderer it would see there.
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected FakeStudioApi Api { get; } = new();

    protected FakeGenerationUpdates Updates { get; } = new();

    protected BunitAuthorizationContext Authorization { get; }
}
