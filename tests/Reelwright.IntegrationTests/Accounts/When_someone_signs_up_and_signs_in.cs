using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Accounts;
using Reelwright.Data.Teams;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.IntegrationTests.Accounts;

public sealed class When_someone_signs_up_and_signs_in(StudioApiFixture studio) : IClassFixture<StudioApiFixture>
{
    private const string Password = TestAccount.Password;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewEmail(string name) => $"{name}.{Guid.NewGuid():N}@example.test";

    [Fact]
    public async Task Signing_up_signs_them_in_with_a_team_they_own_and_a_project_to_work_in()
    {
        var email = NewEmail("ada");
        using var anonymous = studio.Anonymous();

        using var response = await anonymous.PostAsJsonAsync("/api/auth/sign-up", new { email, password = Password, displayName = "Ada Lovelace" }, Ct);

        var session = await response.OkAsync<SessionResponse>(HttpStatusCode.Created);
        Assert.Equal(email, session.User.Email);
        Assert.Equal("Ada Lovelace", session.User.DisplayName);
        Assert.StartsWith("rw_ses_", session.Token);
        Assert.InRange(session.ExpiresAt!.Value, DateTimeOffset.UtcNow.AddDays(13), DateTimeOffset.UtcNow.AddDays(15));

        using var signedIn = studio.WithToken(session.Token);
        var me = await (await signedIn.GetAsync("/api/me", Ct)).OkAsync<MeResponse>();
        Assert.Equal(session.User.Id, me.User.Id);
        Assert.Equal(email, me.User.Email);
        var team = Assert.Single(me.Teams);
        Assert.Equal(TeamRole.Owner, team.Role);
        var project = Assert.Single(me.Projects);
        Assert.Equal("My clips", project.Name);
        Assert.Equal(team.Id, project.TeamId);
        Assert.Equal(TeamRole.Owner, project.Role);
    }

    [Fact]
    public async Task An_email_that_already_has_an_account_is_refused_whatever_its_case()
    {
        using var anonymous = studio.Anonymous();
        var existing = await TestAccounts.SignUpAsync(anonymous, "Barbara", Ct);

        using var again = await anonymous.PostAsJsonAsync("/api/auth/sign-up", new { email = existing.Email, password = Password, displayName = "Barbara Again" }, Ct);
        using var shouting = await anonymous.PostAsJsonAsync("/api/auth/sign-up", new { email = existing.Email.ToUpperInvariant(), password = Password, displayName = "BARBARA" }, Ct);

        await again.ValidationProblemAsync("email");
        await shouting.ValidationProblemAsync("email");
    }

