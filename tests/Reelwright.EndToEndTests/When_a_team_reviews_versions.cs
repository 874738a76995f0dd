using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.EndToEndTests;

/// <summary>
/// An editor and a reviewer, each in their own browser: two versions go to review, the reviewer pins a note to frame 5
/// with a point and asks for changes, the editor sees the marker, regenerates from the note, and the reviewer approves
/// the third version.
/// </summary>
public sealed class When_a_team_reviews_versions(StudioInBrowser studio) : IClassFixture<StudioInBrowser>
{
    private static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } };

    [Fact]
    public async Task A_note_on_frame_five_leads_to_a_third_version_that_is_approved()
    {
        await using var editorBrowser = await studio.Browser.NewContextAsync(Desktop);
        await using var reviewerBrowser = await studio.Browser.NewContextAsync(Desktop);
        var editor = await editorBrowser.NewPageAsync();
        var reviewer = await reviewerBrowser.NewPageAsync();

        var editorEmail = await BrowserAccounts.SignUpAsync(editor, studio.WebAddress, "Edda Editor");
        await BrowserAccounts.SignUpAsync(reviewer, studio.WebAddress, "Rui Reviewer");
        await JoinAsReviewerAsync(reviewer, await InvitationAsync(editorEmail));

        // Version 1, then version 2 made from it with another seed; version 2 goes to review.
        await GenerateAsync(editor, seed: "1");
        await editor.ClickAsync(".player .review-link");
        await editor.ClickAsync("#new-version");
        await Assertions.Expect(editor.Locator(".workspace[data-interactive=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(editor.Locator("#new-version-of")).ToBeVisibleAsync();
        await Assertions.Expect(editor.Locator("#seed")).ToHaveValueAsync("1");
        await GenerateAsync(editor, seed: "2");
        await editor.ClickAsync(".player .review-link");
        await Assertions.Expect(editor.Locator("#clip-version")).ToHaveTextAsync("v2");
        var versionTwo = editor.Url;
        await RequestReviewAsync(editor);

        // The reviewer steps to frame 5, marks a point and asks for changes.
        await reviewer.GotoAsync(versionTwo);
        await WaitForReviewPageAsync(reviewer);
        for (var step = 0; step < 4; step++)
            await reviewer.ClickAsync("button[aria-label='Next frame']");
        await Assertions.Expect(reviewer.Locator("#frame-readout")).ToContainTextAsync("5");
        await reviewer.ClickAsync("#mark-point");
        var video = reviewer.Locator(".frame-player video");
        var box = (await video.BoundingBoxAsync())!;
        await video.ClickAsync(new() { Position = new Position { X = box.Width * 0.25f, Y = box.Height * 0.75f } });
        await Assertions.Expect(reviewer.Locator("#comment-point")).ToBeVisibleAsync();
        await reviewer.FillAsync("#comment-body", "the circle should stay inside the frame here");
        await reviewer.ClickAsync("#comment-submit");
        await Assertions.Expect(reviewer.Locator(".thread[data-comment-id]")).ToHaveCountAsync(1);
        await reviewer.FillAsync("#decision-note", "see the note on frame 5");
        await reviewer.ClickAsync("#request-changes");
        await Assertions.Expect(reviewer.Locator("#review-state")).ToHaveAttributeAsync("data-state", "ChangesRequested");

        // The editor sees the marker and its point on frame 5, and regenerates from the note.
        await editor.ReloadAsync();
        await WaitForReviewPageAsync(editor);
        await Assertions.Expect(editor.Locator("#review-state")).ToHaveAttributeAsync("data-state", "ChangesRequested");
        await Assertions.Expect(editor.Locator(".timeline .marker[data-marker-id]")).ToHaveCountAsync(1);
        await editor.ClickAsync(".thread[data-comment-id]");
        await Assertions.Expect(editor.Locator("#frame-readout")).ToContainTextAsync("5");
        await Assertions.Expect(editor.Locator(".stage .point[data-marker-id]")).ToBeVisibleAsync();
        await editor.ScreenshotAsync(new() { Path = Path.Combine(StudioInBrowser.ArtifactsDirectory, "review-with-note.png") });
        await editor.ClickAsync(".thread .regenerate");
        // Typing into the prerendered form before the circuit is live would be overwritten when it starts.
        await Assertions.Expect(editor.Locator(".workspace[data-interactive=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(editor.Locator("#note .note-body")).ToHaveTextAsync("the circle should stay inside the frame here");
        await Assertions.Expect(editor.Locator("#seed")).ToHaveValueAsync("2");
        await editor.FillAsync("#prompt", "a small red circle moving left inside a blue frame");
        await GenerateAsync(editor, seed: "3");
        await editor.ClickAsync(".player .review-link");
        await Assertions.Expect(editor.Locator("#clip-version")).ToHaveTextAsync("v3");
        var versionThree = editor.Url;
        await RequestReviewAsync(editor);

        // The reviewer approves version 3; the stack shows the earlier round superseded.
        await reviewer.GotoAsync(versionThree);
        await WaitForReviewPageAsync(reviewer);
        await reviewer.ClickAsync("#approve");
        await Assertions.Expect(reviewer.Locator("#review-state")).ToHaveAttributeAsync("data-state", "Approved");
        await Assertions.Expect(reviewer.Locator(".version-stack li[data-version]")).ToHaveCountAsync(3);
        await Assertions.Expect(reviewer.Locator(".version-stack li[data-version='2'] .state")).ToHaveAttributeAsync("data-state", "Superseded");
        await Assertions.Expect(reviewer.Locator(".version-stack li[data-version='3'] .changes")).ToContainTextAsync("prompt");
    }

    private static async Task GenerateAsync(IPage page, string seed)
    {
        await Assertions.Expect(page.Locator(".workspace[data-interactive=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        if (await page.InputValueAsync("#prompt") == "")
            await page.FillAsync("#prompt", "a small red circle moving left on a blue background");
        await page.FillAsync("#seed", seed);
        await page.FillAsync("#steps", "3");
        var before = await page.EvaluateAsync<string>("() => document.querySelector('video#clip-video')?.getAttribute('src') ?? ''");
        await page.ClickAsync("#generate");
        await page.WaitForFunctionAsync("before => { const v = document.querySelector('video#clip-video'); return v && v.getAttribute('src') !== before; }",
            before, new() { Timeout = 60_000 });
    }

    private static async Task RequestReviewAsync(IPage editor)
    {
        await WaitForReviewPageAsync(editor);
        await editor.Locator("#reviewer-picker label", new() { HasText = "Rui Reviewer" }).Locator("input[data-reviewer-id]").CheckAsync();
        await editor.ClickAsync("#request-review");
        await Assertions.Expect(editor.Locator("#review-state")).ToHaveAttributeAsync("data-state", "InReview");
    }

    private static Task WaitForReviewPageAsync(IPage page) =>
        Assertions.Expect(page.Locator(".clip-review[data-interactive=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });

    private static async Task JoinAsReviewerAsync(IPage reviewer, string invitationToken)
    {
        await reviewer.GotoAsync(new Uri(new Uri(reviewer.Url), $"/invitations/{invitationToken}").ToString());
        await Assertions.Expect(reviewer.Locator("#invitation-role")).ToHaveTextAsync("Reviewer");
        await Assertions.Expect(reviewer.Locator("#accept-invitation")).ToBeEnabledAsync();
        await reviewer.ClickAsync("#accept-invitation");
        await reviewer.WaitForURLAsync(url => !url.Contains("/invitations/", StringComparison.Ordinal), new() { Timeout = 15_000 });
    }

    // The editor's team owner makes the link as a script would: sign in through the API, then invite.
    private async Task<string> InvitationAsync(string ownerEmail)
    {
        using var api = new HttpClient { BaseAddress = studio.ApiAddress };
        using var signIn = await api.PostAsJsonAsync("/api/auth/sign-in", new { email = ownerEmail, password = TestAccount.Password });
        signIn.EnsureSuccessStatusCode();
        using var session = JsonDocument.Parse(await signIn.Content.ReadAsStringAsync());
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.RootElement.GetProperty("token").GetString());
        using var me = JsonDocument.Parse(await api.GetStringAsync("/api/me"));
        var teamId = me.RootElement.GetProperty("teams")[0].GetProperty("id").GetGuid();
        using var invitation = await api.PostAsJsonAsync($"/api/teams/{teamId}/invitations", new { role = "Reviewer" });
        invitation.EnsureSuccessStatusCode();
        using var created = JsonDocument.Parse(await invitation.Content.ReadAsStringAsync());
        return created.RootElement.GetProperty("token").GetString()!;
    }
}
