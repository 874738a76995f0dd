using Microsoft.Playwright;
using Reelwright.TestModels.StableDiffusion;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.EndToEndTests;

/// <summary>
/// The whole studio as a user meets it: web app and API on real ports, a real worker, the real services, and
/// Debian's Chromium driven by Playwright. A tiny Stable Diffusion export sits in the user models folder beside the
/// built-in model, as if a user had dropped it there.
/// </summary>
public sealed class StudioInBrowser : IAsyncLifetime
{
    private IsolatedStudioResources _resources = null!;
    private StudioApiFactory _api = null!;
    private StudioWorkerHost _worker = null!;
    private StudioWebFactory _web = null!;
    private IPlaywright _playwright = null!;
    private readonly string _userModels = Directory.CreateTempSubdirectory("reelwright-e2e-models-").FullName;

    public const string StableDiffusionModelId = "tiny-sd";

    public Uri WebAddress { get; private set; } = null!;

    /// <summary>The API on its real port, for the setup steps a test takes as a script would (with a token).</summary>
    public Uri ApiAddress { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go, so a CI run leaves evidence of what the user saw.</summary>
    public static string ArtifactsDirectory { get; } =
        Environment.GetEnvironmentVariable("REELWRIGHT_TEST_ARTIFACTS") ?? Path.Combine(AppContext.BaseDirectory, "artifacts");

    public async ValueTask InitializeAsync()
    {
        _resources = await IsolatedStudioResources.CreateAsync();
        TinyStableDiffusionExport.WriteTo(_userModels, StableDiffusionModelId);
        var userModels = new Dictionary<string, string?> { ["Models:UserDirectory"] = _userModels };
        _api = new StudioApiFactory(_resources, userModels);
        var apiAddress = _api.StartOnKestrel();
        ApiAddress = apiAddress;
        _worker = await StudioWorkerHost.StartAsync(_resources, userModels);
        _web = new StudioWebFactory(apiAddress);
        WebAddress = _web.StartOnKestrel();

        _playwright = await Playwright.CreateAsync();
        Browser = await DebianChromium.LaunchAsync(_playwright);
        Directory.CreateDirectory(ArtifactsDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _web.DisposeAsync();
        await _worker.DisposeAsync();
        await _api.DisposeAsync();
        await _resources.DisposeAsync();
        Directory.Delete(_userModels, recursive: true);
    }
}
