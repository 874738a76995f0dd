using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Reelwright.IntegrationTests.Accounts;
using Reelwright.IntegrationTests.Review;
using Xunit;

namespace Reelwright.IntegrationTests.ShareLinks;

/// <summary>A passphrase keeps a leaked link closed, and guessing it is cut off long before it could succeed.</summary>
[Collection(SharingTeam.Name)]
public sealed class When_a_share_link_has_a_passphrase(ReviewTeam team)
{
    private const string Passphrase = "kites at dawn";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_clip_shows_only_with_the_right_passphrase()
    {
        var clip = await team.MakeClipToShareAsync(team.Editor, seed: 51);
        var link = await team.Editor.ShareAsync(new { generationId = clip.Id, passphrase = Passphrase });
        using var visitor = team.Api.CreateClient();

        Assert.True(link.HasPassphrase);
        using (var missing = await visitor.OpenLinkAsync(link.Token))
            AssertAboutThePassphrase(await missing.ProblemAsync(HttpStatusCode.Unauthorized));
        using (var wrong = await visitor.OpenLinkAsync(link.Token, "kites at dusk"))
            AssertAboutThePassphrase(await wrong.ProblemAsync(HttpStatusCode.Unauthorized));
        var view = await visitor.ViewAsync(link.Token, Passphrase);

        Assert.Equal(clip.Id, Assert.Single(view.Clips).Id);
        Assert.Equal(1, Assert.Single(await team.Editor.LinksOfAsync($"generationId={clip.Id}")).ViewCount);
    }

    [Fact]
    public async Task After_five_wrong_tries_even_the_right_passphrase_waits_until_the_first_leaves_the_window()
    {
        var clip = await team.MakeClipToShareAsync(team.Editor, seed: 52);
        var link = await team.Editor.ShareAsync(new { generationId = clip.Id, passphrase = Passphrase });
        using var guesser = team.Api.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await guesser.OpenLinkAsync(link.Token, $"guess {i}");
            await wrong.ProblemAsync(HttpStatusCode.Unauthorized);
        }
        using var refused = await guesser.OpenLinkAsync(link.Token, Passphrase);

        await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 14 * 60, 15 * 60);
        Assert.Equal(0, Assert.Single(await team.Editor.LinksOfAsync($"generationId={clip.Id}")).ViewCount);
    }

    [Fact]
    public async Task Twenty_wrong_tries_from_one_address_shut_it_out_of_every_link_but_not_other_addresses()
    {
        var clip = await team.MakeClipToShareAsync(team.Editor, seed: 53);
        var links = new List<string>();
        for (var i = 0; i < 5; i++)
            links.Add((await team.Editor.ShareAsync(new { generationId = clip.Id, passphrase = Passphrase })).Token);

        // Five wrong tries on each of four links: no link reaches its own limit, but the address reaches twenty.
        foreach (var token in links.Take(4))
            for (var i = 0; i < 5; i++)
                Assert.Equal(StatusCodes.Status401Unauthorized, await OpenFromAsync("203.0.113.7", token, $"guess {i}"));

        Assert.Equal(StatusCodes.Status429TooManyRequests, await OpenFromAsync("203.0.113.7", links[4], Passphrase));
        Assert.Equal(StatusCodes.Status200OK, await OpenFromAsync("198.51.100.9", links[4], Passphrase));
    }

    private static void AssertAboutThePassphrase(ProblemDetails problem) =>
        Assert.Equal("passphrase", problem.Extensions["field"]?.ToString());

    /// <summary>The in-memory server has no network, so the client's address is set on the request by hand.</summary>
    private async Task<int> OpenFromAsync(string address, string token, string passphrase)
    {
        var context = await team.Api.Server.SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = IPAddress.Parse(address);
            http.Request.Method = HttpMethods.Post;
            http.Request.Path = $"/api/shared/{token}";
            http.Request.ContentType = "application/json";
            var body = Encoding.UTF8.GetBytes($$"""{ "passphrase": "{{passphrase}}" }""");
            http.Request.ContentLength = body.Length;
            http.Request.Body = new MemoryStream(body);
            http.Features.Set<IHttpRequestBodyDetectionFeature>(new HasBody());
        }, Ct);
        return context.Response.StatusCode;
    }

    // The in-memory server assumes a hand-built request has no body unless told.
    private sealed class HasBody : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => true;
    }
}
