using System.Net;
using Reelwright.ComponentTests.Fakes;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Studio;

/// <summary>How the web app reads the Studio API's answers to a submission (the wire format, without a server).</summary>
public sealed class StudioApiClientTests
{
    private static readonly GenerationRecipe Recipe = new("a red ball", "", 42, 20, 1.5, "minisora-shapes");

    [Fact]
    public async Task An_accepted_submission_comes_back_as_the_generation_and_carries_the_idempotency_key()
    {
        var handler = new AnsweringHandler(HttpStatusCode.Created, """
            {"id":"01a21329-9fe3-761a-8700-2c24fdd2523d","status":"Queued","modelId":"minisora-shapes","prompt":"a red ball",
             "negativePrompt":"","seed":42,"steps":20,"guidance":1.5,"currentStep":0,"failureReason":null,"workerName":null,
             "executionProvider":null,"createdAt":"2026-11-25T14:43:44.7394611+00:00","startedAt":null,"completedAt":null,"clip":null}
            """);

        var result = await WireClients.Over(handler).SubmitAsync(Recipe, "key-1", TestContext.Current.CancellationToken);

        Assert.Equal(GenerationStatus.Queued, result.Generation!.Status);
        Assert.Equal(42, result.Generation.Seed);
        Assert.Equal(["key-1"], handler.Request!.Headers.GetValues("Idempotency-Key"));
        Assert.Contains("\"prompt\":\"a red ball\"", handler.Body);
    }

    [Fact]
    public async Task A_validation_problem_comes_back_keyed_by_field()
    {
        var handler = new AnsweringHandler(HttpStatusCode.BadRequest, """
            {"title":"The generation request is not valid.","status":400,"errors":{"steps":["Steps must be between 1 and 100."]}}
            """);

        var result = await WireClients.Over(handler).SubmitAsync(Recipe, "key-2", TestContext.Current.CancellationToken);

        Assert.Null(result.Generation);
        Assert.Equal(["Steps must be between 1 and 100."], result.Errors["steps"]);
    }

    [Fact]
    public async Task A_problem_without_field_errors_is_reported_for_the_request_as_a_whole()
    {
        var handler = new AnsweringHandler(HttpStatusCode.UnprocessableEntity, """
            {"title":"Idempotency-Key already used for a different request.","status":422,"detail":"Use a new key for a new request."}
            """);

        var result = await WireClients.Over(handler).SubmitAsync(Recipe, "key-3", TestContext.Current.CancellationToken);

        Assert.Equal(["Use a new key for a new request."], result.Errors[""]);
    }

    [Fact]
    public async Task A_server_error_is_raised_for_the_page_to_report()
    {
        var handler = new AnsweringHandler(HttpStatusCode.ServiceUnavailable, "{}");

        await Assert.ThrowsAsync<HttpRequestException>(() => WireClients.Over(handler).SubmitAsync(Recipe, "key-4", TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Media_paths_become_absolute_urls_on_the_public_api_address()
    {
        var client = WireClients.Over(new AnsweringHandler(HttpStatusCode.OK, "{}"));

        Assert.Equal("https://media.example.test/api/generations/1/media/video", client.MediaUrl("/api/generations/1/media/video"));
    }

    [Fact]
    public async Task Every_call_carries_the_signed_in_users_token()
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, """{"items":[],"nextCursor":null}""");

        await WireClients.Over(handler, token: "rw_session_ada").GetHistoryAsync(ct: TestContext.Current.CancellationToken);

        Assert.Equal("Bearer", handler.Request!.Headers.Authorization!.Scheme);
        Assert.Equal("rw_session_ada", handler.Request.Headers.Authorization.Parameter);
    }

    [Fact]
    public async Task History_of_a_project_is_asked_for_by_its_id()
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, """{"items":[],"nextCursor":null}""");
        var project = Guid.Parse("0199a000-0000-7000-8000-0000000000aa");

        await WireClients.Over(handler).GetHistoryAsync("c1", 20, project, TestContext.Current.CancellationToken);

