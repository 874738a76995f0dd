using System.Net;
using System.Net.Http.Json;
using System.Text;
using Xunit;

namespace Reelwright.IntegrationTests.Access;

/// <summary>
/// The authorization matrix: every endpoint, called as owner, editor, reviewer, viewer, outsider and anonymous visitor.
/// Outside one's rights a thing does not exist (404); a member who sees it but lacks the role gets 403; no account
/// where one is needed gets 401.
/// </summary>
public sealed class When_every_role_calls_every_endpoint(TeamOfFive team) : IClassFixture<TeamOfFive>
{
    private sealed record Call(string Name, Func<HttpClient, Task<HttpResponseMessage>> Send, params int[] Expected);

    [Fact]
    public async Task Each_answer_matches_the_callers_rights()
    {
        var ct = TestContext.Current.CancellationToken;
        var t = team.TeamId;
        var p = team.ProjectId;
        Call[] calls =
        [
            new("GET /api/me", c => c.GetAsync("/api/me", ct), 200, 200, 200, 200, 200, 401),
            new("GET /api/models", c => c.GetAsync("/api/models", ct), 200, 200, 200, 200, 200, 200),
            new("GET /api/workers", c => c.GetAsync("/api/workers", ct), 200, 200, 200, 200, 200, 401),
            new("GET /api/me/tokens", c => c.GetAsync("/api/me/tokens", ct), 200, 200, 200, 200, 200, 401),
            new("DELETE someone else's token", c => c.DeleteAsync($"/api/me/tokens/{Guid.NewGuid()}", ct), 404, 404, 404, 404, 404, 401),
            new("GET history of the project", c => c.GetAsync($"/api/generations?projectId={p}", ct), 200, 200, 200, 200, 404, 401),
            new("GET a team clip", c => c.GetAsync($"/api/generations/{team.TeamClip.Id}", ct), 200, 200, 200, 200, 404, 404),
            new("GET the editor's private clip", c => c.GetAsync($"/api/generations/{team.PrivateClip.Id}", ct), 404, 200, 404, 404, 404, 404),
            new("GET a public clip", c => c.GetAsync($"/api/generations/{team.PublicClip.Id}", ct), 200, 200, 200, 200, 200, 200),
            new("GET a team clip's video, unsigned", c => c.GetAsync($"/api/generations/{team.TeamClip.Id}/media/video", ct), 200, 200, 200, 200, 404, 404),
            new("GET a private clip's poster, unsigned", c => c.GetAsync($"/api/generations/{team.PrivateClip.Id}/media/poster", ct), 404, 200, 404, 404, 404, 404),
            new("POST a generation into the project", c => c.PostAsJsonAsync("/api/generations", new { prompt = "a blue square", projectId = p, steps = 1 }, ct), 201, 201, 403, 403, 404, 401),
            new("POST cancel of the editor's finished clip", c => c.PostAsync($"/api/generations/{team.TeamClip.Id}/cancel", null, ct), 409, 409, 403, 403, 404, 401),
            new("PUT visibility of the editor's clip", c => c.PutAsJsonAsync($"/api/generations/{team.TeamClip.Id}/visibility", new { visibility = "Team" }, ct), 200, 200, 403, 403, 404, 401),
            new("GET the team", c => c.GetAsync($"/api/teams/{t}", ct), 200, 200, 200, 200, 404, 401),
            new("PUT the viewer's role", c => c.PutAsJsonAsync($"/api/teams/{t}/members/{team.UserIds["viewer"]}", new { role = "Viewer" }, ct), 200, 403, 403, 403, 404, 401),
            new("POST an invitation", c => c.PostAsJsonAsync($"/api/teams/{t}/invitations", new { role = "Viewer" }, ct), 201, 403, 403, 403, 404, 401),
            new("GET the invitations", c => c.GetAsync($"/api/teams/{t}/invitations", ct), 200, 403, 403, 403, 404, 401),
            new("POST a project into the team", c => c.PostAsJsonAsync($"/api/teams/{t}/projects", new { name = "Trailer" }, ct), 201, 201, 403, 403, 404, 401),
            new("POST a webhook for the project", c => c.PostAsJsonAsync($"/api/projects/{p}/webhooks", new { url = "https://hooks.example.test/reelwright" }, ct), 201, 403, 403, 403, 404, 401),
            new("GET the project's webhooks", c => c.GetAsync($"/api/projects/{p}/webhooks", ct), 200, 403, 403, 403, 404, 401),
            new("GET the project's activity", c => c.GetAsync($"/api/projects/{p}/activity", ct), 200, 200, 200, 200, 404, 401),
            new("GET the project's shots", c => c.GetAsync($"/api/projects/{p}/shots", ct), 200, 200, 200, 200, 404, 401),
            new("GET a team clip's comments", c => c.GetAsync($"/api/generations/{team.TeamClip.Id}/comments", ct), 200, 200, 200, 200, 404, 404),
            new("POST a comment on a team clip", c => c.PostAsJsonAsync($"/api/generations/{team.TeamClip.Id}/comments", new { body = "too dark", startFrame = 1 }, ct), 201, 201, 201, 403, 404, 401),
            new("GET a team clip's reviews", c => c.GetAsync($"/api/generations/{team.TeamClip.Id}/reviews", ct), 200, 200, 200, 200, 404, 401),
            new("POST a review request for a team clip", c => c.PostAsJsonAsync($"/api/generations/{team.TeamClip.Id}/reviews", new { reviewerIds = new[] { team.UserIds["reviewer"] } }, ct), 201, 201, 403, 403, 404, 401),
            new("POST a shot in the project", c => c.PostAsJsonAsync("/api/shots", new { projectId = p, name = "Opening" }, ct), 201, 201, 403, 403, 404, 401),
            new("GET one's waiting jobs", c => c.GetAsync("/api/queue", ct), 200, 200, 200, 200, 200, 401),
            // The owner is this studio's first account, so its administrator; to anyone else the page does not exist.
            new("GET the whole queue", c => c.GetAsync("/api/admin/queue", ct), 200, 404, 404, 404, 404, 401),
            new("POST resume of the whole queue", c => c.PostAsJsonAsync("/api/admin/queue/resume", new { }, ct), 204, 404, 404, 404, 404, 401),
            new("POST a sweep into the project", c => c.PostAsJsonAsync("/api/sweeps", new { projectId = p, template = "a {red|blue} dot", variables = new Dictionary<string, string[]>(), steps = new[] { 1 } }, ct), 201, 201, 403, 403, 404, 401),
            new("GET prompts search", c => c.GetAsync($"/api/prompts?projectId={p}", ct), 200, 200, 200, 200, 200, 401),
            new("GET sweeps of the project", c => c.GetAsync($"/api/sweeps?projectId={p}", ct), 200, 200, 200, 200, 200, 401),
            new("GET favourites", c => c.GetAsync("/api/favourites", ct), 200, 200, 200, 200, 200, 401),
            new("PUT a star on a team clip", c => c.PutAsync($"/api/favourites/generations/{team.TeamClip.Id}", null, ct), 204, 204, 204, 204, 404, 401),
            new("PUT a star on the editor's private clip", c => c.PutAsync($"/api/favourites/generations/{team.PrivateClip.Id}", null, ct), 404, 204, 404, 404, 404, 401),
            new("POST a re-run of a team clip", c => c.PostAsync($"/api/generations/{team.TeamClip.Id}/rerun", null, ct), 201, 201, 403, 403, 404, 401),
            new("GET verification of a clip that is no re-run", c => c.GetAsync($"/api/generations/{team.TeamClip.Id}/verification", ct), 404, 404, 404, 404, 404, 404),
            new("POST a prompt into the project", c => c.PostAsJsonAsync("/api/prompts", new { projectId = p, name = "Opening", firstVersion = new { text = "a red dot" } }, ct), 201, 201, 403, 403, 404, 401),
            new("POST a team of one's own", c => c.PostAsJsonAsync("/api/teams", new { name = "Side project" }, ct), 201, 201, 201, 201, 201, 401),
            // Share links.
            new("POST a share link to a team clip", c => c.PostAsJsonAsync("/api/share-links", new { generationId = team.TeamClip.Id }, ct), 201, 201, 403, 403, 404, 401),
            new("POST a share link to the editor's private clip", c => c.PostAsJsonAsync("/api/share-links", new { generationId = team.PrivateClip.Id }, ct), 404, 201, 404, 404, 404, 401),
            new("GET a team clip's share links", c => c.GetAsync($"/api/share-links?generationId={team.TeamClip.Id}", ct), 200, 200, 200, 200, 404, 401),
            new("DELETE a share link the editor just made", async c =>
            {
                using var made = await team.As["editor"].PostAsJsonAsync("/api/share-links", new { generationId = team.TeamClip.Id }, ct);
                var id = (await made.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(ct)).GetProperty("id").GetGuid();
                return await c.DeleteAsync($"/api/share-links/{id}", ct);
            }, 204, 204, 403, 403, 404, 401),
            new("POST open an unknown share link", c => c.PostAsJsonAsync("/api/shared/rw_shr_unknown", new { }, ct), 404, 404, 404, 404, 404, 404),
            new("POST a comment through an unknown share link", c => c.PostAsJsonAsync("/api/shared/rw_shr_unknown/comments", new { generationId = team.TeamClip.Id, body = "hi", startFrame = 0 }, ct), 404, 404, 404, 404, 404, 401),
            // The gallery last: some of its rows publish the owner's public clip and hide its recipe.
            new("GET the gallery", c => c.GetAsync("/api/gallery?sort=liked", ct), 200, 200, 200, 200, 200, 200),
            new("GET a public clip that is not published, in the gallery", c => c.GetAsync($"/api/gallery/{team.PublicClip.Id}", ct), 404, 404, 404, 404, 404, 404),
            new("PUT a like on a team clip", c => c.PutAsync($"/api/gallery/{team.TeamClip.Id}/like", null, ct), 404, 404, 404, 404, 404, 401),
            new("GET the owner's profile", c => c.GetAsync($"/api/people/{team.UserIds["owner"]}", ct), 200, 200, 200, 200, 200, 200),
            new("POST publish of a team clip without a title", c => c.PostAsJsonAsync($"/api/generations/{team.TeamClip.Id}/publish", new { title = "" }, ct), 400, 400, 403, 403, 404, 401),
            new("POST unpublish of a team clip that is not published", c => c.PostAsync($"/api/generations/{team.TeamClip.Id}/unpublish", null, ct), 200, 200, 403, 403, 404, 401),
            // From here on the owner's public clip is in the gallery, then its recipe hidden: these rows change it, so they come last.
            new("POST publish of the owner's public clip", c => c.PostAsJsonAsync($"/api/generations/{team.PublicClip.Id}/publish", new { title = "Opening" }, ct), 200, 403, 403, 403, 403, 401),
            new("GET the published clip in the gallery", c => c.GetAsync($"/api/gallery/{team.PublicClip.Id}", ct), 200, 200, 200, 200, 200, 200),
            new("PUT a like on the published clip", c => c.PutAsync($"/api/gallery/{team.PublicClip.Id}/like", null, ct), 200, 200, 200, 200, 200, 401),
            new("DELETE a like on the published clip", c => c.DeleteAsync($"/api/gallery/{team.PublicClip.Id}/like", ct), 200, 200, 200, 200, 200, 401),
            new("POST a remix of the published clip into the project", c => c.PostAsJsonAsync("/api/generations", new { prompt = "a green dot", projectId = p, steps = 1, remixOfId = team.PublicClip.Id }, ct), 201, 201, 403, 403, 404, 401),
            new("POST publish of the owner's clip with its recipe hidden", c => c.PostAsJsonAsync($"/api/generations/{team.PublicClip.Id}/publish", new { title = "Opening", hideRecipe = true }, ct), 200, 403, 403, 403, 403, 401),
            new("GET the hidden-recipe clip as a generation", c => c.GetAsync($"/api/generations/{team.PublicClip.Id}", ct), 200, 200, 200, 200, 404, 404),
        ];

        var mismatches = new StringBuilder();
        foreach (var call in calls)
        {
            for (var i = 0; i < TeamOfFive.Roles.Length; i++)
            {
                var role = TeamOfFive.Roles[i];
                using var response = await call.Send(team.As[role]);
                if ((int)response.StatusCode != call.Expected[i])
                    mismatches.AppendLine($"{call.Name} as {role}: {(int)response.StatusCode}, expected {call.Expected[i]}");
                else if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Unauthorized
                         && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    mismatches.AppendLine($"{call.Name} as {role}: a {(int)response.StatusCode} without ProblemDetails");
            }
        }

        Assert.True(mismatches.Length == 0, "\n" + mismatches);
    }
}