    [Fact]
    public async Task A_five_character_password_is_refused_and_the_email_stays_free()
    {
        var email = NewEmail("claude");
        using var anonymous = studio.Anonymous();

        using var refused = await anonymous.PostAsJsonAsync("/api/auth/sign-up", new { email, password = "abcde", displayName = "Claude" }, Ct);

        await refused.ValidationProblemAsync("password");
        using var signIn = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email, password = "abcde" }, Ct);
        await signIn.ProblemAsync(HttpStatusCode.Unauthorized);
        using var retried = await anonymous.PostAsJsonAsync("/api/auth/sign-up", new { email, password = Password, displayName = "Claude" }, Ct);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
    }

    [Fact]
    public async Task A_missing_display_name_is_refused()
    {
        using var anonymous = studio.Anonymous();

        using var missing = await anonymous.PostAsJsonAsync("/api/auth/sign-up", new { email = NewEmail("nameless"), password = Password }, Ct);
        using var blank = await anonymous.PostAsJsonAsync("/api/auth/sign-up", new { email = NewEmail("blank"), password = Password, displayName = "   " }, Ct);

        await missing.ValidationProblemAsync("displayName");
        await blank.ValidationProblemAsync("displayName");
    }

    [Fact]
    public async Task Signing_in_with_the_right_password_gives_a_new_token_that_works()
    {
        using var anonymous = studio.Anonymous();
        var account = await TestAccounts.SignUpAsync(anonymous, "Dorothy", Ct);

        using var response = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password }, Ct);

        var session = await response.OkAsync<SessionResponse>();
        Assert.Equal(account.UserId, session.User.Id);
        Assert.NotEqual(account.Token, session.Token);
        using var signedIn = studio.WithToken(session.Token);
        var me = await (await signedIn.GetAsync("/api/me", Ct)).OkAsync<MeResponse>();
        Assert.Equal(account.UserId, me.User.Id);
        Assert.Equal("Dorothy", me.User.DisplayName);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_answer()
    {
        using var anonymous = studio.Anonymous();
        var account = await TestAccounts.SignUpAsync(anonymous, "Edith", Ct);

        using var wrongPassword = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = "not my password at all" }, Ct);
        using var unknownEmail = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = NewEmail("nobody"), password = "not my password at all" }, Ct);

        var wrong = await wrongPassword.ProblemAsync(HttpStatusCode.Unauthorized);
        var unknown = await unknownEmail.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.False(string.IsNullOrWhiteSpace(wrong.Title));
        Assert.Equal(wrong.Title, unknown.Title);
        Assert.Equal(wrong.Detail, unknown.Detail);
    }

    [Fact]
    public async Task After_five_wrong_passwords_even_the_right_one_is_refused_until_the_lockout_ends()
    {
        using var anonymous = studio.Anonymous();
        var account = await TestAccounts.SignUpAsync(anonymous, "Frances", Ct);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = $"wrong password {attempt}" }, Ct);
            Assert.True(HttpStatusCode.Unauthorized == wrong.StatusCode, $"wrong password {attempt} answered {wrong.StatusCode}");
        }
        using var fifth = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = "wrong password 5" }, Ct);
        Assert.False(fifth.IsSuccessStatusCode);

        using var right = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password }, Ct);

        var problem = await right.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.DoesNotContain("rw_ses_", await right.Content.ReadAsStringAsync(Ct));
        var retryAfter = right.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
        Assert.Contains("locked", problem.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Wrong_passwords_sent_all_at_once_still_lock_the_account()
    {
        using var anonymous = studio.Anonymous();
        var account = await TestAccounts.SignUpAsync(anonymous, "Henrietta", Ct);

        var guesses = await Task.WhenAll(Enumerable.Range(1, 10).Select(n =>
            anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = $"parallel guess {n}" }, Ct)));
        Assert.All(guesses, g => Assert.False(g.IsSuccessStatusCode));
        foreach (var guess in guesses)
            guess.Dispose();

        var counted = 0;
        await studio.InDatabaseAsync(async db => counted = await db.Users.Where(u => u.Id == account.UserId).Select(u => u.AccessFailedCount).SingleAsync(Ct));

        using var right = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password }, Ct);

        Assert.True(HttpStatusCode.TooManyRequests == right.StatusCode,
            $"after 10 wrong passwords at once the right one answered {(int)right.StatusCode}; the account had counted {counted} failed attempts");
        Assert.NotNull(right.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Two_sign_ups_with_one_email_at_once_make_one_account_and_tell_the_other_why()
    {
        using var anonymous = studio.Anonymous();

        // A double-clicked button; one round can miss the race, a few make the outcome dependable.
        for (var round = 1; round <= 5; round++)
        {
            var email = NewEmail($"twice{round}");
            var answers = await Task.WhenAll(Enumerable.Range(1, 2).Select(n =>
                anonymous.PostAsJsonAsync("/api/auth/sign-up", new { email, password = Password, displayName = $"Double Click {n}" }, Ct)));

            var statuses = answers.Select(a => a.StatusCode).Order().ToList();
            Assert.True(statuses.SequenceEqual([HttpStatusCode.Created, HttpStatusCode.BadRequest]),
                $"round {round} answered {string.Join(", ", statuses.Select(s => (int)s))}: {string.Join(" | ", await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync(Ct))))}");
            await answers.Single(a => a.StatusCode == HttpStatusCode.BadRequest).ValidationProblemAsync("email");
            foreach (var answer in answers)
                answer.Dispose();
        }
    }

    [Fact]
    public async Task Signing_out_stops_that_token_working_and_says_it_was_revoked()
    {
        using var anonymous = studio.Anonymous();
        var account = await TestAccounts.SignUpAsync(anonymous, "Gertrude", Ct);
        using var signIn = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password }, Ct);
        var laptop = await signIn.OkAsync<SessionResponse>();
        using var onLaptop = studio.WithToken(laptop.Token);
        using var onPhone = studio.WithToken(account.Token);
        Assert.Equal(HttpStatusCode.OK, (await onLaptop.GetAsync("/api/me", Ct)).StatusCode);

        using var signOut = await onLaptop.PostAsync("/api/auth/sign-out", null, Ct);

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        using var afterwards = await onLaptop.GetAsync("/api/me", Ct);
        var problem = await afterwards.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("revoked", problem.Detail, StringComparison.OrdinalIgnoreCase);
        using var otherSession = await onPhone.GetAsync("/api/me", Ct);
        Assert.Equal(HttpStatusCode.OK, otherSession.StatusCode);
    }

    [Fact]
    public async Task A_made_up_token_is_refused_as_not_issued_here()
    {
        using var forger = studio.WithToken("rw_ses_" + Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('='));

        using var response = await forger.GetAsync("/api/me", Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("not one this studio issued", problem.Detail);
    }

    [Fact]
    public async Task Someone_without_a_token_is_asked_to_sign_in()
    {
        using var anonymous = studio.Anonymous();

        using var response = await anonymous.GetAsync("/api/me", Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(401, problem.Status);
        Assert.False(string.IsNullOrWhiteSpace(problem.Title));
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
    }
}