        Assert.Equal($"/api/generations?limit=20&cursor=c1&projectId={project}", handler.Request!.RequestUri!.PathAndQuery);
    }

    [Fact]
    public async Task A_401_on_a_signed_in_call_means_the_session_has_ended()
    {
        var handler = new AnsweringHandler(HttpStatusCode.Unauthorized, """{"title":"Unauthorized","status":401,"detail":"The session was revoked."}""");

        var ended = await Assert.ThrowsAsync<StudioSessionEndedException>(() => WireClients.Over(handler).GetMeAsync(TestContext.Current.CancellationToken));

        Assert.Equal("The session was revoked.", ended.Message);
    }

    [Fact]
    public async Task A_401_on_a_submission_means_the_session_has_ended_too()
    {
        var handler = new AnsweringHandler(HttpStatusCode.Unauthorized, "");

        await Assert.ThrowsAsync<StudioSessionEndedException>(() => WireClients.Over(handler).SubmitAsync(Recipe, "key-5", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Signing_in_sends_no_token_and_a_wrong_password_is_a_complaint_not_an_ended_session()
    {
        var handler = new AnsweringHandler(HttpStatusCode.Unauthorized, """{"title":"Unauthorized","status":401,"detail":"Email or password is wrong."}""");

        var refused = await Assert.ThrowsAsync<StudioProblemException>(() =>
            WireClients.Over(handler).SignInAsync("ada@example.test", "nope", TestContext.Current.CancellationToken));

        Assert.Null(handler.Request!.Headers.Authorization);
        Assert.Equal(["Email or password is wrong."], refused.Errors[""]);
    }

    [Fact]
    public async Task A_signed_in_session_comes_back_with_its_token_and_user()
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, """
            {"token":"rw_session_ada","expiresAt":"2026-12-01T12:00:00+00:00",
             "user":{"id":"0199a000-0000-7000-8000-000000000001","email":"ada@example.test","displayName":"Ada Lovelace"}}
            """);

        var session = await WireClients.Over(handler).SignInAsync("ada@example.test", "correct horse", TestContext.Current.CancellationToken);

        Assert.Equal("rw_session_ada", session.Token);
        Assert.Equal("Ada Lovelace", session.User.DisplayName);
        Assert.Contains("\"email\":\"ada@example.test\"", handler.Body);
    }

    [Fact]
    public async Task A_taken_email_comes_back_as_a_complaint_about_the_email_field()
    {
        var handler = new AnsweringHandler(HttpStatusCode.BadRequest, """{"status":400,"errors":{"email":["That email already has an account."]}}""");

        var refused = await Assert.ThrowsAsync<StudioProblemException>(() =>
            WireClients.Over(handler).SignUpAsync("ada@example.test", "correct horse", "Ada", TestContext.Current.CancellationToken));

        Assert.Equal(["That email already has an account."], refused.Errors["email"]);
    }

    [Fact]
    public async Task Roles_travel_as_their_names()
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, """
            {"userId":"0199a000-0000-7000-8000-000000000002","displayName":"Grace","email":"grace@example.test","role":"Editor","joinedAt":"2026-11-25T12:00:00+00:00"}
            """);

        var member = await WireClients.Over(handler).ChangeMemberRoleAsync(Guid.NewGuid(), Guid.NewGuid(), TeamRole.Editor, TestContext.Current.CancellationToken);

        Assert.Equal(HttpMethod.Put, handler.Request!.Method);
        Assert.Equal("""{"role":"Editor"}""", handler.Body);
        Assert.Equal(TeamRole.Editor, member.Role);
    }

    [Fact]
    public async Task An_expired_invitation_is_refused_with_the_apis_words()
    {
        var handler = new AnsweringHandler(HttpStatusCode.Gone, """{"title":"Gone","status":410,"detail":"This invitation expired on 1 December."}""");

        var refused = await Assert.ThrowsAsync<StudioProblemException>(() => WireClients.Over(handler).GetInvitationAsync("tok", TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Gone, refused.Status);
        Assert.Equal("This invitation expired on 1 December.", refused.Message);
    }

    [Fact]
    public async Task A_new_version_is_submitted_with_its_parent()
    {
        var handler = new AnsweringHandler(HttpStatusCode.Created, "{}");
        var parent = Guid.Parse("0199a000-0000-7000-8000-0000000000bb");

        await WireClients.Over(handler).SubmitAsync(Recipe with { ParentGenerationId = parent }, "key-6", TestContext.Current.CancellationToken);

        Assert.Contains($"\"parentGenerationId\":\"{parent}\"", handler.Body);
    }

    [Fact]
    public async Task A_comment_is_posted_with_its_frames_and_point_and_read_back_with_its_recipe()
    {
        var clip = Guid.Parse("0199a000-0000-7000-8000-0000000000cc");
        var handler = new AnsweringHandler(HttpStatusCode.Created, $$$"""
            {"id":"0199a000-0000-7000-8000-0000000000dd","generationId":"{{{clip}}}","parentId":null,
             "authorId":"0199a000-0000-7000-8000-000000000001","authorName":"Ada Lovelace","startFrame":3,"endFrame":3,"x":0.25,"y":0.5,
             "body":"Too dark","createdAt":"2026-11-25T12:00:00+00:00","resolvedAt":null,"resolvedBy":null,
             "recipe":{"modelId":"minisora-shapes","prompt":"a red ball","negativePrompt":"","seed":42,"steps":20,"guidance":1.5,
                       "scheduler":null,"keyframes":null,"framesBetween":null,"endPrompt":null}}
            """);

        var comment = await WireClients.Over(handler).AddCommentAsync(clip, new NewComment("Too dark", 3, null, 0.25, 0.5), TestContext.Current.CancellationToken);

        Assert.Equal($"/api/generations/{clip}/comments", handler.Request!.RequestUri!.PathAndQuery);
        Assert.Equal("""{"body":"Too dark","startFrame":3,"endFrame":null,"x":0.25,"y":0.5,"parentId":null}""", handler.Body);
        Assert.Equal((3, 0.25, 0.5), (comment.StartFrame, comment.X!.Value, comment.Y!.Value));
        Assert.Equal(42, comment.Recipe.Seed);
    }

    [Fact]
    public async Task Review_rounds_are_read_with_their_state_and_decisions_by_name()
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, """
            [{"id":"0199a000-0000-7000-8000-0000000000ee","generationId":"0199a000-0000-7000-8000-0000000000cc","shotId":null,
              "requestedBy":"0199a000-0000-7000-8000-000000000001","requestedByName":"Ada Lovelace","requestedAt":"2026-11-25T12:00:00+00:00",
              "state":"ChangesRequested","supersededAt":null,
              "reviewers":[{"userId":"0199a000-0000-7000-8000-000000000002","displayName":"Grace","decision":"ChangesRequested","note":"Too dark","decidedAt":"2026-11-25T13:00:00+00:00"},
                           {"userId":"0199a000-0000-7000-8000-000000000003","displayName":"Alan","decision":null,"note":null,"decidedAt":null}]}]
            """);

        var round = Assert.Single(await WireClients.Over(handler).GetReviewsAsync(Guid.NewGuid(), TestContext.Current.CancellationToken));

        Assert.Equal(ReviewState.ChangesRequested, round.State);
        Assert.True(round.IsOpen);
        Assert.Equal([ReviewDecision.ChangesRequested, null], round.Reviewers.Select(r => r.Decision));
    }

    [Fact]
    public async Task A_decision_is_put_by_name_with_its_note()
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, """
            {"id":"0199a000-0000-7000-8000-0000000000ee","generationId":"0199a000-0000-7000-8000-0000000000cc","shotId":null,
             "requestedBy":"0199a000-0000-7000-8000-000000000001","requestedByName":"Ada","requestedAt":"2026-11-25T12:00:00+00:00",
             "state":"Approved","supersededAt":null,"reviewers":[]}
            """);
        var review = Guid.Parse("0199a000-0000-7000-8000-0000000000ee");

        await WireClients.Over(handler).DecideReviewAsync(review, ReviewDecision.Approved, "Ship it", TestContext.Current.CancellationToken);

        Assert.Equal(HttpMethod.Put, handler.Request!.Method);
        Assert.Equal($"/api/reviews/{review}/decision", handler.Request.RequestUri!.PathAndQuery);
        Assert.Equal("""{"decision":"Approved","note":"Ship it"}""", handler.Body);
    }

    [Fact]
    public async Task Activity_is_asked_for_a_page_at_a_time_by_cursor()
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, """{"items":[],"nextCursor":null}""");
        var project = Guid.Parse("0199a000-0000-7000-8000-0000000000aa");

        await WireClients.Over(handler).GetActivityAsync(project, "c/2", 50, TestContext.Current.CancellationToken);

        Assert.Equal($"/api/projects/{project}/activity?limit=50&cursor=c%2F2", handler.Request!.RequestUri!.PathAndQuery);
    }

    [Fact]
    public async Task A_webhook_is_created_with_its_url_and_events_and_comes_back_with_its_secret()
    {
        var project = Guid.Parse("0199a000-0000-7000-8000-0000000000aa");
        var handler = new AnsweringHandler(HttpStatusCode.Created, """
            {"webhook":{"id":"0199a000-0000-7000-8000-0000000000f1","url":"https://hooks.example.test/in","events":["Generated","Decided"],
                        "createdAt":"2026-11-25T12:00:00+00:00","disabledAt":null},
             "secret":"whsec_abc"}
            """);

        var created = await WireClients.Over(handler).CreateWebhookAsync(project, "https://hooks.example.test/in", ["Generated", "Decided"], TestContext.Current.CancellationToken);

        Assert.Equal(HttpMethod.Post, handler.Request!.Method);
        Assert.Equal($"/api/projects/{project}/webhooks", handler.Request.RequestUri!.PathAndQuery);
        Assert.Equal("""{"url":"https://hooks.example.test/in","events":["Generated","Decided"]}""", handler.Body);
        Assert.Equal("whsec_abc", created.Secret);
        Assert.Equal(["Generated", "Decided"], created.Webhook.Events);
        Assert.True(created.Webhook.IsActive);
    }

    [Fact]
    public async Task Webhooks_are_listed_disabled_ones_too()
    {
        var project = Guid.Parse("0199a000-0000-7000-8000-0000000000aa");
        var handler = new AnsweringHandler(HttpStatusCode.OK, """
            [{"id":"0199a000-0000-7000-8000-0000000000f1","url":"https://hooks.example.test/in","events":[],
              "createdAt":"2026-11-25T12:00:00+00:00","disabledAt":"2026-11-26T12:00:00+00:00"}]
            """);

        var webhook = Assert.Single(await WireClients.Over(handler).GetWebhooksAsync(project, TestContext.Current.CancellationToken));

        Assert.Equal($"/api/projects/{project}/webhooks", handler.Request!.RequestUri!.PathAndQuery);
        Assert.Empty(webhook.Events);
        Assert.False(webhook.IsActive);
    }

    [Fact]
    public async Task Disabling_a_webhook_deletes_it_by_project_and_id()
    {
        var project = Guid.Parse("0199a000-0000-7000-8000-0000000000aa");
        var webhook = Guid.Parse("0199a000-0000-7000-8000-0000000000f1");
        var handler = new AnsweringHandler(HttpStatusCode.NoContent, "");

        await WireClients.Over(handler).DisableWebhookAsync(project, webhook, TestContext.Current.CancellationToken);

        Assert.Equal(HttpMethod.Delete, handler.Request!.Method);
        Assert.Equal($"/api/projects/{project}/webhooks/{webhook}", handler.Request.RequestUri!.PathAndQuery);
    }

    [Fact]
    public async Task The_delivery_log_is_asked_for_with_a_limit_and_read_with_its_statuses()
    {
        var project = Guid.Parse("0199a000-0000-7000-8000-0000000000aa");
        var webhook = Guid.Parse("0199a000-0000-7000-8000-0000000000f1");
        var handler = new AnsweringHandler(HttpStatusCode.OK, """
            [{"id":"0199a000-0000-7000-8000-0000000000f2","event":"Generated","status":"Pending","attempts":2,"lastStatusCode":500,
              "lastError":"Attempt 2: HTTP 500 Internal Server Error","createdAt":"2026-11-25T12:00:00+00:00","deliveredAt":null,
              "nextAttemptAt":"2026-11-25T12:02:00+00:00"}]
            """);

        var delivery = Assert.Single(await WireClients.Over(handler).GetWebhookDeliveriesAsync(project, webhook, 20, TestContext.Current.CancellationToken));

        Assert.Equal($"/api/projects/{project}/webhooks/{webhook}/deliveries?limit=20", handler.Request!.RequestUri!.PathAndQuery);
        Assert.Equal(("Generated", "Pending", 2, 500), (delivery.Event, delivery.Status, delivery.Attempts, delivery.LastStatusCode!.Value));
        Assert.Equal("Attempt 2: HTTP 500 Internal Server Error", delivery.LastError);
        Assert.NotNull(delivery.NextAttemptAt);
    }

    [Fact]
    public async Task A_test_posts_a_ping_and_a_project_without_activity_is_refused_with_the_apis_words()
    {
        var project = Guid.Parse("0199a000-0000-7000-8000-0000000000aa");
        var webhook = Guid.Parse("0199a000-0000-7000-8000-0000000000f1");
        var handler = new AnsweringHandler(HttpStatusCode.Conflict, """
            {"title":"Nothing has happened in this project yet.","status":409,"detail":"A ping carries the project's newest activity as a sample; try again once there is some."}
            """);

        var refused = await Assert.ThrowsAsync<StudioProblemException>(() => WireClients.Over(handler).TestWebhookAsync(project, webhook, TestContext.Current.CancellationToken));

        Assert.Equal(HttpMethod.Post, handler.Request!.Method);
        Assert.Equal($"/api/projects/{project}/webhooks/{webhook}/test", handler.Request.RequestUri!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal(["A ping carries the project's newest activity as a sample; try again once there is some."], refused.Errors[""]);
    }

    [Fact]
    public async Task A_non_owner_asking_for_webhooks_is_refused_with_the_apis_words()
    {
        var handler = new AnsweringHandler(HttpStatusCode.Forbidden, """
            {"title":"Your role does not allow this.","status":403,"detail":"Managing webhooks takes the Owner role or higher in this team; you are Editor."}
            """);

        var refused = await Assert.ThrowsAsync<StudioProblemException>(() => WireClients.Over(handler).GetWebhooksAsync(Guid.NewGuid(), TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("Managing webhooks takes the Owner role or higher in this team; you are Editor.", refused.Message);
    }

    [Fact]
    public async Task My_queue_is_read_with_each_jobs_place_and_wait_and_a_missing_estimate_as_none()
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, """
            {"paused":false,"pausedUsers":[],"jobs":[
              {"generationId":"0199a000-0000-7000-8000-0000000000c1","authorId":"0199a000-0000-7000-8000-000000000001","authorName":"Ada Lovelace",
               "modelId":"minisora-shapes","prompt":"a red ball","priority":"Interactive","position":3,"positionForModel":2,"etaSeconds":40,
               "held":false,"movedToFront":false,"createdAt":"2026-11-25T12:00:00+00:00"},
              {"generationId":"0199a000-0000-7000-8000-0000000000c2","authorId":"0199a000-0000-7000-8000-000000000001","authorName":"Ada Lovelace",
               "modelId":"tiny-sd","prompt":"a teal square","priority":"Batch","position":4,"positionForModel":1,"etaSeconds":null,
               "held":true,"movedToFront":true,"createdAt":"2026-11-25T12:01:00+00:00"}]}
            """);

        var queue = await WireClients.Over(handler).GetMyQueueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpMethod.Get, handler.Request!.Method);
        Assert.Equal("/api/queue", handler.Request.RequestUri!.PathAndQuery);
        Assert.False(queue.Paused);
        Assert.Equal(2, queue.Jobs.Count);
        var first = queue.Jobs[0];
        Assert.Equal((3, 2, 40, "Interactive", "Ada Lovelace"), (first.Position, first.PositionForModel, first.EtaSeconds!.Value, first.Priority, first.AuthorName!));
        Assert.Null(queue.Jobs[1].EtaSeconds);
        Assert.True(queue.Jobs[1].Held);
        Assert.True(queue.Jobs[1].MovedToFront);
    }

    [Fact]
    public async Task The_whole_queue_is_read_from_the_administrators_address_with_who_is_paused()
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, """{"paused":true,"pausedUsers":["0199a000-0000-7000-8000-000000000002"],"jobs":[]}""");

        var queue = await WireClients.Over(handler).GetQueueAsync(TestContext.Current.CancellationToken);

        Assert.Equal("/api/admin/queue", handler.Request!.RequestUri!.PathAndQuery);
        Assert.True(queue.Paused);
        Assert.True(queue.IsPaused(Guid.Parse("0199a000-0000-7000-8000-000000000002")));
    }

    [Fact]
    public async Task Pausing_a_person_posts_their_id_and_pausing_everything_posts_none()
    {
        var person = Guid.Parse("0199a000-0000-7000-8000-000000000002");
        var handler = new AnsweringHandler(HttpStatusCode.NoContent, "");

        await WireClients.Over(handler).PauseQueueAsync(person, TestContext.Current.CancellationToken);

        Assert.Equal(HttpMethod.Post, handler.Request!.Method);
        Assert.Equal("/api/admin/queue/pause", handler.Request.RequestUri!.PathAndQuery);
        Assert.Equal($$"""{"userId":"{{person}}"}""", handler.Body);

        await WireClients.Over(handler).PauseQueueAsync(ct: TestContext.Current.CancellationToken);

        Assert.Equal("""{"userId":null}""", handler.Body);
    }

    [Fact]
    public async Task Resuming_posts_to_the_resume_address()
    {
        var handler = new AnsweringHandler(HttpStatusCode.NoContent, "");

        await WireClients.Over(handler).ResumeQueueAsync(ct: TestContext.Current.CancellationToken);

        Assert.Equal(HttpMethod.Post, handler.Request!.Method);
        Assert.Equal("/api/admin/queue/resume", handler.Request.RequestUri!.PathAndQuery);
        Assert.Equal("""{"userId":null}""", handler.Body);
    }

    [Fact]
    public async Task Moving_a_job_that_already_started_is_refused_with_the_apis_words()
    {
        var job = Guid.Parse("0199a000-0000-7000-8000-0000000000c1");
        var handler = new AnsweringHandler(HttpStatusCode.Conflict, """
            {"title":"This job is no longer waiting.","status":409,"detail":"Only jobs still waiting in the queue can be moved."}
            """);

        var refused = await Assert.ThrowsAsync<StudioProblemException>(() => WireClients.Over(handler).MoveToFrontAsync(job, TestContext.Current.CancellationToken));

        Assert.Equal(HttpMethod.Post, handler.Request!.Method);
        Assert.Equal($"/api/admin/queue/{job}/front", handler.Request.RequestUri!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal(["Only jobs still waiting in the queue can be moved."], refused.Errors[""]);
    }

    [Fact]
    public async Task Someone_not_an_administrator_asking_for_the_whole_queue_is_refused_as_not_found()
    {
        var handler = new AnsweringHandler(HttpStatusCode.NotFound, """{"title":"Not found","status":404,"detail":"There is no such page."}""");

        var refused = await Assert.ThrowsAsync<StudioProblemException>(() => WireClients.Over(handler).GetQueueAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
    }

    [Fact]
    public async Task Whether_the_user_is_an_administrator_is_read_from_me()
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, """
            {"user":{"id":"0199a000-0000-7000-8000-000000000001","email":"ada@example.test","displayName":"Ada Lovelace","isAdmin":true},
             "teams":[],"projects":[]}
            """);

        var me = await WireClients.Over(handler).GetMeAsync(TestContext.Current.CancellationToken);

        Assert.True(me.User.IsAdmin);
    }
}
