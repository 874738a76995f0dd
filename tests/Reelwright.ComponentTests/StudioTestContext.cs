using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.ComponentTests.Fakes;
using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests;

/// <summary>A bUnit context whose components talk to a fake Studio API and a fake live-update feed.</summary>
public abstract class StudioTestContext : BunitContext
{
    protected StudioTestContext()
    {
        Services.AddSingleton<IStudioApi>(Api);
        Services.AddSingleton<IGenerationUpdates>(Updates);
        // The workspace runs as an interactive server component; this is the renderer it would see there.
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected FakeStudioApi Api { get; } = new();

    protected FakeGenerationUpdates Updates { get; } = new();
}
