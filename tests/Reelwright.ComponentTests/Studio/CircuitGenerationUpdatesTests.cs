using System.Net;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;
using Reelwright.ComponentTests.Fakes;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Studio;

/// <summary>How a circuit's hub connection authenticates and when it stops retrying (without a hub to connect to).</summary>
public sealed class CircuitGenerationUpdatesTests
{
    [Fact]
    public async Task The_hub_is_given_the_circuit_users_token_on_every_connect()
    {
        var connection = new HttpConnectionOptions();

        CircuitGenerationUpdates.UseSessionToken(connection, new FakeStudioSession("rw_session_ada"));

        Assert.Equal("rw_session_ada", await connection.AccessTokenProvider!());
    }

    [Fact]
    public void Reconnecting_stops_once_the_hub_refuses_the_token()
    {
        var refused = new HttpRequestException("Unauthorized", null, HttpStatusCode.Unauthorized);

        Assert.Null(new GenerationHubRetryPolicy().NextRetryDelay(new RetryContext { PreviousRetryCount = 0, RetryReason = refused }));
    }

    [Theory]
    [InlineData(0, 250)]
    [InlineData(2, 1000)]
    [InlineData(50, 5000)]
    public void Reconnecting_after_a_drop_backs_off_up_to_five_seconds_and_never_gives_up(int previousRetries, int expectedMs)
    {
        var drop = new HttpRequestException("Connection refused");

        var delay = new GenerationHubRetryPolicy().NextRetryDelay(new RetryContext { PreviousRetryCount = previousRetries, RetryReason = drop });

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), delay);
    }
}
