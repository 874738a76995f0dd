using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Reelwright.Testing;

/// <summary>
/// The web app as infra/up.sh and the container run it: published in Release and started in Production, a separate
/// process. Unlike the in-process factory (Development), this serves static assets only if the publish output has them.
/// The browser tests check the published app with it; the gallery load benchmark drives it.
/// </summary>
public sealed class PublishedWebApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private PublishedWebApp(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<PublishedWebApp> StartAsync(Uri apiAddress, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("reelwright-web-").FullName;
        var project = Path.Combine(RepositoryRoot(), "web", "Reelwright.Web", "Reelwright.Web.csproj");
        await RunAsync("dotnet", ["publish", project, "-c", "Release", "-o", folder, "-nologo", "-v", "quiet"], ct);

        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, "Reelwright.Web.dll")])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = address.ToString(),
                ["Studio__ApiBaseUrl"] = apiAddress.ToString(),
                ["Studio__PublicApiBaseUrl"] = apiAddress.ToString(),
            },
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new PublishedWebApp(process, folder, address);
        await app.WaitUntilAnsweringAsync(ct);
        return app;
    }

    private async Task WaitUntilAnsweringAsync(CancellationToken ct)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(Address, ct);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
            }
            if (_process.HasExited || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"The published web app did not start (exit code {(_process.HasExited ? _process.ExitCode : "none")}).");
            await Task.Delay(200, ct);
        }
    }

    private static async Task RunAsync(string command, string[] arguments, CancellationToken ct)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed: {await output}{await errors}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Reelwright.slnx")))
                return folder.FullName;
        throw new InvalidOperationException("Reelwright.slnx not found above the test output.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
