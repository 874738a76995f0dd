using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests.Fakes;

/// <summary>A signed-in user's session with a fixed token, or nobody's (null).</summary>
public sealed class FakeStudioSession(string? token) : IStudioSession
{
    public Task<string?> TokenAsync() => Task.FromResult(token);
}
